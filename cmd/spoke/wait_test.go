package main

import (
	"strings"
	"testing"
	"time"
)

// TestVerbsSayWhatTheyWaitFor: with the hub gone, a link payment waits, says after a few seconds that it
// waits for the hub and since when, and at its --wait deadline says what may still have happened and
// how to check; a payment by address is refused at once saying the hub is unreachable and nothing was
// paid; a verb given a deadline of nothing says it changed nothing; events follows for --wait, then ends.
func TestVerbsSayWhatTheyWaitFor(t *testing.T) {
	n, progress := startFundedCLINet(t)
	bob := n.env.Bob.Addr.Hex()
	n.payCLI("--datadir", "alice", "--to", bob, "--wei", "1")
	if err := n.hub.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, _, errOut := n.run("pay", "--datadir", "alice", "--link", "--wei", "5", "--wait", "4s")
	took := time.Since(start)
	if code == 0 || !strings.Contains(errOut, "no answer after 4s: a link may have been made") || took > 10*time.Second {
		t.Fatalf("pay --link with the hub gone: exit %d after %s: %s", code, took, errOut)
	}
	if !strings.Contains(progress.String(), "waiting for the hub, unreachable since ") {
		t.Fatalf("pay --link did not say it waits for the hub:\n%s", progress)
	}
	start = time.Now()
	code, _, errOut = n.run("pay", "--datadir", "alice", "--to", bob, "--wei", "1")
	if code == 0 || !strings.Contains(errOut, "the hub is unreachable now") || !strings.Contains(errOut, "nothing was paid") ||
		time.Since(start) > 5*time.Second {
		t.Fatalf("pay by address with the hub gone: exit %d after %s: %s", code, time.Since(start), errOut)
	}
	start = time.Now()
	if code, _, errOut := n.run("events", "--datadir", "bob", "--wait", "300ms"); code != 0 || time.Since(start) > 5*time.Second {
		t.Fatalf("events --wait 300ms: exit %d after %s: %s", code, time.Since(start), errOut)
	}
	if code, _, errOut := n.run("history", "--datadir", "alice", "--wait", "1ns"); code == 0 || !strings.Contains(errOut, "no answer after 1ns: this command changed nothing") {
		t.Fatalf("history --wait 1ns: exit %d: %s", code, errOut)
	}
}
