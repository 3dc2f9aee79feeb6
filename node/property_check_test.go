package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// settleWait bounds how long settle waits for the engines to go idle.
const settleWait = 3 * time.Second

// settle waits until every honest engine is idle twice in a row (no proposal outstanding, queued or
// deferred on any channel), at most settleWait, and reports whether they were. Each look also makes the
// loop check its locks' expiries in that turn (as it does every 250 ms anyway), so that a clock jump's
// ExpireLocks are under way before the next look.
func (w *propWorld) settle() bool {
	deadline := time.Now().Add(settleWait)
	calm := 0
	for time.Now().Before(deadline) {
		if w.idle() {
			calm++
			if calm == 2 {
				return true
			}
		} else {
			calm = 0
		}
		time.Sleep(3 * time.Millisecond)
	}
	w.logf("    (engines still busy after %s)", settleWait)
	return false
}

// idle asks each honest loop whether it has nothing in flight.
func (w *propWorld) idle() bool {
	for _, p := range append([]*propNode{w.hub}, w.users...) {
		e, idle := p.n.eng, false
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := e.query(ctx, func() {
			e.lastExpiryCheck = time.Time{}
			idle = !slices.ContainsFunc(mapValues(e.channels), func(ch *channel) bool {
				return ch.out != nil || len(ch.queue) > 0 || len(ch.deferred) > 0
			}) && len(e.hubThr.closing) == 0
		})
		cancel()
		if err != nil || !idle || threadsBusy(e) {
			return false
		}
	}
	return true
}

func mapValues[K comparable, V any](m map[K]V) []V {
	vs := make([]V, 0, len(m))
	for _, v := range m {
		vs = append(vs, v)
	}
	return vs
}

// advance moves the clock on by d, stopping one second past every open lock's expiry on the way (the
// engines settle and the invariants are checked there), so that expiries happen in order and each party
// gets to act on them as it would while time passes.
func (w *propWorld) advance(d uint64) {
	target := w.clock.Load() + d
	if d >= farJump || slices.ContainsFunc(w.expiries(), func(e uint64) bool { return e < target }) {
		// A jump past an expiry takes time: what is under way (a lock just forwarded, its settle) is done
		// first, as it would be long before. A far jump passes the expiries of payments under way too,
		// which the hub may not hold yet.
		w.settle()
		w.check("clock", false)
	}
	for {
		at := target
		for _, e := range w.expiries() {
			if e+1 > w.clock.Load() && e+1 < at {
				at = e + 1
			}
		}
		w.clock.Store(at)
		w.settle()
		w.check("clock", false)
		if at == target {
			return
		}
	}
}

// farJump is a clock jump long enough to pass the expiry of a payment just made.
const farJump = 1000

// expiries lists the expiries of the open locks in the hub's channels (every lock is in one).
func (w *propWorld) expiries() []uint64 {
	var out []uint64
	for _, r := range w.hubRecords() {
		for _, l := range r.Locks {
			out = append(out, l.Expiry)
		}
	}
	return out
}

// hubRecords reads the hub's latest record of each of its channels, twice, until both reads agree (the
// hub's loop may commit between two channels' reads).
func (w *propWorld) hubRecords() []state.Record {
	for {
		a, b := w.readHub(), w.readHub()
		if slices.EqualFunc(a, b, func(x, y state.Record) bool { return x.State == y.State }) {
			return a
		}
	}
}

func (w *propWorld) readHub() []state.Record {
	ctx := context.Background()
	s := w.hub.n.store
	pairs, err := s.Channels(ctx)
	if err != nil {
		w.fatalf("hub channels: %v", err)
	}
	var out []state.Record
	for _, p := range pairs {
		r, err := s.Latest(ctx, p[0], p[1])
		if err != nil {
			w.fatalf("hub channel %s: %v", p[1], err)
		}
		out = append(out, r)
	}
	return out
}

