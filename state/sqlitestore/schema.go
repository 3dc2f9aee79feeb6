package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migrations are the schema steps in order; migrations[i] takes the schema from version i to i+1. A step
// is never edited once released: changes are new steps.
var migrations = []string{
	// 1: states keeps every state, channels marks each channel's latest.
	`CREATE TABLE states (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		tx_count  BLOB NOT NULL CHECK (length(tx_count) = 8), -- txCountGlobal, big-endian
		encoded   BLOB NOT NULL,                              -- state.SignedState binary encoding
		PRIMARY KEY (hub_addr, user_addr, tx_count)
	);
	CREATE TABLE channels (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		latest    BLOB NOT NULL CHECK (length(latest) = 8), -- tx_count of the latest state
		PRIMARY KEY (hub_addr, user_addr)
	) WITHOUT ROWID;`,
	// 2: each state keeps the open locks it commits to.
	`ALTER TABLE states ADD COLUMN locks BLOB; -- concatenated state.Lock binary encodings; NULL or empty: none`,
	// 3: proposals keeps each channel's outstanding proposal of this node, resent as is after a restart.
	`CREATE TABLE proposals (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		tx_count  BLOB NOT NULL CHECK (length(tx_count) = 8),
		encoded   BLOB NOT NULL, -- state.SignedState binary encoding, signed by this node only
		locks     BLOB,          -- as in states
		message   BLOB NOT NULL, -- the encoded message that carried it
		PRIMARY KEY (hub_addr, user_addr)
	) WITHOUT ROWID;`,
	// 4: preimages keeps the preimages of hashlocks the node learned.
	`CREATE TABLE preimages (
		hashlock BLOB NOT NULL PRIMARY KEY CHECK (length(hashlock) = 32),
		preimage BLOB NOT NULL CHECK (length(preimage) = 32)
	) WITHOUT ROWID;`,
	// 5: custodial keeps what a hub holds in custody for each user (trusted payments).
	`CREATE TABLE custodial (
		user_addr BLOB NOT NULL PRIMARY KEY CHECK (length(user_addr) = 20),
		wei       BLOB NOT NULL CHECK (length(wei) = 32),
		token     BLOB NOT NULL CHECK (length(token) = 32)
	) WITHOUT ROWID;`,
	// 6: links keeps the hashlocks of the link payments a hub holds for redemption.
	`CREATE TABLE links (
		hashlock BLOB NOT NULL PRIMARY KEY CHECK (length(hashlock) = 32)
	) WITHOUT ROWID;`,
	// 7: meta keeps small values of the node's own by name (where its chain watcher is).
	`CREATE TABLE meta (
		name  TEXT NOT NULL PRIMARY KEY,
		value BLOB NOT NULL
	) WITHOUT ROWID;`,
	// 8: a proposal the counterparty refused is kept, marked, and not resent: it was signed, so it binds
	// this node until the channel moves past its nonce.
	`ALTER TABLE proposals ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
	CREATE TABLE refused (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		tx_count  BLOB NOT NULL CHECK (length(tx_count) = 8),
		encoded   BLOB NOT NULL, -- as in proposals; several may share a nonce
		locks     BLOB,
		message   BLOB NOT NULL,
		PRIMARY KEY (hub_addr, user_addr, tx_count, encoded)
	) WITHOUT ROWID;`,
	// 9: each state and proposal keeps the initial states of its open threads, and threads keeps the
	// node's own threads (as their sender or receiver): initial and latest signed states and a status.
	`ALTER TABLE states ADD COLUMN threads BLOB; -- state.EncodeThreads; NULL or empty: none
	ALTER TABLE proposals ADD COLUMN threads BLOB; -- as in states
	ALTER TABLE refused ADD COLUMN threads BLOB;   -- as in states
	CREATE TABLE threads (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		sender    BLOB NOT NULL CHECK (length(sender) = 20),
		receiver  BLOB NOT NULL CHECK (length(receiver) = 20),
		thread_id BLOB NOT NULL CHECK (length(thread_id) = 8), -- big-endian, as tx_count
		initial   BLOB NOT NULL,    -- state.SignedThread binary encoding
		latest    BLOB NOT NULL,    -- state.SignedThread binary encoding, of the same thread
		status    INTEGER NOT NULL, -- state.ThreadStatus
		PRIMARY KEY (hub_addr, sender, receiver, thread_id)
	) WITHOUT ROWID;`,
}

// ErrSchemaVersion reports a database file written by a newer spoke than this one.
var ErrSchemaVersion = errors.New("sqlitestore: database schema is newer than this binary supports")

// migrate brings the schema to version len(migrations) in one transaction.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlitestore: migrate: %w", err)
	}
	defer tx.Rollback()
	from, err := schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if from > len(migrations) {
		return fmt.Errorf("%w: file has version %d, this binary %d", ErrSchemaVersion, from, len(migrations))
	}
	for v := from; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("sqlitestore: migration %d: %w", v+1, err)
		}
	}
	if err := setSchemaVersion(ctx, tx, len(migrations)); err != nil {
		return err
	}
	return tx.Commit()
}

// schemaVersion creates the version table if needed and returns the recorded version, 0 for a new file.
func schemaVersion(ctx context.Context, tx *sql.Tx) (int, error) {
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return 0, fmt.Errorf("sqlitestore: schema version table: %w", err)
	}
	var v int
	err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sqlitestore: read schema version: %w", err)
	}
	return v, nil
}

func setSchemaVersion(ctx context.Context, tx *sql.Tx, v int) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return fmt.Errorf("sqlitestore: write schema version: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, v); err != nil {
		return fmt.Errorf("sqlitestore: write schema version: %w", err)
	}
	return nil
}
