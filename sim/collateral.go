package sim

import (
	"github.com/holiman/uint256"

	"spoke/collateral"
	"spoke/protocol"
)

// Autocollateral is the node's policy, sized by the node's code (package collateral, which
// node/collateral.go uses too): after every change of a channel the hub side is a hub of, and when a
// lock into it was refused for lack of the hub's balance, the hub tops its side up to collateral.Target
// (1.5 x the volume it locked into the channel over Window, at least the floor if the channel's user
// put money in and what the refused lock needed, at most the ceiling; a top-up below MinTopUp, a tenth
// of the floor, waits unless a lock needs it) within its hourly budget of top-ups, or takes back what is
// above the ceiling. Each runs through the protocol machine (Collateral or Withdraw, then Confirm after
// Delay, the chain's time), one operation per channel at a time, as the node runs one in the background.

// limits are the bounds of c as package collateral takes them (wei only): the scenario's floor and
// ceiling, MinTopUp a tenth of the floor as in node.DefaultCollateralPolicy, MinReclaim MinReclaimWei or
// else the same tenth (the node's SetMinTopUp); a hub-to-hub channel's
// ceiling is HubCeilingWei, or when that is zero the larger of the ceiling and the hub side it opened
// with, as an operator sets a hub peer's own ceiling (`spoke hub --channel-collateral`).
func (w *World) limits(c *channel) collateral.Limits {
	cc := &w.cfg.Collateral
	var l collateral.Limits
	l.Floor[0], l.Ceiling[0] = cc.FloorWei.Int, cc.CeilingWei.Int
	l.MinTopUp[0].Div(&cc.FloorWei.Int, uint256.NewInt(10))
	l.MinReclaim[0] = l.MinTopUp[0]
	if !cc.MinReclaimWei.IsZero() {
		l.MinReclaim[0] = cc.MinReclaimWei.Int
	}
	if c.hubToHub {
		l.Ceiling[0] = cc.HubCeilingWei.Int
		if l.Ceiling[0].IsZero() {
			l.Ceiling[0] = *maxWei(&cc.CeilingWei.Int, &c.start[1])
		}
	}
	return l
}

func maxWei(a, b *uint256.Int) *uint256.Int {
	if a.Lt(b) {
		return b
	}
	return a
}

// collateralVolume notes amt locked by hub into its channel c (the node records it as it forwards).
func (w *World) collateralVolume(c *channel, hub int, amt *uint256.Int) {
	if c.hub == hub && w.cfg.Collateral.Enabled {
		c.volume.Add(w.sched.Now(), collateral.Amounts{*amt}, w.cfg.Collateral.Window.D())
	}
}

// collateralNeed is hub, which could not lock need into its channel with to for lack of balance.
func (w *World) collateralNeed(hub, to int, need *uint256.Int) {
	if c, ok := w.channelOf(hub, to); ok && c.hub == hub {
		w.autoCollateral(c, need)
	}
}

// autoCollateral is the node's autoCollateral on c, need what a refused lock needed (nil when none).
func (w *World) autoCollateral(c *channel, need *uint256.Int) {
	cc := &w.cfg.Collateral
	hub := w.nodes[c.hub]
	s := &c.ch.Latest.State
	if !cc.Enabled || !hub.online || c.chainOp || !s.Pending.IsZero() {
		return
	}
	var needs collateral.Amounts
	if need != nil {
		needs[0] = *need
	}
	l, now := w.limits(c), w.sched.Now()
	bal := collateral.Amounts{s.WeiHub}
	target := collateral.Target(c.volume.Sum(now, cc.Window.D()), needs, l, !c.start[0].IsZero())
	add, excess := collateral.TopUp(bal, target, needs, l), collateral.Excess(bal, l)
	switch {
	case !collateral.IsZero(&add) && hub.topUps.Take(now):
		if w.runChainOp(c, "collateral", protocol.Collateral{Wei: add[0], Timeout: w.chainTimeout()}) {
			w.m.topUps++
			w.m.topUpWei.Add(&w.m.topUpWei, &add[0])
		}
	case !collateral.IsZero(&excess):
		w.reclaim(c, &excess[0])
	}
}

// reclaim takes wei of c's hub side back to the hub's reserve: a Withdraw, confirmed after the delay. It
// reports whether the Withdraw applied.
func (w *World) reclaim(c *channel, wei *uint256.Int) bool {
	u := protocol.Withdraw{HubWei: *wei, Recipient: w.nodes[c.user].addr, Timeout: w.chainTimeout()}
	if !w.runChainOp(c, "reclaim", u) {
		return false
	}
	w.m.reclaims++
	w.m.reclaimWei.Add(&w.m.reclaimWei, wei)
	return true
}

// chainTimeout is the timeout of a chain operation proposed now.
func (w *World) chainTimeout() uint64 { return w.unix() + 10*w.cfg.Node.ConfirmTime }

// runChainOp applies u (a Collateral or a Withdraw) to c and confirms it after the chain's delay, then
// looks at c again (payments meanwhile may call for the next step). It reports whether u applied.
func (w *World) runChainOp(c *channel, what string, u protocol.Update) bool {
	c.chainOp = true
	if err := w.apply(c, nil, u); err != nil {
		c.chainOp = false
		w.m.errorf("%s %s: %v", what, w.nodes[c.hub].name, err)
		return false
	}
	w.sched.After(w.cfg.Collateral.Delay.D(), func() {
		if err := w.apply(c, nil, protocol.Confirm{}); err != nil {
			w.m.errorf("%s confirm %s: %v", what, w.nodes[c.hub].name, err)
		}
		c.chainOp = false
		w.autoCollateral(c, nil)
	})
	return true
}
