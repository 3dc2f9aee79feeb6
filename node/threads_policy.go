package node

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// Dust threads (docs/threads.md, "Dust"): a channel holds at most state.MaxThreads threads, and each costs
// its parties a dispute and an emptying on-chain if the channel exits. A sender (or a few) opening many
// tiny threads to one receiver would fill the receiver's thread set, so that nobody could open a real
// thread to it, at no cost but the gas the receiver and the hub would spend. A node's ThreadPolicy bounds
// that: a hub backs no thread below a minimum, nor more than a share of a receiver's slots for one sender
// (rules T5, T6), and a receiver takes no thread its hub opens to it that breaks its own policy (T7).

// Errors of the thread policy.
var (
	ErrThreadTooSmall    = errors.New("node: the thread holds less than this node's minimum")
	ErrThreadSenderShare = errors.New("node: the sender holds its share of the receiver's thread slots")
	// ErrThreadReused: a thread is one dispute record on-chain, keyed by its initial state (ADR 0013); a
	// thread opened again with the initial state of one this node held would settle by the old record.
	ErrThreadReused = errors.New("node: a thread with this initial state was held before: the sender must draw a new id")
)

// ThreadPolicy bounds the threads a node takes into its channels: as a hub, those it backs in their
// receivers' channels; as a user, those its hub opens to it.
type ThreadPolicy struct {
	// Min is the least a thread must hold, wei and token: one holding less than Min[0] wei and less than
	// Min[1] token base units (an amount of zero is below any minimum) is refused. A zero minimum takes
	// any positive amount of its asset: Min zero is no minimum.
	Min [2]uint256.Int
	// SenderSlots is how many of a receiver's state.MaxThreads thread slots threads of one sender may hold
	// at once (those open, being opened and just proposed); default state.MaxThreads/4.
	SenderSlots int
}

// DefaultThreadPolicy takes threads holding at least 10^12 wei or 10^12 token base units (a millionth of
// an ether, or of a token of 18 decimals) and lets one sender hold a quarter of a receiver's thread slots.
func DefaultThreadPolicy() ThreadPolicy {
	var p ThreadPolicy
	p.Min[0].SetUint64(1e12)
	p.Min[1].SetUint64(1e12)
	p.SenderSlots = state.MaxThreads / 4
	return p
}

// dust reports whether th holds less than p's minimum in every asset.
func (p *ThreadPolicy) dust(th *state.ThreadState) bool {
	below := func(amount, min *uint256.Int) bool { return amount.IsZero() || amount.Lt(min) }
	return below(&th.WeiSender, &p.Min[0]) && below(&th.TokenSender, &p.Min[1])
}

// admits checks the initial state th of a thread to be opened against p, where held are the threads its
// receiver's channel holds or is about to hold (th not among them).
func (p *ThreadPolicy) admits(th *state.ThreadState, held []state.ThreadState) error {
	if p.dust(th) {
		return fmt.Errorf("%w: thread %d holds %s wei and %s token units; the minimum is %s wei or %s token units",
			ErrThreadTooSmall, th.ThreadID, th.WeiSender.Dec(), th.TokenSender.Dec(), p.Min[0].Dec(), p.Min[1].Dec())
	}
	n := 0
	for i := range held {
		if held[i].Sender == th.Sender && held[i].Receiver == th.Receiver {
			n++
		}
	}
	if n >= p.SenderSlots {
		return fmt.Errorf("%w: %s has %d threads to %s, at most %d", ErrThreadSenderShare, th.Sender, n, th.Receiver,
			p.SenderSlots)
	}
	return nil
}

// receiverThreads are the threads of the receiver's channel rc, as a hub sees them: those it holds, and
// those the hub's proposals (outstanding, queued, or refused but still binding) open in it.
func receiverThreads(rc *channel) []state.ThreadState {
	seen := map[common.Hash]bool{}
	var out []state.ThreadState
	add := func(ts *state.ThreadState) {
		if k := ts.Key(); !seen[k] {
			seen[k] = true
			out = append(out, *ts)
		}
	}
	for i := range rc.ch.Threads {
		add(&rc.ch.Threads[i].State)
	}
	opens := func(updates []protocol.Update) {
		for _, u := range updates {
			if o, ok := u.(protocol.OpenThread); ok {
				add(&o.Thread.State)
			}
		}
	}
	if rc.out != nil {
		opens(rc.out.updates)
	}
	for _, c := range rc.queue {
		opens(c.updates)
	}
	for _, r := range rc.refused {
		opens(r.updates)
	}
	return out
}

// proposedOpens are the initial states of the threads the OpenThread updates of updates open.
func proposedOpens(updates []protocol.Update) []state.ThreadState {
	var out []state.ThreadState
	for _, u := range updates {
		if o, ok := u.(protocol.OpenThread); ok {
			out = append(out, o.Thread.State)
		}
	}
	return out
}

// ruleThreads is a receiver's policy for the threads its hub opens in its channel (rule T7): each must
// pass this node's ThreadPolicy, counted with the threads the channel holds and those opened before it in
// the same proposal.
func (e *Engine) ruleThreads(ch *channel, p protocol.Propose) error {
	if ch.hubSide {
		return nil
	}
	var held []state.ThreadState
	for i := range ch.ch.Threads {
		held = append(held, ch.ch.Threads[i].State)
	}
	for _, ts := range proposedOpens(p.Updates) {
		if ts.Receiver != e.me {
			continue // T1 refuses it
		}
		if err := e.cfg.Threads.admits(&ts, held); err != nil {
			return err
		}
		if e.heldBefore(&ts) {
			return fmt.Errorf("%w: thread %d from %s", ErrThreadReused, ts.ThreadID, ts.Sender)
		}
		held = append(held, ts)
	}
	return nil
}

// heldBefore reports whether this node's book has a thread of initial state ts that is closed or settled
// and no longer in its channel (rule T8): opened again, it would join the old thread's on-chain record.
func (e *Engine) heldBefore(ts *state.ThreadState) bool {
	t := e.thr.get(idOf(ts))
	if t == nil {
		return false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.initial.State == *ts && (t.settled || t.closing) && !t.inChannel
}
