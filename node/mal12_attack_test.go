package node

import (
	"context"
	"errors"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
)

// Review 12: Mallory against the bound on what a node that backs up signs (backupbound.go, backup/marks.go,
// ADR 18's last bullets, docs/update-protocol.md §3.4).

// isBump reports whether p is a sole protocol.Bump.
func isBump(p protocol.Propose) bool { return soleBump(p.Updates) }

// TestMal12OneRefusedBumpFreezesTheRestoredChannel (freeze): the user backs up at nonce N (floor
// F = N+RestoreSkip) and loses its data; restored, it proposes its Bump at F+1, which Mallory, its hub,
// refuses once (or answers Taken once, naming F+1). The Bump binds the user at F+1, so its next proposal
// goes at F+2 or above: not the Bump at the floor plus one, so beyond what any backup of the latest
// covers (ErrBeyondBackup), and no new backup helps, since the latest never moves. Mallory's own proposals
// fare no better (at or below F+1 Taken, above it refused). Then she relents and countersigns everything:
// the user still cannot pay on the channel, ever; only an exit on-chain is left. Before the bound
// (update-protocol §3.3, TestRestoredUserBumpRefusedOrIgnored), the user's next payment moved the channel
// past the floor. Not a loss (she freezes her own channel, which refusing everything does too), but one
// answer makes it permanent, whatever either side does after; a crossing of two identical Bumps (ADR 18:
// two parties restored at one latest) ends the same way. Fixed: the Bumps of a backup's latest state are
// covered at any of the bumpWindow nonces above its floor (a restore proposes the same ones there), so the
// refused Bump is proposed again one above, and a command on a restored channel below its floor puts a
// Bump ahead of itself (bumpFirst); the payment after she relents goes through (the crossing:
// TestBothRestoredBumpsCross).
func TestMal12OneRefusedBumpFreezesTheRestoredChannel(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer func(m *mallory, floor uint64) func(protocol.Propose) protocol.Message
	}{
		{"refused", func(*mallory, uint64) func(protocol.Propose) protocol.Message { return refuseAll }},
		{"taken", func(_ *mallory, floor uint64) func(protocol.Propose) protocol.Message { return takenAt(floor + 1) }},
	} {
		t.Run(tc.name, func(t *testing.T) { oneRefusedBump(t, tc.answer) })
	}
}

func oneRefusedBump(t *testing.T, first func(m *mallory, floor uint64) func(protocol.Propose) protocol.Message) {
	b := boundUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	answered := 0
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if isBump(p) && answered == 0 {
			answered++
			return first(m, floor)(p)
		}
		return m.countersign(p)
	})
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	waitFor(t, "the restored user's Bump", func() bool {
		for _, p := range m.proposals() {
			if isBump(p) {
				return true
			}
		}
		return false
	})
	time.Sleep(200 * time.Millisecond) // the answer is handled, backups go on
	// She relents: she countersigns whatever the user proposes, on the state it was restored to.
	m.mu.Lock()
	m.ch = atBackup
	m.answer = m.countersign
	m.mu.Unlock()
	ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	_, err := user.eng.Update(ctx, m.addr, wei(7))
	held := userSigned{}
	held.addProposals(m)
	held.twice(t)
	if err != nil {
		ans := m.proposeAt(floor+2, nil, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5)})
		t.Fatalf("FREEZE: after one answer to its Bump at %d the restored user cannot pay on the channel although "+
			"Mallory now countersigns everything and its backups go on: %v (her payment at %d: %+v)", floor+1, err,
			floor+2, ans)
	}
}

