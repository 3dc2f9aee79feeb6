package sim

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/announce"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Failure reasons, as the CSV and the summary name them.
const (
	reasonNoRoute      = "no_route"
	reasonPayerBalance = "payer_balance"
	reasonBalance      = "insufficient_balance"
	reasonOffline      = "hub_offline"
	reasonCensored     = "censored"
	reasonFee          = "fee_or_expiry_short"
	reasonExpired      = "expired_held"
	reasonExpiryRoom   = "expiry_too_long"
)

// payment is one payment and its current attempt.
type payment struct {
	id             int
	payer, payee   int
	amount         uint256.Int
	start          time.Duration
	attempts       int
	exclude        routing.Exclusion
	lastReason     string
	lastNode       int // the node that failed the last attempt, -1 if none
	staleness      time.Duration
	staleKnown     bool
	pruned         bool
	done           bool
	success        bool
	end            time.Duration
	fee            uint256.Int
	hops           int // hubs on the last attempt's route
	routedOnHubOwn bool

	// the current attempt
	route    routing.Route
	path     []int // payer, hubs..., payee
	lockIDs  []uint64
	expiries []uint64
	preimage [32]byte
	hashlock common.Hash
	view     *announce.View
}

func newMemory() (*routing.Memory, error) { return routing.NewMemory() }

// startPayment draws a payment and makes its first attempt.
func (w *World) startPayment(id int, payers, payees *picker) {
	payer := w.users[payers.pick(w.wlRnd)]
	payee := w.users[payees.pick(w.wlRnd)]
	for tries := 0; payee == payer && tries < 16; tries++ {
		payee = w.users[payees.pick(w.wlRnd)]
	}
	amt := w.cfg.Workload.AmountWei.sample(w.wlRnd)
	p := &payment{id: id, payer: payer, payee: payee, start: w.sched.Elapsed(), lastNode: -1}
	if a, err := ParseWei(fmtWeiFloat(amt)); err == nil && !a.IsZero() {
		p.amount = a.Int
	} else {
		p.amount.SetOne()
	}
	w.m.started(p)
	if payer == payee {
		w.finish(p, false, reasonNoRoute)
		return
	}
	w.attempt(p)
}

// tracePayment starts payment id of a trace.
func (w *World) tracePayment(id int, tp TracePayment) {
	if tp.Payer >= len(w.users) || tp.Payee >= len(w.users) {
		w.m.errorf("trace payment %d: user %d or %d out of range", id, tp.Payer, tp.Payee)
		tp.Payer, tp.Payee = 0, 1
	}
	p := &payment{id: id, payer: w.users[tp.Payer], payee: w.users[tp.Payee], start: w.sched.Elapsed(), lastNode: -1,
		amount: tp.AmountWei.Int}
	w.m.started(p)
	w.attempt(p)
}

// viewOf returns the view and memory the payer routes with.
func (w *World) viewOf(u *node) (*announce.View, *routing.Memory) {
	if u.view != nil {
		return u.view, u.view.Memory()
	}
	if now := w.sched.Elapsed(); now-u.memPruned >= pruneEvery {
		u.mem.Prune(w.sched.Now())
		u.memPruned = now
	}
	return w.nodes[u.hubs[0]].view, u.mem
}

// attempt finds a route on the payer's view and opens the payer's lock, as the node's plan and
// purchase do: through its own hub directly when the payee is a user of it, else over the network.
func (w *World) attempt(p *payment) {
	p.attempts++
	payer, payee := w.nodes[p.payer], w.nodes[p.payee]
	view, mem := w.viewOf(payer)
	p.view = view
	var route routing.Route
	var err error
	if _, direct := payee.chans[payer.hubs[0]]; direct {
		route, err = w.directRoute(view, payer, payee, &p.amount)
	} else {
		ex := p.exclude
		ex.MaxExpiry = w.cfg.Node.MaxForwardExpiry - min(w.cfg.Node.MaxForwardExpiry, w.minFinal())
		route, err = view.RouteWith(mem, payer.addr, payer.hubSet, payee.addr, payee.hubSet, &p.amount, ex, w.sched.Now())
	}
	if err != nil {
		if p.lastReason != "" { // no other route: the failure that excluded the last one says why
			w.finish(p, false, p.lastReason)
			return
		}
		w.finish(p, false, reasonNoRoute)
		return
	}
	if !w.plan(p, route) {
		return
	}
	w.openFirst(p)
}

