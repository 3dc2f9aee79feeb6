package node

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestIdleReclaimKeepsLocksCovered: a hub whose policy takes idle collateral back after 700 ms (floor 1
// ETH) has 5 ETH in Bob's channel while Bob holds an incoming payment of 0.5 ETH unsettled. However long
// the channel is idle, the hub takes nothing back while that lock is in flight: Bob's lock stays whole
// and the hub's balance stays 4.5 ETH. Once Bob settles, the hub takes back what it has above the floor,
// in Bob's channel and in Alice's (where it holds what she paid), on-chain; Bob is not frozen: he
// withdraws his whole 10.5 ETH to his wallet.
func TestIdleReclaimKeepsLocksCovered(t *testing.T) {
	policy := &CollateralPolicy{Floor: [2]uint256.Int{ethers(1)}, Ceiling: [2]uint256.Int{ethers(8)}, IdleAfter: 700 * time.Millisecond}
	policy.SetMinTopUp()
	h := startHeldNet(t, policy)
	ctx := testCtx(t)
	h.fund(t, 100, 10)
	one := ethers(1)
	hubIn := func(u *testNode) (wei uint256.Int, quiet bool) {
		r, err := h.hub.eng.Latest(ctx, u.eng.Address())
		if err != nil {
			t.Fatal(err)
		}
		var running bool
		_ = h.hub.eng.query(ctx, func() { running = h.hub.eng.coll.running[u.eng.Address()] != "" })
		return r.State.WeiHub, r.State.Pending.IsZero() && !running && len(r.Locks) == 0
	}
	waitFor(t, "autocollateral to keep the floor in Bob's channel", func() bool {
		w, quiet := hubIn(h.bob)
		return quiet && w.Eq(&one)
	})
	if _, err := h.hub.eng.Collateralize(ctx, h.bob.eng.Address(), ethers(4), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	half := *uint256.NewInt(5e17)
	held, lock := h.payHeld(t, half)
	time.Sleep(2 * time.Second) // idle well past IdleAfter, the lock still in flight
	r, err := h.hub.eng.Latest(ctx, h.bob.eng.Address())
	if err != nil {
		t.Fatal(err)
	}
	if want := new(uint256.Int).Sub(ptr(ethers(5)), &half); !r.State.WeiHub.Eq(want) || len(r.Locks) != 1 ||
		!r.Locks[0].AmountWei.Eq(&half) || !r.State.Pending.IsZero() {
		t.Fatalf("Bob's channel with his payment held: hub %s wei, locks %+v, pending %v; want %s and the lock whole, nothing reclaimed",
			r.State.WeiHub.Dec(), r.Locks, !r.State.Pending.IsZero(), want.Dec())
	}

	h.release(t, lock)
	if err := <-held; err != nil {
		t.Fatalf("the held payment: %v", err)
	}
	for _, u := range []*testNode{h.bob, h.alice} {
		waitFor(t, "the hub to take back what is above the floor", func() bool {
			w, quiet := hubIn(u)
			return quiet && w.Eq(&one)
		})
		rec, err := h.env.Manager.GetChannel(nil, h.env.Hub.Addr, u.eng.Address())
		if err != nil || rec.WeiHub.Cmp(one.ToBig()) != 0 {
			t.Fatalf("on-chain, the hub has %v in %s's channel (%v), want the floor", rec.WeiHub, u.eng.Address(), err)
		}
	}
	mine := settled(t, h.bob)
	if want := new(uint256.Int).Add(ptr(ethers(10)), &half); !mine.State.WeiUser.Eq(want) {
		t.Fatalf("Bob holds %s wei, want %s", mine.State.WeiUser.Dec(), want.Dec())
	}
	to := common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	if _, err := h.bob.eng.Withdraw(ctx, mine.State.WeiUser, uint256.Int{}, to); err != nil {
		t.Fatalf("Bob withdraws everything: %v", err)
	}
	if got, err := h.env.Client.BalanceAt(ctx, to, nil); err != nil || got.Cmp(mine.State.WeiUser.ToBig()) != 0 {
		t.Fatalf("Bob's wallet got %v (%v), want %s", got, err, mine.State.WeiUser.Dec())
	}
}