// TestMal12SecondRestoreFromOneBackupHeld (held): the user backs up at N and loses its data; restored, it
// bumps to F+1 (F = N+RestoreSkip), Mallory countersigns, and no backup of the user's succeeds after
// (its backend is down). Mallory proposes a payment above the Bump: answered Taken within the Bump window
// (F+1 to F+33: the restored user may have signed Bumps there before), Busy above it (the last stored
// backup covers up to F, and the window only for the Bumps of its latest). The user loses its data again and is restored from the same
// backup: it proposes the very same Bump at F+1 (she answers it with a Sync of it, as she holds it), and
// she holds no two states of the user's signature at one nonce.
func TestMal12SecondRestoreFromOneBackupHeld(t *testing.T) {
	b := boundUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if l := m.latest(); p.Proposal.State.TxCountGlobal <= l.Latest.State.TxCountGlobal {
			return protocol.Sync{Latest: l.Latest, Locks: l.Locks}
		}
		return m.countersign(p)
	})
	user = restoreBoundUser(t, b, user) // no backups after: the backend is down
	waitFor(t, "the restored user's Bump countersigned", func() bool {
		return m.latest().Latest.State.TxCountGlobal == floor+1
	})
	held := userSigned{}
	held.add(m.latest().Latest.State)
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	wantTaken(t, m.proposeAt(floor+2, nil, five), floor+bumpWindow, "the restored user, in its Bump window")
	wantCode(t, m.proposeAt(floor+bumpWindow+1, nil, five), protocol.CodeBusy, ErrAwaitingBackup)
	ctx, cancel := context.WithTimeout(testCtx(t), 300*time.Millisecond)
	defer cancel()
	if _, err := user.eng.Update(ctx, m.addr, wei(7)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("the user's payment above its Bump with no backup holding it: %v, want it waiting", err)
	}
	held.addProposals(m)
	for nonce := range held {
		if nonce > floor+1 {
			t.Fatalf("the user signed at %d, above its Bump at %d, with no backup holding the Bump", nonce, floor+1)
		}
	}
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the twice restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.add(m.latest().Latest.State)
	held.twice(t)
	// Past its Bump, the user's own payment goes above the Bump window (channel.floor).
	if got := stored(t, user, m.addr, userAddr).State; got != m.latest().Latest.State || got.TxCountGlobal != floor+bumpWindow+1 {
		t.Fatalf("the user's latest at %d is not hers at %d, or not at %d", got.TxCountGlobal,
			m.latest().Latest.State.TxCountGlobal, floor+bumpWindow+1)
	}
}

// TestMal12StaleMarksOnlyWaitHeld (held): the user backs up at N (its marks stored: floor N+RestoreSkip),
// pays Mallory once more (N+1) and is backed up again without the marks reaching its store (as Close's
// last backup, taken once the engine stopped), then restarts on the older marks. Mallory proposes at
// N+1+RestoreSkip (within the newest backup's floor, above the stored marks) and a Bump at N+RestoreSkip+1
// (the stored marks' floor plus one, but of the latest N+1, not of that backup's latest N): both are
// answered Busy, nothing signed. The user's own next payment (N+2) goes through. Restored from the newest
// backup (floor N+1+RestoreSkip), the user answers her proposal at that floor Taken, pays above it, and she
// holds no two states of its signature at one nonce.
func TestMal12StaleMarksOnlyWaitHeld(t *testing.T) {
	b := boundUser(t)
	m, user := b.m, b.user
	n := b.atBackup.Latest.State.TxCountGlobal
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(10)); err != nil {
		t.Fatal(err)
	}
	atNewest := m.latest()
	if _, err := backup.NewSaver(b.backups, user.store, userKey, domain, testLogger()).Save(testCtx(t)); err != nil {
		t.Fatal(err) // stored, its marks not handed to the engine
	}
	user = restartBound(t, b, user)
	held := userSigned{}
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	wantCode(t, m.proposeAt(n+1+backup.RestoreSkip, nil, five), protocol.CodeBusy, ErrAwaitingBackup)
	wantCode(t, m.proposeAt(n+backup.RestoreSkip+1, nil, protocol.Bump{}), protocol.CodeBusy, ErrAwaitingBackup)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(3)); err != nil {
		t.Fatalf("the user's payment within its stored marks: %v", err)
	}
	held.add(m.latest().Latest.State)
	held.addProposals(m)

	// She answers as an honest hub does: a proposal at or below her latest with a Sync of it, one that
	// does not follow from her latest (the restored user's Bump of the state at N+1) Behind, and the
	// user's pushed state with her latest (N+2), which it adopts.
	m.setAnswer(busy) // until her proposal at the floor is answered
	user = restoreBoundUser(t, b, user)
	floor := atNewest.Latest.State.TxCountGlobal + backup.RestoreSkip
	mine := m.latest()
	m.mu.Lock()
	m.ch = atNewest // for her proposal at the floor, built on the state the user was restored to
	m.mu.Unlock()
	if ans, ok := m.proposeAt(floor, nil, five).(protocol.Countersign); ok {
		t.Fatalf("the restored user countersigned %+v at its floor", ans)
	}
	m.mu.Lock()
	m.ch = mine
	m.answer = honestly(m)
	m.mu.Unlock()
	keepBackingUp(t, user, b.backups)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.add(m.latest().Latest.State)
	held.twice(t)
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got <= floor {
		t.Fatalf("the restored user's latest at %d, at or below its floor %d", got, floor)
	}
}

