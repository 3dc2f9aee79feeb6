package main

import (
	"encoding/json"
	"strings"
	"testing"

	"spoke/api"
)

// TestTokenAmountsWithDecimals: --tokens reads amounts in the token's own unit with the decimals its
// contract gives (18 for the dev token, STT), exactly; people see token amounts in STT beside the base
// units, --json keeps base units; --tokens with --token, or with more digits than the token has, is
// refused before anything happens.
func TestTokenAmountsWithDecimals(t *testing.T) {
	n, _ := startFundedCLINet(t)
	var in api.Info
	if err := json.Unmarshal([]byte(n.must("info", "--datadir", "alice", "--json")), &in); err != nil || in.Token == nil ||
		in.Token.Symbol != "STT" || in.Token.Decimals != 18 {
		t.Fatalf("info --json token: %+v (%v)", in.Token, err)
	}
	out := n.must("deposit", "--datadir", "alice", "--tokens", "1.5")
	if !strings.Contains(out, "1500000000000000000 token (1.5 STT)") {
		t.Fatalf("deposit --tokens 1.5: %s", out)
	}
	n.must("deposit", "--datadir", "bob", "--tokens", "0.000000000000000001")
	out = n.payCLI("--datadir", "alice", "--to", n.env.Bob.Addr.Hex(), "--tokens", "0.25")
	if !strings.Contains(out, "paid") {
		t.Fatalf("pay --tokens 0.25: %s", out)
	}
	var ch api.Channel
	if err := json.Unmarshal([]byte(n.must("channel", "--datadir", "bob", "--json")), &ch); err != nil || ch.State.TokenUser.Dec() != "250000000000000001" {
		t.Fatalf("bob's channel --json: tokenUser %s (%v), want 250000000000000001 base units", ch.State.TokenUser.Dec(), err)
	}
	if out := n.must("channel", "--datadir", "bob"); !strings.Contains(out, "you 100000000000000000 wei (0.1 ETH), 250000000000000001 token (0.250000000000000001 STT)") {
		t.Fatalf("bob's channel: %s", out)
	}
	for _, bad := range [][]string{
		{"deposit", "--datadir", "alice", "--tokens", "1", "--token", "5"},
		{"deposit", "--datadir", "alice", "--token", "5", "--tokens", "1"},
		{"deposit", "--datadir", "alice", "--tokens", "0.0000000000000000001"},
		{"pay", "--datadir", "alice", "--to", "bob", "--tokens", "1e3"},
	} {
		if code, _, errOut := n.run(bad...); code == 0 || !strings.Contains(errOut, "--tokens") && !strings.Contains(errOut, "not both") {
			t.Errorf("spoke %s: exit %d: %s", strings.Join(bad, " "), code, errOut)
		}
	}
}
