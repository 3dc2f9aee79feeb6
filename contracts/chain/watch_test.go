package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/contracts/chain"
	"spoke/internal/chaintest"
)

// scenario runs, through the harness, the life of Alice's channel: the hub funds its reserve, Alice
// deposits 1 ether directly, opens her channel, exits with it, the hub challenges with a newer state,
// and after the challenge period Bob empties the channel. Bob opens his own channel along the way.
func scenario(t *testing.T, e *chaintest.Env) {
	t.Helper()
	hubReserve(t, e)
	do(t, e, e.Alice, ether(1), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Deposit(o, e.Hub.Addr, e.Alice.Addr, big.NewInt(0))
	})
	s2 := payment(openChannel(t, e, e.Alice))
	openChannel(t, e, e.Bob)
	do(t, e, e.Alice, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.StartExit(o, e.Hub.Addr, e.Alice.Addr)
	})
	sigHub, sigUser := e.Sign(&s2, e.Hub, e.Alice)
	do(t, e, e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Challenge(o, contracts.ChannelState(&s2), sigHub, sigUser)
	})
	must(t, e.Advance(chaintest.ChallengePeriod))
	do(t, e, e.Bob, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.EmptyChannel(o, e.Hub.Addr, e.Alice.Addr)
	})
}

// aliceEvents are the event types of Alice's channel in scenario, in order.
var aliceEvents = []string{"Deposited", "ChannelUpdated", "ExitStarted", "ExitChallenged", "ChannelEmptied",
	"ChannelReopened"}

// collect reads n events, failing the test after patience.
func collect(t *testing.T, events <-chan chain.Event, n int) []chain.Event {
	t.Helper()
	var out []chain.Event
	for len(out) < n {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("events closed after %d of %d", len(out), n)
			}
			out = append(out, ev)
		case <-time.After(patience):
			t.Fatalf("got %d events of %d: %v", len(out), n, names(out))
		}
	}
	return out
}

// quiet mines a block and fails the test if an event arrives within a few poll intervals.
func quiet(t *testing.T, e *chaintest.Env, events <-chan chain.Event) {
	t.Helper()
	e.Chain.Commit()
	select {
	case ev := <-events:
		t.Fatalf("unexpected event %T %+v", ev, ev)
	case <-time.After(20 * poll):
	}
}

func names(evs []chain.Event) []string {
	out := make([]string, len(evs))
	for i, ev := range evs {
		out[i] = reflect.TypeOf(ev).Name()
	}
	return out
}

