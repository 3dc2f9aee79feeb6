package node

import (
	"fmt"
	"github.com/ethereum/go-ethereum/common"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// checkAuthority refuses updates by which the proposer would take what is not its own. The acceptor has
// role; the proposer is the other party. A party may move only its own funds (transfers, locks it sends,
// its withdrawals), only the hub may put collateral in from its reserve, only the user may exchange (the
// hub checks the rate in policy),.
// protocol.Accept checks the rest (amounts, preimages, expiries, a CancelLock's receiver).
func checkAuthority(acceptor Role, ch protocol.Channel, updates []protocol.Update) error {
	hubProposes := acceptor == User
	for i, u := range updates {
		if err := authorized(hubProposes, ch.Latest.State.User, u); err != nil {
			return fmt.Errorf("update %d (%T): %w", i, u, err)
		}
	}
	return nil
}

// authorized checks one update against who proposes it.
func authorized(hubProposes bool, user common.Address, u protocol.Update) error {
	switch u := u.(type) {
	case protocol.OpenThread:
		// The side that pays into the thread opens it: the user its own thread, the hub the receiver's side.
		if (u.Thread.State.Sender == user) == hubProposes {
			return fmt.Errorf("%w: a thread is opened by the party that funds it", ErrNotAuthorized)
		}
	case protocol.CloseThread:
		// The thread's receiving side closes it: the receiver in its channel, the hub in the sender's.
		if (u.Final.State.Receiver == user) == hubProposes {
			return fmt.Errorf("%w: a thread is closed by its receiving side", ErrNotAuthorized)
		}
	case protocol.Transfer:
		if u.ToUser != hubProposes {
			return fmt.Errorf("%w: a transfer must come from its sender", ErrNotAuthorized)
		}
	case protocol.AddLock:
		if u.Lock.ToUser != hubProposes {
			return fmt.Errorf("%w: a lock must be opened by its sender", ErrNotAuthorized)
		}
	case protocol.Withdraw:
		if hubProposes && (!u.UserWei.IsZero() || !u.UserToken.IsZero()) ||
			!hubProposes && (!u.HubWei.IsZero() || !u.HubToken.IsZero()) {
			return fmt.Errorf("%w: a party may withdraw only its own balance", ErrNotAuthorized)
		}
	case protocol.Collateral:
		if !hubProposes {
			return fmt.Errorf("%w: only the hub puts in collateral", ErrNotAuthorized)
		}
	case protocol.Exchange:
		if hubProposes {
			return fmt.Errorf("%w: only the user asks for an exchange", ErrNotAuthorized)
		}
	}
	return nil
}

// policy applies a hub's own rules to a user's proposal, beyond what the protocol allows: it prices
// exchanges itself, takes custodial payments only for its users, and forwards only locks whose notes
// name a recipient it can pay in time.
func (e *Engine) policy(ch *channel, p protocol.Propose) error {
	if e.cfg.Role != Hub {
		return nil
	}
	if err := e.checkDraining(ch, p); err != nil {
		return err
	}
	if err := e.checkExchanges(ch, p); err != nil {
		return err
	}
	if err := e.checkCustodial(ch, p); err != nil {
		return err
	}
	if err := e.checkThreads(ch, p); err != nil {
		return err
	}
	return e.checkForwards(ch, p)
}

// checkExchanges refuses exchanges at a rate worse for the hub than its quote, and exchanges the hub's
// balance in the channel cannot pay; those make it collateralize the channel, as a refused payment does.
func (e *Engine) checkExchanges(ch *channel, p protocol.Propose) error {
	updates := p.Updates
	var need [2]uint256.Int // what the hub gives, per asset
	for _, u := range updates {
		x, ok := u.(protocol.Exchange)
		if !ok {
			continue
		}
		if err := checkExchange(e.cfg.Rates, x); err != nil {
			return err
		}
		if x.WeiToToken {
			need[1].Add(&need[1], &x.Token)
		} else {
			need[0].Add(&need[0], &x.Wei)
		}
	}
	if need[0].IsZero() && need[1].IsZero() {
		return nil
	}
	wei, token := hubSpendable(&ch.ch.Latest.State)
	if !wei.Lt(&need[0]) && !token.Lt(&need[1]) {
		return nil
	}
	what := "; retry later"
	if e.mayCollateralize(ch, &p) && e.autoCollateral(ch, need) {
		what = "; the hub is collateralizing the channel, retry shortly"
	}
	return fmt.Errorf("%w: the exchange needs %s wei, %s token of the hub's, it can spend %s wei, %s token%s",
		ErrHubLacksBalance, need[0].Dec(), need[1].Dec(), wei.Dec(), token.Dec(), what)
}

// mayCollateralize reports whether a proposal refused for lack of hub balance may start an on-chain
// top-up: only one from a channel the hub has stored, carrying its proposer's valid signature (a
// stranger's or a forged proposal must not make the hub spend gas and reserve). p is nil for the hub's
// own decisions (a link redemption).
func (e *Engine) mayCollateralize(from *channel, p *protocol.Propose) bool {
	if p == nil {
		return true
	}
	if e.channels[from.peer] != from {
		return false
	}
	sig := p.Proposal.SigUser // the proposer is the channel's user, or its hub when this node is the user
	if !from.hubSide {
		sig = p.Proposal.SigHub
	}
	return state.Verify(e.cfg.Domain.ChannelDigest(&p.Proposal.State), sig, from.peer) == nil
}
