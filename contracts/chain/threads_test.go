package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// threadChannel is Alice's channel (she deposited 5 ether and 500 tokens, the hub 3 ether) with two
// threads she sends on, t1 to Bob (1 ether, 100 tokens) and t2 to Carol (0.5 ether), opened by the
// double-signed state s whose balances leave the threads' funds outside them (Alice 3.5 ether and 400
// tokens, the hub 3 ether). Two threads make each merkle proof one sibling long, not empty.
type threadChannel struct {
	e      *chaintest.Env
	t1, t2 state.SignedThread // initial states, signed by Alice
	tree   *state.MerkleTree
	s      state.ChannelState
}

func newThreadChannel(t *testing.T, e *chaintest.Env) *threadChannel {
	t.Helper()
	hubReserve(t, e)
	s1 := firstState(e, e.Alice)
	s1.TokenUser, s1.Pending.DepositTokenUser = u(500), u(500)
	sigHub, _ := e.Sign(&s1, e.Hub)
	do(t, e, e.Alice, ether(5), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, contracts.ChannelState(&s1), sigHub)
	})
	f := &threadChannel{e: e,
		t1: aliceSigns(e, state.ThreadState{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Bob.Addr,
			ThreadID: 1, WeiSender: u(1e18), TokenSender: u(100)}),
		t2: aliceSigns(e, state.ThreadState{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Carol.Addr,
			ThreadID: 2, WeiSender: u(5e17)}),
	}
	f.tree = state.NewMerkleTree([]common.Hash{f.t1.State.StructHash(), f.t2.State.StructHash()})
	f.s = s1
	f.s.TxCountGlobal++
	f.s.Pending, f.s.Timeout = state.Pending{}, 0
	f.s.WeiUser, f.s.TokenUser = u(35e17), u(400)
	f.s.ThreadRoot, f.s.ThreadCount = state.ThreadRoot(state.Initials([]state.SignedThread{f.t1, f.t2})), 2
	return f
}

// aliceSigns is ts signed by Alice, the sender of the test's threads.
func aliceSigns(e *chaintest.Env, ts state.ThreadState) state.SignedThread {
	return state.SignedThread{State: ts, Sig: e.SignThread(&ts, e.Alice)}
}

// later is t1's state of nonce n in which Alice has paid Bob tenths tenths of it (0.1 ether and 10
// tokens each), signed by Alice.
func (f *threadChannel) later(n, tenths uint64) state.SignedThread {
	ts := f.t1.State
	ts.TxCount = n
	ts.WeiSender, ts.WeiReceiver = u(1e18-tenths*1e17), u(tenths*1e17)
	ts.TokenSender, ts.TokenReceiver = u(100-tenths*10), u(tenths*10)
	return aliceSigns(f.e, ts)
}

func (f *threadChannel) proof(t *testing.T, ts *state.SignedThread) []common.Hash {
	t.Helper()
	p, err := f.tree.Proof(ts.State.StructHash())
	must(t, err)
	if len(p) == 0 {
		t.Fatal("empty proof")
	}
	return p
}

// settle exits the channel with s through the harness and empties it after the challenge period: Alice
// and the hub's reserve are paid their balances, the threads' 1.5 ether and 100 tokens stay and the
// channel settles.
// It returns the first block after the settlement.
func (f *threadChannel) settle(t *testing.T) uint64 {
	t.Helper()
	e := f.e
	sigHub, sigUser := e.Sign(&f.s, e.Hub, e.Alice)
	do(t, e, e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExitWithUpdate(o, contracts.ChannelState(&f.s), sigHub, sigUser)
	})
	must(t, e.Advance(chaintest.ChallengePeriod))
	do(t, e, e.Bob, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.EmptyChannel(o, e.Hub.Addr, e.Alice.Addr)
	})
	c, err := newAdapter(t, e, e.Bob, 1).Channel(testCtx(t), e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	if c.Status != chain.StatusSettling || !eq(c.WeiTotal, big.NewInt(15e17)) || c.TokenTotal.Int64() != 100 {
		t.Fatalf("channel after emptying: status %s, %s wei and %s tokens held", c.Status, c.WeiTotal, c.TokenTotal)
	}
	return head(t, e.Client) + 1
}

// payouts records Alice's wei and tokens and the hub's reserve, to check exact payouts.
type payouts struct {
	t    *testing.T
	a    *chain.Adapter
	e    *chaintest.Env
	last [4]*big.Int // Alice's wei and tokens, the reserve's wei and tokens
}

func watchPayouts(t *testing.T, e *chaintest.Env, a *chain.Adapter) *payouts {
	p := &payouts{t: t, a: a, e: e}
	p.last = p.read()
	return p
}

func (p *payouts) read() [4]*big.Int {
	p.t.Helper()
	wei, tok, err := p.a.Reserve(testCtx(p.t), p.e.Hub.Addr)
	must(p.t, err)
	return [4]*big.Int{p.e.WeiBalance(p.e.Alice.Addr), p.e.TokenBalance(p.e.Alice.Addr), wei, tok}
}

