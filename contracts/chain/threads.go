package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/state"
)

// StartExitThread starts the dispute of a thread of the settling (hub, user) channel with the thread's
// initial state, signed by its sender and proven against the channel's final thread root by proof (the
// sibling hashes of state.MerkleTree.Proof). The transaction must come from the channel's hub or user. A
// thread state's signature may be empty when the transaction comes from the thread's sender (here and in
// the other thread methods): the contract takes the sender's transaction for its signature.
func (a *Adapter) StartExitThread(ctx context.Context, hub, user common.Address, initial *state.SignedThread, proof []common.Hash, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExitThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExitThread(o, hub, user, contracts.ThreadState(&initial.State), contracts.Proof(proof),
			initial.Sig)
	})
}

// StartExitThreadWithUpdate is StartExitThread moving the dispute straight to update, a later state of
// the same thread signed by its sender.
func (a *Adapter) StartExitThreadWithUpdate(ctx context.Context, hub, user common.Address, initial *state.SignedThread, proof []common.Hash, update *state.SignedThread, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExitThreadWithUpdate", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExitThreadWithUpdate(o, hub, user, contracts.ThreadState(&initial.State),
			contracts.Proof(proof), initial.Sig, contracts.ThreadState(&update.State), update.Sig)
	})
}

// ChallengeThread replaces the state of a thread in dispute with update, a later state signed by the
// thread's sender, within the thread's challenge period. Anyone may send it.
func (a *Adapter) ChallengeThread(ctx context.Context, hub, user common.Address, update *state.SignedThread, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "challengeThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.ChallengeThread(o, hub, user, contracts.ThreadState(&update.State), update.Sig)
	})
}

// EmptyThread pays out a disputed thread whose challenge period is over: the channel's user gets its
// side, the hub's reserve the other. Anyone may send it.
func (a *Adapter) EmptyThread(ctx context.Context, hub, user, sender, receiver common.Address, threadID uint64, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "emptyThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.EmptyThread(o, hub, user, sender, receiver, new(big.Int).SetUint64(threadID))
	})
}

// NukeThreads pays the user of a settling channel every fund the channel still holds outside its locks
// and forgets its threads, once NukeDelay seconds have passed since the channel's closing time. Anyone may
// send it.
func (a *Adapter) NukeThreads(ctx context.Context, hub, user common.Address, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "nukeThreads", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.NukeThreads(o, hub, user)
	})
}

// ThreadDispute is a thread's dispute record in the contract. Records belong to one dispute of the
// channel (the contract keys them by the channel's closing time), so a record left by an earlier
// dispute never shows; a thread whose dispute has not started reads as all zero.
type ThreadDispute struct {
	WeiSender, WeiReceiver     uint256.Int
	TokenSender, TokenReceiver uint256.Int
	TxCount                    uint64 // of the thread state the dispute holds (0: the initial state)
	ClosingTime                uint64 // end of the thread's challenge period; 0 until its dispute starts
	Emptied                    bool   // paid out by EmptyThread
}

// Started reports whether the thread's dispute has started.
func (d ThreadDispute) Started() bool { return d.ClosingTime != 0 }

// Of is the state of thread t the dispute holds: t with the dispute's amounts and count.
func (d ThreadDispute) Of(t state.ThreadState) state.ThreadState {
	t.WeiSender, t.WeiReceiver, t.TokenSender, t.TokenReceiver = d.WeiSender, d.WeiReceiver, d.TokenSender, d.TokenReceiver
	t.TxCount = d.TxCount
	return t
}

// Thread reads the dispute record of the thread (sender, receiver, threadID) of the (hub, user) channel
// as of the latest block.
func (a *Adapter) Thread(ctx context.Context, hub, user, sender, receiver common.Address, threadID uint64) (ThreadDispute, error) {
	id := new(big.Int).SetUint64(threadID)
	t, err := a.mgr.GetThread(&bind.CallOpts{Context: ctx}, hub, user, sender, receiver, id)
	if err != nil {
		return ThreadDispute{}, fmt.Errorf("chain: getThread: %w", err)
	}
	return ThreadDispute{WeiSender: amount(t.WeiSender), WeiReceiver: amount(t.WeiReceiver),
		TokenSender: amount(t.TokenSender), TokenReceiver: amount(t.TokenReceiver),
		TxCount: t.TxCount, ClosingTime: t.ClosingTime, Emptied: t.Emptied}, nil
}

