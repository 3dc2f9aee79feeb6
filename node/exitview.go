package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/state"
)

// ExitTx is one transaction an exit sent: the contract method, its hash, the gas it used and its fee in
// wei (gas used times the effective gas price).
type ExitTx struct {
	Method  string
	TxHash  common.Hash
	GasUsed uint64
	Fee     *big.Int
}

// Payout is what an exit paid to one account: to this node's address, to the hub's reserve in the
// contract (ToReserve), or a lock's amount to its receiver or back to its sender.
type Payout struct {
	To         common.Address
	ToReserve  bool   // credited to To's hub reserve in the contract, not sent to the address
	What       string // "balance" or "lock N"
	Wei, Token *big.Int
}

// ChannelExit is how an exited channel ended on-chain: the emptying transaction and what it paid out
// (the user's balance to the user's address, the hub's to its reserve).
type ChannelExit struct {
	TxHash             common.Hash
	Block              uint64
	WeiUser, TokenUser *big.Int // to the user's address, with the direct deposits no state credited
	WeiHub, TokenHub   *big.Int // to the hub's reserve
}

// exitTxsKey keys the exit's transaction log in its context.
type exitTxsKey struct{}

// withExitTxs returns ctx carrying a log of the transactions the exit sends.
func withExitTxs(ctx context.Context) (context.Context, *[]ExitTx) {
	txs := &[]ExitTx{}
	return context.WithValue(ctx, exitTxsKey{}, txs), txs
}

// recordTx notes in ctx's exit log (if any) a transaction the exit sent, mined (rc has its hash and gas).
func recordTx(ctx context.Context, method string, rc chain.Receipt) {
	txs, _ := ctx.Value(exitTxsKey{}).(*[]ExitTx)
	if txs == nil || rc.TxHash == (common.Hash{}) || rc.GasUsed == 0 {
		return
	}
	fee := new(big.Int).SetUint64(rc.GasUsed)
	if rc.GasPrice != nil {
		fee.Mul(fee, rc.GasPrice)
	} else {
		fee = nil
	}
	*txs = append(*txs, ExitTx{Method: method, TxHash: rc.TxHash, GasUsed: rc.GasUsed, Fee: fee})
}

// emptiedPayouts are what emptying a channel in dispute pays, as the contract computes it: the user's
// balance and the direct deposits no state credited to the user, the hub's balance to its reserve.
func emptiedPayouts(on chain.OnChain, hub, user common.Address) []Payout {
	wu := new(big.Int).Add(on.WeiUser, new(big.Int).Sub(on.DepositedWei, on.CreditedWei))
	tu := new(big.Int).Add(on.TokenUser, new(big.Int).Sub(on.DepositedToken, on.CreditedToken))
	return []Payout{{To: user, What: "balance", Wei: wu, Token: tu},
		{To: hub, ToReserve: true, What: "balance", Wei: new(big.Int).Set(on.WeiHub), Token: new(big.Int).Set(on.TokenHub)}}
}

// payoutsOf are the payouts of a channel emptied as ex records.
func payoutsOf(ex ChannelExit, k chain.ChannelKey) []Payout {
	return []Payout{{To: k.User, What: "balance", Wei: ex.WeiUser, Token: ex.TokenUser},
		{To: k.Hub, ToReserve: true, What: "balance", Wei: ex.WeiHub, Token: ex.TokenHub}}
}

func exitOf(ev chain.ChannelEmptied) ChannelExit {
	return ChannelExit{TxHash: ev.TxHash, Block: ev.BlockNumber, WeiUser: ev.WeiToUser.ToBig(), TokenUser: ev.TokenToUser.ToBig(),
		WeiHub: ev.WeiToHub.ToBig(), TokenHub: ev.TokenToHub.ToBig()}
}

