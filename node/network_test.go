package node_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/announce"
	"spoke/node"
	"spoke/routing"
)

// hopsOf lists a route's forwarding hubs and, last, the payee.
func hopsOf(r routing.Route) []common.Address {
	var out []common.Address
	for _, h := range r.Hops {
		out = append(out, h.Node)
	}
	return append(out, r.Payee)
}

func checkPath(t *testing.T, r routing.Route, want ...common.Address) {
	t.Helper()
	got := hopsOf(r)
	if len(got) != len(want) {
		t.Fatalf("route through %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("route through %v, want %v", got, want)
		}
	}
}

// TestNetworkLineOfHubs: hubs H1-H2-H3 in a line announce once and learn of each other (H1 of H3
// through H2); a route from a user of H1 to a user of H3 goes H1, H2, H3 and pays each its announced fee.
func TestNetworkLineOfHubs(t *testing.T) {
	clock := &netClock{now: netT0}
	h1, h2, h3 := newNetNode(t), newNetNode(t), newNetNode(t)
	h1.setPolicy(hubPolicy(1000, 1000, 600))
	h2.setPolicy(hubPolicy(2000, 2500, 900))
	h3.setPolicy(hubPolicy(3000, 5000, 300))
	h1.channelsTo(h2)
	h2.channelsTo(h1, h3, h1) // two channels with H1 (hub in one, user in the other): announced as one
	h3.channelsTo(h2)
	startHubs(t, clock, h1, h2, h3)
	link(t, h1, h2)
	link(t, h3, h2)
	everyoneKnows(t, []*netNode{h1, h2, h3}, h1, h2, h3)

	seen := h1.info(t, h2.addr)
	if seen.Policy != h2.currentPolicy() || len(seen.Channels) != 2 || seen.PeerID != h2.host.ID() {
		t.Fatalf("H1 sees H2 as %+v", seen)
	}
	for _, c := range seen.Channels {
		if want := map[common.Address]uint64{h1.addr: 2e18, h3.addr: 1e18}[c.Peer]; !c.CapacityWei.Eq(wei(want)) {
			t.Fatalf("H2's channel to %s announced with capacity %s, want %d", c.Peer, &c.CapacityWei, want)
		}
	}
	if info, ok := h1.net.PeerInfo(h3.addr); !ok || info.ID != h3.host.ID() || len(info.Addrs) == 0 {
		t.Fatalf("H1's peer info of H3: %v %v", info, ok)
	}

	alice, bob := someUser(t), someUser(t)
	amount := wei(1_000_000_000)
	r, err := h2.net.Route(alice, []common.Address{h1.addr}, bob, []common.Address{h3.addr}, amount, routing.Exclusion{})
	if err != nil {
		t.Fatal(err)
	}
	checkPath(t, r, h1.addr, h2.addr, h3.addr, bob)
	// By hand, from the payee back, ppm fees rounding up:
	// H3 forwards 1,000,000,000: 3000 + 5,000,000                    = 5,003,000 -> receives 1,005,003,000
	// H2 forwards 1,005,003,000: 2000 + ceil(2,512,507.5) = 2,514,508 -> receives 1,007,517,508
	// H1 forwards 1,007,517,508: 1000 + ceil(1,007,517.508) = 1,008,518 -> receives 1,008,526,026
	for i, fee := range []uint64{1_008_518, 2_514_508, 5_003_000} {
		if !r.Hops[i].Fee.Eq(wei(fee)) {
			t.Fatalf("hop %d fee %s, want %d", i, &r.Hops[i].Fee, fee)
		}
	}
	var sum uint256.Int
	sum.Add(amount, wei(8_526_026))
	if !r.Total.Eq(&sum) || !r.Total.Eq(wei(1_008_526_026)) || !r.TotalFee.Eq(wei(8_526_026)) || r.TotalExpiry != 1800 {
		t.Fatalf("total %s, fee %s, expiry %d", &r.Total, &r.TotalFee, r.TotalExpiry)
	}

	// H1 paying is its own first hop: it charges itself nothing.
	r, err = h3.net.Route(h1.addr, nil, bob, []common.Address{h3.addr}, amount, routing.Exclusion{})
	if err != nil {
		t.Fatal(err)
	}
	checkPath(t, r, h2.addr, h3.addr, bob)
	if !r.Total.Eq(wei(1_007_517_508)) {
		t.Fatalf("H1 pays %s", &r.Total)
	}

	stranger := someUser(t)
	_, err = h1.net.Route(alice, []common.Address{stranger}, bob, []common.Address{h3.addr}, amount, routing.Exclusion{})
	if !errors.Is(err, node.ErrNetworkUnknownHub) || !errors.Is(err, routing.ErrUnknownPayer) {
		t.Fatalf("payer behind an unknown hub: %v", err)
	}
	_, err = h1.net.Route(alice, []common.Address{h1.addr}, bob, []common.Address{stranger}, amount, routing.Exclusion{})
	if !errors.Is(err, node.ErrNetworkUnknownHub) || !errors.Is(err, routing.ErrUnknownPayee) {
		t.Fatalf("payee behind an unknown hub: %v", err)
	}
}

