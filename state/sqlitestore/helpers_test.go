package sqlitestore_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

var ctx = context.Background()

// backend is the SQLite store for the conformance suite: each place is a new file.
var backend = storetest.Backend{
	New:              func(t testing.TB) storetest.Place { return place(filepath.Join(t.TempDir(), "states.db")) },
	SchemaVersion:    9,
	ErrSchemaVersion: sqlitestore.ErrSchemaVersion,
}

// place is the path of a store's file.
type place string

func (p place) Open() (state.Store, error) { return sqlitestore.Open(string(p)) }

func (p place) QueryInt(t testing.TB, query string) int { return queryInt(t, string(p), query) }

func (p place) Exec(t testing.TB, query string) { rawExec(t, string(p), query) }

// The suite's helpers, under the names the SQLite-specific tests use.
var (
	addr         = storetest.Addr
	record       = storetest.Record
	withLocks    = storetest.WithLocks
	testLocks    = storetest.Locks
	run          = storetest.Records
	testThreads  = storetest.Threads
	testThread   = storetest.Thread
	withThreads  = storetest.WithThreads
	threadRecord = storetest.ThreadRecord
	mustPut      = storetest.MustPut
	mustCommit   = storetest.MustCommit
	checkHistory = storetest.CheckHistory
	checkThreads = storetest.CheckThreads
)

// openAt opens the store at path and closes it at the end of the test unless the test closed it.
func openAt(t testing.TB, path string) *sqlitestore.Store {
	t.Helper()
	s, err := sqlitestore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// openTemp opens a store in a new file of the test's temporary directory and returns its path.
func openTemp(t testing.TB) (*sqlitestore.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "states.db")
	return openAt(t, path), path
}

// queryInt runs a query for one integer on the file at path, beside any open store.
func queryInt(t testing.TB, path, query string) int {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