// check checks the invariants (see TestProperty); final also asks that every payment a user was told it
// received is in its balance.
func (w *propWorld) check(step string, final bool) {
	w.t.Helper()
	w.mu.Lock()
	errs := slices.Clone(w.errs)
	w.mu.Unlock()
	if len(errs) > 0 {
		w.fatalf("at %s: %v", step, errs)
	}
	for _, u := range w.users {
		w.checkUser(step, u, final)
	}
	w.checkHub(step)
	if twice := w.mal.signedTwice(); len(twice) > 0 {
		w.fatalf("at %s: the hub signed two states of Mallory's channel at one nonce: %v", step, twice)
	}
}

// checkUser checks that u's enforceable balance is at least what it was told it has.
func (w *propWorld) checkUser(step string, u *propNode, final bool) {
	w.t.Helper()
	told, says := u.told.value(), u.told.String() // before the store: told never runs ahead of it
	r, err := u.n.store.Latest(context.Background(), hubAddr, u.n.eng.Address())
	if err != nil {
		w.fatalf("at %s: user %s: %v", step, u.n.eng.Address(), err)
	}
	w.checkRecord(step, "user", r)
	claim, threads := w.claimable(u, hubAddr, r.Locks, true), w.threadShares(step, u, r)
	if final && !w.hubLost {
		// At the end everything is settled off-chain; after the hub lost states, a thread or a lock it
		// forgot is settled on-chain instead (docs/property-test.md), and what that pays the user counts.
		claim, threads = 0, 0
	}
	if have := r.State.WeiUser.Uint64() + claim + threads; have < told {
		w.fatalf("at %s: user %s can enforce %d wei (balance %s, claimable locks %d, threads %d), was told %d (%s); "+
			"locks %+v, threads %+v", step, u.n.eng.Address(), have, r.State.WeiUser.Dec(), claim, threads, told, says,
			r.Locks, state.Initials(r.Threads))
	}
}

// checkRecord checks a stored latest state: both signatures, its locks, and that its channel holds
// exactly what was credited to it.
func (w *propWorld) checkRecord(step, who string, r state.Record) {
	w.t.Helper()
	s := &r.State
	if err := r.Verify(domain); err != nil {
		w.fatalf("at %s: %s's latest state of %s does not verify: %v", step, who, s.User, err)
	}
	if err := protocol.CheckLocks(s, r.Locks); err != nil {
		w.fatalf("at %s: %s's latest state of %s: %v", step, who, s.User, err)
	}
	if err := protocol.CheckThreads(s, r.Threads); err != nil {
		w.fatalf("at %s: %s's latest state of %s: %v", step, who, s.User, err)
	}
	var sum, tok = s.WeiHub, s.TokenHub
	sum.Add(&sum, &s.WeiUser)
	sum.Add(&sum, &s.LockedWei)
	tok.Add(&tok, &s.TokenUser)
	tok.Add(&tok, &s.LockedToken)
	for _, th := range r.Threads {
		if err := th.Verify(domain); err != nil {
			w.fatalf("at %s: %s's channel %s holds thread %s with a bad signature: %v", step, who, s.User, th.State.Key(), err)
		}
		sum.Add(&sum, &th.State.WeiSender)
		tok.Add(&tok, &th.State.TokenSender)
	}
	if !s.Pending.IsZero() || !sum.Eq(&s.CreditedDepositWei) || !tok.Eq(&s.CreditedDepositToken) {
		w.fatalf("at %s: %s's channel %s holds %s wei, %s token (pending %+v, %d threads), credited %s, %s", step, who,
			s.User, sum.Dec(), tok.Dec(), s.Pending, len(r.Threads), s.CreditedDepositWei.Dec(), s.CreditedDepositToken.Dec())
	}
}

// claimable sums the wei of the locks p receives (toUser: locks paying the user) whose preimage p holds and
// that it can still claim: not expired, or seen claimable before their expiry (the node would have
// revealed the preimage on-chain in time, which the contract honours, as long as the lock stays in its
// latest state).
func (w *propWorld) claimable(p *propNode, peer common.Address, locks []state.Lock, toUser bool) uint64 {
	var sum uint64
	me := p.n.eng.Address()
	for _, l := range locks {
		if l.ToUser != toUser {
			continue
		}
		if !w.knows(p, l.Hashlock) {
			continue
		}
		k := lockKey{me, peer, l.ID}
		w.mu.Lock()
		received := w.received[receivedKey{me, l.Hashlock}]
		w.mu.Unlock()
		if w.clock.Load() <= l.Expiry || received {
			w.reveal[k] = true
		}
		if w.reveal[k] {
			sum += l.AmountWei.Uint64()
		}
	}
	return sum
}

