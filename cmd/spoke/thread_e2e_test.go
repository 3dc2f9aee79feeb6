package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/api"
)

// channelOf returns a node's channel with its hub, from spoke channel --json.
func (e *e2e) channelOf(name string) api.Channel {
	e.t.Helper()
	var ch api.Channel
	if err := json.Unmarshal([]byte(e.must("channel", "--datadir", name, "--json")), &ch); err != nil {
		e.t.Fatal(err)
	}
	return ch
}

// threadsOf returns a node's threads, from spoke thread list --json.
func (e *e2e) threadsOf(name string) []api.ThreadJSON {
	e.t.Helper()
	var ts []api.ThreadJSON
	if err := json.Unmarshal([]byte(e.must("thread", "list", "--datadir", name, "--json")), &ts); err != nil {
		e.t.Fatal(err)
	}
	return ts
}

// threads is the threads' story on the command line, between two users of the hub that were never
// connected to each other: Alice opens a thread to Bob by his address (the hub introduces him), makes
// 100 pipelined payments of 10 wei through it, both lists agree on its count and shares, a payment
// beyond what it holds and Bob paying through Alice's thread are refused, Bob closes it, and both
// channels are rebalanced by the 1,000 wei paid. It returns what Alice paid Bob.
func (e *e2e) threads() uint64 {
	e.t.Helper()
	var bob api.Info
	if err := json.Unmarshal([]byte(e.must("info", "--datadir", "bob", "--json")), &bob); err != nil {
		e.t.Fatal(err)
	}
	before := map[string]api.Channel{"alice": e.channelOf("alice"), "bob": e.channelOf("bob")}
	var th api.ThreadJSON
	deadline := time.Now().Add(30 * time.Second)
	for { // the hub may first collateralize Bob's channel
		code, out := e.run("thread", "open", "--datadir", "alice", "--to", bob.Address.Hex(), "--wei", "5000", "--json")
		if code == 0 {
			if err := json.Unmarshal([]byte(out), &th); err != nil {
				e.t.Fatalf("thread open --json: %v\n%s", err, out)
			}
			break
		}
		if !strings.Contains(out, "retry shortly") || time.Now().After(deadline) {
			e.t.Fatalf("thread open: exit %d\n%s\n%s", code, out, e.logs())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if th.Status != "open" || th.Receiver != bob.Address || th.SenderShare.Wei != "5000" {
		e.t.Fatalf("thread opened: %+v", th)
	}
	short := th.Key.Hex()[2:10]
	out := e.must("thread", "pay", short, "--datadir", "alice", "--wei", "10", "--count", "100")
	if !strings.Contains(out, "paid 100 payment(s), 1000 wei in all, in ") || !strings.Contains(out, "payments/s") {
		e.t.Fatalf("thread pay --count 100: %s", out)
	}
	deadline = time.Now().Add(10 * time.Second)
	for { // spoke events (running for bob) shows the thread's payments
		logs, _ := os.ReadFile(filepath.Join(e.dir, "events.log"))
		if strings.Contains(string(logs), "thread "+short+": received ") {
			break
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("spoke events did not show the thread's payments:\n%s", logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	a, b := e.threadsOf("alice"), e.threadsOf("bob")
	if len(a) != 1 || len(b) != 1 {
		e.t.Fatalf("threads: alice %+v, bob %+v", a, b)
	}
	if a[0].Key != th.Key || b[0].Key != th.Key || a[0].Count != b[0].Count || a[0].SenderShare != b[0].SenderShare ||
		a[0].ReceiverShare != b[0].ReceiverShare || b[0].ReceiverShare.Wei != "1000" || a[0].Role != "sending" || b[0].Role != "receiving" {
		e.t.Fatalf("the lists disagree:\nalice %+v\n  bob %+v", a[0], b[0])
	}
	out = e.must("thread", "list", "--datadir", "bob")
	row := fmt.Sprintf("%s receiving open %d from %s 4000 wei 1000 wei", short, b[0].Count, a[0].Sender.Hex())
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || strings.Join(strings.Fields(lines[1]), " ") != row {
		e.t.Fatalf("bob's thread list, want a header and %q:\n%s", row, out)
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"thread", "pay", short, "--datadir", "alice", "--wei", "4001"}, "holds less"},
		{[]string{"thread", "pay", short, "--datadir", "bob", "--wei", "1"}, "only the sender"},
		{[]string{"thread", "pay", "zz", "--datadir", "alice", "--wei", "1"}, "prefix"},
		{[]string{"thread", "pay", short, "--datadir", "alice"}, "--wei"},
		{[]string{"thread", "open", "--datadir", "alice", "--to", bob.Address.Hex(), "--wei", "-5"}, "whole number"},
	} {
		if code, out := e.run(bad.args...); code == 0 || !strings.Contains(out, bad.want) {
			e.t.Fatalf("spoke %s: exit %d, want an error saying %q:\n%s", strings.Join(bad.args, " "), code, bad.want, out)
		}
	}
	if out := e.must("thread", "close", short, "--datadir", "bob"); !strings.Contains(out, "closed with its state") {
		e.t.Fatalf("thread close: %s", out)
	}
	aliceWas, bobWas := before["alice"].State.WeiUser, before["bob"].State.WeiUser
	want := map[string]uint64{"alice": aliceWas.Uint64() - 1000, "bob": bobWas.Uint64() + 1000}
	for _, u := range []string{"alice", "bob"} { // the hub closes Alice's side after Bob's
		deadline := time.Now().Add(30 * time.Second)
		for ch := e.channelOf(u); ch.State.ThreadCount != 0 || ch.State.WeiUser.Uint64() != want[u]; ch = e.channelOf(u) {
			if time.Now().After(deadline) {
				e.t.Fatalf("%s's channel after the close: %d threads, %s wei, want %d\n%s", u, ch.State.ThreadCount,
					ch.State.WeiUser.Dec(), want[u], e.logs())
			}
			time.Sleep(50 * time.Millisecond)
		}
		if out := e.must("channel", "--datadir", u); !strings.Contains(out, fmt.Sprintf("you %d wei", want[u])) {
			e.t.Fatalf("%s's channel after the close: %s", u, out)
		}
		if ts := e.threadsOf(u); len(ts) != 1 || ts[0].Status != "closed" {
			e.t.Fatalf("%s's threads after the close: %+v", u, ts)
		}
	}
	hub := e.channelOf("alice").State.Hub
	if hub == (common.Address{}) || hub != th.Hub {
		e.t.Fatalf("the thread's hub %s, alice's %s", th.Hub, hub)
	}
	return 1000
}
