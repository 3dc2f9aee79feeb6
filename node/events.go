package node

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// EventKind says what an Event reports.
type EventKind string

// Event kinds.
const (
	EventState EventKind = "state" // a channel has a new latest double-signed state
	// EventReceived: a payment to this node is irrevocably its own: the lock that pays it is in a state
	// both sides signed and this node stored, with the preimage that claims it. The settle that moves the
	// balance follows (EventState); until then the lock shows in the channel's open locks.
	EventReceived EventKind = "received"
	EventSent     EventKind = "sent"   // a payment this node made settled
	EventFailed   EventKind = "failed" // a payment this node made failed
	// EventProgress: an on-chain operation of this node (deposit, withdraw, collateral) moved a step on,
	// or a routed payment tries another route (op "pay").
	EventProgress EventKind = "progress"
	// EventForwarded: a payment this hub forwarded settled downstream (Peer, Wei, Token), and the hub
	// claims its upstream lock (From) with the preimage; Fee is what it keeps.
	EventForwarded EventKind = "forwarded"
	// EventForwardFailed: this hub gave a payer's or hub's lock (Peer) back, unforwarded or come back, saying
	// why (Err).
	EventForwardFailed EventKind = "forward-failed"
	// EventThreadReceived: a thread state paying this node more arrived and is stored (Thread, Count; Wei
	// and Token are what it added; From is the sender, Peer the hub).
	EventThreadReceived EventKind = "thread-received"
	// EventThreadSettled: a thread this node sends or receives was settled on-chain in this node's channel
	// (an exit of the channel, such as DisputeThread, emptied it): Thread, Count (of the state it settled
	// by), From (the sender), Peer (the hub); Wei and Token are what this node got of it, paid to its
	// address.
	EventThreadSettled EventKind = "thread-settled"
	// EventThreadsNuked: the threads left of this node's channel with Peer were nuked on-chain (the
	// escape hatch, NukeThreads, by anyone): Wei and Token went to the channel's user; TxHash is the
	// transaction's.
	EventThreadsNuked EventKind = "threads-nuked"
)

// Event is one change the engine reports to subscribers.
type Event struct {
	Kind     EventKind
	Peer     common.Address     // the channel's counterparty
	State    state.ChannelState // EventState: the new latest state
	Hashlock common.Hash        // payments: the lock's hashlock
	Wei      uint256.Int        // payments: the amounts
	Token    uint256.Int
	Memo     string         // EventReceived: the payer's memo; EventSent, EventFailed: the payment's memo
	ID       string         // EventSent, EventFailed: the payment's id (PayID), if it has one
	From     common.Address // EventReceived: the payer
	Err      string         // EventFailed, EventForwardFailed: why
	Fee      uint256.Int    // EventForwarded: the fee the hub keeps, in wei
	// EventProgress: the operation, its step in words, and its transaction's confirmations once sent
	// (TxHash also for EventThreadsNuked).
	Op                    string
	Stage                 string
	TxHash                common.Hash
	Confirmations, Needed uint64
	// Thread events: the thread's key and the state's count.
	Thread common.Hash
	Count  uint64
	// Missed counts events dropped before this one because the subscriber was slow.
	Missed uint64
}

// eventBuffer is each subscriber's queue length; a subscriber that falls further behind misses events
// (counted in the next event's Missed) rather than slowing the engine.
const eventBuffer = 4096

type subscriber struct {
	ch     chan Event
	missed uint64
}

// eventHub fans events out to subscribers.
type eventHub struct {
	mu     sync.Mutex
	subs   map[*subscriber]struct{}
	closed bool
}

func newEventHub() *eventHub { return &eventHub{subs: map[*subscriber]struct{}{}} }

// publish sends ev to every subscriber without blocking.
func (h *eventHub) publish(ev Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		ev.Missed = s.missed
		select {
		case s.ch <- ev:
			s.missed = 0
		default:
			s.missed++
		}
	}
}

// close ends every subscription.
func (h *eventHub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		close(s.ch)
	}
	h.subs, h.closed = map[*subscriber]struct{}{}, true
}

// Subscribe returns a channel of the engine's events from now on; it is closed when ctx ends or the
// engine stops.
func (e *Engine) Subscribe(ctx context.Context) <-chan Event {
	h := e.events
	s := &subscriber{ch: make(chan Event, eventBuffer)}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		close(s.ch)
		return s.ch
	}
	h.subs[s] = struct{}{}
	go func() {
		select {
		case <-ctx.Done():
		case <-e.done:
			return
		}
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, ok := h.subs[s]; ok {
			delete(h.subs, s)
			close(s.ch)
		}
	}()
	return s.ch
}
