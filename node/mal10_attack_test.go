package node

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/protocol"
	"spoke/state"
)

// Review 10 attacks (h-mal10) on early settles (ADR 20): a hub that learns a forward's preimage settles
// its upstream lock before its downstream lock is settled. Mallory is U (the payer) and D (a hub, the
// recipient) around an honest hub H1 (the mal8 harness); each test scripts her against real engines and
// asserts the SAFE outcome.

// revealFirst is D's answer to H1's proposals as a recipient who reveals early: for each lock the
// proposal opens to her, she opens its note, sends H1 a Fulfill with the preimage (once U holds her lock
// countersigned) and waits (a few seconds at most) until U's locks are gone (H1 settled them early); then she answers with answer.
func (n *mal8Hub) revealFirst(answer func(protocol.Propose) protocol.Message) func(protocol.Propose) protocol.Message {
	return func(p protocol.Propose) protocol.Message {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		for _, u := range p.Updates {
			a, ok := u.(protocol.AddLock)
			if !ok {
				continue
			}
			note, _ := noteFor(p.Notes, a.Lock.ID)
			s, err := newSecrets(n.d.key).open(note.Payload, n.d.addr)
			if err != nil {
				continue
			}
			req, err := protocol.MarshalMessage(protocol.Fulfill{ID: a.Lock.ID, Preimage: s.Preimage})
			if err != nil {
				continue
			}
			for len(n.u.latest().Locks) == 0 && ctx.Err() == nil { // U's answer to H1 may still be on its way
				time.Sleep(time.Millisecond)
			}
			_, _ = n.d.host.Request(ctx, n.d.peer, UpdateProtocol, req) // off the test's goroutine: no Fatal
			for len(n.u.latest().Locks) != 0 && ctx.Err() == nil {
				time.Sleep(5 * time.Millisecond)
			}
		}
		return answer(p)
	}
}

// ledgerAndForward returns H1's fee ledger and whether its forward table holds a forward with hashlock h.
func (n *mal8Hub) ledgerAndForward(t *testing.T, h common.Hash) (fees feeLedger, inFlight bool) {
	t.Helper()
	if err := n.h1.eng.query(testCtx(t), func() {
		fees = *n.h1.eng.ledger()
		inFlight = n.h1.eng.forwards.hash(h) != nil
	}); err != nil {
		t.Fatal(err)
	}
	return fees, inFlight
}

// wantForwarded waits for H1's EventForwarded, failing on an EventSent before it (H1 paid nothing of its own).
func (n *mal8Hub) wantForwarded(t *testing.T, events <-chan Event) {
	t.Helper()
	for timeout := time.After(10 * time.Second); ; {
		select {
		case ev := <-events:
			if ev.Kind == EventSent {
				t.Fatalf("H1 published EventSent for the lock it forwarded: %+v", ev)
			}
			if ev.Kind == EventForwarded {
				return
			}
		case <-timeout:
			t.Fatal("no EventForwarded")
		}
	}
}

