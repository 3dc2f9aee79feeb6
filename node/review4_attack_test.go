package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// Review 4 (threads, issue 11), off-chain: each rule by which a node accepts a thread update or a thread
// message, attacked by a malicious hub, sender or receiver (the Mallory harness, mallory_harness_test.go)
// against real engines over libp2p with SQLite stores. The on-chain attacks are in review4_chain_test.go.

func isOpenThread(u protocol.Update) bool  { _, ok := u.(protocol.OpenThread); return ok }
func isCloseThread(u protocol.Update) bool { _, ok := u.(protocol.CloseThread); return ok }

// proposeAll is propose for batches that may open or close threads (propose keeps no thread set): she
// applies the updates with the test domain, and keeps the channel with its threads once countersigned.
func (m *mallory) proposeAll(updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	m.mu.Lock()
	ctx := m.context()
	ctx.Domain = domain
	s, next, err := protocol.ApplyAll(m.ch, ctx, updates...)
	m.mu.Unlock()
	if err != nil {
		m.t.Fatalf("mallory cannot even build her proposal: %v", err)
	}
	p := protocol.Propose{Updates: updates, Proposal: state.SignedState{State: s}}
	m.sign(&p.Proposal)
	req, err := protocol.MarshalMessage(p)
	if err != nil {
		m.t.Fatal(err)
	}
	ans := m.send(req)
	if c, ok := ans.(protocol.Countersign); ok {
		next.Latest = p.Proposal
		if m.isHub {
			next.Latest.SigUser = c.Sig
		} else {
			next.Latest.SigHub = c.Sig
		}
		if err := next.Latest.Verify(domain); err != nil {
			m.t.Fatalf("countersignature: %v", err)
		}
		m.mu.Lock()
		m.ch = next
		m.mu.Unlock()
	}
	return ans
}

// signTestThread signs s with key in the test domain.
func signTestThread(t testing.TB, s state.ThreadState, key *ecdsa.PrivateKey) state.SignedThread {
	t.Helper()
	sig, err := state.Sign(domain.ThreadDigest(&s), key)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedThread{State: s, Sig: sig[:]}
}

// paid is s with wei more for the receiver, at count.
func paid(s state.ThreadState, count, wei uint64) state.ThreadState {
	s.TxCount = count
	s.WeiSender.SubUint64(&s.WeiSender, wei)
	s.WeiReceiver.AddUint64(&s.WeiReceiver, wei)
	return s
}

