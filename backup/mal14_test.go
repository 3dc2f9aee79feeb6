package backup

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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

// TestMal14EarlierBuildsFloorsHeld (held): a store restored by an earlier build holds its floors under the
// v1 key, without the latest (always RestoreSkip above it then). Read now, each floor's latest is the floor
// less RestoreSkip, so a backup taken after the upgrade records what the floor still reserves: the floor
// while the latest is the restored one, the Bump window's top once it moved within it, RestoreSkip above
// the latest past it; the AnyChannel floor stays; and a later restore's v2 floors win over the v1 ones.
func TestMal14EarlierBuildsFloorsHeld(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	hub, user := crypto.PubkeyToAddress(hubKey.PublicKey), crypto.PubkeyToAddress(userKey.PublicKey)
	v1 := func(floors ...Floor) []byte {
		var b []byte
		for _, f := range floors {
			b = append(append(append(b, f.Hub[:]...), f.User[:]...), EncodeFloors([]Floor{{Nonce: f.Nonce}})[40:48]...)
		}
		return b
	}
	const n = 10
	if err := st.Commit(ctx, state.Batch{Meta: map[string][]byte{
		metaRestoreFloorsV1: v1(Floor{Hub: hub, User: user, Nonce: n + RestoreSkip}, Floor{Nonce: RestoreSkip}),
	}}); err != nil {
		t.Fatal(err)
	}
	restored, err := LoadRestoreFloors(ctx, st)
	if err != nil || restored == nil {
		t.Fatalf("v1 floors: %v, %v", restored, err)
	}
	for _, c := range []struct{ latest, want uint64 }{
		{n, n + RestoreSkip},
		{n + RestoreSkip + 1, n + RestoreSkip + 1 + RestoreSkip},
		{n + 5, n + RestoreSkip + BumpWindow},
	} {
		floors := RestoreFloorsOf(floorsFrom(map[[2]common.Address]uint64{{hub, user}: c.latest}, restored))
		if got := floors.Of(hub, user); got.Nonce < c.want || got.Latest != c.latest {
			t.Fatalf("LOSS: a backup after the upgrade at latest %d records %+v, want a floor of at least %d", c.latest,
				got, c.want)
		}
		if got := floors.Of(common.Address{9}, user).Nonce; got < RestoreSkip {
			t.Fatalf("LOSS: the AnyChannel floor after the upgrade is %d", got)
		}
	}
	if err := st.Commit(ctx, state.Batch{Meta: map[string][]byte{
		MetaRestoreFloors: EncodeFloors([]Floor{{Hub: hub, User: user, Nonce: 99 + RestoreSkip, Latest: 99}, {Nonce: RestoreSkip}}),
	}}); err != nil {
		t.Fatal(err)
	}
	if restored, err = LoadRestoreFloors(ctx, st); err != nil || restored.Of(hub, user).Latest != 99 {
		t.Fatalf("v2 floors beside v1 ones: %+v, %v", restored.Of(hub, user), err)
	}
}
