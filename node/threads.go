package node

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// Threads (docs/threads.md): a user opens a thread to another user of its hub with an OpenThread in its
// own channel; the hub backs the receiver's side with an OpenThread in the receiver's channel. Then the
// sender pays by sending later thread states, signed by its key, straight to the receiver over
// ThreadProtocol; each side stores every state before it is sent or acknowledged. The receiver closes
// the thread in its channel with its latest state, and the hub closes the sender's side with the same.
// This file is the users' side; threads_hub.go is the hub's.

// ThreadProtocol carries the thread messages between a thread's sender and its receiver.
var ThreadProtocol = p2p.ProtocolID("thread", "1.0.0")

// threadMessageRate is how many thread messages a second a peer may send (p2p.OwnRate), ten times the
// rate of its other requests: a thread sender paying serially on a fast disk passes the shared rate, and
// was banned for it. A stranger's thread messages are refused before any signature is checked.
const threadMessageRate = 10 * p2p.DefaultMessageRate

// threadSendTimeout bounds one thread state's send and acknowledgement.
const threadSendTimeout = 15 * time.Second

// Errors of threads.
var (
	ErrUnknownThread = errors.New("node: no such thread")
	ErrThreadNotOpen = errors.New("node: the thread is not open in both channels (yet)")
	ErrThreadClosing = errors.New("node: the thread is closing: it takes no more payments")
	// ErrThreadUnacknowledged reports a payment whose thread state was signed, stored and sent but not
	// acknowledged: the receiver may hold it, so the payment is made (the next state carries it too) and
	// must not be made again.
	ErrThreadUnacknowledged = errors.New("node: the thread state carrying the payment went out unacknowledged: the receiver may hold it, and the thread's next state carries it; do not pay it again")
	// ErrThreadNoGain: the contract orders a thread's states by what they pay the receiver, so one that
	// pays nothing more could never be claimed over the latest.
	ErrThreadNoGain   = protocol.ErrThreadNoGain
	ErrThreadExiting  = errors.New("node: the channel holding the thread is exiting on-chain: the thread takes no more payments")
	ErrThreadNotMine  = errors.New("node: this node is not the thread's party for that")
	ErrThreadBalance  = errors.New("node: the thread holds less than that")
	ErrThreadNoPeer   = errors.New("node: no known way to reach the thread's other party")
	ErrThreadNotHubOf = errors.New("node: threads go through a hub this node is a user of")
)

// thread is a thread this node sends or receives, as its book keeps it.
type thread struct {
	mu        sync.Mutex // serializes the thread's sends (sender) or receives (receiver)
	initial   state.SignedThread
	latest    state.SignedThread // stored
	acked     uint64             // sender: the highest count the receiver acknowledged
	inChannel bool               // this node's channel with the hub holds the thread
	exiting   bool               // that channel is exiting on-chain: no more payments (setExiting)
	ready     bool               // sender: the receiver said its channel holds it
	closing   bool               // a close was asked for: no more payments
	settled   bool               // settled on-chain (threadSettled): closed, though the channel's last state holds it
	failed    bool               // sender: the hub refused to open it (openFailed)
	peer      peer.ID            // sender: the receiver's peer, once known
	queue     []*threadPay       // sender: payments waiting for the next state
	sending   bool               // sender: a state is on its way
	taken     [2]uint256.Int     // sender: wei and token of the batch taken from the queue, not yet in latest
}

// threadPay is one payment waiting to go out in a thread state.
type threadPay struct {
	wei, token uint256.Int
	done       chan error // buffered
	count      uint64     // the state that carries it, once built
}

// threadBook holds the threads this node sends or receives, by hub and key.
type threadBook struct {
	mu      sync.Mutex
	threads map[threadID]*thread
}

// threadID names a thread across hubs: the hub and the thread's key in its channels.
type threadID struct {
	hub common.Address
	key common.Hash
}

func idOf(t *state.ThreadState) threadID { return threadID{t.Hub, t.Key()} }

func newThreadBook() *threadBook { return &threadBook{threads: map[threadID]*thread{}} }

func (b *threadBook) get(id threadID) *thread {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.threads[id]
}

