package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"spoke/state"
)

// row is one record ready to insert, encoded before the transaction begins to keep it short.
type row struct {
	hub, user common.Address
	txCount   uint64
	encoded   []byte // the state
	locks     []byte // its locks, nil for none
	threads   []byte // its thread set, nil for none
}

// Statements of a commit. putState advances the channel's mark and inserts the state in one statement;
// when the mark does not advance (a stale state) the state's tx_count is NULL, and the NOT NULL
// constraint fails the statement and with it the batch (see isStale).
const (
	putState = `WITH mark AS (
			INSERT INTO channels (hub_addr, user_addr, latest) VALUES ($1, $2, $3)
			ON CONFLICT (hub_addr, user_addr) DO UPDATE SET latest = excluded.latest
			WHERE excluded.latest > channels.latest
			RETURNING latest)
		INSERT INTO states (hub_addr, user_addr, tx_count, encoded, locks, threads)
		VALUES ($1, $2, (SELECT latest FROM mark), $4, $5, $6)`
	// dropAnswered deletes a channel's proposal once a state at or above its nonce is stored: Proposal
	// no longer returns it, and a hub's proposals table stays as small as its proposals in flight.
	dropAnswered = `DELETE FROM proposals WHERE hub_addr = $1 AND user_addr = $2 AND tx_count <= $3`
	putProposal  = `INSERT INTO proposals (hub_addr, user_addr, tx_count, encoded, locks, threads, message, refused)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		ON CONFLICT (hub_addr, user_addr) DO UPDATE SET tx_count = excluded.tx_count, encoded = excluded.encoded,
			locks = excluded.locks, threads = excluded.threads, message = excluded.message, refused = excluded.refused`
	putRefused = `INSERT INTO refused (hub_addr, user_addr, tx_count, encoded, locks, threads, message)
		VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`
	dropRefused  = `DELETE FROM refused WHERE hub_addr = $1 AND user_addr = $2 AND tx_count < $3`
	putPreimage  = `INSERT INTO preimages (hashlock, preimage) VALUES ($1, $2) ON CONFLICT DO NOTHING`
	putCustodial = `INSERT INTO custodial (user_addr, wei, token) VALUES ($1, $2, $3)
		ON CONFLICT (user_addr) DO UPDATE SET wei = excluded.wei, token = excluded.token`
	putLink   = `INSERT INTO links (hashlock) VALUES ($1) ON CONFLICT DO NOTHING`
	putThread = `INSERT INTO threads (hub_addr, sender, receiver, thread_id, initial, latest, status)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		ON CONFLICT (hub_addr, sender, receiver, thread_id) DO UPDATE SET initial = excluded.initial,
			latest = excluded.latest, status = excluded.status`
	putMeta = `INSERT INTO meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value`
)

// Put implements state.Store: Commit of the records alone.
func (s *Store) Put(ctx context.Context, records ...state.Record) error {
	return s.Commit(ctx, state.Batch{States: records})
}

// Commit implements state.Store: the whole batch is one pipeline of statements ending in one Sync, so
// PostgreSQL runs it as one implicit transaction, committed durably before Commit returns, or rolled back
// whole at the first failing statement; it costs one round trip. What the store could not read back is
// refused before anything is sent, as sqlitestore refuses it: a record with more than state.MaxLocks
// locks or lock IDs not strictly increasing (state.ErrLockOrder), more than state.MaxThreads threads or
// threads not in increasing key order (state.ErrThreadOrder), or a signature of the wrong length; a thread
// record whose latest state is of another thread (state.ErrThreadMismatch). Thread records of one thread
// later in the batch replace earlier ones.
func (s *Store) Commit(ctx context.Context, b state.Batch) error {
	if b.Empty() {
		return nil
	}
	e, err := encodeBatch(&b)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.send(ctx, e); err != nil {
		return fmt.Errorf("pgstore: commit: %w", err)
	}
	return nil
}

// send sends the batch and reads its results: Close returns once the transaction committed, or with the
// first statement's error. A state that did not advance its channel's mark is reported as state.ErrStale.
func (s *Store) send(ctx context.Context, e *encoded) error {
	res := s.pool.SendBatch(ctx, e.queue())
	for _, r := range e.rows {
		if _, err := res.Exec(); err != nil {
			_ = res.Close() // the same error
			if isStale(err) {
				return s.staleError(ctx, r)
			}
			return err
		}
	}
	return res.Close()
}

// notNullViolation is the SQLSTATE of a NOT NULL constraint failure.
const notNullViolation = "23502"