// paid takes the cost of a transaction Alice sent off her last snapshot.
func (p *payouts) paid(r chain.Receipt) {
	p.t.Helper()
	rcpt, err := p.e.Client.TransactionReceipt(testCtx(p.t), r.TxHash)
	must(p.t, err)
	p.last[0].Sub(p.last[0], new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
}

// expect fails the test unless, since the last snapshot (less the gas Alice paid), Alice received exactly
// aliceWei and aliceTok and the hub's reserve grew by exactly hubWei and hubTok; it then takes a new
// snapshot.
func (p *payouts) expect(aliceWei, aliceTok, hubWei, hubTok int64) {
	p.t.Helper()
	now := p.read()
	for i, want := range []int64{aliceWei, aliceTok, hubWei, hubTok} {
		if got := new(big.Int).Sub(now[i], p.last[i]); got.Cmp(big.NewInt(want)) != 0 {
			p.t.Fatalf("%s changed by %s, want %d", [4]string{"Alice's wei", "Alice's tokens",
				"the reserve's wei", "the reserve's tokens"}[i], got, want)
		}
	}
	p.last = now
}

// advancePast moves chain time to at least ts.
func advancePast(t *testing.T, e *chaintest.Env, ts uint64) {
	t.Helper()
	if now := e.Now(); now < ts {
		must(t, e.Advance(ts-now))
	}
}

// TestThreadDispute: after Alice's channel settled, Alice disputes t1 with a stale state (Bob paid 3
// tenths) and the hub challenges with the later one (6 tenths); after the thread's challenge period Bob
// empties it: Alice gets 0.4 ether and 40 tokens, the hub's reserve 0.6 ether and 60 tokens. The hub
// then disputes t2 with its initial state and, once it is emptied, the channel reopens. The watcher
// delivers the events in order (the challenge is the thread's, no channel's: a watcher of Alice's channel
// alone would not see it); their thread keys are state.ThreadKey's.
func TestThreadDispute(t *testing.T) {
	e := newEnv(t)
	f := newThreadChannel(t, e)
	from := f.settle(t)
	autoMine(t, e)
	ctx := testCtx(t)
	alice, hub, bob := newAdapter(t, e, e.Alice, 1), newAdapter(t, e, e.Hub, 1), newAdapter(t, e, e.Bob, 1)
	events, _ := alice.Watch(ctx, from)
	pay := watchPayouts(t, e, bob)

	stale, last := f.later(1, 3), f.later(2, 6)
	r, err := alice.StartExitThreadWithUpdate(ctx, e.Hub.Addr, e.Alice.Addr, &f.t1, f.proof(t, &f.t1), &stale)
	must(t, err)
	pay.paid(r)
	_, err = hub.ChallengeThread(ctx, &f.t1.State, &last)
	must(t, err)
	d := readThread(t, bob, &f.t1.State)
	want := chain.ThreadDispute{WeiSender: u(4e17), WeiReceiver: u(6e17), TokenSender: u(40),
		TokenReceiver: u(60), TxCount: 2, ClosingTime: blockTime(t, e, r.Block) + chaintest.ChallengePeriod}
	if d != want {
		t.Fatalf("thread after the challenge: %+v, want %+v", d, want)
	}
	_, err = bob.EmptyThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t1.State)
	wantRevert(t, err, "ChallengePeriodNotOver", d.ClosingTime)

	advancePast(t, e, d.ClosingTime)
	_, err = bob.EmptyThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t1.State)
	must(t, err)
	pay.expect(4e17, 40, 6e17, 60)
	if m := readMark(t, bob, &f.t1.State); m != chain.ThreadMarkEmptied {
		t.Fatalf("Alice's channel's mark for t1 after emptying: %s", m)
	}
	_, err = bob.EmptyThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t1.State)
	wantRevert(t, err, "ThreadAlreadyEmptied")

	emptyInitial(t, f, hub, bob)
	pay.expect(5e17, 0, 0, 0)
	evs := collect(t, events, 6)
	wantOrdered(t, evs, []string{"ThreadExitStarted", "ThreadChallenged", "ThreadEmptied",
		"ThreadExitStarted", "ThreadEmptied", "ChannelReopened"})
	wantThreadEvents(t, e, evs)
	quiet(t, e, events)
}

// emptyInitial has the hub dispute t2 with its initial state alone and Bob empty it after the period.
func emptyInitial(t *testing.T, f *threadChannel, hub, bob *chain.Adapter) {
	t.Helper()
	ctx, e := testCtx(t), f.e
	_, err := hub.StartExitThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t2, f.proof(t, &f.t2))
	must(t, err)
	_, err = hub.StartExitThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t2, f.proof(t, &f.t2))
	wantRevert(t, err, "ThreadAlreadyInDispute")
	d := readThread(t, bob, &f.t2.State)
	if d.TxCount != 0 || d.WeiSender != u(5e17) || !d.WeiReceiver.IsZero() {
		t.Fatalf("t2 after its start: %+v", d)
	}
	advancePast(t, e, d.ClosingTime)
	_, err = bob.EmptyThread(ctx, e.Hub.Addr, e.Alice.Addr, &f.t2.State)
	must(t, err)
}

