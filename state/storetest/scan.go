package storetest

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// testScan: LatestAll gives every channel's Latest in Channels' order, and ProposalChannels the channels
// whose Proposal or Refused give anything, whatever else the store holds (answered proposals, states
// below the latest, a proposal of a channel without a state yet).
func testScan(t *testing.T, be Backend) {
	s, _ := open(t, be)
	sc, ok := s.(state.Scanner)
	if !ok {
		t.Fatalf("%T is not a state.Scanner", s)
	}
	hub := Addr(0)
	MustPut(t, s, Records(hub, Addr(3), 1, 4)...)
	MustPut(t, s, WithLocks(Record(hub, Addr(1), 2), 1, 2))
	MustPut(t, s, Record(Addr(2), Addr(1), 7)) // this node as a user of another hub
	MustPut(t, s, Record(hub, Addr(4), 1))
	proposals := []state.Proposal{
		{Record: Record(hub, Addr(1), 3), Message: []byte("outstanding")},
		{Record: Record(hub, Addr(3), 4), Message: []byte("answered")}, // at the latest: superseded
		{Record: Record(hub, Addr(5), 1), Message: []byte("opening")},  // no state yet
	}
	refused := []state.Proposal{{Record: Record(hub, Addr(4), 2), Message: []byte("refused"), Refused: true}}
	if err := s.Commit(ctx, state.Batch{Proposals: proposals, Refused: refused}); err != nil {
		t.Fatal(err)
	}
	all, err := sc.LatestAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := s.Channels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(pairs) {
		t.Fatalf("LatestAll gave %d records for %d channels", len(all), len(pairs))
	}
	for i, p := range pairs {
		want, err := s.Latest(ctx, p[0], p[1])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(all[i], want) {
			t.Fatalf("LatestAll[%d] = %+v, Latest of %s/%s %+v", i, all[i], p[0], p[1], want)
		}
	}
	got, err := sc.ProposalChannels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]common.Address{{hub, Addr(1)}, {hub, Addr(4)}, {hub, Addr(5)}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("ProposalChannels = %v, want %v", got, want)
	}
}

// testAnsweredProposalsDropped: once a state at or above a proposal's nonce is stored, the store keeps the
// proposal no longer (Proposal did not return it anyway), so that its proposals table holds the proposals
// in flight and not one row for every channel that ever had one; a proposal above the stored state stays.
func testAnsweredProposalsDropped(t *testing.T, be Backend) {
	s, pl := open(t, be)
	hub := Addr(0)
	var props []state.Proposal
	for i := 1; i <= 3; i++ {
		MustPut(t, s, Record(hub, Addr(i), 1))
		props = append(props, state.Proposal{Record: Record(hub, Addr(i), 2), Message: []byte("p")})
	}
	if err := s.Commit(ctx, state.Batch{Proposals: props}); err != nil {
		t.Fatal(err)
	}
	next := state.Proposal{Record: Record(hub, Addr(2), 4), Message: []byte("next")}
	if err := s.Commit(ctx, state.Batch{States: []state.Record{Record(hub, Addr(1), 2), Record(hub, Addr(2), 3)},
		Proposals: []state.Proposal{next}}); err != nil {
		t.Fatal(err)
	}
	if n := pl.QueryInt(t, "SELECT count(*) FROM proposals"); n != 2 {
		t.Fatalf("%d proposals kept, want 2 (channel 2's next one and channel 3's in flight)", n)
	}
	if got, err := s.Proposal(ctx, hub, Addr(2)); err != nil || !reflect.DeepEqual(got, next) {
		t.Fatalf("the proposal stored with the state before it: %+v, %v", got, err)
	}
	if got, err := s.Proposal(ctx, hub, Addr(3)); err != nil || !reflect.DeepEqual(got, props[2]) {
		t.Fatalf("the proposal still in flight: %+v, %v", got, err)
	}
}
