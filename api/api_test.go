package api

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/node"
	"spoke/state"
)

// testNet is a mined dev chain with a hub and two users started by node.Start, each user serving its API.
type testNet struct {
	env          *chaintest.Env
	hub          *node.Node
	alice, bob   *node.Node
	aliceURL     string
	bobWS        string
	hubURL       string
	token, dirOf string
}

func startNet(t testing.TB) *testNet {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env, err := chaintest.NewWith(ctx, devchain.Config{BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); env.Close() })
	dir := t.TempDir()
	start := func(name string, key *ecdsa.PrivateKey, role node.Role, hub peer.AddrInfo) *node.Node {
		n, err := node.Start(ctx, node.Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub,
			Client: env.Client, Manager: env.Dep.Manager, Confirmations: 2, PollInterval: 10 * time.Millisecond,
			Engine: func(c *node.Config) {
				c.PendingTimeout = 1_000_000
				c.Threads = &node.ThreadPolicy{Min: [2]uint256.Int{*uint256.NewInt(100)}} // the threads hold a few thousand wei
			}})
		if err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		t.Cleanup(func() { _ = n.Close() })
		return n
	}
	n := &testNet{env: env, dirOf: dir}
	n.hub = start("hub", env.Hub.Key, node.Hub, peer.AddrInfo{})
	n.alice = start("alice", env.Alice.Key, node.User, n.hub.Host.AddrInfo())
	n.bob = start("bob", env.Bob.Key, node.User, n.hub.Host.AddrInfo())
	if n.token, err = LoadOrCreateToken(filepath.Join(dir, "alice")); err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct {
		n   *node.Node
		url *string
		ws  bool
	}{{n.alice, &n.aliceURL, false}, {n.bob, &n.bobWS, true}, {n.hub, &n.hubURL, false}} {
		s, err := Serve(u.n, "127.0.0.1:0", n.token)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		*u.url = "http://" + s.Addr()
		if u.ws {
			*u.url = "ws://" + s.Addr()
		}
	}
	return n
}

