package sqlitestore_test

import (
	"encoding/binary"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
	"spoke/state/sqlitestore"
)

// schemaV1 is a version-1 file as the first release wrote it: migration 1, copied here so that the test
// does not depend on the code it checks, and its version mark.
const schemaV1 = `CREATE TABLE states (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		tx_count  BLOB NOT NULL CHECK (length(tx_count) = 8),
		encoded   BLOB NOT NULL,
		PRIMARY KEY (hub_addr, user_addr, tx_count)
	);
	CREATE TABLE channels (
		hub_addr  BLOB NOT NULL CHECK (length(hub_addr) = 20),
		user_addr BLOB NOT NULL CHECK (length(user_addr) = 20),
		latest    BLOB NOT NULL CHECK (length(latest) = 8),
		PRIMARY KEY (hub_addr, user_addr)
	) WITHOUT ROWID;
	CREATE TABLE schema_version (version INTEGER NOT NULL);
	INSERT INTO schema_version (version) VALUES (1);`

// TestMigrateV1 opens a version-1 file holding one state: the state reads back without locks, the file
// is at the current version, and records with locks can be stored after it.
func TestMigrateV1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "states.db")
	old := record(addr(1), addr(2), 5)
	enc, err := old.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	hub, user, key := addr(1), addr(2), binary.BigEndian.AppendUint64(nil, 5)
	rawExec(t, path, schemaV1)
	rawExec(t, path, `INSERT INTO states VALUES (?, ?, ?, ?)`, hub[:], user[:], key, enc)
	rawExec(t, path, `INSERT INTO channels VALUES (?, ?, ?)`, hub[:], user[:], key)

	s := openAt(t, path)
	if got, err := s.Latest(ctx, hub, user); err != nil || !reflect.DeepEqual(got, old) {
		t.Fatalf("latest of the version-1 file: %+v, %v", got, err)
	}
	if v := queryInt(t, path, `SELECT version FROM schema_version`); v != 9 {
		t.Fatalf("schema version %d after open, want 9", v)
	}
	next := withLocks(record(hub, user, 6), 1, 2)
	mustPut(t, s, next)
	if got, err := s.Latest(ctx, hub, user); err != nil || !reflect.DeepEqual(got, next) {
		t.Fatalf("latest after a put: %+v, %v", got, err)
	}
	checkHistory(t, s, [2]common.Address{hub, user}, 0, 0, []uint64{5, 6})
}

// TestMigrateV8 opens a file at version 8, the last before threads, built with the released steps and
// holding a state with locks, an outstanding proposal and a refused one as version 8 stored them: each
// reads back without threads, the file has no thread records and is at version 9, and records with
// threads and thread records can be stored after it.
func TestMigrateV8(t *testing.T) {
	path := filepath.Join(t.TempDir(), "states.db")
	for _, step := range sqlitestore.MigrationsTo(8) {
		rawExec(t, path, step)
	}
	rawExec(t, path, `CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES (8)`)
	hub, user := addr(1), addr(2)
	old := withLocks(record(hub, user, 5), 1, 2)
	prop := state.Proposal{Record: withLocks(record(hub, user, 6), 3), Message: []byte("propose 6")}
	refused := state.Proposal{Record: record(hub, user, 6), Message: []byte("refused 6"), Refused: true}
	rawExec(t, path, `INSERT INTO states (hub_addr, user_addr, tx_count, encoded, locks) VALUES (?, ?, ?, ?, ?)`,
		hub[:], user[:], txBlob(5), encoded(t, old), lockBlob(t, 1, 2))
	rawExec(t, path, `INSERT INTO channels VALUES (?, ?, ?)`, hub[:], user[:], txBlob(5))
	rawExec(t, path, `INSERT INTO proposals (hub_addr, user_addr, tx_count, encoded, locks, message, refused)
		VALUES (?, ?, ?, ?, ?, ?, 0)`, hub[:], user[:], txBlob(6), encoded(t, prop.Record), lockBlob(t, 3), prop.Message)
	rawExec(t, path, `INSERT INTO refused (hub_addr, user_addr, tx_count, encoded, locks, message) VALUES (?, ?, ?, ?, NULL, ?)`,
		hub[:], user[:], txBlob(6), encoded(t, refused.Record), refused.Message)

	s := openAt(t, path)
	if v := queryInt(t, path, `SELECT version FROM schema_version`); v != 9 {
		t.Fatalf("schema version %d after open, want 9", v)
	}
	if got, err := s.Latest(ctx, hub, user); err != nil || !reflect.DeepEqual(got, old) {
		t.Fatalf("latest of the version-8 file: %+v, %v", got, err)
	}
	if got, err := s.Proposal(ctx, hub, user); err != nil || !reflect.DeepEqual(got, prop) {
		t.Fatalf("proposal of the version-8 file: %+v, %v", got, err)
	}
	if got, err := s.Refused(ctx, hub, user); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], refused) {
		t.Fatalf("refused proposals of the version-8 file: %+v, %v", got, err)
	}
	if got, err := s.Threads(ctx); err != nil || len(got) != 0 {
		t.Fatalf("thread records of the version-8 file: %+v, %v", got, err)
	}
	next := withThreads(record(hub, user, 6), testThreads(hub, 1, 2))
	tr := threadRecord(hub, user, addr(3), 1, 1, state.ThreadOpen)
	mustCommit(t, s, state.Batch{States: []state.Record{next}, Threads: []state.ThreadRecord{tr}})
	if got, err := s.Latest(ctx, hub, user); err != nil || !reflect.DeepEqual(got, next) {
		t.Fatalf("latest after a commit: %+v, %v", got, err)
	}
	checkThreads(t, s, "after a commit", tr)
}

// txBlob is the stored form of a txCountGlobal.
func txBlob(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// encoded is the stored form of a record's signed state.
func encoded(t *testing.T, r state.Record) []byte {
	t.Helper()
	b, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
