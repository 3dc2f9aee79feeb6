package sim

import (
	"github.com/holiman/uint256"

	"spoke/protocol"
)

// Autocollateral, as the node's policy (node/collateral.go) sizes it, simplified: the hub side of a
// channel (with a user, or with a hub that connected to it) is topped up from the hub's reserve to a
// target of 1.5 x the volume the hub forwarded into it over Window, at least FloorWei and what a refused
// lock needed, at most CeilingWei; a top-up smaller than a tenth of the floor waits unless a lock needs
// it. It runs through the protocol machine (Collateral, then Confirm after Delay, the chain's time);
// one top-up per channel at a time. Not modelled: the reclaim of balance above the ceiling and the
// per-hour budget of top-ups.

// collateralVolume notes amt forwarded by hub into its channel with to, then checks its target.
func (w *World) collateralVolume(hub, to int, amt *uint256.Int) {
	c, ok := w.channelOf(hub, to)
	if !ok || c.hub != hub || !w.cfg.Collateral.Enabled {
		return
	}
	now := w.sched.Elapsed()
	c.volume = append(c.volume, volumeEntry{at: now, amount: *amt})
	w.topUp(c, new(uint256.Int))
}

// collateralTarget is the hub side's target: 1.5 x the volume of the window, at least the floor and
// need, at most the ceiling; volume older than the window is forgotten.
func (w *World) collateralTarget(c *channel, need *uint256.Int) uint256.Int {
	cc := w.cfg.Collateral
	now := w.sched.Elapsed()
	cut := 0
	for cut < len(c.volume) && now-c.volume[cut].at > cc.Window.D() {
		cut++
	}
	c.volume = c.volume[cut:]
	var vol, target uint256.Int
	for _, v := range c.volume {
		vol.Add(&vol, &v.amount)
	}
	target.Add(&vol, new(uint256.Int).Rsh(&vol, 1))
	for _, lo := range []*uint256.Int{&cc.FloorWei.Int, need} {
		if target.Lt(lo) {
			target.Set(lo)
		}
	}
	if target.Gt(&cc.CeilingWei.Int) {
		target.Set(&cc.CeilingWei.Int)
	}
	return target
}

// collateralNeed is a hub that could not forward need into its channel with to.
func (w *World) collateralNeed(hub, to int, need *uint256.Int) {
	c, ok := w.channelOf(hub, to)
	if !ok || c.hub != hub || !w.cfg.Collateral.Enabled {
		return
	}
	w.topUp(c, need)
}

// topUp starts a top-up of c's hub side if it is below its target.
func (w *World) topUp(c *channel, need *uint256.Int) {
	if c.topping || !c.ch.Latest.State.Pending.IsZero() {
		return
	}
	cc := w.cfg.Collateral
	target := w.collateralTarget(c, need)
	bal := &c.ch.Latest.State.WeiHub
	if !bal.Lt(&target) {
		return
	}
	var add uint256.Int
	add.Sub(&target, bal)
	if need.IsZero() && add.Lt(new(uint256.Int).Div(&cc.FloorWei.Int, uint256.NewInt(10))) {
		return
	}
	timeout := w.unix() + 10*w.cfg.Node.ConfirmTime
	if err := w.apply(c, nil, protocol.Collateral{Wei: add, Timeout: timeout}); err != nil {
		w.m.errorf("collateral %s: %v", w.nodes[c.hub].name, err)
		return
	}
	c.topping = true
	w.m.topUps++
	w.m.topUpWei.Add(&w.m.topUpWei, &add)
	w.sched.After(cc.Delay.D(), func() {
		if err := w.apply(c, nil, protocol.Confirm{}); err != nil {
			w.m.errorf("collateral confirm %s: %v", w.nodes[c.hub].name, err)
		}
		c.topping = false
	})
}