func TestAPI(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if fi, err := os.Stat(filepath.Join(n.dirOf, "alice", TokenFile)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("token file: %v %v", fi, err)
	}
	alice, err := Dial(ctx, n.aliceURL, n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	bob, err := Dial(ctx, n.bobWS, n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer bob.Close()

	var info Info
	if err := alice.CallContext(ctx, &info, "spoke_info"); err != nil || info.Address != n.env.Alice.Addr || info.Role != "user" {
		t.Fatalf("info %+v, %v", info, err)
	}
	if _, err := n.hub.Chain.HubDeposit(ctx, chaintest.Ether, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []interface {
		CallContext(context.Context, any, string, ...any) error
	}{alice, bob} {
		var s map[string]any
		if err := c.CallContext(ctx, &s, "spoke_deposit", "100000000000000000", ""); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	events := make(chan EventJSON, 64)
	sub, err := bob.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	var bobInfo Info
	if err := bob.CallContext(ctx, &bobInfo, "spoke_info"); err != nil {
		t.Fatal(err)
	}
	pay := []PayRequest{{To: bobInfo.PeerID, Wei: "1000", Memo: "api"}}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var receipts []node.Receipt
		err := alice.CallContext(ctx, &receipts, "spoke_pay", pay)
		if err == nil {
			if len(receipts) != 1 || receipts[0].To != n.env.Bob.Addr {
				t.Fatalf("receipts %+v", receipts)
			}
			break
		}
		if !strings.Contains(err.Error(), "needs collateral") || time.Now().After(deadline) {
			t.Fatalf("pay: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for ev := range events {
		if ev.Kind == node.EventReceived {
			if ev.Wei != "1000" || ev.Memo != "api" || ev.From == nil || *ev.From != n.env.Alice.Addr {
				t.Fatalf("received %+v", ev)
			}
			break
		}
	}
	// A payment named by an id, asked for twice: one payment, the same receipt.
	var bobBefore, bobAfter Channel
	// Bob was told of the payment above at its lock-in; its settle may still be on its way: wait for
	// his channel to hold no lock, so that his balance before this one counts that payment.
	waitForAPI(t, func() bool {
		return bob.CallContext(ctx, &bobBefore, "spoke_channel", nil) == nil && len(bobBefore.Locks) == 0
	})
	var r1, r2 []node.Receipt
	named := []PayRequest{{To: n.env.Bob.Addr.Hex(), Wei: "7"}}
	if err := alice.CallContext(ctx, &r1, "spoke_pay", named, "order-7"); err != nil {
		t.Fatalf("pay with an id: %v", err)
	}
	if err := alice.CallContext(ctx, &r2, "spoke_pay", named, "order-7"); err != nil || len(r2) != 1 || r2[0].Hashlock != r1[0].Hashlock {
		t.Fatalf("the same id again: %v, %+v; want %+v", err, r2, r1)
	}
	waitForAPI(t, func() bool {
		return bob.CallContext(ctx, &bobAfter, "spoke_channel", nil) == nil && bobAfter.State.WeiUser.Uint64() == bobBefore.State.WeiUser.Uint64()+7
	})
	time.Sleep(100 * time.Millisecond)
	if err := bob.CallContext(ctx, &bobAfter, "spoke_channel", nil); err != nil || bobAfter.State.WeiUser.Uint64() != bobBefore.State.WeiUser.Uint64()+7 {
		t.Fatalf("bob holds %s wei, want %d: the id paid once", bobAfter.State.WeiUser.Dec(), bobBefore.State.WeiUser.Uint64()+7)
	}
	var ch Channel
	if err := alice.CallContext(ctx, &ch, "spoke_channel", nil); err != nil || ch.State.User != n.env.Alice.Addr ||
		ch.OnChain == nil || ch.OnChain.Status != "open" || ch.OnChain.Deposited.Wei != "100000000000000000" {
		t.Fatalf("channel %+v, %v", ch, err)
	}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	var final map[string]any
	if err := alice.CallContext(ctx, &final, "spoke_withdraw", "1000", "", recipient); err != nil {
		t.Fatalf("withdraw: %v", err)
	}
	if bal, err := n.env.Client.BalanceAt(ctx, recipient, nil); err != nil || bal.Int64() != 1000 {
		t.Fatalf("recipient balance %v, %v", bal, err)
	}
}

func TestAPIRefusals(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	wrong, err := Dial(ctx, n.aliceURL, "not-the-token")
	if err != nil {
		t.Fatal(err)
	}
	var info Info
	if err := wrong.CallContext(ctx, &info, "spoke_info"); err == nil || !strings.Contains(err.Error(), "401") {
		t.Fatalf("wrong token: %v", err)
	}
	alice, err := Dial(ctx, n.aliceURL, n.token)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := alice.CallContext(ctx, &out, "spoke_deposit", "1.5", ""); err == nil || !strings.Contains(err.Error(), "decimal") {
		t.Fatalf("bad amount: %v", err)
	}
	if err := alice.CallContext(ctx, &out, "spoke_pay", []PayRequest{{To: "nobody", Wei: "1"}}); err == nil || !strings.Contains(err.Error(), "peer id") {
		t.Fatalf("bad recipient: %v", err)
	}
	if _, err := Serve(n.alice, "0.0.0.0:0", n.token); err == nil {
		t.Fatal("a non-loopback API address was accepted")
	}
}

// TestAPIExchangeHistoryCollateral drives the quote, exchange, history and collateral methods, and the
// progress events of an on-chain deposit.
func TestAPIExchangeHistoryCollateral(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	alice, err := Dial(ctx, "ws"+strings.TrimPrefix(n.aliceURL, "http"), n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	hub, err := Dial(ctx, n.hubURL, n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer hub.Close()
	tokens := new(big.Int).Mul(big.NewInt(100), chaintest.Ether)
	if _, err := n.hub.Chain.HubDeposit(ctx, chaintest.Ether, tokens); err != nil {
		t.Fatal(err)
	}

	events := make(chan EventJSON, 256)
	sub, err := alice.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		t.Fatal(err)
	}
	var st state.ChannelState
	if err := alice.CallContext(ctx, &st, "spoke_deposit", "100000000000000000", ""); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	sub.Unsubscribe()
	var stages []string
	confirmed := false
	for len(events) > 0 {
		ev := <-events
		if ev.Kind != node.EventProgress {
			continue
		}
		if ev.Op != "deposit" {
			t.Fatalf("progress of %q during a deposit: %+v", ev.Op, ev)
		}
		stages = append(stages, ev.Stage)
		confirmed = confirmed || (ev.TxHash != nil && ev.Needed == 2 && ev.Confirmations == 2)
	}
	if !confirmed || len(stages) < 3 || !strings.Contains(stages[len(stages)-1], "credit") {
		t.Fatalf("deposit progress: %q (a mined transaction reaching 2 of 2 confirmations: %v)", stages, confirmed)
	}

	var col Collateral
	hundredTokens := "100000000000000000000"
	if err := hub.CallContext(ctx, &st, "spoke_collateralize", n.env.Alice.Addr, "", "50000000000000000000"); err != nil {
		t.Fatalf("collateralize: %v", err)
	}
	if err := hub.CallContext(ctx, &col, "spoke_collateral"); err != nil || col.Reserve == nil || col.Floor == nil {
		t.Fatalf("hub collateral %+v, %v", col, err)
	}
	if len(col.Channels) != 1 || col.Channels[0].User != n.env.Alice.Addr || col.Channels[0].Hub.Token == "0" {
		t.Fatalf("hub channels %+v", col.Channels)
	}
	var q Quote
	if err := alice.CallContext(ctx, &q, "spoke_quote"); err != nil || q.Num != "1" || q.Den != "1" {
		t.Fatalf("quote %+v, %v", q, err)
	}
	var before Channel
	if err := alice.CallContext(ctx, &before, "spoke_channel", nil); err != nil {
		t.Fatal(err)
	}
	if err := alice.CallContext(ctx, &st, "spoke_exchange", "wei", "1000"); err != nil {
		t.Fatalf("exchange: %v", err)
	}
	thousand := uint256.NewInt(1000)
	if got := new(uint256.Int).Sub(&st.TokenUser, &before.State.TokenUser); !got.Eq(thousand) {
		t.Fatalf("exchange bought %s token for 1000 wei at 1:1", got.Dec())
	}
	var hist []HistoryEntry
	if err := alice.CallContext(ctx, &hist, "spoke_history", nil, 5, 0); err != nil || len(hist) == 0 || len(hist) > 5 {
		t.Fatalf("history %+v, %v", hist, err)
	}
	last := hist[len(hist)-1]
	if last.State.TxCountGlobal != st.TxCountGlobal || last.What != "exchange: the user sold wei for token" ||
		last.WeiUser != "-1000" || last.TokenUser != "+1000" {
		t.Fatalf("last history entry %+v", last)
	}
	for i := 1; i < len(hist); i++ { // increasing; nonces skip past proposals not countersigned (ADR 18)
		if hist[i].State.TxCountGlobal <= hist[i-1].State.TxCountGlobal {
			t.Fatalf("history out of order: %d then %d", hist[i-1].State.TxCountGlobal, hist[i].State.TxCountGlobal)
		}
	}
	var all []HistoryEntry
	if err := alice.CallContext(ctx, &all, "spoke_history", nil, 1000, 0); err != nil || all[0].What != "deposit credited" {
		t.Fatalf("whole history %+v, %v", all, err)
	}
	if _, err := n.bob.Deposit(ctx, *uint256.NewInt(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	var needs bool
	if err := alice.CallContext(ctx, &needs, "spoke_needsCollateral", n.env.Bob.Addr.Hex(), "", hundredTokens); err != nil || !needs {
		t.Fatalf("needsCollateral for 100 tokens (the hub's reserve holds 50): %v, %v", needs, err)
	}
	var out any
	for _, c := range []struct {
		method string
		args   []any
		want   string
	}{
		{"spoke_collateralize", []any{n.env.Bob.Addr, "1", ""}, "only a hub"},
		{"spoke_exchange", []any{"eth", "1"}, `"wei" or "token"`},
		{"spoke_exchange", []any{"wei", ""}, "decimal"},
		{"spoke_history", []any{nil, 0, 0}, "1 to 1000"},
		{"spoke_needsCollateral", []any{"nobody", "1", ""}, "peer id"},
	} {
		if err := alice.CallContext(ctx, &out, c.method, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s%v: %v, want an error with %q", c.method, c.args, err, c.want)
		}
	}
	var after Channel
	if err := alice.CallContext(ctx, &after, "spoke_channel", nil); err != nil || after.State.TxCountGlobal < st.TxCountGlobal {
		t.Fatalf("channel after refusals %+v, %v", after, err)
	}
}

// waitForAPI polls ok for up to 10 s.
func waitForAPI(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 10 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
