package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"spoke/state"
)

// ErrCorrupt reports a row that does not hold what spoke wrote: a blob that does not decode, a state that
// does not match its hub, user or txCountGlobal columns, a lock set whose length is not a multiple of
// state.LockSize or whose IDs are not strictly increasing, a thread set that state.DecodeThreads refuses,
// a thread record whose states are not of the thread its columns name, or a preimage that does not hash
// to its hashlock.
var ErrCorrupt = errors.New("pgstore: corrupt row")

// Latest implements state.Store. The record's Locks and Threads are nil when the state has none.
func (s *Store) Latest(ctx context.Context, hub, user common.Address) (state.Record, error) {
	var latest uint64
	var found *uint64 // NULL when the mark points to no state
	var encoded, locks, threads []byte
	err := s.pool.QueryRow(ctx, `SELECT c.latest, s.tx_count, s.encoded, s.locks, s.threads FROM channels c
		LEFT JOIN states s ON s.hub_addr = c.hub_addr AND s.user_addr = c.user_addr AND s.tx_count = c.latest
		WHERE c.hub_addr = $1 AND c.user_addr = $2`, hub[:], user[:]).Scan(&latest, &found, &encoded, &locks, &threads)
	if errors.Is(err, pgx.ErrNoRows) {
		return state.Record{}, fmt.Errorf("%w: %s/%s", state.ErrNotFound, hub, user)
	}
	if err != nil {
		return state.Record{}, fmt.Errorf("pgstore: latest: %w", err)
	}
	if found == nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s: latest mark %d has no state", ErrCorrupt, hub, user, latest)
	}
	return decodeRecord(hub, user, latest, encoded, locks, threads)
}

// History implements state.Store.
func (s *Store) History(ctx context.Context, hub, user common.Address, fromTxCount uint64, limit int) ([]state.SignedState, error) {
	var lim *int // NULL: no limit
	if limit > 0 {
		lim = &limit
	}
	rows, err := s.pool.Query(ctx, `SELECT tx_count, encoded FROM states
		WHERE hub_addr = $1 AND user_addr = $2 AND tx_count >= $3 ORDER BY tx_count LIMIT $4`,
		hub[:], user[:], fromTxCount, lim)
	if err != nil {
		return nil, fmt.Errorf("pgstore: history: %w", err)
	}
	defer rows.Close()
	out := []state.SignedState{}
	for rows.Next() {
		var txCount uint64
		var encoded []byte
		if err := rows.Scan(&txCount, &encoded); err != nil {
			return nil, fmt.Errorf("pgstore: history: %w", err)
		}
		st, err := decodeState(hub, user, txCount, encoded)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pgstore: history: %w", err)
	}
	return out, nil
}

// Channels implements state.Store. bytea sorts bytewise, so the order is sqlitestore's.
func (s *Store) Channels(ctx context.Context) ([][2]common.Address, error) {
	rows, err := s.pool.Query(ctx, `SELECT hub_addr, user_addr FROM channels ORDER BY hub_addr, user_addr`)
	if err != nil {
		return nil, fmt.Errorf("pgstore: channels: %w", err)
	}
	defer rows.Close()
	out := [][2]common.Address{}
	for rows.Next() {
		var hub, user []byte
		if err := rows.Scan(&hub, &user); err != nil {
			return nil, fmt.Errorf("pgstore: channels: %w", err)
		}
		if len(hub) != common.AddressLength || len(user) != common.AddressLength {
			return nil, fmt.Errorf("%w: channel addresses of %d and %d bytes", ErrCorrupt, len(hub), len(user))
		}
		out = append(out, [2]common.Address{common.Address(hub), common.Address(user)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pgstore: channels: %w", err)
	}
	return out, nil
}

// decodeRecord decodes a stored state, its locks and its threads, checking the state against the columns
// it was found by.
func decodeRecord(hub, user common.Address, txCount uint64, encoded, locks, threads []byte) (state.Record, error) {
	st, err := decodeState(hub, user, txCount, encoded)
	if err != nil {
		return state.Record{}, err
	}
	ls, err := state.DecodeLocks(locks)
	if err != nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user, txCount, err)
	}
	ts, err := state.DecodeThreads(threads)
	if err != nil {
		return state.Record{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user, txCount, err)
	}
	return state.Record{SignedState: st, Locks: ls, Threads: ts}, nil
}

// decodeState decodes a stored state and checks it against the columns it was found by.
func decodeState(hub, user common.Address, txCount uint64, encoded []byte) (state.SignedState, error) {
	var st state.SignedState
	if err := st.UnmarshalBinary(encoded); err != nil {
		return state.SignedState{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d: %w", ErrCorrupt, hub, user, txCount, err)
	}
	if st.State.Hub != hub || st.State.User != user || st.State.TxCountGlobal != txCount {
		return state.SignedState{}, fmt.Errorf("%w: channel %s/%s txCountGlobal %d holds the state of %s/%s txCountGlobal %d",
			ErrCorrupt, hub, user, txCount, st.State.Hub, st.State.User, st.State.TxCountGlobal)
	}
	return st, nil
}
