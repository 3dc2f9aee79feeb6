package node

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
)

// ringPayment is one payment of the ring test and its outcome.
type ringPayment struct {
	from, to int // user indexes
	wei      uint64
	receipt  *Receipt
	err      error
}

// TestHubRingRandomPayments: five hubs in a ring with two chords, two users on each, 1,000 random
// payments between random users (eight at a time), routed over the hub network. Each payment succeeds or
// fails cleanly with a reason; afterwards no lock is left anywhere, every user's balance is what it was
// less what it sent and paid in fees plus what it received, and every hub gained exactly the fees it
// announced for the payments it forwarded.
func TestHubRingRandomPayments(t *testing.T) {
	fees := []Fees{{Base: *uint256.NewInt(3)}, {PPM: 2000}, {Base: *uint256.NewInt(1), PPM: 500}, {}, {Base: *uint256.NewInt(7)}}
	links := [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 2}, {1, 3}}
	hc := startHubGraph(t, fees, links, 0, 1)
	users := []*testNode{hc.payer, hc.paid}
	homes := []int{0, 1}
	for i := 2; i < 10; i++ {
		users = append(users, hc.addUser(t, devchain.DevKey(30+i), hc.hubs[i%5]))
		homes = append(homes, i%5)
	}
	rng := rand.New(rand.NewPCG(7, 10))
	payments := make([]*ringPayment, 1000)
	for i := range payments {
		from := rng.IntN(len(users))
		to := (from + 1 + rng.IntN(len(users)-1)) % len(users)
		payments[i] = &ringPayment{from: from, to: to, wei: 1 + rng.Uint64N(20_000)}
	}
	before := balances(t, hc, users, homes, links)
	work := make(chan *ringPayment)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for p := range work {
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				rs, err := users[p.from].eng.Pay(ctx, Payment{To: &users[p.to].eng.cfg.Key.PublicKey,
					Wei: *uint256.NewInt(p.wei), Via: []common.Address{hc.hubs[homes[p.to]].eng.Address()}})
				cancel()
				if err == nil {
					p.receipt = &rs[0]
				}
				p.err = err
			}
		})
	}
	for _, p := range payments {
		work <- p
	}
	close(work)
	wg.Wait()

	want := append([]int64(nil), before...)
	ok, reasons := 0, map[string]int{}
	for _, p := range payments {
		if p.err != nil {
			if !cleanFailure(p.err) {
				t.Fatalf("payment %d -> %d of %d wei failed uncleanly: %v", p.from, p.to, p.wei, p.err)
			}
			reasons[failureKind(p.err)]++
			continue
		}
		ok++
		want[p.from] -= int64(p.wei + p.receipt.Fee.Uint64())
		want[p.to] += int64(p.wei)
		for hub, fee := range hopFees(t, hc.router, p.receipt.Route, p.wei) {
			want[len(users)+hub] += int64(fee)
		}
	}
	t.Logf("%d of %d payments settled; failures by reason: %v", ok, len(payments), reasons)
	if ok < len(payments)/2 {
		t.Fatalf("only %d of %d payments settled", ok, len(payments))
	}
	waitFor(t, "every lock resolved and the books reconciled", func() bool {
		got := balances(t, hc, users, homes, links)
		for i := range got {
			if got[i] != want[i] {
				return false
			}
		}
		return true
	})
}

// balances are each user's wei in its channel with its hub, then each hub's wei on its side of all its
// channels; it fails the test while a lock is open anywhere (by returning -1 for its owner).
func balances(t *testing.T, hc hubChain, users []*testNode, homes []int, links [][2]int) []int64 {
	t.Helper()
	out := make([]int64, len(users)+len(hc.hubs))
	side := func(n *testNode, peer common.Address) (mine, theirs int64, open bool) {
		r, err := n.eng.Latest(testCtx(t), peer)
		if err != nil {
			t.Fatal(err)
		}
		s := &r.State
		if s.Hub == n.eng.Address() {
			return int64(s.WeiHub.Uint64()), int64(s.WeiUser.Uint64()), len(r.Locks) > 0
		}
		return int64(s.WeiUser.Uint64()), int64(s.WeiHub.Uint64()), len(r.Locks) > 0
	}
	for i, u := range users {
		hub := hc.hubs[homes[i]]
		mine, theirs, open := side(u, hub.eng.Address())
		out[i] = mine
		out[len(users)+homes[i]] += theirs
		if open {
			out[i] = -1
		}
	}
	for _, l := range links {
		a, b := hc.hubs[l[0]], hc.hubs[l[1]]
		mine, theirs, open := side(a, b.eng.Address())
		out[len(users)+l[0]] += mine
		out[len(users)+l[1]] += theirs
		if open {
			out[len(users)+l[0]] = -1
		}
	}
	return out
}

// hopFees is what each hub of route (by index in hc's hubs) charged to deliver wei, by its policy.
func hopFees(t *testing.T, r *staticRouter, route []common.Address, wei uint64) map[int]uint64 {
	t.Helper()
	out := map[int]uint64{}
	amt := uint256.NewInt(wei)
	for i := len(route) - 1; i >= 0; i-- {
		pol, _, _ := r.Policy(route[i])
		fee, _ := pol.Fee(amt)
		amt = new(uint256.Int).Add(amt, &fee)
		out[hubIndex(route[i])] += fee.Uint64()
	}
	return out
}

// hubIndex is the index of the hub with address a (hubs are DevKey(20+i)).
func hubIndex(a common.Address) int {
	for i := range 10 {
		if addrOf(devchain.DevKey(20+i)) == a {
			return i
		}
	}
	panic(fmt.Sprintf("not a hub: %s", a))
}

// cleanFailure reports whether a payment's error is one of the failures a payer can act on.
func cleanFailure(err error) bool {
	for _, e := range []error{ErrPaymentFailed, ErrRejected, ErrUnreachable, ErrNeedsCollateral, ErrBusy} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// failureKind names a failure for the test's log.
func failureKind(err error) string {
	for _, e := range []error{ErrNeedsCollateral, ErrFeeTooLow, ErrUnreachable, ErrHubLacksBalance, ErrBusy} {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return e.Error()
		}
	}
	return err.Error()
}
