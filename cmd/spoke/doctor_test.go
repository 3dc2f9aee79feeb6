package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDoctor: spoke doctor passes a hub that backs up and runs on the chain it was given; for a user
// without backups, with its key readable by others and, later, its hub down, it fails those checks
// (exit 1) saying what to fix, and passes the others; for a directory with no daemon it says to start it.
func TestDoctor(t *testing.T) {
	d := startDaemonNet(t)
	hub, alice := d.path("hub"), d.path("alice")
	stopHub := d.daemon("hub", "--datadir", hub, "--account", "hub", "--backup-dir", d.path("hub-backups"))
	stop := stopHub
	for _, dir := range []string{hub, alice} {
		if dir == alice {
			stop = d.daemon("user", "--datadir", alice, "--account", "alice", "--hub", hub)
		}
		if code, out, errOut := d.run("wait-ready", "--datadir", dir); code != 0 {
			t.Fatalf("wait-ready %s: exit %d: %s%s\n%s", dir, code, out, errOut, stop())
		}
	}
	code, out, errOut := d.run("doctor", "--datadir", hub)
	if code != 0 || strings.Contains(out, "FAIL") {
		t.Fatalf("doctor on the hub: exit %d:\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"ok    key file:", "ok    API token:", "ok    disk:", "ok    daemon: hub", "ok    chain:", "(chain id 1337)",
		"ok    hub: this node is a hub", "ok    backup: to "} {
		if !strings.Contains(out, want) {
			t.Fatalf("doctor on the hub lacks %q:\n%s", want, out)
		}
	}
	if err := os.Chmod(filepath.Join(alice, keyFile), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = d.run("doctor", "--datadir", alice)
	for _, want := range []string{"FAIL  key file:", "mode 0644", "fix: chmod 600 " + filepath.Join(alice, keyFile),
		"FAIL  backup: the node does not back its signed state up", "fix: restart the node with --backup-dir", "ok    hub: connected to",
		"ok    chain:", "ok    disk:"} {
		if code != 1 || !strings.Contains(out, want) {
			t.Fatalf("doctor on alice: exit %d, lacks %q:\n%s%s", code, want, out, errOut)
		}
	}
	if !strings.Contains(errOut, "2 of 7 checks failed") {
		t.Fatalf("doctor on alice: %s", errOut)
	}
	stopHub()
	// Alice learns that the connection is gone when libp2p notices: ask until she does.
	down := "FAIL  hub: the hub " + d.env.Hub.Addr.Hex() + " is unreachable since"
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		_, out, _ = d.run("doctor", "--datadir", alice)
		if strings.Contains(out, down) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("doctor on alice with the hub down:\n%s", out)
		}
	}
	if code, out, _ := d.run("doctor", "--datadir", hub, "--devnet", filepath.Join(d.dir, "devnet.json")); code != 1 ||
		!strings.Contains(out, "FAIL  daemon: ") || !strings.Contains(out, "fix: start it: spoke user (or spoke hub) --datadir "+hub) ||
		!strings.Contains(out, "ok    chain:") {
		t.Fatalf("doctor on the stopped hub: exit %d:\n%s", code, out)
	}
}
