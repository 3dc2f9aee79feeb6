package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// uint64Max and uint256Limit bound the numeric columns: txCountGlobal and thread ids are uint64, money
// is uint256.
const (
	uint64Max    = "18446744073709551615"
	uint256Limit = "115792089237316195423570985008687907853269984665640564039457584007913129639936" // 2^256
)

// migrations are the schema steps in order; migrations[i] takes the schema from version i to i+1. A step
// is never edited once released: changes are new steps. Version 1 holds what sqlitestore's version 9
// holds.
var migrations = []string{
	// 1: states keeps every state, channels marks each channel's latest, proposals each channel's
	// outstanding proposal of this node, refused the proposals the counterparty refused (kept until the
	// channel moves past their nonce), preimages the preimages of hashlocks the node learned, custodial
	// what a hub holds in custody for each user, links the hashlocks of link payments a hub holds, meta
	// small values of the node's own by name, threads the node's own threads.
	`CREATE TABLE states (
		hub_addr  bytea NOT NULL CHECK (octet_length(hub_addr) = 20),
		user_addr bytea NOT NULL CHECK (octet_length(user_addr) = 20),
		tx_count  numeric(20, 0) NOT NULL CHECK (tx_count BETWEEN 0 AND ` + uint64Max + `), -- txCountGlobal
		encoded   bytea      NOT NULL, -- state.SignedState binary encoding
		locks     bytea,               -- concatenated state.Lock binary encodings; NULL or empty: none
		threads   bytea,               -- state.EncodeThreads; NULL or empty: none
		PRIMARY KEY (hub_addr, user_addr, tx_count)
	);
	CREATE TABLE channels (
		hub_addr  bytea NOT NULL CHECK (octet_length(hub_addr) = 20),
		user_addr bytea NOT NULL CHECK (octet_length(user_addr) = 20),
		latest    numeric(20, 0) NOT NULL CHECK (latest BETWEEN 0 AND ` + uint64Max + `), -- tx_count of the latest state
		PRIMARY KEY (hub_addr, user_addr)
	);
	CREATE TABLE proposals (
		hub_addr  bytea NOT NULL CHECK (octet_length(hub_addr) = 20),
		user_addr bytea NOT NULL CHECK (octet_length(user_addr) = 20),
		tx_count  numeric(20, 0) NOT NULL CHECK (tx_count BETWEEN 0 AND ` + uint64Max + `),
		encoded   bytea      NOT NULL, -- signed by this node only
		locks     bytea,
		threads   bytea,
		message   bytea      NOT NULL, -- the encoded message that carried it
		refused   boolean    NOT NULL DEFAULT false,
		PRIMARY KEY (hub_addr, user_addr)
	);
	CREATE TABLE refused (
		hub_addr  bytea NOT NULL CHECK (octet_length(hub_addr) = 20),
		user_addr bytea NOT NULL CHECK (octet_length(user_addr) = 20),
		tx_count  numeric(20, 0) NOT NULL CHECK (tx_count BETWEEN 0 AND ` + uint64Max + `),
		encoded   bytea      NOT NULL, -- several may share a nonce
		locks     bytea,
		threads   bytea,
		message   bytea      NOT NULL,
		PRIMARY KEY (hub_addr, user_addr, tx_count, encoded)
	);
	CREATE TABLE preimages (
		hashlock bytea NOT NULL CHECK (octet_length(hashlock) = 32) PRIMARY KEY,
		preimage bytea NOT NULL CHECK (octet_length(preimage) = 32)
	);
	CREATE TABLE custodial (
		user_addr bytea NOT NULL CHECK (octet_length(user_addr) = 20) PRIMARY KEY,
		wei       numeric(78, 0) NOT NULL CHECK (wei >= 0 AND wei < ` + uint256Limit + `),
		token     numeric(78, 0) NOT NULL CHECK (token >= 0 AND token < ` + uint256Limit + `)
	);
	CREATE TABLE links (
		hashlock bytea NOT NULL CHECK (octet_length(hashlock) = 32) PRIMARY KEY
	);
	CREATE TABLE meta (
		name  text  NOT NULL PRIMARY KEY,
		value bytea NOT NULL
	);
	CREATE TABLE threads (
		hub_addr  bytea NOT NULL CHECK (octet_length(hub_addr) = 20),
		sender    bytea NOT NULL CHECK (octet_length(sender) = 20),
		receiver  bytea NOT NULL CHECK (octet_length(receiver) = 20),
		thread_id numeric(20, 0) NOT NULL CHECK (thread_id BETWEEN 0 AND ` + uint64Max + `),
		initial   bytea      NOT NULL, -- state.SignedThread binary encoding
		latest    bytea      NOT NULL, -- state.SignedThread binary encoding, of the same thread
		status    smallint   NOT NULL CHECK (status BETWEEN 0 AND 255), -- state.ThreadStatus
		PRIMARY KEY (hub_addr, sender, receiver, thread_id)
	);`,
}

// ErrSchemaVersion reports a database schema written by a newer spoke than this one.
var ErrSchemaVersion = errors.New("pgstore: database schema is newer than this binary supports")

// migrate brings the schema to version len(steps) in one transaction, holding an advisory lock on the
// schema so that concurrent Opens migrate one after the other.
func migrate(ctx context.Context, conn *pgx.Conn, steps []string) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, lockMigrate); err != nil {
			return fmt.Errorf("pgstore: migrate: %w", err)
		}
		from, err := schemaVersion(ctx, tx)
		if err != nil {
			return err
		}
		if from > len(steps) {
			return fmt.Errorf("%w: schema has version %d, this binary %d", ErrSchemaVersion, from, len(steps))
		}
		for v := from; v < len(steps); v++ {
			if _, err := tx.Exec(ctx, steps[v]); err != nil {
				return fmt.Errorf("pgstore: migration %d: %w", v+1, err)
			}
		}
		if from == len(steps) {
			return nil
		}
		if _, err := tx.Exec(ctx, `DELETE FROM schema_version`); err != nil {
			return fmt.Errorf("pgstore: write schema version: %w", err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, len(steps)); err != nil {
			return fmt.Errorf("pgstore: write schema version: %w", err)
		}
		return nil
	})
}

// schemaVersion creates the version table if needed and returns the recorded version, 0 for a new schema.
func schemaVersion(ctx context.Context, tx pgx.Tx) (int, error) {
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
		return 0, fmt.Errorf("pgstore: schema version table: %w", err)
	}
	var v int
	err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("pgstore: read schema version: %w", err)
	}
	return v, nil
}
