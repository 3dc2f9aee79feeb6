package sqlitestore_test

import (
	"testing"

	"spoke/state/storetest"
)

// BenchmarkPutBatch is storetest.BenchmarkPutBatch on a file in b.TempDir(): the figures are only as
// durable-honest as that file system's fsync.
func BenchmarkPutBatch(b *testing.B) { storetest.BenchmarkPutBatch(b, backend) }

// BenchmarkPutLocks is storetest.BenchmarkPutLocks on a file in b.TempDir().
func BenchmarkPutLocks(b *testing.B) { storetest.BenchmarkPutLocks(b, backend) }
