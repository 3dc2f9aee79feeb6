package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
)

// TestProperty runs random interleavings of honest payments, threads, Mallory's proposals, restarts, lost
// answers and clock jumps, and checks after every step that no honest party lost money. See
// docs/property-test.md for how to run it longer and replay a seed.
//
// A run is a seed: a hub, two or three honest users (real engines on loopback libp2p hosts, SQLite stores,
// one injected clock, fixed deposits) and Mallory, a raw peer with her own channel who signs what she
// likes. Each user credits its deposit and gives the hub half of it; so does Mallory. Then each step
// makes one to three moves back to back, drawn from the seed's PCG: a payment or a purchase of two to
// four payments between honest users or to Mallory (not waited for: Pay runs on), one of Mallory's moves
// (malloryMoves), a restart of the hub or a user over its store and address, a restore of one from its
// backup (a clean stop takes a last one; its store is deleted; every node backs up every 50 ms and signs
// only what its last stored backup covers: Config.BoundByBackups), losing a node's next answer
// (Config.loseAnswer, or a thread acknowledgement: Config.loseThreadAnswer), a small clock jump, a jump
// past the payments' expiries, or a thread move between two honest users: open one (OpenThread, not
// waited for), pay through one (one to four PayThread calls at once, waited for or not), or close one (by
// its receiver, or its sender asking; not waited for). The step then waits for the engines to settle (no
// proposal outstanding, queued or deferred, no thread state on its way, no sender's side of a thread
// left to close by the hub; at most settleWait) and checks:
//
//  1. Every honest latest state (the hub's of every channel, each user's of its own) verifies with both
//     signatures, its locks match its lock root and sums, its thread set its thread root and count (each
//     initial state signed by its sender), and its channel holds exactly the deposits it credited (hub +
//     user balances + locked + the sender shares of the initial states of its thread set = credited,
//     nothing pending): money is neither created nor destroyed in any channel.
//  2. Each honest user can enforce at least what it was told it has. Enforceable: its balance in its
//     latest double-signed state, plus the locks in that state paying it whose preimage it stored and
//     that it can still claim (not expired by the clock, or held with their preimage before their expiry:
//     the node would have revealed the preimage on-chain in time, which the contract honours as long as
//     the lock stays in the node's latest state), plus, for each thread that state holds, its share of
//     the thread's latest state it stored (checked to be a valid later state of the thread's initial
//     one): the receiver's share for a thread it receives, the sender's share for one it sends. For the
//     sender that is a lower bound, not a guess: it stores each state before sending it, so nobody holds
//     a later one, and every earlier state (the receiver's latest acknowledged one, or one the receiver
//     stored but whose acknowledgement was lost) leaves the sender at least as much; whichever of them the
//     hub closes its side with, off-chain or on-chain, the sender gets at least its share of its latest
//     stored state. Told: its balance after the setup, plus every EventReceived and EventThreadReceived,
//     minus every payment it started (from the moment Pay or PayThread is called: a payment in flight may
//     be lost), plus every EventFailed (the lock came back), every payment whose Pay failed before any
//     lock was opened (ErrRejected, ErrBadPayment, ErrInsufficientBalance), and every thread payment that
//     went into no state (refused or dropped from the queue: neverSent). Payments whose fate Pay or
//     PayThread could not tell (a restart, an unacknowledged state) stay counted as paid.
//  3. The hub neither loses by forwarding nor through threads: every lock it sent is covered by locks it
//     received with the same hashlock; every thread a receiver's channel holds (the hub backs it) is held
//     with the same initial state by its sender's channel (the sender funds it); and its balances, plus
//     the received locks it can claim (as in 2), plus the locks it sent whose preimage it did not know
//     before their expiry, plus what its threads are worth to it (hubThreads: a thread both channels hold, its funds; one only
//     the sender's holds, the receiver's share of the final state the hub stored when the receiver's side
//     closed), are at least its balances after the setup.
//  4. No engine stopped on its own (Run's error), and no subscriber missed an event.
//  5. Mallory holds no two states of the hub's signature at one nonce, and no honest node signed two
//     different states of any channel at one nonce, across restarts and restores (Config.signed).
//
// Clock jumps stop one second past each open lock's expiry on the way, settling and checking there, so
// that expiries happen in order as time passes. The run ends by settling, having each thread's receiver
// close it, settling again, and checking that no channel holds a thread any more and that every payment
// each user was told it received is in its balance (no claimable lock or thread share counted).
//
// SPOKE_PROPERTY_RUNS (default 20) and SPOKE_PROPERTY_STEPS (default 30) size the test; runs use seeds 1,
// 2, ... (from SPOKE_PROPERTY_FIRST); SPOKE_PROPERTY_SEED runs that one seed only. A failure prints the
// seed and the moves so far. The moves replay exactly; the timing of the engines does not.
func TestProperty(t *testing.T) {
	runs, steps := envInt(t, "SPOKE_PROPERTY_RUNS", 20), envInt(t, "SPOKE_PROPERTY_STEPS", 30)
	first := uint64(envInt(t, "SPOKE_PROPERTY_FIRST", 1))
	if s := os.Getenv("SPOKE_PROPERTY_SEED"); s != "" {
		seed, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("SPOKE_PROPERTY_SEED: %v", err)
		}
		first, runs = seed, 1
	}
	for seed := first; seed < first+uint64(runs); seed++ {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) { propertyRun(t, seed, steps) })
	}
}

