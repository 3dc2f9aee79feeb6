package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Router finds routes over the hub network and keeps the memory of failed hops. Network implements it;
// the engine asks it when it pays through another hub than its own.
type Router interface {
	// Route returns the cheapest route for amount wei from payer (a user of payerHubs) to payee (a user
	// of payeeHubs), avoiding exclude.
	Route(payer common.Address, payerHubs []common.Address, payee common.Address, payeeHubs []common.Address,
		amount *uint256.Int, exclude routing.Exclusion) (routing.Route, error)
	// Policy returns the announced forwarding policy and peer key of hub.
	Policy(hub common.Address) (routing.Policy, *ecdsa.PublicKey, bool)
}

// planned is one payment's route and the lock that starts it.
type planned struct {
	receipt Receipt
	lock    state.Lock
	note    protocol.Note
	first   common.Address // the hub the payer's lock goes to
}

// purchase builds the command that opens a purchase's locks, and its payment. Every payment of one
// purchase goes through the same first hub, in one state of this node's channel with it.
func (e *Engine) purchase(ctx context.Context, payments []Payment, exclude routing.Exclusion) (*cmd, *payment, error) {
	switch {
	case e.cfg.Role != User:
		return nil, nil, fmt.Errorf("%w: only users pay; a hub forwards", ErrNotSupported)
	case len(payments) == 0:
		return nil, nil, fmt.Errorf("%w: no payments", ErrBadPayment)
	case len(payments) > protocol.MaxUpdates:
		return nil, nil, fmt.Errorf("%w: %d payments, at most %d", ErrBadPayment, len(payments), protocol.MaxUpdates)
	}
	p := &payment{pending: len(payments), done: make(chan struct{})}
	c := &cmd{ctx: ctx}
	for i, pm := range payments {
		pl, err := e.plan(pm, exclude)
		if err != nil {
			return nil, nil, fmt.Errorf("payment %d: %w", i, err)
		}
		if i > 0 && pl.first != c.to {
			return nil, nil, fmt.Errorf("%w: payment %d goes through hub %s, the purchase through %s; pay it on its own",
				ErrBadPayment, i, pl.first, c.to)
		}
		c.to = pl.first
		pl.note.LockID = uint64(i)
		p.receipts = append(p.receipts, pl.receipt)
		if pm.Memo != "" {
			if p.memos == nil {
				p.memos = map[common.Hash]string{}
			}
			p.memos[pl.receipt.Hashlock] = pm.Memo
		}
		c.updates, c.notes = append(c.updates, protocol.AddLock{Lock: pl.lock}), append(c.notes, pl.note)
	}
	if c.noteBytes() > protocol.MaxNotesPayload {
		return nil, nil, fmt.Errorf("%w: the purchase's notes take %d bytes, at most %d: split it", ErrBadPayment,
			c.noteBytes(), protocol.MaxNotesPayload)
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

// plan makes a payment's secret, finds its route and builds the payer's lock with its onion.
func (e *Engine) plan(pm Payment, exclude routing.Exclusion) (planned, error) {
	switch {
	case pm.To == nil:
		return planned{}, fmt.Errorf("%w: no recipient", ErrBadPayment)
	case pm.Wei.IsZero() && pm.Token.IsZero():
		return planned{}, fmt.Errorf("%w: zero amount", ErrBadPayment)
	}
	to := crypto.PubkeyToAddress(*pm.To)
	if to == e.me || e.hubs.has(to) {
		return planned{}, fmt.Errorf("%w: recipient %s is this node or its hub", ErrBadPayment, to)
	}
	route, keys, err := e.route(to, pm, exclude)
	if err != nil {
		return planned{}, err
	}
	var r Receipt
	if _, err := rand.Read(r.Preimage[:]); err != nil {
		return planned{}, err
	}
	r.To, r.Hashlock, r.Fee, r.Amount = to, state.Hashlock(r.Preimage), route.TotalFee, pm.Wei
	for _, h := range route.Hops {
		r.Route = append(r.Route, h.Node)
	}
	sealed, err := e.secrets.seal(pm.To, r.Preimage, pm.Memo, pm.Wei, pm.Token)
	if err != nil {
		return planned{}, err
	}
	lock, layers, err := e.onionHops(route, keys, pm.Token)
	if err != nil {
		return planned{}, err
	}
	lock.Hashlock = r.Hashlock
	first := route.Hops[0].Node
	a, err := e.fwd.keys.get(crypto.CompressPubkey(keys[0]), first, e.cfg.Key) // cached per first hub
	if err != nil {
		return planned{}, fmt.Errorf("%w: %w", ErrBadPayment, err)
	}
	packet, err := onion.BuildWith(r.Hashlock, layers, sealed, onion.First{Header: crypto.CompressPubkey(&e.cfg.Key.PublicKey), AEAD: a})
	if err != nil {
		return planned{}, fmt.Errorf("%w: %w", ErrBadPayment, err)
	}
	return planned{receipt: r, lock: lock, note: protocol.Note{Recipient: first, Payload: packet}, first: first}, nil
}

// route finds the payment's route: through this node's hub to one of its users, or over the network.
func (e *Engine) route(to common.Address, pm Payment, exclude routing.Exclusion) (routing.Route, []*ecdsa.PublicKey, error) {
	amount := pm.Wei
	onlyMyHub := slices.Equal(pm.Via, []common.Address{e.cfg.Hub}) && len(e.hubs.list()) == 1
	if len(pm.Via) == 0 || onlyMyHub {
		return e.directRoute(e.cfg.Hub, to, &amount)
	}
	if e.cfg.Router == nil {
		return routing.Route{}, nil, fmt.Errorf("%w: the recipient is reachable through %s, and this node knows no hub network",
			ErrUnreachable, pm.Via)
	}
	if amount.IsZero() {
		return routing.Route{}, nil, fmt.Errorf("%w: a payment routed across hubs carries wei", ErrBadPayment)
	}
	if exclude.MaxExpiry == 0 { // the first hub (taken to accept what this node would) must take the lock
		exclude.MaxExpiry = e.cfg.MaxForwardExpiry - min(e.cfg.MaxForwardExpiry, e.minFinal())
	}
	route, err := e.cfg.Router.Route(e.me, e.hubs.list(), to, pm.Via, &amount, exclude)
	if err != nil {
		return routing.Route{}, nil, fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	keys := make([]*ecdsa.PublicKey, len(route.Hops))
	for i, h := range route.Hops {
		if keys[i], err = e.hubKey(h.Node); err != nil {
			return routing.Route{}, nil, err
		}
	}
	return route, keys, nil
}

// directRoute is the one-hop route through hub to one of its users, at the hub's announced policy (no fee
// and this node's expiry delta if the hub did not announce one).
func (e *Engine) directRoute(hub, to common.Address, amount *uint256.Int) (routing.Route, []*ecdsa.PublicKey, error) {
	pol := routing.Policy{ExpiryDelta: e.cfg.ForwardDelta}
	if e.cfg.Router != nil {
		if p, _, ok := e.cfg.Router.Policy(hub); ok {
			pol = p
		}
	}
	key, err := e.hubKey(hub)
	if err != nil {
		return routing.Route{}, nil, err
	}
	fee, ok := pol.Fee(amount)
	if !ok {
		return routing.Route{}, nil, fmt.Errorf("%w: amount out of range", ErrBadPayment)
	}
	h := routing.Hop{Node: hub, Next: to, Forwards: *amount, Fee: fee, ExpiryDelta: pol.ExpiryDelta}
	h.Receives.Add(amount, &fee)
	r := routing.Route{Payee: to, Payer: e.me, Hops: []routing.Hop{h}, Amount: *amount, Total: h.Receives, TotalFee: fee,
		TotalExpiry: pol.ExpiryDelta}
	return r, []*ecdsa.PublicKey{key}, nil
}

// hubKey returns the public key of a hub: from its peer id if it is one of this node's hubs or announced.
func (e *Engine) hubKey(hub common.Address) (*ecdsa.PublicKey, error) {
	if h, ok := e.hubs.get(hub); ok {
		return p2p.PublicKeyOf(h.id)
	}
	if e.cfg.Router != nil {
		if _, k, ok := e.cfg.Router.Policy(hub); ok {
			return k, nil
		}
	}
	return nil, fmt.Errorf("%w: no key known for hub %s", ErrUnreachable, hub)
}

// onionHops turns a route into the payer's lock (amounts and expiry) and each hop's sealed instruction:
// the recipient's lock expires PaymentExpiry - ForwardDelta from now (less if the route's hubs would not
// accept so long a lock), and each hop's lock ExpiryDelta later than the one it forwards.
func (e *Engine) onionHops(route routing.Route, keys []*ecdsa.PublicKey, token uint256.Int) (state.Lock, []onion.Hop, error) {
	now := e.cfg.Clock()
	final := e.cfg.PaymentExpiry - min(e.cfg.PaymentExpiry, e.cfg.ForwardDelta)
	if limit := e.cfg.MaxForwardExpiry; route.TotalExpiry+final > limit && limit > route.TotalExpiry {
		final = limit - route.TotalExpiry
	}
	if final < e.minFinal() {
		return state.Lock{}, nil, fmt.Errorf("%w: the route's expiry deltas (%d s) leave the recipient too little time",
			ErrUnreachable, route.TotalExpiry)
	}
	expiry := now + final // of the lock the current hop forwards, from the last hop back
	layers := make([]onion.Hop, len(route.Hops))
	for i := len(route.Hops) - 1; i >= 0; i-- {
		h := route.Hops[i]
		layers[i] = onion.Hop{Key: keys[i], Instruction: onion.Instruction{Next: h.Next, Wei: h.Forwards, Token: token, Expiry: expiry}}
		expiry += h.ExpiryDelta
	}
	return state.Lock{AmountWei: route.Total, AmountToken: token, Expiry: expiry}, layers, nil
}

// RouteTo returns the route a payment of wei to the user at address to, reachable through via (empty: a
// user of this node's hub), would take now, without paying.
func (e *Engine) RouteTo(to common.Address, wei uint256.Int, via []common.Address) (routing.Route, error) {
	if e.cfg.Role != User {
		return routing.Route{}, fmt.Errorf("%w: only users pay; a hub forwards", ErrNotSupported)
	}
	r, _, err := e.route(to, Payment{Wei: wei, Via: via}, routing.Exclusion{})
	return r, err
}

// minFinal is the least time, in seconds, a payment leaves its recipient to claim its lock: enough to
// reveal the preimage on-chain (RevealMargin, ConfirmTime) with a hop's delta to spare.
func (e *Engine) minFinal() uint64 {
	return e.cfg.RevealMargin + e.cfg.ConfirmTime + e.cfg.ForwardDelta
}
