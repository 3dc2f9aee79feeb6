package node

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
)

// A hub drains before a shutdown (Drain): it takes no new payments, links, custodial payments or
// threads, lets what is in flight settle or fail, gives back the link payments nobody redeemed, pays the
// custody it holds for users into their channels (as much as its balance there covers), moves the rest
// of its collateral back to its reserve, and says what is left. It announces no channel while draining, so
// other hubs route around it. Resume takes it back. Draining lives in memory: a restarted hub forwards
// again.

// ErrDraining is the refusal of a draining hub. It wraps ErrNotForwarding: a payer routes around it.
var ErrDraining = fmt.Errorf("%w: it is draining before a shutdown; route around it", ErrNotForwarding)

// opDrain names the background reclaims of a drain.
const opDrain = "drain"

// drainPoll is how often a drain looks at what is left.
const drainPoll = 200 * time.Millisecond

// Draining reports whether the hub is draining.
func (e *Engine) Draining() bool { return e.ops.draining.Load() }

// Resume ends a drain: the hub takes payments and threads again (its announcements carry its channels
// from the next one).
func (e *Engine) Resume() { e.ops.draining.Store(false) }

// notForwarding is why the hub forwards nothing now.
func (e *Engine) notForwarding() error {
	if e.Draining() {
		return ErrDraining
	}
	return ErrNotForwarding
}

// checkDraining refuses, while the hub drains, a user's new payment (a lock to forward or a link), its
// custodial payment and the thread it opens. A hub's lock is refused by planHop instead: accepted and
// given back with the reason, so that the failure unwinds to its payer.
func (e *Engine) checkDraining(ch *channel, p protocol.Propose) error {
	if !e.Draining() {
		return nil
	}
	if _, _, ok, _ := custodialPayment(p); ok {
		return fmt.Errorf("%w (no custodial payments)", ErrDraining)
	}
	for _, u := range p.Updates {
		switch u := u.(type) {
		case protocol.AddLock:
			if !e.fromHub(ch) {
				return fmt.Errorf("lock %d: %w", u.Lock.ID, ErrDraining)
			}
		case protocol.OpenThread:
			if u.Thread.State.Sender == ch.peer {
				return fmt.Errorf("%w (no new threads)", ErrDraining)
			}
		}
	}
	return nil
}

// DrainReport is what a drain did and what it left.
type DrainReport struct {
	// Done is set when nothing is in flight (locks, forwards, thread work) and no collateral is left in
	// any channel.
	Done bool
	// Reclaimed lists the channels whose collateral the drain moved back to the reserve, with how much.
	Reclaimed []ChannelAmount
	// LinksReturned counts the link payments nobody had redeemed, given back to their payers.
	LinksReturned int
	// Locks are the locks still open, in any of the hub's channels; Forwarding counts the payments
	// received whose own lock the hub has not placed yet, ThreadWork the thread sides it is opening or
	// closing.
	Locks                  []OpenLock
	Forwarding, ThreadWork int
	// Left are the users' channels where the hub still has collateral, with why.
	Left []ChannelLeft
	// Threads counts the open threads the hub backs (their receivers close them), holding ThreadFunds
	// of the hub's.
	Threads     int
	ThreadFunds [2]uint256.Int
	// Custody is what the hub still holds for users in custody, its balance in their channels short of
	// it: it owes them that.
	Custody [2]uint256.Int
}

// ChannelAmount is an amount (wei, token) in the channel with User.
type ChannelAmount struct {
	User   common.Address
	Amount [2]uint256.Int
}

// OpenLock is a lock in flight in the channel with Peer; ToPeer is set if this hub sent it.
type OpenLock struct {
	Peer       common.Address
	ID         uint64
	ToPeer     bool
	Wei, Token uint256.Int
	Expiry     uint64
	Hashlock   common.Hash
}

// ChannelLeft is collateral left in the channel with User, and why the drain did not take it back.
type ChannelLeft struct {
	User   common.Address
	Amount [2]uint256.Int
	Why    string
}

// drainRun is one Drain call's record of its reclaims, written by their goroutines.
type drainRun struct {
	mu        sync.Mutex
	reclaimed map[common.Address][2]uint256.Int
	failed    map[common.Address]string
}

