package node

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// Review 9 attacks (h-mal9) on the rules and mechanisms of the day: restore floors, rule L6, the
// stuck-expiry exit, the payee cache and the journal's backpressure. Each test scripts Mallory against
// real engines and asserts the SAFE outcome.

// stuckDecided reports whether n's engine decided to exit its channel with peer for a stuck expiry
// (with ManualExit: warned that it would).
func stuckDecided(t *testing.T, n *mal8Hub) bool {
	t.Helper()
	var stuck bool
	if err := n.h1.eng.query(testCtx(t), func() {
		if ch := n.h1.eng.channels[n.d.addr]; ch != nil {
			stuck = ch.stuck
		}
	}); err != nil {
		t.Fatal(err)
	}
	return stuck
}

// TestMal9StuckExpiryAnsweredOtherwise (Mallory as a payee, hub's funds frozen, fixed): U pays D 1,000
// wei through H1. D countersigns H1's lock, never settles it and, once it expired, answers H1's
// ExpireLock not with a refusal (that one is exited, TestStuckLockExit) but with CodeBusy every time:
// the same proposal goes out again later, for ever, its command never finished, so H1 never counted the
// expiry as refused, never exited, and the lock and H1's collateral in the channel stayed frozen off-chain
// while the chain gave the lock back to H1 since its expiry. Taken (32 times: the channel's proposals then
// fail with ErrTooManyRefused, not ErrRejected), Behind, or a countersignature that does not verify end
// the same way. Safe outcome: a peer that answers the ExpireLock with anything but a countersignature is a
// peer that answers, not one that may be offline; StuckExit past the expiry by the chain's clock, H1
// exits (here, with ManualExit, it decides to and says so).
func TestMal9StuckExpiryAnsweredOtherwise(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer func(*mal8Hub) func(protocol.Propose) protocol.Message
	}{
		{"busy", func(*mal8Hub) func(protocol.Propose) protocol.Message { return busy }},
		{"taken", func(n *mal8Hub) func(protocol.Propose) protocol.Message {
			return takenAt(n.d.latest().Latest.State.TxCountGlobal + 1)
		}},
		{"behind", func(*mal8Hub) func(protocol.Propose) protocol.Message {
			return func(p protocol.Propose) protocol.Message {
				return protocol.Reject{TxCountGlobal: p.Proposal.State.TxCountGlobal, Code: protocol.CodeBehind, Reason: "behind"}
			}
		}},
		{"a bad countersignature", func(*mal8Hub) func(protocol.Propose) protocol.Message {
			return func(p protocol.Propose) protocol.Message {
				return protocol.Countersign{TxCountGlobal: p.Proposal.State.TxCountGlobal, Sig: p.Proposal.SigHub}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, env := minedEnv(t)
			clock := chainClock(t, env)
			start := clock.Now()
			n := startMal8Hub(t, env, clock, devchain.DevKey(0), devchain.DevKey(7), devchain.DevKey(8), 10*time.Millisecond)
			if err := n.h1.eng.query(ctx, func() { n.h1.eng.cfg.ManualExit = true }); err != nil {
				t.Fatal(err)
			}
			upExpiry := clock.Now() + 3600
			n.forwardThrough(t, upExpiry)
			n.d.setAnswer(tc.answer(n))
			past := upExpiry - 600 + n.h1.eng.cfg.StuckExit + 60
			clock.Advance(past - clock.Now())
			if err := env.Chain.AdjustTime(time.Duration(past-start) * time.Second); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "H1 to see the chain pass the lock's expiry and StuckExit", func() bool {
				return n.h1.eng.watch.time.Load() > past
			})
			deadline := time.Now().Add(60 * time.Second)
			for !stuckDecided(t, n) {
				if time.Now().After(deadline) {
					t.Fatalf("FREEZE: D answers H1's ExpireLock %s (%d proposals), the lock %d s past its expiry by the "+
						"chain, and H1 does not exit", tc.name, len(n.d.proposals()), n.h1.eng.watch.time.Load()-(upExpiry-600))
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
}

// TestMal9LockIDsFollowTheNonceThroughResendsAndRestarts (held): rule L6 refuses a new lock whose id
// does not carry its proposal's nonce, so a lock an honest node proposes again at another nonce must get
// a new id, or the honest payment fails at every honest peer. Mallory, a hub, answers the user's lock
// proposal Busy; the user restarts and resends it as stored (same nonce, same id); she then answers it
// Taken naming a nonce three above, and the user proposes it again there; she countersigns that one.
// Safe outcome: every lock in every proposal she saw has id >> 10 == the proposal's nonce, and the lock
// she countersigned is in the user's state with the id of its nonce.
func TestMal9LockIDsFollowTheNonceThroughResendsAndRestarts(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, clock, nil)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}); err != nil {
		t.Fatal(err)
	}
	pre := secretOf(t)
	lock := state.Lock{AmountWei: *uint256.NewInt(1000), Hashlock: state.Hashlock(pre), Expiry: clock.Now() + 3600}
	m.setAnswer(busy)
	base := len(m.proposals())
	go func() { _, _ = user.eng.Update(testCtx(t), m.addr, protocol.AddLock{Lock: lock}) }()
	waitFor(t, "the user's lock proposal", func() bool { return len(m.proposals()) > base })
	first := m.proposals()[base].Proposal.State.TxCountGlobal
	user = restartMalloryUser(t, m, user, dir, clock)
	seen := len(m.proposals())
	waitFor(t, "the restarted user's resend", func() bool { return len(m.proposals()) > seen })
	lift := first + 3
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if p.Proposal.State.TxCountGlobal <= lift {
			return takenAt(lift)(p)
		}
		return m.countersign(p)
	})
	waitFor(t, "the lock countersigned above her Taken", func() bool {
		return len(stored(t, user, m.addr, userAddr).Locks) == 1
	})
	resent := false
	for _, p := range m.proposals() {
		nonce := p.Proposal.State.TxCountGlobal
		resent = resent || nonce > lift
		for _, u := range p.Updates {
			if a, ok := u.(protocol.AddLock); ok && a.Lock.ID>>lockIDShift != nonce {
				t.Fatalf("the user proposed lock %d at nonce %d: its id carries nonce %d (L6 refuses it)", a.Lock.ID, nonce,
					a.Lock.ID>>lockIDShift)
			}
		}
	}
	r := stored(t, user, m.addr, userAddr)
	if !resent || r.Locks[0].ID>>lockIDShift != r.State.TxCountGlobal || r.State.TxCountGlobal <= lift {
		t.Fatalf("the user's lock %d in its state at nonce %d (first proposed at %d, lifted above %d)", r.Locks[0].ID,
			r.State.TxCountGlobal, first, lift)
	}
}

