package node

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// TestThreadRefusedOpenFails: the hub refuses Alice's OpenThread (the thread is below its minimum; the
// receiver has no channel with it). Each thread ends failed, in OpenThread's answer and in Threads(),
// also after Alice's restart, with nothing locked in her channel.
func TestThreadRefusedOpenFails(t *testing.T) {
	policy := ThreadPolicy{Min: [2]uint256.Int{*uint256.NewInt(100)}}
	n := startHubNetWith(t, func(c *Config) { c.Threads = &policy }, 500, 500)
	alice, bob := n.users[0], n.users[1]
	before := n.channelOf(t, alice).State
	var keys []common.Hash
	for _, o := range []ThreadOpen{
		{Hub: hubAddr, Receiver: bob.eng.Address(), ReceiverPeer: bob.host.ID(), Wei: *uint256.NewInt(99)},
		{Hub: hubAddr, Receiver: common.HexToAddress("0x5a"), Wei: *uint256.NewInt(100)},
	} {
		ctx, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
		info, err := alice.eng.OpenThread(ctx, o)
		cancel()
		if err == nil || info.Status != state.ThreadFailed {
			t.Fatalf("a refused open to %s: %s, %v", o.Receiver, info.Status, err)
		}
		keys = append(keys, info.Key)
	}
	check := func(who string, u *testNode) {
		t.Helper()
		for _, k := range keys {
			if got := threadOf(t, u, k); got.Status != state.ThreadFailed {
				t.Fatalf("%s: a refused thread is %s", who, got.Status)
			}
		}
	}
	check("alice", alice)
	alice = restartUser(t, n, 0)
	check("alice after her restart", alice)
	if got := n.channelOf(t, alice).State; got.ThreadCount != 0 || got.WeiUser != before.WeiUser {
		t.Fatalf("alice's channel after the refused opens: %d threads, %s wei (was %s)", got.ThreadCount, got.WeiUser.Dec(),
			before.WeiUser.Dec())
	}
}

// TestThreadClosedUnpaidStaysClosed: a thread open without any payment shows open on both sides after
// each restarts; closed without any payment, by its receiver or at its sender's request, it shows closed,
// also after each restarts.
func TestThreadClosedUnpaidStaysClosed(t *testing.T) {
	n := startHubNet(t, 500, 500)
	byBob := openTestThread(t, n, 0, 1, 100)
	byAlice := openTestThread(t, n, 0, 1, 100)
	restartUser(t, n, 0)
	restartUser(t, n, 1)
	for i, who := range []string{"alice", "bob"} {
		if got := threadOf(t, n.users[i], byBob.Key); got.Status != state.ThreadOpen {
			t.Fatalf("%s after restarting: an unpaid open thread is %s", who, got.Status)
		}
	}
	if err := n.users[0].host.Connect(testCtx(t), n.users[1].host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	n.users[0].eng.SetThreadPeer(n.users[1].eng.Address(), n.users[1].host.ID())
	if _, err := n.users[1].eng.CloseThread(testCtx(t), hubAddr, byBob.Key); err != nil {
		t.Fatal(err)
	}
	if _, err := n.users[0].eng.CloseThread(testCtx(t), hubAddr, byAlice.Key); err != nil {
		t.Fatal(err)
	}
	waitNoThreads(t, n, n.users[0], n.users[1])
	check := func(when string) {
		t.Helper()
		for i, who := range []string{"alice", "bob"} {
			for _, k := range []common.Hash{byBob.Key, byAlice.Key} {
				if got := threadOf(t, n.users[i], k); got.Status != state.ThreadClosed || got.TxCount != 0 {
					t.Fatalf("%s %s: an unpaid closed thread is %s at count %d", who, when, got.Status, got.TxCount)
				}
			}
		}
	}
	check("after the closes")
	restartUser(t, n, 0)
	restartUser(t, n, 1)
	check("after both restarted")
}