// add returns the thread with initial's id, creating it at its initial state.
func (b *threadBook) add(initial state.SignedThread) *thread {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := idOf(&initial.State)
	if t, ok := b.threads[id]; ok {
		return t
	}
	t := &thread{initial: initial, latest: initial}
	b.threads[id] = t
	return t
}

// renew returns the thread of initial: the one in the book if it has that initial state, else a new one
// that replaces it (a thread reusing the key of one that closed: another thread, whose states the old
// one's latest and status say nothing of).
func (b *threadBook) renew(initial state.SignedThread) *thread {
	b.mu.Lock()
	defer b.mu.Unlock()
	id := idOf(&initial.State)
	if t, ok := b.threads[id]; ok && t.initial.State == initial.State {
		return t
	}
	t := &thread{initial: initial, latest: initial}
	b.threads[id] = t
	return t
}

// loadThreads reads this node's thread records into its book and marks the threads its channels hold.
func (e *Engine) loadThreads(ctx context.Context) error {
	recs, err := e.cfg.Store.Threads(ctx)
	if err != nil {
		return fmt.Errorf("node: load threads: %w", err)
	}
	for _, r := range recs {
		if r.Initial.State.Sender != e.me && r.Initial.State.Receiver != e.me {
			continue // a hub's record of a thread it closes (threads_hub.go)
		}
		t := e.thr.add(r.Initial)
		t.latest = r.Latest
		t.acked = r.Latest.State.TxCount // unknown after a restart: the next send tells
		t.closing = r.Status == state.ThreadClosing || r.Status == state.ThreadClosed
		// Closed: settled on-chain (threadSettled), or closed off-chain with the state that dropped it;
		// either way no longer payable or disputable.
		t.settled = r.Status == state.ThreadClosed
		t.failed = r.Status == state.ThreadFailed
		t.ready = r.Status == state.ThreadOpen // sender: the receiver said so, or acknowledged a payment
	}
	for _, ch := range e.channels {
		e.threadsChanged(ch, protocol.Channel{})
		if ch.exiting {
			e.setExiting(ch, true)
		}
	}
	for _, t := range e.thr.threads {
		switch {
		case t.inChannel || t.closing:
		case t.latest.State.TxCount > 0 || t.ready:
			t.closing = true // it was open, and no channel holds it any more: closed
		case t.initial.State.Sender == e.me && !e.openOutstanding(&t.initial.State):
			t.failed = true // never opened, and no proposal of this node's will open it any more
		}
	}
	return nil
}

// openOutstanding reports whether this node's outstanding proposal to ts's hub opens the thread of the
// initial state ts: it is resent, so the thread may still open.
func (e *Engine) openOutstanding(ts *state.ThreadState) bool {
	ch, ok := e.channels[ts.Hub]
	return ok && ch.out != nil && opensThread(ch.out.updates, ts)
}

