package node

import (
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"

	"spoke/state"
)

// openTestThread opens a thread of wei from users[from] to users[to] of n's hub.
func openTestThread(t testing.TB, n hubNet, from, to int, wei uint64) ThreadInfo {
	t.Helper()
	a, b := n.users[from], n.users[to]
	if err := a.host.Connect(testCtx(t), b.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	info, err := a.eng.OpenThread(testCtx(t), ThreadOpen{Hub: hubAddr, Receiver: b.eng.Address(), ReceiverPeer: b.host.ID(),
		Wei: *uint256.NewInt(wei)})
	if err != nil {
		t.Fatal(err)
	}
	if info.Status != state.ThreadOpen {
		t.Fatalf("thread %s after opening", info.Status)
	}
	return info
}

// waitNoThreads waits until the users' channels hold no thread, as they and the hub store them.
func waitNoThreads(t *testing.T, n hubNet, users ...*testNode) {
	t.Helper()
	for _, u := range users {
		waitThreads(t, n, u, 0)
	}
}

// waitThreads waits until u's channel holds count threads, as u and the hub store it, and returns it.
func waitThreads(t *testing.T, n hubNet, u *testNode, count uint64) state.ChannelState {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := n.channelOf(t, u)
		if r.State.ThreadCount == count {
			return r.State
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's channel holds %d threads, not %d", u.eng.Address(), r.State.ThreadCount, count)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestThreadOpenPayClose(t *testing.T) {
	n := startHubNet(t, 500, 500)
	alice, bob := n.users[0], n.users[1]
	a0, b0 := n.channelOf(t, alice).State, n.channelOf(t, bob).State
	before := map[*testNode]*state.ChannelState{alice: &a0, bob: &b0}
	info := openTestThread(t, n, 0, 1, 100)
	if got := waitThreads(t, n, alice, 1); got.WeiUser.Uint64() != before[alice].WeiUser.Uint64()-100 {
		t.Fatalf("alice's channel after opening: %d threads, %s wei", got.ThreadCount, got.WeiUser.Dec())
	}
	if got := waitThreads(t, n, bob, 1); got.WeiHub.Uint64() != before[bob].WeiHub.Uint64()-100 {
		t.Fatalf("bob's channel after opening: %d threads, hub %s wei", got.ThreadCount, got.WeiHub.Dec())
	}
	events := bob.eng.Subscribe(testCtx(t))
	for i := range 30 {
		if _, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(uint64(1 + i%3)), uint256.Int{}); err != nil {
			t.Fatalf("payment %d: %v", i, err)
		}
	}
	got := 0
	for got < 60 {
		ev := <-events
		if ev.Kind == EventThreadReceived {
			got += int(ev.Wei.Uint64())
		}
	}
	if _, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(41), uint256.Int{}); !errors.Is(err, ErrThreadBalance) {
		t.Fatalf("paying more than the thread holds: %v", err)
	}
	if _, err := bob.eng.CloseThread(testCtx(t), hubAddr, info.Key); err != nil {
		t.Fatal(err)
	}
	waitNoThreads(t, n, alice, bob)
	a, b := n.channelOf(t, alice).State, n.channelOf(t, bob).State
	if a.WeiUser.Uint64() != before[alice].WeiUser.Uint64()-60 || a.WeiHub.Uint64() != before[alice].WeiHub.Uint64()+60 {
		t.Fatalf("alice's channel after closing: user %s hub %s", a.WeiUser.Dec(), a.WeiHub.Dec())
	}
	if b.WeiUser.Uint64() != before[bob].WeiUser.Uint64()+60 || b.WeiHub.Uint64() != before[bob].WeiHub.Uint64()-60 {
		t.Fatalf("bob's channel after closing: user %s hub %s", b.WeiUser.Dec(), b.WeiHub.Dec())
	}
	if _, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(1), uint256.Int{}); err == nil {
		t.Fatal("paid through a closed thread")
	}
}

