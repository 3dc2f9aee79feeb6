package journal

import (
	"sync"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

// BenchmarkThreadRecord stores one thread record per Commit, as a thread payment's sender and receiver
// do: straight into the SQLite store (one transaction, its fsync), and through the journal (one frame,
// one fdatasync; the journal folds into the store every FoldBytes meanwhile, which the figure includes).
// Parallel64 has 64 threads storing at once, each its own records: the journal's flushes are shared.
func BenchmarkThreadRecord(b *testing.B) {
	for _, via := range []string{"sqlite", "journal"} {
		open := func(b *testing.B) state.Store {
			p := place(b.TempDir())
			if via == "journal" {
				s, err := p.open()
				if err != nil {
					b.Fatal(err)
				}
				return s
			}
			s, err := sqlitestore.Open(p.db())
			if err != nil {
				b.Fatal(err)
			}
			return s
		}
		b.Run(via+"/Serial", func(b *testing.B) {
			s := open(b)
			defer s.Close()
			var n uint64
			for b.Loop() {
				n++
				commitThreads(b, s, rec(1, n))
			}
		})
		b.Run(via+"/Parallel64", func(b *testing.B) {
			s := open(b)
			defer s.Close()
			per := b.N/64 + 1
			b.ResetTimer()
			var wg sync.WaitGroup
			for id := range uint64(64) {
				wg.Go(func() {
					for n := range uint64(per) {
						commitThreads(b, s, rec(id, n+1))
					}
				})
			}
			wg.Wait()
			b.ReportMetric(float64(64*per)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// BenchmarkTurnBatch commits, serially, what an engine turn of a forwarding hub stores: the next state of
// one channel with two locks, a proposal on another channel and a preimage. Straight into the SQLite
// store, and through the journal (with its folds).
func BenchmarkTurnBatch(b *testing.B) {
	for _, via := range []string{"sqlite", "journal"} {
		b.Run(via, func(b *testing.B) {
			p := place(b.TempDir())
			var s state.Store
			var err error
			if via == "journal" {
				s, err = p.open()
			} else {
				s, err = sqlitestore.Open(p.db())
			}
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var n uint64
			for b.Loop() {
				n++
				r := storetest.WithLocks(storetest.Record(hub, alice, n), n, n+1)
				prop := state.Proposal{Record: storetest.Record(hub, bob, 2*n), Message: []byte("a proposal's message")}
				storetest.MustCommit(b, s, state.Batch{States: []state.Record{r}, Proposals: []state.Proposal{prop},
					Preimages: [][32]byte{{byte(n), byte(n >> 8), byte(n >> 16)}}})
			}
		})
	}
}
