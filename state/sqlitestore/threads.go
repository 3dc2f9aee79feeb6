package sqlitestore

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// ErrThreadMismatch reports a thread record whose latest state is of another thread than its initial one
// (state.ErrThreadMismatch). Commit refuses it; found in the file, it is ErrCorrupt.
var ErrThreadMismatch = state.ErrThreadMismatch

// threadRow is one thread record ready to store, encoded before the transaction begins.
type threadRow struct {
	initial               *state.ThreadState // for the key columns
	encInitial, encLatest []byte
	status                state.ThreadStatus
}

// encodeThreadRecords encodes thread records, refusing what the store could not read back: a signature
// of the wrong length or a latest state of another thread.
func encodeThreadRecords(records []state.ThreadRecord) ([]threadRow, error) {
	out := make([]threadRow, len(records))
	for i := range records {
		r, err := encodeThreadRecord(&records[i])
		if err != nil {
			return nil, fmt.Errorf("sqlitestore: thread record %d of the batch: %w", i, err)
		}
		out[i] = r
	}
	return out, nil
}

func encodeThreadRecord(r *state.ThreadRecord) (threadRow, error) {
	if err := sameThread(&r.Initial.State, &r.Latest.State); err != nil {
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
	return threadRow{initial: &r.Initial.State, encInitial: initial, encLatest: latest, status: r.Status}, nil
}

// sameThread checks that latest is a state of the thread of initial.
func sameThread(initial, latest *state.ThreadState) error { return state.SameThread(initial, latest) }

// putThreads stores each thread record, replacing the stored one of its thread. The thread id is stored
// as txKey stores counts: ids use the whole uint64 range, above SQLite's int64.
func (s *Store) putThreads(ctx context.Context, tx *sql.Tx, rows []threadRow) error {
	if len(rows) == 0 {
		return nil
	}
	put := tx.StmtContext(ctx, s.stmts.putThread)
	for _, r := range rows {
		t := r.initial
		if _, err := put.ExecContext(ctx, t.Hub[:], t.Sender[:], t.Receiver[:], txKey(t.ThreadID),
			r.encInitial, r.encLatest, int64(r.status)); err != nil {
			return fmt.Errorf("sqlitestore: store thread: %w", err)
		}
	}
	return nil
}

// Threads implements state.Store. The records come in key-column order (hub, sender, receiver, id).
func (s *Store) Threads(ctx context.Context) ([]state.ThreadRecord, error) {
	rows, err := s.stmts.threads.QueryContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: threads: %w", err)
	}
	defer rows.Close()
	var out []state.ThreadRecord
	for rows.Next() {
		var hub, sender, receiver, id, initial, latest []byte
		var status int64
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
		return nil, fmt.Errorf("sqlitestore: threads: %w", err)
	}
	return out, nil
}

// decodeThreadRow decodes a stored thread record and checks both states against the key columns (hub,
// sender, receiver) and id.
func decodeThreadRow(addrs [3][]byte, id, initial, latest []byte, status int64) (state.ThreadRecord, error) {
	var r state.ThreadRecord
	if err := r.Initial.UnmarshalBinary(initial); err != nil {
		return r, fmt.Errorf("%w: thread's initial state: %w", ErrCorrupt, err)
	}
	t := &r.Initial.State
	if err := r.Latest.UnmarshalBinary(latest); err != nil {
		return r, fmt.Errorf("%w: latest state of thread %s: %w", ErrCorrupt, t.Key(), err)
	}
	if err := sameThread(t, &r.Latest.State); err != nil {
		return r, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	n, err := parseTxKey(id)
	if err != nil || n != t.ThreadID || !addrIs(addrs[0], t.Hub) || !addrIs(addrs[1], t.Sender) ||
		!addrIs(addrs[2], t.Receiver) {
		return r, fmt.Errorf("%w: the row of thread %x/%x/%x id %x holds thread %s (%s to %s, id %d at hub %s)",
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
