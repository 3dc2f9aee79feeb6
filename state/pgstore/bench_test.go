package pgstore_test

import (
	"testing"

	"spoke/state/storetest"
)

// BenchmarkPutBatch is storetest.BenchmarkPutBatch on the test binary's PostgreSQL server (a cluster in a
// temporary directory, reached over a unix socket, fsync and synchronous_commit on).
func BenchmarkPutBatch(b *testing.B) { storetest.BenchmarkPutBatch(b, backend) }

// BenchmarkPutLocks is storetest.BenchmarkPutLocks on the test binary's PostgreSQL server.
func BenchmarkPutLocks(b *testing.B) { storetest.BenchmarkPutLocks(b, backend) }
