package contracts_test

import (
	"testing"

	"spoke/internal/chaintest"
	"spoke/state"
)

// disputePendingStates opens Alice's standard channel (s1: hub 3 ether / 300 tokens, Alice 5 / 500,
// applied on-chain, txCountChain 1) and builds s2, Alice paying the hub 1 ether, and s3, never applied
// on-chain: txCountChain 2, Alice withdraws 1 ether and gets a 2 ether deposit, the hub withdraws 100
// tokens and Alice gets a 50 token deposit. Undone, s3 is s2: hub 4 ether / 300, Alice 4 ether / 500.
func disputePendingStates(t *testing.T) (e *chaintest.Env, s1, s2, s3 state.ChannelState) {
	t.Helper()
	e = disputeEnv(t)
	s1 = disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	s2 = disputeNext(s1, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(4e18), u(4e18) })
	s3 = disputeNext(s2, func(s *state.ChannelState) {
		s.TxCountChain, s.Timeout = 2, e.Now()+1800 // within a challenge period
		s.Pending = state.Pending{WithdrawalWeiUser: u(1e18), DepositWeiUser: u(2e18),
			WithdrawalTokenHub: u(100), DepositTokenUser: u(50)}
		s.WeiUser, s.TokenHub, s.TokenUser = u(5e18), u(200), u(550)
	})
	for _, tr := range [][2]*state.ChannelState{{&s1, &s2}, {&s2, &s3}} {
		if err := state.ValidateTransition(tr[0], tr[1]); err != nil {
			t.Fatal(err)
		}
	}
	return e, s1, s2, s3
}

// TestDisputeAppliedPendingCountsAsIs: a later state still carrying the pending operations that were
// applied on-chain (same txCountChain) counts as it is, even after its timeout.
func TestDisputeAppliedPendingCountsAsIs(t *testing.T) {
	e, s1, _, _ := disputePendingStates(t)
	carried := s1 // same pending operations and timeout; Alice pays the hub 1 ether and 100 tokens
	carried.TxCountGlobal, carried.WeiUser, carried.WeiHub, carried.TokenUser, carried.TokenHub = 2, u(4e18), u(4e18), u(400), u(400)
	if err := state.ValidateTransition(&s1, &carried); err != nil {
		t.Fatal(err)
	}
	disputeAdvanceTo(t, e, s1.Timeout+1)
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeExitAndEmpty(t, e, e.Alice, &carried)
	w.expect(t, 4e18, 400, 4e18, 400)
}

// TestDisputeUnappliedPendingUndone: a state whose pending operations never reached the chain
// (txCountChain = stored + 1) counts with deposits removed and withdrawals returned, whether it starts
// the exit or challenges it, up to and including the second of its timeout.
func TestDisputeUnappliedPendingUndone(t *testing.T) {
	for _, mode := range []string{"startExitWithUpdate", "challenge"} {
		t.Run(mode, func(t *testing.T) {
			e, _, _, s3 := disputePendingStates(t)
			h, a := disputeSigs(e, &s3, e.Alice)
			if mode == "challenge" {
				disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
			}
			disputeAdvanceTo(t, e, s3.Timeout-1) // mined exactly at the timeout
			call := disputeExitWith
			if mode == "challenge" {
				call = disputeChallenge
			}
			r := disputeOK(t)(call(e, e.Alice, &s3, h, a))
			if bt := disputeBlockTime(t, e, r); bt != s3.Timeout {
				t.Fatalf("mined at %d, timeout %d", bt, s3.Timeout)
			}
			c := e.Channel(e.Hub.Addr, e.Alice.Addr)
			if !disputeEq(c.WeiUser, 4e18) || !disputeEq(c.WeiHub, 4e18) || !disputeEq(c.TokenHub, 300) || !disputeEq(c.TokenUser, 500) {
				t.Fatalf("stored balances %s %s %s %s, want 4e18 4e18 300 500", c.WeiHub, c.WeiUser, c.TokenHub, c.TokenUser)
			}
			w := disputeWatchStart(e, e.Alice.Addr)
			disputeAdvanceTo(t, e, c.ClosingTime)
			disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
			w.expect(t, 4e18, 500, 4e18, 300)
		})
	}
}

