package node

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// Custodial payments are the trusted kind, opt-in for the payer: the payer transfers the amount to the
// hub outright, and the hub records that it holds it for the recipient, who can claim it into its
// channel whenever the hub has the balance there. They need no collateral and no recipient online, but
// the recipient must trust the hub to pay out: nothing on-chain enforces the custody.
const (
	// CustodialNote is the LockID of the note that marks a batch as a custodial payment: a single
	// Transfer to the hub, the note naming the recipient (its payload a memo the hub can read).
	CustodialNote = math.MaxUint64
)

// CustodialProtocol is how a user asks its hub about custody: a one-byte request (custodyBalance or
// custodyClaim), answered with the amounts (wei, token; 32 bytes each, big-endian).
var CustodialProtocol = p2p.ProtocolID("custodial", "1.0.0")

const (
	custodyBalance byte = 1
	custodyClaim   byte = 2
)

// ErrNothingToClaim reports a claim with no custody, or no hub balance to pay it out yet.
var ErrNothingToClaim = errors.New("node: nothing to claim")

// PayCustodial pays a user of the same hub through the hub's custody (see CustodialNote): trusted, but
// it needs no collateral and completes once the hub countersigns. It returns that state.
func (e *Engine) PayCustodial(ctx context.Context, to common.Address, wei, token uint256.Int, memo string) (state.SignedState, error) {
	switch {
	case e.cfg.Role != User:
		return state.SignedState{}, fmt.Errorf("%w: only users pay", ErrNotSupported)
	case to == e.me || to == e.cfg.Hub || to == (common.Address{}):
		return state.SignedState{}, fmt.Errorf("%w: recipient %s", ErrBadPayment, to)
	case wei.IsZero() && token.IsZero():
		return state.SignedState{}, fmt.Errorf("%w: zero amount", ErrBadPayment)
	case len(memo) > MaxMemo:
		return state.SignedState{}, fmt.Errorf("%w: memo of %d bytes, at most %d", ErrBadPayment, len(memo), MaxMemo)
	}
	c := &cmd{ctx: ctx, to: e.cfg.Hub, updates: []protocol.Update{protocol.Transfer{Wei: wei, Token: token}},
		notes: []protocol.Note{{LockID: CustodialNote, Recipient: to, Payload: []byte(memo)}}, done: make(chan cmdResult, 1)}
	if err := e.submit(c); err != nil {
		return state.SignedState{}, err
	}
	return c.wait(e.done)
}

// custodialPayment returns the recipient and amounts if p is a custodial payment; an error if it is one
// but malformed.
func custodialPayment(p protocol.Propose) (to common.Address, amount [2]uint256.Int, ok bool, err error) {
	i := -1
	for j, n := range p.Notes {
		if n.LockID == CustodialNote {
			i = j
		}
	}
	if i < 0 {
		return common.Address{}, amount, false, nil
	}
	if len(p.Updates) != 1 || len(p.Notes) != 1 {
		return common.Address{}, amount, true, fmt.Errorf("%w: a custodial payment is one transfer to the hub with one note", ErrBadPayment)
	}
	t, isTransfer := p.Updates[0].(protocol.Transfer)
	if !isTransfer || t.ToUser {
		return common.Address{}, amount, true, fmt.Errorf("%w: a custodial payment is one transfer to the hub with one note", ErrBadPayment)
	}
	return p.Notes[i].Recipient, [2]uint256.Int{t.Wei, t.Token}, true, nil
}

// checkCustodial is the hub's policy for a custodial payment: its recipient is another user of the hub.
func (e *Engine) checkCustodial(from *channel, p protocol.Propose) error {
	to, _, ok, err := custodialPayment(p)
	switch {
	case err != nil || !ok:
		return err
	case to == from.peer || to == e.me:
		return fmt.Errorf("%w: recipient %s", ErrCannotForward, to)
	case e.channels[to] == nil || !e.channels[to].hubSide: // custody is paid out to a user of this hub only
		return fmt.Errorf("%w: %s is not a user of this hub", ErrUnknownRecipient, to)
	}
	return nil
}

// credited records a custodial payment the hub accepted, stored by the current turn's Commit.
func (e *Engine) credited(p protocol.Propose) {
	to, amount, ok, err := custodialPayment(p)
	if !ok || err != nil {
		return
	}
	e.setCustody(to, func(b *[2]uint256.Int) {
		b[0].Add(&b[0], &amount[0])
		b[1].Add(&b[1], &amount[1])
	})
}