// wantOrdered fails the test unless the events have the given types at strictly increasing positions.
func wantOrdered(t *testing.T, evs []chain.Event, want []string) {
	t.Helper()
	if got := names(evs); !reflect.DeepEqual(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	for i := 1; i < len(evs); i++ {
		if !evs[i-1].Position().Before(evs[i].Position()) {
			t.Fatalf("event %d at %+v is not after %+v", i, evs[i].Position(), evs[i-1].Position())
		}
	}
}

func TestWatchDeliversChannelEventsInOrder(t *testing.T) {
	e := newEnv(t)
	events, _ := newAdapter(t, e, e.Alice, 1).Watch(testCtx(t), 0, chain.ForChannel(e.Hub.Addr, e.Alice.Addr))
	scenario(t, e)
	evs := collect(t, events, len(aliceEvents))
	wantOrdered(t, evs, aliceEvents)
	quiet(t, e, events)
	d, up, ex := evs[0].(chain.Deposited), evs[1].(chain.ChannelUpdated), evs[2].(chain.ExitStarted)
	ch, em := evs[3].(chain.ExitChallenged), evs[4].(chain.ChannelEmptied)
	key := chain.ChannelKey{Hub: e.Hub.Addr, User: e.Alice.Addr}
	switch {
	case d.Channel() != key || !eq(d.Wei.ToBig(), ether(1)) || !d.Token.IsZero():
		t.Fatalf("Deposited %+v", d)
	case up.ByHub || up.TxCountGlobal != 1 || up.TxCountChain != 1:
		t.Fatalf("ChannelUpdated %+v", up)
	case ex.Initiator != e.Alice.Addr || ex.TxCountGlobal != 1:
		t.Fatalf("ExitStarted %+v", ex)
	case ch.Challenger != e.Hub.Addr || ch.TxCountGlobal != 2:
		t.Fatalf("ExitChallenged %+v", ch)
	case !eq(em.WeiToUser.ToBig(), ether(5)) || !eq(em.WeiToHub.ToBig(), ether(4)): // 4 + the direct 1
		t.Fatalf("ChannelEmptied %+v", em)
	}
	wantTx(t, e, d)
}

// wantTx checks that an event's transaction is mined in the event's block.
func wantTx(t *testing.T, e *chaintest.Env, ev chain.Event) {
	t.Helper()
	r, err := e.Client.TransactionReceipt(testCtx(t), ev.Tx())
	must(t, err)
	if r.BlockNumber.Uint64() != ev.Block() {
		t.Fatalf("tx %s mined in block %d, event says %d", ev.Tx(), r.BlockNumber, ev.Block())
	}
}

func TestWatchAllEvents(t *testing.T) {
	e := newEnv(t)
	scenario(t, e)
	events, _ := newAdapter(t, e, e.Alice, 1).Watch(testCtx(t), 0)
	evs := collect(t, events, 8)
	wantOrdered(t, evs, []string{"HubReserveDeposited", "Deposited", "ChannelUpdated", "ChannelUpdated",
		"ExitStarted", "ExitChallenged", "ChannelEmptied", "ChannelReopened"})
	if bob := evs[3].(chain.ChannelUpdated); bob.User != e.Bob.Addr {
		t.Fatalf("fourth event is not Bob's update: %+v", bob)
	}
	quiet(t, e, events)
}

// TestWatchResumesExactlyOnce: a watcher stopped after three events and restarted after the last one's
// position (scanning one block per query) delivers the rest: together they are the whole history, each
// event once.
func TestWatchResumesExactlyOnce(t *testing.T) {
	e := newEnv(t)
	a := newAdapter(t, e, e.Alice, 1)
	filter := chain.ForChannel(e.Hub.Addr, e.Alice.Addr)
	scenario(t, e)
	all := collect(t, first(a.Watch(testCtx(t), 0, filter)), len(aliceEvents))

	ctx, cancel := context.WithCancel(testCtx(t))
	events, errs := a.Watch(ctx, 0, filter)
	got := collect(t, events, 3)
	cancel()
	drained(t, events, errs)

	last := got[2].Position()
	events, _ = a.Watch(testCtx(t), last.Block, chain.After(last), filter, chain.WithBlockRange(1))
	got = append(got, collect(t, events, len(aliceEvents)-3)...)
	quiet(t, e, events)
	if !reflect.DeepEqual(got, all) {
		t.Fatalf("resumed history differs:\n%v\nwant\n%v", fmt.Sprint(got), fmt.Sprint(all))
	}
}

func first(events <-chan chain.Event, _ <-chan error) <-chan chain.Event { return events }

// drained fails the test unless both channels close promptly, the error channel without an error.
func drained(t *testing.T, events <-chan chain.Event, errs <-chan error) {
	t.Helper()
	deadline := time.After(patience)
	for {
		select {
		case _, ok := <-events:
			if !ok {
				if err := <-errs; err != nil {
					t.Fatalf("watcher stopped with %v", err)
				}
				return
			}
		case <-deadline:
			t.Fatal("the watcher did not stop")
		}
	}
}

// TestWatchWaitsForConfirmations: with Confirmations 3 on a chain mined on demand, a deposit is delivered
// only once two more blocks are mined on top of its own.
func TestWatchWaitsForConfirmations(t *testing.T) {
	e := newEnv(t)
	events, _ := newAdapter(t, e, e.Alice, 3).Watch(testCtx(t), 0)
	r := do(t, e, e.Alice, ether(1), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.Deposit(o, e.Hub.Addr, e.Alice.Addr, big.NewInt(0))
	})
	quiet(t, e, events) // one block on top
	e.Chain.Commit()    // two blocks on top
	ev := collect(t, events, 1)[0]
	if d, ok := ev.(chain.Deposited); !ok || d.Block() != r.BlockNumber.Uint64() || d.Tx() != r.TxHash {
		t.Fatalf("event %T %+v, want the deposit of block %d", ev, ev, r.BlockNumber)
	}
}

// TestWatchSynced: with WithSynced, a quiet watcher still reports how far it has scanned.
func TestWatchSynced(t *testing.T) {
	e := newEnv(t)
	h := head(t, e.Client)
	events, _ := newAdapter(t, e, e.Alice, 2).Watch(testCtx(t), 0, chain.WithSynced(),
		chain.ForChannel(e.Hub.Addr, e.Alice.Addr))
	s := collect(t, events, 1)[0].(chain.Synced)
	if s.Through != h-1 {
		t.Fatalf("synced through %d, want %d (head %d, 2 confirmations)", s.Through, h-1, h)
	}
	e.Chain.Commit()
	if s := collect(t, events, 1)[0].(chain.Synced); s.Through != h {
		t.Fatalf("synced through %d after a block, want %d", s.Through, h)
	}
}

// TestWatchStopsOnCancel: cancelling stops an idle watcher and one blocked on an unread event.
func TestWatchStopsOnCancel(t *testing.T) {
	e := newEnv(t)
	a := newAdapter(t, e, e.Alice, 1)
	ctx, cancel := context.WithCancel(testCtx(t))
	idleEvents, idleErrs := a.Watch(ctx, head(t, e.Client)+1000)
	hubReserve(t, e)
	blockedEvents, blockedErrs := a.Watch(ctx, 0)
	time.Sleep(10 * poll) // let both poll: one finds nothing, the other blocks on its event
	cancel()
	drained(t, blockedEvents, blockedErrs)
	drained(t, idleEvents, idleErrs)
}

func TestWatchRejectsBadOptions(t *testing.T) {
	e := newEnv(t)
	a := newAdapter(t, e, e.Alice, 1)
	for _, opt := range []chain.WatchOption{chain.ForChannel(common.Address{}, e.Alice.Addr), chain.WithBlockRange(0)} {
		events, errs := a.Watch(testCtx(t), 0, opt)
		if err := <-errs; err == nil {
			t.Fatal("no error")
		}
		if _, ok := <-events; ok {
			t.Fatal("events delivered")
		}
	}
}
