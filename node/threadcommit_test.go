package node

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/state"
)

// gateStore is a store whose Commits record their thread records and wait for the gate to open.
type gateStore struct {
	state.Store
	gate    chan struct{}
	fail    error
	mu      sync.Mutex
	commits [][]state.ThreadRecord
	stored  map[uint64]bool // thread ids whose record a Commit that returned holds
}

func newGateStore() *gateStore {
	return &gateStore{gate: make(chan struct{}), stored: map[uint64]bool{}}
}

func (s *gateStore) Commit(_ context.Context, b state.Batch) error {
	<-s.gate
	s.mu.Lock()
	defer s.mu.Unlock()
	s.commits = append(s.commits, b.Threads)
	if s.fail != nil {
		return s.fail
	}
	for _, r := range b.Threads {
		s.stored[r.Initial.State.ThreadID] = true
	}
	return nil
}

func (s *gateStore) isStored(id uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stored[id]
}

// testThreadRecord is a record of thread id at count, signed by the test user.
func testThreadRecord(t testing.TB, id, count uint64) state.ThreadRecord {
	t.Helper()
	sign := func(s state.ThreadState) state.SignedThread {
		sig, err := state.Sign(domain.ThreadDigest(&s), userKey)
		if err != nil {
			t.Fatal(err)
		}
		return state.SignedThread{State: s, Sig: sig[:]}
	}
	initial := state.ThreadState{Hub: hubAddr, Sender: userAddr, Receiver: addrOf(devchain.DevKey(3)), ThreadID: id,
		WeiSender: *uint256.NewInt(1000)}
	latest := initial
	latest.TxCount = count
	latest.WeiSender.SubUint64(&latest.WeiSender, count)
	latest.WeiReceiver.SetUint64(count)
	return state.ThreadRecord{Initial: sign(initial), Latest: sign(latest), Status: state.ThreadOpen}
}

// Records stored while a Commit is under way share the next one, and each caller returns only once the
// Commit holding its record has returned.
func TestThreadCommitterGroupsRecords(t *testing.T) {
	s := newGateStore()
	c := newThreadCommitter(s)
	errs := make(chan error, 11)
	recs := map[uint64]state.ThreadRecord{100: testThreadRecord(t, 100, 1)}
	for id := range uint64(10) {
		recs[id] = testThreadRecord(t, id, 1)
	}
	store := func(id uint64) {
		err := c.commit(context.Background(), recs[id])
		if err == nil && !s.isStored(id) {
			err = fmt.Errorf("record %d: commit returned before its Commit", id)
		}
		errs <- err
	}
	go store(100) // the first Commit: it waits at the gate with record 100 alone
	waitFor(t, "the first Commit to start", func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.queue) == 0 && c.running })
	for id := range uint64(10) {
		go store(id)
	}
	waitFor(t, "ten records to queue", func() bool { c.mu.Lock(); defer c.mu.Unlock(); return len(c.queue) == 10 })
	close(s.gate)
	for range 11 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if len(s.commits) != 2 || len(s.commits[0]) != 1 || len(s.commits[1]) != 10 {
		t.Fatalf("commits of %v records, want 1 then 10", lens(s.commits))
	}
}

func lens(cs [][]state.ThreadRecord) []int {
	var n []int
	for _, c := range cs {
		n = append(n, len(c))
	}
	return n
}

// A failed Commit fails every record it held, as the store's error.
func TestThreadCommitterReportsFailure(t *testing.T) {
	s := newGateStore()
	s.fail = errors.New("disk full")
	close(s.gate)
	err := newThreadCommitter(s).commit(context.Background(), testThreadRecord(t, 1, 1))
	if !errors.Is(err, ErrStore) || !errors.Is(err, s.fail) {
		t.Fatalf("error %v, want ErrStore wrapping the store's", err)
	}
}

// Two records of one thread in a batch: only the later goes to the store.
func TestThreadCommitterKeepsTheLatestOfAThread(t *testing.T) {
	batch := []threadCommit{{rec: testThreadRecord(t, 1, 1)}, {rec: testThreadRecord(t, 2, 1)}, {rec: testThreadRecord(t, 1, 2)}}
	got := latestRecords(batch)
	if len(got) != 2 || got[0].Initial.State.ThreadID != 2 || got[1].Latest.State.TxCount != 2 {
		t.Fatalf("records %+v, want thread 2 then thread 1 at count 2", got)
	}
}

// On SQLite, records stored by many goroutines at once are all there to read back.
func TestThreadCommitterStoresOnSQLite(t *testing.T) {
	store := openStore(t, filepath.Join(t.TempDir(), "threads.db"))
	t.Cleanup(func() { _ = store.Close() })
	c := newThreadCommitter(store)
	recs := make([][]state.ThreadRecord, 64)
	for id := range recs {
		for count := range uint64(5) {
			recs[id] = append(recs[id], testThreadRecord(t, uint64(id), count+1))
		}
	}
	var wg sync.WaitGroup
	for id := range recs {
		wg.Go(func() {
			for _, r := range recs[id] {
				if err := c.commit(context.Background(), r); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	got, err := store.Threads(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 64 {
		t.Fatalf("%d thread records, want 64", len(got))
	}
	for _, r := range got {
		if r.Latest.State.TxCount != 5 {
			t.Fatalf("thread %d stored at count %d, want 5", r.Initial.State.ThreadID, r.Latest.State.TxCount)
		}
	}
}

// BenchmarkThreadCommit stores thread records from 64 goroutines (64 threads, one state at a time each,
// as 64 threads' senders or receivers do) on SQLite with fsync: one Commit per record (direct, as
// Engine.storeThread does now) against the group committer. records/s is the figure to compare.
func BenchmarkThreadCommit(b *testing.B) {
	for _, grouped := range []bool{false, true} {
		name := "direct"
		if grouped {
			name = "grouped"
		}
		b.Run(name, func(b *testing.B) {
			store := openStore(b, filepath.Join(b.TempDir(), "threads.db"))
			b.Cleanup(func() { _ = store.Close() })
			commit := func(r state.ThreadRecord) error {
				return store.Commit(context.Background(), state.Batch{Threads: []state.ThreadRecord{r}})
			}
			if grouped {
				c := newThreadCommitter(store)
				commit = func(r state.ThreadRecord) error { return c.commit(context.Background(), r) }
			}
			recs := make([]state.ThreadRecord, 64)
			for i := range recs {
				recs[i] = testThreadRecord(b, uint64(i), 1)
			}
			next := make(chan int)
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for g := range 64 {
				wg.Go(func() {
					for range next {
						if err := commit(recs[g]); err != nil {
							b.Error(err)
						}
					}
				})
			}
			for i := range b.N {
				next <- i
			}
			close(next)
			wg.Wait()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "records/s")
		})
	}
}
