package node

import (
	"fmt"
	"math/big"

	"spoke/protocol"
)

// Rate is the hub's price of one wei in token base units, the exact fraction Num/Den.
type Rate struct{ Num, Den *big.Int }

// RateProvider quotes the hub's exchange rate.
type RateProvider interface {
	Rate() (Rate, error)
}

// StaticRate is a fixed rate.
type StaticRate Rate

// Rate returns the fixed rate.
func (r StaticRate) Rate() (Rate, error) { return Rate(r), nil }

// checkRate refuses an exchange that gives the user more than the rate: for wei sold, token bought at
// most wei*Num/Den; for token sold, wei bought at most token*Den/Num. Exact integer arithmetic.
func checkRate(r Rate, x protocol.Exchange) error {
	wei, token := x.Wei.ToBig(), x.Token.ToBig()
	give, get := new(big.Int).Mul(wei, r.Num), new(big.Int).Mul(token, r.Den) // both in token*Den units
	ok := get.Cmp(give) <= 0
	if !x.WeiToToken {
		ok = give.Cmp(get) <= 0
	}
	if !ok {
		return fmt.Errorf("%w: %s wei for %s token at %s/%s", ErrBadRate, wei, token, r.Num, r.Den)
	}
	return nil
}

// checkExchange checks x against the provider's current rate.
func checkExchange(p RateProvider, x protocol.Exchange) error {
	r, err := p.Rate()
	if err != nil {
		return fmt.Errorf("%w: no quote: %w", ErrBadRate, err)
	}
	if r.Num == nil || r.Den == nil || r.Num.Sign() <= 0 || r.Den.Sign() <= 0 {
		return fmt.Errorf("%w: invalid quote", ErrBadRate)
	}
	return checkRate(r, x)
}
