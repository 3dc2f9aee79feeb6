package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/api"
	"spoke/internal/chaintest"
	"spoke/node"
)

// payCLI pays through the command line, retrying while the hub collateralizes the recipient.
func (n *cliNet) payCLI(args ...string) string {
	n.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		code, out, errOut := n.run(append([]string{"pay"}, args...)...)
		if code == 0 {
			return out
		}
		if !strings.Contains(errOut, "collateral") || time.Now().After(deadline) {
			n.t.Fatalf("pay %v: exit %d\n%s%s", args, code, out, errOut)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// startFundedCLINet starts a cliNet whose hub has 1 ETH and 200 tokens (of 18 decimals) in reserve and whose users have 0.1 ETH each
// in their channels; the progress of verbs that wait on the chain goes to the advancer it returns,
// which skips challenge periods.
func startFundedCLINet(t *testing.T) (*cliNet, *advancer) {
	t.Helper()
	n := startCLINet(t)
	progress := &advancer{env: n.env}
	progressOut = progress
	t.Cleanup(func() { progressOut = os.Stderr })
	if _, err := n.hub.Chain.HubDeposit(n.ctx, chaintest.Ether, new(big.Int).Mul(big.NewInt(200), chaintest.Ether)); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*node.Node{n.alice, n.bob} {
		if _, err := u.Deposit(n.ctx, *uint256.NewInt(1e17), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	return n, progress
}

// TestExitSaysWhatItPaid: the hub gone, Bob's `spoke exit` ends with what it paid out to whom (his
// 0.1 ETH and the 1000 wei Alice paid him to his address, the hub's balance to its reserve) and each transaction with its gas; `spoke
// channel` then shows the channel closed with those payouts, not the old balances and "on-chain: open".
// A link redeemed after the exit is refused at once. Alice's `exit --json` (her link of 7 wei still locked) gives the transactions (hash, gas, fee) and the payouts in base units.
func TestExitSaysWhatItPaid(t *testing.T) {
	n, _ := startFundedCLINet(t)
	n.payCLI("--datadir", "alice", "--to", n.env.Bob.Addr.Hex(), "--wei", "1000")
	out := n.must("pay", "--datadir", "alice", "--link", "--wei", "7")
	link := strings.TrimSpace(out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:])
	if err := n.hub.Close(); err != nil {
		t.Fatal(err)
	}
	bob, hub := n.env.Bob.Addr.Hex(), n.hub.Address().Hex()
	out = n.must("exit", "--datadir", "bob", "--yes")
	t.Logf("spoke exit:\n%s", out)
	for _, want := range []string{"channel closed on-chain with state", "paid out (balance): 100000000000001000 wei (0.100000000000001 ETH) to you (" + bob + ")",
		"to the hub's reserve in the contract (" + hub + ")", " startExitWithUpdate: gas ", " emptyChannel: gas ", "gas ", "in all, fees "} {
		if !strings.Contains(out, want) {
			t.Fatalf("exit output lacks %q:\n%s", want, out)
		}
	}
	var ch string
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if ch = n.must("channel", "--datadir", "bob"); strings.Contains(ch, "closed on-chain") || time.Now().After(deadline) {
			break
		}
	}
	if !strings.Contains(ch, "channel exited: closed on-chain") || !strings.Contains(ch, "paid out: 100000000000001000 wei (0.100000000000001 ETH) to you ("+bob+")") ||
		!strings.Contains(ch, "on-chain: closed") || strings.Contains(ch, "on-chain: open") || strings.Contains(ch, "you 100000000000001000 wei") {
		t.Fatalf("bob's channel after the exit:\n%s", ch)
	}
	var chj api.Channel
	if err := json.Unmarshal([]byte(n.must("channel", "--datadir", "bob", "--json")), &chj); err != nil || chj.Phase != string(node.PhaseExited) ||
		chj.Exit == nil || chj.Exit.User.Wei != "100000000000001000" || chj.Exit.User.To != n.env.Bob.Addr {
		t.Fatalf("bob's channel --json after the exit: %+v (%v)", chj, err)
	}
	if again := n.must("exit", "--datadir", "bob", "--yes"); !strings.Contains(again, "paid out (balance): 100000000000001000 wei") {
		t.Fatalf("exit run again does not say what the exit paid:\n%s", again)
	}

	start := time.Now()
	if code, _, errOut := n.run("redeem", "--datadir", "bob", link); code == 0 || !strings.Contains(errOut, "is exiting or was closed on-chain") ||
		time.Since(start) > 5*time.Second {
		t.Fatalf("redeem after the exit: exit %d after %s: %s; want a refusal at once", code, time.Since(start), errOut)
	}

	stop := n.env.SkipChallenges(n.hub.Address(), n.env.Alice.Addr)
	out = n.must("exit", "--datadir", "alice", "--yes", "--json")
	stop()
	var r api.ExitResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("exit --json: %v\n%s", err, out)
	}
	if len(r.Txs) < 2 || len(r.Payouts) != 2 || r.Payouts[0].To != n.env.Alice.Addr || r.Payouts[0].Wei != "99999999999998993" || len(r.Unresolved) != 1 ||
		r.Payouts[1].To != n.hub.Address() || !r.Payouts[1].ToReserve {
		t.Fatalf("alice's exit --json: %s", out)
	}
	for _, tx := range r.Txs {
		if tx.GasUsed == 0 || tx.Fee == "" || tx.TxHash == ([32]byte{}) || tx.Method == "" {
			t.Fatalf("exit --json transaction %+v", tx)
		}
	}
}

// TestHubExitClosesAUsersChannel: `spoke hub exit` refuses without a user's address or without --yes,
// changing nothing; with them, the hub closes Bob's channel on-chain alone and says what it paid out,
// Bob's 1,000 wei from Alice among it.
func TestHubExitClosesAUsersChannel(t *testing.T) {
	n, _ := startFundedCLINet(t)
	bob := n.env.Bob.Addr.Hex()
	n.payCLI("--datadir", "alice", "--to", bob, "--wei", "1000")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"hub", "exit", "--datadir", "hub", "--user", "bobb", "--yes"}, `give --user with the address of the user whose channel to close`},
		{[]string{"hub", "exit", "--datadir", "hub", "--user", bob}, "pass --yes to do it"},
	} {
		if code, _, errOut := n.run(c.args...); code == 0 || !strings.Contains(errOut, c.want) {
			t.Fatalf("spoke %v: exit %d: %s; want it to say %q", c.args, code, errOut, c.want)
		}
	}
	settledAt := uint64(0)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		r, err := n.hub.Latest(n.ctx, n.env.Bob.Addr)
		if err == nil && len(r.Locks) == 0 && r.State.WeiUser.Uint64() == 1e17+1000 {
			settledAt = r.State.TxCountGlobal
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub's channel with Bob never showed the payment settled: %+v (%v)", r.State, err)
		}
	}
	out := n.must("hub", "exit", "--datadir", "hub", "--user", bob, "--yes")
	t.Logf("spoke hub exit:\n%s", out)
	if want := fmt.Sprintf("channel closed on-chain with state %d", settledAt); !strings.Contains(out, want) {
		t.Fatalf("spoke hub exit says:\n%s\nwant %q", out, want)
	}
	// What it paid out is known once the chain shows the channel emptied; a run again says it.
	paid := "paid out (balance): 100000000000001000 wei (0.100000000000001 ETH) to the user (" + bob + ")"
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out, paid); time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("spoke hub exit run again says:\n%s\nwant %q", out, paid)
		}
		out = n.must("hub", "exit", "--datadir", "hub", "--user", bob, "--yes")
	}
	if !strings.Contains(out, "to the hub's reserve in the contract") {
		t.Fatalf("spoke hub exit says:\n%s\nwant the hub's balance paid to its reserve", out)
	}
}
