package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// Payment ids (issue 12): a caller names a payment (PayID) so that a retry never pays twice. A command
// line that timed out, a program that restarted, a user pressing the button again: each asks with the
// same id and gets the first call's outcome, waiting for it if it is still under way, instead of a second
// payment. The id's record (the payment's receipts, with their hashlocks) is stored in the same Commit as
// the proposal that opens its locks, so no crash can leave a lock without its id; the outcome follows
// from the locks: settled (the preimage is stored with the settle) or gone back.

// MaxPaymentID is the longest payment id, in bytes.
const MaxPaymentID = 64

// ErrPaymentID reports an id that is empty, too long or not printable.
var ErrPaymentID = errors.New("node: a payment id is 1 to 64 printable characters, without spaces")

// Outcomes of a payment id's record.
const (
	payPending = ""
	paySent    = "sent"
	payFailed  = "failed"
)

// payIDRecord is what the store keeps of a payment id (Meta "payid/<id>").
type payIDRecord struct {
	Receipts []Receipt      `json:"receipts"` // of the latest attempt, hashlocks and preimages
	Hub      common.Address `json:"hub"`      // the hub the attempt's locks went through
	Outcome  string         `json:"outcome,omitempty"`
	Err      string         `json:"err,omitempty"`
}

// payIDEntry is a payment id known to this run of the engine.
type payIDEntry struct {
	id      string
	rec     payIDRecord
	running bool          // a PayID call of this run is making the payment
	done    chan struct{} // closed when that call returns
}

// payIDView is a copy of an entry taken in the loop, for a PayID call to read outside it: the loop keeps
// writing the entry itself (the receipts of an attempt, its outcome) while other calls wait.
type payIDView struct {
	rec     payIDRecord
	running bool
	done    <-chan struct{}
}

// view copies ent for a reader outside the loop. In the loop.
func (ent *payIDEntry) view() payIDView {
	return payIDView{rec: ent.rec, running: ent.running, done: ent.done}
}

// payIDs is the payment id feature's state, owned by the loop.
type payIDs struct {
	byID map[string]*payIDEntry
}

func payIDMeta(id string) string { return "payid/" + id }

// checkPaymentID refuses ids that are empty, too long, or hold spaces or control characters.
func checkPaymentID(id string) error {
	if id == "" || len(id) > MaxPaymentID {
		return fmt.Errorf("%w: %q", ErrPaymentID, id)
	}
	for _, r := range id {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return fmt.Errorf("%w: %q", ErrPaymentID, id)
		}
	}
	return nil
}

// PayID is Pay for a payment named id: the first call with id pays; a later call with the same id, on
// this run or after a restart, pays nothing and returns the first call's outcome (its receipts, or its
// failure wrapping ErrPaymentFailed), waiting for it while its locks are still open. A call that failed
// before any lock was opened (no route, a refused amount) leaves no trace: the id may be used again.
func (e *Engine) PayID(ctx context.Context, id string, payments ...Payment) ([]Receipt, error) {
	if err := checkPaymentID(id); err != nil {
		return nil, err
	}
	for {
		var ent *payIDEntry
		var v payIDView
		var fresh bool
		var lerr error
		err := e.query(ctx, func() {
			if ent, fresh, lerr = e.claimPayID(ctx, id); ent != nil {
				v = ent.view() // ent is the loop's: read only v from here on
			}
		})
		if err != nil {
			return nil, err
		}
		if lerr != nil {
			return nil, lerr
		}
		if fresh {
			break
		}
		switch {
		case v.rec.Outcome == paySent:
			return v.rec.Receipts, nil
		case v.rec.Outcome == payFailed:
			return v.rec.Receipts, fmt.Errorf("%w: %s (payment id %q was used by a payment that failed; use a new id to pay again)",
				ErrPaymentFailed, v.rec.Err, id)
		case v.running:
			e.progress("pay", fmt.Sprintf("payment %q is under way; waiting for its outcome", id))
			select {
			case <-v.done:
				continue
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-e.done:
				return nil, ErrStopped
			}
		}
		return e.awaitPayID(ctx, ent)
	}
	receipts, err := e.measuredPay(ctx, id, payments)
	final := err == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, ErrStopped)
	_ = e.query(context.Background(), func() { e.payIDDone(id, final, err) })
	return receipts, err
}

// claimPayID finds id's entry, loading its record from the store, or makes it (fresh, running). In the
// loop.
func (e *Engine) claimPayID(ctx context.Context, id string) (*payIDEntry, bool, error) {
	if e.payids.byID == nil {
		e.payids.byID = map[string]*payIDEntry{}
	}
	if ent := e.payids.byID[id]; ent != nil {
		return ent, false, nil
	}
	b, err := e.cfg.Store.Meta(ctx, payIDMeta(id))
	switch {
	case errors.Is(err, state.ErrNotFound):
		ent := &payIDEntry{id: id, running: true, done: make(chan struct{})}
		e.payids.byID[id] = ent
		return ent, true, nil
	case err != nil:
		return nil, false, err
	}
	ent := &payIDEntry{id: id, done: make(chan struct{})}
	close(ent.done)
	if err := json.Unmarshal(b, &ent.rec); err != nil {
		return nil, false, fmt.Errorf("node: stored payment id %q: %w", id, err)
	}
	e.payids.byID[id] = ent
	return ent, false, nil
}

