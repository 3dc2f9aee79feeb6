package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

func testPutLatestHistory(t *testing.T, be Backend) {
	s, _ := open(t, be)
	a, b := [2]common.Address{Addr(1), Addr(2)}, [2]common.Address{Addr(1), Addr(3)}
	MustPut(t, s, Records(a[0], a[1], 1, 4)...)
	MustPut(t, s, append(Records(a[0], a[1], 5, 10), Records(b[0], b[1], 7, 7)...)...)

	latest, err := s.Latest(ctx, a[0], a[1])
	if err != nil || !reflect.DeepEqual(latest, Record(a[0], a[1], 10)) {
		t.Fatalf("latest %+v, %v", latest, err)
	}
	all, err := s.History(ctx, a[0], a[1], 0, 0)
	if err != nil || !reflect.DeepEqual(all, SignedStates(Records(a[0], a[1], 1, 10))) {
		t.Fatalf("history %v, %v", TxCounts(all), err)
	}
	CheckHistory(t, s, a, 4, 3, []uint64{4, 5, 6})
	CheckHistory(t, s, a, 9, 5, []uint64{9, 10})
	CheckHistory(t, s, a, 11, 0, []uint64{})
	CheckHistory(t, s, b, 0, -1, []uint64{7})
	CheckHistory(t, s, [2]common.Address{Addr(2), Addr(1)}, 0, 0, []uint64{})

	chans, err := s.Channels(ctx)
	if err != nil || !reflect.DeepEqual(chans, [][2]common.Address{a, b}) {
		t.Fatalf("channels %v, %v", chans, err)
	}
	if _, err := s.Latest(ctx, a[1], a[0]); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("latest of an unknown channel: %v", err)
	}
}

func CheckHistory(t testing.TB, s state.Store, ch [2]common.Address, from uint64, limit int, want []uint64) {
	t.Helper()
	got, err := s.History(ctx, ch[0], ch[1], from, limit)
	if err != nil || got == nil || !slices.Equal(TxCounts(got), want) {
		t.Fatalf("history from %d limit %d: %v (nil %v), %v; want %v", from, limit, TxCounts(got), got == nil, err, want)
	}
}

// testPutLargeTxCounts checks ordering over the whole uint64 range, above int64, the widest integer of SQLite and PostgreSQL.
func testPutLargeTxCounts(t *testing.T, be Backend) {
	s, _ := open(t, be)
	hub, user := Addr(1), Addr(2)
	counts := []uint64{0, 1, 1 << 62, 1<<63 - 1, 1 << 63, 1<<64 - 2, 1<<64 - 1}
	for _, tx := range counts {
		MustPut(t, s, Record(hub, user, tx))
	}
	CheckHistory(t, s, [2]common.Address{hub, user}, 1<<63-1, 0, counts[3:])
	if l, err := s.Latest(ctx, hub, user); err != nil || l.State.TxCountGlobal != 1<<64-1 {
		t.Fatalf("latest %d, %v", l.State.TxCountGlobal, err)
	}
	if err := s.Put(ctx, Record(hub, user, 1<<63)); !errors.Is(err, state.ErrStale) {
		t.Fatalf("put below the latest: %v", err)
	}
}

func testPutStaleBatchIsAtomic(t *testing.T, be Backend) {
	s, _ := open(t, be)
	hub, u1, u2 := Addr(1), Addr(2), Addr(3)
	MustPut(t, s, Records(hub, u1, 1, 3)...)
	for name, batch := range map[string][]state.Record{
		"equal to latest":      {Record(hub, u2, 1), Record(hub, u1, 3)},
		"below latest":         {Record(hub, u1, 4), Record(hub, u2, 1), Record(hub, u1, 2)},
		"repeated in batch":    {Record(hub, u2, 1), Record(hub, u1, 4), Record(hub, u1, 4)},
		"descending in batch":  {Record(hub, u1, 5), Record(hub, u1, 4)},
		"stale after new ones": append(Records(hub, u2, 1, 20), Record(hub, u1, 1)),
	} {
		if err := s.Put(ctx, batch...); !errors.Is(err, state.ErrStale) {
			t.Fatalf("%s: %v, want ErrStale", name, err)
		}
		CheckUnchanged(t, s, name)
	}
	MustPut(t, s, Record(hub, u1, 4), Record(hub, u2, 1), Record(hub, u1, 6))
	CheckHistory(t, s, [2]common.Address{hub, u1}, 0, 0, []uint64{1, 2, 3, 4, 6})
}

