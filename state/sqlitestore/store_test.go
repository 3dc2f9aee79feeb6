package sqlitestore_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
	"spoke/state/sqlitestore"
)

func TestPutLatestHistory(t *testing.T) {
	s, _ := openTemp(t)
	a, b := [2]common.Address{addr(1), addr(2)}, [2]common.Address{addr(1), addr(3)}
	mustPut(t, s, run(a[0], a[1], 1, 4)...)
	mustPut(t, s, append(run(a[0], a[1], 5, 10), run(b[0], b[1], 7, 7)...)...)

	latest, err := s.Latest(ctx, a[0], a[1])
	if err != nil || !reflect.DeepEqual(latest, record(a[0], a[1], 10)) {
		t.Fatalf("latest %+v, %v", latest, err)
	}
	all, err := s.History(ctx, a[0], a[1], 0, 0)
	if err != nil || !reflect.DeepEqual(all, signedStates(run(a[0], a[1], 1, 10))) {
		t.Fatalf("history %v, %v", txCounts(all), err)
	}
	checkHistory(t, s, a, 4, 3, []uint64{4, 5, 6})
	checkHistory(t, s, a, 9, 5, []uint64{9, 10})
	checkHistory(t, s, a, 11, 0, []uint64{})
	checkHistory(t, s, b, 0, -1, []uint64{7})
	checkHistory(t, s, [2]common.Address{addr(2), addr(1)}, 0, 0, []uint64{})

	chans, err := s.Channels(ctx)
	if err != nil || !reflect.DeepEqual(chans, [][2]common.Address{a, b}) {
		t.Fatalf("channels %v, %v", chans, err)
	}
	if _, err := s.Latest(ctx, a[1], a[0]); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("latest of an unknown channel: %v", err)
	}
}

func checkHistory(t *testing.T, s state.Store, ch [2]common.Address, from uint64, limit int, want []uint64) {
	t.Helper()
	got, err := s.History(ctx, ch[0], ch[1], from, limit)
	if err != nil || got == nil || !slices.Equal(txCounts(got), want) {
		t.Fatalf("history from %d limit %d: %v (nil %v), %v; want %v", from, limit, txCounts(got), got == nil, err, want)
	}
}

// TestPutLargeTxCounts checks ordering over the whole uint64 range, above SQLite's int64.
func TestPutLargeTxCounts(t *testing.T) {
	s, _ := openTemp(t)
	hub, user := addr(1), addr(2)
	counts := []uint64{0, 1, 1 << 62, 1<<63 - 1, 1 << 63, 1<<64 - 2, 1<<64 - 1}
	for _, tx := range counts {
		mustPut(t, s, record(hub, user, tx))
	}
	checkHistory(t, s, [2]common.Address{hub, user}, 1<<63-1, 0, counts[3:])
	if l, err := s.Latest(ctx, hub, user); err != nil || l.State.TxCountGlobal != 1<<64-1 {
		t.Fatalf("latest %d, %v", l.State.TxCountGlobal, err)
	}
	if err := s.Put(ctx, record(hub, user, 1<<63)); !errors.Is(err, state.ErrStale) {
		t.Fatalf("put below the latest: %v", err)
	}
}

func TestPutStaleBatchIsAtomic(t *testing.T) {
	s, _ := openTemp(t)
	hub, u1, u2 := addr(1), addr(2), addr(3)
	mustPut(t, s, run(hub, u1, 1, 3)...)
	for name, batch := range map[string][]state.Record{
		"equal to latest":      {record(hub, u2, 1), record(hub, u1, 3)},
		"below latest":         {record(hub, u1, 4), record(hub, u2, 1), record(hub, u1, 2)},
		"repeated in batch":    {record(hub, u2, 1), record(hub, u1, 4), record(hub, u1, 4)},
		"descending in batch":  {record(hub, u1, 5), record(hub, u1, 4)},
		"stale after new ones": append(run(hub, u2, 1, 20), record(hub, u1, 1)),
	} {
		if err := s.Put(ctx, batch...); !errors.Is(err, state.ErrStale) {
			t.Fatalf("%s: %v, want ErrStale", name, err)
		}
		checkUnchanged(t, s, name)
	}
	mustPut(t, s, record(hub, u1, 4), record(hub, u2, 1), record(hub, u1, 6))
	checkHistory(t, s, [2]common.Address{hub, u1}, 0, 0, []uint64{1, 2, 3, 4, 6})
}

