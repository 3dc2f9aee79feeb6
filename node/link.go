package node

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// linkBook is the link payments' state: the payers' locks a hub holds for redeemers, and the secrets of
// the links a user is redeeming.
type linkBook struct {
	held   map[common.Hash]lockRef   // hub: the payer's lock of each link, by hashlock
	claims map[common.Hash]linkClaim // user: links being redeemed, by hashlock
}

func newLinkBook() linkBook {
	return linkBook{held: map[common.Hash]lockRef{}, claims: map[common.Hash]linkClaim{}}
}

// A link payment is money anyone holding the link can claim later, even if they have no channel yet when
// it is made. Unlike the seed's, it is not held in the hub's custody: the payer locks it to the hub with a
// hashlock whose secret travels only in the link, so the hub holds a lock it cannot settle. Whoever
// redeems the link asks the hub to lock the same amount to them with the same hashlock, then settles it
// with the secret, and only then can the hub settle the payer's lock. A link nobody redeems expires back
// to the payer.

// LinkProtocol redeems a link payment: the request is the link's hashlock (32 bytes), sent by the user
// who redeems it; the answer is empty once the hub has queued its lock to that user.
var LinkProtocol = p2p.ProtocolID("link", "1.0.0")

// linkPrefix starts a link's text form.
const linkPrefix = "spokelink1:"

// Errors of link payments.
var (
	ErrBadLink      = errors.New("node: not a spoke link")
	ErrUnknownLink  = errors.New("node: the hub holds no unredeemed link payment with that secret")
	ErrLinkOwnHub   = errors.New("node: the link is a payment held by another hub")
	ErrLinkRedeemed = errors.New("node: the link payment is being redeemed already")
	ErrLinkShort    = errors.New("node: the hub's lock pays less than the link")
)

// Link is a link payment as the payer hands it on: the hub holding it, its secret, its amounts (so that a
// redeemer settles only a lock of at least these) and the payer's memo.
type Link struct {
	Hub        peer.ID
	Preimage   [32]byte
	Wei, Token uint256.Int
	Memo       string
}

// String is the link's text form:
// spokelink1:<hub peer id>:<secret hex>:<wei>:<token>:<memo, URL-escaped>.
func (l Link) String() string {
	return linkPrefix + l.Hub.String() + ":" + hex.EncodeToString(l.Preimage[:]) + ":" + l.Wei.Dec() + ":" +
		l.Token.Dec() + ":" + url.QueryEscape(l.Memo)
}

// linkClaim is a link this user is redeeming: its secret and the amounts the hub's lock must carry.
type linkClaim struct {
	secret
	wei, token uint256.Int
}

// Hashlock is the hashlock of the link's lock.
func (l Link) Hashlock() common.Hash { return state.Hashlock(l.Preimage) }

// ParseLink reads a link's text form.
func ParseLink(s string) (Link, error) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), linkPrefix)
	parts := strings.SplitN(rest, ":", 5)
	if !ok || len(parts) != 5 {
		return Link{}, fmt.Errorf("%w: want %s<hub>:<secret>:<wei>:<token>:<memo>", ErrBadLink, linkPrefix)
	}
	hub, err := peer.Decode(parts[0])
	if err != nil {
		return Link{}, fmt.Errorf("%w: hub %q: %v", ErrBadLink, parts[0], err)
	}
	pre, err := hex.DecodeString(parts[1])
	if err != nil || len(pre) != 32 {
		return Link{}, fmt.Errorf("%w: the secret is not 32 bytes of hex", ErrBadLink)
	}
	l := Link{Hub: hub, Preimage: [32]byte(pre)}
	if l.Wei.SetFromDecimal(parts[2]) != nil || l.Token.SetFromDecimal(parts[3]) != nil {
		return Link{}, fmt.Errorf("%w: amounts", ErrBadLink)
	}
	if l.Memo, err = url.QueryUnescape(parts[4]); err != nil || len(l.Memo) > MaxMemo {
		return Link{}, fmt.Errorf("%w: memo", ErrBadLink)
	}
	return l, nil
}

