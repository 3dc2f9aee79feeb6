// Package sqlitestore is spoke's embedded state.Store: one SQLite file, opened through the pure-Go driver
// modernc.org/sqlite, so a node needs no database server and no cgo for its storage.
//
// Durability comes first: the file is in WAL mode with synchronous=FULL, so Put returns only after its
// transaction is fsynced, and the engine may then send the signatures it stored. A batch passed to one Put
// is one transaction and one fsync (group commit); see BenchmarkPutBatch for what that buys.
//
// Writes go through a single connection (transactions begin IMMEDIATE, so a second process waits on the
// busy timeout instead of failing half-way); reads use a separate pool of query-only connections, which WAL
// lets run beside the writer. Each state is stored as its binary encoding (state.SignedState) next to
// hub, user and txCountGlobal columns for indexing; txCountGlobal is an 8-byte big-endian blob, so that
// SQLite's byte order is the numeric order over the whole uint64 range. The open locks of a state are
// stored beside it as the concatenation of their binary encodings (state.Lock), NULL for none, and so are
// the initial states of its open threads (state.EncodeThreads); proposals and refused proposals keep both
// the same way. The node's own threads, as sender or receiver, are rows of their own keyed by (hub,
// sender, receiver, thread id), holding the initial and latest signed thread states and the status. A
// row whose blobs do not decode, or do not match its columns, is reported as ErrCorrupt.
//
// The file is created with mode 0600 (SQLite gives its -wal and -shm files the same mode). The schema
// carries a version in table schema_version; Open applies the missing migrations in one transaction and
// refuses a file written by a newer schema.
package sqlitestore
