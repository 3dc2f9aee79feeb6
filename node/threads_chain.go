package node

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/contracts/chain"
	"spoke/protocol"
	"spoke/state"
)

// A thread's dispute record is shared by its two channels (ADR 13): a dispute started in the sender's
// channel settles the thread in the receiver's too, and the other way round. So a node follows the thread
// events of every channel, not only its own: the receiver and the hub answer a record holding less than
// the latest state they hold (answerThread), and the hub learns the signed states put on-chain, to close
// the thread's other side off-chain with the state its record settled (onThreadDispute).

// ErrThreadSettledOnChain reports a receiver's close of a thread whose sender's channel closes on-chain,
// with a state the thread's record does not pay (or a record the hub has not seen settle yet).
var ErrThreadSettledOnChain = errors.New("node: the thread settles on-chain by its record")

// onThreadEvent handles an event of the record of thread key of hub: in channel k, or in no channel
// (a challenge) when k is nil; emptied says the thread was emptied in k. It runs in the loop.
func (e *Engine) onThreadEvent(hub common.Address, key common.Hash, k *chain.ChannelKey, tx common.Hash, emptied bool) {
	if e.cfg.Chain == nil {
		return
	}
	initial, ok := e.heldThread(hub, key)
	if !ok {
		return
	}
	if !emptied && e.me != initial.State.Sender {
		e.answerThread(initial)
	}
	if e.cfg.Role == Hub && hub == e.me {
		e.onThreadDispute(k, initial, tx, emptied)
	}
}

// heldThread returns the initial state of thread key of hub held by one of this node's channels.
func (e *Engine) heldThread(hub common.Address, key common.Hash) (state.SignedThread, bool) {
	if hub != e.me {
		if ch, ok := e.channels[hub]; ok {
			if i, held := state.FindThread(ch.ch.Threads, key); held {
				return ch.ch.Threads[i], true
			}
		}
		return state.SignedThread{}, false
	}
	for _, ch := range e.channels {
		if i, held := state.FindThread(ch.ch.Threads, key); held && ch.hubSide && ch.ch.Threads[i].State.Hub == hub {
			return ch.ch.Threads[i], true
		}
	}
	return state.SignedThread{}, false
}

// answerThread challenges the record of the thread of initial state initial with the latest state this
// node (its receiver or hub) stored for it, if that pays the receiver more and the record's period is
// open. It runs in the background.
func (e *Engine) answerThread(initial state.SignedThread) {
	ctx := e.runCtx
	go func() {
		recs, err := e.cfg.Store.Threads(ctx)
		if err != nil {
			return
		}
		claim := e.threadClaim(&initial, recs)
		if !protocol.ThreadPaysMore(&claim.State, &initial.State) {
			return
		}
		if err := e.challengeThread(ctx, &initial.State, claim); err != nil && ctx.Err() == nil {
			e.log.Error("node: cannot answer a thread's dispute", "thread", initial.State.ThreadID, "err", err)
		}
	}()
}

// chainThread is a thread of this hub whose record runs on-chain: the hub learns the states put on-chain
// from the dispute's transactions and, once the thread is emptied in its receiver's channel and the
// record read, closes the sender's side with the state the record settled (off-chain, or in the sender's
// channel's exit, which joins the same record).
type chainThread struct {
	initial  state.SignedThread
	states   []state.SignedThread // signed states read from the dispute's transactions, checked
	record   *chain.ThreadDispute // the record, read once the thread was emptied in a channel
	emptied  bool                 // emptied in the receiver's channel
	fetching int                  // reads still under way
}

// onThreadDispute follows the record of a thread of this hub: it reads the state each transaction put
// forward, and the record once the thread is emptied in a channel. It runs in the loop.
func (e *Engine) onThreadDispute(k *chain.ChannelKey, initial state.SignedThread, tx common.Hash, emptied bool) {
	e.hubThr.init()
	id := idOf(&initial.State)
	ct := e.hubThr.onchain[id]
	if ct == nil {
		ct = &chainThread{initial: initial}
		e.hubThr.onchain[id] = ct
	}
	ctx := e.runCtx
	ct.fetching++
	if !emptied {
		go func() {
			st, err := e.cfg.Chain.ThreadUpdateIn(ctx, tx)
			_ = e.query(ctx, func() { e.learnedThread(id, ct, st, err) })
		}()
		return
	}
	ct.emptied = ct.emptied || (k != nil && k.User == initial.State.Receiver)
	go func() {
		d, err := e.cfg.Chain.Thread(ctx, &initial.State)
		_ = e.query(ctx, func() { e.learnedRecord(id, ct, d, err) })
	}()
}

