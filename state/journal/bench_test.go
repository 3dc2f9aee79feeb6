package journal

import (
	"sync"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
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
