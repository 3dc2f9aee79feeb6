package node

import (
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/protocol"
)

// fundTokens puts 10 ether and 10 tokens in the hub's reserve, has Alice deposit 5 tokens and the hub
// collateralize Bob's channel with 5 tokens.
func (n *chainNet) fundTokens(t *testing.T) {
	t.Helper()
	ctx := testCtx(t)
	ten := ethers(10)
	if _, err := n.hubA.HubDeposit(ctx, ten.ToBig(), ten.ToBig()); err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Deposit(ctx, uint256.Int{}, ethers(5)); err != nil {
		t.Fatal(err)
	}
	if _, err := n.hub.eng.Collateralize(ctx, n.env.Bob.Addr, uint256.Int{}, ethers(5)); err != nil {
		t.Fatal(err)
	}
}

// passChallengeOnce reads user's channel on-chain and, the first time it is in dispute, moves the chain's
// clock past the challenge period; tests call it while they wait for an exit.
func (n *chainNet) passChallengeOnce(t *testing.T, user common.Address, advanced *bool) chain.OnChain {
	t.Helper()
	on, err := n.hubA.Channel(testCtx(t), n.env.Hub.Addr, user)
	if err != nil {
		t.Fatal(err)
	}
	if on.Status == chain.StatusDispute && !*advanced {
		if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
			t.Fatal(err)
		}
		*advanced = true
	}
	return on
}

// bobCrashesOnReceipt sets up a hub with Alice and Bob (tokens: Alice deposits 5, the hub collateralizes
// Bob with 5, Alice pays Bob 1), then has Alice pay Bob 2 more tokens while Bob crashes right after
// storing the state with the lock and its preimage, before his countersignature leaves. It returns the
// net, that payment's event at Bob, and the channel Alice's Pay reports on.
func bobCrashesOnReceipt(t *testing.T) (*chainNet, Event, chan error) {
	t.Helper()
	var armed atomic.Bool
	bobAddr := chaintest.NewActor("Bob", 3).Addr
	bobCrash := func(c *Config) {
		if crypto.PubkeyToAddress(c.Key.PublicKey) == bobAddr {
			c.crash = func(p CrashPoint) bool { return armed.Load() && p == CrashBeforeSends }
		}
	}
	n := startChainNetWith(t, &CollateralPolicy{Disabled: true}, bobCrash)
	ctx := testCtx(t)
	n.fundTokens(t)
	bobPub := &n.bob.eng.cfg.Key.PublicKey
	if _, err := n.alice.eng.Pay(ctx, Payment{To: bobPub, Token: ethers(1)}); err != nil {
		t.Fatal(err)
	}
	settled(t, n.bob)

	events := n.bob.eng.Subscribe(ctx)
	armed.Store(true)
	paid := make(chan error, 1)
	go func() {
		_, err := n.alice.eng.Pay(ctx, Payment{To: bobPub, Token: ethers(2), Memo: "the hub vanishes"})
		paid <- err
	}()
	for ev := range events {
		if ev.Kind == EventReceived {
			if ev.Memo != "the hub vanishes" {
				t.Fatalf("received %+v", ev)
			}
			return n, ev, paid
		}
	}
	t.Fatal("bob's events ended")
	return nil, Event{}, nil
}

