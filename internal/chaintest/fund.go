package chaintest

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts/devchain"
)

// Fund sends value wei from from to each address of to (plain transfers, sent at once), mines, and
// waits until every transfer is mined. It is for networks larger than the harness's named actors.
func (e *Env) Fund(from Actor, value *big.Int, to ...common.Address) error {
	nonce, err := e.Client.PendingNonceAt(e.ctx, from.Addr)
	if err != nil {
		return err
	}
	price, err := e.Client.SuggestGasPrice(e.ctx)
	if err != nil {
		return err
	}
	signer := types.LatestSignerForChainID(big.NewInt(devchain.ChainID))
	var sent []common.Hash
	for i, a := range to {
		tx, err := types.SignNewTx(from.Key, signer, &types.LegacyTx{Nonce: nonce + uint64(i), To: &a, Value: value,
			Gas: 21_000, GasPrice: price})
		if err != nil {
			return err
		}
		if err := e.Client.SendTransaction(e.ctx, tx); err != nil {
			return fmt.Errorf("chaintest: fund %s: %w", a, err)
		}
		sent = append(sent, tx.Hash())
	}
	e.Chain.Commit()
	for _, h := range sent {
		r, err := bind.WaitMined(e.ctx, e.Client, h)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return errors.New("chaintest: a funding transfer failed")
		}
	}
	return nil
}
