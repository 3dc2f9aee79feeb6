package node

import (
	"crypto/cipher"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// chainClock is a test clock set to the time of env's chain head, so that lock expiries and block times
// compare.
func chainClock(t *testing.T, env *chaintest.Env) *testClock {
	t.Helper()
	head, err := env.Client.HeaderByNumber(testCtx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	clock := newClock()
	clock.now.Store(head.Time)
	return clock
}

// startMal8Hub starts H1 with key and its Mallorys with keys uKey and dKey, on env, all on clock (which
// the caller sets to the chain's time, so that lock expiries and block times compare).
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
	clock := chainClock(t, env)
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

// startMal8ChainHubs is startChainHubs (Alice on H1, H1 a user of H2, Bob on H2, all on the dev chain)
// with edit(name, c) applied last to each node's Config: "h1", "h2", "alice" and "bob".
func startMal8ChainHubs(t *testing.T, edit func(name string, c *Config)) *chainHubs {
	t.Helper()
	return startChainHubsWith(t, Fees{}, Fees{}, edit)
}

// TestMal8LateRevealIsClaimedUpstream (a hub in the middle reveals late, hub's funds frozen, fixed):
// Alice pays Bob 1,000 wei across H1 and H2. H2 learns the preimage from Bob, withholds it from H1, and
// reveals it on-chain only late, in time for H1's lock to H2 but seen by H1 only after Alice's lock to H1
// expired by H1's clock (H1's watcher lagged; here H1's and Alice's clocks are moved past that expiry
// before the reveal, which has the same effect). H1 learns the preimage and proposes to settle Alice's
// lock, which she must refuse (it expired); L4 refuses her ExpireLock. The contract pays that lock to H1
// (its preimage was revealed before its expiry), but H1's guard acted only on locks not yet expired: it
// never exited, and H1's 1,000 wei, paid to H2 on-chain, stayed frozen in the channel with Alice until
// its operator noticed. Fixed: the guard also claims a lock past its expiry whose preimage the chain
// shows revealed by then. H1 exits the channel with Alice and the lock's 1,000 wei reach its reserve.
func TestMal8LateRevealIsClaimedUpstream(t *testing.T) {
	clock := newClock()
	clock.now.Store(uint64(time.Now().Unix()))
	n := startMal8ChainHubs(t, func(name string, c *Config) {
		switch name {
		case "h1", "alice":
			c.Clock = clock.Now
		case "h2":
			c.withhold = func(common.Hash) bool { return true }
		}
	})
	ctx, alice := n.ctx, n.env.Alice.Addr
	events := n.bob.eng.Subscribe(ctx)
	go func() {
		_, _ = n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000),
			Via: []common.Address{n.h2Addr}})
	}()
	received := nextEvent(t, events, EventReceived)
	var pre [32]byte
	var err error
	waitFor(t, "H2 to learn the preimage from Bob", func() bool {
		pre, err = n.h2.store.Preimage(ctx, received.Hashlock)
		return err == nil
	})
	up, err := n.h1.eng.Latest(ctx, alice)
	if err != nil || len(up.Locks) != 1 {
		t.Fatalf("H1's channel with Alice: %d locks (%v)", len(up.Locks), err)
	}
	l := up.Locks[0]
	h1 := n.adapters[n.h1Addr]
	reserve, _, err := h1.Reserve(ctx, n.h1Addr)
	if err != nil {
		t.Fatal(err)
	}

	clock.Advance(l.Expiry - clock.Now() + 1) // H1 and Alice are past Alice's lock's expiry
	if _, err := n.adapters[n.h2Addr].RevealPreimage(ctx, pre); err != nil {
		t.Fatal(err)
	}
	if at, err := h1.Revealed(ctx, l.Hashlock); err != nil || at == 0 || at > l.Expiry-600 {
		t.Fatalf("H2's reveal at %d (%v), H1's lock to H2 expires at %d", at, err, l.Expiry-600)
	}
	waitFor(t, "H1 to learn the preimage from the chain", func() bool {
		_, err := n.h1.store.Preimage(ctx, l.Hashlock)
		return err == nil
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		on, err := h1.Channel(ctx, n.h1Addr, alice)
		if err != nil {
			t.Fatal(err)
		}
		if on.Status != chain.StatusOpen {
			break
		}
		if time.Now().After(deadline) {
			r, _ := n.h1.eng.Latest(ctx, alice)
			t.Fatalf("FREEZE: 20 s after H1 learned the preimage, its channel with Alice is still open on-chain with "+
				"%d locks; the contract would pay H1 Alice's lock (revealed before its expiry), yet H1 never claims it", len(r.Locks))
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(reserve, big.NewInt(1000))
	deadline = time.Now().Add(30 * time.Second)
	for {
		got, _, err := h1.Reserve(ctx, n.h1Addr)
		if err == nil && got.Cmp(want) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("H1's reserve is %s wei after the exit, want %s (Alice's lock resolved to H1)", got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestMal8RestartPairsTheRightUpstreamLock (Mallory downstream and as loopers, honest payer's channel
// exited, fixed): U pays 1,000 wei through H1 to D, a hub. D, who knows the payment's hashlock, has four
// more hubs of hers (M1..M4, each with a channel to H1) lock 1 wei to H1 with the same hashlock. H1 takes
// each as a payment looping back through it and gives it back at once (rule L3's exception for a hub's
// lock), but they refuse the give-back, so the four locks stay in H1's channels. H1 restarts (a deploy).
// It rebuilds its forwards by pairing received and sent locks by hashlock, and of several received locks
// with one hashlock it kept whichever its walk over the channels met first (a map: random) and left
// the others "to their expiry": four times in five, D's lock was paired with a looper's 1 wei. When D
// then settled, H1 settled the looper's lock (refused) and never U's: U's lock could only expire (L4
// refuses that once H1 holds the preimage), so with a chain H1's guard closed U's channel on-chain to
// claim it, and without one it stayed open for good. Fixed: a rebuilt forward keeps every received lock
// with its hashlock; a preimage learned settles all of them (a failure gives all of them back), and L5
// covers each.
func TestMal8RestartPairsTheRightUpstreamLock(t *testing.T) {
	loopers := []*ecdsa.PrivateKey{devchain.DevKey(10), devchain.DevKey(11), devchain.DevKey(12), devchain.DevKey(13)}
	n, ms, restart := startRestartableMal8Hub(t, loopers...)
	clock := n.clock
	l, pre := n.forwardThrough(t, clock.Now()+3600)
	for i, m := range ms {
		m.setAnswer(refuseAll)
		loop, note := m.lockWith(hubAddr, l.Hashlock, []byte("loop"), 1, clock.Now()+3000)
		if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: loop}); !isCountersign(ans) {
			t.Fatalf("H1 answered looper %d's lock with %+v", i, ans)
		}
		isCancel := func(u protocol.Update) bool { c, ok := u.(protocol.CancelLock); return ok && c.ID == loop.ID }
		waitFor(t, "H1 to give the looping lock back", func() bool { return m.proposed(isCancel) })
	}

	restart()
	down := n.d.latest().Locks[0]
	if ans := n.d.proposeUntilAnswered(nil, protocol.SettleLock{ID: down.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	isSettle := func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == l.ID }
	deadline := time.Now().Add(5 * time.Second)
	for !n.u.proposed(isSettle) {
		if time.Now().After(deadline) {
			t.Fatalf("after the restart H1 paid D but never settled U's lock (it paired D's lock with a looper's)")
		}
		time.Sleep(20 * time.Millisecond)
	}
	waitFor(t, "U's lock to be settled", func() bool { return len(n.u.latest().Locks) == 0 })
	if s := n.u.latest().Latest.State; s.WeiHub.Uint64() != 500_000+1000 {
		t.Fatalf("H1 holds %s wei in U's channel, want 501000", s.WeiHub.Dec())
	}
}

// startRestartableMal8Hub is the mal8 harness without a chain: H1 on a fixed address and store, U and D,
// and a Mallory for each key in more, each of them credited and giving H1 500,000 wei; the keys of D and
// of more are announced as hubs. restart stops H1, starts it again on its store and reconnects them all.
func startRestartableMal8Hub(t *testing.T, more ...*ecdsa.PrivateKey) (n *mal8Hub, ms []*mallory, restart func()) {
	t.Helper()
	clock := newClock()
	dir, addr := t.TempDir(), freeAddr(t).String()
	router := newStaticRouter()
	dKey := devchain.DevKey(8)
	for _, k := range append([]*ecdsa.PrivateKey{dKey}, more...) {
		router.hub(t, k, routing.Policy{ExpiryDelta: 600})
	}
	start := func() *testNode {
		return startNodeAt(t, hubKey, Hub, filepath.Join(dir, "h1.db"), addr, func(c *Config) { c.Clock, c.Router = clock.Now, router })
	}
	h1 := start()
	n = &mal8Hub{clock: clock, h1: h1, dKey: dKey, u: newMalloryUser(t, devchain.DevKey(7), h1, clock),
		d: newMalloryUser(t, dKey, h1, clock)}
	for _, k := range more {
		ms = append(ms, newMalloryUser(t, k, h1, clock))
	}
	for _, m := range append([]*mallory{n.u, n.d}, ms...) {
		if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(500_000)})) {
			t.Fatal("a credit was refused")
		}
	}
	restart = func() {
		t.Helper()
		n.h1.stop()
		n.h1 = start()
		for _, m := range append([]*mallory{n.u, n.d}, ms...) {
			m.peer = n.h1.host.ID()
			if err := m.host.Connect(testCtx(t), n.h1.host.AddrInfo()); err != nil {
				t.Fatal(err)
			}
		}
	}
	return n, ms, restart
}

// freshKeyLocks builds Mallory's proposal of protocol.MaxUpdates one-wei locks at her next nonce, each
// onion layer for the hub sealed with a fresh key, to next but the last, which goes to a stranger.
func (m *mallory) freshKeyLocks(t *testing.T, next, stranger, payee *ecdsa.PublicKey, expiry uint64) ([]protocol.Note, []protocol.Update) {
	t.Helper()
	nonce := m.latest().Latest.State.TxCountGlobal + 1
	var updates []protocol.Update
	var notes []protocol.Note
	for i := range uint64(protocol.MaxUpdates) {
		pre := secretOf(t)
		to := next
		if i == protocol.MaxUpdates-1 {
			to = stranger
		}
		hops := []onion.Hop{hopTo(&hubKey.PublicKey, addrOf(&ecdsa.PrivateKey{PublicKey: *to}), *uint256.NewInt(1), expiry-600)}
		packet, err := onion.Build(state.Hashlock(pre), hops, sealedNote(t, m.key, payee, pre, 1), nil) // a fresh key
		if err != nil {
			t.Fatal(err)
		}
		id := nonce<<lockIDShift | i
		updates = append(updates, protocol.AddLock{Lock: state.Lock{ID: id, AmountWei: *uint256.NewInt(1),
			Hashlock: state.Hashlock(pre), Expiry: expiry}})
		notes = append(notes, protocol.Note{LockID: id, Recipient: hubAddr, Payload: packet})
	}
	return notes, updates
}

// countDerivations counts the onion key derivations of every engine while f runs (tests in this
// package do not run in parallel).
func countDerivations(t *testing.T, f func()) int {
	t.Helper()
	var n atomic.Int64
	saved := onionKey
	onionKey = func(priv *ecdsa.PrivateKey, header []byte) (cipher.AEAD, error) { n.Add(1); return saved(priv, header) }
	defer func() { onionKey = saved }()
	f()
	return int(n.Load())
}

// TestMal8PayerCannotMakeTheHubDeriveKeys (a payer, or a stranger, spends the hub's loop, fixed): the hub
// peels a lock's onion layer in its loop, before protocol.Accept (S1) looks at the proposer's balance,
// and derives a key (an ECDH, 43 us in BenchmarkPeel) for every layer sealed with a key it has not
// cached. A payer's node seals its first layer with its own key, derived once and cached; Mallory seals
// each of her 1,024 locks with a fresh key instead, 1 wei each to Bob, the last to a stranger so that the
// proposal is refused after all the others were peeled. Every such proposal cost the loop 1,024 key
// derivations (the hub answered in 75 ms instead of 13) and stored nothing; 16 MiB/s of them (the
// transport's byte rate per peer) is more than the loop can do. A key with no funds that announces
// itself as a hub (one gossip message) got as far: a hub's locks are peeled with fresh keys, and S1
// refused them only afterwards. Fixed (H5): a layer from a payer (a peer that is not a hub), or from a
// peer whose channel the hub has not stored, must be sealed with the proposer's own key, checked before
// any derivation. Hubs with a channel still seal with fresh keys, one derivation a lock.
func TestMal8PayerCannotMakeTheHubDeriveKeys(t *testing.T) {
	clock := newClock()
	router := newStaticRouter()
	strangerKey := devchain.DevKey(11)
	router.hub(t, strangerKey, routing.Policy{ExpiryDelta: 600}) // announced, no channel, no funds
	n := startHubNetWith(t, func(c *Config) { c.Clock, c.Router = clock.Now, router }, 500_000)
	bob := &n.users[0].eng.cfg.Key.PublicKey
	nobody := &devchain.DevKey(9).PublicKey
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if !isCountersign(m.propose(nil, protocol.Credit{Wei: deposited[0]})) {
		t.Fatal("Mallory's credit was refused")
	}
	exp := clock.Now() + 3600

	notes, updates := m.freshKeyLocks(t, bob, nobody, &userKey.PublicKey, exp)
	before := stored(t, n.hub, hubAddr, m.addr)
	var ans protocol.Message
	start := time.Now()
	derived := countDerivations(t, func() { ans = m.proposeOnce(notes, updates...) })
	t.Logf("the hub answered %d locks with fresh-key layers in %v, %d key derivations", len(updates), time.Since(start), derived)
	if derived > 1 {
		t.Fatalf("Mallory's one proposal made the hub derive %d keys", derived)
	}
	wantRefused(t, ans, ErrCannotForward)
	wantReject(t, ans.(protocol.Reject), fmt.Sprintf("lock %d: ", updates[0].(protocol.AddLock).Lock.ID))
	wantReject(t, ans.(protocol.Reject), "sealed with the payer's own key")
	if after := stored(t, n.hub, hubAddr, m.addr); after.State != before.State {
		t.Fatal("the refused proposal changed the stored state")
	}

	s := newMalloryUser(t, strangerKey, n.hub, clock) // the announced stranger
	notes, updates = s.freshKeyLocks(t, bob, nobody, &userKey.PublicKey, exp)
	derived = countDerivations(t, func() { ans = s.forge(notes, updates...) }) // she cannot fund them: S1 refuses
	if _, ok := ans.(protocol.Reject); !ok || derived > 1 {
		t.Fatalf("the stranger's proposal: %T, %d key derivations", ans, derived)
	}

	// A layer sealed with her own key, as a payer's node seals it, is forwarded and Bob is paid. (The
	// hub's settle may reach her before her proposal's answer has: she countersigns it on top.)
	m.setAnswer(m.countersignOnTop)
	pre := secretOf(t)
	hops := []onion.Hop{hopTo(&hubKey.PublicKey, n.users[0].eng.Address(), *uint256.NewInt(1000), exp-600)}
	l, note := m.onionLock(hubAddr, state.Hashlock(pre), hops, sealedNote(t, m.key, &userKey.PublicKey, pre, 1000), 1000, exp)
	if ans := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("the hub answered her own-key lock with %+v", ans)
	}
	waitFor(t, "her lock to settle", func() bool { return len(m.latest().Locks) == 0 })
	waitFor(t, "Bob to be paid", func() bool {
		r := n.channelOf(t, n.users[0])
		return len(r.Locks) == 0 && r.State.WeiUser.Uint64() == 501_000
	})
}