// checkHub checks each of the hub's channels, that every lock it sent and that has not expired is covered
// by locks it received with the same hashlock (an expired one whose preimage the hub did not know before
// its expiry comes back to it: nobody can claim it any more, and this world has no chain to reveal it on),
// and that what it can enforce is at least what it held after the setup (a hub neither gains nor loses by
// forwarding): its balances, the received locks it can claim, the locks it sent whose preimage it did not
// know before their expiry (they come back to it, or their receiver reveals the preimage, which lets the
// hub claim the covering received lock; once it knows the preimage of a lock that can still be claimed, a
// lock it sent counts as paid), and its threads (hubThreads).
func (w *propWorld) checkHub(step string) {
	w.t.Helper()
	var have, claim, out uint64
	in, sent := map[common.Hash]uint64{}, map[common.Hash]uint64{}
	rs := w.hubRecords()
	if w.hubLost {
		// Restored from a backup that missed its last states, the hub knows only what its users push it
		// back: its own records are no measure of what it lost (what it signed is checked still).
		for _, r := range rs {
			w.checkRecord(step, "hub", r)
		}
		return
	}
	threads := w.hubThreads(step, rs)
	for _, r := range rs {
		w.checkRecord(step, "hub", r)
		have += r.State.WeiHub.Uint64()
		claim += w.claimable(w.hub, r.State.User, r.Locks, false)
		for _, l := range r.Locks {
			a := l.AmountWei.Uint64()
			if !l.ToUser {
				in[l.Hashlock] += a
				continue
			}
			// paid: the hub knew the preimage while the lock could still be claimed, so its receiver may
			// have claimed it; a preimage it learned only after the expiry (from another payment with the
			// same hashlock) does not make an expired lock claimable again.
			k, live := lockKey{hubAddr, r.State.User, l.ID}, w.clock.Load() <= l.Expiry
			if live && w.knows(w.hub, l.Hashlock) {
				w.hubKnew[k] = true
			}
			paid := w.hubKnew[k]
			if paid || live {
				sent[l.Hashlock] += a
			}
			if !paid {
				out += a
			}
		}
	}
	for h, a := range sent {
		if in[h] < a {
			w.fatalf("at %s: the hub has %d wei locked out with hashlock %s and only %d wei locked in (now %d, preimage known %v): %s",
				step, a, h, in[h], w.clock.Load(), w.knows(w.hub, h), locksWith(rs, h))
		}
	}
	if have+claim+out+threads < w.h0 {
		w.fatalf("at %s: the hub can enforce %d wei (balances %d, claimable %d, locked out %d, threads %d), had %d after "+
			"the setup", step, have+claim+out+threads, have, claim, out, threads, w.h0)
	}
}

// knows reports whether p's store holds the preimage of h.
func (w *propWorld) knows(p *propNode, h common.Hash) bool {
	_, err := p.n.store.Preimage(context.Background(), h)
	if err != nil && !errors.Is(err, state.ErrNotFound) {
		w.fatalf("preimage: %v", err)
	}
	return err == nil
}

// hubWei is the hub's wei across its channels.
func (w *propWorld) hubWei() uint64 {
	var sum uint64
	for _, r := range w.hubRecords() {
		sum += r.State.WeiHub.Uint64()
	}
	return sum
}

// String names a lock key for logs.
func (k lockKey) String() string { return fmt.Sprintf("%s/%s#%d", k.node, k.peer, k.id) }

// locksWith describes the locks with hashlock h in the channel records rs, for failure messages.
func locksWith(rs []state.Record, h common.Hash) string {
	var out []string
	for _, r := range rs {
		for _, l := range r.Locks {
			if l.Hashlock == h {
				out = append(out, fmt.Sprintf("%s: lock %d, to user %v, %s wei, expiry %d", r.State.User, l.ID, l.ToUser,
					l.AmountWei.Dec(), l.Expiry))
			}
		}
	}
	return strings.Join(out, "; ")
}