// TestMal10ForwardKeptWhileItsLockIsProposed (Mallory the recipient D, bookkeeping, fixed): H1 proposes
// its lock to D; D holds her answer, sends H1 a Fulfill with the preimage (the lock is in H1's outstanding
// proposal, so H1 settles U's lock early) and countersigns only once U's lock is settled. H1 forgot the
// forward as soon as U's lock settled (it looked for D's lock only in the channel's latest state, where it
// was not yet): D's lock, countersigned just after, was then a lock of no forward. Its hashlock was free
// again while it was open (L3), and when D settled it H1 counted no forward and no fee and published
// EventSent, as if it had paid D for itself. Fixed: a forward whose downstream lock is still being
// proposed (or waits on a refused proposal) is not resolved downstream.
func TestMal10ForwardKeptWhileItsLockIsProposed(t *testing.T) {
	n, _, _ := startRestartableMal8Hub(t)
	events := n.h1.eng.Subscribe(testCtx(t))
	n.d.setAnswer(n.revealFirst(n.d.countersign))
	l, pre := n.forwardThrough(t, n.clock.Now()+3600)
	waitFor(t, "U's lock to be settled early", func() bool { return len(n.u.latest().Locks) == 0 })
	if _, inFlight := n.ledgerAndForward(t, l.Hashlock); !inFlight {
		t.Fatal("H1 forgot the forward while its lock to D is open")
	}
	down := n.d.latest().Locks[0]
	if ans := n.d.proposeUntilAnswered(nil, protocol.SettleLock{ID: down.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	n.wantForwarded(t, events)
	if fees, inFlight := n.ledgerAndForward(t, l.Hashlock); fees.Forwards != 1 || inFlight {
		t.Fatalf("H1 counted %d forwards (want 1), forward in flight %v (want done)", fees.Forwards, inFlight)
	}
}

// TestMal10RefusedAfterRevealGivesNothingBack (Mallory the recipient D, fixed): as above, but once U's
// lock is settled early D refuses H1's lock, then moves her channel with H1 past the refused proposal (a
// transfer H1 countersigns), so that H1's refused lock can no longer be used. H1 then "gave the payer's
// lock back": it published EventForwardFailed for a payment whose payer's lock it had settled, and queued
// a CancelLock of that lock (gone: it failed locally). Fixed: a forward settled early whose lock is
// refused gives nothing back; it is forgotten once both sides are resolved. D, who refused the lock she
// knew the secret of, is not paid; U paid for a preimage that was revealed.
func TestMal10RefusedAfterRevealGivesNothingBack(t *testing.T) {
	n, _, _ := startRestartableMal8Hub(t)
	events := n.h1.eng.Subscribe(testCtx(t))
	n.d.setAnswer(n.revealFirst(refuseAll))
	pre := secretOf(t)
	l, note := n.u.onionLock(n.h1.eng.Address(), state.Hashlock(pre),
		[]onion.Hop{hopTo(&n.h1.eng.cfg.Key.PublicKey, n.d.addr, *uint256.NewInt(1000), n.clock.Now()+3000)},
		sealedNote(t, n.u.key, &n.dKey.PublicKey, pre, 1000), 1000, n.clock.Now()+3600)
	if ans := n.u.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}); !isCountersign(ans) {
		t.Fatalf("H1 answered U's lock with %+v", ans)
	}
	waitFor(t, "U's lock to be settled early", func() bool { return len(n.u.latest().Locks) == 0 })
	waitFor(t, "D to refuse H1's lock", func() bool { return len(n.d.proposals()) > 0 })
	if ans := n.d.proposeUntilAnswered(nil, protocol.Transfer{Wei: *uint256.NewInt(1)}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's transfer with %+v", ans)
	}
	waitFor(t, "the forward to be done", func() bool {
		_, inFlight := n.ledgerAndForward(t, l.Hashlock)
		return !inFlight
	})
	if fees, _ := n.ledgerAndForward(t, l.Hashlock); fees.Forwards != 1 || fees.Wei.Uint64() != 1000 {
		t.Fatalf("H1's ledger: %s wei over %d forwards, want 1000 over 1 (it kept U's lock whole)", fees.Wei.Dec(),
			fees.Forwards)
	}
	n.h1.eng.query(testCtx(t), func() {}) // the turn that superseded the refused proposal published its events
	for {
		select {
		case ev := <-events:
			if ev.Kind == EventForwardFailed {
				t.Fatalf("H1 published %s (%s) for a forward whose payer's lock it settled", ev.Kind, ev.Err)
			}
		case <-time.After(200 * time.Millisecond):
			if s := n.u.latest().Latest.State; s.WeiHub.Uint64() != 500_000+1000 {
				t.Fatalf("H1 holds %s wei in U's channel, want 501000", s.WeiHub.Dec())
			}
			return
		}
	}
}

// settledEarly starts the restartable mal8 harness and has U pay D 1,000 wei through H1; D sends H1 a
// Fulfill with the preimage and H1 settles U's lock early. It returns the harness, its restart, U's lock,
// the preimage and D's lock, still open.
func settledEarly(t *testing.T) (n *mal8Hub, restart func(), l state.Lock, pre [32]byte, down state.Lock) {
	t.Helper()
	n, _, restart = startRestartableMal8Hub(t)
	l, pre = n.forwardThrough(t, n.clock.Now()+3600)
	down = n.d.latest().Locks[0]
	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})
	waitFor(t, "U's lock to be settled early", func() bool { return len(n.u.latest().Locks) == 0 })
	return n, restart, l, pre, down
}

// TestMal10KeptUpstreamIsCounted (Mallory the recipient D, the hub's books, fixed): D sends H1 the
// preimage in a Fulfill, H1 settles U's lock early (1,000 wei are H1's), and D then gives her lock back
// (CancelLock; letting it expire is the same). H1 keeps both sides: it earned the whole 1,000 wei, but its
// fee ledger, counted only when a downstream lock settles (or is claimed on-chain), said nothing, so
// spoke hub books no longer reconciled with the channels. Fixed: a forward settled early whose downstream
// lock goes back (or is never opened) counts its upstream amount as its fee.
func TestMal10KeptUpstreamIsCounted(t *testing.T) {
	n, _, l, _, down := settledEarly(t)
	if ans := n.d.proposeUntilAnswered(nil, protocol.CancelLock{ID: down.ID}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's CancelLock with %+v", ans)
	}
	if fees, inFlight := n.ledgerAndForward(t, l.Hashlock); fees.Forwards != 1 || fees.Wei.Uint64() != 1000 || inFlight {
		t.Fatalf("H1's ledger: %s wei over %d forwards (want 1000 over 1); forward in flight %v", fees.Wei.Dec(),
			fees.Forwards, inFlight)
	}
	if s := stored(t, n.h1, n.h1.eng.Address(), n.d.addr); len(s.Locks) != 0 || s.State.WeiHub.Uint64() != 500_000 {
		t.Fatalf("H1's channel with D: %d locks, %s wei H1's; want none, 500000", len(s.Locks), s.State.WeiHub.Dec())
	}
}

