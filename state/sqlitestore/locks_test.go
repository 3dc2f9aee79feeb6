package sqlitestore_test

import (
	"errors"
	"reflect"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
)

// TestLocksRoundTrip stores lock sets of several shapes in one batch, one channel each, and reads each
// back from Latest, before and after a reopen; a later state without locks then has none.
func TestLocksRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		locks []state.Lock
		want  []state.Lock
	}{
		{"nil", nil, nil},
		{"empty", []state.Lock{}, nil},
		{"one", testLocks(7), testLocks(7)},
		{"extreme IDs", testLocks(0, 3, 1<<64-1), testLocks(0, 3, 1<<64-1)},
		{"MaxLocks", testLocks(lockIDs(state.MaxLocks)...), testLocks(lockIDs(state.MaxLocks)...)},
	}
	s, path := openTemp(t)
	var batch []state.Record
	for i, tc := range tests {
		r := record(addr(1), addr(10+i), 1)
		r.Locks = tc.locks
		batch = append(batch, r)
	}
	mustPut(t, s, batch...)
	for _, phase := range []string{"stored", "reopened"} {
		for i, tc := range tests {
			got, err := s.Latest(ctx, addr(1), addr(10+i))
			if err != nil || !reflect.DeepEqual(got.Locks, tc.want) || got.State != batch[i].State {
				t.Fatalf("%s, %s: %d locks (want %d), %v", phase, tc.name, len(got.Locks), len(tc.want), err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s = openAt(t, path)
	}
	if n := queryInt(t, path, `SELECT count(*) FROM states WHERE locks IS NULL`); n != 2 {
		t.Fatalf("%d states stored NULL locks, want 2 (nil and empty)", n)
	}
	mustPut(t, s, record(addr(1), addr(12), 2))
	if got, err := s.Latest(ctx, addr(1), addr(12)); err != nil || got.Locks != nil {
		t.Fatalf("a state without locks after one with: %v, %v", got.Locks, err)
	}
}

// TestPutRefusesLocks checks that a record with too many locks, or locks the store could not read back,
// refuses its whole batch before anything is stored.
func TestPutRefusesLocks(t *testing.T) {
	s, _ := openTemp(t)
	hub, u1, u2 := addr(1), addr(2), addr(3)
	mustPut(t, s, run(hub, u1, 1, 3)...)
	unsorted := record(hub, u1, 4)
	unsorted.Locks = testLocks(2, 1)
	repeated := record(hub, u1, 4)
	repeated.Locks = testLocks(1, 2, 2)
	tests := []struct {
		name string
		bad  state.Record
		want error
	}{
		{"MaxLocks+1", withLocks(record(hub, u1, 4), lockIDs(state.MaxLocks+1)...), state.ErrTooManyLocks},
		{"unsorted IDs", unsorted, sqlitestore.ErrLockOrder},
		{"repeated ID", repeated, sqlitestore.ErrLockOrder},
	}
	for _, tc := range tests {
		for _, batch := range [][]state.Record{{record(hub, u2, 1), tc.bad}, {tc.bad, record(hub, u2, 1)}} {
			if err := s.Put(ctx, batch...); !errors.Is(err, tc.want) {
				t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
			}
			checkUnchanged(t, s, tc.name)
		}
	}
	mustPut(t, s, withLocks(record(hub, u1, 4), lockIDs(state.MaxLocks)...))
}
