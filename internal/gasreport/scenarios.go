package gasreport

import (
	"math/big"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// reserve funds the hub's reserve: a first ETH deposit, a top-up, then tokens, so the contract already
// holds tokens when users deposit theirs.
func (r *run) reserve() error {
	m := r.e.Manager
	hubDeposit := func(tokenAmount *big.Int) txFunc {
		return func(o txOpts) (txResult, error) { return m.HubDeposit(o, tokenAmount) }
	}
	first := spec{opHubDeposit, 0, "The hub's first deposit into its reserve: 100 ETH and no tokens (hubDeposit); " +
		"the reserve slot goes from zero to non-zero. go-nitro has no hub reserve."}
	if err := r.send(first, r.e.Hub, ether(100), hubDeposit(new(big.Int))); err != nil {
		return err
	}
	topUp := spec{opHubTopUp, 0, "The hub adds 50 ETH to a reserve that already holds ETH."}
	if err := r.send(topUp, r.e.Hub, ether(50), hubDeposit(new(big.Int))); err != nil {
		return err
	}
	reserveTokens := tokens(10_000)
	return r.send(setup, r.e.Hub, nil, hubDeposit(reserveTokens.ToBig()))
}

// directDeposits has a user who never had a channel with the hub deposit ETH with deposit(): no state, no
// signature; a later off-chain state credits it. Then a second deposit into the same channel.
func (r *run) directDeposits() error {
	m, hub, user := r.e.Manager, r.e.Hub.Addr, r.e.Deployer.Addr
	deposit := func(o txOpts) (txResult, error) { return m.Deposit(o, hub, user, new(big.Int)) }
	first := spec{opDirectNew, nitroDeposit, "A user opens a channel with the hub by depositing 5 ETH directly " +
		"(deposit: no state, no signature; the hub credits it off-chain in the next state both sign). Compared " +
		"with go-nitro's deposit, which funds a new channel's holdings."}
	if err := r.send(first, r.e.Deployer, ether(5), deposit); err != nil {
		return err
	}
	again := spec{opDirectExisting, 0, "The same user deposits 2 ETH more into that channel."}
	return r.send(again, r.e.Deployer, ether(2), deposit)
}

// aliceDeposits opens Alice's channel with wei, adds wei, then adds tokens, each with userAuthorizedUpdate.
func (r *run) aliceDeposits() error {
	a := r.alice
	s, err := a.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiUser, s.WeiUser = milliEther(5000), milliEther(5000)
	})
	if err != nil {
		return err
	}
	if err := r.userUpdate(spec{opDepositNew, 0, "Alice opens her channel with the hub by depositing " +
		"5 ETH with a pending deposit (userAuthorizedUpdate; the hub's signature is checked); every channel " +
		"slot starts at zero."}, a, s); err != nil {
		return err
	}
	if err := a.pay(func(s *state.ChannelState) { s.WeiUser, s.WeiHub = milliEther(4000), milliEther(1000) }); err != nil {
		return err
	}
	if s, err = a.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiUser, s.WeiUser = milliEther(2000), milliEther(6000)
	}); err != nil {
		return err
	}
	if err := r.userUpdate(spec{opDepositExisting, 0, "Alice adds 2 ETH to her channel, which holds 5 ETH " +
		"after she paid the hub 1 ETH off-chain."}, a, s); err != nil {
		return err
	}
	if s, err = a.pending(func(s *state.ChannelState) {
		s.Pending.DepositTokenUser, s.TokenUser = tokens(500), tokens(500)
	}); err != nil {
		return err
	}
	return r.userUpdate(spec{opTokenDeposit, 0, "Alice deposits her first 500 tokens into her channel, which " +
		"holds wei (userAuthorizedUpdate pulls them with transferFrom under an unlimited allowance); the " +
		"contract already holds tokens."}, a, s)
}

// aliceWithdraws has the hub collateralize Alice's channel, pay her, and apply two withdrawals.
func (r *run) aliceWithdraws() error {
	a := r.alice
	s, err := a.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiHub, s.WeiHub = milliEther(3000), milliEther(4000)
	})
	if err != nil {
		return err
	}
	if err := r.hubUpdate(spec{opCollateral, 0, "The hub moves 3 ETH from its reserve into its side of " +
		"Alice's channel so it can pay her (hubAuthorizedUpdate; Alice's signature is checked)."}, a, s); err != nil {
		return err
	}
	if err := a.pay(func(s *state.ChannelState) { s.WeiHub, s.WeiUser = milliEther(2000), milliEther(8000) }); err != nil {
		return err
	}
	if s, err = a.pending(func(s *state.ChannelState) {
		s.Pending.WithdrawalWeiUser, s.WeiUser = milliEther(3000), milliEther(5000)
	}); err != nil {
		return err
	}
	if err := r.hubUpdate(spec{opCoopWithdrawal, nitroWithdraw, "Alice withdraws 3 of her 8 ETH to her own " +
		"address; the hub submits the state she signed (hubAuthorizedUpdate, one signature checked) and the " +
		"channel stays open. go-nitro's withdraw concludes the channel and pays both parties."}, a, s); err != nil {
		return err
	}
	if s, err = a.pending(func(s *state.ChannelState) {
		s.TokenUser, s.TokenHub = tokens(300), tokens(200)
		s.Pending.DepositWeiHub, s.Pending.WithdrawalWeiUser = milliEther(400), milliEther(400)
	}); err != nil {
		return err
	}
	return r.hubUpdate(spec{opSwapWithdrawal, 0, "Alice sells 200 tokens to the hub inside the channel and " +
		"withdraws the 0.4 ETH price, which the hub draws from its reserve, in one hubAuthorizedUpdate."}, a, s)
}

