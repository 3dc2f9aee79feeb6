package node

import (
	"crypto/ecdsa"
	"path/filepath"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/onion"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Review 8 attacks (h-mal8) on payments routed across hub-to-hub channels: Mallory at both ends of an
// honest hub H1 (its payer U upstream, a hub D downstream that H1 has a channel with), or a hub in the
// middle. Each test scripts her against real engines and asserts the SAFE outcome.

// mal8Hub is an honest hub H1 on the dev chain, its states signed in the test domain (they never go
// on-chain here: only preimages do, and the contract's record of revealed preimages is one for all
// channels), its watcher polling every poll, and two Mallorys: U, a user of H1 who pays through it, and
// D, a hub (the network announces her) that opened a channel with H1 and gave H1 500,000 wei of it.
type mal8Hub struct {
	env   *chaintest.Env
	clock *testClock
	h1    *testNode
	u, d  *mallory
	dKey  *ecdsa.PrivateKey
}

// startMal8Hub starts H1 with key and its Mallorys with keys uKey and dKey, on env; the clock starts at
// the chain's time.
func startMal8Hub(t *testing.T, env *chaintest.Env, clock *testClock, key, uKey, dKey *ecdsa.PrivateKey, poll time.Duration) *mal8Hub {
	t.Helper()
	a, err := chain.New(testCtx(t), chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: key,
		Confirmations: 2, PollInterval: poll})
	if err != nil {
		t.Fatal(err)
	}
	router := newStaticRouter()
	router.hub(t, dKey, routing.Policy{ExpiryDelta: 600})
	h1 := startNode(t, key, Hub, filepath.Join(t.TempDir(), "h1.db"), func(c *Config) {
		c.Chain, c.Clock, c.Router = a, clock.Now, router
		c.Collateral = &CollateralPolicy{Disabled: true}
	})
	waitFor(t, "H1's watcher to scan the chain once", func() bool { return h1.eng.watch.time.Load() != 0 })
	n := &mal8Hub{env: env, clock: clock, h1: h1, dKey: dKey,
		u: newMalloryUser(t, uKey, h1, clock), d: newMalloryUser(t, dKey, h1, clock)}
	if !isCountersign(n.u.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("U's credit was refused")
	}
	if !isCountersign(n.d.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(500_000)})) {
		t.Fatal("D's credit was refused")
	}
	return n
}

// forwardThrough has U pay 1,000 wei through H1 to D, her lock expiring at upExpiry and H1's at
// upExpiry - 600; it returns U's lock and the preimage (hers: she made the payment). D countersigns H1's
// lock and from then on refuses everything H1 proposes (its ExpireLock included).
func (n *mal8Hub) forwardThrough(t *testing.T, upExpiry uint64) (state.Lock, [32]byte) {
	t.Helper()
	pre := secretOf(t)
	h := state.Hashlock(pre)
	hops := []onion.Hop{hopTo(&n.h1.eng.cfg.Key.PublicKey, n.d.addr, *uint256.NewInt(1000), upExpiry-600)}
	l, note := n.u.onionLock(n.h1.eng.Address(), h, hops, sealedNote(t, n.u.key, &n.dKey.PublicKey, pre, 1000), 1000, upExpiry)
	if ans := n.u.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("H1 answered U's lock with %+v", ans)
	}
	waitFor(t, "H1 to forward the lock to D", func() bool { return len(n.d.latest().Locks) == 1 })
	n.d.setAnswer(refuseAll)
	return l, pre
}

// TestMal8UpstreamExpiryWaitsForTheChainsView (Mallory at both ends of H1, hub's loss, fixed): U pays D
// 1,000 wei through H1 (a hub-to-hub channel downstream). D countersigns H1's lock, never settles it and
// refuses H1's ExpireLock, and reveals the preimage on-chain in a block before her lock's expiry: the
// contract now pays her that lock from H1's channel whenever she exits. H1's watcher has not scanned that
// block yet (it was down and is catching up after a restart, its endpoint stalls, or confirmations are
// slow); it only polls hourly here. Once H1's clock is past U's lock's expiry, U proposes ExpireLock of it.
// H1 checked that expiry against its wall clock only, and the preimage was not in its store yet (L4), so
// it countersigned: U had her 1,000 wei back and D claimed 1,000 wei of H1's on-chain, a loss of the
// whole amount. A waiting forward's give-back already followed the chain's clock (expireWaiting); the
// upstream's own ExpireLock did not. Fixed (rule L5): a hub accepts the expiry of a lock it forwarded,
// while the forward is in flight, only once its chain view (the last confirmed block its watcher
// scanned) is past that lock's expiry; every reveal that could claim the downstream lock is then seen.
// With a watcher that keeps up, the upstream's ExpireLock goes through once the chain passes the expiry.
func TestMal8UpstreamExpiryWaitsForTheChainsView(t *testing.T) {
	ctx, env := minedEnv(t)
	head, err := env.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	clock := newClock()
	clock.now.Store(head.Time)
	lagging := startMal8Hub(t, env, clock, devchain.DevKey(0), devchain.DevKey(7), devchain.DevKey(8), time.Hour)
	keeping := startMal8Hub(t, env, clock, devchain.DevKey(9), devchain.DevKey(10), devchain.DevKey(11), 10*time.Millisecond)
	upExpiry := clock.Now() + 3600
	l, pre := lagging.forwardThrough(t, upExpiry)
	l2, _ := keeping.forwardThrough(t, upExpiry)

	reveal, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: lagging.dKey,
		Confirmations: 1, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reveal.RevealPreimage(ctx, pre); err != nil {
		t.Fatal(err)
	}
	at, err := reveal.Revealed(ctx, l.Hashlock)
	if err != nil || at == 0 || at > upExpiry-600 {
		t.Fatalf("D's reveal at %d (%v); her lock expires at %d", at, err, upExpiry-600)
	}

	clock.Advance(3601) // past U's lock's expiry by H1's clock
	ans := lagging.u.propose(nil, protocol.ExpireLock{ID: l.ID})
	if isCountersign(ans) {
		down := stored(t, lagging.h1, lagging.h1.eng.Address(), lagging.d.addr)
		t.Fatalf("LOSS: H1 countersigned U's ExpireLock; D's lock (%d open in H1's state with her) was claimable "+
			"on-chain since %d, before its expiry %d", len(down.Locks), at, upExpiry-600)
	}
	wantRefused(t, ans, ErrNotExpiredOnChain)
	if up := stored(t, lagging.h1, lagging.h1.eng.Address(), lagging.u.addr); len(up.Locks) != 1 {
		t.Fatalf("H1's channel with U holds %d locks, want U's", len(up.Locks))
	}

	// A hub whose watcher keeps up: refused while the chain's time is before the lock's expiry, then
	// accepted once its watcher saw the chain pass it.
	wantRefused(t, keeping.u.propose(nil, protocol.ExpireLock{ID: l2.ID}), ErrNotExpiredOnChain)
	if err := env.Chain.AdjustTime(3700 * time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the keeping hub to see the chain pass the expiry", func() bool {
		return keeping.h1.eng.watch.time.Load() > upExpiry
	})
	if ans := keeping.u.propose(nil, protocol.ExpireLock{ID: l2.ID}); !isCountersign(ans) {
		t.Fatalf("once the chain passed the expiry, H1 answered U's ExpireLock with %+v", ans)
	}
}