// sendThreadMsg sends a thread message from host (the thread's sender) to node and returns the count
// its answer acknowledges, or the node's error.
func sendThreadMsg(t testing.TB, from *p2p.Host, to *testNode, msg protocol.ThreadMessage) (uint64, error) {
	t.Helper()
	if err := from.Connect(testCtx(t), to.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	req, err := protocol.MarshalThreadMessage(msg)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := from.Request(testCtx(t), to.host.ID(), ThreadProtocol, req)
	if err != nil {
		return 0, err
	}
	ans, err := protocol.UnmarshalThreadMessage(resp)
	if err != nil {
		t.Fatal(err)
	}
	return ans.(protocol.ThreadAck).TxCount, nil
}

// TestReview4RefusedThreadOpenKeepsTheSendersSide (finding 5, hub's loss, fixed): Alice opens a thread
// of 1,000 wei to Mallory. Mallory refuses the hub's OpenThread in her channel, and the hub at once closes
// Alice's side with the initial state (her 1,000 wei back). But the refused proposal carries the hub's
// signature: Mallory can still countersign it and put it on-chain (its nonce is above the hub's latest,
// ADR 12), and then the thread is in her channel, funded by the hub, with no sender's side left to pay
// for it; with a state Alice signs (she colludes, or she had paid Mallory before the refusal: Mallory
// answers Alice's ThreadReady herself, so Alice may pay as soon as her side is open), Mallory takes up
// to 1,000 wei of the hub's in her thread's dispute. A restart made it worse: resumeThreads did not see
// refused proposals and undid the thread too. Safe outcome (as for a refused forward, §3.0): the hub
// keeps Alice's side until Mallory's channel has moved past the refused proposal, across a restart, and
// gives Alice her funds back then.
func TestReview4RefusedThreadOpenKeepsTheSendersSide(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	alice := usersOf(t, hub, dir, addr)[0]
	m := newMalloryUser(t, devchain.DevKey(7), hub.testNode, newClock())
	if _, ok := m.proposeAll(protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	m.setAnswer(refuseAll)
	me := alice.eng.Address()
	before := stored(t, hub.testNode, hubAddr, me)
	go func() {
		_, _ = alice.eng.OpenThread(testCtx(t), ThreadOpen{Hub: hubAddr, Receiver: m.addr, ReceiverPeer: m.host.ID(),
			Wei: *uint256.NewInt(1000)})
	}()
	waitFor(t, "the hub's OpenThread to Mallory", func() bool { return m.proposed(isOpenThread) })
	held := func(n *testNode) bool { return len(stored(t, n, hubAddr, me).Threads) == 1 }
	time.Sleep(500 * time.Millisecond) // the undo would be proposed at once
	if !held(hub.testNode) {
		t.Fatal("LOSS: the hub gave Alice her side of the thread back while its refused OpenThread to Mallory still binds it")
	}
	hub.stop()
	restarted := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	if err := m.host.Connect(testCtx(t), restarted.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	m.peer = restarted.host.ID()
	time.Sleep(500 * time.Millisecond) // resumeThreads would undo at once
	if !held(restarted.testNode) {
		t.Fatal("LOSS: the restarted hub gave Alice her side back while its refused OpenThread to Mallory still binds it")
	}
	// Mallory's channel moves past the refused proposal: now nothing binds the hub, and Alice is refunded.
	m.setAnswer(m.countersign)
	for range 2 {
		if ans, ok := m.proposeUntilAnswered(nil, protocol.Transfer{Wei: *uint256.NewInt(1)}).(protocol.Countersign); !ok {
			t.Fatalf("her transfer answered with %+v", ans)
		}
	}
	waitFor(t, "Alice's funds back", func() bool {
		r := stored(t, restarted.testNode, hubAddr, me)
		return len(r.Threads) == 0 && r.State.WeiUser == before.State.WeiUser
	})
	if got := stored(t, restarted.testNode, hubAddr, m.addr); got.State.ThreadCount != 0 {
		t.Fatalf("Mallory's channel holds %d threads", got.State.ThreadCount)
	}
}

// TestReview4HubCannotTakeAThreadsFunds (held): Mallory, a hub, against her honest user. As the sender
// of a thread, the user opens it and Mallory countersigns; Mallory cannot close the user's side with a
// state the user never signed, nor open another thread with the user's funds by replaying its signed
// initial state once that thread is undone. As the receiver of a thread Mallory backs, the user is paid
// three states by the thread's sender; Mallory cannot close the user's side, neither with the initial
// state nor with the latest: only the receiver closes its side. Each refusal leaves the user's stored
// state as it was.
func TestReview4HubCannotTakeAThreadsFunds(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	carolKey := devchain.DevKey(8)
	carol := newHost(t, carolKey)
	carolAddr := carol.Address()
	short, cancel := context.WithTimeout(testCtx(t), time.Second)
	defer cancel()
	sent, err := user.eng.OpenThread(short, ThreadOpen{Hub: m.addr, Receiver: carolAddr, Wei: *uint256.NewInt(1000)})
	if sent.Key == (common.Hash{}) || len(stored(t, user, m.addr, userAddr).Threads) != 1 {
		t.Fatalf("the user's thread did not open in its channel: %v", err)
	}
	initial := stored(t, user, m.addr, userAddr).Threads[0]
	refused := func(want error, u protocol.Update) {
		t.Helper()
		before := stored(t, user, m.addr, userAddr)
		wantRefused(t, m.forge(nil, u), want)
		if after := stored(t, user, m.addr, userAddr); after.State != before.State {
			t.Fatalf("a refused %T changed the user's state", u)
		}
	}
	forged := paid(initial.State, 1, 1000) // all of it to Mallory, the receiving side of the user's thread
	refused(protocol.ErrThreadSigner, protocol.CloseThread{Final: signTestThread(t, forged, m.key)})
	// The undo (the initial state) gives the user its funds back: allowed, as for a receiver's side that
	// never opened. Mallory then replays the user's initial state to lock the user's funds again.
	if _, ok := m.proposeAll(protocol.CloseThread{Final: initial}).(protocol.Countersign); !ok {
		t.Fatal("the user refused the undo of its thread")
	}
	refused(ErrNotAuthorized, protocol.OpenThread{Thread: initial})

	// The user receives a thread from Carol that Mallory backs in its channel.
	th := signTestThread(t, state.ThreadState{Hub: m.addr, Sender: carolAddr, Receiver: userAddr, ThreadID: 7,
		WeiSender: *uint256.NewInt(900)}, carolKey)
	if ans, ok := m.proposeAll(protocol.OpenThread{Thread: th}).(protocol.Countersign); !ok {
		t.Fatalf("the user refused a thread Mallory backs: %+v", ans)
	}
	var latest state.SignedThread
	for i := range 3 {
		latest = signTestThread(t, paid(th.State, uint64(i+1), uint64(100*(i+1))), carolKey)
		waitFor(t, "the user's thread open", func() bool {
			_, err := sendThreadMsg(t, carol, user, protocol.ThreadPay{State: latest})
			return err == nil
		})
	}
	refused(ErrNotAuthorized, protocol.CloseThread{Final: th})
	refused(ErrNotAuthorized, protocol.CloseThread{Final: latest})
	if got := threadOf(t, user, th.State.Key()); got.Latest.WeiReceiver.Uint64() != 300 || got.Status != state.ThreadOpen {
		t.Fatalf("the user's thread after Mallory's tries: %s received, %s", got.Latest.WeiReceiver.Dec(), got.Status)
	}
}

// TestReview4ThreadSenderAndReceiverCannotDrainTheHub (held): Mallory2 sends threads to Mallory, both
// users of an honest hub, colluding. Mallory2 cannot close her own side (only the receiving side does);
// Mallory cannot close a thread twice; they reuse a thread id (the same signed initial state, opened again
// once closed) and Mallory closes the reopened thread with the old state. Whatever they do, the hub's
// balances across both channels end where they began: it never pays the receiver more than it takes from
// the sender.
func TestReview4ThreadSenderAndReceiverCannotDrainTheHub(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	m2 := newMalloryUser(t, devchain.DevKey(8), n.hub, clock)
	for _, x := range []*mallory{m, m2} {
		if _, ok := x.proposeAll(protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
			t.Fatal("a credit was refused")
		}
	}
	hubHas := func() uint64 {
		var sum uint64
		for _, x := range []*mallory{m, m2} {
			s := stored(t, n.hub, hubAddr, x.addr).State
			sum += s.WeiHub.Uint64()
		}
		return sum
	}
	begin := hubHas()
	th := signTestThread(t, state.ThreadState{Hub: hubAddr, Sender: m2.addr, Receiver: m.addr, ThreadID: 1,
		WeiSender: *uint256.NewInt(10_000)}, m2.key)
	threadsOf := func(x *mallory) int { return len(stored(t, n.hub, hubAddr, x.addr).Threads) }
	open := func() {
		t.Helper()
		if ans, ok := m2.proposeAll(protocol.OpenThread{Thread: th}).(protocol.Countersign); !ok {
			t.Fatalf("Mallory2's thread answered with %+v", ans)
		}
		waitFor(t, "the receiver's side", func() bool { return threadsOf(m) == 1 })
	}
	closeWith := func(s state.SignedThread) {
		t.Helper()
		if ans, ok := m.proposeAll(protocol.CloseThread{Final: s}).(protocol.Countersign); !ok {
			t.Fatalf("Mallory's close answered with %+v", ans)
		}
		waitFor(t, "the sender's side closed", func() bool { return threadsOf(m2) == 0 })
	}
	open()
	wantRefused(t, m2.forge(nil, protocol.CloseThread{Final: th}), ErrNotAuthorized)
	old := signTestThread(t, paid(th.State, 5, 4000), m2.key)
	closeWith(old)
	wantRefused(t, m.forge(nil, protocol.CloseThread{Final: old}), protocol.ErrUnknownThread)
	open() // the same thread id, the same initial state
	closeWith(old)
	open()
	closeWith(signTestThread(t, paid(th.State, 2, 1000), m2.key)) // an older state than the first close's
	dep := deposited[0]
	if s := stored(t, n.hub, hubAddr, m.addr).State; s.WeiUser.Uint64() != dep.Uint64()-200_000+9000 {
		t.Fatalf("Mallory holds %s wei; her three closes paid her 9,000", s.WeiUser.Dec())
	}
	if end := hubHas(); end != begin {
		t.Fatalf("LOSS: the hub held %d wei in the two channels, now %d", begin, end)
	}
}

// malloryThreadTo is Mallory, a funded user of n's hub, with a thread of wei to n's first user opened
// (both sides), and its signed initial state.
func malloryThreadTo(t *testing.T, n hubNet, clock *testClock, wei uint64) (*mallory, state.SignedThread) {
	t.Helper()
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.proposeAll(protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	bob := n.users[0]
	th := signTestThread(t, state.ThreadState{Hub: hubAddr, Sender: m.addr, Receiver: bob.eng.Address(), ThreadID: 1,
		WeiSender: *uint256.NewInt(wei)}, m.key)
	if ans, ok := m.proposeAll(protocol.OpenThread{Thread: th}).(protocol.Countersign); !ok {
		t.Fatalf("Mallory's thread answered with %+v", ans)
	}
	waitFor(t, "Bob's side of the thread", func() bool { return len(stored(t, bob, hubAddr, bob.eng.Address()).Threads) == 1 })
	return m, th
}

// TestReview4ReceiverRefusesStatesThatPayNothing (finding 7, receiver's disk and CPU, fixed): Mallory
// sends Bob thread states that count higher but pay him nothing more. Bob's node checked the signature,
// committed each to its store (one fsync each) and published a "received" event of 0 wei, for as many as
// the transport lets through (2,000 a second per peer); counts can also be spent up to 2^64-1 this way.
// An honest sender never sends one (PayThread refuses zero payments). Safe outcome: Bob refuses a state
// that pays him nothing more, stores nothing and reports nothing.
func TestReview4ReceiverRefusesStatesThatPayNothing(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m, th := malloryThreadTo(t, n, clock, 1000)
	events := bob.eng.Subscribe(testCtx(t))
	one := signTestThread(t, paid(th.State, 1, 10), m.key)
	if count, err := sendThreadMsg(t, m.host, bob, protocol.ThreadPay{State: one}); err != nil || count != 1 {
		t.Fatalf("a payment of 10 wei: ack %d, %v", count, err)
	}
	for i := range 20 {
		s := one.State
		s.TxCount = uint64(2 + i)
		if _, err := sendThreadMsg(t, m.host, bob, protocol.ThreadPay{State: signTestThread(t, s, m.key)}); err == nil {
			t.Fatalf("Bob acknowledged state %d, which pays him nothing more", s.TxCount)
		}
	}
	if got := threadOf(t, bob, th.State.Key()); got.TxCount != 1 {
		t.Fatalf("Bob stored state %d", got.TxCount)
	}
	for {
		select {
		case ev := <-events:
			if ev.Kind == EventThreadReceived && ev.Wei.IsZero() && ev.Token.IsZero() {
				t.Fatalf("Bob reported a thread payment of nothing (state %d)", ev.Count)
			}
			continue
		case <-time.After(100 * time.Millisecond):
		}
		break
	}
}

// TestReview4DustThreadsFillTheReceiversChannel (finding 6, receiver's and hub's service, gas, fixed):
// Mallory opened 256 threads of 1 wei each to Bob, in one proposal: the hub backed each in Bob's channel,
// which then held state.MaxThreads threads. No other user could open a thread to Bob any more (Alice's was
// refused), Bob could not refuse any of them (a receiver took every thread its hub backed) and could not
// close them but one by one, and if his channel went on-chain, both Bob's node and the hub's would start
// and empty a dispute for each (512 transactions each) to settle 256 wei. Safe outcome: the hub backs no
// thread below its minimum (T5) and no more than a quarter of a receiver's thread slots for one sender
// (T6); refused opens change nothing, and Alice's opens.
func TestReview4DustThreadsFillTheReceiversChannel(t *testing.T) {
	clock := newClock()
	policy := ThreadPolicy{Min: [2]uint256.Int{*uint256.NewInt(1000)}} // SenderSlots: the default quarter
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now; c.Threads = &policy }, 500_000, 500_000)
	bob, alice := n.users[0], n.users[1]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.proposeAll(protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	opens := func(first, count int, wei uint64) []protocol.Update {
		var us []protocol.Update
		for i := range count {
			us = append(us, protocol.OpenThread{Thread: signTestThread(t, state.ThreadState{Hub: hubAddr, Sender: m.addr,
				Receiver: bob.eng.Address(), ThreadID: uint64(first + i + 1), WeiSender: *uint256.NewInt(wei)}, m.key)})
		}
		return us
	}
	bobHolds := func() int { return len(stored(t, n.hub, hubAddr, bob.eng.Address()).Threads) }
	before, bobBefore := stored(t, n.hub, hubAddr, m.addr), stored(t, n.hub, hubAddr, bob.eng.Address())
	wantRefused(t, m.proposeAll(opens(0, state.MaxThreads, 1)...), ErrThreadTooSmall)
	wantRefused(t, m.proposeAll(opens(0, state.MaxThreads, 1000)...), ErrThreadSenderShare)
	time.Sleep(200 * time.Millisecond) // a receiver's side would be proposed at once
	if stored(t, n.hub, hubAddr, m.addr).State != before.State || stored(t, n.hub, hubAddr, bob.eng.Address()).State != bobBefore.State {
		t.Fatal("refused opens changed Mallory's or Bob's channel")
	}
	share := state.MaxThreads / 4
	if ans, ok := m.proposeAll(opens(0, share, 1000)...).(protocol.Countersign); !ok {
		t.Fatalf("Mallory's share of Bob's slots answered with %+v", ans)
	}
	waitFor(t, "Bob's sides of Mallory's threads", func() bool { return bobHolds() == share })
	wantRefused(t, m.proposeAll(opens(share, 1, 1000)...), ErrThreadSenderShare)
	if err := alice.host.Connect(testCtx(t), bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(testCtx(t), 5*time.Second)
	defer cancel()
	if _, err := alice.eng.OpenThread(short, ThreadOpen{Hub: hubAddr, Receiver: bob.eng.Address(), ReceiverPeer: bob.host.ID(),
		Wei: *uint256.NewInt(1000)}); err != nil {
		t.Fatalf("DENIAL: Alice cannot open a thread to Bob next to Mallory's: %v", err)
	}
	waitFor(t, "Bob's side of Alice's thread", func() bool { return bobHolds() == share+1 })
}

// TestReview4HubCrashWhileOpeningAThread (held): the hub crashes while it opens a thread from Alice to
// Bob (before a turn's commit, after it, or before its messages go out; at each of the two turns after
// Alice asks), then restarts from its store. resumeThreads must not undo a thread whose receiver's side
// is open or still proposed (Bob would hold a thread the hub backs with nobody paying for it), nor leave
// Alice's side open without Bob's. The hub commits twice on the way (Alice's side with its proposal to
// Bob, then Bob's countersignature). Whatever the point, the two sides end paired: both channels hold the
// thread, or neither does and Alice has her funds back.
func TestReview4HubCrashWhileOpeningAThread(t *testing.T) {
	for _, point := range []CrashPoint{CrashBeforeCommit, CrashAfterCommit, CrashBeforeSends} {
		for k := int64(1); k <= 2; k++ {
			t.Run(fmt.Sprintf("%d-%d", point, k), func(t *testing.T) { hubCrashOpeningThread(t, point, k) })
		}
	}
}

func hubCrashOpeningThread(t *testing.T, point CrashPoint, k int64) {
	dir, addr := t.TempDir(), freeAddr(t)
	var armed atomic.Bool
	var hits atomic.Int64
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, func(p CrashPoint) bool {
		return armed.Load() && p == point && hits.Add(1) == k
	})
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	if err := alice.host.Connect(testCtx(t), bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	before := stored(t, alice, hubAddr, alice.eng.Address()).State
	armed.Store(true)
	go func() {
		_, _ = alice.eng.OpenThread(testCtx(t), ThreadOpen{Hub: hubAddr, Receiver: bob.eng.Address(), ReceiverPeer: bob.host.ID(),
			Wei: *uint256.NewInt(1000)})
	}()
	select {
	case err := <-hub.errc:
		if !errors.Is(err, errCrashed) {
			t.Fatalf("hub stopped with %v, want the crash", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the hub never reached crash point %d a %d-th time (%d hits)", point, k, hits.Load())
	}
	hub.stop()
	restarted := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	net := hubNet{hub: restarted.testNode, users: users}
	outcome := func() string {
		a, b := net.channelOf(t, alice), net.channelOf(t, bob)
		switch {
		case a.State.ThreadCount != b.State.ThreadCount:
			return fmt.Sprintf("UNPAIRED: Alice's channel holds %d threads (%s wei hers), Bob's %d", a.State.ThreadCount,
				a.State.WeiUser.Dec(), b.State.ThreadCount)
		case a.State.ThreadCount == 1 && a.State.WeiUser.Uint64() == before.WeiUser.Uint64()-1000:
			return "open on both sides"
		case a.State.ThreadCount == 0 && a.State.WeiUser == before.WeiUser:
			return "undone, Alice's funds back"
		}
		return fmt.Sprintf("Alice's channel holds %d threads and %s wei of hers (%s before)", a.State.ThreadCount,
			a.State.WeiUser.Dec(), before.WeiUser.Dec())
	}
	paired := func(o string) bool { return o == "open on both sides" || o == "undone, Alice's funds back" }
	deadline := time.Now().Add(15 * time.Second)
	for {
		if o := outcome(); paired(o) {
			time.Sleep(time.Second) // and it stays so
			if o = outcome(); !paired(o) {
				t.Fatalf("after the hub's restart: %s", o)
			}
			t.Logf("after the hub's restart: %s", o)
			return
		} else if time.Now().After(deadline) {
			t.Fatalf("after the hub's restart: %s", o)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReview4ReusedThreadIDStaysClosable (finding 8, hub's collateral frozen, fixed): Mallory opens a
// thread of 1,000 wei to Bob, pays him 100 and he closes it. She opens another thread with the same id
// (so the same key) and 5,000 wei; the hub backs it in Bob's channel. Bob's node kept its book entry of
// the first thread (its initial state, its latest, closing): it refuses every payment on the new thread,
// and its close proposes the first thread's final state, which the new thread's totals refuse. Neither
// Bob nor the hub (only the receiver closes its side) can close it off-chain: the hub's 5,000 wei stay
// locked in Bob's channel, and a thread slot taken, until his channel goes on-chain. Safe outcome: Bob's
// node treats a new thread under an old key as new, and closes it.
func TestReview4ReusedThreadIDStaysClosable(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m, first := malloryThreadTo(t, n, clock, 1000)
	s1 := signTestThread(t, paid(first.State, 1, 100), m.key)
	if _, err := sendThreadMsg(t, m.host, bob, protocol.ThreadPay{State: s1}); err != nil {
		t.Fatal(err)
	}
	if _, err := bob.eng.CloseThread(testCtx(t), hubAddr, first.State.Key()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the first thread closed on both sides", func() bool {
		return len(stored(t, n.hub, hubAddr, m.addr).Threads) == 0 && len(stored(t, bob, hubAddr, bob.eng.Address()).Threads) == 0
	})
	second := first.State
	second.WeiSender = *uint256.NewInt(5000)
	reused := signTestThread(t, second, m.key)
	if ans, ok := m.proposeAll(protocol.OpenThread{Thread: reused}).(protocol.Countersign); !ok {
		t.Fatalf("Mallory's second thread answered with %+v", ans)
	}
	waitFor(t, "Bob's side of the second thread", func() bool { return len(stored(t, bob, hubAddr, bob.eng.Address()).Threads) == 1 })
	if _, err := sendThreadMsg(t, m.host, bob, protocol.ThreadPay{State: signTestThread(t, paid(second, 1, 200), m.key)}); err != nil {
		t.Errorf("Bob refuses a payment on the second thread: %v", err)
	}
	if _, err := bob.eng.CloseThread(testCtx(t), hubAddr, reused.State.Key()); err != nil {
		t.Fatalf("FROZEN: Bob cannot close the second thread: %v", err)
	}
	waitFor(t, "the second thread closed on both sides", func() bool {
		return len(stored(t, n.hub, hubAddr, m.addr).Threads) == 0 && len(stored(t, bob, hubAddr, bob.eng.Address()).Threads) == 0
	})
}

// TestReview4PaymentReportedFailedIsNotPaid (finding 9, sender's loss, fixed): Mallory receives a thread
// from Alice. She stores Alice's first state (100 wei) and answers it with an error; Alice's PayThread
// reports the payment failed ("not acknowledged"). But the state is signed and sent, Mallory holds it,
// and Alice's next state builds on it: when Alice's application pays the 100 wei again, Mallory holds
// 200. Safe outcome: a payment PayThread reports failed is not paid; one that may be (its state went
// out) is reported as such (ErrThreadUnacknowledged), so the caller does not pay it again.
func TestReview4PaymentReportedFailedIsNotPaid(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	alice := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.proposeAll(protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	var holds atomic.Pointer[state.SignedThread]
	var pays atomic.Int64
	m.host.Handle(ThreadProtocol, func(_ context.Context, _ common.Address, req []byte) ([]byte, error) {
		msg, err := protocol.UnmarshalThreadMessage(req)
		if err != nil {
			return nil, err
		}
		var count uint64
		if p, ok := msg.(protocol.ThreadPay); ok {
			holds.Store(&p.State)
			count = p.State.State.TxCount
			if pays.Add(1) == 1 {
				return nil, errors.New("mallory: not now")
			}
		}
		return protocol.MarshalThreadMessage(protocol.ThreadAck{TxCount: count})
	})
	if err := alice.host.Connect(testCtx(t), m.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	info, err := alice.eng.OpenThread(testCtx(t), ThreadOpen{Hub: hubAddr, Receiver: m.addr, ReceiverPeer: m.host.ID(),
		Wei: *uint256.NewInt(1000)})
	if err != nil {
		t.Fatal(err)
	}
	var told uint64 // what Alice was told she paid, or may have
	for range 2 {
		_, err := alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(100), uint256.Int{})
		switch {
		case err == nil || errors.Is(err, ErrThreadUnacknowledged):
			told += 100
		default:
			t.Logf("Alice's payment reported failed: %v", err)
		}
	}
	if got := holds.Load().State.WeiReceiver.Uint64(); got != told {
		t.Fatalf("LOSS: Mallory holds Alice's state paying her %d wei; Alice was told she paid %d", got, told)
	}
}

// TestReview4ReopenedInitialStateRefused (rule T8): a thread is one dispute record on-chain, keyed by its
// initial state (ADR 0013). Mallory opens a thread of 1,000 wei to Bob, pays him 100, and he closes it;
// then she proposes the very same signed initial state again. Were Bob to take it, payments he received
// through it would, on-chain, settle by the old thread's record (100 wei), whatever she paid. Bob's node
// refuses the hub's OpenThread; his channel holds no thread and does not move (the hub keeps Mallory's
// side while its refused proposal binds it, as for any refused open).
func TestReview4ReopenedInitialStateRefused(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m, first := malloryThreadTo(t, n, clock, 1000)
	if _, err := sendThreadMsg(t, m.host, bob, protocol.ThreadPay{State: signTestThread(t, paid(first.State, 1, 100), m.key)}); err != nil {
		t.Fatal(err)
	}
	if _, err := bob.eng.CloseThread(testCtx(t), hubAddr, first.State.Key()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the first thread closed on both sides", func() bool {
		return len(stored(t, n.hub, hubAddr, m.addr).Threads) == 0 && len(stored(t, bob, hubAddr, bob.eng.Address()).Threads) == 0
	})
	bobBefore := stored(t, bob, hubAddr, bob.eng.Address()).State
	if ans, ok := m.proposeAll(protocol.OpenThread{Thread: first}).(protocol.Countersign); !ok {
		t.Fatalf("Mallory's reopened thread answered with %+v", ans) // the hub takes her side; Bob decides his
	}
	time.Sleep(300 * time.Millisecond) // the hub proposes the thread in Bob's channel; Bob answers
	after := stored(t, bob, hubAddr, bob.eng.Address())
	if len(after.Threads) != 0 {
		t.Fatalf("Bob's channel took a thread reopened with an old initial state: %+v", after.Threads)
	}
	if after.State.WeiUser != bobBefore.WeiUser || after.State.WeiHub != bobBefore.WeiHub {
		t.Fatalf("Bob's channel moved: %s/%s wei -> %s/%s", bobBefore.WeiUser.Dec(), bobBefore.WeiHub.Dec(),
			after.State.WeiUser.Dec(), after.State.WeiHub.Dec())
	}
}
