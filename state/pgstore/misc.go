package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"spoke/state"
)

// Proposal implements state.Store.
func (s *Store) Proposal(ctx context.Context, hub, user common.Address) (state.Proposal, error) {
	var txCount uint64
	var encoded, locks, threads, message []byte
	var refused bool
	err := s.pool.QueryRow(ctx, `SELECT p.tx_count, p.encoded, p.locks, p.threads, p.message, p.refused FROM proposals p
		LEFT JOIN channels c ON c.hub_addr = p.hub_addr AND c.user_addr = p.user_addr
		WHERE p.hub_addr = $1 AND p.user_addr = $2 AND (c.latest IS NULL OR p.tx_count > c.latest)`,
		hub[:], user[:]).Scan(&txCount, &encoded, &locks, &threads, &message, &refused)
	if errors.Is(err, pgx.ErrNoRows) {
		return state.Proposal{}, fmt.Errorf("%w: no proposal for %s/%s", state.ErrNotFound, hub, user)
	}
	if err != nil {
		return state.Proposal{}, fmt.Errorf("pgstore: proposal: %w", err)
	}
	r, err := decodeRecord(hub, user, txCount, encoded, locks, threads)
	if err != nil {
		return state.Proposal{}, err
	}
	return state.Proposal{Record: r, Message: message, Refused: refused}, nil
}

// Refused implements state.Store.
func (s *Store) Refused(ctx context.Context, hub, user common.Address) ([]state.Proposal, error) {
	rows, err := s.pool.Query(ctx, `SELECT tx_count, encoded, locks, threads, message FROM refused
		WHERE hub_addr = $1 AND user_addr = $2`, hub[:], user[:])
	if err != nil {
		return nil, fmt.Errorf("pgstore: refused: %w", err)
	}
	defer rows.Close()
	var out []state.Proposal
	for rows.Next() {
		var txCount uint64
		var encoded, locks, threads, message []byte
		if err := rows.Scan(&txCount, &encoded, &locks, &threads, &message); err != nil {
			return nil, fmt.Errorf("pgstore: refused: %w", err)
		}
		r, err := decodeRecord(hub, user, txCount, encoded, locks, threads)
		if err != nil {
			return nil, err
		}
		out = append(out, state.Proposal{Record: r, Message: message, Refused: true})
	}
	return out, rows.Err()
}

// Preimage implements state.Store.
func (s *Store) Preimage(ctx context.Context, hashlock common.Hash) ([32]byte, error) {
	var b []byte
	err := s.pool.QueryRow(ctx, `SELECT preimage FROM preimages WHERE hashlock = $1`, hashlock[:]).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return [32]byte{}, fmt.Errorf("%w: no preimage of %s", state.ErrNotFound, hashlock)
	}
	if err != nil {
		return [32]byte{}, fmt.Errorf("pgstore: preimage: %w", err)
	}
	var p [32]byte
	if len(b) != len(p) {
		return [32]byte{}, fmt.Errorf("%w: preimage of %s has %d bytes", ErrCorrupt, hashlock, len(b))
	}
	copy(p[:], b)
	if state.Hashlock(p) != hashlock {
		return [32]byte{}, fmt.Errorf("%w: stored preimage does not hash to %s", ErrCorrupt, hashlock)
	}
	return p, nil
}

// Custodial implements state.Store. The balances travel as decimal text, exact over the whole uint256
// range.
func (s *Store) Custodial(ctx context.Context) (map[common.Address][2]uint256.Int, error) {
	rows, err := s.pool.Query(ctx, `SELECT user_addr, wei::text, token::text FROM custodial`)
	if err != nil {
		return nil, fmt.Errorf("pgstore: custodial: %w", err)
	}
	defer rows.Close()
	out := map[common.Address][2]uint256.Int{}
	for rows.Next() {
		var user []byte
		var wei, token string
		if err := rows.Scan(&user, &wei, &token); err != nil {
			return nil, fmt.Errorf("pgstore: custodial: %w", err)
		}
		var b [2]uint256.Int
		errW, errT := b[0].SetFromDecimal(wei), b[1].SetFromDecimal(token)
		if len(user) != common.AddressLength || errW != nil || errT != nil {
			return nil, fmt.Errorf("%w: custodial row %x: %q, %q", ErrCorrupt, user, wei, token)
		}
		out[common.Address(user)] = b
	}
	return out, rows.Err()
}

// numeric is the exact numeric form of a uint256 amount.
func numeric(x *uint256.Int) pgtype.Numeric { return pgtype.Numeric{Int: x.ToBig(), Valid: true} }

// Links implements state.Store.
func (s *Store) Links(ctx context.Context) (map[common.Hash]bool, error) {
	rows, err := s.pool.Query(ctx, `SELECT hashlock FROM links`)
	if err != nil {
		return nil, fmt.Errorf("pgstore: links: %w", err)
	}
	defer rows.Close()
	out := map[common.Hash]bool{}
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("pgstore: links: %w", err)
		}
		if len(h) != common.HashLength {
			return nil, fmt.Errorf("%w: link row", ErrCorrupt)
		}
		out[common.Hash(h)] = true
	}
	return out, rows.Err()
}

// Meta implements state.Store.
func (s *Store) Meta(ctx context.Context, name string) ([]byte, error) {
	var v []byte
	err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE name = $1`, name).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, state.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("pgstore: meta %s: %w", name, err)
	}
	return v, nil
}
