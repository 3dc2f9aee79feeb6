package storetest

import (
	"errors"
	"reflect"
	"testing"

	"spoke/state"
)

// testLocksRoundTrip stores lock sets of several shapes in one batch, one channel each, and reads each
// back from Latest, before and after a reopen; a later state without locks then has none.
func testLocksRoundTrip(t *testing.T, be Backend) {
	tests := []struct {
		name  string
		locks []state.Lock
		want  []state.Lock
	}{
		{"nil", nil, nil},
		{"empty", []state.Lock{}, nil},
		{"one", Locks(7), Locks(7)},
		{"extreme IDs", Locks(0, 3, 1<<64-1), Locks(0, 3, 1<<64-1)},
		{"MaxLocks", Locks(LockIDs(state.MaxLocks)...), Locks(LockIDs(state.MaxLocks)...)},
	}
	s, pl := open(t, be)
	var batch []state.Record
	for i, tc := range tests {
		r := Record(Addr(1), Addr(10+i), 1)
		r.Locks = tc.locks
		batch = append(batch, r)
	}
	MustPut(t, s, batch...)
	for _, phase := range []string{"stored", "reopened"} {
		for i, tc := range tests {
			got, err := s.Latest(ctx, Addr(1), Addr(10+i))
			if err != nil || !reflect.DeepEqual(got.Locks, tc.want) || got.State != batch[i].State {
				t.Fatalf("%s, %s: %d locks (want %d), %v", phase, tc.name, len(got.Locks), len(tc.want), err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s = OpenAt(t, pl)
	}
	if n := pl.QueryInt(t, `SELECT count(*) FROM states WHERE locks IS NULL`); n != 2 {
		t.Fatalf("%d states stored NULL locks, want 2 (nil and empty)", n)
	}
	MustPut(t, s, Record(Addr(1), Addr(12), 2))
	if got, err := s.Latest(ctx, Addr(1), Addr(12)); err != nil || got.Locks != nil {
		t.Fatalf("a state without locks after one with: %v, %v", got.Locks, err)
	}
}

// testPutRefusesLocks checks that a record with too many locks, or locks the store could not read back,
// refuses its whole batch before anything is stored.
func testPutRefusesLocks(t *testing.T, be Backend) {
	s, _ := open(t, be)
	hub, u1, u2 := Addr(1), Addr(2), Addr(3)
	MustPut(t, s, Records(hub, u1, 1, 3)...)
	unsorted := Record(hub, u1, 4)
	unsorted.Locks = Locks(2, 1)
	repeated := Record(hub, u1, 4)
	repeated.Locks = Locks(1, 2, 2)
	tests := []struct {
		name string
		bad  state.Record
		want error
	}{
		{"MaxLocks+1", WithLocks(Record(hub, u1, 4), LockIDs(state.MaxLocks+1)...), state.ErrTooManyLocks},
		{"unsorted IDs", unsorted, state.ErrLockOrder},
		{"repeated ID", repeated, state.ErrLockOrder},
	}
	for _, tc := range tests {
		for _, batch := range [][]state.Record{{Record(hub, u2, 1), tc.bad}, {tc.bad, Record(hub, u2, 1)}} {
			if err := s.Put(ctx, batch...); !errors.Is(err, tc.want) {
				t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
			}
			CheckUnchanged(t, s, tc.name)
		}
	}
	MustPut(t, s, WithLocks(Record(hub, u1, 4), LockIDs(state.MaxLocks)...))
}