// TestMal12OneUserDoesNotStallTheHubHeld (held, hub): a hub that backs up, with an honest user and
// Mallory, another user. She jumps her channel by RestoreSkip at every chance (each jump countersigned
// once a backup holds her latest, Busy until then) and sends proposals beyond the bound (refused), as
// fast as she can, while the honest user and the hub pay each other 20 times. Safe outcome: every
// payment of the honest channel goes through promptly (none waits for a backup: its channel moves one
// nonce a state), and the hub's loop, saver and backups keep up.
func TestMal12OneUserDoesNotStallTheHubHeld(t *testing.T) {
	clock := newClock()
	dir := t.TempDir()
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), func(c *Config) {
		c.Clock, c.BoundByBackups = clock.Now, true
	})
	backups, err := backup.NewDir(filepath.Join(dir, "hub-backups"))
	if err != nil {
		t.Fatal(err)
	}
	keepBackingUpNode(t, hub, hubKey, backups)
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer, c.Clock = hubAddr, hub.host.ID(), clock.Now
	})
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if _, err := user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(100_000)); err != nil {
		t.Fatal(err)
	}
	m := newMalloryUser(t, devchain.DevKey(7), hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	ctx, cancel := context.WithCancel(context.Background())
	jumps := make(chan int, 1)
	go func() {
		countersigned := 0
		defer func() { jumps <- countersigned }()
		for ctx.Err() == nil {
			l := m.latest().Latest.State.TxCountGlobal
			if _, ok := m.proposeAt(l+backup.RestoreSkip+2, nil, wei(1)).(protocol.Reject); !ok {
				return // a proposal beyond the bound countersigned: the test fails below
			}
			if _, ok := m.proposeAt(l+backup.RestoreSkip, nil, wei(1)).(protocol.Countersign); ok {
				countersigned++
			}
		}
	}()
	start := time.Now()
	for i := range 20 {
		pctx, pcancel := context.WithTimeout(testCtx(t), 2*time.Second)
		_, err := user.eng.Update(pctx, hubAddr, wei(10))
		if err == nil {
			_, err = hub.eng.Update(pctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5)})
		}
		pcancel()
		if err != nil {
			cancel()
			t.Fatalf("FREEZE: the honest channel's payment %d while Mallory jumps hers: %v", i, err)
		}
	}
	elapsed := time.Since(start)
	cancel()
	got := <-jumps
	l := m.latest().Latest.State
	if got < 1 || l.TxCountGlobal < 1+backup.RestoreSkip {
		t.Fatalf("Mallory's jumps: %d countersigned (latest %d), want at least one (the hub keeps backing up)", got, l.TxCountGlobal)
	}
	if elapsed > 10*time.Second {
		t.Fatalf("FREEZE: 40 honest payments took %v while Mallory jumped", elapsed)
	}
}

// honestly answers the honest node's proposals as an honest peer does: at or below her latest with a Sync
// of it; one that does not follow from her latest, Behind; others countersigned if the protocol takes them.
func honestly(m *mallory) func(protocol.Propose) protocol.Message {
	return func(p protocol.Propose) protocol.Message {
		l := m.latest()
		at := p.Proposal.State.TxCountGlobal
		if at <= l.Latest.State.TxCountGlobal {
			return protocol.Sync{Latest: l.Latest, Locks: l.Locks}
		}
		ctx := m.context()
		ctx.Nonce = at
		if next, _, err := protocol.Apply(l, ctx, p.Updates...); err != nil || next != p.Proposal.State {
			return protocol.Reject{TxCountGlobal: at, Code: protocol.CodeBehind, Reason: ErrBehind.Error()}
		}
		return m.countersign(p)
	}
}

