package pgstore

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"spoke/state"
)

// Advisory lock keys of the two-key form; the second key is the hash of the schema's name.
const (
	lockMigrate = 0x73706b01 // held by a transaction migrating the schema
	lockInUse   = 0x73706b02 // held by the session of an open Store
)

// Open errors.
var (
	// ErrDurability reports a server that may acknowledge a commit before it is on disk (fsync off).
	ErrDurability = errors.New("pgstore: the server runs with fsync off: commits would not be durable")
	// ErrInUse reports a schema another open Store (of this process or another) holds.
	ErrInUse = errors.New("pgstore: another spoke store has this database schema open")
)

// Store is a state.Store in a PostgreSQL database. It is safe for concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	hold   *pgx.Conn  // the session holding the lockInUse lock while the store is open
	locked bool       // hold holds it
	mu     sync.Mutex // serialises writes
}

var _ state.Store = (*Store)(nil)

// Open connects to the database of dsn (a postgres:// URL or a key=value string, as libpq takes them),
// checks that its commits are durable, takes the schema for this store alone and brings it up to date.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("pgstore: %w", err)
	}
	cfg.AfterConnect = durableCommits
	s := &Store{}
	if err := s.open(ctx, cfg); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

func (s *Store) open(ctx context.Context, cfg *pgxpool.Config) error {
	var err error
	if s.hold, err = pgx.ConnectConfig(ctx, cfg.ConnConfig.Copy()); err != nil {
		return fmt.Errorf("pgstore: connect: %w", err)
	}
	if err := checkFsync(ctx, s.hold); err != nil {
		return err
	}
	var held bool
	err = s.hold.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext(current_schema()))`, lockInUse).Scan(&held)
	if err != nil {
		return fmt.Errorf("pgstore: lock the schema: %w", err)
	}
	if !held {
		return ErrInUse
	}
	s.locked = true
	if err := migrate(ctx, s.hold, migrations); err != nil {
		return err
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return fmt.Errorf("pgstore: pool: %w", err)
	}
	if err := s.pool.Ping(ctx); err != nil {
		return fmt.Errorf("pgstore: connect: %w", err)
	}
	return nil
}

// durableCommits makes a new connection's commits wait for the WAL flush: a connection whose
// synchronous_commit is off (set by the server, the role or the URL) is set back on. The other values
// all flush locally before a commit returns.
func durableCommits(ctx context.Context, c *pgx.Conn) error {
	var v string
	if err := c.QueryRow(ctx, `SELECT current_setting('synchronous_commit')`).Scan(&v); err != nil {
		return fmt.Errorf("pgstore: synchronous_commit: %w", err)
	}
	if v != "off" {
		return nil
	}
	if _, err := c.Exec(ctx, `SET synchronous_commit TO on`); err != nil {
		return fmt.Errorf("pgstore: synchronous_commit: %w", err)
	}
	return nil
}

// checkFsync refuses a server running with fsync off; a server without the setting (another
// implementation of the protocol) is taken at its word.
func checkFsync(ctx context.Context, c *pgx.Conn) error {
	var v *string
	if err := c.QueryRow(ctx, `SELECT current_setting('fsync', true)`).Scan(&v); err != nil {
		return fmt.Errorf("pgstore: fsync setting: %w", err)
	}
	if v != nil && *v == "off" {
		return ErrDurability
	}
	return nil
}

// Close closes the connection pool and ends the session holding the schema.
func (s *Store) Close() error {
	if s.pool != nil {
		s.pool.Close()
		s.pool = nil
	}
	var errs []error
	if s.hold != nil {
		// Unlock before closing: the server ends a closed session a moment later, and a store reopened
		// at once must find the schema free.
		ctx := context.Background()
		if s.locked {
			_, err := s.hold.Exec(ctx, `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, lockInUse)
			errs = append(errs, err)
		}
		errs = append(errs, s.hold.Close(ctx))
		s.hold, s.locked = nil, false
	}
	return errors.Join(errs...)
}
