package contracts_test

import (
	"testing"

	"spoke/internal/chaintest"
	"spoke/state"
)

// disputeMalloryStates opens Mallory's channel (she deposits 10 ether and 1000 tokens) and returns the
// states she then signs with the hub, paying it a little more each time: the oldest is the best for her.
func disputeMalloryStates(t *testing.T) (e *chaintest.Env, states []state.ChannelState) {
	t.Helper()
	e = disputeEnv(t)
	s := disputeOpenChannel(t, e, e.Mallory, disputeBal{WeiUser: 10e18, TokenUser: 1000}, nil)
	states = append(states, s)
	for _, pay := range []uint64{1, 3, 6} {
		s = disputeNext(s, func(s *state.ChannelState) {
			s.WeiUser, s.WeiHub = u(10e18-pay*1e18), u(pay*1e18)
			s.TokenUser, s.TokenHub = u(1000-pay*100), u(pay*100)
		})
		states = append(states, s)
	}
	return e, states
}

// TestDisputeMalloryExitsWithStaleState: Mallory starts an exit with an old state that favours her; the
// hub challenges with the newest one; after the period Mallory gets exactly her newest balance (4 ether,
// 400 tokens, minus her own gas) and the hub's reserve the rest. Her attempt to re-challenge with an older
// state fails.
func TestDisputeMalloryExitsWithStaleState(t *testing.T) {
	e, ss := disputeMalloryStates(t)
	w := disputeWatchStart(e, e.Mallory.Addr)
	stale, newest := &ss[1], &ss[3]
	h, m := disputeSigs(e, stale, e.Mallory)
	w.paid(disputeOK(t)(disputeExitWith(e, e.Mallory, stale, h, m)))

	_, mNew := disputeSigs(e, newest, e.Mallory)
	disputeOK(t)(disputeChallenge(e, e.Hub, newest, nil, mNew))
	h2, m2 := disputeSigs(e, &ss[2], e.Mallory)
	disputeRevert(t, "StaleNonce")(disputeChallenge(e, e.Mallory, &ss[2], h2, m2))

	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Mallory.Addr).ClosingTime)
	w.paid(disputeOK(t)(disputeEmpty(e, e.Mallory, e.Hub.Addr, e.Mallory.Addr)))
	w.expect(t, 4e18, 400, 6e18, 600)
	disputeTotals(t, e, e.Mallory.Addr, 0, 0)
}

// TestDisputeMalloryUnchallengedKeepsStaleState documents why the hub must watch: without a challenge
// the stale state stands.
func TestDisputeMalloryUnchallengedKeepsStaleState(t *testing.T) {
	e, ss := disputeMalloryStates(t)
	h, m := disputeSigs(e, &ss[1], e.Mallory)
	disputeOK(t)(disputeExitWith(e, e.Mallory, &ss[1], h, m))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Mallory.Addr).ClosingTime)
	w := disputeWatchStart(e, e.Mallory.Addr)
	disputeOK(t)(disputeEmpty(e, e.Deployer, e.Hub.Addr, e.Mallory.Addr))
	w.expect(t, 9e18, 900, 1e18, 100)
}

// disputeHubPaidAlice opens Alice's channel with 5 ether of hub collateral and returns the state in
// which the hub has since paid her 3 ether and 30 tokens off-chain.
func disputeHubPaidAlice(t *testing.T) (*chaintest.Env, state.ChannelState) {
	t.Helper()
	e := disputeEnv(t)
	s1 := disputeOpenChannel(t, e, e.Alice, disputeBal{WeiHub: 5e18, TokenHub: 50}, nil)
	s2 := disputeNext(s1, func(s *state.ChannelState) {
		s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = u(4e18), u(1e18), u(40), u(10)
	})
	s3 := disputeNext(s2, func(s *state.ChannelState) {
		s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = u(2e18), u(3e18), u(20), u(30)
	})
	return e, s3
}

// TestDisputeHubCheatsWatchtowerChallenges: the hub exits with the on-chain state (all collateral its
// own) although it has paid Alice since; a watchtower account, no party to the channel, challenges with
// the newest double-signed state, and Alice is paid her 3 ether and 30 tokens to the wei.
func TestDisputeHubCheatsWatchtowerChallenges(t *testing.T) {
	e, s3 := disputeHubPaidAlice(t)
	disputeOK(t)(disputeStartExit(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	watchtower := e.Deployer
	h, a := disputeSigs(e, &s3, e.Alice)
	r := disputeOK(t)(disputeChallenge(e, watchtower, &s3, h, a))
	ev, err := e.Manager.ParseExitChallenged(*r.Logs[0])
	if err != nil || ev.Challenger != watchtower.Addr || ev.TxCountGlobal.Uint64() != 3 {
		t.Fatalf("ExitChallenged event %+v, %v", ev, err)
	}
	w := disputeWatchStart(e, e.Alice.Addr)
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	disputeOK(t)(disputeEmpty(e, watchtower, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 3e18, 30, 2e18, 20)
}

// TestDisputeHubCheatsAliceChallenges: the hub exits with an older off-chain state; Alice challenges
// herself, bringing only the hub's signature (her transaction implies hers).
func TestDisputeHubCheatsAliceChallenges(t *testing.T) {
	e, s3 := disputeHubPaidAlice(t)
	s2 := s3
	s2.TxCountGlobal, s2.WeiHub, s2.WeiUser, s2.TokenHub, s2.TokenUser = 2, u(4e18), u(1e18), u(40), u(10)
	h2, a2 := disputeSigs(e, &s2, e.Alice)
	disputeOK(t)(disputeExitWith(e, e.Hub, &s2, h2, a2))
	w := disputeWatchStart(e, e.Alice.Addr)
	h3, _ := disputeSigs(e, &s3, e.Alice)
	w.paid(disputeOK(t)(disputeChallenge(e, e.Alice, &s3, h3, nil)))
	disputeAdvanceTo(t, e, e.Channel(e.Hub.Addr, e.Alice.Addr).ClosingTime)
	disputeOK(t)(disputeEmpty(e, e.Hub, e.Hub.Addr, e.Alice.Addr))
	w.expect(t, 3e18, 30, 2e18, 20)
}
