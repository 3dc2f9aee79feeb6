package announce

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/routing"
)

// TestViewLearnPruneRoute: a view keeps each hub's newest announcement and its edges, drops stale ones,
// prunes old hubs (rebuilding the graph), and routes a user to a user of another hub with the last hub's
// fee, leaving no user in the graph; RouteWith weighs hops by the memory it is given.
func TestViewLearnPruneRoute(t *testing.T) {
	v, err := NewView()
	if err != nil {
		t.Fatal(err)
	}
	k1, k2 := newKey(t), newKey(t)
	a1 := sample(t0)
	a1.Channels = nil
	s1 := mustSign(t, a1, k1)
	a2 := sample(t0)
	a2.Channels = []Channel{{Peer: s1.Hub}}
	a2.Channels[0].CapacityWei.SetUint64(1e18)
	s2 := mustSign(t, a2, k2)
	a1.Channels = []Channel{{Peer: s2.Hub}}
	a1.Channels[0].CapacityWei.SetUint64(1e18)
	a1.Timestamp++
	s1b := mustSign(t, a1, k1)
	for _, s := range []*Signed{s1, s2, s1b} {
		if ok, err := v.Learn(s); !ok || err != nil {
			t.Fatalf("learn: %v %v", ok, err)
		}
	}
	if ok, _ := v.Learn(s1); ok || v.Len() != 2 {
		t.Fatal("an older announcement replaced a newer one")
	}
	a3 := sample(t0.Add(time.Second)) // hub 2 drops its channel with hub 1 and gains two others
	a3.Channels = append([]Channel(nil), a3.Channels...)
	if ok, err := v.Learn(mustSign(t, a3, k2)); !ok || err != nil {
		t.Fatal(err)
	}
	if _, ok := v.Graph().Edge(s2.Hub, s1.Hub); ok {
		t.Fatal("the dropped channel's edge is still in the graph")
	}
	if _, ok := v.Graph().Edge(s2.Hub, a3.Channels[1].Peer); !ok {
		t.Fatal("a new channel's edge is missing")
	}
	if ok, err := v.Learn(mustSign(t, func() Announcement { a := a2; a.Timestamp += 5; return a }(), k2)); !ok || err != nil {
		t.Fatal(err)
	}
	payer, payee := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	amt := uint256.NewInt(1_000_000)
	now := t0.Add(time.Minute)
	r, err := v.Route(payer, []common.Address{s1.Hub}, payee, []common.Address{s2.Hub}, amt, routing.Exclusion{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hops) != 2 || r.Hops[1].Node != s2.Hub || r.TotalFee.IsZero() {
		t.Fatalf("route %+v", r)
	}
	if v.Graph().IsUser(payer) || v.Graph().IsUser(payee) {
		t.Fatal("the query left users in the graph")
	}
	mem, _ := routing.NewMemory()
	mem.RecordFailure(routing.Pair{From: s1.Hub, To: s2.Hub}, new(uint256.Int), now)
	if _, err := v.RouteWith(mem, payer, []common.Address{s1.Hub}, payee, []common.Address{s2.Hub}, amt, routing.Exclusion{}, now); !errors.Is(err, routing.ErrNoRoute) {
		t.Fatalf("a failed hop in the given memory was used: %v", err)
	}
	if _, err := v.Route(payer, []common.Address{common.HexToAddress("0xdead")}, payee, []common.Address{s2.Hub}, amt,
		routing.Exclusion{}, now); !errors.Is(err, ErrUnknownHub) || !errors.Is(err, routing.ErrUnknownPayer) {
		t.Fatalf("unknown payer hub: %v", err)
	}
	if n, err := v.Prune(t0.Add(2*time.Hour), time.Hour); n != 2 || err != nil || v.Len() != 0 || v.Graph().NumEdges() != 0 {
		t.Fatalf("prune: %d %v, %d held, %d edges", n, err, v.Len(), v.Graph().NumEdges())
	}
}
