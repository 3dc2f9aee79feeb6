// Package pgstore is spoke's state.Store on PostgreSQL (through github.com/jackc/pgx/v5), for hubs whose
// operators run a database server: the same behaviour as the embedded sqlitestore, method by method,
// checked by the same conformance suite (state/storetest).
//
// Durability is the same as SQLite's: Commit returns only after PostgreSQL committed the transaction with
// synchronous_commit on (a connection whose setting is off is set back on when it opens), and Open refuses
// a server running with fsync off (ErrDurability). A batch is one transaction, sent as one pipeline of
// statements (group commit: one WAL flush for the whole batch). Writes are serialised inside the store,
// as sqlitestore's single writer connection serialises them, so concurrent batches neither deadlock nor
// interleave; reads use the rest of the one connection pool.
//
// Tables mirror sqlitestore's: each state is kept as its binary encoding (state.SignedState) beside hub
// and user (bytea of 20 bytes) and txCountGlobal (numeric(20,0), the whole uint64 range in numeric order)
// columns; locks and thread sets are the concatenations of their binary encodings, NULL for none;
// custodial balances are numeric(78,0), exact over the whole uint256 range. A row whose blobs do not
// decode, or do not match its columns, is reported as ErrCorrupt.
//
// The tables live in the first schema of the connection's search_path (set it in the URL to keep several
// nodes in one database). The schema carries a version in table schema_version; Open applies the missing
// migrations in one transaction, under an advisory lock so that two processes opening one schema do not
// race, and refuses a schema written by a newer spoke (ErrSchemaVersion). An open Store holds a session
// advisory lock on its schema: a second store opening the same schema fails with ErrInUse, as a second
// node on one data directory does.
package pgstore