// TestExitWithoutTheHub: Bob receives a payment (his EventReceived) and stops before he can settle it;
// the hub is gone for good. Restarted alone on his store, Bob exits on-chain: he reveals the preimage,
// puts the double-signed state holding the lock on-chain, waits out the challenge period, empties the
// channel and resolves the lock. His wallet gets exactly his balance plus the received lock, in tokens.
func TestExitWithoutTheHub(t *testing.T) {
	n, _, _ := bobCrashesOnReceipt(t)
	ctx := testCtx(t)
	n.bob.stop()
	n.hub.stop()

	bob := startNode(t, n.env.Bob.Key, User, n.userStore(n.env.Bob.Key), func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, n.bA, nil, nil
		c.Hub, c.HubPeer = n.env.Hub.Addr, n.hub.host.ID()
	})
	r, err := bob.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil || len(r.Locks) != 1 || !r.State.TokenUser.Eq(ptr(ethers(1))) {
		t.Fatalf("bob's stored state: %+v locks %v (%v); want 1 token and the open lock", r.State, r.Locks, err)
	}
	before := n.env.TokenBalance(n.env.Bob.Addr)
	type result struct {
		rep ExitReport
		err error
	}
	done := make(chan result, 1)
	go func() { rep, err := bob.eng.Exit(ctx); done <- result{rep, err} }()
	// Move the chain's clock past the challenge period once the exit is on-chain.
	advanced := false
	var res result
wait:
	for {
		select {
		case res = <-done:
			break wait
		case <-time.After(100 * time.Millisecond):
		}
		n.passChallengeOnce(t, n.env.Bob.Addr, &advanced)
	}
	if res.err != nil {
		t.Fatalf("exit: %v", res.err)
	}
	if res.rep.TxCount != r.State.TxCountGlobal || len(res.rep.Resolved) != 1 || len(res.rep.Unresolved) != 0 {
		t.Fatalf("exit report %+v; want state %d and the lock resolved", res.rep, r.State.TxCountGlobal)
	}
	got := new(big.Int).Sub(n.env.TokenBalance(n.env.Bob.Addr), before)
	three := ethers(3)
	if got.Cmp(three.ToBig()) != 0 {
		t.Fatalf("bob's wallet got %s token base units, want 3e18 (1 balance + 2 locked)", got)
	}
	on, err := n.bA.Channel(ctx, n.env.Hub.Addr, n.env.Bob.Addr)
	if err != nil || on.Status != chain.StatusOpen || on.TokenTotal.Sign() != 0 {
		t.Fatalf("channel after the exit: %+v (%v); want open and empty", on, err)
	}
	alicePub := &n.alice.eng.cfg.Key.PublicKey
	if _, err := bob.eng.Pay(ctx, Payment{To: alicePub, Wei: *uint256.NewInt(1)}); !errors.Is(err, ErrExiting) {
		t.Fatalf("a payment after the exit: %v, want ErrExiting", err)
	}
	// Restarted, the node still knows the channel exited (its off-chain state is over).
	bob.stop()
	bob = startNode(t, n.env.Bob.Key, User, n.userStore(n.env.Bob.Key), func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, n.bA, nil, nil
		c.Hub, c.HubPeer = n.env.Hub.Addr, n.hub.host.ID()
	})
	if _, err := bob.eng.Pay(ctx, Payment{To: alicePub, Wei: *uint256.NewInt(1)}); !errors.Is(err, ErrExiting) {
		t.Fatalf("a payment after the exit and a restart: %v, want ErrExiting", err)
	}
	// Exiting again starts nothing: the channel's off-chain states are spent.
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := bob.eng.Exit(ctx)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrExitRunning) || time.Now().After(deadline) { // its node may be following the exit still
			t.Fatalf("a second exit: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if on, err := n.bA.Channel(ctx, n.env.Hub.Addr, n.env.Bob.Addr); err != nil || on.Status != chain.StatusOpen {
		t.Fatalf("channel after a second exit: %+v (%v); want it left open", on, err)
	}
}

func ptr(v uint256.Int) *uint256.Int { return &v }

