package routing

import (
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkFindRoute1000 finds routes between random users of a seeded random 1,000-hub graph:
// each hub opens two-way channels to 4 random others (mean degree about 8), 2,000 users are each
// attached to one or two hubs, and the memory holds 200 recent failures. Default options.
func BenchmarkFindRoute1000(b *testing.B) {
	const hubs, users = 1000, 2000
	rng := rand.New(rand.NewPCG(1, 1000))
	g := NewGraph()
	for h := 1; h <= hubs; h++ {
		for range 4 {
			if o := 1 + rng.IntN(hubs); o != h {
				edge(b, g, h, o, randomPolicy(rng))
				edge(b, g, o, h, randomPolicy(rng))
			}
		}
	}
	for u := range users {
		for range 1 + rng.IntN(2) {
			attach(b, g, 10_000+u, 1+rng.IntN(hubs), pol(rng.Uint64N(50), 100, 30))
		}
	}
	mem, _ := NewMemory()
	for range 200 {
		p := Pair{addr(1 + rng.IntN(hubs)), addr(1 + rng.IntN(hubs))}
		mem.RecordFailure(p, u256(rng.Uint64N(100_000)), t0.Add(-time.Duration(rng.IntN(180))*time.Minute))
	}
	opts := DefaultOptions()
	amount := u256(100_000)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		payer, payee := addr(10_000+rng.IntN(users)), addr(10_000+rng.IntN(users))
		if _, err := FindRoute(g, mem, payer, payee, amount, t0, opts); err != nil && payer != payee {
			b.Fatalf("route %d: %v", i, err)
		}
		i++
	}
}
