package node

import (
	"errors"
	"testing"
	"time"

	"spoke/backup"
	"spoke/protocol"
	"spoke/state"
)

// Review 11: Mallory against the Bump and the restore floor raised above every lift (ADR 18).

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
