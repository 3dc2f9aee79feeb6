package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// Payment is one payment of a purchase: amounts for the user whose key is To, through the hub.
type Payment struct {
	To         *ecdsa.PublicKey
	Wei, Token uint256.Int
	Memo       string // at most MaxMemo bytes, readable only by the recipient
}

// Receipt proves a settled payment: the preimage of its hashlock, which only the recipient could reveal.
type Receipt struct {
	To       common.Address
	Hashlock common.Hash
	Preimage [32]byte
}

// payment is a Pay call waiting for its locks to resolve.
type payment struct {
	receipts []Receipt
	pending  int
	err      error
	done     chan struct{} // closed once every lock resolved, or the first failed
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
func (e *Engine) Pay(ctx context.Context, payments ...Payment) ([]Receipt, error) {
	c, p, err := e.purchase(ctx, payments)
	if err != nil {
		return nil, err
	}
	if err := e.submit(c); err != nil {
		return nil, err
	}
	select {
	case <-p.done:
		if p.err != nil {
			return nil, p.err
		}
		return p.receipts, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
}

// purchase builds the command that opens a purchase's locks, and its payment.
func (e *Engine) purchase(ctx context.Context, payments []Payment) (*cmd, *payment, error) {
	switch {
	case e.cfg.Role != User:
		return nil, nil, fmt.Errorf("%w: only users pay; a hub forwards", ErrNotSupported)
	case len(payments) == 0:
		return nil, nil, fmt.Errorf("%w: no payments", ErrBadPayment)
	case len(payments) > protocol.MaxUpdates:
		return nil, nil, fmt.Errorf("%w: %d payments, at most %d", ErrBadPayment, len(payments), protocol.MaxUpdates)
	}
	p := &payment{pending: len(payments), done: make(chan struct{})}
	c := &cmd{ctx: ctx, to: e.cfg.Hub}
	expiry := e.cfg.Clock() + e.cfg.PaymentExpiry
	for i, pm := range payments {
		r, lock, note, err := e.lockFor(pm, expiry)
		if err != nil {
			return nil, nil, fmt.Errorf("payment %d: %w", i, err)
		}
		note.LockID = uint64(i)
		p.receipts = append(p.receipts, r)
		c.updates, c.notes = append(c.updates, protocol.AddLock{Lock: lock}), append(c.notes, note)
	}
	c.then = func(err error) {
		if err == nil {
			return
		}
		for _, r := range p.receipts {
			e.pays.failed(r.Hashlock, fmt.Errorf("%w: %w", ErrPaymentFailed, err))
		}
	}
	c.register = func() {
		for _, r := range p.receipts {
			e.pays[r.Hashlock] = p
		}
	}
	return c, p, nil
}

// lockFor makes a payment's secret, lock and sealed note.
func (e *Engine) lockFor(pm Payment, expiry uint64) (Receipt, state.Lock, protocol.Note, error) {
	switch {
	case pm.To == nil:
		return Receipt{}, state.Lock{}, protocol.Note{}, fmt.Errorf("%w: no recipient", ErrBadPayment)
	case pm.Wei.IsZero() && pm.Token.IsZero():
		return Receipt{}, state.Lock{}, protocol.Note{}, fmt.Errorf("%w: zero amount", ErrBadPayment)
	}
	to := crypto.PubkeyToAddress(*pm.To)
	if to == e.me || to == e.cfg.Hub {
		return Receipt{}, state.Lock{}, protocol.Note{}, fmt.Errorf("%w: recipient %s is this node or its hub", ErrBadPayment, to)
	}
	var r Receipt
	if _, err := rand.Read(r.Preimage[:]); err != nil {
		return Receipt{}, state.Lock{}, protocol.Note{}, err
	}
	r.To, r.Hashlock = to, state.Hashlock(r.Preimage)
	sealed, err := e.secrets.seal(pm.To, r.Preimage, pm.Memo)
	if err != nil {
		return Receipt{}, state.Lock{}, protocol.Note{}, err
	}
	lock := state.Lock{AmountWei: pm.Wei, AmountToken: pm.Token, Hashlock: r.Hashlock, Expiry: expiry}
	return r, lock, protocol.Note{Recipient: to, Payload: sealed}, nil
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
			if err := e.checkLink(a.Lock, now); err != nil {
				return fmt.Errorf("lock %d: %w", a.Lock.ID, err)
			}
			continue
		}
		if err := e.canForward(from, a.Lock, note, now, &p); err != nil {
			return fmt.Errorf("lock %d: %w", a.Lock.ID, err)
		}
	}
	return nil
}

