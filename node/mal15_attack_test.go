package node

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/protocol"
)

// Review 15: Mallory against review 14's fixes (bumpFirst's caller pacing, lastWindowBump).

// relentAndPay has Mallory countersign from the backup's latest state on and has the user pay her 7 wei;
// it returns the payment's error, after checking she holds no two states of the user's at one nonce.
func relentAndPay(t *testing.T, b backedUp, user *testNode) error {
	t.Helper()
	b.m.mu.Lock()
	b.m.ch = b.atBackup
	b.m.answer = b.m.countersign
	b.m.mu.Unlock()
	ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	_, err := user.eng.Update(ctx, b.m.addr, wei(7))
	ans := b.m.propose(nil, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(1)})
	t.Logf("her own payment to the user: %T %+v", ans, ans)
	held := userSigned{}
	held.addProposals(b.m)
	held.twice(t)
	return err
}

// TestMal15TakenLiftCappedBelowTheWindowHeld (held): the restored bounded user bumps at its floor F plus
// one; Mallory answers every Bump CodeTaken naming F+32, hoping to lift its next nonce to the window's
// last slot (F+33) so that one refusal there exhausts the window. Held: a peer's nonce lifts at most
// maxPeerSkip above the latest, far below F (RestoreSkip), so the user's Bumps climb one nonce at a time
// from F+1, all in the window, and once she relents the user pays.
func TestMal15TakenLiftCappedBelowTheWindowHeld(t *testing.T) {
	b := boundUser(t)
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	b.m.setAnswer(takenAt(floor + 32))
	user := restoreBoundUser(t, b, b.user)
	keepBackingUp(t, user, b.backups)
	ctx, cancel := context.WithTimeout(testCtx(t), 3*time.Second)
	_, err := user.eng.Update(ctx, b.m.addr, wei(7))
	cancel()
	next := floor + 1
	for _, p := range b.m.proposals() {
		n := p.Proposal.State.TxCountGlobal
		if n <= floor {
			continue
		}
		if !isBump(p) || n > floor+bumpWindow {
			t.Fatalf("LOSS: the user signed %+v at %d, not a Bump in its window (floor %d)", p.Updates, n, floor)
		}
		if n > next {
			t.Fatalf("FREEZE: her CodeTaken lifted the user's Bump from F+%d to F+%d", next-floor, n-floor)
		}
		next = n + 1
	}
	t.Logf("while she answered CodeTaken at F+32: %v; Bumps up to F+%d", err, next-1-floor)
	if err := relentAndPay(t, b, user); err != nil {
		t.Fatalf("FREEZE: she relented with the window not exhausted, yet the user cannot pay: %v", err)
	}
}

// TestMal15BusyAtTheLastSlotAcrossARestartHeld (held): Mallory answers the restored bounded user's Bumps
// CodeTaken at their own nonces (a lie each: every one binds the user, maxBinding of them, F+1..F+32),
// and the Bump at the window's last nonce, F+33 (which lastWindowBump lets through), CodeBusy, so it is
// sent again and again; the user restarts meanwhile (at maxBinding refused, its last Bump outstanding).
// Feared: the restart forgets the outstanding Bump or the refused ones and signs another state at a
// nonce of the window, or lastWindowBump lets more than the window's Bumps go, or the channel freezes.
// Held if, once she relents, the user pays and she holds one state of its per nonce.
func TestMal15BusyAtTheLastSlotAcrossARestartHeld(t *testing.T) {
	b := boundUser(t)
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	var busyAt atomic.Int64
	b.m.setAnswer(func(p protocol.Propose) protocol.Message {
		n := p.Proposal.State.TxCountGlobal
		if n >= floor+bumpWindow {
			busyAt.Add(1)
			return busy(p)
		}
		return takenAt(n)(p)
	})
	user := restoreBoundUser(t, b, b.user)
	stopBackups := backingUpUntil(t, user, b.backups)
	ctx, cancel := context.WithTimeout(testCtx(t), 45*time.Second)
	go func() { _, _ = user.eng.Update(ctx, b.m.addr, wei(7)) }()
	deadline := time.Now().Add(45 * time.Second)
	for busyAt.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	stopBackups()
	if busyAt.Load() == 0 {
		t.Fatalf("FREEZE: the user never proposed at the window's last nonce; proposals %d", len(b.m.proposals()))
	}
	user = restartBound(t, b, user)
	keepBackingUp(t, user, b.backups)
	time.Sleep(500 * time.Millisecond)
	for _, p := range b.m.proposals() {
		if n := p.Proposal.State.TxCountGlobal; n > floor && (!isBump(p) || n > floor+bumpWindow) {
			t.Fatalf("LOSS: the user signed %+v at F+%d, not a Bump in its window", p.Updates, n-floor)
		}
	}
	if err := relentAndPay(t, b, user); err != nil {
		t.Fatalf("FREEZE: Busy at the window's last Bump across a restart, then she relents, yet the user "+
			"cannot pay: %v", err)
	}
}

// backingUpUntil is keepBackingUp with a stop (before the user restarts: its store closes).
func backingUpUntil(t *testing.T, user *testNode, backups backup.Backend) (stop func()) {
	return backingUpNode(t, user, userKey, backups)
}