// directRoute is the node's one-hop route through the payer's hub at its announced policy (the node's
// own expiry delta if the hub did not announce one).
func (w *World) directRoute(view *announce.View, payer, payee *node, amount *uint256.Int) (routing.Route, error) {
	hub := w.nodes[payer.hubs[0]]
	pol := routing.Policy{ExpiryDelta: w.cfg.Node.ForwardDelta}
	if s, ok := view.Held(hub.addr); ok {
		pol = routing.Policy{FeeBase: s.FeeBase, FeePPM: s.FeePPM, ExpiryDelta: uint64(s.ExpiryDelta)}
	}
	fee, ok := pol.Fee(amount)
	if !ok {
		return routing.Route{}, routing.ErrNoRoute
	}
	h := routing.Hop{Node: hub.addr, Next: payee.addr, Forwards: *amount, Fee: fee, ExpiryDelta: pol.ExpiryDelta}
	h.Receives.Add(amount, &fee)
	return routing.Route{Payer: payer.addr, Payee: payee.addr, Hops: []routing.Hop{h}, Amount: *amount,
		Total: h.Receives, TotalFee: fee, TotalExpiry: pol.ExpiryDelta}, nil
}

// minFinal is the least time a payment leaves its recipient (the node's minFinal).
func (w *World) minFinal() uint64 {
	n := w.cfg.Node
	return n.RevealMargin + n.ConfirmTime + n.ForwardDelta
}

// plan fixes the attempt's path, secret and expiries as the node's onionHops does.
func (w *World) plan(p *payment, route routing.Route) bool {
	n := w.cfg.Node
	final := n.PaymentExpiry - min(n.PaymentExpiry, n.ForwardDelta)
	if limit := n.MaxForwardExpiry; route.TotalExpiry+final > limit && limit > route.TotalExpiry {
		final = limit - route.TotalExpiry
	}
	if final < w.minFinal() {
		w.finish(p, false, reasonExpiryRoom)
		return false
	}
	p.route, p.hops = route, len(route.Hops)
	p.path = []int{p.payer}
	for _, h := range route.Hops {
		p.path = append(p.path, w.byAddr(h.Node))
	}
	p.path = append(p.path, p.payee)
	p.expiries = make([]uint64, len(p.path)-1) // of lock i, from path[i] to path[i+1]
	exp := w.unix() + final
	for i := len(route.Hops); i >= 0; i-- {
		p.expiries[i] = exp
		if i > 0 {
			exp += route.Hops[i-1].ExpiryDelta
		}
	}
	p.lockIDs = make([]uint64, len(p.path)-1)
	for k := 0; k < len(p.preimage); k += 8 {
		binary.BigEndian.PutUint64(p.preimage[k:], w.wlRnd.Uint64())
	}
	p.hashlock = state.Hashlock(p.preimage)
	return true
}

// lockAmount is what lock i carries: the payer's lock the route's total, hop i's forward after that.
func (p *payment) lockAmount(i int) *uint256.Int {
	if i == 0 {
		return &p.route.Total
	}
	return &p.route.Hops[i-1].Forwards
}

// openFirst proposes the payer's lock to its first hub.
func (w *World) openFirst(p *payment) {
	first := p.path[1]
	if !w.nodes[first].online {
		w.refused(p, reasonOffline)
		return
	}
	id, err := w.addLock(p.payer, first, p.lockAmount(0), p.hashlock, p.expiries[0])
	if err != nil {
		w.finish(p, false, reasonPayerBalance)
		return
	}
	p.lockIDs[0] = id
	w.hopLater(func() { w.arrive(p, 1) })
}

