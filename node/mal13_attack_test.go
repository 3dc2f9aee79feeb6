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

// Review 13: Mallory against review 12's fixes (fc5b386, 84a7e97): the Bump window above a restore floor,
// its reservation once a restored channel's latest moves (channel.floor), bumpFirst and crossedBump.

// boundUserPast is boundUser with 40 more payments of the user's before the backup (its latest N is then
// above bumpWindow: a channel at a small nonce gets a reservation from the AnyChannel floor by accident).
func boundUserPast(t *testing.T) backedUp {
	t.Helper()
	b := boundUser(t)
	for range 40 {
		if _, err := b.user.eng.Update(testCtx(t), b.m.addr, wei(10)); err != nil {
			t.Fatal(err)
		}
	}
	b.atBackup = b.m.latest()
	saveBound(t, b.user, b.backups)
	return b
}

// backingUp is keepBackingUp until the returned stop is called (before the user stops).
func backingUp(t *testing.T, user *testNode, backups backup.Backend) (stop func()) {
	return backingUpNode(t, user, userKey, backups)
}

// TestMal13RestartForgetsTheBumpWindow (user's double signature): the user backs up at N (floor
// F = N+RestoreSkip). Mallory, its hub, proposes the Bump of N at F+2, which the user countersigns (the
// window's exception covers it). The user loses its data before a backup holds that Bump and is restored
// from the backup: it bumps at F+1 (the Bump of N) and she countersigns. Its latest is now in the window,
// so channel.floor reserves F+1..F+bumpWindow: her payment at F+2 is answered Taken. Then the user merely
// restarts. loadRestoreFloors sets a restore floor only when it is above the latest, so the reservation
// is gone: the user's floor is F+1, and her payment at F+2 (or the user's own) is countersigned once a
// backup holds F+1. She then holds the user's signature on the Bump of N at F+2 and on a payment at F+2.
// Fix: loadRestoreFloors keeps a channel's restore floor while the channel's latest is at or below the
// floor plus bumpWindow (the condition channel.floor reserves on), not only while it is below the floor;
// belowRestoreFloor is unchanged (latest < restoreFloor), so no Bump is proposed for it. (Better still,
// store the reserved floor itself when the latest moves in the window: see
// TestMal13SecondRestoreForgetsTheBumpWindow.)
//
// With N small (here 1), the AnyChannel floor RestoreSkip, loaded for every channel after the restart,
// reserves up to RestoreSkip+bumpWindow = F+bumpWindow-N by accident: the nonces above it in the window
// are lost alike (her Bump of N at F+bumpWindow, then the user's payment there). Fixed:
// loadRestoreFloors keeps a restore floor while it reserves anything (backup.Floor.Reserved).
func TestMal13RestartForgetsTheBumpWindow(t *testing.T) {
	t.Run("N=41, at F+2", func(t *testing.T) { restartForgetsTheBumpWindow(t, boundUserPast(t), 2) })
	t.Run("N=1, at F+bumpWindow", func(t *testing.T) { restartForgetsTheBumpWindow(t, boundUser(t), bumpWindow) })
}

func restartForgetsTheBumpWindow(t *testing.T, b backedUp, k uint64) {
	m, user, atBackup := b.m, b.user, b.atBackup
	floor := atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	held := userSigned{}
	if _, ok := m.proposeAt(floor+k, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatalf("her Bump of N at F+%d was not countersigned", k)
	}
	held.add(m.latest().Latest.State)

	m.mu.Lock()
	m.ch = atBackup // she countersigns the restored user's Bump of N at F+1
	m.answer = m.countersign
	m.mu.Unlock()
	user = restoreBoundUser(t, b, user)
	waitFor(t, "the restored user's Bump at F+1", func() bool {
		return m.latest().Latest.State.TxCountGlobal == floor+1
	})
	stop := backingUp(t, user, b.backups)
	waitFor(t, "a backup holding the Bump at F+1", func() bool {
		marks := storedMarksOf(t, user)
		return marks.Floor(m.addr, userAddr) == floor+1+backup.RestoreSkip
	})
	held.add(m.latest().Latest.State)
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	wantTaken(t, m.proposeAt(floor+k, nil, five), floor+bumpWindow, "the restored user, in its Bump window")

	stop()
	user = restartBound(t, b, user) // nothing lost: a plain restart
	keepBackingUp(t, user, b.backups)
	ans := m.proposeAt(floor+k, nil, five)
	if _, ok := ans.(protocol.Countersign); ok {
		held.add(m.latest().Latest.State)
	}
	ctx, cancel := context.WithTimeout(testCtx(t), 3*time.Second)
	defer cancel()
	_, _ = user.eng.Update(ctx, m.addr, wei(7))
	held.addProposals(m)
	held.add(m.latest().Latest.State)
	if ss := held[floor+k]; len(ss) > 1 {
		t.Fatalf("LOSS: after a plain restart the user's window reservation is gone: Mallory holds %d states "+
			"signed by the user at F+%d = %d (the Bump of N, user balance %s wei, and one with %s wei); her "+
			"payment there was answered %T", len(ss), k, floor+k, ss[0].WeiUser.Dec(), ss[1].WeiUser.Dec(), ans)
	}
	held.twice(t)
}

