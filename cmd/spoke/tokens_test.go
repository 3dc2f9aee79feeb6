package main

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

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

// TestTokensOnThreadExchangeCollateral: `spoke collateral`, `spoke exchange` and `spoke thread` take
// token amounts in the token's own unit (--tokens; --sell-tokens where the base-unit flag is
// --sell-token), exactly, with the decimals of the token contract (18 for STT): the hub collateralizes
// Alice's channel with 2.000000000000000003 STT (exactly that many base units more), Alice sells 0.001
// STT for 0.001 ETH at the default rate of 1 (the hub's collateral view shows its amounts in ETH and STT), opens a thread of 0.5 STT to Bob and pays 3 x 0.01 STT
// through it; people see STT beside the base units. With the base-unit flag too, or with more digits
// than the token has, each verb refuses before anything happens.
func TestTokensOnThreadExchangeCollateral(t *testing.T) {
	n, _ := startFundedCLINet(t)
	alice, bob := n.env.Alice.Addr.Hex(), n.env.Bob.Addr.Hex()
	n.must("deposit", "--datadir", "alice", "--tokens", "1")

	var st struct{ TokenHub, WeiHub string }
	out := n.must("collateral", "--datadir", "hub", "--user", alice, "--eth", "0.01", "--tokens", "2.000000000000000003", "--json")
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("collateral --json: %v\n%s", err, out)
	}
	// Autocollateral may have put whole tokens (its floor) into the channel before: the odd 3 base units
	// are this top-up's.
	if hubToken, ok := new(big.Int).SetString(st.TokenHub, 10); !ok || hubToken.Cmp(big.NewInt(2e18)) < 0 ||
		new(big.Int).Mod(hubToken, big.NewInt(1e18)).Int64() != 3 {
		t.Fatalf("the hub's tokens in Alice's channel after collateral --tokens 2.000000000000000003: %s", st.TokenHub)
	}
	if out := n.must("collateral", "--datadir", "hub"); !strings.Contains(out, "floor 100000000000000000 wei (0.1 ETH), 10000000000000000000 token (10 STT)") ||
		!strings.Contains(out, "channel of "+alice+": hub ") || !strings.Contains(out, "000000000000000003 token (") {
		t.Fatalf("the hub's collateral view, in ETH and STT: %s", out)
	}
	if out := n.must("collateral", "--datadir", "alice", "--to", bob, "--tokens", "1000"); !strings.HasPrefix(out, "not yet:") {
		t.Fatalf("collateral --to bob --tokens 1000 (more than the hub's whole reserve): %s", out)
	}

	out = n.must("exchange", "--datadir", "alice", "--sell-tokens", "0.001")
	if !strings.Contains(out, "you 101000000000000000 wei (0.101 ETH), 999000000000000000 token (0.999 STT)") {
		t.Fatalf("exchange --sell-tokens 0.001: %s", out)
	}

	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) { // the hub may first collateralize Bob's channel
		code, out, errOut := n.run("thread", "open", "--datadir", "alice", "--to", bob, "--tokens", "0.5")
		if code == 0 {
			if !strings.Contains(out, "500000000000000000 token (0.5 STT) to "+bob) || !strings.Contains(out, " --tokens N") {
				t.Fatalf("thread open --tokens 0.5: %s", out)
			}
			break
		}
		if !strings.Contains(errOut, "retry shortly") || time.Now().After(deadline) {
			t.Fatalf("thread open --tokens 0.5: exit %d\n%s", code, errOut)
		}
	}
	th := threadList(t, n, "alice")[0]
	out = n.must("thread", "pay", th.Key.Hex()[2:10], "--datadir", "alice", "--tokens", "0.01", "--count", "3")
	if !strings.Contains(out, "paid 3 payment(s), 30000000000000000 token (0.03 STT) in all") {
		t.Fatalf("thread pay --tokens 0.01 --count 3: %s", out)
	}
	if ts := threadList(t, n, "bob"); len(ts) != 1 || ts[0].ReceiverShare.Token != "30000000000000000" || ts[0].SenderShare.Token != "470000000000000000" {
		t.Fatalf("bob's threads: %+v", ts)
	}

	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"collateral", "--datadir", "hub", "--user", alice, "--tokens", "1", "--token", "5"}, "give --tokens or --token, not both"},
		{[]string{"collateral", "--datadir", "alice", "--to", bob, "--token", "5", "--tokens", "1"}, "give --tokens or --token, not both"},
		{[]string{"exchange", "--datadir", "alice", "--sell-tokens", "1", "--sell-token", "5"}, "give --sell-tokens or --sell-token, not both"},
		{[]string{"exchange", "--datadir", "alice", "--sell-tokens", "1", "--sell-wei", "5"}, "exactly one of --sell-wei and --sell-tokens"},
		{[]string{"exchange", "--datadir", "alice", "--sell-tokens", "0.0000000000000000001"}, "--sell-tokens \"0.0000000000000000001\" has more than 18 digits"},
		{[]string{"withdraw", "--datadir", "alice", "--to", alice, "--sell-token", "5", "--sell-tokens", "1"}, "give --sell-tokens or --sell-token, not both"},
		{[]string{"thread", "open", "--datadir", "alice", "--to", bob, "--token", "5", "--tokens", "1"}, "give --tokens or --token, not both"},
		{[]string{"thread", "pay", "--datadir", "alice", th.Key.Hex()[2:10], "--tokens", "1e3"}, "--tokens \"1e3\" is not a decimal amount"},
	} {
		if code, _, errOut := n.run(bad.args...); code == 0 || !strings.Contains(errOut, bad.want) {
			t.Errorf("spoke %s: exit %d, want an error saying %q: %s", strings.Join(bad.args, " "), code, bad.want, errOut)
		}
	}
	if ts := threadList(t, n, "bob"); len(ts) != 1 || ts[0].ReceiverShare.Token != "30000000000000000" {
		t.Fatalf("bob's threads after the refusals: %+v", ts)
	}
}
