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