// TestDisputeUnappliedPendingExpired: once its timeout has passed, a state with unapplied pending
// operations still counts in a dispute, with the operations undone (they can never be applied any more,
// ADR 11), as an exit and as a challenge: a counterparty that never confirms nor invalidates them cannot
// make every later state unusable.
func TestDisputeUnappliedPendingExpired(t *testing.T) {
	for _, mode := range []string{"exit", "challenge"} {
		t.Run(mode, func(t *testing.T) {
			e, _, _, s3 := disputePendingStates(t)
			h, a := disputeSigs(e, &s3, e.Alice)
			disputeAdvanceTo(t, e, s3.Timeout+1)
			call := disputeExitWith
			if mode == "challenge" {
				disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
				call = disputeChallenge
			}
			disputeOK(t)(call(e, e.Alice, &s3, h, a))
			c := e.Channel(e.Hub.Addr, e.Alice.Addr)
			if c.TxCountGlobal != s3.TxCountGlobal || !disputeEq(c.WeiUser, 4e18) || !disputeEq(c.WeiHub, 4e18) ||
				!disputeEq(c.TokenHub, 300) || !disputeEq(c.TokenUser, 500) {
				t.Fatalf("stored %d: balances %s %s %s %s, want state %d undone: 4e18 4e18 300 500", c.TxCountGlobal,
					c.WeiHub, c.WeiUser, c.TokenHub, c.TokenUser, s3.TxCountGlobal)
			}
		})
	}
}

// TestDisputeUnappliedUndoUnderflow: a signed state whose balance is below its own pending deposit
// cannot be undone and is rejected.
func TestDisputeUnappliedUndoUnderflow(t *testing.T) {
	e, _, s2, _ := disputePendingStates(t)
	bad := disputeNext(s2, func(s *state.ChannelState) {
		s.TxCountChain, s.Timeout = 2, e.Now()+600
		s.Pending.DepositWeiUser = u(5e18) // more than Alice's 4 ether balance in the state
	})
	h, a := disputeSigs(e, &bad, e.Alice)
	disputeRevert(t, "InsufficientChannelFunds")(disputeExitWith(e, e.Alice, &bad, h, a))
}

// TestDisputeInvalidationOverridesUnappliedExit: s3's operations are never applied, so the parties
// invalidate them (s4: txCountChain back to 1, as state.ValidateTransition defines) and Alice then pays
// the hub 2 ether (s5). Alice exits with the invalidated s3; the hub must be able to challenge with the
// newer s5, and the payouts must follow s5.
func TestDisputeInvalidationOverridesUnappliedExit(t *testing.T) {
	e, _, s2, s3 := disputePendingStates(t)
	s4 := disputeNext(s3, func(s *state.ChannelState) { // invalidation: s2's balances, txCountChain 1
		s.TxCountChain, s.WeiUser, s.WeiHub, s.TokenUser, s.TokenHub = 1, s2.WeiUser, s2.WeiHub, s2.TokenUser, s2.TokenHub
	})
	s5 := disputeNext(s4, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(2e18), u(6e18) })
	for _, tr := range [][2]*state.ChannelState{{&s3, &s4}, {&s4, &s5}} {
		if err := state.ValidateTransition(tr[0], tr[1]); err != nil {
			t.Fatal(err)
		}
	}
	h3, a3 := disputeSigs(e, &s3, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Alice, &s3, h3, a3))
	_, a5 := disputeSigs(e, &s5, e.Alice)
	disputeOK(t)(disputeChallenge(e, e.Hub, &s5, nil, a5))
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 2e18, 500, 6e18, 300)
}

// TestDisputeCarriedUnappliedStateStaysUndone: s3 asks for a 2 ether hub deposit and a 2 ether
// withdrawal to Alice, never applied; s3c carries the same pending operations (txCountChain 2). After an
// exit with s3, a challenge with s3c must still count with the operations undone: the hub must not be
// credited a deposit it never made, nor Alice debited a withdrawal she never received.
func TestDisputeCarriedUnappliedStateStaysUndone(t *testing.T) {
	e, _, s2, _ := disputePendingStates(t)
	s3 := disputeNext(s2, func(s *state.ChannelState) {
		s.TxCountChain, s.Timeout = 2, e.Now()+7200
		s.Pending = state.Pending{DepositWeiHub: u(2e18), WithdrawalWeiUser: u(2e18)}
		s.WeiHub, s.WeiUser = u(6e18), u(2e18)
	})
	s3c := s3
	s3c.TxCountGlobal++
	for _, tr := range [][2]*state.ChannelState{{&s2, &s3}, {&s3, &s3c}} {
		if err := state.ValidateTransition(tr[0], tr[1]); err != nil {
			t.Fatal(err)
		}
	}
	h3, a3 := disputeSigs(e, &s3, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &s3, h3, a3))
	_, ac := disputeSigs(e, &s3c, e.Alice)
	disputeOK(t)(disputeChallenge(e, e.Hub, &s3c, nil, ac))
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 4e18, 500, 4e18, 300)
}