// backupUser backs the user's store up in dir/backups and returns the backend.
func backupUser(t *testing.T, user *testNode, dir string) backup.Backend {
	t.Helper()
	return backupNode(t, user, userKey, dir)
}

// backupNode backs n's store up, with n's key, in dir/backups and returns the backend.
func backupNode(t *testing.T, n *testNode, key *ecdsa.PrivateKey, dir string) backup.Backend {
	t.Helper()
	backups, err := backup.NewDir(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := backup.NewSaver(backups, n.store, key, domain, testLogger()).Save(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	return backups
}

// restoreMalloryUser stops the user, deletes its data directory's store, restores it from backups and
// starts it again, connected to Mallory.
func restoreMalloryUser(t *testing.T, m *mallory, user *testNode, dir string, backups backup.Backend, clock *testClock) *testNode {
	t.Helper()
	user.stop()
	restoreUserStore(t, dir, backups)
	return restartMalloryUser(t, m, user, dir, clock)
}

// restoreUserStore deletes the user's store in dir and restores it from backups (the user is stopped).
func restoreUserStore(t *testing.T, dir string, backups backup.Backend) {
	t.Helper()
	restoreStore(t, filepath.Join(dir, "user.db"), userKey, backups)
}

// restoreStore deletes the store db of a stopped node and restores it from backups with the node's key.
func restoreStore(t *testing.T, db string, key *ecdsa.PrivateKey, backups backup.Backend) {
	t.Helper()
	files, _ := filepath.Glob(db + "*")
	for _, f := range files {
		if err := os.Remove(f); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t, db)
	if _, err := backup.Restore(testCtx(t), backups, key, st, domain); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// restorePairUser stops the pair's user, deletes its data directory's store, restores it from backups and
// starts it again, connected to the pair's hub.
func restorePairUser(t *testing.T, p pair, dir string, backups backup.Backend) *testNode {
	t.Helper()
	p.user.stop()
	restoreUserStore(t, dir, backups)
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, p.hub.host.ID()
	})
	if err := user.host.Connect(testCtx(t), p.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return user
}

// TestMal9ChannelOpenedAfterTheBackup (user's double signature): the user's backup was taken before its
// channel with Mallory, its hub, had a state (a new node backs up at once; a hub's backup lags the
// channels its new users open). The user then credits its deposit and pays her 500,000 wei (nonce 1)
// and 1,000 more (nonce 2), and loses its data. Restored, it knows no channel with her, and the restore
// recorded no floor for one: she proposes at nonce 1 her own first state, the deposit credited and
// nothing paid; countersigned, she would hold two states of the user's signature at nonces it signed
// before. Safe outcome: a restore floors every channel, those the backup does not hold too (their latest
// is 0, so RestoreSkip): her proposal is answered Taken; she cannot propose above the floor (her lifts
// stop below it), so the user bumps the channel past it (a Bump of the zero state at the floor plus one,
// which she countersigns) and her proposal above that is countersigned.
func TestMal9ChannelOpenedAfterTheBackup(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, clock, nil)
	backups := backupUser(t, user, dir)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}, wei(500_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
		t.Fatal(err)
	}
	user = restoreMalloryUser(t, m, user, dir, backups, clock)
	zero := state.ChannelState{Hub: m.addr, User: userAddr}
	m.mu.Lock()
	m.ch = protocol.Channel{Latest: state.SignedState{State: zero}}
	m.mu.Unlock()
	seen := len(m.proposals())
	wantTaken(t, m.proposeOnce(nil, protocol.Credit{Wei: deposited[0]}), backup.RestoreSkip,
		"the restored user, for a first state of a channel it had signed states of after its backup")
	bumped := zero
	bumped.TxCountGlobal = backup.RestoreSkip + 1
	waitFor(t, "the user's Bump past its floor, countersigned", func() bool {
		r, err := user.store.Latest(testCtx(t), m.addr, userAddr)
		return err == nil && r.State == bumped
	})
	if ps := m.proposals()[seen:]; len(ps) != 1 || len(ps[0].Updates) != 1 || ps[0].Updates[0] != (protocol.Bump{}) {
		t.Fatalf("the user's proposals after her Taken one: %+v, want one Bump", ps)
	}
	// Past its Bump, the restored user signs nothing in the Bump window above its floor (channel.floor).
	top := uint64(backup.RestoreSkip + bumpWindow)
	wantTaken(t, m.proposeOnce(nil, protocol.Credit{Wei: deposited[0]}), top, "the restored user, in its Bump window")
	if ans, ok := m.proposeAt(top+1, nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatalf("her proposal above the floor: %#v, want a countersignature", ans)
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(1)); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != top+2 {
		t.Fatalf("the user's own payment after the restore is at nonce %d, want %d", got, top+2)
	}
}

