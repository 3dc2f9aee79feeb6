package node

import (
	"context"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// Exchange swaps amount of one asset for the other with the hub at the hub's quoted rate (Quote): when
// weiToToken the user gives amount wei and receives token, otherwise it gives amount token and receives
// wei. The amount received is rounded down, in the hub's favour, so the hub's rate check passes. It
// fails with ErrBadExchange if amount is zero or buys nothing (or more than a uint256) at the rate, with
// ErrBadQuote if the hub gives no valid quote, and like Update otherwise (ErrRejected with ErrBadRate in
// the reason if the hub's rate got worse in between). Only users exchange: a hub gets ErrNotSupported.
func (e *Engine) Exchange(ctx context.Context, weiToToken bool, amount uint256.Int) (state.SignedState, error) {
	if e.cfg.Role != User {
		return state.SignedState{}, fmt.Errorf("%w: only users ask for an exchange", ErrNotSupported)
	}
	if amount.IsZero() {
		return state.SignedState{}, fmt.Errorf("%w: zero amount", ErrBadExchange)
	}
	r, err := e.Quote(ctx)
	if err != nil {
		return state.SignedState{}, err
	}
	x, err := exchangeAt(r, weiToToken, amount)
	if err != nil {
		return state.SignedState{}, err
	}
	if err := e.hubCanPay(ctx, x); err != nil {
		return state.SignedState{}, err
	}
	return e.Update(ctx, e.cfg.Hub, x)
}

// hubCanPay checks that the hub's balance in this user's channel covers what it gives in exchange x;
// if not, it asks the hub to collateralize the channel (as a payment's recipient would be) and fails
// with ErrHubLacksBalance.
func (e *Engine) hubCanPay(ctx context.Context, x protocol.Exchange) error {
	r, err := e.Latest(ctx, e.cfg.Hub)
	if err != nil {
		return nil // no channel yet: the update fails with the protocol's reason
	}
	var need [2]uint256.Int
	s := &r.State
	if x.WeiToToken {
		need[1] = x.Token
		if s.WeiUser.Lt(&x.Wei) {
			return nil // the user lacks what it sells: the protocol says so
		}
	} else {
		need[0] = x.Wei
		if s.TokenUser.Lt(&x.Token) {
			return nil
		}
	}
	wei, token := hubSpendable(s)
	if !wei.Lt(&need[0]) && !token.Lt(&need[1]) {
		return nil
	}
	what := "; asked the hub to collateralize the channel: retry shortly, or exchange less"
	if _, err := e.RecipientNeedsCollateral(ctx, e.me, need[0], need[1]); err != nil {
		what = fmt.Sprintf("; asking the hub for collateral failed: %v", err)
	}
	return fmt.Errorf("%w: the exchange needs %s wei, %s token of the hub's, it can spend %s wei, %s token%s",
		ErrHubLacksBalance, need[0].Dec(), need[1].Dec(), wei.Dec(), token.Dec(), what)
}

// exchangeAt is the exchange of amount at rate r (a checked quote) that gives the user the most checkRate
// allows: token = floor(wei*Num/Den) when weiToToken, else wei = floor(token*Den/Num). It fails with
// ErrBadExchange if the amount received is zero or does not fit in a uint256.
func exchangeAt(r Rate, weiToToken bool, amount uint256.Int) (protocol.Exchange, error) {
	mul, div := r.Num, r.Den
	if !weiToToken {
		mul, div = r.Den, r.Num
	}
	got := new(big.Int).Mul(amount.ToBig(), mul)
	got.Quo(got, div)
	var out uint256.Int
	switch {
	case got.Sign() == 0:
		return protocol.Exchange{}, fmt.Errorf("%w: %s buys nothing at %s/%s", ErrBadExchange, amount.Dec(), r.Num, r.Den)
	case out.SetFromBig(got): // reports overflow
		return protocol.Exchange{}, fmt.Errorf("%w: %s buys more than a uint256 at %s/%s", ErrBadExchange, amount.Dec(), r.Num, r.Den)
	}
	if weiToToken {
		return protocol.Exchange{WeiToToken: true, Wei: amount, Token: out}, nil
	}
	return protocol.Exchange{Wei: out, Token: amount}, nil
}
