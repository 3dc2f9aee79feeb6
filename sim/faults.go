package sim

import (
	"fmt"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
)

// scheduleFaults puts the configured faults on the timeline (At counts from the first payment).
func (w *World) scheduleFaults() error {
	base := w.cfg.Gossip.Warmup.D()
	for i, f := range w.cfg.Faults {
		field := fmt.Sprintf("faults[%d]", i)
		if f.Hub >= len(w.hubs) {
			return bad(field+".hub", "%d: there are %d hubs", f.Hub, len(w.hubs))
		}
		h := w.nodes[w.hubs[f.Hub]]
		at, end := base+f.At.D(), base+f.At.D()+f.For.D()
		until := func(undo func()) {
			if f.For > 0 {
				w.sched.At(end, undo)
			}
		}
		switch f.Kind {
		case "offline":
			w.sched.At(at, func() { h.online = false })
			until(func() { h.online = true; w.catchUp(h.idx); w.announce(h.idx) })
		case "censor":
			w.sched.At(at, func() { h.censor = true })
			until(func() { h.censor = false })
		case "hold":
			w.sched.At(at, func() { h.hold = f.Prob })
			until(func() { h.hold = 0 })
		case "fees":
			w.sched.At(at, func() {
				h.policy.FeeBase, h.policy.FeePPM = f.FeeBaseWei.Int, f.FeePPM
				w.announce(h.idx)
			})
		case "gossip":
			w.sched.At(at, func() { w.gossip.loss, w.gossip.extra = f.Loss, f.ExtraDelay.D() })
			until(func() { w.gossip.loss, w.gossip.extra = w.cfg.Network.Loss, w.cfg.Gossip.ExtraDelay.D() })
		case "drain":
			if f.Peer >= len(w.hubs) {
				return bad(field+".peer", "%d: there are %d hubs", f.Peer, len(w.hubs))
			}
			c, ok := w.channelOf(h.idx, w.hubs[f.Peer])
			if !ok {
				return bad(field+".peer", "hubs %d and %d have no channel", f.Hub, f.Peer)
			}
			w.sched.At(at, func() { w.drain(c, h.idx, f.Fraction) })
		}
	}
	return nil
}

// drain moves all but fraction of from's side of c to the other side (as payments one way would),
// through the protocol machine's Transfer.
func (w *World) drain(c *channel, from int, fraction float64) {
	bal := c.side(from)
	keep, err := ParseWei(fmtWeiFloat(bal.Float64() * fraction))
	if err != nil || !keep.Lt(bal) {
		return
	}
	var move uint256.Int
	move.Sub(bal, &keep.Int)
	if err := w.apply(c, nil, protocol.Transfer{ToUser: from == c.hub, Wei: move}); err != nil {
		w.m.errorf("drain %s: %v", w.nodes[from].name, err)
	}
}

// every runs f at start and then every d while the run goes on.
func (w *World) every(start, d time.Duration, f func()) {
	var step func()
	step = func() {
		if w.over() {
			return
		}
		f()
		w.sched.After(d, step)
	}
	w.sched.At(start, step)
}
