package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts/bindings"
)

// ErrTxFailed is wrapped by the *RevertError of a transaction that was mined but failed (receipt status
// 0), when replaying it did not tell why.
var ErrTxFailed = errors.New("chain: transaction failed on-chain")

// RevertError is a contract call or transaction that reverted. Name and Args are the custom error of the
// ChannelManager ABI (for instance StaleNonce with the stored and the given nonce as *big.Int), "Error"
// with the reason string, or "Panic" with a description of the panic code; Name is "" when the revert
// data is unknown or unavailable. Err is the underlying error.
type RevertError struct {
	Name string
	Args []any
	Err  error
}

// Error names the custom error and its arguments when known.
func (r *RevertError) Error() string {
	if r.Name == "" {
		return fmt.Sprintf("reverted: %v", r.Err)
	}
	return fmt.Sprintf("reverted with %s%v", r.Name, r.Args)
}

// Unwrap returns the underlying error.
func (r *RevertError) Unwrap() error { return r.Err }

// managerABI is the ChannelManager ABI, whose errors every decoding tries first.
var managerABI = func() *abi.ABI {
	a, err := bindings.ChannelManagerMetaData.GetAbi()
	if err != nil { // the ABI is generated and compiled in: it always parses
		panic(fmt.Sprintf("chain: ChannelManager ABI: %v", err))
	}
	return a
}()

// DecodeRevert returns err as a *RevertError when it reports a revert (an error carrying revert data, as
// eth_call and eth_estimateGas return, or one whose text says "revert"), with the custom error decoded
// from the ChannelManager ABI, then from each extra ABI; any other error is returned unchanged, nil
// included.
func DecodeRevert(err error, extra ...*abi.ABI) error {
	if err == nil {
		return nil
	}
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		if strings.Contains(err.Error(), "revert") {
			return &RevertError{Err: err}
		}
		return err
	}
	s, _ := de.ErrorData().(string)
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return &RevertError{Err: err}
	}
	name, args := decodeData(data, append([]*abi.ABI{managerABI}, extra...))
	return &RevertError{Name: name, Args: args, Err: err}
}

// decodeData names revert data: a custom error of one of abis, Error(string) or Panic(uint256).
func decodeData(data []byte, abis []*abi.ABI) (string, []any) {
	for _, a := range abis {
		for name, e := range a.Errors {
			if string(e.ID[:4]) == string(data[:4]) {
				args, _ := e.Inputs.Unpack(data[4:])
				return name, args
			}
		}
	}
	reason, err := abi.UnpackRevert(data)
	if err != nil {
		return "", nil
	}
	if string(data[:4]) == string(panicSelector) {
		return "Panic", []any{reason}
	}
	return "Error", []any{reason}
}

// panicSelector is the selector of Panic(uint256).
var panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71}

// replay re-executes a failed transaction as a call on the state after its block to learn why it
// reverted. The state it ran on may differ (transactions after it in the block), so the answer is a best
// effort: when the call does not revert, the error wraps ErrTxFailed alone.
func (a *Adapter) replay(ctx context.Context, tx *types.Transaction, block *big.Int) error {
	msg := ethereum.CallMsg{From: a.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := a.cfg.Client.CallContract(ctx, msg, block)
	var re *RevertError
	if err == nil || !errors.As(DecodeRevert(err), &re) {
		return &RevertError{Err: fmt.Errorf("%w (tx %s)", ErrTxFailed, tx.Hash())}
	}
	re.Err = fmt.Errorf("%w (tx %s): %w", ErrTxFailed, tx.Hash(), re.Err)
	return re
}
