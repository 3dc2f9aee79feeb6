package node

import (
	"testing"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/protocol"
)

// TestRestoredNodeSkipsTheNoncesItMayHaveSigned (user loses without the rule): the user backs up at
// nonce N, then pays Mallory, its hub, twice (N+1, N+2), and loses its data directory. Restored from
// the backup, it knows nothing above N, but Mallory holds its signatures at N+1 and N+2. She proposes at
// N+1 a state paying the user 5,000 wei; countersigned, she would hold two states of the user's signature
// at N+1 and exit with the one in which the user paid her, after the user was told it received 5,000.
// Safe outcome: the restore records a floor for every restored channel, RestoreSkip above the highest
// nonce the backup holds, and the restored node signs nothing at or below it: her proposals are answered
// Taken naming the floor (or the user's own proposal just above it, a Bump, which she first answers
// Busy); the user moves the channel past the floor with that Bump, which she cannot do (her lifts stop
// below the floor); once she countersigns it her proposal above it is countersigned, and the user's own
// next proposal goes above that.
func TestRestoredNodeSkipsTheNoncesItMayHaveSigned(t *testing.T) {
	b := backUpMalloryUser(t) // restorebump_test.go
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	for range 2 {
		if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
			t.Fatal(err)
		}
	}
	if got := m.latest().Latest.State.TxCountGlobal; got != n+2 {
		t.Fatalf("Mallory's latest is %d, want %d", got, n+2)
	}

	// The restored user's Bump stays outstanding (Busy) while she tries the nonces it signed before.
	m.setAnswer(busy)
	user = restoreMalloryUser(t, m, user, b.dir, b.backups, b.clock) // mal9_attack_test.go
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != n {
		t.Fatalf("the restored user's latest is %d, want the backup's %d", got, n)
	}

	m.mu.Lock()
	m.ch = atBackup // she builds on the state the user was restored to
	m.mu.Unlock()
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	floor := n + backup.RestoreSkip
	wantTaken(t, m.proposeOnce(nil, five), floor, "the restored user, for a state at a nonce it may have signed before")
	if _, ok := m.proposeAt(n+2, nil, five).(protocol.Countersign); ok {
		t.Fatal("the restored user countersigned a state at a nonce it signed before its backup was restored")
	}
	m.setAnswer(m.countersign)
	bumped := atBackup.Latest.State
	bumped.TxCountGlobal = floor + 1
	waitFor(t, "the user's Bump past its floor, countersigned", func() bool {
		return stored(t, user, m.addr, userAddr).State == bumped
	})
	// Past its Bump, the restored user signs nothing in the Bump window above its floor (channel.floor).
	top := floor + bumpWindow
	wantTaken(t, m.proposeOnce(nil, five), top, "the restored user, in its Bump window")
	if ans, ok := m.proposeAt(top+1, nil, five).(protocol.Countersign); !ok {
		t.Fatalf("her proposal above the floor: %#v, want a countersignature", ans)
	}
	got := stored(t, user, m.addr, userAddr).State
	if got.TxCountGlobal != top+1 || !got.WeiUser.Eq(new(uint256.Int).AddUint64(&atBackup.Latest.State.WeiUser, 5000)) {
		t.Fatalf("the restored user's latest: nonce %d, %s wei; want %d, %s + 5000", got.TxCountGlobal, got.WeiUser.Dec(),
			top+1, atBackup.Latest.State.WeiUser.Dec())
	}
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(1)); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != top+2 {
		t.Fatalf("the user's own payment after the restore is at nonce %d, want %d", got, top+2)
	}
}