// TestMal10RestartKeepsAForwardSettledUpstream (Mallory the recipient D, bookkeeping, fixed): D's Fulfill
// has H1 settle U's lock early; H1 restarts while D's lock is still open. A restart rebuilt forwards from
// the locks H1 received, and U's was gone: D's lock was a lock of no forward. Its hashlock was free (L3:
// U could route a second lock with it through H1 while the first was open), and D's settle counted no
// forward in the ledger and published EventSent on H1, as if H1 had paid D for itself (a hub's
// "payments sent" metric counts it). Fixed: a restart keeps a forward for a lock the hub sent whose
// preimage it stored and for which it received no lock (settled upstream early); its fee was counted
// when U's lock settled, before the restart, and D's settle counts nothing more.
func TestMal10RestartKeepsAForwardSettledUpstream(t *testing.T) {
	n, restart, l, pre, down := settledEarly(t)
	waitFor(t, "H1 to count the forward as U's lock settles", func() bool {
		fees, _ := n.ledgerAndForward(t, l.Hashlock)
		return fees.Forwards == 1
	})
	restart()
	events := n.h1.eng.Subscribe(testCtx(t))
	if _, inFlight := n.ledgerAndForward(t, l.Hashlock); !inFlight {
		t.Fatal("after the restart H1 keeps no forward for its open lock to D")
	}
	again, note := n.u.lockWith(n.d.addr, l.Hashlock, []byte("again"), 1000, n.clock.Now()+3600)
	wantRefused(t, n.u.propose([]protocol.Note{note}, protocol.AddLock{Lock: again}), ErrHashlockInFlight)
	if ans := n.d.proposeUntilAnswered(nil, protocol.SettleLock{ID: down.ID, Preimage: pre}); !isCountersign(ans) {
		t.Fatalf("H1 answered D's settle with %+v", ans)
	}
	if fees, inFlight := n.ledgerAndForward(t, l.Hashlock); fees.Forwards != 1 || inFlight {
		t.Fatalf("H1 counted %d forwards (want 1), forward in flight %v (want done)", fees.Forwards, inFlight)
	}
	if evs := drained(events, EventSent, EventForwarded, EventFailed); len(evs) != 0 {
		t.Fatalf("after the restart D's settle made H1 publish %+v, want nothing", evs)
	}
}

// TestMal10LateRevealFreezesNoPayersLock (Mallory the recipient D, the payer's funds frozen, fixed): D
// never settles H1's lock and refuses its expiry (a hub exits such a channel only StuckExit after the
// expiry). Once U's lock has expired too, she sends H1 the preimage in a Fulfill. H1 stored it and tried
// to settle U's lock, which can no longer be settled (expired), and from then on refused U's ExpireLock of
// it (L4: it holds the preimage): U's 1,000 wei were frozen until U exits the channel on-chain, though H1
// could claim the lock neither off-chain nor on-chain (a reveal after the expiry claims nothing), and owed
// D nothing (her lock had expired unclaimed). Before early settles the hub learned a preimage from its
// next hop only with a settle it accepted, so before that lock's expiry. Fixed: a preimage revealed for a
// lock the hub sent is acted on only while that lock can still be settled (not past its expiry); the
// payer's lock then has the forward's expiry delta left to be settled or claimed on-chain.
func TestMal10LateRevealFreezesNoPayersLock(t *testing.T) {
	n, _, _ := startRestartableMal8Hub(t)
	l, pre := n.forwardThrough(t, n.clock.Now()+3600)
	down := n.d.latest().Locks[0]
	n.clock.Advance(3601) // past both locks' expiries; D refuses H1's ExpireLock of hers
	n.d.fulfill(protocol.Fulfill{ID: down.ID, Preimage: pre})
	if ans := n.u.proposeUntilAnswered(nil, protocol.ExpireLock{ID: l.ID}); !isCountersign(ans) {
		t.Fatalf("H1 answered U's ExpireLock of her expired lock with %+v", ans)
	}
	if s := n.u.latest().Latest.State; s.WeiUser.Uint64() != deposited[0].Uint64()-500_000 {
		t.Fatalf("U holds %s wei, want %d back", s.WeiUser.Dec(), deposited[0].Uint64()-500_000)
	}
}