// bobExits opens Bob's channel, makes an off-chain payment the chain never sees, and has Bob exit.
func (r *run) bobExits() error {
	b := r.bob
	s, err := b.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiUser, s.WeiUser = milliEther(3000), milliEther(3000)
	})
	if err != nil {
		return err
	}
	if err := r.userUpdate(setup, b, s); err != nil {
		return err
	}
	if err := b.pay(func(s *state.ChannelState) { s.WeiUser, s.WeiHub = milliEther(2000), milliEther(1000) }); err != nil {
		return err
	}
	m, hub, user := r.e.Manager, b.hub.Addr, b.user.Addr
	return r.send(spec{opStartExit, 0, "The hub stopped answering: Bob starts an exit from the balances last " +
		"applied on-chain (startExit: no state, no signature)."}, b.user, nil,
		func(o txOpts) (txResult, error) { return m.StartExit(o, hub, user) })
}

// malloryDisputes funds Mallory's channel on both sides, then runs a dispute: Mallory exits with a stale
// state, the hub challenges with a newer one, and a watchtower with a newer one still.
func (r *run) malloryDisputes() error {
	c := r.mallory
	if err := r.fundBothSides(c, 5000, 5000); err != nil {
		return err
	}
	if err := c.pay(func(s *state.ChannelState) { s.WeiUser, s.WeiHub = milliEther(7000), milliEther(3000) }); err != nil {
		return err
	}
	stale := c.s
	if err := c.pay(func(s *state.ChannelState) { s.WeiUser, s.WeiHub = milliEther(2000), milliEther(8000) }); err != nil {
		return err
	}
	newer := c.s
	if err := c.pay(func(s *state.ChannelState) { s.WeiUser, s.WeiHub = milliEther(1500), milliEther(8500) }); err != nil {
		return err
	}
	if err := r.dispute(spec{opStartExitUpdate, nitroChallenge, "Mallory starts an exit with a stale state " +
		"that gives her 7 of the channel's 10 ETH (startExitWithUpdate; the hub's signature is checked, hers is " +
		"implied by her transaction). Compared with go-nitro's challenge."}, c.user, &stale, c.hub); err != nil {
		return err
	}
	if err := r.dispute(spec{opChallenge, nitroCheckpoint, "The hub answers within the challenge period with a " +
		"newer state that gives Mallory 2 ETH (challenge; only her signature is checked). Compared with " +
		"go-nitro's checkpoint, which also records a newer state."}, c.hub, &newer, c.user); err != nil {
		return err
	}
	return r.dispute(spec{opChallengeBoth, 0, "A watchtower, neither hub nor user, submits a newer state " +
		"still (challenge), so both signatures are checked."}, r.e.Deployer, &c.s, c.hub, c.user)
}

// fundBothSides opens c with a user deposit and a hub collateral deposit (setup, not measured).
func (r *run) fundBothSides(c *channel, userMilli, hubMilli uint64) error {
	s, err := c.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiUser, s.WeiUser = milliEther(userMilli), milliEther(userMilli)
	})
	if err != nil {
		return err
	}
	if err := r.userUpdate(setup, c, s); err != nil {
		return err
	}
	if s, err = c.pending(func(s *state.ChannelState) {
		s.Pending.DepositWeiHub, s.WeiHub = milliEther(hubMilli), milliEther(hubMilli)
	}); err != nil {
		return err
	}
	return r.hubUpdate(setup, c, s)
}

// dispute submits s as caller: startExitWithUpdate when the channel is open, challenge when it is in
// dispute, with the signatures of signers.
func (r *run) dispute(sp spec, caller chaintest.Actor, s *state.ChannelState, signers ...chaintest.Actor) error {
	sigHub, sigUser := r.e.Sign(s, signers...)
	cs, m := contracts.ChannelState(s), r.e.Manager
	if r.e.Channel(s.Hub, s.User).Status == 0 {
		return r.send(sp, caller, nil, func(o txOpts) (txResult, error) { return m.StartExitWithUpdate(o, cs, sigHub, sigUser) })
	}
	return r.send(sp, caller, nil, func(o txOpts) (txResult, error) { return m.Challenge(o, cs, sigHub, sigUser) })
}

// emptyMallory pays out Mallory's channel once its challenge period is over.
func (r *run) emptyMallory() error {
	m, hub, user := r.e.Manager, r.mallory.hub.Addr, r.mallory.user.Addr
	return r.send(spec{opEmptyChannel, nitroSettle, "After the challenge period the hub empties Mallory's " +
		"channel (emptyChannel): 1.5 ETH paid to Mallory, 8.5 ETH credited to the hub's reserve; with no " +
		"threads or locks the channel reopens at once. Compared with go-nitro's settle, which pays out a " +
		"channel whose challenge timed out."}, r.mallory.hub, nil,
		func(o txOpts) (txResult, error) { return m.EmptyChannel(o, hub, user) })
}

// ether is n ether in wei.
func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), chaintest.Ether) }
