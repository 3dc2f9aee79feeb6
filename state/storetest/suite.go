package storetest

import (
	"context"
	"errors"
	"testing"

	"spoke/state"
)

// Backend is a state.Store implementation under test.
type Backend struct {
	// New makes a new, empty place for a store (a file, a database schema) for the test.
	New func(t testing.TB) Place
	// SchemaVersion is the version a store's schema is at after Open.
	SchemaVersion int
	// ErrSchemaVersion is what opening a schema newer than the store's gives.
	ErrSchemaVersion error
}

// Place is where one store keeps its data; a store opens there again after a Close, as a restarted
// node's does.
type Place interface {
	// Open opens the store at the place.
	Open() (state.Store, error)
	// QueryInt runs an SQL query for one integer on the place, beside any open store.
	QueryInt(t testing.TB, query string) int
	// Exec runs an SQL statement on the place, beside any open store, as an operator's client would.
	Exec(t testing.TB, query string)
}

var ctx = context.Background()

// Run runs the conformance suite: what state.Store promises, checked through the interface and the
// tables every store keeps (states, proposals, refused, threads, schema_version).
func Run(t *testing.T, be Backend) {
	for _, tc := range []struct {
		name string
		f    func(*testing.T, Backend)
	}{
		{"PutLatestHistory", testPutLatestHistory},
		{"PutLargeTxCounts", testPutLargeTxCounts},
		{"PutStaleBatchIsAtomic", testPutStaleBatchIsAtomic},
		{"PutRejectsBadSignatureLength", testPutRejectsBadSignatureLength},
		{"PutCancelled", testPutCancelled},
		{"Reopen", testReopen},
		{"ConcurrentPut", testConcurrentPut},
		{"Proposals", testProposals},
		{"Preimages", testPreimages},
		{"Custodial", testCustodial},
		{"CustodialExact", testCustodialExact},
		{"Links", testLinks},
		{"Meta", testMeta},
		{"RefusedProposals", testRefusedProposals},
		{"ThreadSetsRoundTrip", testThreadSetsRoundTrip},
		{"ThreadRecords", testThreadRecords},
		{"CommitRefusesThreads", testCommitRefusesThreads},
		{"LocksRoundTrip", testLocksRoundTrip},
		{"PutRefusesLocks", testPutRefusesLocks},
		{"SchemaVersion", testSchemaVersion},
		{"Scan", testScan},
		{"AnsweredProposalsDropped", testAnsweredProposalsDropped},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.f(t, be) })
	}
}

// open opens a store at a new place.
func open(t testing.TB, be Backend) (state.Store, Place) {
	t.Helper()
	p := be.New(t)
	return OpenAt(t, p), p
}

// OpenAt opens the store at p and closes it at the end of the test unless the test closed it.
func OpenAt(t testing.TB, p Place) state.Store {
	t.Helper()
	s, err := p.Open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// testSchemaVersion: a new store records its schema version, and a store refuses a schema newer than
// its own.
func testSchemaVersion(t *testing.T, be Backend) {
	s, pl := open(t, be)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if v := pl.QueryInt(t, `SELECT version FROM schema_version`); v != be.SchemaVersion {
		t.Fatalf("schema version %d, want %d", v, be.SchemaVersion)
	}
	pl.Exec(t, `UPDATE schema_version SET version = 99`)
	if s, err := pl.Open(); !errors.Is(err, be.ErrSchemaVersion) {
		if err == nil {
			_ = s.Close()
		}
		t.Fatalf("opening a newer schema: %v", err)
	}
}
