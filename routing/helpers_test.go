package routing

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// t0 is the injected clock's start.
var t0 = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

// addr names test nodes by number: hubs 1.., users 1000...
func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(n))) }

func u256(x uint64) *uint256.Int { return uint256.NewInt(x) }

func pol(base uint64, ppm uint32, delta uint64) Policy {
	return Policy{FeeBase: *u256(base), FeePPM: ppm, ExpiryDelta: delta}
}

func withCap(p Policy, c uint64) Policy { p.Capacity = *u256(c); return p }

// edge adds from -> to to g with policy p, announced at t0.
func edge(t testing.TB, g *Graph, from, to int, p Policy) {
	t.Helper()
	if err := g.SetEdge(Edge{From: addr(from), To: addr(to), Policy: p, Announced: t0}); err != nil {
		t.Fatal(err)
	}
}

// both adds the edges a -> b and b -> a with the same policy.
func both(t testing.TB, g *Graph, a, b int, p Policy) {
	edge(t, g, a, b, p)
	edge(t, g, b, a, p)
}

func attach(t testing.TB, g *Graph, user, hub int, p Policy) {
	t.Helper()
	if err := g.AttachUser(addr(user), addr(hub), p, t0); err != nil {
		t.Fatal(err)
	}
}

// path lists the route's nodes: payer, forwarding hubs, payee.
func path(r Route) []common.Address {
	p := []common.Address{r.Payer}
	for _, h := range r.Hops {
		p = append(p, h.Node)
	}
	return append(p, r.Payee)
}

func nodes(ns ...int) []common.Address {
	out := make([]common.Address, len(ns))
	for i, n := range ns {
		out[i] = addr(n)
	}
	return out
}

// checkRoute verifies that r is a valid route in g: every lock follows an edge that can carry
// it, every fee is exactly the hop's policy fee, and the totals add up.
func checkRoute(g *Graph, r Route, amount *uint256.Int) error {
	if !r.Amount.Eq(amount) {
		return fmt.Errorf("payee gets %v, want %v", &r.Amount, amount)
	}
	prevNode, prevAmt := r.Payer, r.Total
	var delta uint64
	for i, h := range r.Hops {
		if err := checkHop(g, h, prevNode, &prevAmt, i == 0, r.Payer); err != nil {
			return fmt.Errorf("hop %d: %w", i, err)
		}
		prevNode, prevAmt = h.Node, h.Forwards
		delta += h.ExpiryDelta
	}
	if !prevAmt.Eq(amount) {
		return fmt.Errorf("last lock %v, want %v", &prevAmt, amount)
	}
	if err := checkLock(g, prevNode, r.Payee, amount, r.Payer); err != nil {
		return fmt.Errorf("last lock: %w", err)
	}
	var fee uint256.Int
	fee.Sub(&r.Total, amount)
	if !fee.Eq(&r.TotalFee) || delta != r.TotalExpiry {
		return fmt.Errorf("totals %v/%d, want %v/%d", &r.TotalFee, r.TotalExpiry, &fee, delta)
	}
	return nil
}

func checkHop(g *Graph, h Hop, prev common.Address, prevAmt *uint256.Int, first bool, payer common.Address) error {
	if !h.Receives.Eq(prevAmt) {
		return fmt.Errorf("receives %v, upstream sent %v", &h.Receives, prevAmt)
	}
	if err := checkLock(g, prev, h.Node, prevAmt, payer); err != nil {
		return err
	}
	e, ok := g.Edge(h.Node, h.Next)
	if !ok {
		return fmt.Errorf("no edge %x -> %x", h.Node, h.Next)
	}
	want, _ := e.Policy.Fee(&h.Forwards)
	var sum uint256.Int
	sum.Add(&h.Forwards, &h.Fee)
	if !h.Fee.Eq(&want) || !sum.Eq(&h.Receives) || h.ExpiryDelta != e.Policy.ExpiryDelta {
		return fmt.Errorf("fee %v (want %v), receives %v, forwards %v", &h.Fee, &want, &h.Receives, &h.Forwards)
	}
	return nil
}

// checkLock verifies that from can lock amt to to: an edge with room, or the payer's own hub.
func checkLock(g *Graph, from, to common.Address, amt *uint256.Int, payer common.Address) error {
	if e, ok := g.Edge(from, to); ok {
		if !e.Policy.Capacity.IsZero() && amt.Gt(&e.Policy.Capacity) {
			return fmt.Errorf("%v over capacity %v", amt, &e.Policy.Capacity)
		}
		return nil
	}
	for _, h := range g.HubsOf(from) {
		if from == payer && h == to {
			return nil
		}
	}
	return fmt.Errorf("no edge %x -> %x", from, to)
}
