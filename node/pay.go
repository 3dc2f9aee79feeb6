package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Payment is one payment of a purchase: amounts for the user whose key is To.
type Payment struct {
	To         *ecdsa.PublicKey
	Wei, Token uint256.Int
	Memo       string // at most MaxMemo bytes, readable only by the recipient
	// Via are the hubs the recipient is reachable through. Empty means a user of this node's hub; else the
	// payment is routed over the hub network (Config.Router) to one of them.
	Via []common.Address
}

// Receipt proves a settled payment: the preimage of its hashlock, which only the recipient could reveal.
// In JSON its fields are camelCase, the preimage hex and the amounts decimal strings.
type Receipt struct {
	To       common.Address `json:"to"`
	Hashlock common.Hash    `json:"hashlock"`
	Preimage [32]byte       `json:"-"`
	// Route lists the hubs the payment went through, in order; Fee is what they charged together, in wei.
	Route  []common.Address `json:"route"`
	Fee    uint256.Int      `json:"fee"`
	Amount uint256.Int      `json:"amount"` // wei the recipient gets
}

// receiptJSON is a Receipt with its preimage as hex.
type receiptJSON struct {
	receiptFields
	Preimage hexutil.Bytes `json:"preimage"`
}

type receiptFields Receipt // Receipt without its methods

// MarshalJSON encodes r with its preimage as 0x-prefixed hex.
func (r Receipt) MarshalJSON() ([]byte, error) {
	return json.Marshal(&receiptJSON{receiptFields(r), r.Preimage[:]}) // a pointer: uint256.Int marshals as a decimal string only when addressable
}

// UnmarshalJSON decodes what MarshalJSON encodes.
func (r *Receipt) UnmarshalJSON(b []byte) error {
	var j receiptJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if len(j.Preimage) != len(r.Preimage) {
		return fmt.Errorf("node: a receipt's preimage is %d bytes, not %d", len(j.Preimage), len(r.Preimage))
	}
	*r = Receipt(j.receiptFields)
	copy(r.Preimage[:], j.Preimage)
	return nil
}

// payment is a Pay call waiting for its locks to resolve.
type payment struct {
	receipts []Receipt
	pending  int
	err      error
	done     chan struct{}          // closed once every lock resolved, or the first failed
	id       string                 // the caller's name for it (PayID), or ""
	memos    map[common.Hash]string // each lock's memo, by hashlock, for the payer's events
}

// tag is what the payer's sent and failed events of the lock with hashlock h carry: its payment's id and
// the lock's memo (both empty for a lock of no payment this run knows).
func (ps payments) tag(h common.Hash) (id, memo string) {
	if p := ps[h]; p != nil {
		return p.id, p.memos[h]
	}
	return "", ""
}

// payments indexes the payments in flight by hashlock.
type payments map[common.Hash]*payment

// settled records a lock of a payment paid with its preimage.
func (ps payments) settled(h common.Hash, preimage [32]byte) {
	p := ps[h]
	if p == nil {
		return
	}
	delete(ps, h)
	if p.err == nil {
		p.pending--
		if p.pending == 0 {
			close(p.done)
		}
	}
}

// failed records a lock of a payment that went back to this node (or was never opened).
func (ps payments) failed(h common.Hash, err error) {
	p := ps[h]
	if p == nil {
		return
	}
	delete(ps, h)
	if p.err == nil && p.pending > 0 {
		p.err = err
		close(p.done)
	}
}

// failAll fails every payment in flight.
func (ps payments) failAll(err error) {
	for h := range ps {
		ps.failed(h, err)
	}
}

// Pay makes a purchase: one hashlocked payment to each recipient, opened together in one state of this
// user's channel with its hub. The hub forwards each to its recipient, whose secret (made here, sealed to
// the recipient's key) settles it; the hub cannot take the money without paying the recipient. Pay returns
// the receipts once every payment settled, or the first failure (ErrPaymentFailed: a lock was refused,
// given back or expired; the others may still settle). If ctx ends first, the payments go on; their
// outcome shows in the events.
//
// A single payment routed over the hub network (Payment.Via) that comes back with the node that failed it
// is tried again on a route around that node's hop, up to MaxPayAttempts times, each with a new secret: a
// lock that came back can no longer be claimed, so no attempt pays twice.
func (e *Engine) Pay(ctx context.Context, payments ...Payment) ([]Receipt, error) {
	return e.measuredPay(ctx, "", payments)
}

