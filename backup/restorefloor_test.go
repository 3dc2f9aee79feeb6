package backup

import (
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// TestRestoreFloors checks the floors Restore records: RestoreSkip above each restored channel's latest
// nonce (from zero for a channel with proposals only), RestoreSkip for the channels the backup does not
// hold, and their encoding, which refuses a truncated value.
func TestRestoreFloors(t *testing.T) {
	a, b, c := common.Address{1}, common.Address{2}, common.Address{3}
	rec := func(hub, user common.Address, n uint64) state.Record {
		return state.Record{SignedState: state.SignedState{State: state.ChannelState{Hub: hub, User: user, TxCountGlobal: n}}}
	}
	batch := state.Batch{
		States:    []state.Record{rec(a, b, 7), rec(a, c, 40)},
		Proposals: []state.Proposal{{Record: rec(a, b, 8)}, {Record: rec(b, c, 1)}},
		Refused:   []state.Proposal{{Record: rec(a, c, 41)}},
	}
	got := floorsOf(&batch)
	if !got[len(got)-1].AnyChannel() {
		t.Fatalf("floors %+v: the last is not that of the channels the backup does not hold", got)
	}
	slices.SortStableFunc(got, func(x, y Floor) int { return int(x.Nonce) - int(y.Nonce) })
	want := []Floor{{b, c, RestoreSkip}, {Nonce: RestoreSkip}, {a, b, 7 + RestoreSkip}, {a, c, 40 + RestoreSkip}}
	if !slices.Equal(got, want) {
		t.Fatalf("floors %+v, want %+v", got, want)
	}
	back, err := DecodeFloors(EncodeFloors(got))
	if err != nil || !slices.Equal(back, got) {
		t.Fatalf("decoded %+v, %v; want %+v", back, err, got)
	}
	if _, err := DecodeFloors(EncodeFloors(got)[1:]); !errors.Is(err, ErrSnapshot) {
		t.Fatalf("a truncated value: %v, want ErrSnapshot", err)
	}
}