// setCustody changes user's custody and queues the new value for the current turn's Commit.
func (e *Engine) setCustody(user common.Address, f func(*[2]uint256.Int)) {
	b := e.custody[user]
	f(&b)
	e.custody[user] = b
	if e.cur.batch.Custodial == nil {
		e.cur.batch.Custodial = map[common.Address][2]uint256.Int{}
	}
	e.cur.batch.Custodial[user] = b
}

// handleCustodial serves CustodialProtocol (hubs).
func (e *Engine) handleCustodial(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	if len(req) != 1 || req[0] != custodyBalance && req[0] != custodyClaim {
		return nil, fmt.Errorf("%w: a custody request is one byte, 1 or 2", ErrMalformed)
	}
	res := make(chan custodyAnswer, 1)
	c := &cmd{ctx: ctx, inspect: func() {
		if req[0] == custodyBalance {
			res <- custodyAnswer{amount: e.custody[from]}
			return
		}
		e.claim(from, res)
	}}
	if err := e.submit(c); err != nil {
		return nil, err
	}
	select {
	case a := <-res:
		if a.err != nil {
			return nil, a.err
		}
		w, t := a.amount[0].Bytes32(), a.amount[1].Bytes32()
		return append(w[:], t[:]...), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
}

type custodyAnswer struct {
	amount [2]uint256.Int
	err    error
}

// claim pays out as much of user's custody as the hub can spend in user's channel, with a transfer the
// user countersigns; the custody goes down in the same commit as the proposal, and back up if the
// transfer fails. The answer comes once the transfer is done.
func (e *Engine) claim(user common.Address, res chan<- custodyAnswer) {
	ch := e.channels[user]
	have := e.custody[user]
	if ch == nil || !ch.hubSide || have[0].IsZero() && have[1].IsZero() { // custody is paid to this hub's users
		res <- custodyAnswer{err: ErrNothingToClaim}
		return
	}
	wei, token := hubSpendable(&ch.ch.Latest.State)
	pay := [2]uint256.Int{*minU(&have[0], wei), *minU(&have[1], token)}
	if pay[0].IsZero() && pay[1].IsZero() {
		e.autoCollateral(ch, have)
		res <- custodyAnswer{err: fmt.Errorf("%w: %w: %s", ErrNothingToClaim, ErrNeedsCollateral, user)}
		return
	}
	e.setCustody(user, func(b *[2]uint256.Int) { b[0].Sub(&b[0], &pay[0]); b[1].Sub(&b[1], &pay[1]) })
	c := e.queueEngine(user, protocol.Transfer{ToUser: true, Wei: pay[0], Token: pay[1]})
	c.then = func(err error) {
		switch {
		case err == nil:
			res <- custodyAnswer{amount: pay}
		case c.bound(): // the user refused a transfer it may still countersign: the custody waits (voided)
			res <- custodyAnswer{err: err}
		default:
			e.refundCustody(user, pay)
			res <- custodyAnswer{err: err}
		}
	}
	c.voided = func() { e.refundCustody(user, pay) }
}

// refundCustody gives back to user's custody a payout that did not happen.
func (e *Engine) refundCustody(user common.Address, pay [2]uint256.Int) {
	e.setCustody(user, func(b *[2]uint256.Int) { b[0].Add(&b[0], &pay[0]); b[1].Add(&b[1], &pay[1]) })
}

func minU(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return a
	}
	return b
}

// CustodialBalance asks the hub what it holds in custody for this user.
func (e *Engine) CustodialBalance(ctx context.Context) ([2]uint256.Int, error) {
	return e.custodyRequest(ctx, custodyBalance)
}

// ClaimCustodial asks the hub to pay this user's custody into its channel (as much as the hub can pay
// there now) and returns what was paid.
func (e *Engine) ClaimCustodial(ctx context.Context) ([2]uint256.Int, error) {
	return e.custodyRequest(ctx, custodyClaim)
}

func (e *Engine) custodyRequest(ctx context.Context, op byte) ([2]uint256.Int, error) {
	if e.cfg.Role != User {
		return [2]uint256.Int{}, fmt.Errorf("%w: ask the hub", ErrNotSupported)
	}
	resp, err := e.cfg.Host.Request(ctx, e.cfg.HubPeer, CustodialProtocol, []byte{op})
	if err != nil {
		return [2]uint256.Int{}, err
	}
	if len(resp) != 64 {
		return [2]uint256.Int{}, fmt.Errorf("%w: custody answer of %d bytes", ErrBadAnswer, len(resp))
	}
	var out [2]uint256.Int
	out[0].SetBytes(resp[:32])
	out[1].SetBytes(resp[32:])
	return out, nil
}