// TestMal15RestartPastTheWindowDoesNotSpinHeld (held): Mallory answers every one of the restored bounded
// user's Bumps CodeTaken at its own nonce, the last one at F+33 too (maxBinding+1 refused, the window
// spent), and the user restarts with a caller still trying to pay. Feared: the restart reloads a channel
// below its floor with maxBinding+1 refused and lastWindowBump or bumpFirst signs past the window, or
// turns the channel over without end. Held if the user signs nothing beyond the window and costs next to
// no CPU; once she relents it still cannot pay (her 33 refusals spent the window: the user exits on-chain,
// as ADR 18 says), which is logged, not a finding.
func TestMal15RestartPastTheWindowDoesNotSpinHeld(t *testing.T) {
	b := boundUser(t)
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	var top atomic.Bool
	b.m.setAnswer(func(p protocol.Propose) protocol.Message {
		if p.Proposal.State.TxCountGlobal >= floor+bumpWindow {
			top.Store(true)
		}
		return takenAt(p.Proposal.State.TxCountGlobal)(p)
	})
	user := restoreBoundUser(t, b, b.user)
	stopBackups := backingUpUntil(t, user, b.backups)
	ctx, cancel := context.WithTimeout(testCtx(t), 45*time.Second)
	go func() { _, _ = user.eng.Update(ctx, b.m.addr, wei(7)) }()
	for deadline := time.Now().Add(45 * time.Second); !top.Load() && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	if !top.Load() {
		cancel()
		stopBackups()
		t.Fatalf("FREEZE: the user never proposed at the window's last nonce; proposals %d", len(b.m.proposals()))
	}
	time.Sleep(time.Second)
	cancel()
	stopBackups()
	user = restartBound(t, b, user)
	keepBackingUp(t, user, b.backups)
	start, before := time.Now(), cpuTime(t)
	for range 6 {
		ctx, cancel := context.WithTimeout(testCtx(t), 400*time.Millisecond)
		_, err := user.eng.Update(ctx, b.m.addr, wei(7))
		cancel()
		t.Logf("a payment after the restart: %v", err)
		time.Sleep(100 * time.Millisecond)
	}
	if used := cpuTime(t) - before; used > time.Second {
		t.Fatalf("SPIN: the spent window cost %v of CPU in %v", used, time.Since(start))
	}
	bumps := 0
	for _, p := range b.m.proposals() {
		if n := p.Proposal.State.TxCountGlobal; n > floor {
			if !isBump(p) || n > floor+bumpWindow {
				t.Fatalf("LOSS: the user signed %+v at F+%d, not a Bump in its window", p.Updates, n-floor)
			}
			bumps++
		}
	}
	t.Logf("Bumps in the window: %d; after she relents: %v", bumps, relentAndPay(t, b, user))
}

// TestMal15RefusedPaymentsBeforeTheRestoreHeld (held): Mallory refuses maxBinding of the bounded user's
// payments (non-Bumps, refused ones that bind it) before its last backup, which holds them; the user is
// restored from it with maxBinding refused at once, and she answers its Bumps CodeTaken at their own
// nonces for a while. Feared: lastWindowBump, which lets Bumps go with maxBinding refused, lets more than
// the window's go (refused stored without bound) or signs something else; or, once she relents, the
// refused payments keep the channel frozen. Held if the user signs only Bumps in its window, keeps at most
// maxBinding+bumpWindow refused, and pays once she countersigns.
func TestMal15RefusedPaymentsBeforeTheRestoreHeld(t *testing.T) {
	b := boundUser(t)
	b.m.setAnswer(refuseAll)
	for range maxBinding {
		ctx, cancel := context.WithTimeout(testCtx(t), time.Second)
		_, _ = b.user.eng.Update(ctx, b.m.addr, wei(3))
		cancel()
	}
	var refused int
	if err := b.user.eng.query(testCtx(t), func() { refused = len(b.user.eng.channels[b.m.addr].refused) }); err != nil {
		t.Fatal(err)
	}
	saveBound(t, b.user, b.backups)
	floor := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip
	var bumps atomic.Int64
	b.m.setAnswer(func(p protocol.Propose) protocol.Message {
		if isBump(p) {
			bumps.Add(1)
		}
		return takenAt(p.Proposal.State.TxCountGlobal)(p)
	})
	user := restoreBoundUser(t, b, b.user)
	stopBackups := backingUpUntil(t, user, b.backups)
	t.Cleanup(stopBackups)
	ctx, cancel := context.WithTimeout(testCtx(t), 30*time.Second)
	go func() { _, _ = user.eng.Update(ctx, b.m.addr, wei(7)) }()
	for deadline := time.Now().Add(30 * time.Second); bumps.Load() < 10 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	var after int
	if err := user.eng.query(testCtx(t), func() { after = len(user.eng.channels[b.m.addr].refused) }); err != nil {
		t.Fatal(err)
	}
	t.Logf("refused before the backup: %d; after the restore and %d Bumps: %d", refused, bumps.Load(), after)
	if after > maxBinding+bumpWindow {
		t.Fatalf("SPIN: the restored user keeps %d refused proposals", after)
	}
	for _, p := range b.m.proposals() {
		if n := p.Proposal.State.TxCountGlobal; n > floor && (!isBump(p) || n > floor+bumpWindow) {
			t.Fatalf("LOSS: the user signed %+v at F+%d, not a Bump in its window", p.Updates, n-floor)
		}
	}
	if err := relentAndPay(t, b, user); err != nil {
		t.Fatalf("FREEZE: refused payments before the restore, then she relents, yet the user cannot pay: %v", err)
	}
}
