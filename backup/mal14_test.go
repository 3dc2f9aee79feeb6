package backup

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// Review 14: Mallory against the floors snapshots carry (version 4) and what a second restore records.

// TestMal14SecondRestoreForgetsWhereNewChannelsStart (loss, unbounded node): a node restored from backup A
// starts every channel A does not hold above A's AnyChannel floor (node: peek sets restoreAny, so its
// first state is the Bump at RestoreSkip+1, then RestoreSkip+2, ...), and it does so for as long as the
// restore's floors stay in the store. Backup B, taken after that restore but before Mallory opens her
// channel D with the node, records for D (not in B) the AnyChannel floor RestoreSkip again (floorsFrom
// drops the restored AnyChannel floor: it always appends Floor{Nonce: RestoreSkip}). After B the node
// signs D's states RestoreSkip+1 .. RestoreSkip+k (Mallory pays or proposes small steps: k of about 40 is
// enough); it loses its data and is restored from B, its last backup. D's floor is RestoreSkip, its
// latest 0: the restored node bumps at RestoreSkip+1 (the same Bump), then, past the window, signs new
// states from RestoreSkip+BumpWindow+1 on, where it signed other ones before. Two states at one nonce
// (ADR 18): the floor was to leave the node's own progress since its backup (restoreMargin, 8,192 states)
// uncovered by nothing, here it leaves BumpWindow. A node bounded by its backups is not exposed (B's marks
// cover D only up to the window until a backup holding D is stored).
func TestMal14SecondRestoreForgetsWhereNewChannelsStart(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	// The node was restored from backup A, which held none of the channels below (a restore records the
	// floors in the store's meta: backup.go Restore).
	if err := st.Commit(ctx, state.Batch{Meta: map[string][]byte{MetaRestoreFloors: EncodeFloors(floorsOf(&state.Batch{}))}}); err != nil {
		t.Fatal(err)
	}
	restoredA, err := LoadRestoreFloors(ctx, st)
	if err != nil || restoredA == nil {
		t.Fatalf("restore floors of A: %v, %v", restoredA, err)
	}
	hub, user := crypto.PubkeyToAddress(hubKey.PublicKey), crypto.PubkeyToAddress(userKey.PublicKey)
	// Where the restored node starts a channel A does not hold (node: peek, channel.floor, nextNonce).
	first := restoredA.Of(hub, user).Reserved(0) + 1
	// Backup B, before Mallory's channel D = (hub, user) exists.
	snapB, err := Take(ctx, st, hub, domain, 1)
	if err != nil {
		t.Fatal(err)
	}
	floorsB, err := snapB.restoreFloors(&state.Batch{})
	if err != nil {
		t.Fatal(err)
	}
	fD := RestoreFloorsOf(floorsB).Of(hub, user)
	// After B the node signed D's states first, first+1, ..., first+k; restored from B it signs again above
	// fD.Reserved of D's latest (0, nothing of D in B) and, past the Bump window, states of its own.
	const k = 2 * BumpWindow
	resumes := fD.Reserved(0) + BumpWindow + 1
	t.Logf("new channels start at %d after restore A; restored from B, channel D's floor %d: new states from %d",
		first, fD.Nonce, resumes)
	if resumes <= first+k {
		t.Fatalf("LOSS: after a restore every new channel starts at %d, yet backup B records RestoreSkip (%d) for "+
			"a channel it does not hold: the node signs channel D's states %d..%d after B and, restored from B (its "+
			"last backup), signs other states at %d..%d (the AnyChannel floor must carry the restored one forward)",
			first, fD.Nonce, first, first+k, resumes, first+k)
	}
}
