package contracts_test

import (
	"testing"

	"spoke/state"
)

// TestDisputeStartExitPaysOnChainBalances: startExit freezes the balances last applied on-chain; after
// the challenge period emptyChannel pays the user's wei and tokens to the user and the hub's to its
// reserve, to the wei, and the channel reopens empty.
func TestDisputeStartExitPaysOnChainBalances(t *testing.T) {
	e := disputeEnv(t)
	disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	r := disputeOK(t)(disputeStartExit(e, e.Alice, e.Hub.Addr, e.Alice.Addr))
	if !disputeHas(r, e.Manager.ParseExitStarted) {
		t.Fatal("no ExitStarted event")
	}
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if c.Status != disputeExiting || c.ClosingTime != disputeBlockTime(t, e, r)+3600 {
		t.Fatalf("after startExit: status %d closing %d", c.Status, c.ClosingTime)
	}
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeAdvanceTo(t, e, c.ClosingTime)
	r = disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 5e18, 500, 3e18, 300)
	if !disputeHas(r, e.Manager.ParseChannelEmptied) || !disputeHas(r, e.Manager.ParseChannelReopened) {
		t.Fatal("missing ChannelEmptied or ChannelReopened event")
	}
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
	disputeTotals(t, e, e.Alice.Addr, 0, 0)
}

// TestDisputeUserEmptiesAndPaysGas: when the user empties the channel itself it receives its balance
// minus exactly the gas of its transactions.
func TestDisputeUserEmptiesAndPaysGas(t *testing.T) {
	e := disputeEnv(t)
	disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	w := disputeWatchStart(e, e.Alice.Addr)
	w.paid(disputeOK(t)(disputeStartExit(e, e.Alice, e.Hub.Addr, e.Alice.Addr)))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	w.paid(disputeOK(t)(disputeEmpty(e, e.Alice, e.Hub.Addr, e.Alice.Addr)))
	w.expect(t, 5e18, 500, 3e18, 300)
}

// TestDisputeStartExitWithUpdate: a party exits with a newer double-signed state; the hub may omit its
// own signature (its transaction implies it); the payouts follow that state.
func TestDisputeStartExitWithUpdate(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	s2 := disputeNext(s1, func(s *state.ChannelState) { // Alice pays the hub 1 ether and 100 tokens
		s.WeiUser, s.WeiHub, s.TokenUser, s.TokenHub = u(4e18), u(4e18), u(400), u(400)
	})
	_, sigUser := disputeSigs(e, &s2, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &s2, nil, sigUser))
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if c.TxCountGlobal != 2 || !disputeEq(c.WeiUser, 4e18) || !disputeEq(c.TokenHub, 400) {
		t.Fatalf("stored exit state: %+v", c)
	}
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeAdvanceTo(t, e, c.ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Bob, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 4e18, 400, 4e18, 400)
}

// TestDisputeChallengeWithinPeriod: a higher nonce replaces the exit state up to the last second of the
// period without extending it; at the closing time the period is over and emptying becomes possible.
func TestDisputeChallengeWithinPeriod(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	s2 := disputeNext(s1, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(6e18), u(2e18) })
	s3 := disputeNext(s2, func(s *state.ChannelState) {
		s.WeiUser, s.WeiHub, s.TokenUser, s.TokenHub = u(1e18), u(7e18), u(100), u(700)
	})
	s4 := disputeNext(s3, nil)
	h2, a2 := disputeSigs(e, &s2, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Alice, &s2, h2, a2))
	closing := e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime

	disputeAdvanceTo(t, e, closing-2) // the challenge is mined at closing - 1
	_, a3 := disputeSigs(e, &s3, e.Alice)
	r := disputeOK(t)(disputeChallenge(e, e.Hub, &s3, nil, a3))
	if bt := disputeBlockTime(t, e, r); bt != closing-1 || !disputeHas(r, e.Manager.ParseExitChallenged) {
		t.Fatalf("challenge mined at %d (closing %d) or no ExitChallenged event", bt, closing)
	}
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if c.ClosingTime != closing || c.TxCountGlobal != 3 || !disputeEq(c.WeiHub, 7e18) {
		t.Fatalf("after challenge: %+v", c)
	}
	disputeRevertArg(t, "ChallengePeriodNotOver", closing)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))

	disputeAdvanceTo(t, e, closing)
	h4, a4 := disputeSigs(e, &s4, e.Alice)
	disputeRevertArg(t, "ChallengePeriodOver", closing)(disputeChallenge(e, e.Hub, &s4, h4, a4))
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 1e18, 100, 7e18, 700)
}

// TestDisputeExitNotAParty: only the hub or the user may start an exit, with or without an update.
func TestDisputeExitNotAParty(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	disputeRevertArg(t, "NotAParty", e.Bob.Addr)(disputeStartExit(e, e.Bob, e.Hub.Addr, e.Alice.Addr))
	s2 := disputeNext(s1, nil)
	h, a := disputeSigs(e, &s2, e.Alice)
	disputeRevertArg(t, "NotAParty", e.Bob.Addr)(disputeExitWith(e, e.Bob, &s2, h, a))
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
}

// TestDisputeExitTwice: a running exit cannot be restarted, with or without an update; once emptied the
// channel reopens and a new exit can start.
func TestDisputeExitTwice(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	disputeOK(t)(disputeStartExit(e, e.Alice, e.Hub.Addr, e.Alice.Addr))
	disputeRevertArg(t, "ChannelNotOpen", disputeExiting)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	s2 := disputeNext(s1, nil)
	h, a := disputeSigs(e, &s2, e.Alice)
	disputeRevertArg(t, "ChannelNotOpen", disputeExiting)(disputeExitWith(e, e.Alice, &s2, h, a))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	disputeStatus(t, e, e.Alice.Addr, disputeExiting)
}

