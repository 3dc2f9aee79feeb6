package node

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"spoke/state"
	"spoke/state/pgstore"
	"spoke/state/sqlitestore"
)

// IsPostgres reports whether store names a PostgreSQL database: a postgres:// or postgresql:// URL.
func IsPostgres(store string) bool {
	return strings.HasPrefix(store, "postgres://") || strings.HasPrefix(store, "postgresql://")
}

// OpenStore opens a node's state store: the SQLite file StoreFile in dataDir when store is empty, the
// PostgreSQL database of the URL store otherwise (pgstore: its tables in the first schema of the URL's
// search_path, held by this node alone while it is open). Anything else is ErrBadConfig.
func OpenStore(ctx context.Context, dataDir, store string) (state.Store, error) {
	switch {
	case store == "":
		s, err := sqlitestore.Open(filepath.Join(dataDir, StoreFile))
		if err != nil {
			return nil, err // not a typed nil in the interface
		}
		return s, nil
	case IsPostgres(store):
		s, err := pgstore.Open(ctx, store)
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, fmt.Errorf("%w: store %q is not a postgres:// URL (leave it empty for the SQLite file in the data directory)", ErrBadConfig, store)
}
