package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// The hub's side of threads (docs/threads.md). A thread is in two of the hub's channels: the sender's,
// which funds it, and the receiver's, which the hub funds. The hub keeps them paired:
//   - it opens the receiver's side only after the sender's is double-signed, and closes the sender's side
//     with the initial state (the funds go back) if the receiver's side does not open;
//   - it accepts the receiver's close only while the sender's channel holds the thread, stores the final
//     state with the receiver's close, and closes the sender's side with that same state, retrying until
//     it is done. The final state is signed by the sender, so the hub never pays out on the receiver's side
//     more than it takes on the sender's.

// ErrThreadReceiver reports a thread to someone the hub cannot back.
var ErrThreadReceiver = errors.New("node: the hub cannot open the receiver's side of this thread")

// hubThreadRetry is how often a hub retries closing a sender's side that failed.
const hubThreadRetry = 2 * time.Second

// hubThreads is a hub's pending thread work.
type hubThreads struct {
	closing map[threadID]state.ThreadRecord // receiver's side closed with Latest; the sender's still open
	busy    map[threadID]bool               // a command for the thread's other side is queued or in flight
	onchain map[threadID]*chainThread       // threads whose record runs on-chain
	settled map[threadID]state.ThreadState  // threads whose record is over, with the state it settled
	lastRun time.Time
}

func (h *hubThreads) init() {
	if h.closing == nil {
		h.closing, h.busy = map[threadID]state.ThreadRecord{}, map[threadID]bool{}
	}
	if h.onchain == nil {
		h.onchain, h.settled = map[threadID]*chainThread{}, map[threadID]state.ThreadState{}
	}
}

// checkThreads is the hub's policy for a user's thread updates (rules T3-T6, docs/update-protocol.md): an
// OpenThread from the sender needs a receiver whose channel with this hub can take the thread now, within
// the hub's ThreadPolicy; a CloseThread from the receiver needs the sender's channel to hold the thread
// and, if that channel is closing on-chain, a final state paying the receiver no more than the thread's
// record settled with (settledCap).
func (e *Engine) checkThreads(ch *channel, p protocol.Propose) error {
	var opened []state.ThreadState // the threads opened earlier in p
	for _, u := range p.Updates {
		switch u := u.(type) {
		case protocol.OpenThread:
			if u.Thread.State.Sender == ch.peer {
				if err := e.canBackThread(ch, &p, u.Thread, opened); err != nil {
					return err
				}
				opened = append(opened, u.Thread.State)
			}
		case protocol.CloseThread:
			ts := &u.Final.State
			if ts.Receiver != ch.peer {
				continue
			}
			sc, ok := e.channels[ts.Sender]
			if !ok || !sc.hubSide {
				return fmt.Errorf("%w: the sender's channel is not with this hub", protocol.ErrUnknownThread)
			}
			if _, held := state.FindThread(sc.ch.Threads, ts.Key()); !held {
				return fmt.Errorf("%w: the sender's channel does not hold it", protocol.ErrUnknownThread)
			}
			if err := e.settledCap(sc, ts); err != nil {
				return err
			}
		}
	}
	return nil
}

// canBackThread checks that the receiver of th is a user of this hub whose channel can take th now, and
// that th passes the hub's ThreadPolicy, counted with the threads of the receiver's channel and those
// opened before it in the same proposal. If the hub's balance there is short, it collateralizes the
// channel, for a proposal p from a stored channel with a valid signature only (mayCollateralize), and
// never for a thread its policy refuses.
func (e *Engine) canBackThread(from *channel, p *protocol.Propose, th state.SignedThread, opened []state.ThreadState) error {
	rc, ok := e.channels[th.State.Receiver]
	switch {
	case !ok || !rc.hubSide || rc.ch.Latest.State.TxCountGlobal == 0:
		return fmt.Errorf("%w: %s has no channel with this hub", ErrThreadReceiver, th.State.Receiver)
	case rc.exiting:
		return fmt.Errorf("%w: the receiver's channel is closing on-chain", ErrThreadReceiver)
	}
	if err := e.cfg.Threads.admits(&th.State, append(receiverThreads(rc), opened...)); err != nil {
		return err
	}
	if _, _, err := protocol.ApplyAll(rc.ch, e.context(rc), protocol.OpenThread{Thread: th}); err != nil {
		if errors.Is(err, protocol.ErrInsufficientBalance) && e.mayCollateralize(from, p) {
			e.autoCollateral(rc, [2]uint256.Int{th.State.WeiSender, th.State.TokenSender})
		}
		return fmt.Errorf("%w: %w", ErrThreadReceiver, err)
	}
	return nil
}