// Drain makes the hub drain (see ErrDraining) and waits, at most within, until nothing is in flight and
// its collateral is back in its reserve; it reports what is left either way. Progress events have op
// "drain". The hub stays draining when Drain returns, until Resume.
func (e *Engine) Drain(ctx context.Context, within time.Duration) (DrainReport, error) {
	if e.cfg.Role != Hub {
		return DrainReport{}, fmt.Errorf("%w: only a hub drains", ErrNotSupported)
	}
	e.ops.draining.Store(true)
	wait, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	run := &drainRun{reclaimed: map[common.Address][2]uint256.Int{}, failed: map[common.Address]string{}}
	links, last := 0, ""
	for {
		var st drainStatus
		err := e.query(wait, func() {
			if e.Draining() {
				st = e.drainStep(run, &links)
			}
		})
		switch {
		case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		case err != nil:
			return DrainReport{}, err
		case st.done(), !e.Draining(): // drained, or resumed meanwhile
			return e.drainReport(ctx, run, links)
		}
		if s := st.String(); s != last {
			e.progress(opDrain, s)
			last = s
		}
		select {
		case <-wait.Done():
			if ctx.Err() != nil {
				return DrainReport{}, ctx.Err()
			}
			return e.drainReport(ctx, run, links)
		case <-time.After(drainPoll):
		}
	}
}

// drainStatus is what a drain waits for.
type drainStatus struct {
	locks, lockChannels, forwards, threadWork, custody, reclaiming, left int
}

func (s drainStatus) done() bool {
	return s.locks == 0 && s.forwards == 0 && s.threadWork == 0 && s.custody == 0 && s.reclaiming == 0 && s.left == 0
}

func (s drainStatus) String() string {
	return fmt.Sprintf("waiting for %d lock(s) in %d channel(s), %d forward(s), %d thread operation(s); paying out custody in %d channel(s); reclaiming %d channel(s), %d more hold collateral",
		s.locks, s.lockChannels, s.forwards, s.threadWork, s.custody, s.reclaiming, s.left)
}

// custodyPayable reports whether the hub holds custody for ch's user that its balance in ch can pay, in
// some asset (in the loop).
func (e *Engine) custodyPayable(ch *channel) bool {
	c := e.custody[ch.peer]
	wei, token := hubSpendable(&ch.ch.Latest.State)
	return !c[0].IsZero() && !wei.IsZero() || !c[1].IsZero() && !token.IsZero()
}

// drainStep gives back unredeemed links, starts reclaiming the collateral of channels with nothing in
// flight, and returns what is left (in the loop).
func (e *Engine) drainStep(run *drainRun, links *int) drainStatus {
	*links += e.returnLinks()
	st := drainStatus{forwards: e.unplacedForwards()}
	st.threadWork = len(e.hubThr.busy)
	for _, ch := range e.channels {
		if n := len(ch.ch.Locks); n > 0 {
			st.locks += n
			st.lockChannels++
		}
		if !ch.hubSide {
			continue
		}
		s := &ch.ch.Latest.State
		switch op := e.coll.running[ch.peer]; {
		case op != "":
			st.reclaiming++
		case s.WeiHub.IsZero() && s.TokenHub.IsZero():
		case e.leftBecause(ch, run) != "":
			st.left++
		case e.custodyPayable(ch):
			e.claim(ch.peer, make(chan custodyAnswer, 1)) // pays what it can of the custody, then reclaims the rest
			st.custody++
		default:
			e.drainChannel(ch, run)
			st.reclaiming++
		}
	}
	return st
}

// leftBecause says why the drain cannot reclaim ch's collateral now, or "" if it can (in the loop).
func (e *Engine) leftBecause(ch *channel, run *drainRun) string {
	s := &ch.ch.Latest.State
	run.mu.Lock()
	failed := run.failed[ch.peer]
	run.mu.Unlock()
	id, known := e.peerID(ch.peer)
	switch {
	case e.cfg.Chain == nil:
		return "this node has no chain to take collateral back on"
	case ch.exiting:
		return "the channel is closing on-chain"
	case len(ch.ch.Locks) > 0:
		return fmt.Sprintf("%d lock(s) in flight", len(ch.ch.Locks))
	case !s.Pending.IsZero():
		return "an on-chain operation is pending"
	case ch.out != nil || len(ch.queue) > 0:
		return "an update is under way"
	case failed != "" && time.Since(e.coll.failed[ch.peer]) < collateralCooldown:
		return "reclaim failed: " + failed
	case e.coll.running[ch.peer] != "":
		return "a " + e.coll.running[ch.peer] + " operation is under way"
	case !known || !e.cfg.Host.Connected(id):
		return "the user is offline (taking collateral back needs its countersignature)"
	}
	return ""
}