// PayLink locks wei and token to the hub as a link payment and returns the link, once the hub has
// countersigned the lock. The payer gets EventSent when someone redeems it, EventFailed when it expires
// unredeemed after LinkExpiry (the lock returns to the payer).
func (e *Engine) PayLink(ctx context.Context, wei, token uint256.Int, memo string) (Link, error) {
	switch {
	case e.cfg.Role != User:
		return Link{}, fmt.Errorf("%w: only users pay", ErrNotSupported)
	case wei.IsZero() && token.IsZero():
		return Link{}, fmt.Errorf("%w: zero amount", ErrBadPayment)
	case len(memo) > MaxMemo:
		return Link{}, fmt.Errorf("%w: memo of %d bytes, at most %d", ErrBadPayment, len(memo), MaxMemo)
	}
	l := Link{Hub: e.cfg.HubPeer, Wei: wei, Token: token, Memo: memo}
	if _, err := rand.Read(l.Preimage[:]); err != nil {
		return Link{}, err
	}
	lock := state.Lock{AmountWei: wei, AmountToken: token, Hashlock: l.Hashlock(), Expiry: e.cfg.Clock() + e.cfg.LinkExpiry}
	c := &cmd{ctx: ctx, to: e.cfg.Hub, updates: []protocol.Update{protocol.AddLock{Lock: lock}},
		notes: []protocol.Note{{LockID: 0}}, done: make(chan cmdResult, 1)} // no recipient: a link
	if err := e.submit(c); err != nil {
		return Link{}, err
	}
	if _, err := c.wait(e.done); err != nil {
		return Link{}, err
	}
	return l, nil
}

// RedeemLink claims a link payment of this user's hub: it asks the hub to lock the payment to this node
// and settles that lock with the link's secret. It returns the amounts once received (EventReceived).
func (e *Engine) RedeemLink(ctx context.Context, l Link) (Event, error) {
	if e.cfg.Role != User {
		return Event{}, fmt.Errorf("%w: only users redeem links", ErrNotSupported)
	}
	if l.Hub != e.cfg.HubPeer {
		return Event{}, fmt.Errorf("%w (%s, this node's hub is %s)", ErrLinkOwnHub, l.Hub, e.cfg.HubPeer)
	}
	h := l.Hashlock()
	claim := linkClaim{secret: secret{Preimage: l.Preimage, Memo: l.Memo}, wei: l.Wei, token: l.Token}
	if err := e.query(ctx, func() { e.links.claims[h] = claim }); err != nil {
		return Event{}, err
	}
	subCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	events := e.Subscribe(subCtx)
	forget := func() { // a failed redemption leaves no secret behind (a late lock is then given back)
		_ = e.query(context.Background(), func() { delete(e.links.claims, h) })
	}
	if _, err := e.cfg.Host.Request(ctx, e.cfg.HubPeer, LinkProtocol, h[:]); err != nil {
		forget()
		return Event{}, err
	}
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				return Event{}, ErrStopped
			}
			if ev.Kind == EventReceived && ev.Hashlock == h {
				return ev, nil
			}
		case <-ctx.Done():
			forget()
			return Event{}, fmt.Errorf("%w (waiting for the hub's lock; the link stays redeemable)", ctx.Err())
		}
	}
}

// holdLink keeps a received link lock (hub): stored as a link in this turn's Commit, it waits for a
// redeemer instead of being forwarded.
func (e *Engine) holdLink(up *channel, l state.Lock) {
	e.links.held[l.Hashlock] = lockRef{up.peer, l.ID}
	e.cur.batch.Links = append(e.cur.batch.Links, l.Hashlock)
	e.log.Info("node: holding a link payment", "payer", up.peer, "lock", l.ID)
}

// forgetLink forgets the link of hashlock h if the lock ref holds it.
func (e *Engine) forgetLink(h common.Hash, ref lockRef) {
	if r, ok := e.links.held[h]; ok && r == ref {
		delete(e.links.held, h)
	}
}

