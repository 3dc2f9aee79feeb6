package node

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// Review 14: Mallory against review 13's fixes (Floor.Reserved, snapshots that carry their floors,
// bumpFirst without a cut-off, rule B1 relaxed for a deposit).

// TestMal14BoundHubSecondRestoreNewChannelHeld (held): the hub, bounded by its backups, is restored from
// backup A (which does not hold Mallory's channel: she is not its user yet), so every channel A does not
// hold starts above A's AnyChannel floor, at RestoreSkip+1; it backs up again (B), still without her
// channel. Then Mallory, a user with a deposit, opens her channel, credits her deposit and pays the hub
// 1 wei a state, forty times, and the hub loses its data and is restored from B, its last backup, which
// records for her channel the AnyChannel floor RestoreSkip: the restored hub would sign her channel's
// nonces above RestoreSkip again. Held: B's marks cover her channel only up to that floor and, above it,
// the Bumps of the empty state: the hub signs her Bump at RestoreSkip+1 and answers everything after it
// Busy until a backup holding her channel is stored, so a restore from B finds nothing signed that it
// signs again differently. (Review 14 showed that a hub not bounded by its backups signs forty-odd states
// there that a restore from B signs again: a second restore from a backup that misses states is covered
// only by the bound, which every node that backs up runs with: node.Start.)
func TestMal14BoundHubSecondRestoreNewChannelHeld(t *testing.T) {
	secondRestoreNewChannel(t, true)
}