// TestMal13SecondRestoreForgetsTheBumpWindow (user's double signature): the reservation of the Bump
// window lives in memory only, and backups do not carry it. The user backs up at N (B: floor
// F = N+RestoreSkip) while its payment P at N+1 is outstanding (Mallory answers Busy), then she refuses P
// and proposes the Bump of N at F+2, which the user countersigns (covered: the Bump of the backup's
// latest in the window). The user loses its data and is restored from B: it resends P, which she
// countersigns (latest N+1; channel.floor reserves F+1..F+bumpWindow, as review 12's fix wants). A backup
// B' holding N+1 is stored: its floor is N+1+RestoreSkip = F+1, and it records nothing of the window. The
// user loses its data again and is restored from B', its last stored backup: floor F+1, latest N+1 (no
// reservation: the latest is the floor less RestoreSkip), so it proposes the Bump of N+1 at F+2. She
// holds the Bump of N at F+2 and the Bump of N+1 (P's payment in it) at F+2, both signed by the user.
// Fix: the floor a backup records (backup.floorsOf / Snapshot.Floors, and so the marks) must cover the
// window a restore of the node reserved: the snapshot carries the store's restore floors
// (MetaRestoreFloors) and a channel's floor is max(latest+RestoreSkip, r+bumpWindow) while its latest is
// in (r-RestoreSkip, r+bumpWindow] for its restore floor r; coverage then uses those marks. Fixed so:
// snapshots carry their floors (version 4, backup.floorsFrom with the store's restore floors), floors and
// marks carry the latest nonce they are of, and the Bump exception is for the Bumps of that latest.
func TestMal13SecondRestoreForgetsTheBumpWindow(t *testing.T) {
	b := boundUserPast(t)
	m, atBackup := b.m, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	user, held := resumedPaymentAndBump(t, b, floor+2) // mal12_attack_test.go; restored from B
	waitFor(t, "P countersigned after the restore and stored by the user", func() bool {
		if m.latest().Latest.State.TxCountGlobal != n+1 {
			return false
		}
		r, err := user.store.Latest(testCtx(t), m.addr, userAddr) // her countersignature reached the user
		return err == nil && r.State.TxCountGlobal == n+1
	})
	held.add(m.latest().Latest.State)
	m.setAnswer(busy)             // nothing more for now
	saveBound(t, user, b.backups) // B': latest N+1, floor F+1
	held.addProposals(m)

	user = restoreBoundUser(t, b, user) // from B', the last stored backup
	keepBackingUp(t, user, b.backups)
	waitFor(t, "the twice restored user's Bump", func() bool {
		for _, p := range m.proposals() {
			if isBump(p) && p.Proposal.State.TxCountGlobal > floor && p.Proposal.State.WeiUser != atBackup.Latest.State.WeiUser {
				return true
			}
		}
		return false
	})
	held.addProposals(m)
	if ss := held[floor+2]; len(ss) > 1 {
		t.Fatalf("LOSS: restored from a backup taken after its latest moved in the Bump window, the user "+
			"signed at F+2 = %d the Bump of N+1 (user balance %s wei) and, before, the Bump of N (%s wei)",
			floor+2, ss[1].WeiUser.Dec(), ss[0].WeiUser.Dec())
	}
	held.twice(t)
}

