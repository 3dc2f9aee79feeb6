package journal

import (
	"sync"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

// vias are the stores the benchmarks compare: the SQLite store alone (one transaction and its fsync a
// Commit), the journal with buffered writes (a write and an fdatasync a flush) and the journal as it
// runs (a direct write with O_DSYNC a flush where the file system takes it, direct.go).
var vias = []string{"sqlite", "journal-buffered", "journal"}

// openVia opens a store of via in a temporary directory.
func openVia(b *testing.B, via string) state.Store {
	p := place(b.TempDir())
	if via == "sqlite" {
		s, err := sqlitestore.Open(p.db())
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	s, err := p.open()
	if err != nil {
		b.Fatal(err)
	}
	if via == "journal-buffered" {
		s.sync = datasync
	} else if s.files[0].d == nil {
		b.Log("the file system takes no direct writes here: journal flushes as journal-buffered does")
	}
	return s
}

// BenchmarkThreadRecord stores one thread record per Commit, as a thread payment's sender and receiver
// do: straight into the SQLite store, and through the journal (one frame a flush; the journal folds into
// the store every FoldBytes meanwhile, which the figure includes). Parallel64 has 64 threads storing at
// once, each its own records: the journal's flushes are shared.
func BenchmarkThreadRecord(b *testing.B) {
	for _, via := range vias {
		open := func(b *testing.B) state.Store { return openVia(b, via) }
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
	for _, via := range vias {
		b.Run(via, func(b *testing.B) {
			s := openVia(b, via)
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

// BenchmarkFold folds into the SQLite store, in one transaction, 512 journaled records of what a
// forwarding hub's turn stores (BenchmarkTurnBatch's batch); ns/op is per record folded. The fold runs
// beside the engines, so its CPU is taken from them.
func BenchmarkFold(b *testing.B) {
	const per = 512
	s := openVia(b, "journal")
	defer s.Close()
	js := s.(*Store)
	var n uint64
	for i := 0; i < b.N; i += per {
		b.StopTimer()
		for range per {
			n++
			r := storetest.WithLocks(storetest.Record(hub, alice, n), n, n+1)
			prop := state.Proposal{Record: storetest.Record(hub, bob, 2*n), Message: []byte("a proposal's message")}
			storetest.MustCommit(b, s, state.Batch{States: []state.Record{r}, Proposals: []state.Proposal{prop},
				Preimages: [][32]byte{{byte(n), byte(n >> 8), byte(n >> 16)}}})
		}
		b.StartTimer()
		if err := js.Fold(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/record")
}
