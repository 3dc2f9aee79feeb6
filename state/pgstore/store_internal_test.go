package pgstore

import (
	"context"
	"errors"
	"strings"
	"testing"

	"spoke/internal/pgtest"
)

// TestDurableCommits: a URL that turns synchronous_commit off gets connections whose commits still wait
// for the WAL flush, and the test server runs with fsync on, which Open checks.
func TestDurableCommits(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, pgtest.DSN(t)+"&synchronous_commit=off")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for range 3 { // several connections of the pool
		var v string
		if err := s.pool.QueryRow(ctx, `SHOW synchronous_commit`).Scan(&v); err != nil || v != "on" {
			t.Fatalf("synchronous_commit = %q (%v), want on", v, err)
		}
	}
	if err := checkFsync(ctx, s.hold); err != nil {
		t.Fatal(err)
	}
}

// TestMigrate: a schema at version 1 holding data migrates to a version 2 in one transaction, keeping
// the data; a step that fails leaves the schema as it was, at its version.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	pgtest.Exec(t, dsn, `INSERT INTO meta (name, value) VALUES ('kept', 'v')`)
	v2 := append(migrations[:1:1], `ALTER TABLE meta ADD COLUMN note text; CREATE TABLE extra (n int)`)
	bad := append(migrations[:1:1], `CREATE TABLE half (n int); SELECT no_such_function()`)
	if err := migrate(ctx, s.hold, bad); err == nil || !strings.Contains(err.Error(), "migration 2") {
		t.Fatalf("a failing step: %v", err)
	}
	if v := pgtest.QueryInt(t, dsn, `SELECT version FROM schema_version`); v != 1 {
		t.Fatalf("version %d after a failed migration, want 1", v)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM pg_tables WHERE tablename = 'half' AND schemaname = current_schema()`); n != 0 {
		t.Fatal("a failed migration left its first statement's table")
	}
	if err := migrate(ctx, s.hold, v2); err != nil {
		t.Fatal(err)
	}
	if v := pgtest.QueryInt(t, dsn, `SELECT version FROM schema_version`); v != 2 {
		t.Fatalf("version %d, want 2", v)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM meta WHERE name = 'kept' AND note IS NULL`); n != 1 {
		t.Fatal("the migration lost a row")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, dsn); !errors.Is(err, ErrSchemaVersion) {
		t.Fatalf("this binary opening the version-2 schema: %v", err)
	}
}