// checkUnchanged checks the store still holds exactly channel (1, 2) at txCounts 1..3.
func checkUnchanged(t *testing.T, s state.Store, name string) {
	t.Helper()
	if l, err := s.Latest(ctx, addr(1), addr(2)); err != nil || l.State.TxCountGlobal != 3 {
		t.Fatalf("%s: latest %d, %v", name, l.State.TxCountGlobal, err)
	}
	if _, err := s.Latest(ctx, addr(1), addr(3)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("%s: a refused batch stored a channel: %v", name, err)
	}
	checkHistory(t, s, [2]common.Address{addr(1), addr(2)}, 0, 0, []uint64{1, 2, 3})
	if chans, err := s.Channels(ctx); err != nil || len(chans) != 1 {
		t.Fatalf("%s: channels %v, %v", name, chans, err)
	}
}

func TestPutRejectsBadSignatureLength(t *testing.T) {
	s, _ := openTemp(t)
	bad := record(addr(1), addr(2), 2)
	bad.SigUser = bad.SigUser[:64]
	if err := s.Put(ctx, record(addr(1), addr(2), 1), bad); !errors.Is(err, state.ErrSignatureLength) {
		t.Fatalf("got %v", err)
	}
	if _, err := s.Latest(ctx, addr(1), addr(2)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("batch partly stored: %v", err)
	}
	if err := s.Put(ctx); err != nil {
		t.Fatalf("empty batch: %v", err)
	}
}

func TestPutCancelled(t *testing.T) {
	s, _ := openTemp(t)
	c, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Put(c, record(addr(1), addr(2), 1)); err == nil {
		t.Fatal("put with a cancelled context succeeded")
	}
	if _, err := s.Latest(ctx, addr(1), addr(2)); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("cancelled put stored: %v", err)
	}
}

// TestReopen stores signed records with locks, closes the store as a restart would, and finds every
// state, still verifying, and the latest locks after opening the file again.
func TestReopen(t *testing.T) {
	d := state.NewDomain(big.NewInt(1), addr(0xd4))
	s, path := openTemp(t)
	var want []state.Record
	for tx := uint64(1); tx <= 5; tx++ {
		want = append(want, signedRecord(t, d, tx))
	}
	mustPut(t, s, want[:2]...)
	mustPut(t, s, want[2:]...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path)
	hub, user := want[0].State.Hub, want[0].State.User
	got, err := s.History(ctx, hub, user, 0, 0)
	if err != nil || !reflect.DeepEqual(got, signedStates(want)) {
		t.Fatalf("after reopen: %v, %v", txCounts(got), err)
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

func TestConcurrentPut(t *testing.T) {
	s, _ := openTemp(t)
	const writers, rounds = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			hub, user := addr(100), addr(w)
			for r := range uint64(rounds) {
				// batches of 1 or 2 states, interleaved with reads
				if err := s.Put(ctx, run(hub, user, 2*r+1, 2*r+1+r%2)...); err != nil {
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

func checkConcurrentResult(t *testing.T, s state.Store, writers int, rounds uint64) {
	t.Helper()
	var want []uint64
	for r := range rounds {
		want = append(want, 2*r+1)
		if r%2 == 1 {
			want = append(want, 2*r+2)
		}
	}
	for w := range writers {
		checkHistory(t, s, [2]common.Address{addr(100), addr(w)}, 0, 0, want)
	}
	if chans, err := s.Channels(ctx); err != nil || len(chans) != writers {
		t.Fatalf("channels %d, %v", len(chans), err)
	}
}

func TestFileMode(t *testing.T) {
	s, path := openTemp(t)
	mustPut(t, s, record(addr(1), addr(2), 1))
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
}

func TestOpenRejectsPath(t *testing.T) {
	for _, p := range []string{"", t.TempDir() + "/a?b.db"} {
		if _, err := sqlitestore.Open(p); !errors.Is(err, sqlitestore.ErrPath) {
			t.Errorf("%q: %v", p, err)
		}
	}
	if _, err := sqlitestore.Open(t.TempDir() + "/missing/dir/states.db"); err == nil {
		t.Error("opened a file in a missing directory")
	}
}