// TestMal9RestoredHubTakesNewUsers (held, the cost of the floor of channels a backup does not hold): a
// hub restored from a backup that holds no channel floors every channel at RestoreSkip, a new user's
// too. Safe outcome: a user that never met it credits its deposit and pays it (its first proposal is
// answered Taken and proposed again above the floor), and the hub pays the user back: both directions
// work, above the floor.
func TestMal9RestoredHubTakesNewUsers(t *testing.T) {
	dir := t.TempDir()
	hubDB := filepath.Join(dir, "hub.db")
	hub := startNode(t, hubKey, Hub, hubDB, nil)
	backups := backupNode(t, hub, hubKey, dir)
	hub.stop()
	restoreStore(t, hubDB, hubKey, backups)
	hub = startNode(t, hubKey, Hub, hubDB, nil)
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, hub.host.ID()
	})
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if _, err := user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatalf("a new user's first payment to the restored hub: %v", err)
	}
	if _, err := hub.eng.Update(testCtx(t), userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(10)}); err != nil {
		t.Fatalf("the restored hub's payment to its new user: %v", err)
	}
	if got := stored(t, user, hubAddr, userAddr).State.TxCountGlobal; got <= backup.RestoreSkip {
		t.Fatalf("the new channel's latest is at nonce %d, at or below the restored hub's floor %d", got, backup.RestoreSkip)
	}
}

