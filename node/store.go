package node

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"spoke/state"
	"spoke/state/journal"
	"spoke/state/pgstore"
	"spoke/state/sqlitestore"
)

// IsPostgres reports whether store names a PostgreSQL database: a postgres:// or postgresql:// URL.
func IsPostgres(store string) bool {
	return strings.HasPrefix(store, "postgres://") || strings.HasPrefix(store, "postgresql://")
}

// JournalFile is the name (before its ".a" and ".b") of the journal in front of the SQLite store
// (state/journal): every Commit goes to it first. The name is the one of ADR 0016's journal of thread
// records, which the journal still reads.
const JournalFile = "threads.journal"

// OpenStore opens a node's state store: the SQLite file StoreFile in dataDir when store is empty, with
// the journal JournalFile in front of it (replayed into it here after a crash), the
// PostgreSQL database of the URL store otherwise (pgstore: its tables in the first schema of the URL's
// search_path, held by this node alone while it is open). Anything else is ErrBadConfig.
func OpenStore(ctx context.Context, dataDir, store string) (state.Store, error) {
	switch {
	case store == "":
		return openSQLite(ctx, filepath.Join(dataDir, StoreFile), filepath.Join(dataDir, JournalFile))
	case IsPostgres(store):
		s, err := pgstore.Open(ctx, store)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, fmt.Errorf("%w: store %q is not a postgres:// URL (leave it empty for the SQLite file in the data directory)", ErrBadConfig, store)
}

// openSQLite opens the SQLite store at path with the journal at journalPath in front of it.
func openSQLite(ctx context.Context, path, journalPath string) (state.Store, error) {
	inner, err := sqlitestore.Open(path)
	if err != nil {
		return nil, err // not a typed nil in the interface
	}
	s, err := journal.Open(ctx, inner, journalPath)
	if err != nil {
		_ = inner.Close()
		return nil, err
	}
	return s, nil
}
