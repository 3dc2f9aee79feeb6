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
	want := []Floor{{b, c, RestoreSkip, 0}, {Nonce: RestoreSkip}, {a, b, 7 + RestoreSkip, 7}, {a, c, 40 + RestoreSkip, 40}}
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

// TestRestoreFloorReserves: a restored channel's floor reserves its own nonce while the latest is the
// restored one, the top of the Bump window once the latest moved on within it, and nothing past it; a
// backup of it records that (floorsFrom), and an earlier build's floors (no latest) read as the floor less
// RestoreSkip.
func TestRestoreFloorReserves(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	f := Floor{Hub: a, User: b, Nonce: 10 + RestoreSkip, Latest: 10}
	for _, c := range []struct{ latest, want uint64 }{
		{10, 10 + RestoreSkip},
		{11, 10 + RestoreSkip + BumpWindow},
		{10 + RestoreSkip + BumpWindow, 10 + RestoreSkip + BumpWindow},
		{11 + RestoreSkip + BumpWindow, 0},
	} {
		if got := f.Reserved(c.latest); got != c.want {
			t.Fatalf("reserved at latest %d: %d, want %d", c.latest, got, c.want)
		}
	}
	restored := RestoreFloorsOf([]Floor{f, {Nonce: RestoreSkip}})
	got := floorsFrom(map[[2]common.Address]uint64{{a, b}: 12, {b, a}: 3}, restored)
	slices.SortStableFunc(got, func(x, y Floor) int { return int(x.Nonce) - int(y.Nonce) })
	want := []Floor{{Nonce: RestoreSkip}, {b, a, RestoreSkip + BumpWindow, 3}, {a, b, 10 + RestoreSkip + BumpWindow, 12}}
	if !slices.Equal(got, want) {
		t.Fatalf("floors of a backup after a restore: %+v, want %+v", got, want)
	}
	v1, err := decodeFloorsV1(append(append(a[:], b[:]...), 0, 0, 0, 0, 0, 0, 0xc0, 0x0a))
	if err != nil || len(v1) != 1 || v1[0].Nonce != 10+RestoreSkip || v1[0].Latest != 10 {
		t.Fatalf("an earlier build's floor: %+v, %v", v1, err)
	}
}
