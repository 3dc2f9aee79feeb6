package storetest

import (
	"fmt"
	"testing"

	"spoke/state"
)

// BenchmarkPutBatch stores batches of 1, 16 and 64 states, each state for its own channel as one engine
// loop turn would produce them. Every Put is one transaction and one durable commit, so states/s grows
// with the batch until encoding and inserting, not the commit, dominate. The figures are only as
// durable-honest as the storage's fsync.
func BenchmarkPutBatch(b *testing.B, be Backend) {
	for _, size := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			s, _ := open(b, be)
			batch := make([]state.Record, size)
			for i := range batch {
				batch[i] = Record(Addr(1000), Addr(i), 0)
			}
			var tx uint64
			b.ReportAllocs()
			for b.Loop() {
				tx++
				for i := range batch {
					batch[i].State.TxCountGlobal = tx
				}
				MustPut(b, s, batch...)
			}
			reportStates(b, tx*uint64(size))
		})
	}
}

// BenchmarkPutLocks stores one record per Put with 0, 16 and state.MaxLocks open locks, to show what
// storing the lock set (state.LockSize bytes a lock) adds to a durable Put.
func BenchmarkPutLocks(b *testing.B, be Backend) {
	for _, n := range []int{0, 16, state.MaxLocks} {
		b.Run(fmt.Sprintf("locks=%d", n), func(b *testing.B) {
			s, _ := open(b, be)
			r := WithLocks(Record(Addr(1000), Addr(1), 0), LockIDs(n)...)
			b.ReportAllocs()
			for b.Loop() {
				r.State.TxCountGlobal++
				MustPut(b, s, r)
			}
			reportStates(b, r.State.TxCountGlobal)
		})
	}
}

// reportStates reports the throughput in stored states and the time per state.
func reportStates(b *testing.B, states uint64) {
	secs := b.Elapsed().Seconds()
	if states == 0 || secs == 0 {
		return
	}
	b.ReportMetric(float64(states)/secs, "states/s")
	b.ReportMetric(secs*1e9/float64(states), "ns/state")
}