// TestMal9RestoredProposalIsNotPaidTwice (user pays twice): the user pays its hub 1,000 wei; the hub
// answers Busy for a while, and the user's backup is taken meanwhile, holding that proposal as
// outstanding at nonce N+1. The hub then countersigns it, and the user pays 7 wei more (N+2). The user
// loses its data and is restored: its latest is N, its outstanding proposal the 1,000 wei at N+1, which
// it sends again. The hub, at N+2, answers with a Sync of its latest (as an honest hub does to a proposal
// below it); the user adopts N+2, which holds the 1,000 wei payment, and queues that payment again on top.
// Safe outcome: the hub is paid 1,000 wei once: no later proposal of the user pays it again.
func TestMal9RestoredProposalIsNotPaidTwice(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, clock, nil)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}); err != nil {
		t.Fatal(err)
	}
	m.setAnswer(busy)
	base := len(m.proposals())
	paid := make(chan error, 1)
	go func() { _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); paid <- err }()
	waitFor(t, "the user's payment", func() bool { return len(m.proposals()) > base })
	pNonce := m.proposals()[base].Proposal.State.TxCountGlobal
	backups := backupUser(t, user, dir)
	m.setAnswer(m.countersign)
	if err := <-paid; err != nil {
		t.Fatal(err)
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatal(err)
	}
	after := m.latest()
	m.setAnswer(func(protocol.Propose) protocol.Message {
		m.mu.Lock()
		defer m.mu.Unlock()
		return protocol.Sync{Latest: m.ch.Latest, Locks: m.ch.Locks, Threads: m.ch.Threads}
	})
	seen := len(m.proposals())
	user = restoreMalloryUser(t, m, user, dir, backups, clock)
	waitFor(t, "the restored user to adopt her latest", func() bool {
		return stored(t, user, m.addr, userAddr).State.TxCountGlobal == after.Latest.State.TxCountGlobal
	})
	m.setAnswer(m.countersign)
	time.Sleep(2 * time.Second) // a payment queued again goes out within its backoff (at most a second)
	for _, p := range m.proposals()[seen:] {
		if p.Proposal.State.TxCountGlobal == pNonce {
			continue // the stored proposal resent as it was: nothing new signed
		}
		for _, u := range p.Updates {
			if tr, ok := u.(protocol.Transfer); ok && !tr.ToUser && tr.Wei.Eq(uint256.NewInt(1000)) {
				t.Fatalf("LOSS: after adopting the state that holds its payment, the restored user pays the 1,000 wei "+
					"again at nonce %d", p.Proposal.State.TxCountGlobal)
			}
		}
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(3)); err != nil {
		t.Fatalf("the restored user's next payment: %v", err)
	}
	got, want := m.latest().Latest.State.WeiUser, new(uint256.Int).SubUint64(&after.Latest.State.WeiUser, 3)
	if !got.Eq(want) {
		t.Fatalf("the user's balance with her is %s wei after its next payment of 3, want %s", got.Dec(), want.Dec())
	}
}

// pairAheadOfItsBackup starts a pair in dir whose user credits its deposit and pays the hub 1,000 wei
// (nonce N), backs up, and pays it 100 wei twice more: the hub is two states ahead of the backup. It
// returns the pair, N and the backups.
func pairAheadOfItsBackup(t *testing.T, dir string) (pair, uint64, backup.Backend) {
	t.Helper()
	p := startPair(t, dir)
	if _, err := p.user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatal(err)
	}
	n := stored(t, p.user, hubAddr, userAddr).State.TxCountGlobal
	backups := backupUser(t, p.user, dir)
	for range 2 {
		if _, err := p.user.eng.Update(testCtx(t), hubAddr, wei(100)); err != nil {
			t.Fatal(err)
		}
	}
	return p, n, backups
}

// TestMal9RestoredUserCatchesUpWithItsHub (user's channel frozen by the restore floor, fixed): the user
// backs up at nonce N, pays its honest hub twice more (N+1, N+2) and loses its data. Restored, it pays
// the hub again: its proposal goes above its floor, N+RestoreSkip+1, built on N, while the hub is at N+2.
// Before the floor such a proposal was at or below the hub's latest, answered with a Sync of it, which the
// user adopted. Now the hub answers Behind (the proposal does not follow from its latest), the user
// pushes its latest, which the hub answers with a Sync of its own, dropped, and resends; the hub refuses
// it. Every payment of the user failed so, the channel frozen until the hub proposed something itself.
// Safe outcome: the user adopts the state the hub answers its push with (it signed it) and proposes the
// payment again on top of it, above the floor; both hold the same latest state, every payment counted
// once.
func TestMal9RestoredUserCatchesUpWithItsHub(t *testing.T) {
	dir := t.TempDir()
	p, n, backups := pairAheadOfItsBackup(t, dir)
	ctx := testCtx(t)
	user := restorePairUser(t, p, dir, backups)
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if _, err := user.eng.Update(pctx, hubAddr, wei(5)); err != nil {
		t.Fatalf("FREEZE: the restored user's payment to its hub, two states ahead: %v", err)
	}
	u, h := stored(t, user, hubAddr, userAddr).State, stored(t, p.hub, hubAddr, userAddr).State
	if u != h || u.TxCountGlobal <= n+backup.RestoreSkip {
		t.Fatalf("the user's latest (nonce %d) and the hub's (nonce %d) differ or are not above the floor %d",
			u.TxCountGlobal, h.TxCountGlobal, n+backup.RestoreSkip)
	}
	want := new(uint256.Int).SubUint64(&deposited[0], 1000+200+5)
	if !u.WeiUser.Eq(want) {
		t.Fatalf("the user holds %s wei, want %s (every payment once)", u.WeiUser.Dec(), want.Dec())
	}
}