// cpuTime is the process's CPU time so far (user and system).
func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Skip("no rusage:", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestMal12AwaitingBackupDoesNotSpinHeld (held, no spin): the user backs up at N and no backup succeeds
// after. Mallory jumps the channel to the backup's floor N+RestoreSkip (covered: countersigned); the
// user's next payments wait for a backup, and her proposals above the floor are answered Busy, over and
// over, each input putting the waiting channel back in the active set. Safe outcome: the waiting channel
// costs the engine no CPU while it waits (no turn after turn for it), nothing is signed above the floor,
// and once a backup is stored the payments go through.
func TestMal12AwaitingBackupDoesNotSpinHeld(t *testing.T) {
	b := boundUser(t)
	m, user := b.m, b.user
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5)}
	if _, ok := m.proposeAt(floor, nil, five).(protocol.Countersign); !ok {
		t.Fatal("her jump to the floor was not countersigned")
	}
	errc := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := user.eng.Update(testCtx(t), m.addr, wei(7))
			errc <- err
		}()
	}
	time.Sleep(100 * time.Millisecond)
	before := cpuTime(t)
	start := time.Now()
	for range 20 {
		wantCode(t, m.proposeAt(floor+1, nil, five), protocol.CodeBusy, ErrAwaitingBackup)
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	if used, wall := cpuTime(t)-before, time.Since(start); used > wall/2 {
		t.Fatalf("SPIN: %v of CPU in %v while a channel waits for a backup", used, wall)
	}
	for _, p := range m.proposals() {
		if p.Proposal.State.TxCountGlobal > floor {
			t.Fatalf("the user proposed at %d, above its backup's floor %d", p.Proposal.State.TxCountGlobal, floor)
		}
	}
	saveBound(t, user, b.backups)
	for range 2 {
		if err := <-errc; err != nil {
			t.Fatalf("a waiting payment once backed up: %v", err)
		}
	}
}