// isStale reports whether err is putState's NOT NULL failure of a mark that did not advance.
func isStale(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && pg.Code == notNullViolation && pg.TableName == "states" &&
		pg.ColumnName == "tx_count"
}

// propRow is one proposal ready to store.
type propRow struct {
	row
	message []byte
	refused bool
}

// encoded is a batch ready to send: its records encoded, the rest as the batch holds it.
type encoded struct {
	rows           []row
	props, refused []propRow
	threads        []threadRow
	b              *state.Batch
}

func encodeBatch(b *state.Batch) (*encoded, error) {
	e := &encoded{b: b}
	var err error
	if e.rows, err = encodeRows(b.States); err != nil {
		return nil, err
	}
	if e.props, err = encodeProposals(b.Proposals); err != nil {
		return nil, err
	}
	if e.refused, err = encodeProposals(b.Refused); err != nil {
		return nil, err
	}
	if e.threads, err = encodeThreadRecords(b.Threads); err != nil {
		return nil, err
	}
	return e, nil
}

// queue lists the statements of the batch in sqlitestore's order: states, proposals, refused proposals
// and supersessions, preimages, custodial balances, links, thread records, meta.
func (e *encoded) queue() *pgx.Batch {
	q := &pgx.Batch{}
	for _, r := range e.rows {
		q.Queue(putState, r.hub[:], r.user[:], r.txCount, r.encoded, r.locks, r.threads)
	}
	for _, r := range e.rows { // after the states, whose results send reads first
		q.Queue(dropAnswered, r.hub[:], r.user[:], r.txCount)
	}
	for _, r := range e.props {
		q.Queue(putProposal, r.hub[:], r.user[:], r.txCount, r.encoded, r.locks, r.threads, r.message, r.refused)
	}
	for _, r := range e.refused {
		q.Queue(putRefused, r.hub[:], r.user[:], r.txCount, r.encoded, r.locks, r.threads, r.message)
	}
	for _, d := range e.b.Superseded {
		q.Queue(dropRefused, d.Hub[:], d.User[:], d.Below)
	}
	for _, p := range e.b.Preimages {
		h := state.Hashlock(p)
		q.Queue(putPreimage, h[:], p[:])
	}
	for user, bal := range e.b.Custodial {
		q.Queue(putCustodial, user[:], numeric(&bal[0]), numeric(&bal[1]))
	}
	for _, h := range e.b.Links {
		q.Queue(putLink, h[:])
	}
	for _, t := range e.threads {
		q.Queue(putThread, t.hub[:], t.sender[:], t.receiver[:], t.id, t.initial, t.latest, int16(t.status))
	}
	for name, v := range e.b.Meta {
		q.Queue(putMeta, name, v)
	}
	return q
}

// staleError describes a row that did not advance its channel's mark (its batch was rolled back).
func (s *Store) staleError(ctx context.Context, r row) error {
	var latest uint64
	err := s.pool.QueryRow(ctx, `SELECT latest FROM channels WHERE hub_addr = $1 AND user_addr = $2`, r.hub[:], r.user[:]).Scan(&latest)
	if err != nil {
		return fmt.Errorf("%w: channel %s/%s txCountGlobal %d (reading the latest: %w)", state.ErrStale, r.hub, r.user, r.txCount, err)
	}
	return fmt.Errorf("%w: channel %s/%s txCountGlobal %d, latest %d", state.ErrStale, r.hub, r.user, r.txCount, latest)
}

func encodeRows(records []state.Record) ([]row, error) {
	rows := make([]row, len(records))
	for i := range records {
		r, err := encodeRow(&records[i])
		if err != nil {
			return nil, fmt.Errorf("pgstore: record %d of the batch: %w", i, err)
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
	locks, err := state.EncodeLocks(rec.Locks)
	if err != nil {
		return row{}, err
	}
	threads, err := state.EncodeThreads(rec.Threads)
	if err != nil {
		return row{}, err
	}
	st := &rec.State
	return row{hub: st.Hub, user: st.User, txCount: st.TxCountGlobal, encoded: enc, locks: locks, threads: threads}, nil
}

// encodeProposals encodes proposals, refusing one without a message.
func encodeProposals(props []state.Proposal) ([]propRow, error) {
	out := make([]propRow, len(props))
	for i := range props {
		r, err := encodeRow(&props[i].Record)
		if err != nil {
			return nil, fmt.Errorf("pgstore: proposal %d of the batch: %w", i, err)
		}
		if len(props[i].Message) == 0 {
			return nil, fmt.Errorf("pgstore: proposal %d of the batch has no message", i)
		}
		out[i] = propRow{row: r, message: props[i].Message, refused: props[i].Refused}
	}
	return out, nil
}
