package protocol

import (
	"fmt"
	"reflect"
	"testing"

	"spoke/state"
)

// addBatch returns 64 AddLocks alternating direction: even ids pay the user 1 wei, odd ids pay the hub 2 tokens.
func addBatch() []Update {
	ups := make([]Update, 64)
	for i := range ups {
		id := uint64(64 - i) // out of order on purpose
		if id%2 == 0 {
			ups[i] = AddLock{lock(id, true, 1, 0)}
		} else {
			ups[i] = AddLock{lock(id, false, 0, 2)}
		}
	}
	return ups
}

func TestBatch64(t *testing.T) {
	ch := applied(t, baseChannel(), baseCtx(), addBatch()...)
	s := ch.Latest.State
	if len(ch.Locks) != 64 {
		t.Fatalf("%d locks, want 64", len(ch.Locks))
	}
	for i, l := range ch.Locks {
		if l.ID != uint64(i+1) {
			t.Fatalf("lock %d has id %d: not sorted", i, l.ID)
		}
	}
	want := next(baseState(), func(w *state.ChannelState) {
		w.WeiHub, w.TokenUser = amt(68), amt(436)
		w.LockedWei, w.LockedToken = amt(32), amt(64)
		w.LockRoot = state.LockRoot(ch.Locks)
	})
	if s != want {
		t.Fatalf("after adds\n got %+v\nwant %+v", s, want)
	}
	settle := make([]Update, 64)
	for i := range settle {
		settle[i] = SettleLock{ID: uint64(i + 1), Preimage: preimage(uint64(i + 1))}
	}
	end := applied(t, ch, baseCtx(), settle...)
	want = next(baseState(), func(w *state.ChannelState) {
		w.TxCountGlobal++
		w.WeiHub, w.WeiUser, w.TokenHub, w.TokenUser = amt(68), amt(82), amt(1064), amt(436)
	})
	if end.Latest.State != want || len(end.Locks) != 0 {
		t.Fatalf("after settles\n got %+v (%d locks)\nwant %+v", end.Latest.State, len(end.Locks), want)
	}
}

func TestApplyDoesNotMutate(t *testing.T) {
	ch := chanWithLocks(lock(1, true, 10, 100), lock(3, false, 5, 0))
	ch.Latest.SigHub, ch.Latest.SigUser = []byte{1, 2}, []byte{3}
	ctx := baseCtx()
	ups := []Update{AddLock{lock(2, true, 1, 1)}, SettleLock{ID: 1, Preimage: preimage(1)}, Credit{Wei: amt(1)}}
	snapCh := Channel{Latest: ch.Latest, Locks: append([]state.Lock(nil), ch.Locks...)}
	snapCtx, snapUps := ctx, append([]Update(nil), ups...)
	_, locks, err := Apply(ch, ctx, ups...)
	if err != nil {
		t.Fatal(err)
	}
	locks[0].ID = 99 // the result must not alias the input
	if !reflect.DeepEqual(ch, snapCh) || ctx != snapCtx || !reflect.DeepEqual(ups, snapUps) {
		t.Fatalf("inputs mutated:\n%+v\n%+v", ch, snapCh)
	}
}

func BenchmarkApplyBatch64(b *testing.B) {
	ch, ctx, ups := baseChannel(), baseCtx(), addBatch()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Apply(ch, ctx, ups...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyOnTop: the next update of a channel holding n open locks, as a busy hub-to-hub channel's
// is: each one opens a lock and settles the oldest, on top of the state the previous one made. Apply
// checks the lock set it starts from and commits to the new one: two lock roots over n locks per update.
func BenchmarkApplyOnTop(b *testing.B) {
	for _, n := range []int{0, 64, 1000} {
		b.Run(fmt.Sprintf("locks=%d", n), func(b *testing.B) {
			ch := baseChannel()
			ch.Latest.State.TokenHub = amt(1 << 40)
			ups := make([]Update, n)
			for i := range ups {
				ups[i] = AddLock{lock(uint64(i+1), true, 0, 1)}
			}
			if n > 0 {
				var err error
				if ch.Latest.State, ch.Locks, err = Apply(ch, baseCtx(), ups...); err != nil {
					b.Fatal(err)
				}
			}
			next := uint64(n + 1)
			b.ReportAllocs()
			for b.Loop() {
				step := []Update{AddLock{lock(next, true, 0, 1)}}
				if len(ch.Locks) >= max(n, 1) {
					step = append(step, SettleLock{ID: ch.Locks[0].ID, Preimage: preimage(ch.Locks[0].ID)})
				}
				s, locks, err := Apply(ch, baseCtx(), step...)
				if err != nil {
					b.Fatal(err)
				}
				ch.Latest.State, ch.Locks = s, locks
				next++
			}
		})
	}
}