// TestMal12ResumedProposalMovesTheBumpedState (user's double signature): the user is backed up at N
// (marks: floor F = N+RestoreSkip) and proposes a payment P at N+1, which Mallory, its hub, answers Busy
// while a backup B is stored holding P as the user's outstanding proposal (marks unchanged), then refuses.
// With the user's latest still N, she proposes the Bump of N at F+1: covered by the exception (the floor
// plus one, the Bump of the backed-up latest) and countersigned. The user loses its data before a backup
// holds the Bump, and is restored from B, the last stored backup: floor F. It resends P, which she now
// countersigns (so its latest moves to N+1 before it bumps); its Bump, at F+1, is then the Bump of N+1,
// not of N; it waits for the backup holding N+1, whose floor is N+1+RestoreSkip = F+1, which covers it.
// Before the fix she held two different states signed by the user at F+1: the Bump of N and the Bump of
// N+1 (P's payment in it), and exits with whichever suits her. Safe outcome: the restored user signs at
// F+1 nothing but the Bump of N (the state the exception let it sign there before). Fixed: once a restored
// channel's latest moves on before it is past its Bump window (F+1 to F+bumpWindow), the node counts the
// window as signed (channel.floor), so its Bump of N+1 goes above it.
func TestMal12ResumedProposalMovesTheBumpedState(t *testing.T) {
	b := boundUser(t)
	m, atBackup := b.m, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	user, held := resumedPaymentAndBump(t, b, floor+1) // restored from B: no backup holds the Bump
	keepBackingUp(t, user, b.backups)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m.latest().Latest.State.TxCountGlobal > floor {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	held.addProposals(m)
	held.add(m.latest().Latest.State)
	if ss := held[floor+1]; len(ss) > 1 {
		t.Logf("the user's states at F+1 = %d: user balance %s wei (the Bump of N) and %s wei", floor+1,
			ss[0].WeiUser.Dec(), ss[1].WeiUser.Dec())
	}
	held.twice(t)
}

// TestMal12AdoptedStateMovesTheBumpOfANewChannel (user's double signature): the user backs up before its
// channel with Mallory, its hub, has a state (the AnyChannel marks: floor RestoreSkip). It proposes its
// first state, crediting its deposit at nonce 1, which she refuses; with its latest still the zero state,
// she proposes the Bump of the zero state at RestoreSkip+1, which the exception covers (a channel the
// backup lacks, at latest 0): countersigned. The user loses its data and is restored from that backup: it
// knows no channel with her, floor RestoreSkip, and bumps only when she proposes at or below it. First she
// pushes a Sync of its own credit, countersigned by her: it carries the user's signature, so the user
// adopts it (latest 1); then she proposes at nonce 2 (Taken), and the user bumps: the Bump of the state at
// 1, at RestoreSkip+1 once a backup holds that state (floor 1+RestoreSkip). Before the fix she held two
// different states signed by the user at RestoreSkip+1. Safe outcome: the restored user signs at
// RestoreSkip+1 nothing but the Bump of the zero state (fixed as TestMal12ResumedProposalMovesTheBumpedState).
func TestMal12AdoptedStateMovesTheBumpOfANewChannel(t *testing.T) {
	b := backedUp{clock: newClock(), dir: t.TempDir()}
	b.m, b.user = newMalloryHub(t, devchain.DevKey(5), b.dir, b.clock, func(c *Config) { c.BoundByBackups = true })
	m, user := b.m, b.user
	var err error
	if b.backups, err = backup.NewDir(filepath.Join(b.dir, "backups")); err != nil {
		t.Fatal(err)
	}
	saveBound(t, user, b.backups) // no channel yet
	m.setAnswer(refuseAll)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}); !errors.Is(err, ErrRejected) {
		t.Fatalf("the user's credit: %v, want it refused", err)
	}
	held := userSigned{}
	held.addProposals(m)
	credit := m.proposals()[0].Proposal
	top := uint64(backup.RestoreSkip + 1)
	if _, ok := m.proposeAt(top, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatalf("her Bump of the zero state at %d was not countersigned", top)
	}
	held.add(m.latest().Latest.State)

	m.setAnswer(m.countersign)
	user = restoreBoundUser(t, b, user) // from the backup without the channel
	m.sign(&credit)                     // she countersigns the user's credit herself
	m.mu.Lock()
	m.ch = protocol.Channel{Latest: credit}
	m.mu.Unlock()
	req, err := protocol.MarshalMessage(protocol.Sync{Latest: credit})
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := m.send(req).(protocol.Sync); !ok || s.Latest.State != credit.State {
		t.Fatalf("the restored user did not adopt its own credit: %+v", s)
	}
	keepBackingUp(t, user, b.backups)
	if r, ok := m.proposeAt(2, nil, protocol.Bump{}).(protocol.Reject); !ok || r.Code != protocol.CodeTaken {
		t.Fatalf("her proposal at 2: %+v, want Taken", r)
	}
	waitFor(t, "the restored user's Bump", func() bool {
		for _, p := range m.proposals() {
			if p.Proposal.State.TxCountGlobal > backup.RestoreSkip && p.Proposal.State != held[top][0] {
				return true
			}
		}
		return m.latest().Latest.State.TxCountGlobal > top
	})
	held.addProposals(m)
	held.twice(t)
}

// resumedPaymentAndBump: the user (backed up at N by b) proposes a payment P at N+1, which Mallory answers
// Busy while a backup B is stored holding P as the user's outstanding proposal, then refuses; with the
// user's latest still N she has it countersign her Bump of N at bumpAt. Then she countersigns whatever
// comes, P resent included, on N, and the user loses its data and is restored from B. It returns the
// restored user and the states of the user's signature she holds.
func resumedPaymentAndBump(t *testing.T, b backedUp, bumpAt uint64) (*testNode, userSigned) {
	t.Helper()
	m, user := b.m, b.user
	m.setAnswer(busy)
	errc := make(chan error, 1)
	go func() {
		_, err := user.eng.Update(testCtx(t), m.addr, wei(1000))
		errc <- err
	}()
	waitFor(t, "the user's payment P", func() bool { return len(m.proposals()) > 0 })
	saveBound(t, user, b.backups) // B: latest N, P outstanding
	m.setAnswer(refuseAll)
	if err := <-errc; !errors.Is(err, ErrRejected) {
		t.Fatalf("the user's payment P: %v, want it refused", err)
	}
	held := userSigned{}
	held.addProposals(m)
	if _, ok := m.proposeAt(bumpAt, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatalf("her Bump of N at %d was not countersigned", bumpAt)
	}
	held.add(m.latest().Latest.State)
	m.mu.Lock()
	m.ch = b.atBackup // she countersigns P, resent by the restored user, on N
	m.answer = m.countersign
	m.mu.Unlock()
	return restoreBoundUser(t, b, user), held
}
