package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/protocol"
	"spoke/state"
)

// Review 4 (threads, issue 11), on the dev chain: what a thread's sender, receiver or hub can do to the
// others once a thread goes on-chain. The off-chain attacks are in review4_attack_test.go.

// threadPaid is what openChainThread's count payments of 0.003 ether add up to.
func threadPaid(count int) uint256.Int {
	var paid uint256.Int
	paid.Mul(uint256.NewInt(uint64(count)*3), uint256.NewInt(1e15))
	return paid
}

// signThreadIn signs s with key in the chain's domain.
func signThreadIn(t *testing.T, n *chainNet, s state.ThreadState, key *ecdsa.PrivateKey) state.SignedThread {
	t.Helper()
	sig, err := state.Sign(n.env.Domain.ThreadDigest(&s), key)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedThread{State: s, Sig: sig[:]}
}

// jamState is the state a sender signs to jam its thread's dispute: the highest count there is, and one
// wei more for the receiver than the initial state. While the contract ordered thread states by count, no
// state the receiver held could replace it; now that it orders them by what they pay the receiver, any
// later payment does.
func jamState(initial state.ThreadState) state.ThreadState {
	s := initial
	s.TxCount = math.MaxUint64
	one := uint256.NewInt(1)
	s.WeiSender.Sub(&s.WeiSender, one) // one wei for the receiving side: the least a state can pay it more
	s.WeiReceiver.Add(&s.WeiReceiver, one)
	return s
}

// restartChainNode stops node (key) of n and starts it again on its store, with its chain adapter; a
// user connects to the hub again if it runs.
func restartChainNode(t *testing.T, n *chainNet, node **testNode, key *ecdsa.PrivateKey, a *chain.Adapter) {
	t.Helper()
	(*node).stop()
	role, path := User, n.userStore(key)
	if crypto.PubkeyToAddress(key.PublicKey) == n.env.Hub.Addr {
		role, path = Hub, filepath.Join(n.dir, "hub.db")
	}
	*node = startNode(t, key, role, path, func(c *Config) {
		c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, a, nil, nil
		c.PendingTimeout = 1_000_000
		if role == User {
			c.Hub, c.HubPeer = n.env.Hub.Addr, n.hub.host.ID()
		}
	})
	if role == User {
		_ = (*node).host.Connect(testCtx(t), n.hub.host.AddrInfo()) // the hub may be down
	}
}

// waitsForThread reports, once node has said so, that node waits for the challenge period of thread id
// to end (it has put its claim on-chain, or found nothing better to put).
func waitsForThread(t *testing.T, node *testNode, id uint64) *atomic.Bool {
	t.Helper()
	var waits atomic.Bool
	events := node.eng.Subscribe(testCtx(t))
	what := fmt.Sprintf("thread %d's challenge period", id)
	go func() {
		for ev := range events {
			if ev.Kind == EventProgress && strings.Contains(ev.Stage, "waiting for "+what) {
				waits.Store(true)
			}
		}
	}()
	return &waits
}

