package sim

import (
	"time"

	"spoke/collateral"
)

// Idle reclaim is the node's (node/reclaim.go): a hub looks at its channels every quarter of IdleAfter,
// at most every maxIdleCheck, and takes back what the hub side of each one holds above its target
// (collateral.Idle: 1.5 x the window's volume, at least the floor if its user put money in, at most the
// ceiling) when the channel has not changed for IdleAfter and the excess is at least MinReclaim. A
// channel with a lock open, a pending state or an operation under way is left alone, and an offline hub
// looks at nothing. The reclaim is the ceiling's (a Withdraw, confirmed after the chain's delay).

// maxIdleCheck bounds how long a hub waits between looks for idle collateral, as the node's.
const maxIdleCheck = 30 * time.Second

// scheduleIdle puts the hubs' looks for idle collateral on the timeline, when the scenario asks for them.
func (w *World) scheduleIdle() {
	cc := &w.cfg.Collateral
	every := min(cc.IdleAfter.D()/4, maxIdleCheck)
	if !cc.Enabled || every <= 0 {
		return
	}
	w.every(every, every, w.reclaimIdle)
}

// reclaimIdle starts a reclaim on every channel whose hub side holds idle collateral worth one.
func (w *World) reclaimIdle() {
	for _, c := range w.chans {
		if excess, ok := w.idleExcess(c); ok && w.reclaim(c, &excess[0]) {
			w.m.idleReclaims++
			w.m.idleReclaimWei.Add(&w.m.idleReclaimWei, &excess[0])
		}
	}
}

// idleExcess is what c's hub side holds above its target when c is idle and quiet and that is worth a
// reclaim.
func (w *World) idleExcess(c *channel) (collateral.Amounts, bool) {
	cc := &w.cfg.Collateral
	s := &c.ch.Latest.State
	switch {
	case !w.nodes[c.hub].online || w.sched.Elapsed()-c.changed < cc.IdleAfter.D():
		return collateral.Amounts{}, false
	case len(c.ch.Locks) > 0 || !s.Pending.IsZero() || c.chainOp:
		return collateral.Amounts{}, false
	}
	volume := c.volume.Sum(w.sched.Now(), cc.Window.D())
	return collateral.Idle(collateral.Amounts{s.WeiHub}, volume, w.limits(c), !c.start[0].IsZero())
}
