package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// balanceOfSelector is the ERC-20 selector of balanceOf(address).
var balanceOfSelector = []byte{0x70, 0xa0, 0x82, 0x31}

// balanceReader is the part of a chain client that reads an account's ether balance (ethclient and the
// simulated backend's client have it).
type balanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Wallet returns what account holds outside the contract as of the latest block: its ether, and its
// balance of the manager's token (zero if the manager has no token).
func (a *Adapter) Wallet(ctx context.Context, account common.Address) (wei, tokens *big.Int, err error) {
	br, ok := a.cfg.Client.(balanceReader)
	if !ok {
		return nil, nil, fmt.Errorf("chain: the client cannot read balances")
	}
	if wei, err = br.BalanceAt(ctx, account, nil); err != nil {
		return nil, nil, fmt.Errorf("chain: balance: %w", err)
	}
	token, err := a.mgr.Token(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, nil, fmt.Errorf("chain: token: %w", err)
	}
	if token == (common.Address{}) {
		return wei, new(big.Int), nil
	}
	data := append(append([]byte{}, balanceOfSelector...), common.LeftPadBytes(account.Bytes(), 32)...)
	out, err := a.cfg.Client.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: token balanceOf: %w", err)
	}
	if len(out) < 32 {
		return nil, nil, fmt.Errorf("chain: token balanceOf returned %d bytes", len(out))
	}
	return wei, new(big.Int).SetBytes(out[:32]), nil
}