// savedExit is a ChannelExit as the stored chain view keeps it.
type savedExit struct {
	Hub       common.Address `json:"hub"`
	User      common.Address `json:"user"`
	TxHash    common.Hash    `json:"txHash"`
	Block     uint64         `json:"block"`
	WeiUser   string         `json:"weiUser"`
	TokenUser string         `json:"tokenUser"`
	WeiHub    string         `json:"weiHub"`
	TokenHub  string         `json:"tokenHub"`
}

func saveExit(k chain.ChannelKey, ev chain.ChannelEmptied) savedExit {
	return savedExit{Hub: k.Hub, User: k.User, TxHash: ev.TxHash, Block: ev.BlockNumber, WeiUser: ev.WeiToUser.Dec(),
		TokenUser: ev.TokenToUser.Dec(), WeiHub: ev.WeiToHub.Dec(), TokenHub: ev.TokenToHub.Dec()}
}

func (s savedExit) load() (chain.ChannelEmptied, error) {
	ev := chain.ChannelEmptied{Meta: chain.Meta{BlockNumber: s.Block, TxHash: s.TxHash}, ChannelKey: chain.ChannelKey{Hub: s.Hub, User: s.User}}
	for _, f := range []struct {
		s string
		v *uint256.Int
	}{{s.WeiUser, &ev.WeiToUser}, {s.TokenUser, &ev.TokenToUser}, {s.WeiHub, &ev.WeiToHub}, {s.TokenHub, &ev.TokenToHub}} {
		if err := f.v.SetFromDecimal(f.s); err != nil {
			return ev, fmt.Errorf("node: stored chain view: exit of %s: %w", s.User, err)
		}
	}
	return ev, nil
}

// ChannelPhaseOf returns the phase of the channel with peer and, once its exit emptied it on-chain, how
// (nil before).
func (e *Engine) ChannelPhaseOf(ctx context.Context, peer common.Address) (ChannelPhase, *ChannelExit, error) {
	var phase ChannelPhase
	var ex *ChannelExit
	err := e.onChannel(ctx, peer, func(ch *channel) {
		phase = e.phase(ch)
		s := &ch.ch.Latest.State
		k := chain.ChannelKey{Hub: s.Hub, User: s.User}
		if ev, ok := e.watch.view.emptied[k]; ok {
			x := exitOf(ev)
			ex = &x
			if !e.watch.view.exiting[k] { // emptied and reopened empty: over, though this node marks it exiting
				phase = PhaseExited
			}
		}
	})
	return phase, ex, err
}

// onChannel runs f in the loop with the channel with peer, or returns ErrNotMyChannel.
func (e *Engine) onChannel(ctx context.Context, peer common.Address, f func(*channel)) error {
	var err error
	qerr := e.query(ctx, func() {
		ch, ok := e.channels[peer]
		if !ok {
			err = fmt.Errorf("%w: %s", ErrNotMyChannel, peer)
			return
		}
		f(ch)
	})
	return errors.Join(qerr, err)
}

// emptiedExit returns the recorded emptying of channel k, if the watcher has seen it.
func (e *Engine) emptiedExit(ctx context.Context, k chain.ChannelKey) (ChannelExit, bool) {
	var ex ChannelExit
	var ok bool
	_ = e.query(ctx, func() {
		var ev chain.ChannelEmptied
		if ev, ok = e.watch.view.emptied[k]; ok {
			ex = exitOf(ev)
		}
	})
	return ex, ok
}

// lockPayout is what resolving l paid: its amount to its receiver if its preimage was revealed by its
// expiry, else back to its sender.
func lockPayout(l state.Lock, hub, user common.Address, revealed uint64) Payout {
	to, from := hub, user
	if l.ToUser {
		to, from = user, hub
	}
	if revealed == 0 || revealed > l.Expiry {
		to = from
	}
	return Payout{To: to, What: fmt.Sprintf("lock %d", l.ID), Wei: l.AmountWei.ToBig(), Token: l.AmountToken.ToBig()}
}