// driveThreadExit runs exit in the background and drives the chain's clock: past user's channel's
// challenge period once it is in dispute, and past th's once every node of waiters waits for its end
// (each had its say); atWait, if set, runs just before, and the thread's dispute record is returned as
// it stands then. It fails if exit fails (ErrExitRunning excepted: an exit resumed after a restart runs).
func driveThreadExit(t *testing.T, n *chainNet, user common.Address, th state.ThreadState, waiters []*atomic.Bool,
	atWait func(), exit func(context.Context) (ExitReport, error)) chain.ThreadDispute {
	t.Helper()
	ctx := testCtx(t)
	done := make(chan error, 1)
	go func() { _, err := exit(ctx); done <- err }()
	channelPassed := false
	var held chain.ThreadDispute
	deadline := time.Now().Add(90 * time.Second)
	for held.ClosingTime == 0 {
		select {
		case err := <-done:
			if err != nil && !errors.Is(err, ErrExitRunning) {
				t.Fatalf("exit: %v", err)
			}
			done = nil
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the thread's dispute did not come to its end")
		}
		n.passChallengeOnce(t, user, &channelPassed)
		all := true
		for _, w := range waiters {
			all = all && w.Load()
		}
		if !all {
			continue
		}
		if atWait != nil {
			atWait()
			atWait = nil
			time.Sleep(time.Second) // the nodes see what atWait did; they may answer it
		}
		d, err := n.hubA.Thread(ctx, &th)
		if err != nil {
			t.Fatal(err)
		}
		held = d
	}
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	if done != nil {
		select {
		case err := <-done:
			if err != nil && !errors.Is(err, ErrExitRunning) {
				t.Fatalf("exit: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the exit did not finish")
		}
	}
	return held
}

// threadInitial returns the thread th's signed initial state and the channel record of node's channel
// with the hub that holds it.
func threadInitial(t *testing.T, n *chainNet, node *testNode, key common.Hash) (state.SignedThread, state.Record) {
	t.Helper()
	r, err := node.eng.Latest(testCtx(t), n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	i, ok := state.FindThread(r.Threads, key)
	if !ok {
		t.Fatalf("%s's channel does not hold thread %s", node.eng.Address(), key)
	}
	return r.Threads[i], r
}

// TestReview4ReceiverTakesNoPaymentAfterItsExit (finding 3, receiver's loss, fixed): Bob exits his
// channel on-chain (the hub is gone) and settles his thread with the 10 payments he holds. His node still
// takes Alice's thread states afterwards: each is checked, stored, acknowledged and reported received
// (EventThreadReceived), yet none can ever be claimed (the thread's dispute took his claim, and once
// emptied the thread pays nothing more). A sender streaming for a metered service gets it for nothing:
// the receiver was told it has money it does not. The same holds from the moment the exit starts (the
// exit reads the thread states once, when it puts its claim on-chain). Safe outcome: once a channel is
// exiting, its threads take (and send) no more payments.
func TestReview4ReceiverTakesNoPaymentAfterItsExit(t *testing.T) {
	n := startChainNet(t, nil)
	info := openChainThread(t, n, 10)
	n.hub.stop()
	exitThrough(t, n, n.env.Bob.Addr, info.Latest, 10, n.bob.eng.Exit)
	events := n.bob.eng.Subscribe(testCtx(t))
	_, err := n.alice.eng.PayThread(testCtx(t), n.env.Hub.Addr, info.Key, *uint256.NewInt(3e15), uint256.Int{})
	if err == nil {
		t.Errorf("Bob's node acknowledged a thread payment after his channel's exit settled the thread")
	}
	if got := threadOf(t, n.bob, info.Key); got.TxCount != 10 {
		t.Errorf("Bob's node stored state %d after the exit; the thread settled with state 10", got.TxCount)
	}
	select {
	case ev := <-events:
		if ev.Kind == EventThreadReceived {
			t.Errorf("Bob's node reported %s wei received through a thread already settled on-chain", ev.Wei.Dec())
		}
	case <-time.After(200 * time.Millisecond):
	}
}

// TestReview4SenderJamsTheHubsThreadClaim (finding 1, hub's loss, fixed): Alice pays Bob 0.12 ether through a
// thread; Bob closes it and the hub pays him in his channel, holding Alice's state 40 for her side. Alice
// does not answer the hub's close of her side and exits her channel on-chain with the thread in it. After
// the channel is emptied she starts the thread's dispute first (the hub is away for a moment; a
// front-running transaction does the same) with a state she signed for the purpose: count 2^64-1,
// one wei for the hub. The contract took a later state only with a higher count, so the hub's state 40
// could never replace it: Alice got her ether back, and the 0.12 ether the hub paid Bob were lost. Fixed:
// the contract orders thread states by what they pay the receiving side (protocol.CheckThreadClaim).
// The sender needs nobody's help. The same jam works against any receiving side whose latest state is not
// on-chain first (TestReview4SenderJamsTheReceiversThreadClaim). Safe outcome: the hub's claim (0.12
// ether) stands.
func TestReview4SenderJamsTheHubsThreadClaim(t *testing.T) {
	n := startChainNet(t, nil)
	ctx := testCtx(t)
	info := openChainThread(t, n, 40)
	paid := threadPaid(40)
	initial, rec := threadInitial(t, n, n.alice, info.Key)
	n.alice.stop() // she will not countersign the hub's close of her side
	if _, err := n.bob.eng.CloseThread(ctx, n.env.Hub.Addr, info.Key); err != nil {
		t.Fatal(err)
	}
	hubRec := waitHubRecord(t, n.hub, info.Key, 40)
	t.Logf("the hub holds Alice's state %d for her side", hubRec.Latest.State.TxCount)

	alice := n.env.Alice.Addr
	if _, err := n.aliceA.StartExitWithUpdate(ctx, &rec.State, rec.SigHub, rec.SigUser); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "Alice's exit on-chain", func() bool {
		on, err := n.hubA.Channel(ctx, n.env.Hub.Addr, alice)
		return err == nil && on.Status == chain.StatusDispute
	})
	n.hub.stop() // away for a moment
	if err := n.env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	if _, err := n.aliceA.EmptyChannel(ctx, n.env.Hub.Addr, alice); err != nil {
		t.Fatal(err)
	}
	proof, err := state.NewMerkleTree(threadLeaves(rec.Threads)).Proof(initial.State.StructHash())
	if err != nil {
		t.Fatal(err)
	}
	jam := signThreadIn(t, n, jamState(initial.State), n.env.Alice.Key)
	if _, err := n.aliceA.StartExitThreadWithUpdate(ctx, n.env.Hub.Addr, alice, &initial, proof, &jam); err != nil {
		t.Fatal(err)
	}
	restartChainNode(t, n, &n.hub, n.env.Hub.Key, n.hubA)
	hubWaits := waitsForThread(t, n.hub, initial.State.ThreadID)
	exit := func(ctx context.Context) (ExitReport, error) { return n.hub.eng.ExitChannel(ctx, alice) }
	d := driveThreadExit(t, n, alice, initial.State, []*atomic.Bool{hubWaits}, nil, exit)
	if d.WeiReceiver != paid {
		t.Fatalf("LOSS: Alice's thread settles with state %d, %s wei for the hub; it paid Bob %s wei for her state 40",
			d.TxCount, d.WeiReceiver.Dec(), paid.Dec())
	}
}

// waitHubRecord waits until the hub stored its record of thread key with state count, and returns it.
func waitHubRecord(t *testing.T, hub *testNode, key common.Hash, count uint64) state.ThreadRecord {
	t.Helper()
	var rec state.ThreadRecord
	waitFor(t, "the hub's record of the thread", func() bool {
		recs, err := hub.store.Threads(testCtx(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if r.Initial.State.Key() == key && r.Latest.State.TxCount == count {
				rec = r
				return true
			}
		}
		return false
	})
	return rec
}

// TestReview4SenderJamsTheReceiversThreadClaim (finding 1, receiver's loss, fixed): Alice pays Bob 0.12 ether
// through a thread. The hub exits Bob's channel and, as the thread's sending side there, starts the
// thread's dispute with the initial state while Bob is offline for a moment (or simply before his node's
// transaction lands). Alice challenges at once with her jam state (count 2^64-1, one wei for Bob); when
// Bob's node came back and followed the exit, his state 40 could not replace it: Bob, told he holds 0.12
// ether, got one wei, and a watchtower holding his state could not help either. Fixed as above. Safe
// outcome: the thread pays Bob his 0.12 ether.
func TestReview4SenderJamsTheReceiversThreadClaim(t *testing.T) {
	n := startChainNet(t, nil)
	ctx := testCtx(t)
	info := openChainThread(t, n, 40)
	paid := threadPaid(40)
	initial, _ := threadInitial(t, n, n.bob, info.Key)
	n.bob.stop()
	bob := n.env.Bob.Addr
	hubWaits := waitsForThread(t, n.hub, initial.State.ThreadID)
	var bobWaits atomic.Bool
	jam := signThreadIn(t, n, jamState(initial.State), n.env.Alice.Key)
	atWait := func() {
		if _, err := n.aliceA.ChallengeThread(ctx, &initial.State, &jam); err != nil {
			t.Errorf("Alice's jam: %v", err)
		}
		restartChainNode(t, n, &n.bob, n.env.Bob.Key, n.bA) // Bob is back and follows the exit
		w := waitsForThread(t, n.bob, initial.State.ThreadID)
		waitFor(t, "Bob's node to have its say", w.Load)
		bobWaits.Store(true)
	}
	exit := func(ctx context.Context) (ExitReport, error) { return n.hub.eng.ExitChannel(ctx, bob) }
	d := driveThreadExit(t, n, bob, initial.State, []*atomic.Bool{hubWaits}, atWait, exit)
	if !bobWaits.Load() {
		t.Fatal("Bob's node never followed the exit")
	}
	if d.WeiReceiver != paid {
		t.Fatalf("LOSS: Bob's thread settles with state %d, %s wei for Bob; he holds Alice's state 40 paying him %s wei",
			d.TxCount, d.WeiReceiver.Dec(), paid.Dec())
	}
}

// TestReview4HubBlindInTheSendersExit (finding 2, hub's loss, fixed): Alice pays Bob 0.12 ether through a
// thread; then she exits her channel on-chain, every node honest and online. Her node settles the thread
// in her channel with its initial state (the sending side puts the initial state); the hub, the
// receiving side there, held no later state. While a thread's dispute was per channel, Alice got her
// whole ether back and Bob, closing his side with the hub, was paid 0.12 ether the hub never got from
// Alice. Now the thread's record is shared by both channels: Bob's node follows the dispute started in
// Alice's channel and answers it with state 40, so the thread settles there by what Bob is paid, and the
// hub pays Bob off-chain exactly what it took in Alice's channel.
func TestReview4HubBlindInTheSendersExit(t *testing.T) {
	n := startChainNet(t, nil)
	info := openChainThread(t, n, 40)
	paid := threadPaid(40)
	initial, _ := threadInitial(t, n, n.alice, info.Key)
	alice := n.env.Alice.Addr
	waiters := []*atomic.Bool{waitsForThread(t, n.alice, initial.State.ThreadID), waitsForThread(t, n.hub, initial.State.ThreadID)}
	atWait := func() { waitRecordPays(t, n, &initial.State, paid) }
	d := driveThreadExit(t, n, alice, initial.State, waiters, atWait, n.alice.eng.Exit)
	if d.WeiReceiver != paid || d.TxCount != 40 {
		t.Fatalf("LOSS: Alice's thread settles with state %d, %s wei for the hub; Bob is paid %s wei by her state 40",
			d.TxCount, d.WeiReceiver.Dec(), paid.Dec())
	}
	bobClosesWith(t, n, info.Key, 40, paid)
}

// waitRecordPays waits (20 s at most) until the record of the thread of initial state initial pays the
// receiver want; it fails the test if the record pays it anything else then.
func waitRecordPays(t *testing.T, n *chainNet, initial *state.ThreadState, want uint256.Int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		d, err := n.hubA.Thread(testCtx(t), initial)
		if err != nil {
			t.Fatal(err)
		}
		if d.WeiReceiver == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the thread's record pays the receiver %s wei (state %d), want %s", d.WeiReceiver.Dec(), d.TxCount, want.Dec())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// bobClosesWith has Bob close the thread key with the hub (retrying for 20 s while the hub has not seen
// the record settle) and checks that it closed with count and that his channel balance grew by paid.
func bobClosesWith(t *testing.T, n *chainNet, key common.Hash, count uint64, paid uint256.Int) {
	t.Helper()
	ctx := testCtx(t)
	before, err := n.bob.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		got, err := n.bob.eng.CloseThread(ctx, n.env.Hub.Addr, key)
		if err == nil {
			if got != count {
				t.Fatalf("Bob closed his side with state %d, want %d", got, count)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Bob cannot close his side: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	after, err := n.bob.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	var gain uint256.Int
	gain.Sub(&after.State.WeiUser, &before.State.WeiUser)
	if gain != paid {
		t.Fatalf("Bob's close paid him %s wei, want %s", gain.Dec(), paid.Dec())
	}
}

// TestReview4ReceiverAnswersTheSendersExit: Bob's node is down when Alice exits her channel; it comes back
// within the thread's challenge period, finds (replaying the chain) the dispute of his thread started in
// Alice's channel, not his, and answers it with state 40. The thread settles there by it, and the hub
// then pays Bob his 0.12 ether off-chain: what it took from Alice.
func TestReview4ReceiverAnswersTheSendersExit(t *testing.T) {
	n := startChainNet(t, nil)
	info := openChainThread(t, n, 40)
	paid := threadPaid(40)
	initial, _ := threadInitial(t, n, n.alice, info.Key)
	alice := n.env.Alice.Addr
	n.bob.stop()
	waiters := []*atomic.Bool{waitsForThread(t, n.alice, initial.State.ThreadID), waitsForThread(t, n.hub, initial.State.ThreadID)}
	atWait := func() {
		if d, err := n.hubA.Thread(testCtx(t), &initial.State); err != nil || !d.WeiReceiver.IsZero() {
			t.Fatalf("the record before Bob is back: %+v (%v), want the initial state", d, err)
		}
		restartChainNode(t, n, &n.bob, n.env.Bob.Key, n.bA)
		waitRecordPays(t, n, &initial.State, paid)
	}
	d := driveThreadExit(t, n, alice, initial.State, waiters, atWait, n.alice.eng.Exit)
	if d.WeiReceiver != paid || d.TxCount != 40 {
		t.Fatalf("Alice's thread settles with state %d, %s wei for Bob; he holds state 40 paying him %s wei",
			d.TxCount, d.WeiReceiver.Dec(), paid.Dec())
	}
	bobClosesWith(t, n, info.Key, 40, paid)
}

// TestReview4CollusionAgainstTheHub (finding 2, the collusion): Alice pays Bob 0.12 ether through a thread;
// Bob stays offline on purpose while Alice exits her channel: the thread's record settles with the
// initial state, Alice takes her whole ether back and the hub nothing. Bob comes back afterwards. His
// off-chain close with state 40 is refused (the hub pays no more than the record settled with), and his
// claim in his own channel joins the same record, long over: his channel settles the thread with the
// initial state too, nothing for Bob, the hub's whole collateral back. The hub loses nothing.
func TestReview4CollusionAgainstTheHub(t *testing.T) {
	n := startChainNet(t, nil)
	ctx := testCtx(t)
	info := openChainThread(t, n, 40)
	initial, _ := threadInitial(t, n, n.alice, info.Key)
	alice, bob := n.env.Alice.Addr, n.env.Bob.Addr
	n.bob.stop()
	waiters := []*atomic.Bool{waitsForThread(t, n.alice, initial.State.ThreadID), waitsForThread(t, n.hub, initial.State.ThreadID)}
	d := driveThreadExit(t, n, alice, initial.State, waiters, nil, n.alice.eng.Exit)
	if !d.WeiReceiver.IsZero() || d.TxCount != 0 {
		t.Fatalf("with Bob away the record holds state %d paying him %s wei, want the initial state", d.TxCount, d.WeiReceiver.Dec())
	}
	waitFor(t, "the hub to empty the thread in Alice's channel", func() bool {
		m, err := n.hubA.ThreadMark(ctx, n.env.Hub.Addr, alice, &initial.State)
		return err == nil && m == chain.ThreadMarkEmptied
	})
	restartChainNode(t, n, &n.bob, n.env.Bob.Key, n.bA)
	before, err := n.bob.eng.Latest(ctx, n.env.Hub.Addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.bob.eng.CloseThread(ctx, n.env.Hub.Addr, info.Key); err == nil {
		t.Fatal("LOSS: the hub closed Bob's side with state 40 after the thread settled with the initial state")
	}
	if after, err := n.bob.eng.Latest(ctx, n.env.Hub.Addr); err != nil || after.State.WeiUser != before.State.WeiUser {
		t.Fatalf("Bob's balance moved after a refused close: %s -> %s wei (%v)", before.State.WeiUser.Dec(), after.State.WeiUser.Dec(), err)
	}
	rep := exitThrough(t, n, bob, initial.State, 0, n.bob.eng.Exit)
	// The hub follows Bob's exit and may empty the thread in his channel first (then Bob's exit finds
	// it settled and reports nothing); either way the record it settles by is the initial state.
	if len(rep.Threads) > 1 || len(rep.Threads) == 1 && (!rep.Threads[0].WeiReceiver.IsZero() || rep.Threads[0].TxCount != 0 ||
		rep.Threads[0].WeiSender != initial.State.WeiSender) {
		t.Fatalf("Bob's channel settled the thread with %+v, want the record's initial state", rep.Threads)
	}
	if rec, err := n.hubA.Thread(ctx, &initial.State); err != nil || !rec.WeiReceiver.IsZero() || rec.TxCount != 0 {
		t.Fatalf("the thread's record: %+v (%v), want the initial state", rec, err)
	}
	if m, err := n.hubA.ThreadMark(ctx, n.env.Hub.Addr, bob, &initial.State); err != nil || m != chain.ThreadMarkEmptied {
		t.Fatalf("Bob's channel's mark for the thread: %s (%v), want emptied", m, err)
	}
}

// TestReview4StrangerThreadMakesTheHubCollateralize (finding 4, hub's gas and reserve, fixed): the hub's
// thread policy (canBackThread) runs before protocol.Accept and, when the receiver's channel lacks the
// hub balance to back a thread, tops it up on-chain. A fresh key with no deposit, no channel and no
// balance proposes an OpenThread of 0.9 ether to Bob (which S1 would refuse): the hub collateralizes
// Bob's channel to the ceiling. The same hole closed for locks (TestReviewStrangerTriggersCollateral).
// Safe outcome: a proposal that fails S1 or S3 makes the hub spend nothing.
func TestReview4StrangerThreadMakesTheHubCollateralize(t *testing.T) {
	tenth := func(n uint64) uint256.Int { return *uint256.NewInt(n * 1e17) }
	policy := &CollateralPolicy{Floor: [2]uint256.Int{tenth(2)}, Ceiling: [2]uint256.Int{tenth(10)}}
	n := startChainNet(t, policy)
	ctx := testCtx(t)
	n.fund(t, 100, 10)
	bob := n.bob.eng.Address()
	floor := tenth(2)
	hubIn := func() state.Record {
		r, err := n.hub.eng.Latest(ctx, bob)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	waitFor(t, "Bob's channel at the floor", func() bool {
		r := hubIn()
		return r.State.WeiHub.Eq(&floor) && r.State.Pending.IsZero()
	})
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	m := newMalloryUser(t, key, n.hub, newClock())
	th := signThreadIn(t, n, state.ThreadState{Hub: n.env.Hub.Addr, Sender: m.addr, Receiver: bob, ThreadID: 1,
		WeiSender: tenth(9)}, key)
	ans := m.forge(nil, protocol.OpenThread{Thread: th})
	t.Logf("the stranger's unfunded thread was answered with %+v", ans)
	time.Sleep(5 * time.Second)
	if r := hubIn(); !r.State.WeiHub.Eq(&floor) || !r.State.Pending.IsZero() {
		t.Fatalf("a stranger with no balance made the hub collateralize Bob's channel: hub balance %s wei (floor %s), pending %v",
			r.State.WeiHub.Dec(), floor.Dec(), !r.State.Pending.IsZero())
	}
	// Alice, a user with a deposit, asks for the same thread: the hub collateralizes Bob's channel for it.
	if err := n.alice.host.Connect(ctx, n.bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_, err = n.alice.eng.OpenThread(short, ThreadOpen{Hub: n.env.Hub.Addr, Receiver: bob, ReceiverPeer: n.bob.host.ID(), Wei: tenth(9)})
	t.Logf("Alice's thread beyond the hub's balance in Bob's channel: %v", err)
	nine := tenth(9)
	deadline := time.Now().Add(30 * time.Second)
	for r := hubIn(); r.State.WeiHub.Lt(&nine) || !r.State.Pending.IsZero(); r = hubIn() {
		if time.Now().After(deadline) {
			t.Fatalf("Alice's thread did not make the hub collateralize Bob's channel: hub balance %s wei", r.State.WeiHub.Dec())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// skipFinding skips a test that shows a finding not fixed yet (reason says which and why), unless
// SPOKE_REVIEW4_FINDINGS is set: then it runs, and fails while the finding stands.
func skipFinding(t *testing.T, reason string) {
	t.Helper()
	if os.Getenv("SPOKE_REVIEW4_FINDINGS") == "" {
		t.Skip(reason)
	}
}