// learnedThread keeps a thread state read from a dispute transaction if it is a valid state of the thread.
func (e *Engine) learnedThread(id threadID, ct *chainThread, st state.SignedThread, err error) {
	ct.fetching--
	switch {
	case errors.Is(err, chain.ErrNoThreadUpdate):
	case err != nil:
		e.log.Warn("node: cannot read a thread dispute's state from its transaction", "thread", id.key, "err", err)
	default:
		if cerr := protocol.CheckThreadClaim(e.cfg.Domain, &ct.initial.State, &st.State, st.Sig); cerr != nil {
			e.log.Warn("node: a thread dispute's transaction carries a state that does not check", "thread", id.key, "err", cerr)
			break
		}
		ct.states = append(ct.states, st)
	}
	e.chainThreadDone(id, ct)
}

// learnedRecord takes the record of a thread emptied in one of its channels: its period is over, so it
// is the state the thread settled with.
func (e *Engine) learnedRecord(id threadID, ct *chainThread, d chain.ThreadDispute, err error) {
	ct.fetching--
	if err != nil {
		e.log.Warn("node: cannot read a thread's record", "thread", id.key, "err", err)
	} else {
		ct.record = &d
		e.hubThr.settled[id] = d.Of(ct.initial.State)
	}
	e.chainThreadDone(id, ct)
}

// chainThreadDone closes the sender's side of a thread emptied on-chain in its receiver's channel, with
// the signed state its record settled, once every read is done.
func (e *Engine) chainThreadDone(id threadID, ct *chainThread) {
	if !ct.emptied || ct.fetching > 0 || ct.record == nil {
		return
	}
	delete(e.hubThr.onchain, id)
	settled, final := ct.record.Of(ct.initial.State), ct.initial
	for _, st := range ct.states {
		if st.State == settled {
			final = st
		}
	}
	if final.State != settled {
		e.log.Error("node: a thread settled on-chain with a state no transaction showed; its sender's side settles on-chain",
			"sender", ct.initial.State.Sender, "id", ct.initial.State.ThreadID, "count", settled.TxCount)
		return
	}
	if sc := e.channels[ct.initial.State.Sender]; sc == nil || sc.exiting {
		return // the sender's channel settles the thread on-chain, by the same record
	}
	if old, ok := e.hubThr.closing[id]; ok && !protocol.ThreadPaysMore(&final.State, &old.Latest.State) {
		return
	}
	rec := state.ThreadRecord{Initial: ct.initial, Latest: final, Status: state.ThreadClosing}
	e.log.Info("node: a thread settled on-chain in its receiver's channel; closing the sender's side with the same state",
		"sender", ct.initial.State.Sender, "id", ct.initial.State.ThreadID, "count", final.State.TxCount)
	e.hubThr.closing[id] = rec
	if e.cur != nil {
		e.cur.batch.Threads = append(e.cur.batch.Threads, rec)
	}
	e.closeSenderSide(id, rec)
}

// noteThreadSettled records, on the thread's hub, the state the record of the thread of initial state s
// settled with (d, its period over): a receiver may close its side off-chain by it (settledCap).
func (e *Engine) noteThreadSettled(s *state.ThreadState, d chain.ThreadDispute) {
	if e.cfg.Role != Hub || s.Hub != e.me {
		return
	}
	settled := d.Of(*s)
	_ = e.query(e.runCtx, func() {
		e.hubThr.init()
		e.hubThr.settled[idOf(s)] = settled
	})
}

// settledCap is the hub's rule for a receiver's close of thread ts whose sender's channel sc closes
// on-chain: the thread's record settles the sender's side, so the hub pays the receiver no more than the
// record settled with, and nothing before it has seen the record settle.
func (e *Engine) settledCap(sc *channel, ts *state.ThreadState) error {
	if !sc.exiting {
		return nil
	}
	settled, ok := e.hubThr.settled[idOf(ts)]
	switch {
	case !ok:
		return fmt.Errorf("%w: the sender's channel closes on-chain and the thread's record has not settled", ErrThreadSettledOnChain)
	case protocol.ThreadPaysMore(ts, &settled):
		return fmt.Errorf("%w: the record settled with state %d, paying the receiver %s wei", ErrThreadSettledOnChain,
			settled.TxCount, settled.WeiReceiver.Dec())
	}
	return nil
}
