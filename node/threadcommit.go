package node

import (
	"context"
	"fmt"
	"sync"

	"spoke/state"
)

// maxThreadCommit bounds the thread records one group commit stores.
const maxThreadCommit = 256

// threadCommitter group-commits thread records: records stored while a Commit is under way wait for it
// and then go to the store together, in one Commit (one transaction, one fsync), instead of one Commit
// each. Every caller returns only once the Commit holding its record has returned, so a thread state is
// still stored before it is sent (sender) or acknowledged (receiver); a caller alone pays one Commit, as
// before, and callers that arrive together share one.
//
// It is not wired in yet (docs/benchmarks.md, "Threads (issue 11)"): Engine.storeThread would call
// commit instead of Store.Commit.
type threadCommitter struct {
	store   state.Store
	mu      sync.Mutex
	queue   []threadCommit
	running bool // a goroutine is committing the queue
}

// threadCommit is one record waiting for the next Commit.
type threadCommit struct {
	rec  state.ThreadRecord
	done chan error // buffered
}

func newThreadCommitter(store state.Store) *threadCommitter { return &threadCommitter{store: store} }

// commit stores rec durably, in a Commit shared with the records stored at the same time, and returns
// the Commit's error. It waits for the Commit even when ctx ends first: a record that may be stored is
// never reported as not stored.
func (c *threadCommitter) commit(ctx context.Context, rec state.ThreadRecord) error {
	w := threadCommit{rec: rec, done: make(chan error, 1)}
	c.mu.Lock()
	c.queue = append(c.queue, w)
	if !c.running {
		c.running = true
		go c.run(context.WithoutCancel(ctx))
	}
	c.mu.Unlock()
	return <-w.done
}

// run commits the queue, a batch at a time, until it is empty.
func (c *threadCommitter) run(ctx context.Context) {
	for {
		c.mu.Lock()
		n := min(len(c.queue), maxThreadCommit)
		batch := c.queue[:n:n]
		c.queue = c.queue[n:]
		if n == 0 {
			c.running = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		err := c.store.Commit(ctx, state.Batch{Threads: latestRecords(batch)})
		if err != nil {
			err = fmt.Errorf("%w: %w", ErrStore, err)
		}
		for _, w := range batch {
			w.done <- err
		}
	}
}

// latestRecords returns the records of batch, the last of each thread only (a thread's records come in
// the order its states were made: its sender or receiver stores one state at a time).
func latestRecords(batch []threadCommit) []state.ThreadRecord {
	last := make(map[threadID]int, len(batch))
	for i, w := range batch {
		last[idOf(&w.rec.Initial.State)] = i
	}
	recs := make([]state.ThreadRecord, 0, len(last))
	for i, w := range batch {
		if last[idOf(&w.rec.Initial.State)] == i {
			recs = append(recs, w.rec)
		}
	}
	return recs
}