// threadsApplied acts on a hub's channel batch with thread updates, in the loop (after applied's checks
// the batch is ch's latest state, stored by this turn's Commit).
func (e *Engine) threadsApplied(ch *channel, updates []protocol.Update, mine bool) {
	if !ch.hubSide {
		return
	}
	e.hubThr.init()
	for _, u := range updates {
		switch u := u.(type) {
		case protocol.OpenThread:
			if !mine && u.Thread.State.Sender == ch.peer {
				e.openReceiverSide(u.Thread)
			}
		case protocol.CloseThread:
			id := idOf(&u.Final.State)
			switch {
			case !mine && u.Final.State.Receiver == ch.peer:
				initial := u.Final
				if sc, ok := e.channels[u.Final.State.Sender]; ok {
					if i, held := state.FindThread(sc.ch.Threads, id.key); held {
						initial = sc.ch.Threads[i]
					}
				}
				rec := state.ThreadRecord{Initial: initial, Latest: u.Final, Status: state.ThreadClosing}
				if sc := e.channels[u.Final.State.Sender]; sc != nil && sc.exiting {
					rec.Status = state.ThreadClosed // the sender's side settles on-chain, by the record
					e.cur.batch.Threads = append(e.cur.batch.Threads, rec)
					continue
				}
				e.hubThr.closing[id] = rec
				e.cur.batch.Threads = append(e.cur.batch.Threads, rec)
				e.closeSenderSide(id, rec)
			case mine && u.Final.State.Sender == ch.peer:
				if rec, ok := e.hubThr.closing[id]; ok {
					rec.Status = state.ThreadClosed
					e.cur.batch.Threads = append(e.cur.batch.Threads, rec)
					delete(e.hubThr.closing, id)
				}
			}
		}
	}
}

// openReceiverSide proposes the receiver's side of a thread whose sender's side was just accepted; if it
// fails, the sender's side is closed with the initial state (the sender gets its funds back). A proposal
// the receiver refused binds the hub until the receiver's channel moves past it (it can still countersign
// it and use it on-chain, ADR 12): the sender's side stays until then (voided).
func (e *Engine) openReceiverSide(th state.SignedThread) {
	id := idOf(&th.State)
	e.hubThr.busy[id] = true
	c := e.queueEngine(th.State.Receiver, protocol.OpenThread{Thread: th})
	c.then = func(err error) {
		delete(e.hubThr.busy, id)
		switch {
		case err == nil:
			e.log.Info("node: thread opened on both sides", "sender", th.State.Sender, "receiver", th.State.Receiver,
				"id", th.State.ThreadID, "wei", th.State.WeiSender.Dec())
		case errors.Is(err, ErrStopped): // resumeThreads decides after a restart
		case c.bound():
			e.log.Warn("node: the receiver refused the receiver's side of a thread; the sender's side waits until that is final",
				"sender", th.State.Sender, "receiver", th.State.Receiver, "id", th.State.ThreadID, "err", err)
		default:
			e.log.Warn("node: the receiver's side of a thread did not open; giving the sender its funds back",
				"sender", th.State.Sender, "receiver", th.State.Receiver, "id", th.State.ThreadID, "err", err)
			e.undoThread(th)
		}
	}
	c.voided = func() { e.undoUnpaired(th) }
}

// undoUnpaired undoes th (undoThread) unless the receiver's channel holds it or may still come to: the
// voided function of a refused OpenThread, once nothing binds the hub to it any more.
func (e *Engine) undoUnpaired(th state.SignedThread) {
	if e.receiverHolds(th) {
		return
	}
	e.log.Info("node: a refused receiver's side of a thread is superseded; giving the sender its funds back",
		"sender", th.State.Sender, "receiver", th.State.Receiver, "id", th.State.ThreadID)
	e.undoThread(th)
}

