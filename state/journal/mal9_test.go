package journal

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"spoke/state"
	"spoke/state/sqlitestore"
)

// Review 9 (Mallory against the journal's backpressure): Commits held while folds fall behind must
// neither deadlock with Close or with a failing inner store nor lose a record that a Commit reported
// stored.

// gatedFolds is an SQLite store whose folds take delay and fail while fail is set.
type gatedFolds struct {
	*sqlitestore.Store
	delay time.Duration
	fail  atomic.Bool
}

var errInnerDown = errors.New("inner store down")

func (g *gatedFolds) CommitAll(ctx context.Context, bs []state.Batch) error {
	time.Sleep(g.delay)
	if g.fail.Load() {
		return errInnerDown
	}
	return g.Store.CommitAll(ctx, bs)
}

// openGated opens the journal at p in front of a gatedFolds store, holding at most maxPending records
// unfolded.
func openGated(t *testing.T, p place, delay time.Duration, maxPending int) (*Store, *gatedFolds) {
	t.Helper()
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	g := &gatedFolds{Store: inner, delay: delay}
	s, err := Open(ctx, g, p.journal())
	if err != nil {
		t.Fatal(err)
	}
	s.maxPending = maxPending
	return s, g
}

// preimageOf is writer w's i-th record.
func preimageOf(w, i int) [32]byte { return [32]byte{byte(w), byte(i), byte(i >> 8), 9} }

// commitAll has writers commit each records, each writer stopping at its first error, and returns the
// records whose Commit returned nil and the errors, once every writer stopped or within limit (else it
// fails: a Commit never returned).
func commitAll(t *testing.T, s *Store, writers, each int, limit time.Duration, during func()) (map[[32]byte]bool, []error) {
	t.Helper()
	var mu sync.Mutex
	ok := map[[32]byte]bool{}
	var errs []error
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				pre := preimageOf(w, i)
				err := s.Commit(ctx, state.Batch{Preimages: [][32]byte{pre}})
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					ok[pre] = true
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	if during != nil {
		during()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		t.Fatalf("DEADLOCK: Commits still waiting %s on", limit)
	}
	mu.Lock()
	defer mu.Unlock()
	return ok, errs
}

// wantStored fails unless every record of ok is in the store reopened at p.
func wantStored(t *testing.T, p place, ok map[[32]byte]bool) {
	t.Helper()
	s := reopen(t, p)
	for pre := range ok {
		if _, err := s.Preimage(ctx, state.Hashlock(pre)); err != nil {
			t.Fatalf("LOSS: a record whose Commit returned nil is not stored after a reopen: %v", err)
		}
	}
}

// TestMal9CloseWhileCommitsAreHeld: folds much slower than the writers, so Commits are held by
// backpressure, and the node closes the store meanwhile (a shutdown under load). Safe outcome: Close
// returns, every held Commit returns (nil or ErrClosed), and every record a Commit reported stored is
// in the store after a reopen.
func TestMal9CloseWhileCommitsAreHeld(t *testing.T) {
	p := place(t.TempDir())
	s, _ := openGated(t, p, 100*time.Millisecond, 8)
	closed := make(chan error, 1)
	ok, errs := commitAll(t, s, 6, 200, 20*time.Second, func() {
		waitHeld(t, s)
		go func() { closed <- s.Close() }()
	})
	select {
	case err := <-closed:
		if err != nil {
			t.Fatalf("close: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("DEADLOCK: Close did not return")
	}
	for _, err := range errs {
		if !errors.Is(err, ErrClosed) {
			t.Fatalf("a Commit held at Close failed with %v, want ErrClosed", err)
		}
	}
	if len(errs) == 0 {
		t.Fatal("every Commit went through before Close: the test did not close under backpressure")
	}
	wantStored(t, p, ok)
}

// waitHeld waits until s holds at least maxPending records unfolded: its Commits are being held.
func waitHeld(t *testing.T, s *Store) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.mu.Lock()
		held := len(s.pending) >= s.maxPending
		s.mu.Unlock()
		if held {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the journal never held maxPending records")
		}
		time.Sleep(time.Millisecond)
	}
}

// TestMal9FailingInnerStoreNeitherHoldsNorLoses: the inner store fails every fold (a full disk, a
// database gone) while writers commit far more than maxPending records, and is still failing at Close.
// Safe outcome: the Commits are not held for good (the journal keeps them durable; a failing inner store
// must not stop the node's writes), Close reports the failed fold, and the store reopened over a working
// inner store has every record.
func TestMal9FailingInnerStoreNeitherHoldsNorLoses(t *testing.T) {
	p := place(t.TempDir())
	s, g := openGated(t, p, 20*time.Millisecond, 8)
	g.fail.Store(true)
	ok, errs := commitAll(t, s, 4, 60, 20*time.Second, nil)
	if len(errs) > 0 {
		t.Fatalf("Commits failed with the inner store down: %v", errs[0])
	}
	if err := s.Close(); !errors.Is(err, errInnerDown) {
		t.Fatalf("close with the inner store down: %v, want its error", err)
	}
	wantStored(t, p, ok)
}
