package routing

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// diamond: user 1000 pays through hub 1, which reaches hub 4 through hub 2 (fee 100) or hub 3
// (fee 50); user 1001 is attached to hub 4 (fee 10). Hub 1 charges 1 + 1000 ppm.
func diamond(t testing.TB) *Graph {
	g := NewGraph()
	attach(t, g, 1000, 1, pol(0, 0, 30))
	edge(t, g, 1, 2, pol(1, 1000, 60))
	edge(t, g, 1, 3, pol(1, 1000, 60))
	edge(t, g, 2, 4, pol(100, 0, 60))
	edge(t, g, 3, 4, pol(50, 0, 60))
	attach(t, g, 1001, 4, pol(10, 0, 30))
	return g
}

// TestFindRouteExact checks every amount, fee and expiry of the diamond's cheapest route.
func TestFindRouteExact(t *testing.T) {
	r, err := FindRoute(diamond(t), nil, addr(1000), addr(1001), u256(1_000_000), t0, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Route{Payer: addr(1000), Payee: addr(1001), Amount: *u256(1_000_000),
		Total: *u256(1_001_062), TotalFee: *u256(1062), TotalExpiry: 150, Cost: 1062,
		Hops: []Hop{
			{Node: addr(1), Next: addr(3), Receives: *u256(1_001_062), Forwards: *u256(1_000_060), Fee: *u256(1002), ExpiryDelta: 60},
			{Node: addr(3), Next: addr(4), Receives: *u256(1_000_060), Forwards: *u256(1_000_010), Fee: *u256(50), ExpiryDelta: 60},
			{Node: addr(4), Next: addr(1001), Receives: *u256(1_000_010), Forwards: *u256(1_000_000), Fee: *u256(10), ExpiryDelta: 30},
		}}
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("route\n%+v\nwant\n%+v", r, want)
	}
	if r.Locks() != 4 {
		t.Fatalf("locks %d", r.Locks())
	}
}

type routeCase struct {
	name         string
	build        func(testing.TB) *Graph
	payer, payee int
	amount       uint64
	opts         Options
	want         []common.Address
	err          error
}

