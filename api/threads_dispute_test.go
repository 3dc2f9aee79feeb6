package api

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/node"
	"spoke/state"
)

// TestAPIThreadDisputeAndNuke: Alice pays Bob 200 wei through a thread of 5,000; then the hub is gone for
// good. Bob settles the thread on-chain with spoke_threadDispute: its result, his thread-settled event
// and his list agree on the count and shares of his latest state, and a second dispute is refused.
// Bad arguments are refused and change nothing.
func TestAPIThreadDispute(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	alice, err := Dial(ctx, strings.Replace(n.aliceURL, "http", "ws", 1), n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	bob, err := Dial(ctx, n.bobWS, n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer bob.Close()
	th := openPaidThread(t, ctx, n, alice, 8, "25")
	short := th.Key.Hex()[2:10]
	hub := n.hub.Address()

	var bobBefore []ThreadJSON
	if err := bob.CallContext(ctx, &bobBefore, "spoke_threads"); err != nil || len(bobBefore) != 1 || bobBefore[0].Count != 8 {
		t.Fatalf("bob's threads: %+v, %v", bobBefore, err)
	}
	var out any
	for _, c := range []struct {
		client *rpc.Client
		method string
		args   []any
		want   string
	}{
		{bob, "spoke_threadDispute", []any{"zz"}, "prefix"},
		{bob, "spoke_threadDispute", []any{flip(short)}, "no thread"},
		{bob, "spoke_threadNuke", []any{"nobody"}, "peer id"},
		{bob, "spoke_threadNuke", []any{nil}, "the channel is open on-chain"},
		{alice, "spoke_threadNuke", []any{n.env.Bob.Addr.Hex()}, "no channel with that counterparty"},
	} {
		if err := c.client.CallContext(ctx, &out, c.method, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s%v: %v, want an error with %q", c.method, c.args, err, c.want)
		}
	}
	var ts []ThreadJSON
	if err := bob.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 || ts[0] != bobBefore[0] {
		t.Fatalf("bob's threads after the refusals: %+v, %v", ts, err)
	}
	if on := n.env.Channel(hub, n.env.Bob.Addr); on.Status != 0 {
		t.Fatalf("bob's channel on-chain after the refusals: status %d", on.Status)
	}

	if err := n.hub.Close(); err != nil {
		t.Fatal(err)
	}
	bobEvents := subscribe(t, ctx, bob)
	ts0 := threadState(t, th)
	stop := n.env.SkipChallenges(hub, n.env.Bob.Addr, ts0)
	var got ThreadDisputeResult
	err = bob.CallContext(ctx, &got, "spoke_threadDispute", short)
	stop()
	if err != nil {
		t.Fatalf("dispute: %v", err)
	}
	want := SettledThread{Hub: hub, Sender: n.env.Alice.Addr, Receiver: n.env.Bob.Addr, ID: th.ID, Key: th.Key, Count: 8,
		SenderShare: Amounts{"4800", "0"}, ReceiverShare: Amounts{"200", "0"}}
	if got.Thread != want || len(got.Exit.Threads) != 1 || got.Exit.Threads[0] != want || got.Exit.TxCount == 0 {
		t.Fatalf("dispute result %+v, want the thread settled as %+v", got, want)
	}
	ev := waitEvent(t, ctx, bobEvents, node.EventThreadSettled)
	if ev.Thread == nil || *ev.Thread != th.Key || ev.Count != 8 || ev.Wei != "200" || ev.From == nil || *ev.From != n.env.Alice.Addr {
		t.Fatalf("bob's thread-settled event: %+v", ev)
	}
	if err := bob.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 || ts[0].Status != "closed" {
		t.Fatalf("bob's threads after the dispute: %+v, %v", ts, err)
	}
	if err := bob.CallContext(ctx, &out, "spoke_threadDispute", short); err == nil || !strings.Contains(err.Error(), "closed already") {
		t.Fatalf("second dispute: %v, want it refused as closed", err)
	}

}

// TestAPIThreadNuke: Alice pays Bob 200 wei through a thread of 5,000. Alice's exit of her channel is
// interrupted once the thread's dispute started there, so nobody finishes it in her channel:
// spoke_threadNuke is refused as too early, saying when it is allowed, and once the nuke delay has passed
// it pays Alice the thread funds her channel still holds, 5,000 wei (her threads-nuked event), and closes
// her thread. (The thread's record is shared with Bob's channel, so this runs on a net of its own: after
// Bob's dispute, Alice's exit would settle the thread at once.)
func TestAPIThreadNuke(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	alice, err := Dial(ctx, strings.Replace(n.aliceURL, "http", "ws", 1), n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	th := openPaidThread(t, ctx, n, alice, 8, "25")
	hub := n.hub.Address()
	ts0 := threadState(t, th)
	var out any
	var ts []ThreadJSON
	if err := n.hub.Close(); err != nil {
		t.Fatal(err)
	}
	// Alice's exit stops once her channel is emptied and the thread's dispute started: nobody finishes it.
	aliceEvents := subscribe(t, ctx, alice)
	interruptedExit(t, ctx, n, ts0)
	if err := alice.CallContext(ctx, &out, "spoke_threadNuke", nil); err == nil || !strings.Contains(err.Error(), "too early") ||
		!strings.Contains(err.Error(), "allows it from chain time") {
		t.Fatalf("nuke before the delay: %v, want it refused saying when it is allowed", err)
	}
	if err := n.env.Advance(n.env.Period*10 + 1); err != nil {
		t.Fatal(err)
	}
	var nuked ThreadNukeResult
	if err := alice.CallContext(ctx, &nuked, "spoke_threadNuke", nil); err != nil {
		t.Fatalf("nuke: %v", err)
	}
	if nuked.Hub != hub || nuked.Released != (Amounts{"5000", "0"}) || nuked.TxHash == ([32]byte{}) {
		t.Fatalf("nuke result %+v, want the thread's 5000 wei released", nuked)
	}
	ev := waitEvent(t, ctx, aliceEvents, node.EventThreadsNuked)
	if ev.Wei != "5000" || ev.TxHash == nil || *ev.TxHash != nuked.TxHash || ev.Peer != hub {
		t.Fatalf("alice's threads-nuked event: %+v", ev)
	}
	if err := alice.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 || ts[0].Status != "closed" {
		t.Fatalf("alice's threads after the nuke: %+v, %v", ts, err)
	}
	if on := n.env.Channel(hub, n.env.Alice.Addr); on.ThreadCount != 0 || on.Status != 0 {
		t.Fatalf("alice's channel on-chain after the nuke: %d threads, status %d", on.ThreadCount, on.Status)
	}
}

// openPaidThread has the hub's reserve and both users' channels funded, opens a thread of 5,000 wei from
// Alice to Bob (retrying while the hub collateralizes Bob's channel) and pays amount through it count
// times.
func openPaidThread(t *testing.T, ctx context.Context, n *testNet, alice *rpc.Client, count int, amount string) ThreadJSON {
	t.Helper()
	if _, err := n.hub.Chain.HubDeposit(ctx, chaintest.Ether, nil); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*node.Node{n.alice, n.bob} {
		if _, err := u.Deposit(ctx, *uint256.NewInt(1e17), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	var th ThreadJSON
	deadline := time.Now().Add(20 * time.Second)
	for {
		err := alice.CallContext(ctx, &th, "spoke_threadOpen", n.env.Bob.Addr.Hex(), "5000", nil, nil)
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "retry shortly") || time.Now().After(deadline) {
			t.Fatalf("threadOpen: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for range count {
		var p ThreadPayment
		if err := alice.CallContext(ctx, &p, "spoke_threadPay", th.Key.Hex(), amount, nil); err != nil {
			t.Fatal(err)
		}
	}
	return th
}

// threadState is the initial state of the thread th names: its totals all on the sender's side, as the
// contract's dispute records (keyed by the initial state) need it.
func threadState(t *testing.T, th ThreadJSON) state.ThreadState {
	t.Helper()
	id, err := strconv.ParseUint(th.ID, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	total := func(a, b string) uint256.Int {
		x, errA := uint256.FromDecimal(a)
		y, errB := uint256.FromDecimal(b)
		if errA != nil || errB != nil {
			t.Fatalf("thread shares %q, %q", a, b)
		}
		return *x.Add(x, y)
	}
	return state.ThreadState{Hub: th.Hub, Sender: th.Sender, Receiver: th.Receiver, ThreadID: id,
		WeiSender: total(th.SenderShare.Wei, th.ReceiverShare.Wei), TokenSender: total(th.SenderShare.Token, th.ReceiverShare.Token)}
}

// interruptedExit runs Alice's exit of her channel with the hub (gone) and stops it once the thread th's
// dispute started in her channel, after the channel's challenge period was skipped.
func interruptedExit(t *testing.T, ctx context.Context, n *testNet, th state.ThreadState) {
	t.Helper()
	hub, user := n.hub.Address(), n.env.Alice.Addr
	exitCtx, stopExit := context.WithCancel(ctx)
	defer stopExit()
	done := make(chan error, 1)
	go func() { _, err := n.alice.ExitChannel(exitCtx, hub); done <- err }()
	stop := n.env.SkipChallenges(hub, user)
	defer stop()
	deadline := time.Now().Add(30 * time.Second)
	for {
		d, err := n.env.Manager.GetThread(&bind.CallOpts{Context: ctx}, contracts.ThreadState(&th))
		if err != nil {
			t.Fatal(err)
		}
		if d.ClosingTime != 0 {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("alice's exit ended before the thread's dispute started: %v", err)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the thread's dispute did not start in alice's channel")
		}
	}
	stopExit()
	if err := <-done; err == nil {
		t.Fatal("alice's exit finished; want it interrupted during the thread's challenge period")
	}
}

// subscribe follows a node's events.
func subscribe(t *testing.T, ctx context.Context, c *rpc.Client) chan EventJSON {
	t.Helper()
	events := make(chan EventJSON, 256)
	sub, err := c.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	return events
}

// waitEvent returns the next event of kind.
func waitEvent(t *testing.T, ctx context.Context, events chan EventJSON, kind node.EventKind) EventJSON {
	t.Helper()
	for {
		select {
		case ev := <-events:
			if ev.Kind == kind {
				return ev
			}
		case <-ctx.Done():
			t.Fatalf("no %s event", kind)
		}
	}
}
