package chaintest

import (
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/chain"
	"spoke/state"
)

// statusDispute is the contract's status of a channel whose exit is in its challenge period.
const statusDispute = 1

// SkipChallenges moves the chain's clock past each challenge period that the channel (hub, user) and the
// given threads of it (any of their states) enter from now on, as soon as it starts: the exit's, once the channel is in
// dispute, then each thread dispute's, once it started. A test then need not wait them out. It is only
// for tests in which nobody has to answer a dispute within its period. It runs until the returned stop
// is called.
func (e *Env) SkipChallenges(hub, user common.Address, threads ...state.ThreadState) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-e.ctx.Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
			end := e.runningChallenge(hub, user, threads)
			if end == 0 {
				continue
			}
			if h, err := e.Client.HeaderByNumber(e.ctx, nil); err == nil && end >= h.Time {
				_ = e.Advance(end - h.Time + 1)
			}
		}
	}()
	return func() { close(quit); <-done }
}

// runningChallenge returns the end of a challenge period that the channel (hub, user) or one of threads
// is in, or 0 if none is.
func (e *Env) runningChallenge(hub, user common.Address, threads []state.ThreadState) uint64 {
	opts := &bind.CallOpts{Context: e.ctx}
	c, err := e.Manager.GetChannel(opts, hub, user)
	if err != nil {
		return 0
	}
	if c.Status == statusDispute {
		return c.ClosingTime
	}
	for _, t := range threads {
		t.WeiSender.Add(&t.WeiSender, &t.WeiReceiver) // any state of the thread: its record is the initial state's
		t.TokenSender.Add(&t.TokenSender, &t.TokenReceiver)
		t.WeiReceiver, t.TokenReceiver, t.TxCount = uint256.Int{}, uint256.Int{}, 0
		d, err := e.Manager.GetThread(opts, contracts.ThreadState(&t))
		if err != nil || d.ClosingTime == 0 {
			continue
		}
		if mark, err := e.Manager.GetThreadMark(opts, hub, user, contracts.ThreadState(&t)); err == nil && chain.ThreadMark(mark) != chain.ThreadMarkEmptied {
			return d.ClosingTime
		}
	}
	return 0
}
