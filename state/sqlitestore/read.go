package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// ErrCorrupt reports a row of the file that does not hold what spoke wrote: a blob that does not decode,
// a state that does not match its hub, user or txCountGlobal columns, a lock set whose length is not a
// multiple of state.LockSize or whose IDs are not strictly increasing, a thread set that
// state.DecodeThreads refuses, or a thread record whose states are not of the thread its columns name.
var ErrCorrupt = errors.New("sqlitestore: corrupt row")

// Latest implements state.Store. The record's Locks and Threads are nil when the state has none.
func (s *Store) Latest(ctx context.Context, hub, user common.Address) (state.Record, error) {
	var latest, found, encoded, locks, threads []byte // found is NULL when the mark points to no state
	err := s.stmts.latest.QueryRowContext(ctx, hub[:], user[:]).Scan(&latest, &found, &encoded, &locks, &threads)
	if errors.Is(err, sql.ErrNoRows) {
		return state.Record{}, fmt.Errorf("%w: %s/%s", state.ErrNotFound, hub, user)
	}
	if err != nil {
		return state.Record{}, fmt.Errorf("sqlitestore: latest: %w", err)
	}
	if found == nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s: latest mark %x has no state", ErrCorrupt, hub, user, latest)
	}
	return decodeRecord(hub, user, latest, encoded, locks, threads)
}

// History implements state.Store.
func (s *Store) History(ctx context.Context, hub, user common.Address, fromTxCount uint64, limit int) ([]state.SignedState, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.stmts.history.QueryContext(ctx, hub[:], user[:], txKey(fromTxCount), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: history: %w", err)
	}
	defer rows.Close()
	out := []state.SignedState{}
	for rows.Next() {
		var txCount, encoded []byte
		if err := rows.Scan(&txCount, &encoded); err != nil {
			return nil, fmt.Errorf("sqlitestore: history: %w", err)
		}
		st, err := decodeRow(hub, user, txCount, encoded)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlitestore: history: %w", err)
	}
	return out, nil
}

// Channels implements state.Store.
func (s *Store) Channels(ctx context.Context) ([][2]common.Address, error) {
	rows, err := s.stmts.channels.QueryContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: channels: %w", err)
	}
	defer rows.Close()
	out := [][2]common.Address{}
	for rows.Next() {
		var hub, user []byte
		if err := rows.Scan(&hub, &user); err != nil {
			return nil, fmt.Errorf("sqlitestore: channels: %w", err)
		}
		if len(hub) != common.AddressLength || len(user) != common.AddressLength {
			return nil, fmt.Errorf("%w: channel addresses of %d and %d bytes", ErrCorrupt, len(hub), len(user))
		}
		out = append(out, [2]common.Address{common.Address(hub), common.Address(user)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlitestore: channels: %w", err)
	}
	return out, nil
}

// decodeRecord decodes a stored state, its locks and its threads, checking the state against the columns
// it was found by.
func decodeRecord(hub, user common.Address, txCount, encoded, locks, threads []byte) (state.Record, error) {
	st, err := decodeRow(hub, user, txCount, encoded)
	if err != nil {
		return state.Record{}, err
	}
	ls, err := decodeLocks(locks)
	if err != nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user,
			st.State.TxCountGlobal, err)
	}
	ts, err := state.DecodeThreads(threads)
	if err != nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user,
			st.State.TxCountGlobal, err)
	}
	return state.Record{SignedState: st, Locks: ls, Threads: ts}, nil
}

// decodeRow decodes a stored state and checks it against the columns it was found by.
func decodeRow(hub, user common.Address, txCount, encoded []byte) (state.SignedState, error) {
	n, err := parseTxKey(txCount)
	if err != nil {
		return state.SignedState{}, fmt.Errorf("%w: channel %s/%s: %v", ErrCorrupt, hub, user, err)
	}
	var st state.SignedState
	if err := st.UnmarshalBinary(encoded); err != nil {
		return state.SignedState{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user, n, err)
	}
	if st.State.Hub != hub || st.State.User != user || st.State.TxCountGlobal != n {
		return state.SignedState{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d holds the state of %s/%s txCountGlobal %d",
			ErrCorrupt, hub, user, n, st.State.Hub, st.State.User, st.State.TxCountGlobal)
	}
	return st, nil
}
