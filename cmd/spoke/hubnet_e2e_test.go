package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProcessesHubNetwork: three hub processes joined by hub-to-hub channels (`spoke hub connect`), Alice
// a user of the first, Carol of the third. Alice's node learns the network from the hubs' announcements
// (`spoke hubs`), shows the route (`spoke route`) and pays Carol across two hub hops; each hub keeps its
// announced fee.
func TestProcessesHubNetwork(t *testing.T) {
	e := newE2E(t)
	e.devnet()
	reserve := []string{"--reserve-wei", "10000000000000000000"}
	e.daemon("hub", append([]string{"hub", "--datadir", "hub", "--account", "hub", "--fee-base", "10"}, reserve...)...)
	e.daemon("hub2", append([]string{"hub", "--datadir", "hub2", "--account", "hub2", "--fee-ppm", "1000"}, reserve...)...)
	e.daemon("hub3", append([]string{"hub", "--datadir", "hub3", "--account", "hub3", "--fee-base", "5"}, reserve...)...)
	for _, h := range []string{"hub", "hub2", "hub3"} {
		e.waitFile(h + "/api.url")
	}
	for _, link := range [][2]string{{"hub", "hub2"}, {"hub2", "hub3"}} {
		out := e.must("hub", "connect", "--datadir", link[0], "--wei", "100000000000000000", link[1])
		if !strings.Contains(out, "connected to hub") {
			t.Fatalf("hub connect %s -> %s: %s", link[0], link[1], out)
		}
	}
	e.daemon("alice", "user", "--datadir", "alice", "--account", "alice", "--hub", "hub")
	e.daemon("carol", "user", "--datadir", "carol", "--account", "carol", "--hub", "hub3")
	e.waitFile("alice/api.url")
	e.waitFile("carol/api.url")
	e.must("deposit", "--datadir", "alice", "--wei", "1000000000000000000")
	e.must("deposit", "--datadir", "carol", "--wei", "1000")

	// Alice's node hears of all three hubs and of the channels on the way.
	deadline := time.Now().Add(60 * time.Second)
	for {
		out := e.must("hubs", "--datadir", "alice", "--json")
		var hubs []struct {
			Hub      string            `json:"hub"`
			Channels []json.RawMessage `json:"channels"`
		}
		if err := json.Unmarshal([]byte(out), &hubs); err != nil {
			t.Fatalf("hubs --json: %v\n%s", err, out)
		}
		withChannels := 0
		for _, h := range hubs {
			if len(h.Channels) > 0 {
				withChannels++
			}
		}
		if len(hubs) == 3 && withChannels >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("alice knows %d hubs (%d with channels):\n%s\n%s", len(hubs), withChannels, out, e.logs())
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Alice is not told Carol's hub: her node finds it in Carol's signed record in the DHT.
	carol := devnetAddress(t, e, "carol")
	var out string
	deadline = time.Now().Add(30 * time.Second)
	for {
		var code int
		code, out = e.run("route", "--datadir", "alice", "--to", carol, "--wei", "100000")
		if code == 0 && strings.Count(out, " forwards ") == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("route: exit %d\n%s\n%s", code, out, e.logs())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(out, "116 wei in fees") || strings.Count(out, " forwards ") != 3 {
		t.Fatalf("route: %s", out)
	}
	deadline = time.Now().Add(60 * time.Second)
	for {
		code, out := e.run("pay", "--datadir", "alice", "--to", carol, "--wei", "100000")
		if code == 0 {
			if !strings.Contains(out, "fee 116 wei") {
				t.Fatalf("pay: %s", out)
			}
			break
		}
		if !strings.Contains(out, "needs collateral") || time.Now().After(deadline) {
			t.Fatalf("pay: exit %d\n%s\n%s", code, out, e.logs())
		}
		time.Sleep(200 * time.Millisecond)
	}
	out = e.must("channel", "--datadir", "carol", "--json")
	if !strings.Contains(out, `"weiUser": "101000"`) && !strings.Contains(out, `"weiUser":"101000"`) {
		t.Fatalf("carol's channel: %s", out)
	}
}

// devnetAddress is the address of a devnet account.
func devnetAddress(t testing.TB, e *e2e, name string) string {
	t.Helper()
	df, err := readDevnetFile(filepath.Join(e.dir, "devnet.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range df.Accounts {
		if a.Name == name {
			return a.Address.Hex()
		}
	}
	t.Fatalf("no devnet account %s", name)
	return ""
}
