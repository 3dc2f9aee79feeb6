package pgstore_test

import (
	"context"
	"testing"

	"spoke/internal/pgtest"
	"spoke/state"
	"spoke/state/pgstore"
	"spoke/state/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// backend is the PostgreSQL store for the conformance suite: each place is a new schema of the test
// binary's server.
var backend = storetest.Backend{
	New:              func(t testing.TB) storetest.Place { return place(pgtest.DSN(t)) },
	SchemaVersion:    1,
	ErrSchemaVersion: pgstore.ErrSchemaVersion,
}

// place is the URL of a store's schema.
type place string

func (p place) Open() (state.Store, error) { return pgstore.Open(ctx, string(p)) }

func (p place) QueryInt(t testing.TB, query string) int { return pgtest.QueryInt(t, string(p), query) }

func (p place) Exec(t testing.TB, query string) { pgtest.Exec(t, string(p), query) }