// checkLink is the hub's policy for a link lock: it must leave room for a redeemer's earlier expiry.
func (e *Engine) checkLink(l state.Lock, now uint64) error {
	if l.Expiry <= now+2*e.cfg.ForwardDelta {
		return fmt.Errorf("%w: link expiry %d leaves less than %d s for a redeemer", ErrExpiryTooSoon, l.Expiry, 2*e.cfg.ForwardDelta)
	}
	return nil
}

// handleLink serves LinkProtocol (hubs): it forwards the link lock of the hashlock to the requester.
func (e *Engine) handleLink(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	if len(req) != common.HashLength {
		return nil, fmt.Errorf("%w: a link redemption is a %d-byte hashlock", ErrMalformed, common.HashLength)
	}
	h := common.BytesToHash(req)
	res := make(chan error, 1)
	c := &cmd{ctx: ctx, inspect: func() { res <- e.redeem(from, h) }}
	if err := e.submit(c); err != nil {
		return nil, err
	}
	select {
	case err := <-res:
		return nil, err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// redeem forwards the link lock of hashlock h to redeemer, in the loop. If the forward fails, the link
// stays redeemable.
func (e *Engine) redeem(redeemer common.Address, h common.Hash) error {
	ref, ok := e.links.held[h]
	if !ok {
		return ErrUnknownLink
	}
	if e.forwards.hash(h) != nil {
		return ErrLinkRedeemed
	}
	if _, err := e.cfg.Store.Preimage(context.Background(), h); err == nil || e.preimageOnItsWay(h) {
		delete(e.links.held, h) // redeemed already: the hub learnt its secret
		return ErrUnknownLink
	}
	up := e.channels[ref.peer]
	if up == nil || up.exiting {
		return ErrUnknownLink
	}
	var l state.Lock
	found := false
	for _, x := range up.ch.Locks {
		if x.ID == ref.id {
			l, found = x, true
		}
	}
	if !found {
		delete(e.links.held, h)
		return ErrUnknownLink
	}
	note := protocol.Note{LockID: 0, Recipient: redeemer}
	// The redeemer settles at once: its lock lasts as a payment's would, not as long as the link (which
	// would pin the hub's collateral in its channel for up to a day). If it lapses, the link stays.
	now := e.cfg.Clock()
	fl := l
	fl.Expiry = min(l.Expiry, now+e.cfg.PaymentExpiry)
	out := hop{next: redeemer, wei: l.AmountWei, token: l.AmountToken, expiry: fl.Expiry - min(fl.Expiry, e.cfg.ForwardDelta)}
	if out.expiry <= now+e.cfg.ForwardDelta {
		return fmt.Errorf("%w: the link expires at %d, too soon to pay it out", ErrExpiryTooSoon, l.Expiry)
	}
	if to, ok := e.channels[redeemer]; !ok || !to.hubSide {
		return fmt.Errorf("%w: links are redeemed by users of the hub that holds them", ErrUnknownRecipient)
	}
	if err := e.checkDelivery(up, out, nil); err != nil {
		return err
	}
	fw := e.forwards.add(h, ref)
	e.recordVolume(redeemer, &l)
	down := state.Lock{ToUser: true, AmountWei: l.AmountWei, AmountToken: l.AmountToken, Hashlock: h,
		Expiry: fl.Expiry - e.cfg.ForwardDelta}
	c := &cmd{ctx: context.Background(), to: redeemer, updates: []protocol.Update{protocol.AddLock{Lock: down}},
		notes: []protocol.Note{note}}
	c.then = func(err error) {
		switch {
		case err == nil:
		case c.bound(): // the redeemer refused a lock it may still countersign: not redeemable until final
			e.log.Warn("node: the redeemer refused the link payment's lock; the link waits until that is final", "to", redeemer, "err", err)
			e.waitRefused(fw, down.Expiry)
		default:
			e.log.Warn("node: cannot place a link payment's lock; the link stays redeemable", "to", redeemer, "err", err)
			e.forwards.remove(fw)
		}
	}
	c.voided = func() {
		if fw.waiting {
			e.giveBack(fw) // the link is redeemable again
		}
	}
	e.enqueue(c)
	return nil
}