// recordPayID stores the receipts of an attempt of payment id, whose locks go to hub, in the turn that
// proposes them. In the loop.
func (e *Engine) recordPayID(id string, hub common.Address, receipts []Receipt) {
	ent := e.payids.byID[id]
	if ent == nil {
		return
	}
	ent.rec = payIDRecord{Receipts: receipts, Hub: hub}
	e.storePayID(ent)
}

// storePayID puts ent's record in the current turn's Commit.
func (e *Engine) storePayID(ent *payIDEntry) {
	b, err := json.Marshal(ent.rec)
	if err != nil {
		e.log.Error("node: cannot encode a payment id's record", "id", ent.id, "err", err)
		return
	}
	if e.cur.batch.Meta == nil {
		e.cur.batch.Meta = map[string][]byte{}
	}
	e.cur.batch.Meta[payIDMeta(ent.id)] = b
}

// payIDDone ends the PayID call making payment id: a final outcome is stored; a call that ended with its
// context leaves the payment pending (a later call waits for its locks); an id whose payment never opened
// a lock is forgotten. In the loop.
func (e *Engine) payIDDone(id string, final bool, err error) {
	ent := e.payids.byID[id]
	if ent == nil || !ent.running {
		return
	}
	ent.running = false
	close(ent.done)
	switch {
	case len(ent.rec.Receipts) == 0: // nothing was ever proposed
		delete(e.payids.byID, id)
	case !final:
	case err == nil:
		ent.rec.Outcome = paySent
		e.storePayID(ent)
	default:
		ent.rec.Outcome, ent.rec.Err = payFailed, err.Error()
		e.storePayID(ent)
	}
}

// awaitPayID waits for the outcome of a payment id whose call is gone (it ended with its context, or the
// node restarted): each lock of its latest attempt either settled (its preimage is stored), is still
// open or proposed (waited for), or went back. It reads ent only in the loop (its id never changes).
func (e *Engine) awaitPayID(ctx context.Context, ent *payIDEntry) ([]Receipt, error) {
	var p *payment
	var settled bool
	var err error
	var receipts []Receipt // fixed: only a running call records an attempt, and ent's call is gone
	if qerr := e.query(ctx, func() {
		receipts = ent.rec.Receipts
		p, settled, err = e.resumePayID(ctx, ent)
	}); qerr != nil {
		return nil, qerr
	}
	if err == nil && p != nil {
		e.progress("pay", fmt.Sprintf("payment %q is under way; waiting for its outcome", ent.id))
		select {
		case <-p.done:
			err = p.err
			settled = err == nil
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-e.done:
			return nil, ErrStopped
		}
	}
	if err == nil && !settled {
		err = fmt.Errorf("%w: its locks went back", ErrPaymentFailed)
	}
	_ = e.query(context.Background(), func() {
		if ent.rec.Outcome != payPending {
			return
		}
		if err == nil {
			ent.rec.Outcome = paySent
		} else {
			ent.rec.Outcome, ent.rec.Err = payFailed, err.Error()
		}
		e.storePayID(ent)
	})
	return receipts, err
}

// resumePayID looks at the locks of ent's latest attempt: if any is still open or proposed, it returns a
// payment to wait on (the running one if this run still tracks the locks); if all settled, settled; else
// the payment failed. In the loop.
func (e *Engine) resumePayID(ctx context.Context, ent *payIDEntry) (*payment, bool, error) {
	if len(ent.rec.Receipts) == 0 {
		return nil, false, fmt.Errorf("%w: no lock of payment %q was ever proposed", ErrPaymentFailed, ent.id)
	}
	if p := e.pays[ent.rec.Receipts[0].Hashlock]; p != nil {
		return p, false, nil
	}
	open := e.openLocks(ent.rec.Hub)
	p := &payment{receipts: ent.rec.Receipts, done: make(chan struct{}), id: ent.id}
	settledAll := true
	for _, r := range ent.rec.Receipts {
		if open[r.Hashlock] {
			p.pending++
			e.pays[r.Hashlock] = p
			settledAll = false
			continue
		}
		if _, err := e.cfg.Store.Preimage(ctx, r.Hashlock); err != nil && !e.preimageOnItsWay(r.Hashlock) {
			if !errors.Is(err, state.ErrNotFound) {
				return nil, false, err
			}
			for h, q := range e.pays {
				if q == p {
					delete(e.pays, h)
				}
			}
			return nil, false, fmt.Errorf("%w: lock %s went back", ErrPaymentFailed, r.Hashlock)
		}
	}
	if settledAll {
		return nil, true, nil
	}
	return p, false, nil
}

// openLocks are the hashlocks of the locks this node has open, proposed or queued in its channel with
// hub.
func (e *Engine) openLocks(hub common.Address) map[common.Hash]bool {
	open := map[common.Hash]bool{}
	ch := e.channels[hub]
	if ch == nil {
		return open
	}
	for _, l := range ch.ch.Locks {
		if ch.iSend(&l) {
			open[l.Hashlock] = true
		}
	}
	var updates []protocol.Update
	if ch.out != nil {
		updates = append(updates, ch.out.updates...)
	}
	for _, c := range ch.queue {
		updates = append(updates, c.updates...)
	}
	for _, u := range updates {
		if a, ok := u.(protocol.AddLock); ok {
			open[a.Lock.Hashlock] = true
		}
	}
	return open
}