// restartUser stops user i of n and starts it again on the same store, connected to the hub.
func restartUser(t *testing.T, n hubNet, i int) *testNode {
	t.Helper()
	key := devchain.DevKey(1 + i)
	n.users[i].stop()
	u := startNode(t, key, User, filepath.Join(n.dir, crypto.PubkeyToAddress(key.PublicKey).Hex()+".db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, n.hub.host.ID()
	})
	if err := u.host.Connect(testCtx(t), n.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	n.users[i] = u
	return u
}

// threadOf returns node u's view of the thread key.
func threadOf(t *testing.T, u *testNode, key common.Hash) ThreadInfo {
	t.Helper()
	for _, th := range u.eng.Threads() {
		if th.Key == key {
			return th
		}
	}
	t.Fatalf("%s does not know thread %s", u.eng.Address(), key)
	return ThreadInfo{}
}

// Restarts of either party mid-stream lose nothing: every acknowledged payment is in the receiver's
// latest state after its restart, and the sender goes on from its stored latest after its own.
func TestThreadSurvivesRestarts(t *testing.T) {
	n := startHubNet(t, 500, 500)
	a0, b0 := n.channelOf(t, n.users[0]).State, n.channelOf(t, n.users[1]).State
	info := openTestThread(t, n, 0, 1, 400)
	pay := func(k int) {
		for range k {
			if _, err := n.users[0].eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(2), uint256.Int{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	pay(50)
	bob := restartUser(t, n, 1)
	if got := threadOf(t, bob, info.Key); got.Latest.WeiReceiver.Uint64() != 100 || got.Status != state.ThreadOpen {
		t.Fatalf("bob after his restart: %d received, %s", got.Latest.WeiReceiver.Uint64(), got.Status)
	}
	if err := n.users[0].host.Connect(testCtx(t), bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	pay(50)
	alice := restartUser(t, n, 0)
	if err := alice.host.Connect(testCtx(t), bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if got := threadOf(t, alice, info.Key); got.Latest.WeiReceiver.Uint64() != 200 || got.TxCount != 100 {
		t.Fatalf("alice after her restart: %d sent at count %d", got.Latest.WeiReceiver.Uint64(), got.TxCount)
	}
	pay(25)
	if _, err := alice.eng.CloseThread(testCtx(t), hubAddr, info.Key); err != nil { // the sender asks the receiver
		t.Fatal(err)
	}
	waitNoThreads(t, n, alice, bob)
	a, b := n.channelOf(t, alice).State, n.channelOf(t, bob).State
	if a.WeiUser.Uint64() != a0.WeiUser.Uint64()-250 || b.WeiUser.Uint64() != b0.WeiUser.Uint64()+250 ||
		b.WeiHub.Uint64() != b0.WeiHub.Uint64()-250 || a.WeiHub.Uint64() != a0.WeiHub.Uint64()+250 {
		t.Fatalf("after closing: alice %s/%s (was %s/%s), bob %s/%s (was %s/%s)", a.WeiUser.Dec(), a.WeiHub.Dec(),
			a0.WeiUser.Dec(), a0.WeiHub.Dec(), b.WeiUser.Dec(), b.WeiHub.Dec(), b0.WeiUser.Dec(), b0.WeiHub.Dec())
	}
	if got := threadOf(t, alice, info.Key); got.Status != state.ThreadClosed {
		t.Fatalf("alice's thread after closing: %s", got.Status)
	}
}

// A malicious sender's thread states are refused and change nothing: a lower or equal count, a smaller
// receiver share, another signer, another hub's thread, more than the thread holds, a thread to someone
// else, and garbage.
func TestThreadRefusesAMaliciousSender(t *testing.T) {
	n := startHubNet(t, 500, 500, 500)
	alice, bob, carol := n.users[0], n.users[1], n.users[2]
	info := openTestThread(t, n, 0, 1, 100)
	for range 3 {
		if _, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(10), uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	good := threadOf(t, bob, info.Key).Latest // count 3, 30 to bob
	aliceKey := devchain.DevKey(1)
	sign := func(s state.ThreadState, key *ecdsa.PrivateKey) []byte {
		sig, err := state.Sign(domain.ThreadDigest(&s), key)
		if err != nil {
			t.Fatal(err)
		}
		return sig[:]
	}
	moved := func(edit func(s *state.ThreadState)) state.ThreadState {
		s := good
		s.TxCount++
		edit(&s)
		return s
	}
	send := func(from *testNode, msg []byte) error {
		_, err := from.host.Request(testCtx(t), bob.host.ID(), ThreadProtocol, msg)
		return err
	}
	if err := carol.host.Connect(testCtx(t), bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		from *testNode
		s    state.ThreadState
		key  *ecdsa.PrivateKey
		want string
	}{
		{"the same count", alice, func() state.ThreadState {
			s := moved(func(s *state.ThreadState) {})
			s.TxCount--
			s.WeiSender.SubUint64(&s.WeiSender, 5)
			s.WeiReceiver.AddUint64(&s.WeiReceiver, 5)
			return s
		}(), aliceKey, "count"},
		{"a lower count", alice, func() state.ThreadState { s := good; s.TxCount = 1; return s }(), aliceKey, "count"},
		{"less for the receiver", alice, moved(func(s *state.ThreadState) {
			s.WeiSender.AddUint64(&s.WeiSender, 5)
			s.WeiReceiver.SubUint64(&s.WeiReceiver, 5)
		}), aliceKey, "takes"},
		{"more than the thread holds", alice, moved(func(s *state.ThreadState) { s.WeiReceiver.AddUint64(&s.WeiReceiver, 1000) }), aliceKey, "totals"},
		{"signed by another key", alice, moved(func(s *state.ThreadState) {
			s.WeiSender.SubUint64(&s.WeiSender, 5)
			s.WeiReceiver.AddUint64(&s.WeiReceiver, 5)
		}), devchain.DevKey(3), "signed"},
		{"another hub's thread", alice, moved(func(s *state.ThreadState) {
			s.Hub = carol.eng.Address()
			s.WeiSender.SubUint64(&s.WeiSender, 5)
			s.WeiReceiver.AddUint64(&s.WeiReceiver, 5)
		}), aliceKey, "not open"},
		{"sent by someone else", carol, moved(func(s *state.ThreadState) {
			s.WeiSender.SubUint64(&s.WeiSender, 5)
			s.WeiReceiver.AddUint64(&s.WeiReceiver, 5)
		}), aliceKey, "sent by"},
		{"a thread to someone else", alice, moved(func(s *state.ThreadState) { s.Receiver = carol.eng.Address() }), aliceKey, "party"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := protocol.MarshalThreadMessage(protocol.ThreadPay{State: state.SignedThread{State: tc.s, Sig: sign(tc.s, tc.key)}})
			if err != nil {
				t.Fatal(err)
			}
			err = send(tc.from, msg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
			if got := threadOf(t, bob, info.Key).Latest; got != good {
				t.Fatalf("bob's latest changed to %+v", got)
			}
		})
	}
	if err := send(alice, []byte{protocol.ThreadWireVersion, 1, 2, 3}); err == nil {
		t.Fatal("garbage accepted")
	}
	// The honest sender goes on.
	if _, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	if got := threadOf(t, bob, info.Key).Latest; got.WeiReceiver.Uint64() != 31 {
		t.Fatalf("bob holds %s after the honest payment", got.WeiReceiver.Dec())
	}
}