// canForward checks one lock the hub would forward.
func (e *Engine) canForward(from *channel, l state.Lock, note protocol.Note, now uint64, p *protocol.Propose) error {
	to, ok := e.channels[note.Recipient]
	switch {
	case note.Recipient == from.peer || note.Recipient == e.me:
		return fmt.Errorf("%w: recipient %s", ErrCannotForward, note.Recipient)
	case !ok:
		return fmt.Errorf("%w: %s has no channel with this hub", ErrUnknownRecipient, note.Recipient)
	case l.Expiry <= now+2*e.cfg.ForwardDelta:
		return fmt.Errorf("%w: expiry %d leaves less than %d s for the recipient", ErrExpiryTooSoon, l.Expiry, e.cfg.ForwardDelta)
	case l.Expiry > now+e.cfg.MaxForwardExpiry: // the hub's own lock would pin its collateral until then
		return fmt.Errorf("%w: lock %d expires at %d; a forwarded lock at most at %d", ErrLockTooLong, l.ID, l.Expiry, now+e.cfg.MaxForwardExpiry)
	}
	if _, ok := e.peerID(note.Recipient); !ok {
		return fmt.Errorf("%w: %s", ErrUnreachable, note.Recipient)
	}
	if wei, token := hubSpendable(&to.ch.Latest.State); wei.Lt(&l.AmountWei) || token.Lt(&l.AmountToken) {
		what := "; retry later"
		if e.mayCollateralize(from, p) && e.autoCollateral(to, [2]uint256.Int{l.AmountWei, l.AmountToken}) {
			what = "; the hub is collateralizing it, retry shortly"
		}
		return fmt.Errorf("%w: %s (hub can spend %s wei, %s token in its channel)%s", ErrNeedsCollateral,
			note.Recipient, wei.Dec(), token.Dec(), what)
	}
	return nil
}

// hubSpendable is what the hub may pay out of a channel state: its balances minus its own pending
// deposits, which count only once confirmed on-chain.
func hubSpendable(s *state.ChannelState) (wei, token *uint256.Int) {
	wei, token = new(uint256.Int), new(uint256.Int)
	if !s.WeiHub.Lt(&s.Pending.DepositWeiHub) {
		wei.Sub(&s.WeiHub, &s.Pending.DepositWeiHub)
	}
	if !s.TokenHub.Lt(&s.Pending.DepositTokenHub) {
		token.Sub(&s.TokenHub, &s.Pending.DepositTokenHub)
	}
	return wei, token
}

// RecipientNeedsCollateral reports whether a payment of these amounts to the user with address to would
// be refused now for lack of hub balance in to's channel (the seed's recipientNeedsCollateral). A hub
// answers from its own view (and starts topping the channel up); a user asks its hub on
// CollateralProtocol.
func (e *Engine) RecipientNeedsCollateral(ctx context.Context, to common.Address, wei, token uint256.Int) (bool, error) {
	if e.cfg.Role == User {
		w, t := wei.Bytes32(), token.Bytes32()
		req := append(append(to.Bytes(), w[:]...), t[:]...)
		resp, err := e.cfg.Host.Request(ctx, e.cfg.HubPeer, CollateralProtocol, req)
		if err != nil {
			return false, err
		}
		if len(resp) != 1 || resp[0] > 1 {
			return false, fmt.Errorf("%w: collateral answer %x", ErrBadAnswer, resp)
		}
		return resp[0] == 1, nil
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
	if e.cfg.Role == User {
		return e.cfg.HubPeer, addr == e.cfg.Hub
	}
	return e.cfg.Host.PeerOf(addr)
}