func envInt(t *testing.T, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.Fatalf("%s=%q: want a count", name, s)
	}
	return n
}

// propertyRun runs one seed's world for steps steps.
func propertyRun(t *testing.T, seed uint64, steps int) {
	w := newPropWorld(t, seed, 2+int(seed%2))
	defer w.stopAll()
	w.check("setup", false)
	for step := 1; step <= steps; step++ {
		for range 1 + w.rng.IntN(3) {
			w.logf("%d: %s", step, w.move())
		}
		w.settle()
		w.check(fmt.Sprintf("step %d", step), false)
	}
	w.settleLong()
	w.closeAll()
	w.settleLong()
	w.checkNoThreads()
	w.check("the end", true)
	w.mu.Lock()
	defer w.mu.Unlock()
	t.Logf("moves:\n  %s", strings.Join(w.log, "\n  "))
}

// settleLong settles, three times at most.
func (w *propWorld) settleLong() {
	for range 3 {
		if w.settle() {
			return
		}
	}
}

// move makes one random move and describes it.
func (w *propWorld) move() string {
	switch r := w.rng.IntN(100); {
	case r < 21:
		return w.pay(1)
	case r < 28:
		return w.pay(2 + w.rng.IntN(3))
	case r < 51:
		return w.mal.act()
	case r < 54:
		return w.restartOne()
	case r < 55:
		w.hub.crash.Store(true)
		w.restore(w.hub)
		w.hubLost = true
		return "the hub crashes and is restored from its last backup"
	case r < 58:
		p := w.honest()
		w.restore(p)
		return fmt.Sprintf("restore %s %s from its backup", p.role, addrOf(p.key))
	case r < 64:
		p := w.honest()
		p.lose.Add(1)
		return fmt.Sprintf("%s %s loses its next answer", p.role, addrOf(p.key))
	case r < 79:
		d := 1 + w.rng.Uint64N(300)
		w.advance(d)
		return fmt.Sprintf("clock +%d s", d)
	case r < 86:
		d := 3700 + w.rng.Uint64N(400)
		w.advance(d)
		return fmt.Sprintf("clock +%d s, past the payments' expiries", d)
	case r < 90:
		return w.openThread()
	case r < 98:
		return w.payThread()
	default:
		return w.closeThread()
	}
}

// honest picks the hub or a user.
func (w *propWorld) honest() *propNode {
	if i := w.rng.IntN(len(w.users) + 1); i < len(w.users) {
		return w.users[i]
	}
	return w.hub
}

func (w *propWorld) restartOne() string {
	p := w.honest()
	w.restart(p)
	return fmt.Sprintf("restart %s %s", p.role, addrOf(p.key))
}

// pay starts a purchase of n payments from a random user to random others (Mallory included) without
// waiting for it; its outcome goes to the step log.
func (w *propWorld) pay(n int) string {
	payer := w.users[w.rng.IntN(len(w.users))]
	var ps []Payment
	var total uint64
	desc := fmt.Sprintf("%s pays", addrOf(payer.key))
	for range n {
		to := w.mal.key
		if i := w.rng.IntN(len(w.users) + 1); i < len(w.users) && w.users[i] != payer {
			to = w.users[i].key
		}
		amount := 1 + w.rng.Uint64N(3000)
		ps = append(ps, Payment{To: &to.PublicKey, Wei: *uint256.NewInt(amount)})
		total += amount
		desc += fmt.Sprintf(" %d to %.8s", amount, addrOf(to).Hex())
	}
	payer.told.add(func(t *told) { t.paid += total })
	eng := payer.n.eng
	before, _ := hubChannelMark(eng)
	returned := make(chan struct{})
	w.pays.Add(1)
	go func() {
		defer w.pays.Done()
		defer close(returned)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, err := eng.Pay(ctx, ps...)
		if neverOpened(err) {
			payer.told.add(func(t *told) { t.back += total })
		}
		w.logf("    (%s: %v)", desc, err)
	}()
	awaitStart(eng, before, returned)
	return desc
}

// awaitStart waits (at most a second) until a Pay of e's is in its loop, its channel with the hub no
// longer at mark before, or returned: a clock jump right after the move must not overtake a payment that
// would in truth reach the loop long before (Pay seals its notes first).
func awaitStart(e *Engine, before [3]uint64, returned <-chan struct{}) {
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-returned:
			return
		default:
		}
		if m, ok := hubChannelMark(e); !ok || m != before {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// hubChannelMark is what changes in a user's channel with the hub once a command reached its loop: its
// latest nonce, its outstanding proposal's nonce and its queue's length.
func hubChannelMark(e *Engine) ([3]uint64, bool) {
	var m [3]uint64
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	err := e.query(ctx, func() {
		ch, ok := e.channels[hubAddr]
		if !ok {
			return
		}
		m[0], m[2] = ch.ch.Latest.State.TxCountGlobal, uint64(len(ch.queue))
		if ch.out != nil {
			m[1] = ch.out.nonce()
		}
	})
	return m, err == nil
}

// neverOpened reports whether a Pay error says none of its locks was opened.
func neverOpened(err error) bool {
	return errors.Is(err, ErrRejected) || errors.Is(err, ErrBadPayment) || errors.Is(err, protocol.ErrInsufficientBalance)
}
