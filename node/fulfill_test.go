package node

import (
	"slices"
	"testing"
	"time"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// TestFulfillSettlesUpstreamEarly: U pays D 1,000 wei through H1 (D a hub downstream, the mal8 harness).
// Fulfills that prove nothing (a wrong preimage; from U, the payer, her own lock, which H1 received, or
// D's lock, which is in another channel; a lock that does not exist) change nothing. D's Fulfill with the preimage of the lock H1 sent
// her makes H1 settle U's lock at once, before D settles hers; H1 passes the preimage on only to a peer
// that may have forwarded the lock (U, a user, gets a Fulfill only once the network announces her as a
// hub). D's lock stays open in H1's channel with her until she settles it; then the forward is done:
// one EventForwarded, and its hashlock is free again.
func TestFulfillSettlesUpstreamEarly(t *testing.T) {
	ctx, env := minedEnv(t)
	clock := chainClock(t, env)
	n := startMal8Hub(t, env, clock, devchain.DevKey(0), devchain.DevKey(7), devchain.DevKey(8), 10*time.Millisecond)
	events := n.h1.eng.Subscribe(ctx)
	l, pre := n.forwardThrough(t, clock.Now()+3600)
	n.d.setAnswer(n.d.countersign)
	down := n.d.latest().Locks[0]
	forward := func() (fw forward, ok bool) {
		t.Helper()
		if err := n.h1.eng.query(ctx, func() {
			if f := n.h1.eng.forwards.hash(l.Hashlock); f != nil {
				fw, ok = *f, true
			}
		}); err != nil {
			t.Fatal(err)
		}
		return fw, ok
	}
	// barrier returns once H1's loop handled every message sent to it before (one inbound queue).
	barrier := func() {
		t.Helper()
		req, err := protocol.MarshalMessage(protocol.Sync{Latest: n.d.latest().Latest, Locks: n.d.latest().Locks})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := n.d.send(req).(protocol.Sync); !ok {
			t.Fatal("H1 did not answer D's Sync with its own")
		}
	}

	before := len(n.u.proposals())
	wrong := pre
	wrong[0] ^= 1
	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: wrong})   // not the lock's preimage
	n.u.fulfill(protocol.Fulfill{ID: l.ID, Preimage: pre})        // a lock H1 received from U, not one it sent to U
	n.u.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})     // D's lock, not in U's channel (ids are per channel)
	n.d.fulfill(protocol.Fulfill{ID: down.ID + 1, Preimage: pre}) // no such lock
	barrier()
	if fw, ok := forward(); !ok || fw.early {
		t.Fatalf("after Fulfills proving nothing: forward in flight %v, settling early %v", ok, fw.early)
	}
	if got := len(n.u.proposals()); got != before {
		t.Fatalf("H1 proposed %d states to U after Fulfills proving nothing", got-before)
	}

	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})
	waitFor(t, "H1 to settle U's lock", func() bool { return len(n.u.latest().Locks) == 0 })
	settles := 0
	for _, p := range n.u.proposals()[before:] {
		for _, u := range p.Updates {
			if s, ok := u.(protocol.SettleLock); ok {
				settles++
				if s.ID != l.ID || s.Preimage != pre {
					t.Fatalf("H1 proposed %+v to U, want lock %d settled with the preimage", s, l.ID)
				}
			}
		}
	}
	if settles != 1 {
		t.Fatalf("H1 proposed %d SettleLocks to U, want 1", settles)
	}
	if got := stored(t, n.h1, n.h1.eng.Address(), n.d.addr); len(got.Locks) != 1 || got.Locks[0].ID != down.ID {
		t.Fatalf("H1's channel with D holds %v, want D's lock still open", got.Locks)
	}
	waitFor(t, "H1 to take U's countersignature", func() bool { fw, _ := forward(); return fw.upDone })
	if fw, ok := forward(); !ok || !fw.early {
		t.Fatalf("forward in flight %v, early %v: want both while D's lock is open", ok, fw.early)
	}
	n.u.mu.Lock()
	fs := n.u.fulfills
	n.u.mu.Unlock()
	if len(fs) != 0 {
		t.Fatalf("H1 sent %d Fulfills to U, a user", len(fs))
	}

	if ev := nextEvent(t, events, EventForwarded); ev.Hashlock != l.Hashlock || ev.Peer != n.d.addr {
		t.Fatalf("EventForwarded %+v", ev) // published once U's lock settled: the hub holds its fee
	}
	if ans := n.d.propose(nil, protocol.SettleLock{ID: down.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	barrier()
	if _, ok := forward(); ok {
		t.Fatal("the forward is still in flight after both of its locks settled")
	}
	if evs := drained(events, EventForwarded, EventSent); len(evs) != 0 {
		t.Fatalf("after D's settle H1 published %+v, want nothing more", evs)
	}

	// A second payment, U now announced as a hub: H1 passes the preimage on to her.
	r := n.h1.eng.cfg.Router.(*staticRouter)
	r.mu.Lock()
	r.hub(t, n.u.key, routing.Policy{ExpiryDelta: 600})
	r.mu.Unlock()
	l2, pre2 := n.forwardThrough(t, clock.Now()+3600)
	n.d.setAnswer(n.d.countersign)
	var down2 = n.d.latest().Locks[0]
	n.d.fulfill(protocol.Fulfill{ID: down2.ID, Preimage: pre2})
	waitFor(t, "H1 to pass the preimage to U", func() bool {
		n.u.mu.Lock()
		defer n.u.mu.Unlock()
		return len(n.u.fulfills) == 1
	})
	if f := n.u.fulfills[0]; f.ID != l2.ID || f.Preimage != pre2 {
		t.Fatalf("U got %+v, want lock %d with its preimage", f, l2.ID)
	}
}

// TestFulfillEarlySettleSurvivesARestart: H1 learns the preimage from D's Fulfill and proposes its settle
// to U, who answers Busy; H1 restarts. The settle was stored with the preimage: H1 resends it, U takes it,
// then D settles her lock, and the forward is done (a restarted hub knows it settled early: it makes no
// second settle of U's lock and frees the hashlock once both locks are settled).
func TestFulfillEarlySettleSurvivesARestart(t *testing.T) {
	n, _, restart := startRestartableMal8Hub(t)
	l, pre := n.forwardThrough(t, n.clock.Now()+3600)
	n.d.setAnswer(n.d.countersign)
	n.u.setAnswer(busy)
	down := n.d.latest().Locks[0]
	isSettle := func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == l.ID }
	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})
	waitFor(t, "H1 to propose its settle to U", func() bool { return n.u.proposed(isSettle) })

	restart()
	n.u.setAnswer(n.u.countersign) // after the stop: she must not take a resend the stopping H1 never hears back from
	waitFor(t, "U's lock to be settled after the restart", func() bool { return len(n.u.latest().Locks) == 0 })
	if ans := n.d.proposeUntilAnswered(nil, protocol.SettleLock{ID: down.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	nonces := map[uint64]bool{}
	for _, p := range n.u.proposals() {
		for _, u := range p.Updates {
			if isSettle(u) {
				nonces[p.Proposal.State.TxCountGlobal] = true
			}
		}
	}
	if len(nonces) != 1 {
		t.Fatalf("H1 proposed U's settle at %d nonces, want 1", len(nonces))
	}
	waitFor(t, "the forward to be done", func() bool {
		var inFlight bool
		if err := n.h1.eng.query(testCtx(t), func() {
			inFlight = n.h1.eng.forwards.hash(l.Hashlock) != nil
		}); err != nil {
			t.Fatal(err)
		}
		return !inFlight
	})
	if s := n.u.latest().Latest.State; s.WeiHub.Uint64() != 500_000+1000 {
		t.Fatalf("H1 holds %s wei in U's channel, want 501000", s.WeiHub.Dec())
	}
}

// TestFulfillBeforeTheCountersignature: D answers H1's lock Busy and sends the Fulfill of the lock it
// proposed (she learned the preimage downstream before countersigning). H1 settles U's lock with it; the
// forward stays in flight while its lock to D is only proposed, is placed once D countersigns it, and is
// done once D settles it: one EventForwarded, counting the fee (here none: D forwards 1,000 of U's 1,000).
func TestFulfillBeforeTheCountersignature(t *testing.T) {
	ctx, env := minedEnv(t)
	clock := chainClock(t, env)
	n := startMal8Hub(t, env, clock, devchain.DevKey(0), devchain.DevKey(7), devchain.DevKey(8), 10*time.Millisecond)
	events := n.h1.eng.Subscribe(ctx)
	n.d.setAnswer(busy)
	l, pre := n.payThrough(t, clock.Now()+3600)
	isLock := func(u protocol.Update) bool {
		a, ok := u.(protocol.AddLock)
		return ok && a.Lock.Hashlock == l.Hashlock
	}
	waitFor(t, "H1 to propose its lock to D", func() bool { return n.d.proposed(isLock) })
	var down state.Lock
	for _, p := range n.d.proposals() {
		for _, u := range p.Updates {
			if isLock(u) {
				down = u.(protocol.AddLock).Lock
			}
		}
	}
	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})
	waitFor(t, "H1 to settle U's lock", func() bool { return len(n.u.latest().Locks) == 0 })
	var inFlight bool
	if err := n.h1.eng.query(ctx, func() { inFlight = n.h1.eng.forwards.hash(l.Hashlock) != nil }); err != nil {
		t.Fatal(err)
	}
	if !inFlight {
		t.Fatal("the forward was forgotten while its lock to D is still proposed")
	}
	n.d.setAnswer(n.d.countersign)
	waitFor(t, "D to countersign H1's lock", func() bool { return len(n.d.latest().Locks) == 1 })
	got := n.d.latest().Locks[0]
	if ans := n.d.proposeUntilAnswered(nil, protocol.SettleLock{ID: got.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	if ev := nextEvent(t, events, EventForwarded); ev.Hashlock != l.Hashlock || ev.Peer != n.d.addr || !ev.Fee.IsZero() {
		t.Fatalf("EventForwarded %+v", ev)
	}
	waitFor(t, "the forward to be done", func() bool {
		if err := n.h1.eng.query(ctx, func() { inFlight = n.h1.eng.forwards.hash(l.Hashlock) != nil }); err != nil {
			t.Fatal(err)
		}
		return !inFlight
	})
}

// drained returns the events of the given kinds that events holds now, without waiting for more.
func drained(events <-chan Event, kinds ...EventKind) []Event {
	var out []Event
	for {
		select {
		case ev := <-events:
			if slices.Contains(kinds, ev.Kind) {
				out = append(out, ev)
			}
		default:
			return out
		}
	}
}