// wantThreadEvents checks the thread events of TestThreadDispute: channel, thread keys (as
// state.ThreadKey computes them), nonces and amounts.
func wantThreadEvents(t *testing.T, e *chaintest.Env, evs []chain.Event) {
	t.Helper()
	k1, k2 := state.ThreadKey(e.Alice.Addr, e.Bob.Addr, 1), state.ThreadKey(e.Alice.Addr, e.Carol.Addr, 2)
	start, ch, em := evs[0].(chain.ThreadExitStarted), evs[1].(chain.ThreadChallenged), evs[2].(chain.ThreadEmptied)
	start2, em2 := evs[3].(chain.ThreadExitStarted), evs[4].(chain.ThreadEmptied)
	key := chain.ChannelKey{Hub: e.Hub.Addr, User: e.Alice.Addr}
	for _, ev := range evs {
		if ev == evs[1] {
			continue // the challenge
		}
		if ev.(chain.ChannelEvent).Channel() != key {
			t.Fatalf("%T of channel %+v", ev, ev.(chain.ChannelEvent).Channel())
		}
	}
	switch {
	case start.ThreadKey != k1 || start.TxCount != 1:
		t.Fatalf("ThreadExitStarted %+v, want key %s", start, k1)
	case ch.Hub != e.Hub.Addr || ch.ThreadKey != k1 || ch.TxCount != 2:
		t.Fatalf("ThreadChallenged %+v", ch)
	case em.ThreadKey != k1 || em.WeiToUser != u(4e17) || em.TokenToUser != u(40):
		t.Fatalf("ThreadEmptied %+v", em)
	case start2.ThreadKey != k2 || start2.TxCount != 0:
		t.Fatalf("second ThreadExitStarted %+v, want key %s", start2, k2)
	case em2.ThreadKey != k2 || em2.WeiToUser != u(5e17):
		t.Fatalf("second ThreadEmptied %+v", em2)
	}
	wantTx(t, e, em)
}

// TestNukeThreads: nobody disputes Alice's threads. NukeThreads one second before the channel's closing
// time plus NukeDelay fails with NukeTooEarly naming that time; at that time Bob nukes them and Alice gets
// the threads' 1.5 ether and 100 tokens.
func TestNukeThreads(t *testing.T) {
	e := newEnv(t)
	f := newThreadChannel(t, e)
	from := f.settle(t)
	ctx, bob := testCtx(t), newAdapter(t, e, e.Bob, 1)
	events, _ := bob.Watch(ctx, from, chain.ForChannel(e.Hub.Addr, e.Alice.Addr))
	delay, err := bob.NukeDelay(ctx)
	must(t, err)
	if delay != 10*chaintest.ChallengePeriod {
		t.Fatalf("nuke delay %d s, want 10 challenge periods", delay)
	}
	c, err := bob.Channel(ctx, e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	earliest := c.ClosingTime + delay
	must(t, e.Advance(earliest-1-e.Now())) // no block is mined meanwhile: time stays there
	_, err = bob.NukeThreads(ctx, e.Hub.Addr, e.Alice.Addr)
	wantRevert(t, err, "NukeTooEarly", earliest)

	must(t, e.Advance(1))
	autoMine(t, e)
	pay := watchPayouts(t, e, bob)
	_, err = bob.NukeThreads(ctx, e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	pay.expect(15e17, 100, 0, 0)
	evs := collect(t, events, 2)
	wantOrdered(t, evs, []string{"ThreadsNuked", "ChannelReopened"})
	if n := evs[0].(chain.ThreadsNuked); n.WeiToUser != u(15e17) || n.TokenToUser != u(100) || n.User != e.Alice.Addr {
		t.Fatalf("ThreadsNuked %+v", n)
	}
	if d := readThread(t, bob, &f.t1.State); d != (chain.ThreadDispute{}) || d.Started() {
		t.Fatalf("an undisputed thread reads %+v", d)
	}
}

// readThread reads the dispute record of the thread of initial state ts.
func readThread(t *testing.T, a *chain.Adapter, ts *state.ThreadState) chain.ThreadDispute {
	t.Helper()
	d, err := a.Thread(testCtx(t), ts)
	must(t, err)
	return d
}

// readMark reads the mark of Alice's channel (she is the user, and the sender of the test's threads) for
// the record of the thread of initial state ts.
func readMark(t *testing.T, a *chain.Adapter, ts *state.ThreadState) chain.ThreadMark {
	t.Helper()
	m, err := a.ThreadMark(testCtx(t), ts.Hub, ts.Sender, ts)
	must(t, err)
	return m
}

// blockTime is the timestamp of block n.
func blockTime(t *testing.T, e *chaintest.Env, n uint64) uint64 {
	t.Helper()
	h, err := e.Client.HeaderByNumber(testCtx(t), new(big.Int).SetUint64(n))
	must(t, err)
	return h.Time
}