// CheckUnchanged checks the store still holds exactly channel (1, 2) at txCounts 1..3.
func CheckUnchanged(t testing.TB, s state.Store, name string) {
	t.Helper()
	if l, err := s.Latest(ctx, Addr(1), Addr(2)); err != nil || l.State.TxCountGlobal != 3 {
		t.Fatalf("%s: latest %d, %v", name, l.State.TxCountGlobal, err)
	}
	if _, err := s.Latest(ctx, Addr(1), Addr(3)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("%s: a refused batch stored a channel: %v", name, err)
	}
	CheckHistory(t, s, [2]common.Address{Addr(1), Addr(2)}, 0, 0, []uint64{1, 2, 3})
	if chans, err := s.Channels(ctx); err != nil || len(chans) != 1 {
		t.Fatalf("%s: channels %v, %v", name, chans, err)
	}
}

func testPutRejectsBadSignatureLength(t *testing.T, be Backend) {
	s, _ := open(t, be)
	bad := Record(Addr(1), Addr(2), 2)
	bad.SigUser = bad.SigUser[:64]
	if err := s.Put(ctx, Record(Addr(1), Addr(2), 1), bad); !errors.Is(err, state.ErrSignatureLength) {
		t.Fatalf("got %v", err)
	}
	if _, err := s.Latest(ctx, Addr(1), Addr(2)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("batch partly stored: %v", err)
	}
	if err := s.Put(ctx); err != nil {
		t.Fatalf("empty batch: %v", err)
	}
}

func testPutCancelled(t *testing.T, be Backend) {
	s, _ := open(t, be)
	c, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Put(c, Record(Addr(1), Addr(2), 1)); err == nil {
		t.Fatal("put with a cancelled context succeeded")
	}
	if _, err := s.Latest(ctx, Addr(1), Addr(2)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("cancelled put stored: %v", err)
	}
}

// testReopen stores signed records with locks, closes the store as a restart would, and finds every
// state, still verifying, and the latest locks after opening the file again.
func testReopen(t *testing.T, be Backend) {
	d := state.NewDomain(big.NewInt(1), Addr(0xd4))
	s, pl := open(t, be)
	var want []state.Record
	for tx := uint64(1); tx <= 5; tx++ {
		want = append(want, signedRecord(t, d, tx))
	}
	MustPut(t, s, want[:2]...)
	MustPut(t, s, want[2:]...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	hub, user := want[0].State.Hub, want[0].State.User
	got, err := s.History(ctx, hub, user, 0, 0)
	if err != nil || !reflect.DeepEqual(got, SignedStates(want)) {
		t.Fatalf("after reopen: %v, %v", TxCounts(got), err)
	}
	latest, err := s.Latest(ctx, hub, user)
	if err != nil || latest.Verify(d) != nil || !reflect.DeepEqual(latest, want[4]) {
		t.Fatalf("latest after reopen: %d with %d locks, %v, verify %v", latest.State.TxCountGlobal,
			len(latest.Locks), err, latest.Verify(d))
	}
	if err := s.Put(ctx, want[4]); !errors.Is(err, state.ErrStale) {
		t.Fatalf("stale put after reopen: %v", err)
	}
}

func testConcurrentPut(t *testing.T, be Backend) {
	s, _ := open(t, be)
	const writers, rounds = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			hub, user := Addr(100), Addr(w)
			for r := range uint64(rounds) {
				// batches of 1 or 2 states, interleaved with reads
				if err := s.Put(ctx, Records(hub, user, 2*r+1, 2*r+1+r%2)...); err != nil {
					errs <- fmt.Errorf("writer %d round %d: %w", w, r, err)
					return
				}
				if _, err := s.Latest(ctx, hub, user); err != nil {
					errs <- fmt.Errorf("writer %d round %d: latest: %w", w, r, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkConcurrentResult(t, s, writers, rounds)
}

func checkConcurrentResult(t testing.TB, s state.Store, writers int, rounds uint64) {
	t.Helper()
	var want []uint64
	for r := range rounds {
		want = append(want, 2*r+1)
		if r%2 == 1 {
			want = append(want, 2*r+2)
		}
	}
	for w := range writers {
		CheckHistory(t, s, [2]common.Address{Addr(100), Addr(w)}, 0, 0, want)
	}
	if chans, err := s.Channels(ctx); err != nil || len(chans) != writers {
		t.Fatalf("channels %d, %v", len(chans), err)
	}
}
