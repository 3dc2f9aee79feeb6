package node

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/routing"
)

// A lock given back (CancelLock) may carry why, in a note of its batch: the payer of a routed payment
// learns which node failed it and why, and routes around it on the next attempt. A hub that gives back its
// upstream lock because its own forward came back passes the reason on. The reason is only as good as
// the peers that relay it: the first hop's is its own, a farther one's is what the hops between say.

// FailureNote is the LockID of a note that says why a lock is given back: its Recipient is the node that
// failed the payment, its Payload the given-back lock's id (8 bytes big-endian) and the reason.
const FailureNote = math.MaxUint64 - 1

// maxFailureReason bounds a failure note's reason, in bytes.
const maxFailureReason = 240

// specialNote reports whether a note's LockID is a marker (custodial, failure) rather than an index or id
// of a lock in its batch.
func specialNote(id uint64) bool { return id >= FailureNote }

// Failure says which node failed a payment and why.
type Failure struct {
	Node   common.Address
	Reason string
}

// failureNote is the note giving back lock id for f.
func failureNote(id uint64, f Failure) protocol.Note {
	reason := f.Reason
	if len(reason) > maxFailureReason {
		reason = reason[:maxFailureReason]
	}
	payload := binary.BigEndian.AppendUint64(nil, id)
	return protocol.Note{LockID: FailureNote, Recipient: f.Node, Payload: append(payload, reason...)}
}

// failuresOf returns the failures a batch's notes report, by the id of the lock given back.
func failuresOf(notes []protocol.Note) map[uint64]Failure {
	var out map[uint64]Failure
	for _, n := range notes {
		if n.LockID != FailureNote || len(n.Payload) < 8 {
			continue
		}
		if out == nil {
			out = map[uint64]Failure{}
		}
		out[binary.BigEndian.Uint64(n.Payload)] = Failure{Node: n.Recipient, Reason: printable(n.Payload[8:])}
	}
	return out
}

// cancelFor gives back the lock id received from peer, saying why.
func (e *Engine) cancelFor(peer common.Address, id uint64, f Failure) {
	c := e.queueEngine(peer, protocol.CancelLock{ID: id})
	c.notes = []protocol.Note{failureNote(id, f)}
}

// PaymentError is a payment's failure as the payer learned it: the node that failed it (zero if unknown)
// and its reason. It wraps ErrPaymentFailed.
type PaymentError struct {
	Failure
	Why string // how the lock came back: cancelled, expired, refused
}

func (p *PaymentError) Error() string {
	if p.Node == (common.Address{}) {
		return fmt.Sprintf("%s: %s", ErrPaymentFailed, p.Why)
	}
	return fmt.Sprintf("%s: %s (at %s: %s)", ErrPaymentFailed, p.Why, p.Node, p.Reason)
}

func (p *PaymentError) Unwrap() error { return ErrPaymentFailed }

// failedAt returns the node a payment error names, if any.
func failedAt(err error) (common.Address, bool) {
	var pe *PaymentError
	if errors.As(err, &pe) && pe.Node != (common.Address{}) {
		return pe.Node, true
	}
	return common.Address{}, false
}

// Memory is what a Router may also do: remember the hops that failed and carried payments, so that later
// routes weigh them (Network implements it).
type Memory interface {
	Failed(from, to common.Address, amount *uint256.Int)
	Succeeded(from, to common.Address, amount *uint256.Int)
}

// avoid adds to exclude the hop that failed a routed payment's attempt (the failing node's hop to the next
// on the route, or the node itself if the route does not name it) and tells the router's memory. It
// reports false if the failure names no node to avoid (nothing would change on a retry), or the payee.
//
// A payer's own hub that refuses the lock is remembered too, but not retried around at once: the refused
// proposal binds this node until its channel with that hub moves past it (ADR 12), and a malicious hub
// could still forward it, so a second route now could pay twice. The next Pay routes around it.
func (e *Engine) avoid(exclude *routing.Exclusion, receipts []Receipt, err error) bool {
	mem, _ := e.cfg.Router.(Memory)
	if errors.Is(err, ErrRejected) && len(receipts) == 1 && len(receipts[0].Route) > 0 && mem != nil {
		mem.Failed(e.me, receipts[0].Route[0], &receipts[0].Amount)
		return false
	}
	at, ok := failedAt(err)
	if !ok || len(receipts) != 1 || at == receipts[0].To || at == e.me {
		return false
	}
	r := receipts[0]
	for i, hub := range r.Route {
		if hub != at {
			continue
		}
		next := r.To
		if i+1 < len(r.Route) {
			next = r.Route[i+1]
		}
		exclude.Pairs = append(exclude.Pairs, routing.Pair{From: at, To: next})
		if mem != nil {
			mem.Failed(at, next, &r.Amount)
		}
		return true
	}
	// A node not on the route: some hop on it lied. Blame the route's hops between hubs (not a bystander
	// the lie named, which would steer the payer away from an honest detour).
	for i := 0; i+1 < len(r.Route); i++ {
		exclude.Pairs = append(exclude.Pairs, routing.Pair{From: r.Route[i], To: r.Route[i+1]})
	}
	return len(r.Route) > 1
}

// printable is a peer's text made safe to show and log: valid UTF-8, control characters (terminal escape
// sequences included) replaced by "?".
func printable(b []byte) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return '?'
		}
		return r
	}, string(b))
}
