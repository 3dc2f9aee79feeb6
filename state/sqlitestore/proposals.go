package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// propRow is one proposal ready to store.
type propRow struct {
	row
	message []byte
	refused bool
}

func encodeProposals(props []state.Proposal) ([]propRow, error) {
	out := make([]propRow, len(props))
	for i := range props {
		r, err := encodeRow(&props[i].Record)
		if err != nil {
			return nil, fmt.Errorf("sqlitestore: proposal %d of the batch: %w", i, err)
		}
		if len(props[i].Message) == 0 {
			return nil, fmt.Errorf("sqlitestore: proposal %d of the batch has no message", i)
		}
		out[i] = propRow{row: r, message: props[i].Message, refused: props[i].Refused}
	}
	return out, nil
}

// putProposals stores each proposal as its channel's, replacing the earlier one.
func (s *Store) putProposals(ctx context.Context, tx *sql.Tx, props []propRow) error {
	if len(props) == 0 {
		return nil
	}
	put := tx.StmtContext(ctx, s.stmts.putProposal)
	for _, p := range props {
		if _, err := put.ExecContext(ctx, p.channel[0][:], p.channel[1][:], txKey(p.txCount), p.encoded, p.locks, p.threads, p.message, p.refused); err != nil {
			return fmt.Errorf("sqlitestore: store proposal: %w", err)
		}
	}
	return nil
}

// Proposal implements state.Store.
func (s *Store) Proposal(ctx context.Context, hub, user common.Address) (state.Proposal, error) {
	var txCount, encoded, locks, threads, message []byte
	var refused bool
	err := s.stmts.proposal.QueryRowContext(ctx, hub[:], user[:]).Scan(&txCount, &encoded, &locks, &threads, &message, &refused)
	if errors.Is(err, sql.ErrNoRows) {
		return state.Proposal{}, fmt.Errorf("%w: no proposal for %s/%s", state.ErrNotFound, hub, user)
	}
	if err != nil {
		return state.Proposal{}, fmt.Errorf("sqlitestore: proposal: %w", err)
	}
	r, err := decodeRecord(hub, user, txCount, encoded, locks, threads)
	if err != nil {
		return state.Proposal{}, err
	}
	return state.Proposal{Record: r, Message: message, Refused: refused}, nil
}

// putRefused keeps refused proposals, then drops the superseded ones.
func (s *Store) putRefused(ctx context.Context, tx *sql.Tx, props []propRow, drops []state.Supersession) error {
	for _, p := range props {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO refused (hub_addr, user_addr, tx_count, encoded, locks, threads, message)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, p.channel[0][:], p.channel[1][:], txKey(p.txCount), p.encoded, p.locks, p.threads, p.message); err != nil {
			return fmt.Errorf("sqlitestore: store refused proposal: %w", err)
		}
	}
	for _, d := range drops {
		if _, err := tx.ExecContext(ctx, `DELETE FROM refused WHERE hub_addr = ? AND user_addr = ? AND tx_count < ?`,
			d.Hub[:], d.User[:], txKey(d.Below)); err != nil {
			return fmt.Errorf("sqlitestore: drop superseded proposals: %w", err)
		}
	}
	return nil
}

// Refused implements state.Store.
func (s *Store) Refused(ctx context.Context, hub, user common.Address) ([]state.Proposal, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT tx_count, encoded, locks, threads, message FROM refused
		WHERE hub_addr = ? AND user_addr = ?`, hub[:], user[:])
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: refused: %w", err)
	}
	defer rows.Close()
	var out []state.Proposal
	for rows.Next() {
		var txCount, encoded, locks, threads, message []byte
		if err := rows.Scan(&txCount, &encoded, &locks, &threads, &message); err != nil {
			return nil, fmt.Errorf("sqlitestore: refused: %w", err)
		}
		r, err := decodeRecord(hub, user, txCount, encoded, locks, threads)
		if err != nil {
			return nil, err
		}
		out = append(out, state.Proposal{Record: r, Message: message, Refused: true})
	}
	return out, rows.Err()
}

// putPreimages stores preimages by their hashlock; a known one is kept.
func (s *Store) putPreimages(ctx context.Context, tx *sql.Tx, preimages [][32]byte) error {
	if len(preimages) == 0 {
		return nil
	}
	put := tx.StmtContext(ctx, s.stmts.putPreimage)
	for _, p := range preimages {
		h := state.Hashlock(p)
		if _, err := put.ExecContext(ctx, h[:], p[:]); err != nil {
			return fmt.Errorf("sqlitestore: store preimage: %w", err)
		}
	}
	return nil
}

// Preimage implements state.Store.
func (s *Store) Preimage(ctx context.Context, hashlock common.Hash) ([32]byte, error) {
	var b []byte
	err := s.stmts.preimage.QueryRowContext(ctx, hashlock[:]).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return [32]byte{}, fmt.Errorf("%w: no preimage of %s", state.ErrNotFound, hashlock)
	}
	if err != nil {
		return [32]byte{}, fmt.Errorf("sqlitestore: preimage: %w", err)
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

// putCustodial sets custodial balances.
func (s *Store) putCustodial(ctx context.Context, tx *sql.Tx, balances map[common.Address][2]uint256.Int) error {
	if len(balances) == 0 {
		return nil
	}
	put := tx.StmtContext(ctx, s.stmts.putCustodial)
	for user, b := range balances {
		wei, token := b[0].Bytes32(), b[1].Bytes32()
		if _, err := put.ExecContext(ctx, user[:], wei[:], token[:]); err != nil {
			return fmt.Errorf("sqlitestore: store custodial balance: %w", err)
		}
	}
	return nil
}

// Custodial implements state.Store.
func (s *Store) Custodial(ctx context.Context) (map[common.Address][2]uint256.Int, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT user_addr, wei, token FROM custodial`)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: custodial: %w", err)
	}
	defer rows.Close()
	out := map[common.Address][2]uint256.Int{}
	for rows.Next() {
		var user, wei, token []byte
		if err := rows.Scan(&user, &wei, &token); err != nil {
			return nil, fmt.Errorf("sqlitestore: custodial: %w", err)
		}
		if len(user) != 20 || len(wei) != 32 || len(token) != 32 {
			return nil, fmt.Errorf("%w: custodial row", ErrCorrupt)
		}
		var b [2]uint256.Int
		b[0].SetBytes(wei)
		b[1].SetBytes(token)
		out[common.BytesToAddress(user)] = b
	}
	return out, rows.Err()
}

// putLinks stores link hashlocks; a known one is kept.
func (s *Store) putLinks(ctx context.Context, tx *sql.Tx, links []common.Hash) error {
	for _, h := range links {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO links (hashlock) VALUES (?)`, h[:]); err != nil {
			return fmt.Errorf("sqlitestore: store link: %w", err)
		}
	}
	return nil
}

// Links implements state.Store.
func (s *Store) Links(ctx context.Context) (map[common.Hash]bool, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT hashlock FROM links`)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: links: %w", err)
	}
	defer rows.Close()
	out := map[common.Hash]bool{}
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("sqlitestore: links: %w", err)
		}
		if len(h) != 32 {
			return nil, fmt.Errorf("%w: link row", ErrCorrupt)
		}
		out[common.BytesToHash(h)] = true
	}
	return out, rows.Err()
}

// Meta implements state.Store.
func (s *Store) Meta(ctx context.Context, name string) ([]byte, error) {
	var v []byte
	err := s.reader.QueryRowContext(ctx, `SELECT value FROM meta WHERE name = ?`, name).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, state.ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: meta %s: %w", name, err)
	}
	return v, nil
}