// TestMal13MovedLatestLeavesOneBumpSlot (freeze): the user backs up at N (floor F) and pays Mallory once
// more (N+1) before losing its data; restored from the backup it bumps at F+1, which she answers as an
// honest hub does (Behind, then her latest N+1 in answer to its push): it adopts N+1 and keeps the Bump at
// F+1 as refused. Its latest moved inside the window's reach, so channel.floor reserves up to F+bumpWindow
// and the Bump of N+1 goes at F+bumpWindow+1; a backup of N+1 covers Bumps of it up to
// N+1+RestoreSkip+bumpWindow = F+bumpWindow+1: one slot. She refuses that one Bump (or answers it Taken):
// the next one, at F+bumpWindow+2, is beyond every backup of the latest, and so is every command; her own
// proposals above the floor are refused alike. Then she relents and countersigns everything: the user
// still cannot pay, ever (the refused Bump is stored, so a restart does not help) — review 12's "one
// refused Bump freezes the channel", back through the reservation. Fix: the Bumps of a restored channel
// whose latest moved must have a full window above the reservation: coverage allows a Bump of the latest
// up to max(f, reserved)+bumpWindow where reserved is r+bumpWindow (r the restore floor, as in
// channel.floor), and the backups record that floor (see TestMal13SecondRestoreForgetsTheBumpWindow), or
// the reservation starts the window (F+1..F+bumpWindow) for the Bumps of the new latest too and they
// are counted against it. Fixed the first way: a backup of N+1 records the floor F+bumpWindow (the
// reservation) with latest N+1, and the Bumps of N+1 are covered in the whole window above it.
func TestMal13MovedLatestLeavesOneBumpSlot(t *testing.T) {
	b := boundUserPast(t)
	m, user := b.m, b.user
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(10)); err != nil { // N+1, no backup holds it
		t.Fatal(err)
	}
	refused := 0
	honest := honestly(m)
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if isBump(p) && p.Proposal.State.TxCountGlobal > floor+bumpWindow && refused == 0 {
			refused++
			return refuseAll(p)
		}
		return honest(p)
	})
	user = restoreBoundUser(t, b, user)
	stop := backingUp(t, user, b.backups)
	waitFor(t, "the restored user's Bump above the reservation", func() bool {
		for _, p := range m.proposals() {
			if isBump(p) && p.Proposal.State.TxCountGlobal > floor+bumpWindow {
				return true
			}
		}
		return false
	})
	time.Sleep(300 * time.Millisecond) // the refusal is handled, backups go on
	m.setAnswer(honest)                // she relents
	ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	_, err := user.eng.Update(ctx, m.addr, wei(7))
	held := userSigned{}
	held.addProposals(m)
	held.twice(t)
	if err == nil {
		return
	}
	ans := m.proposeAt(floor+bumpWindow+2, nil, protocol.Bump{})
	stop()
	user = restartBound(t, b, user) // bump.failed starts again at 0
	keepBackingUp(t, user, b.backups)
	ctx2, cancel2 := context.WithTimeout(testCtx(t), 3*time.Second)
	defer cancel2()
	_, err2 := user.eng.Update(ctx2, m.addr, wei(7))
	held.addProposals(m)
	held.twice(t)
	t.Fatalf("FREEZE: after one refused Bump at F+%d the restored user (latest N+1 adopted) cannot pay "+
		"although Mallory now answers honestly and its backups go on: %v (her own Bump at F+%d: %+v); "+
		"after a restart: %v", bumpWindow+1, err, bumpWindow+2, ans, err2)
}