// measuredPay is pay, its duration and outcome reported to the monitor.
func (e *Engine) measuredPay(ctx context.Context, id string, payments []Payment) ([]Receipt, error) {
	start := time.Now()
	rs, err := e.pay(ctx, id, payments)
	e.monitor().PaymentDone(time.Since(start), err)
	return rs, err
}

// pay is Pay for the payment named id (PayID), or unnamed (""), unmeasured.
func (e *Engine) pay(ctx context.Context, id string, payments []Payment) ([]Receipt, error) {
	var exclude routing.Exclusion
	var last error
	for attempt := 1; ; attempt++ {
		receipts, err := e.payOnce(ctx, id, payments, exclude)
		if last != nil && errors.Is(err, ErrUnreachable) {
			return nil, last // no other route: the failure that excluded the last one says why
		}
		if err != nil && attempt < MaxPayAttempts && len(payments) > 0 && len(payments[0].Via) == 0 && offlineRecipient(err) {
			// The hub had no connection to the recipient: a user reconnecting (after a hub restart,
			// say) is back within moments. The lock came back, so a new attempt cannot pay twice.
			wait := offlineRetry << (attempt - 1)
			e.progress("pay", fmt.Sprintf("the recipient is not connected to the hub; trying again in %s", wait))
			select {
			case <-time.After(wait):
				continue
			case <-ctx.Done():
				return receipts, err
			}
		}
		if err == nil || attempt >= MaxPayAttempts || len(payments) != 1 || len(payments[0].Via) == 0 {
			return receipts, err
		}
		last = err
		if !e.avoid(&exclude, receipts, err) {
			return receipts, err
		}
		e.log.Info("node: routed payment failed; trying another route", "attempt", attempt, "err", err)
		e.progress("pay", fmt.Sprintf("attempt %d failed (%v); trying another route", attempt, err))
	}
}

// MaxPayAttempts bounds the routes a routed payment tries, and the attempts of a payment whose recipient
// is not connected to the hub.
const MaxPayAttempts = routing.DefaultMaxAttempts

// reconnectGrace is how long after its start a hub answers Busy, not a refusal, to a payment whose
// recipient is not connected: its users reconnect within moments (keepHubEvery).
const reconnectGrace = 5 * time.Second

// errReconnecting makes a hub answer a proposal Busy (the payer keeps its locks and proposes them again)
// rather than refuse it.
var errReconnecting = errors.New("node: the recipient is reconnecting to the hub")

// offlineRetry is the wait before the second attempt of a payment whose recipient was offline; each
// later wait doubles (0.25 + 0.5 + 1 + 2 s at most in all).
const offlineRetry = 250 * time.Millisecond

// offlineRecipient reports whether err is a hub's refusal of a lock because the recipient was not
// connected (the refusal reaches the payer as text).
func offlineRecipient(err error) bool {
	return strings.Contains(err.Error(), ErrUnreachable.Error()+": ") && strings.Contains(err.Error(), " is offline")
}

