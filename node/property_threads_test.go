package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// propThread is a thread the property test opened between two honest users: its key is known once
// OpenThread returned (the sender draws its id).
type propThread struct {
	from, to *propNode
	key      common.Hash
	wei      uint64 // what it was opened with
}

func (th propThread) String() string {
	return fmt.Sprintf("thread %.10s %.8s->%.8s", th.key.Hex(), addrOf(th.from.key).Hex(), addrOf(th.to.key).Hex())
}

// engineCtx is a context for a call to e that ends after d or when e stops (a restart), whichever comes
// first: a call to a stopped engine's thread code would otherwise wait for its peer until d.
func engineCtx(e *Engine, d time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	go func() {
		select {
		case <-e.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// twoUsers draws a sender and a receiver among the honest users.
func (w *propWorld) twoUsers() (*propNode, *propNode) {
	i := w.rng.IntN(len(w.users))
	j := w.rng.IntN(len(w.users) - 1)
	if j >= i {
		j++
	}
	return w.users[i], w.users[j]
}

// openThread opens a thread of a few thousand wei between two honest users (within the sender's balance
// and the hub's in the receiver's channel, as their stores hold them) without waiting for it; the thread
// joins w.threads once OpenThread returns with its key.
func (w *propWorld) openThread() string {
	from, to := w.twoUsers()
	amount := 1000 + w.rng.Uint64N(9000)
	sender, receiver := w.userRecord(from), w.userRecord(to)
	amount = min(amount, sender.State.WeiUser.Uint64(), receiver.State.WeiHub.Uint64())
	desc := fmt.Sprintf("%.8s opens a thread of %d to %.8s", addrOf(from.key).Hex(), amount, addrOf(to.key).Hex())
	if amount == 0 {
		return desc + ": no funds"
	}
	w.connectUsers(from, to)
	eng, open := from.n.eng, ThreadOpen{Hub: hubAddr, Receiver: addrOf(to.key), ReceiverPeer: to.n.host.ID(),
		Wei: *uint256.NewInt(amount)}
	w.pays.Add(1)
	w.opens.Add(1)
	go func() {
		defer w.pays.Done()
		defer w.opens.Done()
		ctx, cancel := engineCtx(eng, 20*time.Second)
		defer cancel()
		info, err := eng.OpenThread(ctx, open)
		th := propThread{from: from, to: to, key: info.Key, wei: amount}
		if info.Key != (common.Hash{}) {
			w.mu.Lock()
			w.threads = append(w.threads, th)
			w.mu.Unlock()
		}
		w.logf("    (%s: %s, %v)", desc, th, err)
	}()
	return desc
}

// userRecord is u's latest record of its channel with the hub.
func (w *propWorld) userRecord(u *propNode) state.Record {
	r, err := u.n.store.Latest(context.Background(), hubAddr, addrOf(u.key))
	if err != nil {
		w.fatalf("user %s: %v", addrOf(u.key), err)
	}
	return r
}

// connectUsers connects the hosts of two users (a thread's sender talks to its receiver directly).
func (w *propWorld) connectUsers(a, b *propNode) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = a.n.host.Connect(ctx, b.n.host.AddrInfo())
}

// reconnectUser connects a restarted user to the other users, and tells it where the receivers of the
// threads it sends listen now (its engine forgot), as a deployment's discovery would.
func (w *propWorld) reconnectUser(p *propNode) {
	for _, q := range w.users {
		if q == p {
			continue
		}
		w.connectUsers(p, q)
		p.n.eng.SetThreadPeer(addrOf(q.key), q.n.host.ID())
	}
}

// pickThread draws one of the threads opened so far that its sender's channel holds (with either, or its
// receiver's), as their stores say.
func (w *propWorld) pickThread(either bool) (propThread, bool) {
	w.mu.Lock()
	all := slices.Clone(w.threads)
	w.mu.Unlock()
	live := slices.DeleteFunc(all, func(th propThread) bool {
		return !w.holds(th.from, th.key) && !(either && w.holds(th.to, th.key))
	})
	if len(live) == 0 {
		return propThread{}, false
	}
	return live[w.rng.IntN(len(live))], true
}

// holds reports whether u's latest record of its channel holds the thread key.
func (w *propWorld) holds(u *propNode, key common.Hash) bool {
	_, ok := state.FindThread(w.userRecord(u).Threads, key)
	return ok
}

// payThread makes one to four payments through a thread at once (they queue and coalesce), each counted
// as paid from the moment PayThread is called; the move waits for them, or half the time runs on. With no
// thread to pay through, it opens one.
func (w *propWorld) payThread() string {
	th, ok := w.pickThread(false)
	if !ok {
		return "no thread to pay through; " + w.openThread()
	}
	n, wait := 1+w.rng.IntN(4), w.rng.IntN(2) == 0
	amounts := make([]uint64, n)
	for i := range amounts {
		amounts[i] = 1 + w.rng.Uint64N(max(th.wei/4, 1))
	}
	desc := fmt.Sprintf("%s pays %v", th, amounts)
	if !wait {
		desc += " (not waited for)"
	}
	eng := th.from.n.eng
	var moves sync.WaitGroup
	for _, a := range amounts {
		th.from.told.add(func(t *told) { t.paid += a })
		moves.Add(1)
		w.pays.Add(1)
		go func() {
			defer w.pays.Done()
			defer moves.Done()
			ctx, cancel := engineCtx(eng, 20*time.Second)
			defer cancel()
			count, err := eng.PayThread(ctx, hubAddr, th.key, *uint256.NewInt(a), uint256.Int{})
			if neverSent(count, err) {
				th.from.told.add(func(t *told) { t.back += a })
			}
			w.logf("    (%s: %d at count %d: %v)", th, a, count, err)
		}()
	}
	if wait {
		moves.Wait()
	}
	return desc
}

// neverSent reports whether a PayThread error says its payment went into no thread state: it was
// refused before it queued, or failed in the queue (the thread closing). A payment that went into a
// state (its count set) stays paid even if the receiver did not acknowledge it: the receiver may hold it.
func neverSent(count uint64, err error) bool {
	return err != nil && count == 0 && (errors.Is(err, ErrThreadClosing) || errors.Is(err, ErrThreadBalance) ||
		errors.Is(err, ErrThreadNotOpen) || errors.Is(err, ErrUnknownThread))
}

// closeThread closes a thread, by its receiver or by its sender asking the receiver, without waiting;
// with no thread to close, it opens one.
func (w *propWorld) closeThread() string {
	th, ok := w.pickThread(true)
	if !ok {
		return "no thread to close; " + w.openThread()
	}
	by, who := th.to, "receiver"
	if w.rng.IntN(2) == 0 {
		by, who = th.from, "sender"
	}
	eng := by.n.eng
	w.pays.Add(1)
	go func() {
		defer w.pays.Done()
		ctx, cancel := engineCtx(eng, 20*time.Second)
		defer cancel()
		count, err := eng.CloseThread(ctx, hubAddr, th.key)
		w.logf("    (%s closed by its %s: count %d, %v)", th, who, count, err)
	}()
	return fmt.Sprintf("the %s closes %s", who, th)
}

// closeAll has the receiver of every thread opened close it, at the end of a run, and waits for the
// closes (each tried a few times). It first waits for the opens in flight: the engines can be idle while
// an open waits for its receiver (restarted, say), and a thread whose open returns after the list is
// taken would stay open.
func (w *propWorld) closeAll() {
	w.opens.Wait()
	w.mu.Lock()
	all := slices.Clone(w.threads)
	w.mu.Unlock()
	for _, th := range all {
		for range 3 {
			ctx, cancel := engineCtx(th.to.n.eng, 10*time.Second)
			count, err := th.to.n.eng.CloseThread(ctx, hubAddr, th.key)
			cancel()
			w.logf("end: %s closed by its receiver: count %d, %v", th, count, err)
			if err == nil || errors.Is(err, ErrUnknownThread) {
				break
			}
			w.settle()
		}
	}
}

// threadShares is what u can enforce of the threads its channel's record r holds: for a thread it
// receives, the receiver's share of its latest stored state; for one it sends, the sender's share of its
// latest stored state. The sender signs and stores each state before sending it, so no state of the
// thread that anyone holds is later than the sender's latest stored one; every earlier state leaves the
// sender at least as much (a later state takes nothing from the receiver, keeps the totals). The sender
// does not know which state the receiver holds (its latest acknowledged one, or a later one whose
// acknowledgement was lost), so its latest stored state is the least it may end up with, on-chain (the
// hub, the receiving side in its channel, may put any of them) or off-chain (the hub closes its side with
// the receiver's state). Each latest is checked against the thread's initial state (the channel's) as the
// contract would.
func (w *propWorld) threadShares(step string, u *propNode, r state.Record) uint64 {
	me := addrOf(u.key)
	latest := w.threadLatest(step, u)
	var sum uint64
	for _, th := range r.Threads {
		l := w.validLatest(step, me.Hex(), th, latest)
		switch me {
		case th.State.Sender:
			sum += l.WeiSender.Uint64()
		case th.State.Receiver:
			sum += l.WeiReceiver.Uint64()
		default:
			w.fatalf("at %s: user %s's channel holds a thread of %s to %s", step, me, th.State.Sender, th.State.Receiver)
		}
	}
	return sum
}

// threadLatest reads the latest state of every thread record p stored, by thread key.
func (w *propWorld) threadLatest(step string, p *propNode) map[common.Hash]state.SignedThread {
	recs, err := p.n.store.Threads(context.Background())
	if err != nil {
		w.fatalf("at %s: %s's thread records: %v", step, addrOf(p.key), err)
	}
	out := map[common.Hash]state.SignedThread{}
	for _, rec := range recs {
		out[rec.Initial.State.Key()] = rec.Latest
	}
	return out
}

// validLatest returns the latest state stored for the thread initial (initial itself if none), having
// checked that it is initial or a valid later state of it.
func (w *propWorld) validLatest(step, who string, initial state.SignedThread, latest map[common.Hash]state.SignedThread) state.ThreadState {
	l, ok := latest[initial.State.Key()]
	if !ok || l.State == initial.State {
		return initial.State
	}
	if err := protocol.CheckThreadUpdate(domain, &initial.State, &l.State, l.Sig); err != nil {
		w.fatalf("at %s: %s's latest state of thread %s is not a valid update of its initial state: %v", step, who,
			initial.State.Key(), err)
	}
	return l.State
}

// hubThreads checks the threads of the hub's channel records rs (rule 3 of TestProperty) and returns
// what they are worth to the hub: every thread a receiver's channel holds must be held, with the same
// initial state, by its sender's channel (what the hub backs is covered by what the sender funds), and
// such a pair is worth the thread's funds to the hub (the receiver's side pays the hub the sender's
// share of the receiver's final state, the sender's side the receiver's share of the same state, which
// the hub learns from the receiver's close or its on-chain dispute, docs/threads.md); a thread only the
// sender's channel holds is worth the receiver's share of the final state the hub stored when the
// receiver's side closed (nothing before: it goes back to the sender).
func (w *propWorld) hubThreads(step string, rs []state.Record) uint64 {
	sent, recv := map[common.Hash]state.SignedThread{}, map[common.Hash]state.SignedThread{}
	for _, r := range rs {
		for _, th := range r.Threads {
			if th.State.Sender == r.State.User {
				sent[th.State.Key()] = th
			} else {
				recv[th.State.Key()] = th
			}
		}
	}
	latest := w.threadLatest(step, w.hub)
	var worth uint64
	for k, th := range recv {
		if s, ok := sent[k]; !ok || s.State != th.State {
			w.fatalf("at %s: the hub backs thread %s (%s wei) in %s's channel, and %s's channel does not hold it "+
				"(holds %+v)", step, k, th.State.WeiSender.Dec(), th.State.Receiver, th.State.Sender, s.State)
		}
		worth += th.State.WeiSender.Uint64()
	}
	for k, th := range sent {
		if _, ok := recv[k]; !ok {
			final := w.validLatest(step, "the hub", th, latest)
			worth += final.WeiReceiver.Uint64()
		}
	}
	return worth
}

// threadsBusy reports whether e has a thread state on its way or payments queued.
func threadsBusy(e *Engine) bool {
	e.thr.mu.Lock()
	ts := mapValues(e.thr.threads)
	e.thr.mu.Unlock()
	return slices.ContainsFunc(ts, func(t *thread) bool {
		t.mu.Lock()
		defer t.mu.Unlock()
		return t.sending || len(t.queue) > 0
	})
}

// checkNoThreads checks, at the end of a run, after closeAll, that no honest channel holds a thread any
// more.
func (w *propWorld) checkNoThreads() {
	w.t.Helper()
	if w.hubLost {
		return // a thread whose closing the hub's backup missed may stay until a dispute (docs/property-test.md)
	}
	for _, r := range w.hubRecords() {
		if len(r.Threads) > 0 {
			w.fatalf("at the end: the hub's channel with %s still holds threads %+v", r.State.User, state.Initials(r.Threads))
		}
	}
	for _, u := range w.users {
		if r := w.userRecord(u); len(r.Threads) > 0 {
			w.fatalf("at the end: %s's channel still holds threads %+v", addrOf(u.key), state.Initials(r.Threads))
		}
	}
}