// TestMal13FourRefusedBumpsFreezeUntilRestart (freeze): the user backs up at N (floor F) and loses its
// data; restored, it bumps at F+1, and Mallory refuses its Bumps, maxFailedBumps (4) of them, F+1..F+4,
// each tried again after its retry delay. Then she relents and countersigns everything (without proposing
// a Bump herself, as an honest hub does not). The window has 29 more Bumps covered, but the node has given
// up: bumpRestored drops the channel, bumpFirst makes no Bump once maxFailedBumps failed, and every
// command of the user's on the channel fails ErrBeyondBackup (a command cannot go above the floor before a
// Bump does under BoundByBackups; maxFailedBumps' comment, "the node's own proposals still go above the
// floor", no longer holds). Only a restart (bump.failed is in memory) or her own Bump unfreezes it. Fix:
// under BoundByBackups, bumpFirst must not give up while the Bump window has room (count failed Bumps
// only to space them out: keep the retry delays, drop the maxFailedBumps cut-off for bumpFirst, or
// reset bump.failed when the peer countersigns or a command asks for a Bump after the last delay). Fixed:
// under BoundByBackups bumpFirst has no cut-off, and a caller's command asks for its Bump at once.
func TestMal13FourRefusedBumpsFreezeUntilRestart(t *testing.T) {
	b := boundUserPast(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	floor := atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	m.setAnswer(refuseAll)
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	bumps := func() int {
		k := 0
		for _, p := range m.proposals() {
			if isBump(p) && p.Proposal.State.TxCountGlobal > floor {
				k++
			}
		}
		return k
	}
	deadline := time.Now().Add(12 * time.Second)
	for bumps() < maxFailedBumps && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	m.mu.Lock()
	m.ch = atBackup
	m.answer = m.countersign // she relents
	m.mu.Unlock()
	ctx, cancel := context.WithTimeout(testCtx(t), 3*time.Second)
	defer cancel()
	_, err := user.eng.Update(ctx, m.addr, wei(7))
	held := userSigned{}
	held.addProposals(m)
	held.twice(t)
	if err != nil {
		t.Fatalf("FREEZE: after %d refused Bumps (of %d the window covers) the restored user cannot pay although "+
			"Mallory now countersigns everything and its backups go on: %v", bumps(), bumpWindow, err)
	}
}

// TestMal13UnboundHubPaysDuringTheReservationHeld (held, no Mallory): an honest hub that does not back up
// (unbounded: Config.BoundByBackups is off without a backup backend, start.go) and its user, bounded by
// its backups, backed up at N (floor F = N+RestoreSkip). The user pays the hub once more (N+1) and loses
// its data before a backup holds it. Restored, it bumps at F+1; the hub answers Behind, the user pushes,
// the hub shows N+1 and the user adopts it (the Bump kept as refused): channel.floor reserves up to
// F+bumpWindow, and its Bump of N+1 waits at F+bumpWindow+1, the one nonce a backup of N+1 covers it at
// (see TestMal13MovedLatestLeavesOneBumpSlot), for that backup. Meanwhile the hub pays the user. Feared:
// the hub's payment lands at F+bumpWindow+1, is refused (beyond the user's backups), binds the hub there
// and so takes the nonce of the user's one Bump. Held: a Taken lifts the hub at most maxPeerSkip, far
// below the floor, so its payment only waits (Taken after Taken); once a backup holds N+1 the user's Bump
// is countersigned and both pay above it.
func TestMal13UnboundHubPaysDuringTheReservationHeld(t *testing.T) {
	dir := t.TempDir()
	userDB := filepath.Join(dir, "user.db")
	backups, err := backup.NewDir(filepath.Join(dir, "user-backups"))
	if err != nil {
		t.Fatal(err)
	}
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), nil)
	startUser := func() *testNode {
		u := startNode(t, userKey, User, userDB, func(c *Config) {
			c.Hub, c.HubPeer = hubAddr, hub.host.ID()
			boundConfig(c)
		})
		if err := u.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		return u
	}
	user := startUser()
	saveNode(t, user, userKey, backups)
	if _, err := user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatal(err)
	}
	for range 40 {
		if _, err := user.eng.Update(testCtx(t), hubAddr, wei(10)); err != nil {
			t.Fatal(err)
		}
	}
	n := latest(t, user.store).State.TxCountGlobal
	floor := n + backup.RestoreSkip
	saveNode(t, user, userKey, backups)
	if _, err := user.eng.Update(testCtx(t), hubAddr, wei(10)); err != nil { // N+1: no backup holds it
		t.Fatal(err)
	}
	user.stop()
	restoreStore(t, userDB, userKey, backups)
	user = startUser()
	waitFor(t, "the restored user adopting N+1", func() bool {
		return latest(t, user.store).State.TxCountGlobal == n+1
	})
	ctx, cancel := context.WithTimeout(testCtx(t), 3*time.Second)
	_, hubErr := hub.eng.Update(ctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(3)})
	cancel()
	t.Logf("the hub's first payment: %v", hubErr)
	keepBackingUp(t, user, backups)
	ctx, cancel = context.WithTimeout(testCtx(t), 8*time.Second)
	defer cancel()
	_, err = user.eng.Update(ctx, hubAddr, wei(5))
	if err == nil {
		_, err = hub.eng.Update(ctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(3)})
	}
	if err != nil {
		t.Fatalf("FREEZE: a restored user whose latest moved (adopted N+1) and its honest hub cannot pay each "+
			"other after the hub paid during the reservation (the hub's first payment: %v): %v; user's latest %d, "+
			"floor F = %d", hubErr, err, latest(t, user.store).State.TxCountGlobal, floor)
	}
}

