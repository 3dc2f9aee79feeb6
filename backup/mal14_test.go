package backup

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// Review 14: Mallory against the floors snapshots carry (version 4) and what a second restore records.

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
