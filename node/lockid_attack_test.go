package node

import (
	"testing"

	"spoke/protocol"
)

// TestLockIDsOfLaterNoncesAreRefused (user's payments blocked without the rule): lock ids are
// nonce << 10 | index, assigned by whoever proposes the state at that nonce. Mallory, a hub, opens a lock
// to the user whose id belongs to a later nonce, where the user's own payment would get it: while her
// lock is open, that payment cannot be applied (two locks with one id) and fails, and she can squat as
// many later ids as she has locks. Safe outcome (L6): a new lock's id must carry its proposal's nonce;
// hers is refused and changes nothing, and the same lock with its proper id is taken.
func TestLockIDsOfLaterNoncesAreRefused(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	before := stored(t, user, m.addr, userAddr)
	l, note, _ := m.lockTo(&userKey.PublicKey, 1000, clock.Now()+3600)
	proper := l.ID
	l.ID, note.LockID = (before.State.TxCountGlobal+4)<<lockIDShift, (before.State.TxCountGlobal+4)<<lockIDShift
	wantRefused(t, m.proposeOnce([]protocol.Note{note}, protocol.AddLock{Lock: l}), ErrLockID)
	if after := stored(t, user, m.addr, userAddr); after.State != before.State {
		t.Fatal("the refused lock changed the user's state")
	}
	l.ID, note.LockID = proper, proper
	if ans, ok := m.proposeOnce([]protocol.Note{note}, protocol.AddLock{Lock: l}).(protocol.Countersign); !ok {
		t.Fatalf("her lock with its proper id: %#v, want a countersignature", ans)
	}
}
