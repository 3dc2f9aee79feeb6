package sqlitestore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// channelKey identifies a channel: (hub, user).
type channelKey = [2]common.Address

// row is one record ready to insert, encoded before the transaction begins to keep it short.
type row struct {
	channel channelKey
	txCount uint64
	encoded []byte // the state
	locks   []byte // its locks, nil for none
	threads []byte // its thread set, nil for none
}

// Put implements state.Store: Commit of the records alone.
func (s *Store) Put(ctx context.Context, records ...state.Record) error {
	return s.Commit(ctx, state.Batch{States: records})
}

// Commit implements state.Store: the whole batch is one IMMEDIATE transaction, committed with one fsync.
// What the store could not read back is refused before the transaction begins: a record with more than
// state.MaxLocks locks or lock IDs not strictly increasing (ErrLockOrder), more than state.MaxThreads
// threads or threads not in increasing key order (state.ErrThreadOrder), or a signature of the wrong
// length; a thread record whose latest state is of another thread (ErrThreadMismatch). Thread records of
// one thread later in the batch replace earlier ones.
func (s *Store) Commit(ctx context.Context, b state.Batch) error {
	return s.CommitAll(ctx, []state.Batch{b})
}

// CommitAll stores the batches in one transaction (one fsync), each as Commit would, in order: the store
// then holds what Commits of each in turn would leave, or, when any is refused, nothing of any. A journal
// folds its records with it (state/journal).
func (s *Store) CommitAll(ctx context.Context, batches []state.Batch) error {
	encoded := make([]encodedBatch, 0, len(batches))
	for i := range batches {
		if batches[i].Empty() {
			continue
		}
		e, err := encodeBatch(&batches[i])
		if err != nil {
			return err
		}
		encoded = append(encoded, e)
	}
	if len(encoded) == 0 {
		return nil
	}
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlitestore: begin: %w", err)
	}
	defer tx.Rollback() // no-op after Commit
	for i := range encoded {
		if err := s.apply(ctx, tx, &encoded[i]); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlitestore: commit: %w", err)
	}
	return nil
}

// encodedBatch is a batch with its records encoded, ready for the transaction.
type encodedBatch struct {
	*state.Batch
	rows           []row
	props, refused []propRow
	threads        []threadRow
}

func encodeBatch(b *state.Batch) (encodedBatch, error) {
	e := encodedBatch{Batch: b}
	var err error
	if e.rows, err = encodeRows(b.States); err != nil {
		return e, err
	}
	if e.props, err = encodeProposals(b.Proposals); err != nil {
		return e, err
	}
	if e.refused, err = encodeProposals(b.Refused); err != nil {
		return e, err
	}
	e.threads, err = encodeThreadRecords(b.Threads)
	return e, err
}

// apply writes one batch in tx.
func (s *Store) apply(ctx context.Context, tx *sql.Tx, e *encodedBatch) error {
	if err := s.putRows(ctx, tx, e.rows); err != nil {
		return err
	}
	if err := s.putProposals(ctx, tx, e.props); err != nil {
		return err
	}
	if err := s.putRefused(ctx, tx, e.refused, e.Superseded); err != nil {
		return err
	}
	if err := s.putPreimages(ctx, tx, e.Preimages); err != nil {
		return err
	}
	if err := s.putCustodial(ctx, tx, e.Custodial); err != nil {
		return err
	}
	if err := s.putLinks(ctx, tx, e.Links); err != nil {
		return err
	}
	if err := s.putThreads(ctx, tx, e.threads); err != nil {
		return err
	}
	for name, v := range e.Meta {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)`, name, v); err != nil {
			return fmt.Errorf("sqlitestore: store %s: %w", name, err)
		}
	}
	return nil
}

func encodeRows(records []state.Record) ([]row, error) {
	rows := make([]row, len(records))
	for i := range records {
		r, err := encodeRow(&records[i])
		if err != nil {
			return nil, fmt.Errorf("sqlitestore: record %d of the batch: %w", i, err)
		}
		rows[i] = r
	}
	return rows, nil
}

// encodeRow encodes one record's state, locks and threads, refusing what the store could not read back.
func encodeRow(rec *state.Record) (row, error) {
	enc, err := rec.MarshalBinary()
	if err != nil {
		return row{}, err
	}
	locks, err := encodeLocks(rec.Locks)
	if err != nil {
		return row{}, err
	}
	threads, err := state.EncodeThreads(rec.Threads)
	if err != nil {
		return row{}, err
	}
	st := &rec.State
	return row{channel: channelKey{st.Hub, st.User}, txCount: st.TxCountGlobal, encoded: enc, locks: locks, threads: threads}, nil
}

// putRows advances each row's channel mark, refusing stale rows, and inserts the row. The conditional
// upsert both checks and moves the mark, so a batch costs two statements per state; a refused row aborts
// the batch, whose transaction the caller rolls back.
func (s *Store) putRows(ctx context.Context, tx *sql.Tx, rows []row) error {
	advance := tx.StmtContext(ctx, s.stmts.advanceMark)
	insert := tx.StmtContext(ctx, s.stmts.insertState)
	drop := tx.StmtContext(ctx, s.stmts.dropAnswered)
	for _, r := range rows {
		hub, user, key := r.channel[0][:], r.channel[1][:], txKey(r.txCount)
		res, err := advance.ExecContext(ctx, hub, user, key)
		if err != nil {
			return fmt.Errorf("sqlitestore: advance latest mark: %w", err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return errors.Join(s.staleError(ctx, tx, r), err)
		}
		if _, err := insert.ExecContext(ctx, hub, user, key, r.encoded, r.locks, r.threads); err != nil {
			return fmt.Errorf("sqlitestore: insert state: %w", err)
		}
		if _, err := drop.ExecContext(ctx, hub, user, key); err != nil {
			return fmt.Errorf("sqlitestore: drop answered proposal: %w", err)
		}
	}
	return nil
}

// staleError describes a row that did not advance its channel's mark.
func (s *Store) staleError(ctx context.Context, tx *sql.Tx, r row) error {
	var latest []byte
	if err := tx.StmtContext(ctx, s.stmts.latestMark).QueryRowContext(ctx, r.channel[0][:], r.channel[1][:]).Scan(&latest); err != nil {
		return fmt.Errorf("sqlitestore: read latest mark: %w", err)
	}
	n, err := parseTxKey(latest)
	if err != nil {
		return fmt.Errorf("%w: channel %s/%s latest mark: %v", ErrCorrupt, r.channel[0], r.channel[1], err)
	}
	return fmt.Errorf("%w: channel %s/%s txCountGlobal %d, latest %d", state.ErrStale,
		r.channel[0], r.channel[1], r.txCount, n)
}

// txKey is the stored form of a txCountGlobal: 8 bytes big-endian, so byte order is numeric order.
func txKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func parseTxKey(b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("tx count blob has %d bytes, want 8", len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}