// TestNetworkRoutesAroundAFailedHop: H1 reaches H3 through H2 or through the dearer H4; a failure
// recorded on H2 -> H3 sends the route through H4, and a success clears it.
func TestNetworkRoutesAroundAFailedHop(t *testing.T) {
	clock := &netClock{now: netT0}
	h1, h2, h3, h4 := newNetNode(t), newNetNode(t), newNetNode(t), newNetNode(t)
	h1.setPolicy(hubPolicy(1000, 1000, 600))
	h2.setPolicy(hubPolicy(2000, 2500, 900))
	h3.setPolicy(hubPolicy(3000, 5000, 300))
	h4.setPolicy(hubPolicy(5000, 5000, 600))
	h1.channelsTo(h2, h4)
	h2.channelsTo(h1, h3)
	h3.channelsTo(h2, h4)
	h4.channelsTo(h1, h3)
	all := []*netNode{h1, h2, h3, h4}
	startHubs(t, clock, all...)
	link(t, h1, h2)
	link(t, h2, h3)
	link(t, h3, h4)
	link(t, h4, h1)
	everyoneKnows(t, all, all...)

	alice, bob := someUser(t), someUser(t)
	amount := wei(1_000_000_000)
	route := func() (routing.Route, error) {
		return h1.net.Route(alice, []common.Address{h1.addr}, bob, []common.Address{h3.addr}, amount, routing.Exclusion{})
	}
	r, err := route()
	if err != nil {
		t.Fatal(err)
	}
	checkPath(t, r, h1.addr, h2.addr, h3.addr, bob)

	h1.net.Failed(h2.addr, h3.addr, amount)
	if r, err = route(); err != nil {
		t.Fatal(err)
	}
	checkPath(t, r, h1.addr, h4.addr, h3.addr, bob)
	// H3 5,003,000; H4 5000 + ceil(1,005,003,000 * 5000 / 1e6) = 5,030,015; H1 1000 + ceil(1,010,033.015).
	if !r.Total.Eq(wei(1_011_044_049)) {
		t.Fatalf("total through H4 %s", &r.Total)
	}
	_, err = h1.net.Route(alice, []common.Address{h1.addr}, bob, []common.Address{h3.addr}, amount,
		routing.Exclusion{Nodes: []common.Address{h4.addr}})
	if !errors.Is(err, routing.ErrNoRoute) {
		t.Fatalf("H2 -> H3 failed and H4 excluded: %v", err)
	}

	h1.net.Succeeded(h2.addr, h3.addr, amount)
	if r, err = route(); err != nil {
		t.Fatal(err)
	}
	checkPath(t, r, h1.addr, h2.addr, h3.addr, bob)
}

// TestNetworkRestartedNodeCatchesUp: with rounds an hour apart, a user node that (re)starts connected
// to H3 alone knows the whole line at once through hubs-sync, and so does a new hub H4 connected to
// H3 alone; H1, two hops away, learns of H4 too (H3 relays what was new to it).
func TestNetworkRestartedNodeCatchesUp(t *testing.T) {
	clock := &netClock{now: netT0}
	h1, h2, h3 := newNetNode(t), newNetNode(t), newNetNode(t)
	for _, h := range []*netNode{h1, h2, h3} {
		h.setPolicy(hubPolicy(1000, 1000, 600))
	}
	h1.channelsTo(h2)
	h2.channelsTo(h1, h3)
	h3.channelsTo(h2)
	startHubs(t, clock, h1, h2, h3)
	link(t, h1, h2)
	link(t, h3, h2)
	everyoneKnows(t, []*netNode{h1, h2, h3}, h1, h2, h3)

	user := newNetNode(t)
	user.start(t, clock, false, nil)
	link(t, user, h3)
	everyoneKnows(t, []*netNode{user}, h1, h2, h3)
	if _, err := user.net.Route(user.addr, []common.Address{h3.addr}, someUser(t), []common.Address{h1.addr},
		wei(1e9), routing.Exclusion{}); err != nil {
		t.Fatalf("the user cannot route after catching up: %v", err)
	}

	h4 := newNetNode(t)
	h4.setPolicy(hubPolicy(1000, 1000, 600))
	h4.channelsTo(h3)
	h4.start(t, clock, true, nil)
	link(t, h4, h3)
	everyoneKnows(t, []*netNode{h1, h2, h3, h4, user}, h1, h2, h3, h4)
}

