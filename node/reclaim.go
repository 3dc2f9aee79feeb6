package node

import (
	"context"
	"time"

	"github.com/holiman/uint256"

	"spoke/collateral"
)

// Idle reclaim is the other half of autocollateral: collateral a hub put in a user's channel for payments
// that stopped coming goes back to its reserve (CollateralPolicy.IdleAfter), where it can fund other
// channels. It never touches what is in flight: the hub's balance excludes its open locks and the
// threads it backs, and a channel with an open lock, a pending on-chain operation, an update queued or
// under way, or a refused proposal still binding the hub is left alone (the hub's own work in a channel,
// a forward's lock or a thread's receiver side, is queued there in the turn that decides it, so it goes
// before any reclaim; a user who refuses reclaims gets no new one, each of which would be stored until
// the channel moves on). The reclaim is a withdrawal of the hub's own balance, which the user
// countersigns and the hub applies on-chain (reclaim in collateral.go), as the ceiling's is.

// maxIdleCheck bounds how long the loop waits between looks for idle collateral.
const maxIdleCheck = 30 * time.Second

// reclaimIdle starts reclaiming the idle collateral of every channel whose policy asks for it, at most
// every quarter of the shortest IdleAfter (at most maxIdleCheck); in the loop.
func (e *Engine) reclaimIdle() {
	every := e.cfg.Collateral.IdleAfter / 4
	if e.cfg.Role != Hub || e.cfg.Chain == nil || e.Draining() || e.cfg.Collateral.Disabled || every <= 0 {
		return
	}
	if time.Since(e.ops.lastIdle) < min(every, maxIdleCheck) {
		return
	}
	e.ops.lastIdle = time.Now()
	for _, ch := range e.channels {
		if !ch.hubSide {
			continue
		}
		if excess, ok := e.idleExcess(ch); ok {
			peer := ch.peer
			e.background(peer, opReclaim, func(ctx context.Context) error {
				_, err := e.reclaim(ctx, peer, excess[0], excess[1])
				return err
			})
		}
	}
}

// idleExcess returns what the hub has in ch above its target when ch is idle and quiet and that is worth
// a transaction (collateral.Idle; in the loop).
func (e *Engine) idleExcess(ch *channel) ([2]uint256.Int, bool) {
	p := e.collateralPolicy(ch.peer)
	s := &ch.ch.Latest.State
	switch {
	case p.Disabled || p.IdleAfter <= 0 || e.idleFor(ch.peer) < p.IdleAfter:
		return [2]uint256.Int{}, false
	case len(ch.ch.Locks) > 0 || !s.Pending.IsZero() || ch.out != nil || len(ch.queue) > 0 || ch.exiting:
		return [2]uint256.Int{}, false
	case len(ch.refused) > 0: // the user refused the hub's last proposal (a reclaim, say): another one
		// would only be stored beside it, until the channel moves past them, which the next update does
		return [2]uint256.Int{}, false
	case e.coll.running[ch.peer] != "" || time.Since(e.coll.failed[ch.peer]) < collateralCooldown:
		return [2]uint256.Int{}, false
	}
	funded := !s.CreditedDepositWei.IsZero() || !s.CreditedDepositToken.IsZero()
	return collateral.Idle([2]uint256.Int{s.WeiHub, s.TokenHub}, e.recentVolume(ch.peer), p.limits(), funded)
}
