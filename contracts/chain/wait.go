package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Receipt is a transaction with enough confirmations.
type Receipt struct {
	TxHash  common.Hash
	Block   uint64 // number of the block that includes the transaction
	GasUsed uint64
	// GasPrice is the effective gas price paid per gas, in wei (nil when the node did not say).
	GasPrice *big.Int
}

// Progress reports how far a sent transaction is from counting: whether it is mined, and how many
// confirmations (blocks from the including one to the head, both counted) it has out of Needed.
type Progress struct {
	TxHash        common.Hash
	Mined         bool
	Confirmations uint64
	Needed        uint64
}

// WaitError is returned when waiting for a sent transaction stopped before the transaction counted (the
// context ended). The transaction may still be mined: Adapter.Wait(TxHash) resumes waiting.
type WaitError struct {
	TxHash common.Hash
	Err    error
}

// Error names the transaction and why the wait stopped.
func (e *WaitError) Error() string { return fmt.Sprintf("waiting for %s: %v", e.TxHash, e.Err) }

// Unwrap returns the reason the wait stopped.
func (e *WaitError) Unwrap() error { return e.Err }

// CallOption tunes one submit call.
type CallOption func(*callOptions) error

type callOptions struct {
	progress func(Progress)
}

// WithProgress calls fn once as soon as the transaction is sent (not mined yet) and then every time its
// progress changes, until it counts. fn runs on the waiting goroutine and must not block for long.
func WithProgress(fn func(Progress)) CallOption {
	return func(o *callOptions) error {
		if fn == nil {
			return errors.New("chain: WithProgress(nil)")
		}
		o.progress = fn
		return nil
	}
}

func newCallOptions(opts []CallOption) (*callOptions, error) {
	o := &callOptions{progress: func(Progress) {}}
	for _, opt := range opts {
		if err := opt(o); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// Wait waits until the transaction hash has Confirmations confirmations and returns its receipt. A
// transaction that was mined but failed returns a *RevertError wrapping ErrTxFailed; a wait the context
// ends returns a *WaitError.
func (a *Adapter) Wait(ctx context.Context, hash common.Hash, opts ...CallOption) (Receipt, error) {
	o, err := newCallOptions(opts)
	if err != nil {
		return Receipt{}, err
	}
	rcpt, err := a.waitReceipt(ctx, hash, o)
	if err != nil {
		return Receipt{TxHash: hash}, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return receiptOf(rcpt), &RevertError{Err: ErrTxFailed}
	}
	return receiptOf(rcpt), nil
}

func receiptOf(r *types.Receipt) Receipt {
	return Receipt{TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, GasPrice: r.EffectiveGasPrice}
}

// waiter follows one transaction until it counts.
type waiter struct {
	a    *Adapter
	o    *callOptions
	last Progress
}

// waitReceipt polls every PollInterval until the receipt of hash has enough confirmations, whatever its
// status. A receipt that disappears (a reorganisation) is waited for again.
func (a *Adapter) waitReceipt(ctx context.Context, hash common.Hash, o *callOptions) (*types.Receipt, error) {
	w := &waiter{a: a, o: o, last: Progress{TxHash: hash, Needed: a.cfg.Confirmations}}
	o.progress(w.last)
	t := time.NewTicker(a.cfg.PollInterval)
	defer t.Stop()
	for {
		if rcpt, done := w.poll(ctx); done {
			return rcpt, nil
		}
		select {
		case <-ctx.Done():
			return nil, &WaitError{TxHash: hash, Err: ctx.Err()}
		case <-t.C:
		}
	}
}

// poll looks the receipt up once, reports progress when it changed and tells whether the wait is over.
func (w *waiter) poll(ctx context.Context) (*types.Receipt, bool) {
	rcpt, head, err := w.a.lookup(ctx, w.last.TxHash)
	if err != nil {
		if ctx.Err() == nil {
			w.a.log.Warn("polling receipt", "tx", w.last.TxHash, "err", err)
		}
		return nil, false
	}
	p := Progress{TxHash: w.last.TxHash, Needed: w.last.Needed}
	if rcpt != nil {
		p.Mined, p.Confirmations = true, confirmations(head, rcpt.BlockNumber.Uint64())
	}
	if p != w.last {
		w.last = p
		w.o.progress(p)
	}
	return rcpt, p.Mined && p.Confirmations >= p.Needed
}

// lookup returns the receipt of hash (nil while it is not mined) and the head block number.
func (a *Adapter) lookup(ctx context.Context, hash common.Hash) (*types.Receipt, uint64, error) {
	rcpt, err := a.cfg.Client.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	head, err := a.Head(ctx)
	return rcpt, head, err
}

// confirmations counts the blocks from block to head, both included.
func confirmations(head, block uint64) uint64 {
	if head < block {
		return 0
	}
	return head - block + 1
}
