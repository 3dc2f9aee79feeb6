package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/holiman/uint256"

	"spoke/node"
)

// Errors of checks made before anything is sent.
var (
	// ErrFunds says the node's account lacks what an on-chain operation needs; nothing was sent.
	ErrFunds = errors.New("api: the account lacks the funds")
	// ErrChannelOver says the channel exited or exits on-chain and takes no more payments.
	ErrChannelOver = errors.New("api: the channel with the hub exited on-chain: it takes no more payments or links")
)

// depositGas is the gas a deposit costs at the least (an ETH deposit into an existing channel costs
// about 31,000, into a new one 48,000; tokens add a transfer): an account with less than the deposit
// plus this much gas at the current price cannot make it.
const depositGas = 50_000

// checkFunds refuses a deposit the account cannot pay for, before anything is sent: the wei plus gas,
// the tokens, and the tokens approved to the manager. When the chain cannot say, the chain decides.
func (s *Service) checkFunds(ctx context.Context, wei, token uint256.Int) error {
	if s.n.Chain == nil || wei.IsZero() && token.IsZero() {
		return nil // nothing to check; the node refuses a deposit of nothing
	}
	if err := s.checkOpen(ctx); err != nil {
		return err
	}
	f, err := s.n.Chain.Funds(ctx, s.n.Address())
	if err != nil {
		return nil
	}
	price, err := s.n.Chain.GasPrice(ctx)
	if err != nil {
		price = new(big.Int)
	}
	gas := new(big.Int).Mul(big.NewInt(depositGas), price)
	need := new(big.Int).Add(wei.ToBig(), gas)
	switch {
	case f.Wei.Cmp(need) < 0:
		return fmt.Errorf("%w: your account %s holds %s; this deposit needs %s plus at least %s of gas: send ETH to %s first",
			ErrFunds, s.n.Address().Hex(), ethWords(f.Wei), ethWords(wei.ToBig()), ethWords(gas), s.n.Address().Hex())
	case f.Token.Cmp(token.ToBig()) < 0:
		return fmt.Errorf("%w: your account %s holds %s token base units; this deposit needs %s: send tokens to it first",
			ErrFunds, s.n.Address().Hex(), f.Token, token.Dec())
	case f.Allowance.Cmp(token.ToBig()) < 0:
		return fmt.Errorf("%w: your account %s lets the channel manager %s take %s token base units; this deposit needs %s: "+
			"approve the manager for at least that (the token's approve) first", ErrFunds, s.n.Address().Hex(),
			s.n.Chain.Manager().Hex(), f.Allowance, token.Dec())
	}
	return nil
}

// checkOpen refuses at once what a channel with the hub that exited on-chain cannot do any more.
func (s *Service) checkOpen(ctx context.Context) error {
	phase, _, err := s.n.ChannelPhaseOf(ctx, s.n.Hub())
	if err != nil {
		return nil // no channel yet: the operation says what it lacks
	}
	if phase == node.PhaseExiting || phase == node.PhaseExited {
		return fmt.Errorf("%w (see spoke channel)", ErrChannelOver)
	}
	return nil
}

// ethWords renders wei exactly in ETH with the wei beside: "1500000000000000000 wei (1.5 ETH)".
func ethWords(wei *big.Int) string {
	eth := strings.TrimRight(strings.TrimRight(new(big.Rat).SetFrac(wei, big.NewInt(1e18)).FloatString(18), "0"), ".")
	return fmt.Sprintf("%s wei (%s ETH)", wei, eth)
}