// hopLater runs f after one message's latency and a node's processing.
func (w *World) hopLater(f func()) {
	w.sched.After(w.latency()+w.cfg.Network.HopProcessing.D(), f)
}

// arrive is lock i-1 reaching path[i]: the payee settles; a hub checks the lock against its current
// policy and forwards (the node's canForward), or fails it.
func (w *World) arrive(p *payment, i int) {
	if i == len(p.path)-1 {
		w.settle(p, i-1)
		return
	}
	hub := w.nodes[p.path[i]]
	next := p.path[i+1]
	hop := p.route.Hops[i-1]
	switch {
	case !hub.online: // it went down with the lock in flight: the hop before takes it back and fails
		w.cancel(p, i-1)
		if i == 1 {
			w.refused(p, reasonOffline)
			return
		}
		w.fail(p, i-1, reasonOffline)
		return
	case hub.censor:
		w.fail(p, i, reasonCensored)
		return
	case !w.paysPolicy(hub, hop, p.expiries[i-1], p.expiries[i]):
		w.fail(p, i, reasonFee)
		return
	case hub.hold > 0 && w.fltRnd.Float64() < hub.hold:
		w.hold(p, i)
		return
	case w.nodes[next].hub && !w.nodes[next].online:
		w.fail(p, i, reasonOffline)
		return
	}
	id, err := w.addLock(p.path[i], next, p.lockAmount(i), p.hashlock, p.expiries[i])
	if err != nil {
		if errors.Is(err, protocol.ErrInsufficientBalance) {
			w.collateralNeed(p.path[i], next, p.lockAmount(i))
			w.fail(p, i, reasonBalance)
			return
		}
		w.m.errorf("payment %d: lock at %s: %v", p.id, hub.name, err)
		w.fail(p, i, reasonBalance)
		return
	}
	p.lockIDs[i] = id
	w.hopLater(func() { w.arrive(p, i+1) })
}

// paysPolicy is the forwarding hub's check of its fee and expiry delta under its current policy.
func (w *World) paysPolicy(hub *node, hop routing.Hop, inExpiry, outExpiry uint64) bool {
	fee, ok := hub.policy.Fee(&hop.Forwards)
	if !ok {
		return false
	}
	var need uint256.Int
	need.Add(&hop.Forwards, &fee)
	return !hop.Receives.Lt(&need) && inExpiry >= outExpiry+hub.policy.ExpiryDelta
}

// settle is the payee (or a hub that learned the preimage) settling lock i, then the hop before.
func (w *World) settle(p *payment, i int) {
	c, _, _ := w.lockDir(p.path[i], p.path[i+1])
	if err := w.apply(c, nil, protocol.SettleLock{ID: p.lockIDs[i], Preimage: p.preimage}); err != nil {
		w.m.errorf("payment %d: settle lock %d: %v", p.id, i, err)
	}
	if i > 0 {
		w.m.revenue(p.path[i], &p.route.Hops[i-1].Fee)
	}
	if i == 0 {
		p.fee = p.route.TotalFee
		w.finish(p, true, "")
		return
	}
	w.hopLater(func() { w.settle(p, i-1) })
}

// fail is hub path[i] failing the payment: it gives back the lock it received (a hub that got it from
// another hub) with a failure note, and the hops before pass it back; a payer's first hub refuses it.
func (w *World) fail(p *payment, i int, reason string) {
	p.lastNode = p.path[i]
	w.noteStaleness(p, i)
	if i == 1 {
		w.cancel(p, 0)
		w.refused(p, reason)
		return
	}
	w.unwind(p, i-1, reason, true)
}

