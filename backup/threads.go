package backup

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// encodeThreadSet encodes a state's thread set, one signed thread each.
func encodeThreadSet(threads []state.SignedThread) ([][]byte, error) {
	var out [][]byte
	for i := range threads {
		b, err := threads[i].MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("thread %d: %w", i, err)
		}
		out = append(out, b)
	}
	return out, nil
}

// decodeThreadSet decodes a state's thread set and checks it: in key order, at most state.MaxThreads,
// each signed by its sender in d, and its root the state's thread root.
func decodeThreadSet(d *state.Domain, encoded [][]byte, root common.Hash) ([]state.SignedThread, error) {
	var threads []state.SignedThread
	for i, b := range encoded {
		var t state.SignedThread
		if err := t.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("thread %d: %w", i, err)
		}
		if err := t.Verify(d); err != nil {
			return nil, fmt.Errorf("thread %d: %w", i, err)
		}
		threads = append(threads, t)
	}
	if err := state.CheckThreadOrder(threads); err != nil {
		return nil, err
	}
	if state.ThreadRoot(state.Initials(threads)) != root {
		return nil, errors.New("threads do not match the state's thread root")
	}
	return threads, nil
}

// takeThreads encodes every thread record of store.
func takeThreads(ctx context.Context, store state.Store) ([]Thread, error) {
	records, err := store.Threads(ctx)
	if err != nil {
		return nil, err
	}
	var out []Thread
	for i := range records {
		r := &records[i]
		initial, err := r.Initial.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("thread %s: initial state: %w", r.Initial.State.Key(), err)
		}
		latest, err := r.Latest.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("thread %s: latest state: %w", r.Initial.State.Key(), err)
		}
		out = append(out, Thread{Initial: initial, Latest: latest, Status: r.Status})
	}
	return out, nil
}

// threadKey identifies a thread across channels: its hub and its key.
type threadKey struct {
	hub common.Address
	key common.Hash
}

// threadRecords decodes and checks the snapshot's thread records: each is a thread of the node (its
// sender, its receiver, or its hub: a hub keeps records of the threads it backs), listed once, with a
// known status, and both its states are of that thread and signed by its sender in d.
func (s *Snapshot) threadRecords(d *state.Domain) ([]state.ThreadRecord, error) {
	var out []state.ThreadRecord
	seen := map[threadKey]bool{}
	for i := range s.Threads {
		r, err := decodeThread(d, &s.Threads[i])
		if err != nil {
			return nil, fmt.Errorf("%w: thread record %d: %w", ErrSnapshot, i, err)
		}
		t := &r.Initial.State
		if t.Sender != s.Node && t.Receiver != s.Node && t.Hub != s.Node {
			return nil, fmt.Errorf("%w: thread record %d is not the node's", ErrSnapshot, i)
		}
		k := threadKey{t.Hub, t.Key()}
		if seen[k] {
			return nil, fmt.Errorf("%w: thread record %d repeats thread %s", ErrSnapshot, i, k.key)
		}
		seen[k] = true
		out = append(out, r)
	}
	return out, nil
}

// decodeThread decodes one thread record and checks it, but for whose it is.
func decodeThread(d *state.Domain, t *Thread) (state.ThreadRecord, error) {
	var r state.ThreadRecord
	if err := r.Initial.UnmarshalBinary(t.Initial); err != nil {
		return r, fmt.Errorf("initial state: %w", err)
	}
	if err := r.Latest.UnmarshalBinary(t.Latest); err != nil {
		return r, fmt.Errorf("latest state: %w", err)
	}
	a, b := &r.Initial.State, &r.Latest.State
	if a.Hub != b.Hub || a.Sender != b.Sender || a.Receiver != b.Receiver || a.ThreadID != b.ThreadID {
		return r, errors.New("the latest state is of another thread")
	}
	if !t.Status.Known() {
		return r, fmt.Errorf("unknown %s", t.Status)
	}
	if err := r.Initial.Verify(d); err != nil {
		return r, fmt.Errorf("initial state: %w", err)
	}
	if err := r.Latest.Verify(d); err != nil {
		return r, fmt.Errorf("latest state: %w", err)
	}
	r.Status = t.Status
	return r, nil
}

// checkThreadsNotNewer fails with ErrNewerInStore if store holds a thread record whose latest state
// counts higher than that of the same thread in records.
func checkThreadsNotNewer(ctx context.Context, store state.Store, records []state.ThreadRecord) error {
	if len(records) == 0 {
		return nil
	}
	have, err := store.Threads(ctx)
	if err != nil {
		return err
	}
	stored := map[threadKey]uint64{}
	for _, r := range have {
		stored[threadKey{r.Initial.State.Hub, r.Initial.State.Key()}] = r.Latest.State.TxCount
	}
	for _, r := range records {
		t := &r.Latest.State
		if n, ok := stored[threadKey{t.Hub, t.Key()}]; ok && n > t.TxCount {
			return fmt.Errorf("%w: the store has state %d of thread %d from %s to %s, the backup %d",
				ErrNewerInStore, n, t.ThreadID, t.Sender, t.Receiver, t.TxCount)
		}
	}
	return nil
}