// drainChannel moves the hub's whole balance in ch back to its reserve, in the background (in the loop).
func (e *Engine) drainChannel(ch *channel, run *drainRun) {
	s := &ch.ch.Latest.State
	peer, amount := ch.peer, [2]uint256.Int{s.WeiHub, s.TokenHub}
	e.background(peer, opDrain, func(ctx context.Context) error {
		_, err := e.reclaim(ctx, peer, amount[0], amount[1])
		run.mu.Lock()
		defer run.mu.Unlock()
		if err != nil {
			run.failed[peer] = err.Error()
			return err
		}
		delete(run.failed, peer)
		sum := run.reclaimed[peer]
		add2(&sum, &amount)
		run.reclaimed[peer] = sum
		return nil
	})
}

// returnLinks gives back the link payments the hub holds that nobody is redeeming, and returns how many
// (in the loop).
func (e *Engine) returnLinks() int {
	n := 0
	for h, ref := range e.links.held {
		if e.forwards.hash(h) != nil {
			continue // being redeemed: it settles or fails as a forward
		}
		delete(e.links.held, h)
		e.cancelFor(ref.peer, ref.id, Failure{Node: e.me, Reason: ErrDraining.Error()})
		n++
	}
	return n
}

// drainReport reports what the drain left.
func (e *Engine) drainReport(ctx context.Context, run *drainRun, links int) (DrainReport, error) {
	r := DrainReport{LinksReturned: links}
	err := e.query(ctx, func() {
		r.Forwarding, r.ThreadWork = e.unplacedForwards(), len(e.hubThr.busy)
		for _, ch := range e.channels {
			r.Locks = append(r.Locks, channelLocks(ch)...)
			if !ch.hubSide {
				continue
			}
			c := e.channelBook(ch)
			r.Threads += c.ThreadCount
			add2(&r.ThreadFunds, &c.Threads)
			if !c.Hub[0].IsZero() || !c.Hub[1].IsZero() {
				why := e.leftBecause(ch, run)
				if why == "" {
					why = e.drainWaits()
				}
				r.Left = append(r.Left, ChannelLeft{User: ch.peer, Amount: c.Hub, Why: why})
			}
		}
		for _, c := range e.custody {
			add2(&r.Custody, &c)
		}
	})
	run.mu.Lock()
	for u, a := range run.reclaimed {
		r.Reclaimed = append(r.Reclaimed, ChannelAmount{User: u, Amount: a})
	}
	run.mu.Unlock()
	slices.SortFunc(r.Reclaimed, func(a, b ChannelAmount) int { return a.User.Cmp(b.User) })
	slices.SortFunc(r.Left, func(a, b ChannelLeft) int { return a.User.Cmp(b.User) })
	slices.SortFunc(r.Locks, func(a, b OpenLock) int { return cmp.Or(a.Peer.Cmp(b.Peer), cmp.Compare(a.ID, b.ID)) })
	r.Done = len(r.Locks) == 0 && len(r.Left) == 0 && r.Forwarding == 0 && r.ThreadWork == 0
	return r, err
}

// drainWaits says why a drain has not reclaimed a quiet channel yet (in the loop).
func (e *Engine) drainWaits() string {
	if !e.Draining() {
		return "the hub resumed"
	}
	return "not reclaimed yet"
}

// unplacedForwards counts the payments the hub received and has not placed its own lock for yet (in the
// loop).
func (e *Engine) unplacedForwards() int {
	n := 0
	for _, fw := range e.forwards.byUp {
		if !fw.hasDown {
			n++
		}
	}
	return n
}

// channelLocks lists ch's open locks.
func channelLocks(ch *channel) []OpenLock {
	var out []OpenLock
	for i := range ch.ch.Locks {
		l := &ch.ch.Locks[i]
		out = append(out, OpenLock{Peer: ch.peer, ID: l.ID, ToPeer: ch.iSend(l), Wei: l.AmountWei, Token: l.AmountToken,
			Expiry: l.Expiry, Hashlock: l.Hashlock})
	}
	return out
}

// Drain is Engine.Drain that also announces the drain to the hub network at once (no channels), so that
// other hubs stop routing through this one.
func (n *Node) Drain(ctx context.Context, within time.Duration) (DrainReport, error) {
	if n.Role() == Hub {
		n.ops.draining.Store(true)
		n.announce(ctx)
	}
	return n.Engine.Drain(ctx, within)
}

// Resume is Engine.Resume that announces the hub's channels again at once.
func (n *Node) Resume(ctx context.Context) {
	n.Engine.Resume()
	n.announce(ctx)
}

// announce sends this hub's announcement now, if it is in a hub network; a failure is logged (the next
// round carries it).
func (n *Node) announce(ctx context.Context) {
	if n.Network == nil {
		return
	}
	if err := n.Network.AnnounceNow(ctx); err != nil {
		n.log.Warn("node: cannot announce now; the next round will", "err", err)
	}
}
