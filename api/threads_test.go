package api

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"spoke/internal/chaintest"
	"spoke/node"
)

// TestAPIThreads: Alice opens a thread to Bob by his address, pays through it (calls overlapping), Bob's
// event stream shows each state received, both lists agree, bad arguments are refused and change
// nothing, and Bob's close rebalances both channels.
func TestAPIThreads(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
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
	if _, err := n.hub.Chain.HubDeposit(ctx, chaintest.Ether, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*rpc.Client{alice, bob} {
		var s map[string]any
		if err := c.CallContext(ctx, &s, "spoke_deposit", "100000000000000000", ""); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	before := map[*rpc.Client]Channel{}
	for _, c := range []*rpc.Client{alice, bob} {
		var ch Channel
		if err := c.CallContext(ctx, &ch, "spoke_channel", nil); err != nil {
			t.Fatal(err)
		}
		before[c] = ch
	}
	events := make(chan EventJSON, 256)
	sub, err := bob.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	var th ThreadJSON
	deadline := time.Now().Add(20 * time.Second)
	for { // the hub collateralizes Bob's channel when it first lacks balance there
		err := alice.CallContext(ctx, &th, "spoke_threadOpen", n.env.Bob.Addr.Hex(), "5000", nil, nil)
		if err == nil {
			break
		}
		if !strings.Contains(err.Error(), "retry shortly") || time.Now().After(deadline) {
			t.Fatalf("threadOpen: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if th.Role != "sending" || th.Status != "open" || th.Receiver != n.env.Bob.Addr || th.Hub != n.hub.Address() ||
		th.SenderShare.Wei != "5000" || th.ReceiverShare.Wei != "0" || th.Count != 0 {
		t.Fatalf("thread opened: %+v", th)
	}
	short := th.Key.Hex()[2:10]
	const payments = 40
	errs := make(chan error, payments)
	for i := range payments {
		go func() {
			var p ThreadPayment
			err := alice.CallContext(ctx, &p, "spoke_threadPay", short, "25", nil)
			if err == nil && (p.Key != th.Key || p.Count == 0) {
				err = fmt.Errorf("payment %d: %+v", i, p)
			}
			errs <- err
		}()
	}
	for range payments {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	received := 0
	for received < payments*25 {
		select {
		case ev := <-events:
			if ev.Kind != node.EventThreadReceived {
				continue
			}
			if ev.Thread == nil || *ev.Thread != th.Key || ev.From == nil || *ev.From != n.env.Alice.Addr || ev.Count == 0 || ev.Hashlock != nil {
				t.Fatalf("thread event %+v", ev)
			}
			w, _ := amount(ev.Wei)
			received += int(w.Uint64())
		case <-ctx.Done():
			t.Fatalf("bob's events showed %d wei of the thread's %d", received, payments*25)
		}
	}
	lists := map[*rpc.Client]ThreadJSON{}
	for _, c := range []*rpc.Client{alice, bob} {
		var ts []ThreadJSON
		if err := c.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 {
			t.Fatalf("threads: %+v, %v", ts, err)
		}
		lists[c] = ts[0]
	}
	a, b := lists[alice], lists[bob]
	if b.Role != "receiving" || a.Count != b.Count || a.SenderShare != b.SenderShare || a.ReceiverShare != b.ReceiverShare ||
		a.ReceiverShare.Wei != "1000" || a.SenderShare.Wei != "4000" || a.Acked != a.Count || a.ID != b.ID || b.ID != th.ID {
		t.Fatalf("the lists disagree or are wrong:\nalice %+v\n  bob %+v", a, b)
	}

	var out any
	for _, c := range []struct {
		client *rpc.Client
		method string
		args   []any
		want   string
	}{
		{alice, "spoke_threadPay", []any{"", "1"}, "prefix"},
		{alice, "spoke_threadPay", []any{short[:3], "1"}, "prefix"},
		{alice, "spoke_threadPay", []any{"zzzz", "1"}, "prefix"},
		{alice, "spoke_threadPay", []any{"0x" + strings.Repeat("0", 64) + "0", "1"}, "prefix"},
		{alice, "spoke_threadPay", []any{flip(short), "1"}, "no thread"},
		{alice, "spoke_threadPay", []any{short, "1.5"}, "decimal"},
		{alice, "spoke_threadPay", []any{short, "-1"}, "decimal"},
		{alice, "spoke_threadPay", []any{short, "0"}, "needs wei or token"},
		{alice, "spoke_threadPay", []any{short, "4001"}, "holds less"},
		{bob, "spoke_threadPay", []any{short, "1"}, "only the sender"},
		{alice, "spoke_threadOpen", []any{n.env.Alice.Addr.Hex(), "1"}, "parties"},
		{alice, "spoke_threadOpen", []any{"nobody", "1"}, "peer id"},
		{alice, "spoke_threadOpen", []any{n.env.Bob.Addr.Hex(), ""}, "needs wei or token"},
		{alice, "spoke_threadOpen", []any{n.env.Bob.Addr.Hex(), "1", nil, n.env.Bob.Addr.Hex()}, "hub this node is a user of"},
		{alice, "spoke_threadClose", []any{"abc"}, "prefix"},
	} {
		if err := c.client.CallContext(ctx, &out, c.method, c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s%v: %v, want an error with %q", c.method, c.args, err, c.want)
		}
	}
	var ts []ThreadJSON
	if err := alice.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 || ts[0] != a {
		t.Fatalf("alice's threads after the refusals: %+v, %v", ts, err)
	}

	var closed ThreadPayment
	if err := bob.CallContext(ctx, &closed, "spoke_threadClose", th.Key.Hex()); err != nil || closed.Count != b.Count {
		t.Fatalf("close: %+v, %v", closed, err)
	}
	for c, delta := range map[*rpc.Client]int64{alice: -1000, bob: 1000} {
		was := before[c].State
		var ch Channel
		for {
			if err := c.CallContext(ctx, &ch, "spoke_channel", nil); err != nil {
				t.Fatal(err)
			}
			got := int64(ch.State.WeiUser.Uint64()) - int64(was.WeiUser.Uint64())
			if ch.State.ThreadCount == 0 && got == delta {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("the channel of %s after the close: %d threads, user balance moved by %d, want %d",
					ch.State.User, ch.State.ThreadCount, got, delta)
			}
			time.Sleep(10 * time.Millisecond)
		}
		if c == alice && ch.State.WeiHub.Uint64()-was.WeiHub.Uint64() != 1000 {
			t.Fatalf("alice's channel after the close: hub %s, was %s", ch.State.WeiHub.Dec(), was.WeiHub.Dec())
		}
	}
	if err := alice.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 1 || ts[0].Status != "closed" {
		t.Fatalf("alice's threads after the close: %+v, %v", ts, err)
	}
	// A thread below the hub's minimum: the hub refuses to open it, and it is listed as failed.
	if err := alice.CallContext(ctx, &th, "spoke_threadOpen", n.env.Bob.Addr.Hex(), "99", nil, nil); err == nil ||
		!strings.Contains(err.Error(), "minimum") {
		t.Fatalf("a thread below the hub's minimum: %v", err)
	}
	if err := alice.CallContext(ctx, &ts, "spoke_threads"); err != nil || len(ts) != 2 || ts[0].Status != "closed" ||
		ts[1].Status != "failed" || ts[1].SenderShare.Wei != "99" {
		t.Fatalf("alice's threads after a refused open: %+v, %v", ts, err)
	}
}

// flip changes the first hex digit of a key prefix, naming no thread.
func flip(p string) string {
	c := "1"
	if p[0] == '1' {
		c = "2"
	}
	return c + p[1:]
}
