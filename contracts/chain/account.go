package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"spoke/contracts/bindings"
)

// Token describes the channel token: its address and the ERC-20 metadata its contract gives. A token
// without decimals() reads as 0 decimals, one without symbol() as "token".
type Token struct {
	Address  common.Address
	Symbol   string
	Decimals uint8
}

// Token reads the manager's token and its decimals and symbol.
func (a *Adapter) Token(ctx context.Context) (Token, error) {
	if t := a.token.Load(); t != nil {
		return *t, nil
	}
	opts := &bind.CallOpts{Context: ctx}
	addr, err := a.mgr.Token(opts)
	if err != nil {
		return Token{}, fmt.Errorf("chain: token: %w", err)
	}
	erc20, err := bindings.NewTestToken(addr, a.cfg.Client) // the standard ERC-20 views
	if err != nil {
		return Token{}, fmt.Errorf("chain: bind token: %w", err)
	}
	t := Token{Address: addr, Symbol: "token"}
	d, errD := erc20.Decimals(opts)
	if errD == nil {
		t.Decimals = d
	}
	s, errS := erc20.Symbol(opts)
	if errS == nil && s != "" {
		t.Symbol = s
	}
	if errD == nil && errS == nil { // a view that failed (a timeout, say) is asked again next time
		a.token.Store(&t)
	}
	return t, nil
}

// Funds is what an account holds on-chain for a deposit: ether, tokens, and the tokens it has approved
// the manager to take.
type Funds struct {
	Wei, Token, Allowance *big.Int
}

// ErrNoBalance says the chain client cannot read an account's ether balance.
var ErrNoBalance = errors.New("chain: the client cannot read balances")

// Funds reads what account holds for a deposit.
func (a *Adapter) Funds(ctx context.Context, account common.Address) (Funds, error) {
	bal, ok := a.cfg.Client.(interface {
		BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	})
	if !ok {
		return Funds{}, ErrNoBalance
	}
	wei, err := bal.BalanceAt(ctx, account, nil)
	if err != nil {
		return Funds{}, fmt.Errorf("chain: balance of %s: %w", account, err)
	}
	t, err := a.Token(ctx)
	if err != nil {
		return Funds{}, err
	}
	erc20, err := bindings.NewTestToken(t.Address, a.cfg.Client)
	if err != nil {
		return Funds{}, fmt.Errorf("chain: bind token: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx}
	f := Funds{Wei: wei}
	if f.Token, err = erc20.BalanceOf(opts, account); err != nil {
		return Funds{}, fmt.Errorf("chain: token balance of %s: %w", account, err)
	}
	if f.Allowance, err = erc20.Allowance(opts, account, a.cfg.Manager); err != nil {
		return Funds{}, fmt.Errorf("chain: token allowance of %s: %w", account, err)
	}
	return f, nil
}

// GasPrice is the gas price the chain suggests now, in wei.
func (a *Adapter) GasPrice(ctx context.Context) (*big.Int, error) {
	return a.cfg.Client.SuggestGasPrice(ctx)
}

// Manager is the ChannelManager's address.
func (a *Adapter) Manager() common.Address { return a.cfg.Manager }