// undoThread closes the sender's side of a thread whose receiver's side never opened, with its initial
// state. Nothing needs storing: after a restart, resumeThreads finds the thread unpaired again.
func (e *Engine) undoThread(th state.SignedThread) {
	id := idOf(&th.State)
	rec := state.ThreadRecord{Initial: th, Latest: th, Status: state.ThreadClosing}
	e.hubThr.closing[id] = rec
	e.closeSenderSide(id, rec)
}

// closeSenderSide proposes the sender's side's close with rec's final state; hubThreadWork retries it
// after a failure.
func (e *Engine) closeSenderSide(id threadID, rec state.ThreadRecord) {
	e.hubThr.busy[id] = true
	c := e.queueEngine(rec.Latest.State.Sender, protocol.CloseThread{Final: rec.Latest})
	c.then = func(err error) {
		delete(e.hubThr.busy, id)
		if err != nil {
			e.log.Warn("node: closing the sender's side of a thread failed; retrying", "sender", rec.Latest.State.Sender,
				"id", rec.Latest.State.ThreadID, "err", err)
		}
	}
}

// resumeThreads, at a hub's start, picks up the thread work a stop interrupted: sender's sides to close
// with a stored final state, and threads whose receiver's side never opened.
func (e *Engine) resumeThreads(ctx context.Context) error {
	if e.cfg.Role != Hub {
		return nil
	}
	e.hubThr.init()
	recs, err := e.cfg.Store.Threads(ctx)
	if err != nil {
		return fmt.Errorf("node: load threads: %w", err)
	}
	for _, r := range recs {
		if r.Status == state.ThreadClosing && r.Initial.State.Hub == e.me {
			e.hubThr.closing[idOf(&r.Initial.State)] = r
		}
	}
	for _, ch := range e.channels {
		if !ch.hubSide {
			continue
		}
		for _, th := range ch.ch.Threads {
			if th.State.Sender != ch.peer {
				continue
			}
			id := idOf(&th.State)
			if _, ok := e.hubThr.closing[id]; ok || e.receiverHolds(th) {
				continue
			}
			e.log.Info("node: a thread's receiver's side never opened; giving the sender its funds back",
				"sender", th.State.Sender, "id", th.State.ThreadID)
			e.hubThr.closing[id] = state.ThreadRecord{Initial: th, Latest: th, Status: state.ThreadClosing}
		}
	}
	return nil
}

// receiverHolds reports whether the receiver's channel holds th, or this hub's proposal to open it there
// is outstanding or refused but still binding (the receiver may yet countersign it).
func (e *Engine) receiverHolds(th state.SignedThread) bool {
	rc, ok := e.channels[th.State.Receiver]
	if !ok {
		return false
	}
	if _, held := state.FindThread(rc.ch.Threads, th.State.Key()); held {
		return true
	}
	if rc.out != nil && opensThread(rc.out.updates, &th.State) {
		return true
	}
	for _, r := range rc.refused {
		if opensThread(r.updates, &th.State) {
			return true
		}
	}
	return false
}

// opensThread reports whether updates open the thread whose initial state is ts.
func opensThread(updates []protocol.Update, ts *state.ThreadState) bool {
	for _, u := range updates {
		if o, ok := u.(protocol.OpenThread); ok && o.Thread.State == *ts {
			return true
		}
	}
	return false
}

// hubThreadWork (re)queues the close of every sender's side still open after its receiver's closed, at
// most every hubThreadRetry. It runs in the loop.
func (e *Engine) hubThreadWork(t *turn) {
	if e.cfg.Role != Hub || len(e.hubThr.closing) == 0 || time.Since(e.hubThr.lastRun) < hubThreadRetry {
		return
	}
	e.hubThr.lastRun = time.Now()
	for id, rec := range e.hubThr.closing {
		if e.hubThr.busy[id] {
			continue
		}
		sc, ok := e.channels[rec.Latest.State.Sender]
		if !ok || sc.exiting {
			continue
		}
		if _, held := state.FindThread(sc.ch.Threads, id.key); !held {
			rec.Status = state.ThreadClosed
			t.batch.Threads = append(t.batch.Threads, rec)
			delete(e.hubThr.closing, id)
			continue
		}
		e.closeSenderSide(id, rec)
	}
}