func secondRestoreNewChannel(t *testing.T, bound bool) {
	dir := t.TempDir()
	db := filepath.Join(dir, "hub.db")
	clock := newClock()
	edit := func(c *Config) {
		c.Clock = clock.Now
		if bound {
			boundConfig(c)
		}
	}
	hub := startNode(t, hubKey, Hub, db, edit)
	backups := backupNode(t, hub, hubKey, dir) // A: no channel of hers
	hub.stop()
	restoreStore(t, db, hubKey, backups)
	hub = startNode(t, hubKey, Hub, db, edit)
	saveNode(t, hub, hubKey, backups) // B: the hub's last backup, still no channel of hers

	signed := userSigned{} // restorebump_test.go: here the hub's
	m := newMalloryUser(t, devchain.DevKey(7), hub, clock)
	open := func(hub *testNode) {
		m.propose(nil, protocol.Bump{}) // answered Taken: the hub bumps her channel past its floor
		waitFor(t, "the hub's Bump of her channel", func() bool {
			r, err := hub.store.Latest(testCtx(t), hubAddr, m.addr)
			return err == nil && r.State.TxCountGlobal > backup.RestoreSkip
		})
		m.mu.Lock()
		m.ch = protocol.Channel{Latest: stored(t, hub, hubAddr, m.addr).SignedState}
		m.mu.Unlock()
		signed.add(m.latest().Latest.State)
	}
	step := func(u protocol.Update) bool {
		ans := m.propose(nil, u)
		if _, ok := ans.(protocol.Countersign); !ok {
			if !bound {
				t.Fatalf("her %T was not countersigned: %+v", u, ans)
			}
			return false
		}
		signed.add(m.latest().Latest.State)
		return true
	}
	open(hub)
	if step(protocol.Credit{Wei: deposited[0]}) {
		for range 40 {
			step(wei(1))
		}
	}
	before := m.latest().Latest.State.TxCountGlobal

	hub.stop()
	restoreStore(t, db, hubKey, backups) // from B
	hub = startNode(t, hubKey, Hub, db, edit)
	m.peer = hub.host.ID()
	if err := m.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	m.mu.Lock()
	m.ch = protocol.Channel{Latest: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: m.addr}}}
	m.mu.Unlock()
	open(hub)
	if bound {
		keepBackingUpNode(t, hub, hubKey, backups)
	}
	for _, u := range []protocol.Update{protocol.Credit{Wei: deposited[0]}, wei(2)} {
		deadline := time.Now().Add(5 * time.Second)
		for !step(u) { // Busy until a backup holding her channel is stored (bounded)
			if time.Now().After(deadline) {
				t.Fatalf("her %T after the restore is never countersigned", u)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	for _, p := range m.proposals() {
		signed.add(p.Proposal.State)
	}
	t.Logf("before the loss the hub signed up to %d; restored, it countersigned her payment at %d", before,
		m.latest().Latest.State.TxCountGlobal)
	for n, ss := range signed {
		if len(ss) > 1 {
			t.Fatalf("LOSS: Mallory holds %d different states signed by the hub at nonce %d (a channel new after a "+
				"restore starts at %d, the next backup's floor for it is RestoreSkip)", len(ss), n, backup.RestoreSkip+1)
		}
	}
}

// TestMal14BoundRestoredNodeSignsOnlyBumpsInTheWindowHeld (held): the user, bounded by its backups, is
// restored from backup A (latest N, floor F = N+RestoreSkip) and, before it signs anything, backed up
// again (B: latest N, floor F). Mallory, its hub, refuses its Bumps of N at F+1 and F+2: the user signed
// them. It loses its data and is restored from B: floor F, latest N. She proposes a payment of 1 wei to
// the user at F+2. Held: its marks are B's floors (F, latest N), and coverage takes above F only the Bumps
// of N: her payment is refused (beyond the backups), and she holds no two states of the user's signature
// at one nonce. (Review 14 showed that a user not bounded by its backups countersigns it, and proposes a
// payment at F+2 itself: covered only by the bound, which every node that backs up runs with.)
func TestMal14BoundRestoredNodeSignsOnlyBumpsInTheWindowHeld(t *testing.T) {
	b := boundUser(t)
	signsInTheWindow(t, b, func(user *testNode) *testNode { return restartBound(t, b, user) })
}

func signsInTheWindow(t *testing.T, b backedUp, restart func(*testNode) *testNode) {
	m, user := b.m, b.user
	f := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if isBump(p) {
			return refuseAll(p)
		}
		return m.countersign(p)
	})
	user.stop()
	restoreUserStore(t, b.dir, b.backups)
	// B: the restored store, backed up before the user starts.
	db := filepath.Join(b.dir, "user.db")
	st := openStore(t, db)
	if _, err := backup.NewSaver(b.backups, st, userKey, domain, testLogger()).Save(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	user = restart(user)
	bumpAt := func(n uint64) bool {
		for _, p := range m.proposals() {
			if isBump(p) && p.Proposal.State.TxCountGlobal == n {
				return true
			}
		}
		return false
	}
	waitFor(t, "the user's second Bump", func() bool { return bumpAt(f + 2) })
	signed := userSigned{}
	signed.addProposals(m)

	user.stop()
	restoreUserStore(t, b.dir, b.backups) // from B
	m.mu.Lock()
	m.ch = b.atBackup
	m.mu.Unlock()
	user = restart(user)
	ans := m.proposeAt(f+2, nil, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(1)})
	if _, ok := ans.(protocol.Countersign); ok {
		signed.add(m.latest().Latest.State)
	}
	t.Logf("her payment at F+2: %T %+v", ans, ans)
	signed.addProposals(m)
	signed.twice(t)
}

