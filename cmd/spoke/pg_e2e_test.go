package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
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

// TestRestoreIntoPostgres: a user backed up to a directory loses its data directory and restores with
// `spoke restore --store postgres://...`: its channel is rows of the schema, the data directory holds no
// SQLite store, and the node started on the same store shows the payment it had received.
func TestRestoreIntoPostgres(t *testing.T) {
	e := newE2E(t)
	e.devnet()
	e.hubProcess = e.daemon("hub", "hub", "--datadir", "hub", "--account", "hub", "--reserve-wei", "10000000000000000000")
	e.waitFile("hub/api.url")
	e.daemon("alice", "user", "--datadir", "alice", "--account", "alice", "--hub", "hub")
	bob := e.daemon("bob", "user", "--datadir", "bob", "--account", "bob", "--hub", "hub", "--backup-dir", "backups")
	for _, u := range []string{"alice", "bob"} {
		e.waitFile(u + "/api.url")
		e.must("deposit", "--datadir", u, "--wei", "1000000")
	}
	e.pay("alice", "bob", "1000")
	e.must("backup", "--datadir", "bob")
	if err := bob.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	_ = bob.Wait()
	if err := os.RemoveAll(filepath.Join(e.dir, "bob")); err != nil {
		t.Fatal(err)
	}
	dsn := pgtest.DSN(t)
	out := e.must("restore", "--datadir", "bob2", "--account", "bob", "--backup-dir", "backups", "--store", dsn)
	if !strings.Contains(out, "Restored 1 channel(s)") || !strings.Contains(out, "PostgreSQL") {
		t.Fatalf("restore: %s", out)
	}
	if n := pgtest.QueryInt(t, dsn, `SELECT count(*) FROM channels`); n != 1 {
		t.Fatalf("%d channels in the restored schema, want 1", n)
	}
	if _, err := os.Stat(filepath.Join(e.dir, "bob2", node.StoreFile)); !os.IsNotExist(err) {
		t.Fatalf("a restore into PostgreSQL wrote an SQLite store: %v", err)
	}
	e.daemon("bob2", "user", "--datadir", "bob2", "--hub", "hub", "--store", dsn)
	e.waitFile("bob2/api.url")
	if ch := e.channelOf("bob2"); ch.State.WeiUser.Uint64() != 1001000 {
		t.Fatalf("bob's restored channel holds %s wei, want 1001000 (deposit and payment)\n%s", ch.State.WeiUser.Dec(), e.logs())
	}
}