// unwind cancels lock i and passes the failure back to the hop before, one latency each.
func (w *World) unwind(p *payment, i int, reason string, named bool) {
	w.cancel(p, i)
	if i == 0 {
		w.failed(p, reason, named)
		return
	}
	w.hopLater(func() { w.unwind(p, i-1, reason, named) })
}

// cancel gives back lock i through the protocol machine.
func (w *World) cancel(p *payment, i int) {
	c, _, _ := w.lockDir(p.path[i], p.path[i+1])
	if err := w.apply(c, nil, protocol.CancelLock{ID: p.lockIDs[i]}); err != nil {
		w.m.errorf("payment %d: cancel lock %d: %v", p.id, i, err)
	}
}

// refused is the payer's first hub refusing its lock: the node remembers the hop (payer, hub) and does
// not retry at once (ADR 12: the refused proposal binds the payer until its channel moves past it).
func (w *World) refused(p *payment, reason string) {
	payer := w.nodes[p.payer]
	_, mem := w.viewOf(payer)
	mem.RecordFailure(routing.Pair{From: payer.addr, To: w.nodes[p.path[1]].addr}, &p.amount, w.sched.Now())
	w.finish(p, false, reason)
}

// failed is the payer learning that its lock came back: with a named node it avoids that node's hop
// (the node's avoid) and tries another route, up to MaxAttempts.
func (w *World) failed(p *payment, reason string, named bool) {
	p.lastReason = reason
	if !named || p.attempts >= w.cfg.Node.MaxAttempts || p.lastNode == p.payee {
		w.finish(p, false, reason)
		return
	}
	at := w.nodes[p.lastNode].addr
	next := p.route.Payee
	for k, h := range p.route.Hops {
		if h.Node == at && k+1 < len(p.route.Hops) {
			next = p.route.Hops[k+1].Node
		}
	}
	p.exclude.Pairs = append(p.exclude.Pairs, routing.Pair{From: at, To: next})
	_, mem := w.viewOf(w.nodes[p.payer])
	mem.RecordFailure(routing.Pair{From: at, To: next}, &p.amount, w.sched.Now())
	w.attempt(p)
}

// hold is a hub keeping lock i-1 without forwarding it until it expires: the sender takes it back then
// (ExpireLock), and the hubs before give theirs back without naming a node.
func (w *World) hold(p *payment, i int) {
	expiry := p.expiries[i-1]
	at := time.Duration(expiry+1-uint64(Epoch.Unix())) * time.Second
	w.sched.At(at, func() {
		c, _, _ := w.lockDir(p.path[i-1], p.path[i])
		if err := w.apply(c, nil, protocol.ExpireLock{ID: p.lockIDs[i-1]}); err != nil {
			w.m.errorf("payment %d: expire held lock: %v", p.id, err)
		}
		p.lastNode = -1
		if i-1 == 0 {
			w.failed(p, reasonExpired, false)
			return
		}
		w.hopLater(func() { w.unwind(p, i-2, reasonExpired, false) })
	})
}

// noteStaleness records how old the payer's view of the failed hop (path[i] -> path[i+1]) was.
func (w *World) noteStaleness(p *payment, i int) {
	from, to := w.nodes[p.path[i]], w.nodes[p.path[i+1]]
	if e, ok := p.view.Graph().Edge(from.addr, to.addr); ok {
		p.staleness, p.staleKnown = w.sched.Now().Sub(e.Announced), true
		return
	}
	if s, ok := p.view.Held(from.addr); ok {
		p.staleness, p.staleKnown = w.sched.Now().Sub(time.Unix(int64(s.Timestamp), 0)), true
	}
}

// byAddr returns the node index of a hub address.
func (w *World) byAddr(a common.Address) int { return w.addrIndex[a] }

// finish records the payment's outcome.
func (w *World) finish(p *payment, ok bool, reason string) {
	if p.done {
		return
	}
	p.done, p.success, p.end, p.lastReason = true, ok, w.sched.Elapsed(), reason
	w.m.finished(w, p)
}
