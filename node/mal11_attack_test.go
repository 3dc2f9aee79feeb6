package node

import (
	"errors"
	"os"
	"testing"
	"time"

	"spoke/backup"
	"spoke/protocol"
	"spoke/state"
)

// Review 11: Mallory against the Bump and the restore floor raised above every lift (ADR 18).

// TestMal11PeersJumpAboveTheRestoreFloor (user's double signature; OPEN, see ADR 18 "Review 11"): the
// user backs up at nonce N. Mallory, its hub, proposes a Bump at N+RestoreSkip+2, as a restored hub would
// at its floor plus one: it is within state.MaxNonceStep and follows from the latest, so the user
// countersigns it. The user loses its data before its next backup and is restored from the one at N: its
// floor is N+RestoreSkip, below the state it countersigned. It bumps at N+RestoreSkip+1 (she countersigns)
// and pays her 7 wei at N+RestoreSkip+2: she holds two different states of its signature at that nonce.
// The restore floor covers the nonces a peer's Taken can lift the node to, not those a peer's own
// proposal reaches (any update, free with a Bump), and an honest acceptor must take a restored peer's
// Bump RestoreSkip+1 above its latest, so no fixed RestoreSkip covers what an acceptor countersigns.
// Safe outcome (not reached yet): she holds no two states of the user's signature at one nonce.
func TestMal11PeersJumpAboveTheRestoreFloor(t *testing.T) {
	if os.Getenv("SPOKE_OPEN_ATTACKS") == "" {
		t.Skip("OPEN (review 11, ADR 18): fails until decided; SPOKE_OPEN_ATTACKS=1 runs it")
	}
	b := backUpMalloryUser(t) // restorebump_test.go
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	held := userSigned{}
	if _, ok := m.proposeAt(n+backup.RestoreSkip+2, nil, protocol.Bump{}).(protocol.Countersign); ok {
		held.add(m.latest().Latest.State)
	}
	m.mu.Lock()
	m.ch = atBackup // she builds on the state the user is restored to
	m.mu.Unlock()
	user = restoreMalloryUser(t, m, user, b.dir, b.backups, b.clock)
	waitFor(t, "the restored user's Bump, countersigned", func() bool {
		return stored(t, user, m.addr, userAddr).State.TxCountGlobal == n+backup.RestoreSkip+1
	})
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.twice(t)
}

// TestMal11BumpAtTheTopOfTheStep (held): Mallory, the hub of an honest user that was never restored,
// bumps its channel by state.MaxNonceStep, the most a proposal may move the nonce (protocol.Apply refuses
// more: TestApplyBump), twice. Safe outcome: both are countersigned with nothing but the nonce changed,
// and the user's own payment after them goes through one above her latest: a Bump at the top of the step
// leaves the user's next proposals a whole step.
func TestMal11BumpAtTheTopOfTheStep(t *testing.T) {
	b := backUpMalloryUser(t)
	m, user := b.m, b.user
	for range 2 {
		before := m.latest().Latest.State
		if _, ok := m.proposeAt(before.TxCountGlobal+state.MaxNonceStep, nil, protocol.Bump{}).(protocol.Countersign); !ok {
			t.Fatalf("a Bump by MaxNonceStep above %d not countersigned", before.TxCountGlobal)
		}
		after := m.latest().Latest.State
		before.TxCountGlobal = after.TxCountGlobal
		if after != before {
			t.Fatalf("the Bump changed more than the nonce: %+v", after)
		}
	}
	top := m.latest().Latest.State.TxCountGlobal
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the user's payment after her Bumps: %v", err)
	}
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != top+1 {
		t.Fatalf("the user's payment is at nonce %d, want %d", got, top+1)
	}
}

// TestMal11BumpAnsweredTaken (held, bounded): Mallory, the hub of a restored user, answers each of its
// Bumps CodeTaken at the Bump's own nonce (a lie: she signed nothing there) instead of refusing it, and
// countersigns anything else. A Bump answered Taken is not a failed one (an honest peer answers Taken
// when its own proposal crossed it): it is proposed again above, each one binding the user. Safe
// outcome: she gets at most maxBinding Bump states, all above the floor and none at one nonce with another
// state of the user's; the user's signatures then stop (ErrTooManyRefused), as for any proposal she
// answers Taken for ever, until she countersigns one of her own or the user exits.
func TestMal11BumpAnsweredTaken(t *testing.T) {
	b := backUpMalloryUser(t)
	m, atBackup := b.m, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if len(p.Updates) == 1 && p.Updates[0] == (protocol.Bump{}) {
			return takenAt(p.Proposal.State.TxCountGlobal)(p)
		}
		return m.countersign(p)
	})
	seen := len(m.proposals())
	user := restoreMalloryUser(t, m, b.user, b.dir, b.backups, b.clock)
	deadline := time.Now().Add(time.Minute) // each Taken makes the user wait up to a second (retryLater)
	for len(m.proposals()[seen:]) < maxBinding && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(3 * bumpCheckEvery) // a Bump more would go out by now
	held := userSigned{}
	held.addProposals(m)
	for _, p := range m.proposals()[seen:] {
		if s := p.Proposal.State.TxCountGlobal; s <= n+backup.RestoreSkip {
			t.Fatalf("a Bump at nonce %d, at or below the floor %d", s, n+backup.RestoreSkip)
		}
	}
	if got := len(m.proposals()[seen:]); got != maxBinding {
		t.Fatalf("LOOP: %d Bumps proposed, want %d", got, maxBinding)
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); !errors.Is(err, ErrTooManyRefused) {
		t.Fatalf("the user's payment with %d refused Bumps: %v, want ErrTooManyRefused", maxBinding, err)
	}
	held.twice(t)
}
