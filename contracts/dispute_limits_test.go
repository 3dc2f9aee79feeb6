package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts/bindings"
	"spoke/state"
)

// TestDisputeUnderCountedThreads: a final state that counts one thread while its root holds two (both
// parties signed it) settles the counted one; emptying the second reverts with NoThreadLeft instead of an
// arithmetic panic, and its funds stay for nukeThreads. A pending lock keeps the channel settling.
func TestDisputeUnderCountedThreads(t *testing.T) {
	f := disputeThreadSetup(t)
	e, alice := f.e, f.e.Alice.Addr
	lock := state.Lock{ID: 1, ToUser: true, AmountWei: u(1), Hashlock: state.Hashlock([32]byte{7}), Expiry: e.Now() + 100_000}
	f.s.ThreadCount = 1
	f.s.LockRoot, f.s.LockedWei = state.LockRoot([]state.Lock{lock}), u(1)
	f.s.WeiHub.SubUint64(&f.s.WeiHub, 1)
	disputeExitAndEmpty(t, e, e.Alice, &f.s)
	for _, ts := range []*state.ThreadState{&f.t1, &f.t2} {
		disputeOK(t)(disputeStartThread(e, e.Hub, alice, ts, f.proof(t, ts), e.SignThread(ts, e.Alice)))
	}
	disputeAdvanceTo(t, e, disputeThreadOf(t, e, &f.t2).ClosingTime)
	disputeOK(t)(disputeEmptyThread(e, e.Deployer, alice, &f.t1))
	disputeRevert(t, "NoThreadLeft")(disputeEmptyThread(e, e.Deployer, alice, &f.t2))
	disputeStatus(t, e, alice, disputeSettling)
	disputeTotals(t, e, alice, 5e17+1, 50)
}

// TestDisputePendingAtChainCountZero: a pending state at txCountChain 0 (state.Validate refuses it) cannot
// pass as applied on a channel that never had an on-chain update.
func TestDisputePendingAtChainCountZero(t *testing.T) {
	e := disputeEnv(t)
	s := state.ChannelState{Hub: e.Hub.Addr, User: e.Alice.Addr, Recipient: e.Alice.Addr,
		WeiUser: u(1), TxCountGlobal: 1, Timeout: e.Now() + 600}
	s.Pending.DepositWeiUser = u(1)
	sigHub, _ := e.Sign(&s, e.Hub)
	disputeRevert(t, "InvalidChainCount")(disputeExitWith(e, e.Alice, &s, sigHub, nil))
	disputeStatus(t, e, e.Alice.Addr, disputeOpen)
}

// TestZeroChallengePeriodRefused: a deployment without a challenge period would give every dispute of a
// block the same record keys, and no time to answer; the constructor refuses it.
func TestZeroChallengePeriodRefused(t *testing.T) {
	e := disputeEnv(t)
	_, err := e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployChannelManager(o, e.Client, e.Dep.Token, big.NewInt(0))
		return tx, err
	})
	disputeRevert(t, "InvalidChallengePeriod")(nil, err)
}