// TestHubChallengesAnOldExit: Alice starts an exit with an old double-signed state that gives her more
// than her latest; the hub, watching the chain, challenges with the latest, waits out the challenge
// period and empties the channel itself, which pays out what the latest says.
func TestHubChallengesAnOldExit(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true})
	ctx := testCtx(t)
	n.fundTokens(t)
	old, err := n.alice.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Pay(ctx, Payment{To: &n.bob.eng.cfg.Key.PublicKey, Token: ethers(4)}); err != nil {
		t.Fatal(err)
	}
	latest := settled(t, n.alice)
	if latest.State.TxCountGlobal <= old.State.TxCountGlobal || !old.State.TokenUser.Gt(&latest.State.TokenUser) {
		t.Fatalf("old state %d (%s token), latest %d (%s token)", old.State.TxCountGlobal, old.State.TokenUser.Dec(),
			latest.State.TxCountGlobal, latest.State.TokenUser.Dec())
	}
	// Alice stops her node (once the hub holds her latest state too: the settle's countersignature may
	// still be on its way) and cheats with her adapter.
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := n.hub.eng.Latest(ctx, n.env.Alice.Addr)
		if err == nil && r.State.TxCountGlobal == latest.State.TxCountGlobal {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub holds state %d (%v), alice %d", r.State.TxCountGlobal, err, latest.State.TxCountGlobal)
		}
		time.Sleep(10 * time.Millisecond)
	}
	n.alice.stop()
	before := n.env.TokenBalance(n.env.Alice.Addr)
	if _, err := n.aliceA.StartExitWithUpdate(ctx, &old.State, old.SigHub, old.SigUser); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(20 * time.Second)
	for {
		on, err := n.hubA.Channel(ctx, n.env.Hub.Addr, n.env.Alice.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if on.TxCountGlobal == latest.State.TxCountGlobal {
			if on.TokenUser.Cmp(latest.State.TokenUser.ToBig()) != 0 {
				t.Fatalf("exiting with %s token for alice, the latest says %s", on.TokenUser, latest.State.TokenUser.Dec())
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the exit still has state %d, want the hub's challenge with %d", on.TxCountGlobal, latest.State.TxCountGlobal)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The hub follows the exit through: once the challenge period is over it empties the channel itself.
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	for {
		on, err := n.hubA.Channel(ctx, n.env.Hub.Addr, n.env.Alice.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if on.Status == chain.StatusOpen && on.TokenTotal.Sign() == 0 {
			break
		}
		if time.Now().After(deadline.Add(20 * time.Second)) {
			t.Fatalf("the hub did not empty the channel: %+v", on)
		}
		time.Sleep(100 * time.Millisecond)
	}
	got := new(big.Int).Sub(n.env.TokenBalance(n.env.Alice.Addr), before)
	if got.Cmp(latest.State.TokenUser.ToBig()) != 0 {
		t.Fatalf("alice got %s token base units, the latest state gives her %s", got, latest.State.TokenUser.Dec())
	}
}

// TestHubSettlesUpstreamFromRevealedPreimage: Bob, who cannot reach the hub, reveals his payment's
// preimage on-chain (as his exit does); the hub, watching the chain, settles Alice's lock with it, so it
// is paid upstream for what Bob claims downstream, and Alice's payment succeeds.
func TestHubSettlesUpstreamFromRevealedPreimage(t *testing.T) {
	n, ev, paid := bobCrashesOnReceipt(t)
	ctx := testCtx(t)
	pre, err := n.bob.store.Preimage(ctx, ev.Hashlock)
	if err != nil {
		t.Fatal(err)
	}
	n.bob.stop()
	if _, err := n.bA.RevealPreimage(ctx, pre); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-paid:
		if err != nil {
			t.Fatalf("alice's payment: %v, want it settled by the revealed preimage", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("alice's payment never settled")
	}
	r := settled(t, n.alice)
	if want := ethers(2); !r.State.TokenUser.Eq(&want) { // 5 - 1 - 2
		t.Fatalf("alice holds %s token, want 2e18", r.State.TokenUser.Dec())
	}
}

// TestGuardRevealsAndExits: Bob holds a received lock the hub never countersigned the settle of, and
// nobody answers him. As the lock nears its expiry (his clock is moved there), his node reveals the
// preimage on-chain and exits the channel on its own; his wallet gets his balance and the lock.
func TestGuardRevealsAndExits(t *testing.T) {
	n, ev, _ := bobCrashesOnReceipt(t)
	ctx := testCtx(t)
	n.bob.stop()
	n.hub.stop()
	late := func() uint64 { return uint64(time.Now().Unix()) + 3600 - 600 - 100 } // 100 s before the lock expires
	before := n.env.TokenBalance(n.env.Bob.Addr)
	startNode(t, n.env.Bob.Key, User, n.userStore(n.env.Bob.Key), func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, n.bA, nil, late
		c.Hub, c.HubPeer = n.env.Hub.Addr, n.hub.host.ID()
	})
	deadline := time.Now().Add(30 * time.Second)
	advanced := false
	for {
		if at, err := n.bA.Revealed(ctx, ev.Hashlock); err == nil && at == 0 && time.Now().After(deadline) {
			t.Fatal("the preimage was never revealed")
		}
		on := n.passChallengeOnce(t, n.env.Bob.Addr, &advanced)
		got := new(big.Int).Sub(n.env.TokenBalance(n.env.Bob.Addr), before)
		if advanced && on.Status == chain.StatusOpen && got.Cmp(ptr(ethers(3)).ToBig()) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("channel %+v; bob's wallet got %s, want 3e18", on, got)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestExitWithTheHubFollowing: Alice exits while the hub is up; the hub follows the exit through too,
// and whichever empties the channel first, Alice's exit completes and pays her balance.
func TestExitWithTheHubFollowing(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true})
	n.fundTokens(t)
	ctx := testCtx(t)
	latest := settled(t, n.alice)
	before := n.env.TokenBalance(n.env.Alice.Addr)
	done := make(chan error, 1)
	go func() { _, err := n.alice.eng.Exit(ctx); done <- err }()
	advanced := false
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("exit: %v", err)
			}
			got := new(big.Int).Sub(n.env.TokenBalance(n.env.Alice.Addr), before)
			if got.Cmp(latest.State.TokenUser.ToBig()) != 0 {
				t.Fatalf("alice got %s, her latest state says %s", got, latest.State.TokenUser.Dec())
			}
			depositAfterExitRefused(t, n)
			return
		case <-time.After(100 * time.Millisecond):
		}
		n.passChallengeOnce(t, n.env.Alice.Addr, &advanced)
		if time.Now().After(deadline) {
			t.Fatal("the exit did not finish")
		}
	}
}

// TestExitAfterAMissedChallengePeriod: the hub, stopped, exits Alice's channel with an old state while
// she is offline for the whole challenge period. Back, her node cannot challenge any more; its exit
// skips the challenge and empties the channel (at the old state: what an unwatched user risks), rather
// than failing on every attempt.
func TestExitAfterAMissedChallengePeriod(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true})
	n.fundTokens(t)
	ctx := testCtx(t)
	old, err := n.alice.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Pay(ctx, Payment{To: &n.bob.eng.cfg.Key.PublicKey, Token: ethers(1)}); err != nil {
		t.Fatal(err)
	}
	settled(t, n.alice)
	n.alice.stop()
	n.hub.stop()
	if _, err := n.hubA.StartExitWithUpdate(ctx, &old.State, old.SigHub, old.SigUser); err != nil {
		t.Fatal(err)
	}
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	before := n.env.TokenBalance(n.env.Alice.Addr)
	alice := startNode(t, n.env.Alice.Key, User, n.userStore(n.env.Alice.Key), func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, n.aliceA, nil, nil
		c.Hub, c.HubPeer = n.env.Hub.Addr, n.hub.host.ID()
	})
	var rep ExitReport
	deadline := time.Now().Add(20 * time.Second)
	for {
		rep, err = alice.eng.Exit(ctx)
		if err == nil {
			break
		}
		if !errors.Is(err, ErrExitRunning) || time.Now().After(deadline) { // her node may be following it already
			t.Fatalf("exit after the challenge period: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	got := new(big.Int).Sub(n.env.TokenBalance(n.env.Alice.Addr), before)
	if rep.TxCount != old.State.TxCountGlobal || got.Cmp(old.State.TokenUser.ToBig()) != 0 {
		t.Fatalf("exit report %+v, alice got %s; want the old state %d paying %s", rep, got, old.State.TxCountGlobal, old.State.TokenUser.Dec())
	}
}

// TestExitWithAnExpiredPendingState (issue 9, case 3): the hub puts collateral in a state Bob
// countersigns, never applies it on-chain, pays Bob on top of it and goes away. Once the timeout passed,
// the contract still takes Bob's latest state, with the collateral undone (ADR 11): his exit keeps what
// he received after the pending state.
func TestExitWithAnExpiredPendingState(t *testing.T) {
	n := startChainNetWith(t, &CollateralPolicy{Disabled: true}, nil)
	ctx := testCtx(t)
	n.fundTokens(t)
	c := protocol.Collateral{Token: ethers(1), Timeout: n.env.Now() + 1300}
	if _, err := n.hub.eng.Update(ctx, n.env.Bob.Addr, c); err != nil {
		t.Fatalf("collateral state: %v", err)
	}
	if _, err := n.alice.eng.Pay(ctx, Payment{To: &n.bob.eng.cfg.Key.PublicKey, Token: ethers(2)}); err != nil {
		t.Fatalf("payment on top of the pending state: %v", err)
	}
	r := settled(t, n.bob)
	if r.State.Pending.IsZero() || !r.State.TokenUser.Eq(ptr(ethers(2))) {
		t.Fatalf("bob's state %+v; want the pending collateral and the 2 tokens received", r.State)
	}
	n.hub.stop()
	if err := n.env.Advance(2000); err != nil {
		t.Fatal(err)
	}
	before := n.env.TokenBalance(n.env.Bob.Addr)
	done := make(chan error, 1)
	var rep ExitReport
	go func() {
		var err error
		rep, err = n.bob.eng.Exit(ctx)
		done <- err
	}()
	advanced := false
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("exit: %v", err)
			}
			if rep.TxCount < r.State.TxCountGlobal {
				t.Fatalf("exited with state %d; want at least %d, the latest", rep.TxCount, r.State.TxCountGlobal)
			}
			got := new(big.Int).Sub(n.env.TokenBalance(n.env.Bob.Addr), before)
			if two := ethers(2); got.Cmp(two.ToBig()) != 0 {
				t.Fatalf("bob's wallet got %s token base units, want the 2e18 he received", got)
			}
			return
		case <-time.After(100 * time.Millisecond):
		}
		n.passChallengeOnce(t, n.env.Bob.Addr, &advanced)
	}
}

// depositAfterExitRefused: once Alice's channel exited, a deposit into it is refused before any
// transaction (it would sit in the contract uncredited), as is a deposit of nothing: her wallet pays no
// gas for either.
func depositAfterExitRefused(t *testing.T, n *chainNet) {
	t.Helper()
	ctx := testCtx(t)
	before, err := n.env.Client.BalanceAt(ctx, n.env.Alice.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Deposit(ctx, *uint256.NewInt(1e15), uint256.Int{}); !errors.Is(err, ErrExiting) {
		t.Fatalf("a deposit into the exited channel: %v, want ErrExiting", err)
	}
	if _, err := n.alice.eng.Deposit(ctx, uint256.Int{}, uint256.Int{}); !errors.Is(err, protocol.ErrZeroAmount) {
		t.Fatalf("a deposit of nothing: %v, want ErrZeroAmount", err)
	}
	after, err := n.env.Client.BalanceAt(ctx, n.env.Alice.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) != 0 {
		t.Fatalf("refused deposits cost Alice %s wei", new(big.Int).Sub(before, after))
	}
}