// TestMal13LookalikeBumpIsNoCountersignatureHeld (held): the user backs up at N and loses its data;
// restored, it proposes its Bump at F+1, which Mallory answers Busy (it stays outstanding). She then
// proposes at F+1 a sole Bump whose state is not the user's (her balance one wei higher), hoping crossedBump
// takes it as the countersignature of the user's own (the user would then hold, as its latest, a state
// it never signed, or sign hers). Held: crossedBump wants the very state; hers is a conflict, answered
// Taken, the user's Bump goes again at F+2, and her proposal of that exact Bump, signed by her, is taken
// as its countersignature: the user's latest is its own Bump, and she holds no two states of its
// signature at one nonce.
func TestMal13LookalikeBumpIsNoCountersignatureHeld(t *testing.T) {
	b := boundUserPast(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	floor := atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	m.setAnswer(busy)
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	bumpAt := func(nonce uint64) protocol.Propose {
		var got protocol.Propose
		waitFor(t, "the restored user's Bump", func() bool {
			for _, p := range m.proposals() {
				if isBump(p) && p.Proposal.State.TxCountGlobal == nonce {
					got = p
					return true
				}
			}
			return false
		})
		return got
	}
	send := func(s state.ChannelState) protocol.Message {
		p := protocol.Propose{Updates: []protocol.Update{protocol.Bump{}}, Proposal: state.SignedState{State: s}}
		m.sign(&p.Proposal)
		req, err := protocol.MarshalMessage(p)
		if err != nil {
			t.Fatal(err)
		}
		return m.send(req)
	}
	first := bumpAt(floor + 1)
	look := first.Proposal.State
	look.WeiHub.AddUint64(&look.WeiHub, 1)
	if ans, ok := send(look).(protocol.Countersign); ok {
		t.Fatalf("LOSS: her lookalike Bump at F+1 was countersigned: %+v", ans)
	}
	second := bumpAt(floor + 2)
	if _, ok := send(second.Proposal.State).(protocol.Countersign); !ok {
		t.Fatal("her proposal of the user's own Bump at F+2 was not taken as its countersignature")
	}
	held := userSigned{}
	held.addProposals(m)
	held.twice(t)
	waitFor(t, "the user's latest at its Bump", func() bool {
		return stored(t, user, m.addr, userAddr).State == second.Proposal.State
	})
}

// TestMal13RestartKeepsTheWindowOfANewChannelHeld (held): TestMal13RestartForgetsTheBumpWindow for a
// channel the backup does not hold (the AnyChannel floor RestoreSkip, latest 0). The user backs up before
// its channel with Mallory has a state; she has it countersign the Bump of the zero state at
// RestoreSkip+2. Restored from that backup, it countersigns her Bump of the zero state at RestoreSkip+1
// (its latest moves into the window: reserved), a backup holds it, and the user restarts. Held: the
// AnyChannel floor is loaded for every channel whatever its latest (loadRestoreFloors), so the reservation
// survives: her credit at RestoreSkip+2 is answered Taken, the user's own credit goes above the window,
// and she holds no two states of its signature at one nonce.
func TestMal13RestartKeepsTheWindowOfANewChannelHeld(t *testing.T) {
	b := backedUp{clock: newClock(), dir: t.TempDir()}
	b.m, b.user = newMalloryHub(t, devchain.DevKey(5), b.dir, b.clock, boundConfig)
	m, user := b.m, b.user
	var err error
	if b.backups, err = backup.NewDir(filepath.Join(b.dir, "backups")); err != nil {
		t.Fatal(err)
	}
	saveBound(t, user, b.backups) // no channel yet
	zero := m.latest()
	top := uint64(backup.RestoreSkip)
	held := userSigned{}
	if _, ok := m.proposeAt(top+2, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatal("her Bump of the zero state at RestoreSkip+2 was not countersigned")
	}
	held.add(m.latest().Latest.State)
	m.mu.Lock()
	m.ch = zero
	m.answer = m.countersign
	m.mu.Unlock()
	user = restoreBoundUser(t, b, user)
	if _, ok := m.proposeAt(top+1, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatal("her Bump of the zero state at RestoreSkip+1 was not countersigned by the restored user")
	}
	held.add(m.latest().Latest.State)
	stop := backingUp(t, user, b.backups)
	waitFor(t, "a backup holding the Bump at RestoreSkip+1", func() bool {
		marks := storedMarksOf(t, user)
		return marks.Floor(m.addr, userAddr) == top+1+backup.RestoreSkip
	})
	stop()
	user = restartBound(t, b, user)
	keepBackingUp(t, user, b.backups)
	credit := protocol.Credit{Wei: deposited[0]}
	if ans, ok := m.proposeAt(top+2, nil, credit).(protocol.Countersign); ok {
		held.add(m.latest().Latest.State)
		held.twice(t)
		t.Fatalf("her credit at RestoreSkip+2 was countersigned after a restart: %+v", ans)
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, credit); err != nil {
		t.Fatalf("the restarted user's credit: %v", err)
	}
	held.addProposals(m)
	held.add(m.latest().Latest.State)
	held.twice(t)
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got <= top+bumpWindow {
		t.Fatalf("the user's credit at %d, inside the reserved window (up to %d)", got, top+bumpWindow)
	}
}