// openMayGoOn reports whether an OpenThread whose Update failed with err may still open the thread: the
// engine stopped or the caller gave up, while the proposal may be out (resent, or after a restart).
// Anything else (the hub refused it, the channel could not fund it) is final.
func openMayGoOn(err error) bool {
	return errors.Is(err, ErrStopped) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// openFailed marks the thread t this node sends failed, its OpenThread in this node's channel refused for
// good, and stores it so: in tn's Commit (the loop), or at once (tn nil: OpenThread's caller, which learns
// of a refusal before the loop's Commit, and stores it itself: a stop may fail that Commit, and the
// proposal, resent after a restart, would leave the thread opening until refused again).
func (e *Engine) openFailed(t *thread, tn *turn) {
	t.mu.Lock()
	if t.inChannel {
		t.mu.Unlock()
		return
	}
	t.failed = true
	rec := state.ThreadRecord{Initial: t.initial, Latest: t.latest, Status: state.ThreadFailed}
	t.mu.Unlock()
	if tn != nil {
		tn.batch.Threads = append(tn.batch.Threads, rec)
		return
	}
	if err := e.cfg.Store.Commit(context.Background(), state.Batch{Threads: []state.ThreadRecord{rec}}); err != nil {
		e.log.Warn("node: cannot store a thread as failed; a restart finds it so", "thread", t.initial.State.Key(), "err", err)
	}
}

// threadsAbandoned marks failed the threads whose opening, proposed by this node in ch, the hub refused.
// It runs in the loop (abandoned).
func (e *Engine) threadsAbandoned(ch *channel, updates []protocol.Update) {
	if ch.hubSide || e.cur == nil {
		return
	}
	for _, u := range updates {
		o, ok := u.(protocol.OpenThread)
		if !ok || o.Thread.State.Sender != e.me {
			continue
		}
		if t := e.thr.get(idOf(&o.Thread.State)); t != nil && t.initial.State == o.Thread.State {
			e.openFailed(t, e.cur)
		}
	}
}

// threadsChanged marks the threads ch holds now, after a state change from prev: threads this node
// sends or receives that entered ch are open, those that left it are closed. It runs in the loop; during
// a turn, the marks change after the turn's Commit stored the state (a receiver says a thread is open
// only once its channel's state holding it is stored).
func (e *Engine) threadsChanged(ch *channel, prev protocol.Channel) {
	if ch.hubSide || prev.Latest.State.ThreadRoot == ch.ch.Latest.State.ThreadRoot && prev.Latest.State.TxCountGlobal != 0 {
		return
	}
	threads := ch.ch.Threads // never modified in place: each state has its own slice
	if e.cur != nil {
		e.cur.batch.Threads = append(e.cur.batch.Threads, e.closedRecords(threads, prev.Threads)...)
		e.cur.later(func() { e.markThreads(threads, prev.Threads) })
		return
	}
	e.markThreads(threads, prev.Threads)
}

// closedRecords are the records, closed, of the threads this node sends or receives that are in the
// thread set before and not in threads: stored with the channel state that dropped them, so that a
// restart knows them closed (also those closed without a payment, whose records said opening).
func (e *Engine) closedRecords(threads, before []state.SignedThread) []state.ThreadRecord {
	var recs []state.ThreadRecord
	for _, th := range before {
		if _, held := state.FindThread(threads, th.State.Key()); held {
			continue
		}
		t := e.thr.get(idOf(&th.State))
		if t == nil {
			continue
		}
		t.mu.Lock()
		if t.initial.State == th.State {
			recs = append(recs, state.ThreadRecord{Initial: t.initial, Latest: t.latest, Status: state.ThreadClosed})
		}
		t.mu.Unlock()
	}
	return recs
}

// markThreads marks the threads of the thread set threads open, and those of the set before it that are
// not in it closed.
func (e *Engine) markThreads(threads, before []state.SignedThread) {
	now := map[common.Hash]bool{}
	for _, th := range threads {
		now[th.State.Key()] = true
		t := e.thr.renew(th)
		t.mu.Lock()
		t.inChannel, t.failed = true, false
		t.mu.Unlock()
	}
	for _, th := range before {
		if now[th.State.Key()] {
			continue
		}
		if t := e.thr.get(idOf(&th.State)); t != nil {
			t.mu.Lock()
			t.inChannel, t.closing = false, true
			t.failQueue(ErrThreadClosing)
			t.mu.Unlock()
			e.log.Info("node: thread closed", "hub", th.State.Hub, "sender", th.State.Sender, "receiver", th.State.Receiver,
				"id", th.State.ThreadID)
		}
	}
}

// setExiting marks ch exiting on-chain (or not, if the exit did not start after all), and with it the
// threads ch holds: an exit reads their states once, to put its claim on-chain, so a state that arrives
// after that would be acknowledged and reported received without ever being claimable. Their receiver
// takes no more payments and their sender sends none. It runs in the loop.
func (e *Engine) setExiting(ch *channel, exiting bool) {
	ch.exiting = exiting
	for _, th := range ch.ch.Threads {
		t := e.thr.get(idOf(&th.State))
		if t == nil {
			continue
		}
		t.mu.Lock()
		t.exiting = exiting
		if exiting {
			t.failQueue(ErrThreadExiting)
		}
		t.mu.Unlock()
	}
}

// failQueue fails the payments waiting in t. t.mu is held.
func (t *thread) failQueue(err error) {
	for _, p := range t.queue {
		p.done <- err
	}
	t.queue = nil
}

// ThreadOpen is what OpenThread opens: a thread through Hub (one of this node's hubs) to Receiver, a user
// of that hub reachable at ReceiverPeer, holding Wei and Token of this node's balance.
type ThreadOpen struct {
	Hub, Receiver common.Address
	ReceiverPeer  peer.ID
	Wei, Token    uint256.Int
}

// OpenThread opens a thread: it signs the thread's initial state, stores it, has the hub countersign the
// OpenThread in this node's channel (the hub then opens the receiver's side), and waits until the
// receiver says its channel holds the thread too, or ctx ends (the thread then stays, and becomes usable
// once the receiver's side opens; if it never does, the hub closes this node's side with the initial
// state and the funds come back). If the hub refuses the OpenThread, the thread ends as failed
// (state.ThreadFailed): nothing was locked.
func (e *Engine) OpenThread(ctx context.Context, o ThreadOpen) (ThreadInfo, error) {
	if err := e.thrWork.enter(); err != nil {
		return ThreadInfo{}, err
	}
	defer e.thrWork.leave()
	ctx, cancel := e.thrWork.bounded(ctx)
	defer cancel()
	return e.openThread(ctx, o)
}

// openThread is OpenThread, as thread work.
func (e *Engine) openThread(ctx context.Context, o ThreadOpen) (ThreadInfo, error) {
	switch {
	case !e.hubs.has(o.Hub):
		return ThreadInfo{}, fmt.Errorf("%w: %s", ErrThreadNotHubOf, o.Hub)
	case o.Receiver == e.me || o.Receiver == o.Hub || o.Receiver == (common.Address{}):
		return ThreadInfo{}, fmt.Errorf("%w: receiver %s", protocol.ErrThreadParties, o.Receiver)
	case o.Wei.IsZero() && o.Token.IsZero():
		return ThreadInfo{}, fmt.Errorf("%w: a thread needs funds", protocol.ErrZeroAmount)
	case !o.Wei.IsZero() && !o.Token.IsZero():
		return ThreadInfo{}, fmt.Errorf("%w: open one thread for each", protocol.ErrThreadAssets)
	}
	var idb [8]byte
	if _, err := rand.Read(idb[:]); err != nil {
		return ThreadInfo{}, err
	}
	ts := state.ThreadState{Hub: o.Hub, Sender: e.me, Receiver: o.Receiver, ThreadID: binary.BigEndian.Uint64(idb[:]) >> 1,
		WeiSender: o.Wei, TokenSender: o.Token}
	initial, err := e.signThread(&ts)
	if err != nil {
		return ThreadInfo{}, err
	}
	if e.thr.get(idOf(&ts)) != nil {
		return ThreadInfo{}, fmt.Errorf("%w: thread id %d drawn twice", protocol.ErrThreadOpen, ts.ThreadID)
	}
	t := e.thr.add(initial)
	t.peer = o.ReceiverPeer
	if err := e.storeThread(ctx, t, state.ThreadOpening); err != nil {
		return ThreadInfo{}, err
	}
	if _, err := e.Update(ctx, o.Hub, protocol.OpenThread{Thread: initial}); err != nil {
		if !openMayGoOn(err) {
			e.openFailed(t, nil)
		}
		return e.threadInfo(t), fmt.Errorf("node: the hub did not open the thread: %w", err)
	}
	// The state Update stored holds the thread. The loop marks it so too (markThreads), but only after the
	// Update returned, and the receiver may say its side is open before: the thread would be reported
	// opening. (Unless it left the channel already: the hub gave it back, and markThreads closed it.)
	t.mu.Lock()
	if !t.closing {
		t.inChannel, t.failed = true, false
	}
	t.mu.Unlock()
	if err := e.awaitReady(ctx, t); err != nil {
		return e.threadInfo(t), err
	}
	return e.threadInfo(t), nil
}

// signThread signs a thread state with this node's key.
func (e *Engine) signThread(ts *state.ThreadState) (state.SignedThread, error) {
	sig, err := state.Sign(e.cfg.Domain.ThreadDigest(ts), e.cfg.Key)
	if err != nil {
		return state.SignedThread{}, err
	}
	return state.SignedThread{State: *ts, Sig: sig[:]}, nil
}

// storeThread stores t's record with status.
func (e *Engine) storeThread(ctx context.Context, t *thread, status state.ThreadStatus) error {
	rec := state.ThreadRecord{Initial: t.initial, Latest: t.latest, Status: status}
	if err := e.cfg.Store.Commit(ctx, state.Batch{Threads: []state.ThreadRecord{rec}}); err != nil {
		return fmt.Errorf("%w: %w", ErrStore, err)
	}
	return nil
}

// awaitReady asks the receiver, with growing pauses, until it says its channel holds t, and stores t open
// (readyStored).
func (e *Engine) awaitReady(ctx context.Context, t *thread) error {
	msg, err := protocol.MarshalThreadMessage(protocol.ThreadReady{Initial: t.initial})
	if err != nil {
		return err
	}
	wait := minBackoff
	for {
		_, err := e.threadRequest(ctx, t, msg)
		if err == nil {
			e.readyStored(t)
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: the receiver's side: %w (last answer: %w)", ErrThreadNotOpen, ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(wait*2, maxBackoff)
	}
}

// readyStored marks t ready (the receiver's channel holds it) and, if no payment went through it yet,
// stores its record open, so that a restart knows it open rather than opening. The record is stored with
// t.mu held: a payment's state, stored with its own record, cannot be overtaken by this one.
func (e *Engine) readyStored(t *thread) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ready = true
	if t.sending || t.latest.State.TxCount > 0 || t.closing {
		return // the payments' records say open
	}
	rec := state.ThreadRecord{Initial: t.initial, Latest: t.latest, Status: state.ThreadOpen}
	if err := e.cfg.Store.Commit(context.Background(), state.Batch{Threads: []state.ThreadRecord{rec}}); err != nil {
		e.log.Warn("node: cannot store a thread as open; a restart shows it opening until its first payment",
			"thread", t.initial.State.Key(), "err", err)
	}
}

// threadRequest sends a thread message to t's receiver and decodes its ThreadAck.
func (e *Engine) threadRequest(ctx context.Context, t *thread, msg []byte) (uint64, error) {
	t.mu.Lock()
	to := t.peer
	t.mu.Unlock()
	if to == "" {
		var ok bool
		if to, ok = e.cfg.Host.PeerOf(t.initial.State.Receiver); !ok {
			return 0, fmt.Errorf("%w: %s", ErrThreadNoPeer, t.initial.State.Receiver)
		}
	}
	resp, err := e.cfg.Host.Request(ctx, to, ThreadProtocol, msg)
	if err != nil {
		return 0, err
	}
	m, err := protocol.UnmarshalThreadMessage(resp)
	if err != nil {
		return 0, err
	}
	ack, ok := m.(protocol.ThreadAck)
	if !ok {
		return 0, fmt.Errorf("%w: answer %T", protocol.ErrThreadMessage, m)
	}
	return ack.TxCount, nil
}

// SetThreadPeer tells the engine where the receiver of the threads it sends to receiver listens.
func (e *Engine) SetThreadPeer(receiver common.Address, id peer.ID) {
	e.thr.mu.Lock()
	defer e.thr.mu.Unlock()
	for _, t := range e.thr.threads {
		if t.initial.State.Receiver == receiver && t.initial.State.Sender == e.me {
			t.peer = id
		}
	}
}

// PayThread pays wei and token through the thread (hub, key) this node sends: the next thread state,
// covering every payment queued since the last one went out, is signed, stored and sent to the receiver,
// and PayThread returns once the receiver acknowledged it (stored it) with the count that carried this
// payment. Payments may be pipelined: while one state is on its way, the next ones queue. An error
// wrapping ErrThreadUnacknowledged (or ctx's) means the payment went out and may have arrived: it is
// made, and must not be made again; any other error means it was not.
func (e *Engine) PayThread(ctx context.Context, hub common.Address, key common.Hash, wei, token uint256.Int) (uint64, error) {
	t := e.thr.get(threadID{hub, key})
	switch {
	case t == nil:
		return 0, fmt.Errorf("%w: %s at hub %s", ErrUnknownThread, key, hub)
	case t.initial.State.Sender != e.me:
		return 0, fmt.Errorf("%w: only the sender pays through a thread", ErrThreadNotMine)
	case wei.IsZero() && token.IsZero():
		return 0, fmt.Errorf("%w: payment", protocol.ErrZeroAmount)
	}
	p := &threadPay{wei: wei, token: token, done: make(chan error, 1)}
	t.mu.Lock()
	if err := t.admit(p); err != nil {
		t.mu.Unlock()
		return 0, err
	}
	if !t.sending {
		if err := e.thrWork.enter(); err != nil { // left by sendThread
			t.mu.Unlock()
			return 0, err
		}
		t.sending = true
		go e.sendThread(t)
	}
	t.queue = append(t.queue, p)
	t.mu.Unlock()
	select {
	case err := <-p.done:
		return p.count, err
	case <-ctx.Done():
		return 0, fmt.Errorf("%w (the payment may still arrive: it is in a state on its way)", ctx.Err())
	}
}

// admit checks that p fits in t after the payments queued before it and the batch sendThread took from
// the queue but has not yet made t's latest state (it is being signed). t.mu is held.
func (t *thread) admit(p *threadPay) error {
	switch {
	case t.closing:
		return ErrThreadClosing
	case t.exiting:
		return ErrThreadExiting
	case !t.inChannel:
		return ErrThreadNotOpen
	}
	wei, token := t.latest.State.WeiSender, t.latest.State.TokenSender
	wei.Sub(&wei, &t.taken[0])
	token.Sub(&token, &t.taken[1])
	for _, q := range append(t.queue, p) {
		if wei.Lt(&q.wei) || token.Lt(&q.token) {
			return fmt.Errorf("%w: %s wei and %s token units left", ErrThreadBalance, t.latest.State.WeiSender.Dec(),
				t.latest.State.TokenSender.Dec())
		}
		wei.Sub(&wei, &q.wei)
		token.Sub(&token, &q.token)
	}
	return nil
}

// sendThread sends t's queued payments, one state at a time, until the queue is empty or the engine
// stops (the payments still queued then fail with ErrStopped: they were in no state). It runs as thread
// work admitted by PayThread.
func (e *Engine) sendThread(t *thread) {
	defer e.thrWork.leave()
	for {
		t.mu.Lock()
		if e.thrWork.stopping() {
			t.failQueue(ErrStopped)
		}
		batch := t.queue
		t.queue = nil
		if len(batch) == 0 {
			t.sending = false
			t.mu.Unlock()
			return
		}
		next := t.latest.State
		next.TxCount++
		for _, p := range batch {
			next.WeiSender.Sub(&next.WeiSender, &p.wei)
			next.WeiReceiver.Add(&next.WeiReceiver, &p.wei)
			next.TokenSender.Sub(&next.TokenSender, &p.token)
			next.TokenReceiver.Add(&next.TokenReceiver, &p.token)
			p.count = next.TxCount
			t.taken[0].Add(&t.taken[0], &p.wei)
			t.taken[1].Add(&t.taken[1], &p.token)
		}
		t.mu.Unlock()
		err := e.sendThreadState(t, &next)
		for _, p := range batch {
			p.done <- err
		}
	}
}

// sendThreadState signs, stores and sends next, then records the receiver's acknowledgement. A state
// that was stored stays t's latest even if the send fails: the receiver may hold it, and the next state
// builds on it, so the payments it carries are made; the error says so (ErrThreadUnacknowledged).
func (e *Engine) sendThreadState(t *thread, next *state.ThreadState) error {
	signed, err := e.signThread(next)
	t.mu.Lock()
	t.taken = [2]uint256.Int{}
	if err != nil {
		t.mu.Unlock()
		return err
	}
	prev := t.latest
	t.latest = signed
	t.mu.Unlock()
	if err := e.storeThread(context.Background(), t, state.ThreadOpen); err != nil {
		t.mu.Lock()
		t.latest = prev
		t.mu.Unlock()
		return err
	}
	msg, err := protocol.MarshalThreadMessage(protocol.ThreadPay{State: signed})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(e.thrWork.ctx, threadSendTimeout) // cancelled if the engine stops
	defer cancel()
	count, err := e.threadRequest(ctx, t, msg)
	if err != nil {
		return fmt.Errorf("%w (state %d): %w", ErrThreadUnacknowledged, signed.State.TxCount, err)
	}
	t.mu.Lock()
	t.acked = max(t.acked, count)
	t.ready = true
	t.mu.Unlock()
	return nil
}

// handleThread serves ThreadProtocol: a thread's sender (from) talks to this node, its receiver. Once the
// engine stops, it answers every message with ErrStopped; a message it handles meanwhile is thread work
// that Run waits for, so that a state stored is also acknowledged.
func (e *Engine) handleThread(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	if err := e.thrWork.enter(); err != nil {
		return nil, err
	}
	defer e.thrWork.leave()
	ctx, cancel := e.thrWork.bounded(ctx)
	defer cancel()
	m, err := protocol.UnmarshalThreadMessage(req)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", p2p.ErrMalformed, err)
	}
	var count uint64
	switch m := m.(type) {
	case protocol.ThreadPay:
		count, err = e.receiveThread(from, m.State)
	case protocol.ThreadReady:
		count, err = e.threadReady(from, m.Initial)
	case protocol.ThreadCloseAsk:
		count, err = e.closeAsked(ctx, from, m.Latest)
	default:
		err = fmt.Errorf("%w: %w: %T", ErrUnexpected, p2p.ErrMalformed, m)
	}
	if err != nil {
		return nil, err
	}
	if e.cfg.loseThreadAnswer != nil && e.cfg.loseThreadAnswer(m) {
		return nil, errAnswerLost
	}
	return protocol.MarshalThreadMessage(protocol.ThreadAck{TxCount: count})
}