// TestMal14CallerBumpsFillTheBindingFreeze (freeze): the user, bounded by its backups, backs up at N
// (floor F) and loses its data. Restored, its channel is below its floor; Mallory, its hub, refuses every
// Bump. The user pays her once: bumpFirst makes its Bump at once for a caller's command (no retry delay),
// and again after each refusal, so one payment has the user sign Bumps at F+1..F+32 in a second, all
// refused and kept as binding, until maxBinding stops it (ErrTooManyRefused). Then she relents: she
// countersigns whatever the user proposes (an honest hub, which proposes no Bump of its own, can do no
// more). The user still cannot pay, ever: every command fails ErrTooManyRefused (a Bump included), the
// refused proposals stay bound until the peer countersigns one of the user's, and a restart loads them
// again; her own non-Bump proposals are refused (beyond the backups). Only her Bump at F+33 moves the
// channel. Before review 13's fix the user gave up after maxFailedBumps (4) Bumps; now 32 refusals make
// the freeze permanent. Safe outcome: once she countersigns, the user's next payment goes through. Fix:
// the window holds maxBinding+1 Bumps (backupbound.go asserts it) but propose stops at maxBinding refused:
// let a sole Bump of a channel below its restore floor pass propose's maxBinding check while its nonce is
// within restoreFloor+bumpWindow (it is the state a restore proposes there, so binding by it costs
// nothing), so the Bump at F+33 goes out and a relenting peer's countersignature unfreezes the channel;
// and space a caller's Bumps after the first failure by the retry delay as well (bumpFirst: bumpLater).
// Fixed both ways: a caller gets at most one Bump a second (the engine's own wait for their growing retry
// delays), and with maxBinding refused the Bump at the window's last nonce still goes (lastWindowBump).
func TestMal14CallerBumpsFillTheBindingFreeze(t *testing.T) {
	b := boundUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	floor := atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	m.setAnswer(refuseAll)
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	ctx, cancel := context.WithTimeout(testCtx(t), 8*time.Second)
	_, err := user.eng.Update(ctx, m.addr, wei(7))
	cancel()
	bumps := 0
	for _, p := range m.proposals() {
		if isBump(p) && p.Proposal.State.TxCountGlobal > floor {
			bumps++
		}
	}
	t.Logf("one payment while she refuses: %v; Bumps the user signed: %d", err, bumps)
	m.mu.Lock()
	m.ch = atBackup
	m.answer = m.countersign // she relents
	m.mu.Unlock()
	ctx, cancel = context.WithTimeout(testCtx(t), 4*time.Second)
	defer cancel()
	_, err = user.eng.Update(ctx, m.addr, wei(7))
	ans := m.propose(nil, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(1)}) // her own payment
	t.Logf("her own payment to the user: %T %+v", ans, ans)
	held := userSigned{}
	held.addProposals(m)
	held.twice(t)
	if err != nil {
		t.Fatalf("FREEZE: one payment had the restored user sign %d refused Bumps; Mallory now countersigns "+
			"everything and its backups go on, yet it cannot pay: %v", bumps, err)
	}
}

// TestMal14FullBindingDoesNotSpinHeld (held, no spin): as in TestMal14CallerBumpsFillTheBindingFreeze,
// the restored bounded user's channel is below its floor and Mallory refuses every Bump, while a caller
// keeps trying to pay. Feared: bumpRestored (no cut-off under the bound) and bumpFirst (a caller's command
// asks for a Bump) turn over the channel without end, signing Bump after Bump. Held: a caller gets at most
// one Bump a second (the engine's own wait for their growing retry delays), the engine costs next to no
// CPU meanwhile, and each refused Bump is one more of the at most bumpWindow the window holds.
func TestMal14FullBindingDoesNotSpinHeld(t *testing.T) {
	b := boundUser(t)
	m, user := b.m, b.user
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	m.setAnswer(refuseAll)
	user = restoreBoundUser(t, b, user)
	time.Sleep(200 * time.Millisecond)
	start, before, proposed := time.Now(), cpuTime(t), len(m.proposals())
	for range 8 { // a caller that keeps trying
		ctx, cancel := context.WithTimeout(testCtx(t), 500*time.Millisecond)
		_, _ = user.eng.Update(ctx, m.addr, wei(7))
		cancel()
		time.Sleep(100 * time.Millisecond)
	}
	used, took := cpuTime(t)-before, time.Since(start)
	bumps := 0
	for _, p := range m.proposals()[proposed:] {
		if !isBump(p) || p.Proposal.State.TxCountGlobal <= floor || p.Proposal.State.TxCountGlobal > floor+bumpWindow {
			t.Fatalf("the user signed %+v, not a Bump in its window", p.Proposal.State)
		}
		bumps++
	}
	t.Logf("CPU over %v with a caller retrying: %v; Bumps meanwhile: %d", took, used, bumps)
	if used > time.Second {
		t.Fatalf("SPIN: the refused channel cost %v of CPU in %v", used, took)
	}
	if limit := int(took/time.Second) + 2; bumps > limit {
		t.Fatalf("SPIN: the user signed %d Bumps in %v, more than one a second", bumps, took)
	}
}
