package node

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// TestStuckLockExit (Mallory as a payee, hub's funds frozen without the rule): Alice pays Bob 1,000 wei
// through the hub. Bob countersigns the hub's lock, keeps its secret to himself (no settle, no reveal
// on-chain) and refuses every ExpireLock the hub proposes once it expired (his clock stands still). The
// lock is the hub's on-chain from its expiry on, but off-chain it stayed open for good: the hub retried
// every 5 minutes and never acted, its 1,000 wei and the rest of its collateral in Bob's channel frozen
// until its operator noticed. Safe outcome (StuckExit): StuckExit past the expiry by the chain's clock,
// the hub exits the channel on-chain, and the lock, its preimage never revealed, goes back to the hub's
// reserve with the hub's balance.
func TestStuckLockExit(t *testing.T) {
	var bobClock uint64
	clock := newClock() // the hub's and Alice's, moved with the chain's
	n := startChainNetWith(t, &CollateralPolicy{Disabled: true}, func(c *Config) {
		if crypto.PubkeyToAddress(c.Key.PublicKey) != chaintest.NewActor("Bob", 3).Addr {
			c.Clock = clock.Now
			return
		}
		c.Clock = func() uint64 { return bobClock } // his clock stands still: he never sees the lock expire
		c.holdSettle = func(common.Hash) bool { return true }
	}, func(c *Config) { c.StuckExit, c.Clock = 120, clock.Now })
	ctx := testCtx(t)
	head, err := n.env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	bobClock = head.Time
	clock.now.Store(head.Time)
	one := ethers(1)
	if _, err := n.hubA.HubDeposit(ctx, one.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*testNode{n.alice, n.bob} {
		if _, err := u.eng.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := n.hub.eng.Collateralize(ctx, n.env.Bob.Addr, *uint256.NewInt(5000), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	reserve, _, err := n.hubA.Reserve(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	events := n.bob.eng.Subscribe(ctx)
	go func() { _, _ = n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000)}) }()
	nextEvent(t, events, EventReceived)
	var down state.Record
	waitFor(t, "the hub to store Bob's countersignature of its lock", func() bool {
		down, err = n.hub.eng.Latest(ctx, n.env.Bob.Addr)
		return err == nil && len(down.Locks) == 1
	})
	hubWei := down.State.WeiHub.Uint64()

	clock.Advance(4000) // past the lock's expiry and StuckExit after it, off-chain and on-chain
	if err := n.env.Advance(4000); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		on, err := n.hubA.Channel(ctx, n.env.Hub.Addr, n.env.Bob.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if on.Status != chain.StatusOpen {
			break
		}
		if time.Now().After(deadline) {
			r, _ := n.hub.eng.Latest(ctx, n.env.Bob.Addr)
			t.Fatalf("FREEZE: the channel with Bob is still open on-chain with %d locks, long past the lock's expiry", len(r.Locks))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(reserve, new(big.Int).SetUint64(hubWei+1000))
	deadline = time.Now().Add(30 * time.Second)
	for {
		got, _, err := n.hubA.Reserve(ctx, n.env.Hub.Addr)
		if err == nil && got.Cmp(want) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub's reserve is %s wei after the exit, want %s (its %d wei in the channel and the expired lock's 1,000)",
				got, want, hubWei)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