// payOnce makes one attempt of Pay; on failure the receipts say which routes were tried.
func (e *Engine) payOnce(ctx context.Context, id string, payments []Payment, exclude routing.Exclusion) ([]Receipt, error) {
	c, p, err := e.purchase(ctx, payments, exclude)
	if err != nil {
		return nil, err
	}
	p.id = id
	if id != "" {
		register := c.register
		c.register = func() {
			register()
			e.recordPayID(id, c.to, p.receipts) // stored in the turn that proposes the locks
		}
	}
	if err := e.submit(c); err != nil {
		return p.receipts, err
	}
	select {
	case <-p.done:
		if p.err != nil {
			return p.receipts, p.err
		}
		return p.receipts, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
}

// checkForwards is the hub's policy for a user's locks: each must carry a note naming a recipient that
// is a user of this hub, reachable, other than the payer, with room for the hub's earlier expiry and
// enough hub balance in the recipient's channel. A lock refused for lack of balance says the recipient
// needs collateral.
func (e *Engine) checkForwards(from *channel, p protocol.Propose) error {
	now := e.cfg.Clock()
	for _, u := range p.Updates {
		a, ok := u.(protocol.AddLock)
		if !ok {
			continue
		}
		note, ok := noteFor(p.Notes, a.Lock.ID)
		if !ok {
			return fmt.Errorf("%w: lock %d has no recipient", ErrCannotForward, a.Lock.ID)
		}
		if note.Recipient == (common.Address{}) { // a link payment: held for a redeemer
			if !from.hubSide {
				return fmt.Errorf("%w: lock %d: links are held by the payer's own hub", ErrCannotForward, a.Lock.ID)
			}
			if err := e.checkLink(a.Lock, now); err != nil {
				return fmt.Errorf("lock %d: %w", a.Lock.ID, err)
			}
			continue
		}
		h, err := e.canForward(from, a.Lock, note, now, &p)
		if e.forwards.hash(a.Lock.Hashlock) != nil { // a loop (L3 let only a hub's through)
			err = fmt.Errorf("%w: the payment loops back through this hub", ErrHashlockInFlight)
		}
		switch {
		case err != nil && e.fromHub(from):
			h = hop{fail: err}
		case err != nil:
			return fmt.Errorf("lock %d: %w", a.Lock.ID, err)
		}
		e.cur.plan(a.Lock.Hashlock, h)
	}
	return nil
}

// canForward checks one lock the hub would forward and returns what it would do with it.
func (e *Engine) canForward(from *channel, l state.Lock, note protocol.Note, now uint64, p *protocol.Propose) (hop, error) {
	h, err := e.planHop(from, &l, note, now)
	if err != nil {
		return hop{}, err
	}
	return h, e.checkDelivery(from, h, p)
}

// checkDelivery checks that this node can open the lock of hop h, for a lock received from from: the next
// node has a channel with this one, is reachable, and this node can pay the amounts in that channel.
func (e *Engine) checkDelivery(from *channel, h hop, p *protocol.Propose) error {
	to, ok := e.channels[h.next]
	switch {
	case h.next == from.peer || h.next == e.me:
		return fmt.Errorf("%w: recipient %s", ErrCannotForward, h.next)
	case !ok:
		return fmt.Errorf("%w: %s has no channel with this hub", ErrUnknownRecipient, h.next)
	}
	if !e.connected(h.next) {
		if time.Since(e.startedAt) < reconnectGrace {
			// Just started: the recipient is likely reconnecting. Busy keeps the payer's lock and has it
			// proposed again shortly, instead of failing the payment.
			return fmt.Errorf("%w: %s is not connected yet; this hub just started", errReconnecting, h.next)
		}
		return fmt.Errorf("%w: %s is offline", ErrUnreachable, h.next) // fail at once: the payer routes around it
	}
	wei, token := spendable(to)
	if !wei.Lt(&h.wei) && !token.Lt(&h.token) {
		return nil
	}
	what := "; retry later"
	switch {
	case to.hubSide && e.mayCollateralize(from, p) && e.autoCollateral(to, [2]uint256.Int{h.wei, h.token}):
		what = "; the hub is collateralizing it, retry shortly"
	case e.reserveEmpty(&h):
		what = "; the hub's reserve is empty, so it cannot collateralize the channel until its operator tops the reserve up"
	}
	return fmt.Errorf("%w: %s (hub can spend %s wei, %s token in its channel)%s", ErrNeedsCollateral,
		h.next, wei.Dec(), token.Dec(), what)
}

// spendable is what this node may pay out of ch's latest state.
func spendable(ch *channel) (wei, token *uint256.Int) {
	if ch.hubSide {
		return hubSpendable(&ch.ch.Latest.State)
	}
	return userSpendable(&ch.ch.Latest.State)
}

// hubSpendable is what the hub may pay out of a channel state: its balances minus its own pending
// deposits, which count only once confirmed on-chain.
func hubSpendable(s *state.ChannelState) (wei, token *uint256.Int) {
	return unpending(&s.WeiHub, &s.Pending.DepositWeiHub), unpending(&s.TokenHub, &s.Pending.DepositTokenHub)
}

// userSpendable is hubSpendable for the user's side.
func userSpendable(s *state.ChannelState) (wei, token *uint256.Int) {
	return unpending(&s.WeiUser, &s.Pending.DepositWeiUser), unpending(&s.TokenUser, &s.Pending.DepositTokenUser)
}

// unpending is balance less a pending deposit in it (zero if the deposit is larger).
func unpending(balance, deposit *uint256.Int) *uint256.Int {
	out := new(uint256.Int)
	if !balance.Lt(deposit) {
		out.Sub(balance, deposit)
	}
	return out
}

// RecipientNeedsCollateral reports whether a payment of these amounts to the user with address to would
// be refused now for lack of hub balance in to's channel (the seed's recipientNeedsCollateral). A hub
// answers from its own view (and starts topping the channel up); a user asks its hub on
// CollateralProtocol.
func (e *Engine) RecipientNeedsCollateral(ctx context.Context, to common.Address, wei, token uint256.Int) (bool, error) {
	if e.cfg.Role == User {
		return e.askCollateral(ctx, e.cfg.HubPeer, to, wei, token)
	}
	res := make(chan error, 1)
	c := &cmd{ctx: ctx, inspect: func() {
		ch, ok := e.channels[to]
		if !ok {
			res <- fmt.Errorf("%w: %s", ErrUnknownRecipient, to)
			return
		}
		if w, t := hubSpendable(&ch.ch.Latest.State); w.Lt(&wei) || t.Lt(&token) {
			e.autoCollateral(ch, [2]uint256.Int{wei, token})
			res <- ErrNeedsCollateral
			return
		}
		res <- nil
	}}
	if err := e.submit(c); err != nil {
		return false, err
	}
	select {
	case err := <-res:
		if errors.Is(err, ErrNeedsCollateral) {
			return true, nil
		}
		return false, err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// askCollateral asks the hub at hub whether a payment of these amounts to its user to lacks collateral
// now (CollateralProtocol).
func (e *Engine) askCollateral(ctx context.Context, hub peer.ID, to common.Address, wei, token uint256.Int) (bool, error) {
	w, t := wei.Bytes32(), token.Bytes32()
	req := append(append(to.Bytes(), w[:]...), t[:]...)
	resp, err := e.cfg.Host.Request(ctx, hub, CollateralProtocol, req)
	if err != nil {
		return false, err
	}
	if len(resp) != 1 || resp[0] > 1 {
		return false, fmt.Errorf("%w: collateral answer %x", ErrBadAnswer, resp)
	}
	return resp[0] == 1, nil
}

// CollateralProtocol answers a user's RecipientNeedsCollateral: the request is the recipient's address
// (20 bytes) and the amounts (wei, token; 32 bytes each), the answer one byte, 1 if the payment would be
// refused for lack of collateral.
var CollateralProtocol = p2p.ProtocolID("collateral", "1.0.0")

// handleCollateral serves CollateralProtocol (hubs).
func (e *Engine) handleCollateral(ctx context.Context, _ common.Address, req []byte) ([]byte, error) {
	if len(req) != common.AddressLength+64 {
		return nil, fmt.Errorf("%w: a collateral question is %d bytes", ErrMalformed, common.AddressLength+64)
	}
	var wei, token uint256.Int
	wei.SetBytes(req[20:52])
	token.SetBytes(req[52:])
	needs, err := e.RecipientNeedsCollateral(ctx, common.BytesToAddress(req[:20]), wei, token)
	if err != nil {
		return nil, err
	}
	if needs {
		return []byte{1}, nil
	}
	return []byte{0}, nil
}

// peerID returns the libp2p id to reach the counterparty addr.
func (e *Engine) peerID(addr common.Address) (peer.ID, bool) {
	if h, ok := e.hubs.get(addr); ok {
		return h.id, true
	}
	if e.cfg.Role == User {
		return "", false
	}
	return e.cfg.Host.PeerOf(addr)
}
