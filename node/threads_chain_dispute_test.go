package node

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// openChainThread opens a thread of 1 ether from Alice to Bob on n (funded, Bob collateralized) and has Alice
// pay 0.003 ether through it count times.
func openChainThread(t *testing.T, n *chainNet, count int) ThreadInfo {
	t.Helper()
	ctx := testCtx(t)
	n.fund(t, 10, 3)
	if _, err := n.hub.eng.Collateralize(ctx, n.env.Bob.Addr, ethers(2), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	if err := n.alice.host.Connect(ctx, n.bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	info, err := n.alice.eng.OpenThread(ctx, ThreadOpen{Hub: n.env.Hub.Addr, Receiver: n.env.Bob.Addr,
		ReceiverPeer: n.bob.host.ID(), Wei: ethers(1)})
	if err != nil {
		t.Fatal(err)
	}
	step := *uint256.NewInt(3e15)
	for range count {
		if _, err := n.alice.eng.PayThread(ctx, n.env.Hub.Addr, info.Key, step, uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	return info
}

// initialOf is the initial state of the thread of state th: everything on the sender's side, count 0.
func initialOf(th state.ThreadState) state.ThreadState {
	th.WeiSender.Add(&th.WeiSender, &th.WeiReceiver)
	th.TokenSender.Add(&th.TokenSender, &th.TokenReceiver)
	th.WeiReceiver, th.TokenReceiver, th.TxCount = uint256.Int{}, uint256.Int{}, 0
	return th
}

// exitThrough runs exit and moves the chain's clock past the channel's challenge period once it is in
// dispute, and past the thread's once its dispute holds wantCount (so that whoever answers has answered).
func exitThrough(t *testing.T, n *chainNet, user common.Address, th state.ThreadState, wantCount uint64, exit func(context.Context) (ExitReport, error)) ExitReport {
	t.Helper()
	ctx := testCtx(t)
	initial := initialOf(th)
	type result struct {
		rep ExitReport
		err error
	}
	done := make(chan result, 1)
	go func() { rep, err := exit(ctx); done <- result{rep, err} }()
	channelPassed, threadPassed := false, false
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case r := <-done:
			if r.err != nil {
				t.Fatalf("exit: %v", r.err)
			}
			return r.rep
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the exit did not finish")
		}
		n.passChallengeOnce(t, user, &channelPassed)
		d, err := n.hubA.Thread(ctx, &initial)
		if err != nil {
			t.Fatal(err)
		}
		if d.Started() && d.TxCount == wantCount && !threadPassed {
			if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
				t.Fatal(err)
			}
			threadPassed = true
		}
	}
}

// The hub refuses to close (it is gone): Bob exits his channel on-chain and settles the thread with his
// latest state, and gets what Alice paid him through it.
func TestThreadSettlesOnChainWithoutTheHub(t *testing.T) {
	n := startChainNet(t, nil)
	info := openChainThread(t, n, 100)
	n.hub.stop()
	ctx, cancel := context.WithTimeout(testCtx(t), 2*time.Second)
	defer cancel()
	if _, err := n.bob.eng.CloseThread(ctx, n.env.Hub.Addr, info.Key); err == nil {
		t.Fatal("closed a thread with the hub gone")
	}
	reserve := func() *big.Int {
		w, _, err := n.bA.Reserve(testCtx(t), n.env.Hub.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	before := reserve()
	r, err := n.bob.eng.Latest(testCtx(t), n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	rep := exitThrough(t, n, n.env.Bob.Addr, info.Latest, 100, n.bob.eng.Exit)
	if len(rep.Threads) != 1 {
		t.Fatalf("exit report: %+v; want the thread settled", rep)
	}
	got := rep.Threads[0]
	paid := ethers(0)
	paid.Mul(uint256.NewInt(300), uint256.NewInt(1e15))
	if got.TxCount != 100 || got.WeiReceiver != paid {
		t.Fatalf("thread settled at count %d with %s to Bob; want 100 and %s", got.TxCount, got.WeiReceiver.Dec(), paid.Dec())
	}
	// The hub's reserve gets its channel balance and the thread's rest (1 ether - 0.3).
	want := new(big.Int).Add(before, r.State.WeiHub.ToBig())
	one := ethers(1)
	want.Add(want, new(big.Int).Sub(one.ToBig(), paid.ToBig()))
	if after := reserve(); after.Cmp(want) != 0 {
		t.Fatalf("hub reserve %s, want %s", after, want)
	}
	if on, err := n.bA.Channel(testCtx(t), n.env.Hub.Addr, n.env.Bob.Addr); err != nil || on.Status != chain.StatusOpen {
		t.Fatalf("bob's channel after the thread settled: %+v (%v); want it reopened", on, err)
	}
	// The hub comes back: it reads the state Bob settled by from his dispute's transaction and closes
	// Alice's side with it, off-chain, so it takes from Alice what it paid Bob.
	aliceBefore, err := n.alice.eng.Latest(testCtx(t), n.env.Hub.Addr)
	if err != nil || aliceBefore.State.ThreadCount != 1 {
		t.Fatalf("alice's channel before the hub's return: %+v (%v)", aliceBefore.State, err)
	}
	hub := startNode(t, n.env.Hub.Key, Hub, filepath.Join(n.dir, "hub.db"), func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, n.hubA, nil, nil
		c.PendingTimeout = 1_000_000
	})
	if err := n.alice.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		a, err := n.alice.eng.Latest(testCtx(t), n.env.Hub.Addr)
		if err != nil {
			t.Fatal(err)
		}
		if a.State.ThreadCount == 0 {
			var wantHub, wantUser uint256.Int
			wantHub.Add(&aliceBefore.State.WeiHub, &paid)
			wantUser.Add(&aliceBefore.State.WeiUser, new(uint256.Int).Sub(&one, &paid))
			if a.State.WeiHub != wantHub || a.State.WeiUser != wantUser {
				t.Fatalf("alice's channel after the hub closed her side: hub %s user %s, want %s and %s",
					a.State.WeiHub.Dec(), a.State.WeiUser.Dec(), wantHub.Dec(), wantUser.Dec())
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the hub did not close alice's side of the thread")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// The hub exits Bob's channel and starts the thread's dispute with the initial state (the most it can
// claim as the side that backs the thread): Bob's node answers with his latest state and gets his due.
func TestThreadDisputeAnsweredWithTheLatest(t *testing.T) {
	n := startChainNet(t, nil)
	info := openChainThread(t, n, 40)
	exit := func(ctx context.Context) (ExitReport, error) { return n.hub.eng.ExitChannel(ctx, n.env.Bob.Addr) }
	rep := exitThrough(t, n, n.env.Bob.Addr, info.Latest, 40, exit)
	if len(rep.Threads) != 1 {
		t.Fatalf("hub's exit report: %+v", rep)
	}
	got := rep.Threads[0]
	paid := ethers(0)
	paid.Mul(uint256.NewInt(120), uint256.NewInt(1e15))
	if got.TxCount != 40 || got.WeiReceiver != paid {
		t.Fatalf("thread settled at count %d with %s to Bob; want 40 and %s", got.TxCount, got.WeiReceiver.Dec(), paid.Dec())
	}
}
