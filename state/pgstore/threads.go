package pgstore

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// threadRow is one thread record ready to store, encoded before the transaction begins.
type threadRow struct {
	hub, sender, receiver common.Address
	id                    uint64
	initial, latest       []byte
	status                state.ThreadStatus
}

// encodeThreadRecords encodes thread records, refusing what the store could not read back: a signature
// of the wrong length or a latest state of another thread (state.ErrThreadMismatch).
func encodeThreadRecords(records []state.ThreadRecord) ([]threadRow, error) {
	out := make([]threadRow, len(records))
	for i := range records {
		r, err := encodeThreadRecord(&records[i])
		if err != nil {
			return nil, fmt.Errorf("pgstore: thread record %d of the batch: %w", i, err)
		}
		out[i] = r
	}
	return out, nil
}

func encodeThreadRecord(r *state.ThreadRecord) (threadRow, error) {
	t := &r.Initial.State
	if err := state.SameThread(t, &r.Latest.State); err != nil {
		return threadRow{}, err
	}
	initial, err := r.Initial.MarshalBinary()
	if err != nil {
		return threadRow{}, fmt.Errorf("initial state: %w", err)
	}
	latest, err := r.Latest.MarshalBinary()
	if err != nil {
		return threadRow{}, fmt.Errorf("latest state: %w", err)
	}
	return threadRow{hub: t.Hub, sender: t.Sender, receiver: t.Receiver, id: t.ThreadID, initial: initial,
		latest: latest, status: r.Status}, nil
}

// Threads implements state.Store. The records come in key-column order (hub, sender, receiver, id).
func (s *Store) Threads(ctx context.Context) ([]state.ThreadRecord, error) {
	rows, err := s.pool.Query(ctx, `SELECT hub_addr, sender, receiver, thread_id, initial, latest, status FROM threads
		ORDER BY hub_addr, sender, receiver, thread_id`)
	if err != nil {
		return nil, fmt.Errorf("pgstore: threads: %w", err)
	}
	defer rows.Close()
	var out []state.ThreadRecord
	for rows.Next() {
		var hub, sender, receiver, initial, latest []byte
		var id uint64
		var status int16
		if err := rows.Scan(&hub, &sender, &receiver, &id, &initial, &latest, &status); err != nil {
			return nil, fmt.Errorf("%w: thread row: %w", ErrCorrupt, err)
		}
		r, err := decodeThreadRow([3][]byte{hub, sender, receiver}, id, initial, latest, status)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pgstore: threads: %w", err)
	}
	return out, nil
}

// decodeThreadRow decodes a stored thread record and checks both states against the key columns (hub,
// sender, receiver) and id.
func decodeThreadRow(addrs [3][]byte, id uint64, initial, latest []byte, status int16) (state.ThreadRecord, error) {
	var r state.ThreadRecord
	if err := r.Initial.UnmarshalBinary(initial); err != nil {
		return r, fmt.Errorf("%w: thread's initial state: %w", ErrCorrupt, err)
	}
	t := &r.Initial.State
	if err := r.Latest.UnmarshalBinary(latest); err != nil {
		return r, fmt.Errorf("%w: latest state of thread %s: %w", ErrCorrupt, t.Key(), err)
	}
	if err := state.SameThread(t, &r.Latest.State); err != nil {
		return r, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if id != t.ThreadID || !addrIs(addrs[0], t.Hub) || !addrIs(addrs[1], t.Sender) || !addrIs(addrs[2], t.Receiver) {
		return r, fmt.Errorf("%w: the row of thread %x/%x/%x id %d holds thread %s (%s to %s, id %d at hub %s)",
			ErrCorrupt, addrs[0], addrs[1], addrs[2], id, t.Key(), t.Sender, t.Receiver, t.ThreadID, t.Hub)
	}
	if status < 0 || status > 0xff {
		return r, fmt.Errorf("%w: thread %s has status %d", ErrCorrupt, t.Key(), status)
	}
	r.Status = state.ThreadStatus(status)
	return r, nil
}

// addrIs reports whether the column b holds the address a.
func addrIs(b []byte, a common.Address) bool {
	return len(b) == common.AddressLength && common.Address(b) == a
}
