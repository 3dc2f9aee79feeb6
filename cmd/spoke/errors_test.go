package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/node"
)

// TestErrorsForPeople: the verbs' errors say what happened and what to do in the user's terms, with no
// package prefixes, protocol ids, strconv or "reverted" text; --verbose adds the node's own words. An
// account without ETH is told so before any deposit is sent; addresses name payees everywhere.
func TestErrorsForPeople(t *testing.T) {
	n, _ := startFundedCLINet(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	dave := n.start("dave", key, node.User, n.hub.Host.AddrInfo()) // a new account, never funded
	nobody := "0x0000000000000000000000000000000000000001"
	bob := n.env.Bob.Addr.Hex()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"pay", "--datadir", "alice", "--to", "bobb", "--wei", "1"}, `"bobb" is not an address (0x and 40 hex digits), a peer id, or the data directory`},
		{[]string{"pay", "--datadir", "alice", "--to", nobody, "--wei", "1"}, "nobody with the address " + nobody + " is reachable"},
		{[]string{"pay", "--datadir", "alice", "--to", bob, "--eth", "1000"}, "your channel has 100000000000000000 wei (0.1 ETH) to spend, not 1000000000000000000000 wei (1000 ETH)"},
		{[]string{"pay", "--datadir", "alice", "--to", bob, "--wei", "abc"}, `"abc" is not an amount`},
		{[]string{"thread", "open", "--datadir", "alice", "--to", "bobb", "--wei", "5000"}, `"bobb" is not an address`},
		{[]string{"thread", "open", "--datadir", "alice", "--to", nobody, "--wei", "5000"}, nobody + " has no channel with your hub"},
		{[]string{"collateral", "--datadir", "alice", "--to", nobody, "--wei", "1"}, nobody + " has no channel with your hub"},
		{[]string{"route", "--datadir", "alice", "--to", "bobb", "--wei", "1"}, `"bobb" is not an address`},
		{[]string{"redeem", "--datadir", "bob", "spokelink1:zzz"}, "not a whole spoke link"},
		{[]string{"deposit", "--datadir", "dave", "--eth", "0.5"}, "your account " + dave.Address().Hex() + " holds 0 wei (0 ETH); this deposit needs 500000000000000000 wei (0.5 ETH) plus at least"},
		{[]string{"channel", "--datadir", "alice", "--peer", nobody}, "this node has no channel with " + nobody},
	} {
		code, out, errOut := n.run(c.args...)
		if code == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("spoke %s: exit %d, %s%s; want it to say %q", strings.Join(c.args, " "), code, out, errOut, c.want)
		}
		for _, internal := range []string{"node: ", "api: ", "protocol", "/spoke/", "strconv", "invalid cid", "reverted", "(details:"} {
			if strings.Contains(errOut, internal) {
				t.Errorf("spoke %s: the error shows %q: %s", strings.Join(c.args, " "), internal, errOut)
			}
		}
	}
	if n, err := n.env.Client.PendingNonceAt(n.ctx, dave.Address()); err != nil || n != 0 {
		t.Fatalf("dave's account sent %d transactions (%v): an unfunded deposit must be refused before it is sent", n, err)
	}
	code, _, errOut := n.run("--verbose", "pay", "--datadir", "alice", "--to", "bobb", "--wei", "1")
	if code == 0 || !strings.Contains(errOut, `"bobb" is not an address`) || !strings.Contains(errOut, "(details: payment 0: recipient") {
		t.Fatalf("spoke --verbose pay: exit %d: %s", code, errOut)
	}
	if code, _, errOut := n.run("pay", "--datadir", "alice", "--to", "bobb", "--wei", "1", "--verbose"); code == 0 || !strings.Contains(errOut, "(details:") {
		t.Fatalf("spoke pay --verbose: exit %d: %s", code, errOut)
	}
}

// TestPlainErrorsKeepUnknownOnes: an error no rule knows keeps its words, without package prefixes or
// protocol ids; a hub's refusal because the recipient is offline names the recipient (the message as a
// hub sends it, seen in a run with processes).
func TestPlainErrorsKeepUnknownOnes(t *testing.T) {
	verbose = false
	got := forPeople(errString(`p2p: /spoke/collateral/1.0.0 handler of 16Uiu2HAm failed: node: something new happened`))
	if got != "something new happened" {
		t.Fatalf("forPeople = %q", got)
	}
	offline := `node: payment failed: node: proposal rejected by the counterparty: "lock 16384: node: no known way to reach the ` +
		`counterparty: 0x07Ff7b46954FC73F993731713972b2CB2608dA6D is offline"`
	if got := forPeople(errString(offline)); !strings.HasPrefix(got, "the recipient 0x07Ff7b46954FC73F993731713972b2CB2608dA6D is not connected to the hub now") {
		t.Fatalf("forPeople(a recipient offline) = %q", got)
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// TestNeedsCollateralSaysWhy: a payment refused for the recipient's collateral tells the payer whether
// the hub is collateralizing (retry shortly), cannot (its reserve is empty: nothing will change until its
// operator acts), or is not now (retry later).
func TestNeedsCollateralSaysWhy(t *testing.T) {
	refused := "node: rejected by the counterparty: lock 2048: node: recipient needs collateral: " +
		"0x07Ff7b46954FC73F993731713972b2CB2608dA6D (hub can spend 0 wei, 0 token in its channel)"
	for _, c := range []struct{ tail, want string }{
		{"; the hub is collateralizing it, retry shortly", "the hub is collateralizing their channel; retry shortly"},
		{": the hub lacks the balance in 0x07Ff7b46954FC73F993731713972b2CB2608dA6D's channel to back the thread; it is collateralizing it, retry shortly",
			"the hub is collateralizing their channel; retry shortly"},
		{"; the hub's reserve is empty, so it cannot collateralize the channel until its operator tops the reserve up",
			"its reserve is empty: it cannot collateralize their channel until its operator tops the reserve up"},
		{"; retry later", "is not collateralizing their channel at the moment; retry later"},
	} {
		if got := forPeople(errors.New(refused + c.tail)); !strings.Contains(got, c.want) {
			t.Errorf("%q says %q, want it to say %q", c.tail, got, c.want)
		}
	}
}
