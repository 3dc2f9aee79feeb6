package main

import (
	"os"
	"path/filepath"
	"testing"

	"spoke/internal/pgtest"
	"spoke/node"
)

// TestMain stops the PostgreSQL server of TestHubProcessOnPostgres, if it started one.
func TestMain(m *testing.M) { pgtest.Main(m) }

// TestHubProcessOnPostgres runs `spoke hub --store postgres://...` as a process: two users deposit and
// pay each other through it; the hub's channels are rows of its PostgreSQL schema, and its data directory
// holds no SQLite store.
func TestHubProcessOnPostgres(t *testing.T) {
	e := newE2E(t)
	e.devnet()
	dsn := pgtest.DSN(t)
	e.hubProcess = e.daemon("hub", "hub", "--datadir", "hub", "--account", "hub", "--store", dsn,
		"--reserve-wei", "10000000000000000000")
	e.waitFile("hub/api.url")
	for _, u := range []string{"alice", "bob"} {
		e.daemon(u, "user", "--datadir", u, "--account", u, "--hub", "hub")
		e.waitFile(u + "/api.url")
		e.must("deposit", "--datadir", u, "--wei", "1000000")
	}
	e.pay("alice", "bob", "1000")
	e.pay("bob", "alice", "10")
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM channels`); n != 2 {
		t.Fatalf("%d channels in the hub's schema, want 2\n%s", n, e.logs())
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM states`); n < 4 {
		t.Fatalf("%d states in the hub's schema\n%s", n, e.logs())
	}
	if _, err := os.Stat(filepath.Join(e.dir, "hub", node.StoreFile)); !os.IsNotExist(err) {
		t.Fatalf("the hub on PostgreSQL has an SQLite store: %v", err)
	}
}