// received returns the thread st belongs to if from sends it to this node and this node's channel holds
// it.
func (e *Engine) received(from common.Address, st *state.ThreadState) (*thread, error) {
	if st.Receiver != e.me || st.Sender != from {
		return nil, fmt.Errorf("%w: a thread from %s to %s, sent by %s", ErrThreadNotMine, st.Sender, st.Receiver, from)
	}
	t := e.thr.get(idOf(st))
	if t == nil {
		return nil, ErrThreadNotOpen
	}
	t.mu.Lock()
	in := t.inChannel // set by the loop (markThreads)
	t.mu.Unlock()
	if !in {
		return nil, ErrThreadNotOpen
	}
	return t, nil
}

// receiveThread checks a thread state the sender sent against the thread's latest, stores it and returns
// its count. A resend of the latest is acknowledged again. A state that pays the receiver nothing more is
// refused (protocol.ErrThreadNoGain): the contract would not take it over the latest.
func (e *Engine) receiveThread(from common.Address, st state.SignedThread) (uint64, error) {
	t, err := e.received(from, &st.State)
	if err != nil {
		return 0, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case t.closing:
		return 0, ErrThreadClosing
	case t.exiting:
		return 0, ErrThreadExiting
	case st.State == t.latest.State:
		return st.State.TxCount, nil
	}
	if err := protocol.CheckThreadUpdate(e.cfg.Domain, &t.latest.State, &st.State, st.Sig); err != nil {
		return 0, err
	}
	prev := t.latest
	t.latest = st
	if err := e.storeThread(context.Background(), t, state.ThreadOpen); err != nil {
		t.latest = prev
		return 0, err
	}
	var wei, token uint256.Int
	wei.Sub(&st.State.WeiReceiver, &prev.State.WeiReceiver)
	token.Sub(&st.State.TokenReceiver, &prev.State.TokenReceiver)
	// Published at once: this runs in the handler's goroutine, not the loop (whose turn e.publish would
	// join), and the state is stored already.
	e.events.publish(Event{Kind: EventThreadReceived, Peer: st.State.Hub, From: from, Wei: wei, Token: token,
		Thread: st.State.Key(), Count: st.State.TxCount})
	return st.State.TxCount, nil
}

