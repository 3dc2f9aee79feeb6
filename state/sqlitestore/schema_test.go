package sqlitestore_test

import (
	"encoding/binary"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
// is at version 2, and records with locks can be stored after it.
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
	if v := queryInt(t, path, `SELECT version FROM schema_version`); v != 8 {
		t.Fatalf("schema version %d after open, want 8", v)
	}
	next := withLocks(record(hub, user, 6), 1, 2)
	mustPut(t, s, next)
	if got, err := s.Latest(ctx, hub, user); err != nil || !reflect.DeepEqual(got, next) {
		t.Fatalf("latest after a put: %+v, %v", got, err)
	}
	checkHistory(t, s, [2]common.Address{hub, user}, 0, 0, []uint64{5, 6})
}

func TestSchemaVersion(t *testing.T) {
	s, path := openTemp(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if v := queryInt(t, path, `SELECT version FROM schema_version`); v != 8 {
		t.Fatalf("schema version %d, want 8", v)
	}
	rawExec(t, path, `UPDATE schema_version SET version = 99`)
	if _, err := sqlitestore.Open(path); !errors.Is(err, sqlitestore.ErrSchemaVersion) {
		t.Fatalf("opening a newer schema: %v", err)
	}
}