// TestNetworkRefusesOtherChains: a hub of another chain, connected to H1, is rejected at each door:
// neither holds the other's announcement.
func TestNetworkRefusesOtherChains(t *testing.T) {
	clock := &netClock{now: netT0}
	h1, foreign := newNetNode(t), newNetNode(t)
	h1.setPolicy(hubPolicy(1000, 1000, 600))
	foreign.setPolicy(hubPolicy(1000, 1000, 600))
	h1.channelsTo(foreign)
	foreign.channelsTo(h1)
	h1.start(t, clock, true, nil)
	foreign.start(t, clock, true, func(c *node.NetworkConfig) { c.ChainID = netChain + 1 })
	link(t, h1, foreign)
	eventually(t, "each door rejects the other's announcement", func() bool {
		return h1.net.Stats().Rejected > 0 && foreign.net.Stats().Rejected > 0
	})
	if !h1.knows(h1) || !foreign.knows(foreign) {
		t.Fatalf("H1 holds %+v, the foreign hub %+v", h1.net.Hubs(), foreign.net.Hubs())
	}
}

// TestNetworkAnnounceNow: a fee change announced at once reaches the peer; a second one within the
// receivers' minimum interval waits until the interval has passed.
func TestNetworkAnnounceNow(t *testing.T) {
	clock := &netClock{now: netT0}
	h1, h2 := newNetNode(t), newNetNode(t)
	h1.setPolicy(hubPolicy(1000, 1000, 600))
	h2.setPolicy(hubPolicy(2000, 1000, 600))
	startHubs(t, clock, h1, h2)
	link(t, h1, h2)
	everyoneKnows(t, []*netNode{h1, h2}, h1, h2)

	clock.Advance(time.Minute)
	h2.setPolicy(hubPolicy(7777, 1000, 600))
	if err := h2.net.AnnounceNow(netCtx(t)); err != nil {
		t.Fatal(err)
	}
	eventually(t, "H1 sees H2's new fee", func() bool { return h1.feeBaseSeen(h2, 7777) })

	h2.setPolicy(hubPolicy(8888, 1000, 600))
	if err := h2.net.AnnounceNow(netCtx(t)); err != nil {
		t.Fatal(err)
	}
	if !h2.feeBaseSeen(h2, 7777) {
		t.Fatal("the second announcement went out within the minimum interval")
	}
	clock.Advance(announce.DefaultMinInterval + 2*time.Second)
	eventually(t, "H1 sees H2's deferred fee", func() bool { return h1.feeBaseSeen(h2, 8888) })

	user := newNetNode(t)
	user.start(t, clock, false, nil)
	if err := user.net.AnnounceNow(netCtx(t)); !errors.Is(err, node.ErrNetworkNotHub) {
		t.Fatalf("a user announces: %v", err)
	}
}

// TestNetworkConfigRefused: NewNetwork refuses what cannot work.
func TestNetworkConfigRefused(t *testing.T) {
	a, b := newNetNode(t), newNetNode(t)
	a.startHost(t)
	policy := func() node.HubPolicy { return node.HubPolicy{} }
	tests := []struct {
		name string
		cfg  node.NetworkConfig
	}{
		{"no host", node.NetworkConfig{}},
		{"hub without key", node.NetworkConfig{Host: a.host, Hub: true, Policy: policy}},
		{"hub without policy", node.NetworkConfig{Host: a.host, Hub: true, Key: a.key}},
		{"key not the host's", node.NetworkConfig{Host: a.host, Hub: true, Key: b.key, Policy: policy}},
		{"rounds too frequent", node.NetworkConfig{Host: a.host, Every: announce.DefaultMinInterval}},
		{"max age under a round", node.NetworkConfig{Host: a.host, Every: time.Hour, MaxAge: time.Hour}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := node.NewNetwork(tt.cfg); !errors.Is(err, node.ErrBadConfig) {
				t.Fatalf("error %v", err)
			}
		})
	}
	n, err := node.NewNetwork(node.NetworkConfig{Host: a.host, Hub: true, Key: a.key, Policy: policy})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.AnnounceNow(context.Background()); !errors.Is(err, node.ErrNetworkNotRunning) {
		t.Fatalf("AnnounceNow before Run: %v", err)
	}
}
