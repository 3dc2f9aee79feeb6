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

// StartExitThread joins the settling (hub, user) channel to the dispute record of a thread, starting
// the record if neither of the thread's channels has: the thread's initial state, signed by its sender,
// is proven against the channel's final thread root by proof (the sibling hashes of
// state.MerkleTree.Proof). The record is the thread's, shared by its two channels (the sender's and the
// receiver's), so a thread settles once, with one state, in both. The transaction must come from the
// channel's hub or user. A thread state's signature may be empty when the transaction comes from the
// thread's sender (here and in the other thread methods): the contract takes the sender's transaction for
// its signature.
func (a *Adapter) StartExitThread(ctx context.Context, hub, user common.Address, initial *state.SignedThread, proof []common.Hash, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExitThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExitThread(o, hub, user, contracts.ThreadState(&initial.State), contracts.Proof(proof),
			initial.Sig)
	})
}

// StartExitThreadWithUpdate is StartExitThread putting forward update, a later state of the same thread
// signed by its sender: it applies when the record starts here, or when the record's challenge period is
// still open and update pays the receiver more than the record holds; otherwise the channel joins the
// record as it stands.
func (a *Adapter) StartExitThreadWithUpdate(ctx context.Context, hub, user common.Address, initial *state.SignedThread, proof []common.Hash, update *state.SignedThread, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "startExitThreadWithUpdate", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.StartExitThreadWithUpdate(o, hub, user, contracts.ThreadState(&initial.State),
			contracts.Proof(proof), initial.Sig, contracts.ThreadState(&update.State), update.Sig)
	})
}

// ChallengeThread replaces the state of the dispute record of the thread whose initial state is initial
// with update, a later state of that thread signed by its sender paying the receiver more, within the
// record's challenge period. Anyone may send it; no channel needs to be in dispute.
func (a *Adapter) ChallengeThread(ctx context.Context, initial *state.ThreadState, update *state.SignedThread, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "challengeThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.ChallengeThread(o, contracts.ThreadState(initial), contracts.ThreadState(&update.State), update.Sig)
	})
}

// EmptyThread pays out the thread whose initial state is initial in the settling (hub, user) channel,
// which joined the thread's dispute record, once the record's challenge period is over: the channel's
// user gets its side by the record, the hub's reserve the other. Anyone may send it.
func (a *Adapter) EmptyThread(ctx context.Context, hub, user common.Address, initial *state.ThreadState, opts ...CallOption) (Receipt, error) {
	return a.submit(ctx, "emptyThread", nil, opts, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return a.mgr.EmptyThread(o, hub, user, contracts.ThreadState(initial))
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

// ThreadDispute is a thread's dispute record in the contract, shared by the thread's two channels and
// keyed by its initial state (a thread id used again with another initial state is another record); a
// thread whose dispute has not started reads as all zero.
type ThreadDispute struct {
	WeiSender, WeiReceiver     uint256.Int
	TokenSender, TokenReceiver uint256.Int
	TxCount                    uint64 // of the thread state the record holds (0: the initial state)
	ClosingTime                uint64 // end of the record's challenge period; 0 until the dispute starts
}

// Started reports whether the thread's dispute has started.
func (d ThreadDispute) Started() bool { return d.ClosingTime != 0 }

// Of is the state of thread t the dispute holds: t with the dispute's amounts and count.
func (d ThreadDispute) Of(t state.ThreadState) state.ThreadState {
	t.WeiSender, t.WeiReceiver, t.TokenSender, t.TokenReceiver = d.WeiSender, d.WeiReceiver, d.TokenSender, d.TokenReceiver
	t.TxCount = d.TxCount
	return t
}

// ThreadMark is where one dispute of a channel stands with a thread's record.
type ThreadMark uint8

// The marks of a channel's dispute for a thread record.
const (
	ThreadMarkNone    ThreadMark = iota // the channel's dispute has not joined the record
	ThreadMarkJoined                    // joined: the channel pays out by the record once its period is over
	ThreadMarkEmptied                   // the channel paid out its side of the thread
)

func (m ThreadMark) String() string {
	switch m {
	case ThreadMarkNone:
		return "not joined"
	case ThreadMarkJoined:
		return "joined"
	case ThreadMarkEmptied:
		return "emptied"
	}
	return fmt.Sprintf("ThreadMark(%d)", uint8(m))
}

// Thread reads the dispute record of the thread whose initial state is initial, as of the latest block.
func (a *Adapter) Thread(ctx context.Context, initial *state.ThreadState) (ThreadDispute, error) {
	t, err := a.mgr.GetThread(&bind.CallOpts{Context: ctx}, contracts.ThreadState(initial))
	if err != nil {
		return ThreadDispute{}, fmt.Errorf("chain: getThread: %w", err)
	}
	return ThreadDispute{WeiSender: amount(t.WeiSender), WeiReceiver: amount(t.WeiReceiver),
		TokenSender: amount(t.TokenSender), TokenReceiver: amount(t.TokenReceiver),
		TxCount: t.TxCount, ClosingTime: t.ClosingTime}, nil
}

// ThreadMark reads where the running (or last) dispute of the (hub, user) channel stands with the record
// of the thread whose initial state is initial, as of the latest block.
func (a *Adapter) ThreadMark(ctx context.Context, hub, user common.Address, initial *state.ThreadState) (ThreadMark, error) {
	m, err := a.mgr.GetThreadMark(&bind.CallOpts{Context: ctx}, hub, user, contracts.ThreadState(initial))
	if err != nil {
		return 0, fmt.Errorf("chain: getThreadMark: %w", err)
	}
	return ThreadMark(m), nil
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
// put forward: the update of a startExitThreadWithUpdate or of a challengeThread (a joining
// startExitThreadWithUpdate may not have applied it: the record, Thread, says what holds). The events of
// a thread dispute carry only the count; a hub learns from this a signed state to close a thread's other
// side off-chain with. A transaction of another method, or one whose update is unsigned (sent by
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
