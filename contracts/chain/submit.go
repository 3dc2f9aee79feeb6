package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/state"
)

// txFunc builds and sends one transaction with the options given.
type txFunc func(*bind.TransactOpts) (*types.Transaction, error)

// Deposit deposits wei (sent as value) and tokens (pulled from the sender, who must have approved the
// manager) into the user's side of the (hub, user) channel. nil amounts count as zero.
func (a *Adapter) Deposit(ctx context.Context, hub, user common.Address, wei, tokens *big.Int, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "deposit", wei, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.Deposit(o, hub, user, orZero(tokens))
	})
}

// HubDeposit adds wei (sent as value) and tokens (pulled from the sender) to the sender's hub reserve.
func (a *Adapter) HubDeposit(ctx context.Context, wei, tokens *big.Int, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "hubDeposit", wei, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.HubDeposit(o, orZero(tokens))
	})
}

// HubWithdraw pays wei and tokens of the sender's hub reserve out to the sender.
func (a *Adapter) HubWithdraw(ctx context.Context, wei, tokens *big.Int, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "hubWithdraw", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.HubWithdraw(o, orZero(wei), orZero(tokens))
	})
}

// UserAuthorizedUpdate applies, as the channel's user, a state the hub signed. The user's pending wei
// deposit is sent as value; its pending token deposit is pulled from the user.
func (a *Adapter) UserAuthorizedUpdate(ctx context.Context, s *state.ChannelState, sigHub []byte, opts ...CallOption) (Receipt, error) {
	value := s.Pending.DepositWeiUser.ToBig()
	return a.submit(ctx, "userAuthorizedUpdate", value, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.UserAuthorizedUpdate(o, contracts.ChannelState(s), sigHub)
	})
}

// HubAuthorizedUpdate applies, as the channel's hub, a state the user signed; every pending deposit is
// drawn from the hub's reserve.
func (a *Adapter) HubAuthorizedUpdate(ctx context.Context, s *state.ChannelState, sigUser []byte, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "hubAuthorizedUpdate", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.HubAuthorizedUpdate(o, contracts.ChannelState(s), sigUser)
	})
}

// StartExit starts an exit of the (hub, user) channel with the balances last applied on-chain. The
// sender must be the hub or the user.
func (a *Adapter) StartExit(ctx context.Context, hub, user common.Address, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExit", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExit(o, hub, user)
	})
}

// StartExitWithUpdate starts an exit with a double-signed state newer than the one on-chain. The sender
// must be the hub or the user.
func (a *Adapter) StartExitWithUpdate(ctx context.Context, s *state.ChannelState, sigHub, sigUser []byte, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExitWithUpdate", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExitWithUpdate(o, contracts.ChannelState(s), sigHub, sigUser)
	})
}

// Challenge replaces the exiting state of a channel in dispute with a newer double-signed one. Anyone
// may send it (a watchtower, for instance).
func (a *Adapter) Challenge(ctx context.Context, s *state.ChannelState, sigHub, sigUser []byte, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "challenge", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.Challenge(o, contracts.ChannelState(s), sigHub, sigUser)
	})
}

// EmptyChannel pays out a channel whose challenge period is over. Anyone may send it.
func (a *Adapter) EmptyChannel(ctx context.Context, hub, user common.Address, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "emptyChannel", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.EmptyChannel(o, hub, user)
	})
}

// RevealPreimage records on-chain that preimage is public as of this block, so that locks with its
// hashlock resolve to their receivers. Anyone may send it; revealing twice is a no-op.
func (a *Adapter) RevealPreimage(ctx context.Context, preimage [32]byte, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "revealPreimage", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.RevealPreimage(o, preimage)
	})
}

// ResolveLock settles one lock of an emptied channel, proven against its final lock root with proof:
// to the receiver if its preimage was revealed by its expiry, else (once expired) to the sender.
func (a *Adapter) ResolveLock(ctx context.Context, hub, user common.Address, l *state.Lock, proof []common.Hash, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "resolveLock", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.ResolveLock(o, hub, user, contracts.Lock(l), contracts.Proof(proof))
	})
}

// submit sends the transaction fn builds and waits until it is confirmed.
func (a *Adapter) submit(ctx context.Context, method string, value *big.Int, opts []CallOption, fn txFunc) (Receipt, error) {
	o, err := newCallOptions(opts)
	if err != nil {
		return Receipt{}, fmt.Errorf("chain: %s: %w", method, err)
	}
	tx, err := a.send(ctx, value, fn)
	if err != nil {
		return Receipt{}, fmt.Errorf("chain: %s: %w", method, err)
	}
	a.log.Debug("transaction sent", "method", method, "tx", tx.Hash(), "nonce", tx.Nonce())
	r, err := a.confirm(ctx, tx, o)
	if err != nil {
		return r, fmt.Errorf("chain: %s: %w", method, err)
	}
	a.log.Info("transaction confirmed", "method", method, "tx", r.TxHash, "block", r.Block, "gas", r.GasUsed)
	return r, nil
}

// confirm waits for tx to count; a failed transaction is replayed to decode why it reverted.
func (a *Adapter) confirm(ctx context.Context, tx *types.Transaction, o *callOptions) (Receipt, error) {
	rcpt, err := a.waitReceipt(ctx, tx.Hash(), o)
	if err != nil {
		return Receipt{TxHash: tx.Hash()}, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return receiptOf(rcpt), a.replay(ctx, tx, rcpt.BlockNumber)
	}
	return receiptOf(rcpt), nil
}

// send signs and sends one transaction. Gas is estimated first, so a call that would revert fails here
// with a *RevertError and nothing is sent. Sends are serialised so that nonces follow each other.
func (a *Adapter) send(ctx context.Context, value *big.Int, fn txFunc) (*types.Transaction, error) {
	if a.cfg.Key == nil {
		return nil, ErrNoKey
	}
	o := bind.NewKeyedTransactor(a.cfg.Key, a.chainID)
	o.Context, o.Value = ctx, value
	a.sendMu.Lock()
	defer a.sendMu.Unlock()
	tx, err := fn(o)
	if err != nil {
		return nil, DecodeRevert(err)
	}
	return tx, nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
