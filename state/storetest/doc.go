// Package storetest is the conformance suite of state.Store: Run checks one implementation against the
// interface's contract (ordering, ErrStale and batch atomicity, ErrNotFound, limits, durability across a
// reopen, proposals, refusals, threads, the schema version), so every store is held to the same
// behaviour. The store packages call it from their tests with a Backend saying how to make a store; the
// helpers building records, locks and threads are exported for their own store-specific tests, and
// BenchmarkPutBatch and BenchmarkPutLocks measure any store the same way.
package storetest
