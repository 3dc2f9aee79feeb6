package pgtest_test

import (
	"testing"

	"spoke/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestServer checks that two DSNs are separate schemas of one running server, whose durability settings
// are production's, and that its processes do not run as root.
func TestServer(t *testing.T) {
	a, b := pgtest.DSN(t), pgtest.DSN(t)
	pgtest.Exec(t, a, `CREATE TABLE x (n int); INSERT INTO x VALUES (1), (2)`)
	pgtest.Exec(t, b, `CREATE TABLE x (n int)`)
	if n := pgtest.QueryInt(t, a, `SELECT count(*) FROM x`); n != 2 {
		t.Fatalf("schema a has %d rows, want 2", n)
	}
	if n := pgtest.QueryInt(t, b, `SELECT count(*) FROM x`); n != 0 {
		t.Fatalf("schema b has %d rows, want 0: schemas are shared", n)
	}
	for _, setting := range []string{"fsync", "synchronous_commit"} {
		if n := pgtest.QueryInt(t, a, `SELECT count(*) FROM pg_settings WHERE name = $1 AND setting = 'on'`, setting); n != 1 {
			t.Errorf("%s is not on", setting)
		}
	}
}