// threadReady answers whether this node's channel holds the thread initial opens.
func (e *Engine) threadReady(from common.Address, initial state.SignedThread) (uint64, error) {
	t, err := e.received(from, &initial.State)
	if err != nil {
		return 0, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.initial.State != initial.State {
		return 0, fmt.Errorf("%w: another initial state", ErrThreadNotOpen)
	}
	return t.latest.State.TxCount, nil
}

// closeAsked closes a thread this node receives at its sender's request, with latest if it is newer than
// this node's (it is checked and stored first).
func (e *Engine) closeAsked(ctx context.Context, from common.Address, latest state.SignedThread) (uint64, error) {
	if _, err := e.receiveThread(from, latest); err != nil && !errors.Is(err, protocol.ErrThreadCount) &&
		!errors.Is(err, ErrThreadClosing) {
		return 0, err
	}
	return e.closeThread(ctx, latest.State.Hub, latest.State.Key())
}

// CloseThread closes the thread (hub, key). The receiver closes it in its channel with its latest state
// (the hub then closes the sender's side with the same state); the sender asks the receiver to. It
// returns the count the thread closed with.
func (e *Engine) CloseThread(ctx context.Context, hub common.Address, key common.Hash) (uint64, error) {
	if err := e.thrWork.enter(); err != nil {
		return 0, err
	}
	defer e.thrWork.leave()
	ctx, cancel := e.thrWork.bounded(ctx)
	defer cancel()
	return e.closeThread(ctx, hub, key)
}

// closeThread is CloseThread, as thread work.
func (e *Engine) closeThread(ctx context.Context, hub common.Address, key common.Hash) (uint64, error) {
	t := e.thr.get(threadID{hub, key})
	if t == nil {
		return 0, fmt.Errorf("%w: %s at hub %s", ErrUnknownThread, key, hub)
	}
	t.mu.Lock()
	t.closing = true
	t.failQueue(ErrThreadClosing)
	latest, in := t.latest, t.inChannel && !t.settled
	t.mu.Unlock()
	if !in {
		return latest.State.TxCount, nil // closed already, or settled on-chain
	}
	if latest.State.Sender == e.me {
		msg, err := protocol.MarshalThreadMessage(protocol.ThreadCloseAsk{Latest: latest})
		if err != nil {
			return 0, err
		}
		return e.threadRequest(ctx, t, msg)
	}
	if err := e.storeThread(ctx, t, state.ThreadClosing); err != nil {
		return 0, err
	}
	if _, err := e.Update(ctx, hub, protocol.CloseThread{Final: latest}); err != nil {
		return 0, fmt.Errorf("node: the hub did not close the thread: %w", err)
	}
	return latest.State.TxCount, nil
}

// ThreadInfo describes a thread this node sends or receives.
type ThreadInfo struct {
	Hub, Sender, Receiver common.Address
	ID                    uint64
	Key                   common.Hash
	Status                state.ThreadStatus
	TxCount               uint64
	// Latest is the thread's latest state this node holds: the sender's and receiver's shares.
	Latest state.ThreadState
	Acked  uint64 // sender: the highest count the receiver acknowledged
}

// Threads lists the threads this node sends or receives.
func (e *Engine) Threads() []ThreadInfo {
	e.thr.mu.Lock()
	ts := make([]*thread, 0, len(e.thr.threads))
	for _, t := range e.thr.threads {
		ts = append(ts, t)
	}
	e.thr.mu.Unlock()
	out := make([]ThreadInfo, 0, len(ts))
	for _, t := range ts {
		out = append(out, e.threadInfo(t))
	}
	return out
}

func (e *Engine) threadInfo(t *thread) ThreadInfo {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.latest.State
	status := state.ThreadOpening
	switch {
	case t.settled, t.closing && !t.inChannel:
		status = state.ThreadClosed
	case t.closing:
		status = state.ThreadClosing
	case t.failed && !t.inChannel:
		status = state.ThreadFailed
	case t.inChannel && (s.Receiver == e.me || t.ready):
		status = state.ThreadOpen
	}
	return ThreadInfo{Hub: s.Hub, Sender: s.Sender, Receiver: s.Receiver, ID: s.ThreadID, Key: s.Key(), Status: status,
		TxCount: s.TxCount, Latest: s, Acked: t.acked}
}