func TestFindRoute(t *testing.T) {
	for _, tt := range routeCases() {
		t.Run(tt.name, func(t *testing.T) {
			amt := tt.amount
			if amt == 0 {
				amt = 1_000_000
			}
			g := tt.build(t)
			r, err := FindRoute(g, nil, addr(tt.payer), addr(tt.payee), u256(amt), t0, tt.opts)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if got := path(r); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("path %v, want %v", got, tt.want)
			}
			if err := checkRoute(g, r, u256(amt)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func routeCases() []routeCase {
	viaB, viaC := nodes(1000, 1, 2, 4, 1001), nodes(1000, 1, 3, 4, 1001)
	return []routeCase{
		{name: "cheapest", build: diamond, payer: 1000, payee: 1001, want: viaC},
		{name: "expiry ignored without risk", build: slowC, payer: 1000, payee: 1001, want: viaC},
		{name: "expiry risk weighed", build: slowC, payer: 1000, payee: 1001, opts: Options{RiskFactor: 1e-6}, want: viaB},
		{name: "exclude node", build: diamond, payer: 1000, payee: 1001, opts: Options{Exclude: Exclusion{Nodes: nodes(3)}}, want: viaB},
		{name: "exclude pair", build: diamond, payer: 1000, payee: 1001, opts: Options{Exclude: Exclusion{Pairs: []Pair{{addr(1), addr(3)}}}}, want: viaB},
		{name: "exclude both", build: diamond, payer: 1000, payee: 1001, opts: Options{Exclude: Exclusion{Nodes: nodes(2, 3)}}, err: ErrNoRoute},
		{name: "capacity too small", build: capC(1_000_009), payer: 1000, payee: 1001, want: viaB},
		{name: "capacity just enough", build: capC(1_000_010), payer: 1000, payee: 1001, want: viaC},
		{name: "payer is a hub", build: diamond, payer: 1, payee: 1001, want: nodes(1, 3, 4, 1001)},
		{name: "payee is a hub", build: diamond, payer: 1000, payee: 4, want: nodes(1000, 1, 3, 4)},
		{name: "users of one hub", build: sameHub, payer: 1000, payee: 1002, want: nodes(1000, 1, 1002)},
		{name: "multi-hub payee", build: twoHubs, payer: 1000, payee: 1001, want: nodes(1000, 1, 5, 1001)},
		{name: "ring chord", build: ring, payer: 1000, payee: 1008, want: nodes(1000, 1, 7, 8, 1008)},
		{name: "ring chord then ring", build: ring, payer: 1000, payee: 1005, want: nodes(1000, 1, 7, 6, 5, 1005)},
		{name: "cheap long path", build: shortcut, payer: 1000, payee: 1001, want: nodes(1000, 1, 2, 3, 4, 5, 1001)},
		{name: "hop limit takes the short path", build: shortcut, payer: 1000, payee: 1001, opts: Options{MaxHops: 3}, want: nodes(1000, 1, 5, 1001)},
		{name: "hop limit", build: line(25), payer: 1000, payee: 1001, err: ErrTooManyHops},
		{name: "hop limit raised", build: line(25), payer: 1000, payee: 1001, opts: Options{MaxHops: 26}, want: append(append(nodes(1000), lineHubs(25)...), addr(1001))},
		{name: "no route", build: island, payer: 1000, payee: 1003, err: ErrNoRoute},
		{name: "unknown payee", build: diamond, payer: 1000, payee: 999, err: ErrUnknownPayee},
		{name: "unknown payer", build: diamond, payer: 999, payee: 1001, err: ErrUnknownPayer},
		{name: "self payment", build: diamond, payer: 1000, payee: 1000, err: ErrSelfPayment},
		{name: "bad options", build: diamond, payer: 1000, payee: 1001, opts: Options{MinProbability: 2}, err: ErrInvalidOptions},
	}
}

// slowC makes the cheaper hub 3 slow: it needs 6000 s.
func slowC(t testing.TB) *Graph {
	g := diamond(t)
	edge(t, g, 3, 4, pol(50, 0, 6000))
	return g
}

func capC(c uint64) func(testing.TB) *Graph {
	return func(t testing.TB) *Graph {
		g := diamond(t)
		edge(t, g, 3, 4, withCap(pol(50, 0, 60), c))
		return g
	}
}

func sameHub(t testing.TB) *Graph {
	g := diamond(t)
	attach(t, g, 1002, 1, pol(5, 0, 30))
	return g
}

// twoHubs attaches the payee to hub 5 too, cheaply reached from hub 1.
func twoHubs(t testing.TB) *Graph {
	g := diamond(t)
	edge(t, g, 1, 5, pol(1, 0, 60))
	attach(t, g, 1001, 5, pol(1, 0, 30))
	return g
}

// ring: hubs 1..12 in a two-way ring with chords 1-7 and 4-10; user 1000+i on hub i.
func ring(t testing.TB) *Graph {
	g := NewGraph()
	p := pol(10, 100, 60)
	for i := 1; i <= 12; i++ {
		both(t, g, i, i%12+1, p)
		attach(t, g, 1000+i, i, p)
	}
	both(t, g, 1, 7, p)
	both(t, g, 4, 10, p)
	attach(t, g, 1000, 1, p)
	return g
}

// shortcut: hubs 1..5 in a line of fee-1 edges, and a fee-100 edge 1 -> 5.
func shortcut(t testing.TB) *Graph {
	g := line(5)(t)
	edge(t, g, 1, 5, pol(100, 0, 60))
	return g
}

// line(n): user 1000 on hub 1, hubs 1 -> 2 -> ... -> n, user 1001 on hub n.
func line(n int) func(testing.TB) *Graph {
	return func(t testing.TB) *Graph {
		g := NewGraph()
		attach(t, g, 1000, 1, pol(0, 0, 0))
		for i := 1; i < n; i++ {
			edge(t, g, i, i+1, pol(1, 0, 60))
		}
		attach(t, g, 1001, n, pol(1, 0, 30))
		return g
	}
}

func lineHubs(n int) []common.Address {
	hs := make([]common.Address, n)
	for i := range hs {
		hs[i] = addr(i + 1)
	}
	return hs
}

func island(t testing.TB) *Graph {
	g := diamond(t)
	attach(t, g, 1003, 9, pol(0, 0, 0))
	return g
}

func TestFindRouteZeroAmount(t *testing.T) {
	_, err := FindRoute(diamond(t), nil, addr(1000), addr(1001), u256(0), t0, Options{})
	if !errors.Is(err, ErrZeroAmount) {
		t.Fatalf("error %v", err)
	}
}

// TestFindRouteFailureFades: a failure of hop 3 -> 4 steers the route through hub 2, and as the
// failure fades over the one-hour half-life the cheaper hub 3 comes back.
func TestFindRouteFailureFades(t *testing.T) {
	g := diamond(t)
	mem, err := NewMemory(WithHalfLife(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	mem.RecordFailure(Pair{From: addr(3), To: addr(4)}, u256(1_000_010), t0)
	opts := Options{AttemptCostPPM: 20, MinProbability: DefaultMinProbability} // a failed try costs 20 wei
	viaB, viaC := nodes(1000, 1, 2, 4, 1001), nodes(1000, 1, 3, 4, 1001)
	tests := []struct {
		after time.Duration
		want  []common.Address
	}{
		{0, viaB},              // probability 0: skipped
		{time.Minute, viaB},    // probability 1.1%: penalty 1720 wei outweighs the 51 wei saved
		{time.Hour, viaC},      // probability 1/2: penalty 20 wei
		{10 * time.Hour, viaC}, // faded
		{-time.Hour, viaB},     // clock behind the failure: as fresh
	}
	for _, tt := range tests {
		r, err := FindRoute(g, mem, addr(1000), addr(1001), u256(1_000_000), t0.Add(tt.after), opts)
		if err != nil {
			t.Fatalf("after %v: %v", tt.after, err)
		}
		if got := path(r); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("after %v: path %v, want %v", tt.after, got, tt.want)
		}
	}
	r, _ := FindRoute(g, mem, addr(1000), addr(1001), u256(900_000), t0, opts)
	if !reflect.DeepEqual(path(r), viaC) {
		t.Errorf("a smaller amount than the failed one must not be steered: %v", path(r))
	}
}

// TestFindRouteMaxExpiry: a route whose expiry deltas add up to more than Exclude.MaxExpiry is not taken,
// however cheap; without the bound it is.
func TestFindRouteMaxExpiry(t *testing.T) {
	g := NewGraph()
	slow := Policy{ExpiryDelta: 7200}
	fast := Policy{ExpiryDelta: 600, FeeBase: *uint256.NewInt(50)}
	for _, e := range []Edge{
		{From: addr(1), To: addr(2), Policy: slow, Announced: t0},
		{From: addr(1), To: addr(3), Policy: fast, Announced: t0},
		{From: addr(2), To: addr(4), Policy: slow, Announced: t0},
		{From: addr(3), To: addr(4), Policy: fast, Announced: t0},
	} {
		if err := g.SetEdge(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.AttachUser(addr(9), addr(4), Policy{ExpiryDelta: 600}, t0); err != nil {
		t.Fatal(err)
	}
	if err := g.AttachUser(addr(8), addr(1), Policy{}, t0); err != nil {
		t.Fatal(err)
	}
	amt := uint256.NewInt(1000)
	r, err := FindRoute(g, nil, addr(8), addr(9), amt, t0, Options{})
	if err != nil || r.Hops[1].Node != addr(2) {
		t.Fatalf("unbounded: %+v, %v; want the free route through 2", r, err)
	}
	r, err = FindRoute(g, nil, addr(8), addr(9), amt, t0, Options{Exclude: Exclusion{MaxExpiry: 3600}})
	if err != nil || r.Hops[1].Node != addr(3) || r.TotalExpiry > 3600 {
		t.Fatalf("bounded: %+v, %v; want the route through 3 within 3600 s", r, err)
	}
}
