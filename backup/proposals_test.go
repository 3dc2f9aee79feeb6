package backup

import (
	"context"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
)

// TestSnapshotKeepsEveryOwnProposal (review 7): a node never signs two different states at one nonce
// (ADR 18), so it must not forget one it signed: a snapshot carries its refused proposals, whether its
// outstanding one was refused, and a channel whose only states are its proposals (never countersigned,
// so no latest state). Restored, the node's floor in each channel is what it was.
func TestSnapshotKeepsEveryOwnProposal(t *testing.T) {
	ctx := context.Background()
	src := openStore(t)
	latest, _ := channel(t, 4, false)
	refused, _ := channel(t, 5, true)
	row, _ := channel(t, 6, true)
	// The user's first proposal to another hub, never countersigned.
	s := state.ChannelState{Hub: crypto.PubkeyToAddress(otherKey.PublicKey), User: latest.State.User,
		WeiUser: *uint256.NewInt(10), TxCountGlobal: 1}
	sig, err := state.Sign(domain.ChannelDigest(&s), userKey)
	if err != nil {
		t.Fatal(err)
	}
	first := state.Record{SignedState: state.SignedState{State: s, SigUser: sig[:]}}
	if err := src.Commit(ctx, state.Batch{States: []state.Record{latest},
		Proposals: []state.Proposal{{Record: row, Message: []byte("six"), Refused: true}, {Record: first, Message: []byte("one")}},
		Refused:   []state.Proposal{{Record: refused, Message: []byte("five"), Refused: true}, {Record: row, Message: []byte("six"), Refused: true}},
	}); err != nil {
		t.Fatal(err)
	}
	snap, err := Take(ctx, src, latest.State.User, domain, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := snap.marshal()
	if err == nil {
		snap, err = unmarshalSnapshot(b)
	}
	if err != nil {
		t.Fatal(err)
	}
	batch, err := snap.Batch()
	if err != nil {
		t.Fatal(err)
	}
	dst := openStore(t)
	if err := dst.Commit(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, want := range []state.Proposal{{Record: row, Message: []byte("six"), Refused: true}, {Record: first, Message: []byte("one")}} {
		got, err := dst.Proposal(ctx, want.State.Hub, want.State.User)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("restored proposal %+v (%v), want %+v", got, err, want)
		}
	}
	got, err := dst.Refused(ctx, latest.State.Hub, latest.State.User)
	if err != nil || len(got) != 2 {
		t.Fatalf("restored %d refused proposals (%v), want 2", len(got), err)
	}
	for _, r := range got {
		if r.State != refused.State && r.State != row.State {
			t.Fatalf("restored refused proposal %d, not one of the node's", r.State.TxCountGlobal)
		}
	}
	// A refused proposal signed by someone else is not the node's: the snapshot is refused.
	forged, _ := channel(t, 7, false)
	forged.SigUser = forged.SigHub
	enc, locks, threads, err := encodeRecord(forged)
	if err != nil {
		t.Fatal(err)
	}
	for i := range snap.Channels {
		snap.Channels[i].Refused = append(snap.Channels[i].Refused, Refused{State: enc, Locks: locks, Threads: threads})
	}
	if _, err := snap.Batch(); err == nil {
		t.Fatal("a snapshot with a refused proposal the node did not sign was taken")
	}
}