// TestDisputeNotInDispute: challenge and emptyChannel need a running exit; an emptied channel cannot be
// emptied again (no double payout).
func TestDisputeNotInDispute(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	s2 := disputeNext(s1, nil)
	h, a := disputeSigs(e, &s2, e.Alice)
	disputeRevertArg(t, "ChannelNotInDispute", disputeOpen)(disputeChallenge(e, e.Hub, &s2, h, a))
	disputeRevertArg(t, "ChannelNotInDispute", disputeOpen)(disputeEmpty(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	disputeExitAndEmpty(t, e, e.Alice, &s2)
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeRevertArg(t, "ChannelNotInDispute", disputeOpen)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 0, 0, 0, 0)
}

// TestDisputeStaleNonce: an exit or a challenge needs a txCountGlobal above the stored one.
func TestDisputeStaleNonce(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	h1, a1 := disputeSigs(e, &s1, e.Alice)
	disputeRevert(t, "StaleNonce")(disputeExitWith(e, e.Alice, &s1, h1, a1)) // equal to on-chain
	s2 := disputeNext(s1, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(4e18), u(4e18) })
	s3 := disputeNext(s2, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(2e18), u(6e18) })
	h3, a3 := disputeSigs(e, &s3, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &s3, h3, a3))
	disputeRevert(t, "StaleNonce")(disputeChallenge(e, e.Alice, &s3, h3, a3)) // equal
	h2, a2 := disputeSigs(e, &s2, e.Alice)
	disputeRevert(t, "StaleNonce")(disputeChallenge(e, e.Alice, &s2, h2, a2)) // lower
	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); c.TxCountGlobal != 3 || !disputeEq(c.WeiUser, 2e18) {
		t.Fatalf("exit state changed: %+v", c)
	}
}

// TestDisputeInvalidChainCount: a dispute state must have the stored txCountChain, or the next one when
// it carries pending operations (that were then not applied).
func TestDisputeInvalidChainCount(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil) // on-chain txCountChain 1
	try := func(f func(*state.ChannelState)) {
		t.Helper()
		s := disputeNext(s1, f)
		h, a := disputeSigs(e, &s, e.Alice)
		disputeRevert(t, "InvalidChainCount")(disputeExitWith(e, e.Alice, &s, h, a))
	}
	try(func(s *state.ChannelState) { s.TxCountChain = 0 })
	try(func(s *state.ChannelState) { s.TxCountChain = 2 }) // ahead without pending operations
	try(func(s *state.ChannelState) {                       // two ahead with pending operations
		s.TxCountChain, s.Timeout = 3, e.Now()+600
		s.Pending.DepositWeiHub, s.WeiHub = u(1), u(3e18+1)
	})
	s2 := disputeNext(s1, nil)
	h, a := disputeSigs(e, &s2, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Alice, &s2, h, a))
	s3 := disputeNext(s2, func(s *state.ChannelState) { s.TxCountChain = 2 })
	h, a = disputeSigs(e, &s3, e.Alice)
	disputeRevert(t, "InvalidChainCount")(disputeChallenge(e, e.Hub, &s3, h, a))
}

// TestDisputeInvalidSignature: both parties' signatures are checked, except the caller's own.
func TestDisputeInvalidSignature(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil)
	s2 := disputeNext(s1, func(s *state.ChannelState) { s.WeiUser, s.WeiHub = u(8e18), u(0) })
	h2, a2 := disputeSigs(e, &s2, e.Alice)
	forged := disputeForge(t, e, &s2, e.Mallory)
	disputeRevertArg(t, "InvalidSignature", e.Hub.Addr)(disputeExitWith(e, e.Alice, &s2, forged, nil))
	disputeRevertArg(t, "InvalidSignature", e.Alice.Addr)(disputeExitWith(e, e.Hub, &s2, nil, forged))
	disputeRevertArg(t, "InvalidSignature", e.Alice.Addr)(disputeExitWith(e, e.Hub, &s2, nil, h2)) // hub's sig as user's
	s3 := disputeNext(s2, nil)
	disputeRevertArg(t, "InvalidSignature", e.Hub.Addr)(disputeExitWith(e, e.Alice, &s3, h2, nil)) // sig of s2 on s3
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	// A third party must bring both signatures: a missing one fails the length check, a wrong one the
	// signer check.
	disputeRevert(t, "ECDSAInvalidSignatureLength")(disputeChallenge(e, e.Bob, &s2, h2, nil))
	disputeRevertArg(t, "InvalidSignature", e.Alice.Addr)(disputeChallenge(e, e.Bob, &s2, h2, h2))
	disputeRevertArg(t, "InvalidSignature", e.Hub.Addr)(disputeChallenge(e, e.Bob, &s2, a2, a2))
	disputeOK(t)(disputeChallenge(e, e.Bob, &s2, h2, a2))
}

// TestDisputeInsufficientChannelFunds: a dispute state cannot claim more than the channel holds, in
// balances, tokens, or balances plus locked funds.
func TestDisputeInsufficientChannelFunds(t *testing.T) {
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeStd, nil) // 8 ether, 800 tokens
	for _, f := range []func(*state.ChannelState){
		func(s *state.ChannelState) { s.WeiUser = u(5e18 + 1) },
		func(s *state.ChannelState) { s.TokenHub = u(301) },
		func(s *state.ChannelState) { s.LockRoot, s.LockedWei = state.Hashlock([32]byte{1}), u(1) },
	} {
		s := disputeNext(s1, f)
		h, a := disputeSigs(e, &s, e.Alice)
		disputeRevert(t, "InsufficientChannelFunds")(disputeExitWith(e, e.Alice, &s, h, a))
	}
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
}