// NukeDelay returns, in seconds, how long after a settling channel's closing time (OnChain.ClosingTime)
// NukeThreads becomes allowed: the challenge period times NUKE_DELAY_PERIODS. NukeThreads succeeds in a
// block whose time is at least ClosingTime + NukeDelay.
func (a *Adapter) NukeDelay(ctx context.Context) (uint64, error) {
	opts := &bind.CallOpts{Context: ctx}
	period, err := a.mgr.ChallengePeriod(opts)
	if err != nil {
		return 0, fmt.Errorf("chain: challengePeriod: %w", err)
	}
	n, err := a.mgr.NUKEDELAYPERIODS(opts)
	if err != nil {
		return 0, fmt.Errorf("chain: NUKE_DELAY_PERIODS: %w", err)
	}
	d, err := count("nuke delay", new(big.Int).Mul(period, n))
	if err != nil {
		return 0, fmt.Errorf("chain: %w", err)
	}
	return d, nil
}

// ErrNoThreadUpdate reports a transaction that put no signed thread state on-chain.
var ErrNoThreadUpdate = errors.New("chain: the transaction carries no signed thread update")

// ThreadUpdateIn returns the later thread state, with its sender's signature, that the transaction tx
// put on-chain: the update of a startExitThreadWithUpdate or of a challengeThread. The events of a thread
// dispute carry only the count; a hub learns from this the state a receiver settled by on-chain, to take
// the same from the sender. A transaction of another method, or one whose update is unsigned (sent by
// the thread's sender itself), is ErrNoThreadUpdate.
func (a *Adapter) ThreadUpdateIn(ctx context.Context, tx common.Hash) (state.SignedThread, error) {
	t, _, err := a.cfg.Client.TransactionByHash(ctx, tx)
	if err != nil {
		return state.SignedThread{}, fmt.Errorf("chain: transaction %s: %w", tx, err)
	}
	data := t.Data()
	if len(data) < 4 {
		return state.SignedThread{}, ErrNoThreadUpdate
	}
	mgrABI, err := bindings.ChannelManagerMetaData.GetAbi()
	if err != nil {
		return state.SignedThread{}, err
	}
	m, err := mgrABI.MethodById(data[:4])
	if err != nil {
		return state.SignedThread{}, ErrNoThreadUpdate
	}
	args := map[string]any{}
	if err := m.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
		return state.SignedThread{}, fmt.Errorf("chain: %s calldata: %w", m.Name, err)
	}
	var upd, sig string
	switch m.Name {
	case "startExitThreadWithUpdate":
		upd, sig = "update", "sigUpdate"
	case "challengeThread":
		upd, sig = "update", "sig"
	default:
		return state.SignedThread{}, ErrNoThreadUpdate
	}
	raw, err := abiThreadState(args[upd])
	if err != nil {
		return state.SignedThread{}, err
	}
	s, _ := args[sig].([]byte)
	if len(s) != state.SignatureLength {
		return state.SignedThread{}, ErrNoThreadUpdate
	}
	return state.SignedThread{State: raw, Sig: s}, nil
}

// abiThreadState converts an unpacked ThreadState tuple (an anonymous struct with the tuple's fields) to
// a state.ThreadState, refusing amounts or counts out of range.
func abiThreadState(v any) (state.ThreadState, error) {
	var b bindings.ChannelTypesThreadState
	conv := abi.ConvertType(v, new(bindings.ChannelTypesThreadState))
	if p, ok := conv.(*bindings.ChannelTypesThreadState); ok && p != nil {
		b = *p
	} else {
		return state.ThreadState{}, fmt.Errorf("chain: thread state of type %T", v)
	}
	t := state.ThreadState{Hub: b.Hub, Sender: b.Sender, Receiver: b.Receiver}
	if !b.ThreadId.IsUint64() || !b.TxCount.IsUint64() {
		return state.ThreadState{}, fmt.Errorf("chain: thread id or count above 64 bits")
	}
	t.ThreadID, t.TxCount = b.ThreadId.Uint64(), b.TxCount.Uint64()
	for _, p := range []struct {
		dst *uint256.Int
		src *big.Int
	}{{&t.WeiSender, b.WeiSender}, {&t.WeiReceiver, b.WeiReceiver}, {&t.TokenSender, b.TokenSender}, {&t.TokenReceiver, b.TokenReceiver}} {
		if p.dst.SetFromBig(p.src) {
			return state.ThreadState{}, fmt.Errorf("chain: thread amount above 256 bits")
		}
	}
	return t, nil
}
