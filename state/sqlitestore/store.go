package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"spoke/state"
)

const (
	// busyTimeoutMs is how long a connection waits for a lock held by another process.
	busyTimeoutMs = 5000
	// writerParams make every transaction on the writer begin IMMEDIATE and every commit fsync.
	writerParams = "_txlock=immediate&_journal_mode=WAL&_synchronous=FULL"
	// readerParams make the reader connections unable to write.
	readerParams = "_query_only=1"
)

// ErrPath reports a path the driver cannot take as a plain file name.
var ErrPath = errors.New("sqlitestore: path must be non-empty and contain no '?'")

// Store is a state.Store in one SQLite file. It is safe for concurrent use.
type Store struct {
	writer *sql.DB // one connection: writes are serialised here, not by SQLite's lock
	reader *sql.DB // query-only pool
	stmts  statements
}

var _ state.Store = (*Store)(nil)

// statements are prepared once at Open.
type statements struct {
	advanceMark, latestMark, insertState, putProposal *sql.Stmt // writer
	dropAnswered                                      *sql.Stmt // writer
	putPreimage, putCustodial, putThread              *sql.Stmt // writer
	proposal, preimage, threads                       *sql.Stmt // reader
	latest, history, channels                         *sql.Stmt // reader
}

// Open opens the store at path, creating the file with mode 0600 if it does not exist and bringing its
// schema up to date.
func Open(path string) (*Store, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("%w: %q", ErrPath, path)
	}
	if err := createFile(path); err != nil {
		return nil, err
	}
	s := &Store{}
	if err := s.open(context.Background(), path); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// createFile creates path with mode 0600 unless it exists, so that SQLite (which would use 0644) opens
// an existing file and gives its -wal and -shm files the same mode.
func createFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("sqlitestore: create %s: %w", path, err)
	}
	return f.Close()
}

func (s *Store) open(ctx context.Context, path string) error {
	var err error
	if s.writer, err = openDB(ctx, path, writerParams, 1); err != nil {
		return err
	}
	if err := migrate(ctx, s.writer); err != nil {
		return err
	}
	if s.reader, err = openDB(ctx, path, readerParams, max(4, runtime.GOMAXPROCS(0))); err != nil {
		return err
	}
	return s.prepare(ctx)
}

// openDB opens a pool of at most conns connections and checks that it works.
func openDB(ctx context.Context, path, params string, conns int) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s?_busy_timeout=%d&%s", path, busyTimeoutMs, params)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	if err := db.PingContext(ctx); err != nil {
		return nil, errors.Join(fmt.Errorf("sqlitestore: open %s: %w", path, err), db.Close())
	}
	return db, nil
}

func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		db    *sql.DB
		dst   **sql.Stmt
		query string
	}{
		// advanceMark changes one row exactly when the state is new for its channel.
		{s.writer, &s.stmts.advanceMark, `INSERT INTO channels (hub_addr, user_addr, latest) VALUES (?, ?, ?)
			ON CONFLICT (hub_addr, user_addr) DO UPDATE SET latest = excluded.latest
			WHERE excluded.latest > channels.latest`},
		{s.writer, &s.stmts.latestMark, `SELECT latest FROM channels WHERE hub_addr = ? AND user_addr = ?`},
		// dropAnswered deletes a channel's proposal once a state at or above its nonce is stored: Proposal
		// no longer returns it, and a hub's proposals table stays as small as its proposals in flight.
		{s.writer, &s.stmts.dropAnswered, `DELETE FROM proposals WHERE hub_addr = ? AND user_addr = ? AND tx_count <= ?`},
		{s.writer, &s.stmts.putProposal, `INSERT OR REPLACE INTO proposals (hub_addr, user_addr, tx_count, encoded, locks, threads, message, refused)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{s.reader, &s.stmts.proposal, `SELECT p.tx_count, p.encoded, p.locks, p.threads, p.message, p.refused FROM proposals p
			LEFT JOIN channels c ON c.hub_addr = p.hub_addr AND c.user_addr = p.user_addr
			WHERE p.hub_addr = ? AND p.user_addr = ? AND (c.latest IS NULL OR p.tx_count > c.latest)`},
		{s.writer, &s.stmts.putCustodial, `INSERT OR REPLACE INTO custodial (user_addr, wei, token) VALUES (?, ?, ?)`},
		{s.writer, &s.stmts.putPreimage, `INSERT OR IGNORE INTO preimages (hashlock, preimage) VALUES (?, ?)`},
		{s.reader, &s.stmts.preimage, `SELECT preimage FROM preimages WHERE hashlock = ?`},
		{s.writer, &s.stmts.insertState, `INSERT INTO states (hub_addr, user_addr, tx_count, encoded, locks, threads) VALUES (?, ?, ?, ?, ?, ?)`},
		{s.reader, &s.stmts.latest, `SELECT c.latest, s.tx_count, s.encoded, s.locks, s.threads FROM channels c LEFT JOIN states s
			ON s.hub_addr = c.hub_addr AND s.user_addr = c.user_addr AND s.tx_count = c.latest
			WHERE c.hub_addr = ? AND c.user_addr = ?`},
		{s.reader, &s.stmts.history, `SELECT tx_count, encoded FROM states
			WHERE hub_addr = ? AND user_addr = ? AND tx_count >= ? ORDER BY tx_count LIMIT ?`},
		{s.reader, &s.stmts.channels, `SELECT hub_addr, user_addr FROM channels ORDER BY hub_addr, user_addr`},
		{s.writer, &s.stmts.putThread, `INSERT OR REPLACE INTO threads (hub_addr, sender, receiver, thread_id, initial, latest, status)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{s.reader, &s.stmts.threads, `SELECT hub_addr, sender, receiver, thread_id, initial, latest, status FROM threads
			ORDER BY hub_addr, sender, receiver, thread_id`},
	} {
		stmt, err := p.db.PrepareContext(ctx, p.query)
		if err != nil {
			return fmt.Errorf("sqlitestore: prepare: %w", err)
		}
		*p.dst = stmt
	}
	return nil
}

// Close closes the prepared statements and both connection pools; the last connection to close
// checkpoints the WAL into the main file.
func (s *Store) Close() error {
	var errs []error
	for _, stmt := range []*sql.Stmt{s.stmts.advanceMark, s.stmts.latestMark, s.stmts.insertState, s.stmts.dropAnswered,
		s.stmts.putProposal, s.stmts.proposal, s.stmts.putPreimage, s.stmts.preimage, s.stmts.putCustodial,
		s.stmts.latest, s.stmts.history, s.stmts.channels, s.stmts.putThread, s.stmts.threads} {
		if stmt != nil {
			errs = append(errs, stmt.Close())
		}
	}
	for _, db := range []*sql.DB{s.reader, s.writer} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	s.stmts, s.reader, s.writer = statements{}, nil, nil
	return errors.Join(errs...)
}
