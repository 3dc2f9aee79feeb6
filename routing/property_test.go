package routing

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestFindRouteProperty: on seeded random small graphs, with fees as the only cost, FindRoute's
// route is valid and its fee is the least of all simple routes within the hop bound, found by brute
// force; it fails exactly when brute force finds nothing (ErrTooManyHops when only longer routes
// exist). With risk, memory and exclusions the route must still be valid and within the bound.
func TestFindRouteProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 20))
	var routes, tooLong int
	for trial := range 600 {
		c := randomCase(t, rng)
		r, err := FindRoute(c.g, nil, c.payer, c.payee, c.amount, t0, Options{MaxHops: c.maxHops})
		best, found := bruteForce(c, c.maxHops)
		_, foundLonger := bruteForce(c, 100)
		switch {
		case found && err != nil:
			t.Fatalf("trial %d: %v, brute force found fee %v", trial, err, best)
		case !found && foundLonger && !errors.Is(err, ErrTooManyHops):
			t.Fatalf("trial %d: %v, want ErrTooManyHops", trial, err)
		case !foundLonger && !errors.Is(err, ErrNoRoute):
			t.Fatalf("trial %d: %v, want ErrNoRoute", trial, err)
		case found && r.TotalFee.ToBig().Cmp(best) != 0:
			t.Fatalf("trial %d: fee %v via %v, brute force %v", trial, &r.TotalFee, path(r), best)
		}
		if err == nil {
			routes++
			checkValid(t, trial, c, r, c.maxHops)
		}
		if errors.Is(err, ErrTooManyHops) {
			tooLong++
		}
		checkNoisy(t, trial, c, rng)
	}
	if routes < 200 || tooLong < 20 {
		t.Fatalf("cases too easy: %d routes, %d too long of 600", routes, tooLong)
	}
}

// checkNoisy runs FindRoute with risk, a memory of random failures and an exclusion, and checks
// that whatever it returns is a valid route.
func checkNoisy(t *testing.T, trial int, c randCase, rng *rand.Rand) {
	mem, _ := NewMemory()
	hubs := lineHubs(c.hubs)
	for range 3 {
		a, b := hubs[rng.IntN(len(hubs))], hubs[rng.IntN(len(hubs))]
		mem.RecordFailure(Pair{a, b}, u256(rng.Uint64N(2_000_000)), t0.Add(-time.Duration(rng.IntN(120))*time.Minute))
	}
	opts := DefaultOptions()
	opts.RiskFactor = 1e-7
	opts.MaxHops = c.maxHops
	opts.Exclude.Nodes = []common.Address{hubs[rng.IntN(len(hubs))]}
	r, err := FindRoute(c.g, mem, c.payer, c.payee, c.amount, t0, opts)
	if err == nil {
		checkValid(t, trial, c, r, c.maxHops)
		if slices.Contains(path(r)[1:r.Locks()], opts.Exclude.Nodes[0]) {
			t.Fatalf("trial %d: route %v forwards through excluded %x", trial, path(r), opts.Exclude.Nodes[0])
		}
	}
}

func checkValid(t *testing.T, trial int, c randCase, r Route, maxHops int) {
	t.Helper()
	if err := checkRoute(c.g, r, c.amount); err != nil {
		t.Fatalf("trial %d: invalid route %v: %v", trial, path(r), err)
	}
	if r.Locks() > maxHops || r.Payer != c.payer || r.Payee != c.payee {
		t.Fatalf("trial %d: route %v has %d locks, bound %d", trial, path(r), r.Locks(), maxHops)
	}
}

type randCase struct {
	g            *Graph
	hubs         int
	payer, payee common.Address
	amount       *uint256.Int
	maxHops      int
}

// randomCase builds 3-7 hubs with random edges, policies and capacity hints; the payer is a user
// of one or two hubs, or a hub; the payee a user of one or two hubs.
func randomCase(t *testing.T, rng *rand.Rand) randCase {
	c := randCase{g: NewGraph(), hubs: 3 + rng.IntN(5), payee: addr(1001),
		amount: u256(1 + rng.Uint64N(1_000_000)), maxHops: 1 + rng.IntN(6)}
	for a := 1; a <= c.hubs; a++ {
		if err := c.g.AddHub(addr(a)); err != nil {
			t.Fatal(err)
		}
		for b := 1; b <= c.hubs; b++ {
			if a != b && rng.IntN(100) < 35 {
				edge(t, c.g, a, b, randomPolicy(rng))
			}
		}
	}
	c.payer = addr(1000)
	if rng.IntN(4) == 0 {
		c.payer = addr(1 + rng.IntN(c.hubs))
	} else {
		attachRandom(t, c.g, 1000, c.hubs, rng)
	}
	attachRandom(t, c.g, 1001, c.hubs, rng)
	return c
}

func attachRandom(t *testing.T, g *Graph, user, hubs int, rng *rand.Rand) {
	for range 1 + rng.IntN(2) {
		attach(t, g, user, 1+rng.IntN(hubs), randomPolicy(rng))
	}
}

func randomPolicy(rng *rand.Rand) Policy {
	p := pol(rng.Uint64N(50), uint32(rng.IntN(20_000)), 10+rng.Uint64N(90))
	if rng.IntN(4) == 0 {
		p.Capacity = *u256(1 + rng.Uint64N(1_200_000))
	}
	return p
}

// bruteForce returns the least total fee over all simple routes of at most maxHops locks.
func bruteForce(c randCase, maxHops int) (*big.Int, bool) {
	var best *big.Int
	var walk func(seq []common.Address)
	walk = func(seq []common.Address) {
		if len(seq) > maxHops {
			return
		}
		if fee, ok := routeFee(c, append(seq, c.payee)); ok && (best == nil || fee.Cmp(best) < 0) {
			best = fee
		}
		for h := 1; h <= c.hubs; h++ {
			if a := addr(h); !slices.Contains(seq, a) && a != c.payee {
				walk(append(slices.Clip(seq), a))
			}
		}
	}
	walk([]common.Address{c.payer})
	return best, best != nil
}

// routeFee computes, in big.Int, the total fee of the route through nodes seq, or false if a
// lock has no edge or exceeds a capacity hint.
func routeFee(c randCase, seq []common.Address) (*big.Int, bool) {
	amt := c.amount.ToBig()
	for i := len(seq) - 2; i >= 0; i-- {
		from, to := seq[i], seq[i+1]
		e, ok := c.g.Edge(from, to)
		if !ok {
			if i == 0 && slices.Contains(c.g.HubsOf(from), to) {
				continue
			}
			return nil, false
		}
		if !e.Policy.Capacity.IsZero() && amt.Cmp(e.Policy.Capacity.ToBig()) > 0 {
			return nil, false
		}
		if i > 0 {
			amt.Add(amt, refFee(e.Policy.FeeBase.Uint64(), e.Policy.FeePPM, uint256.MustFromBig(amt)))
		}
	}
	return amt.Sub(amt, c.amount.ToBig()), true
}
