package sim

import (
	"bytes"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/announce"
	"spoke/state"
)

// pruneEvery is how often a node prunes its table and view and republishes what its table held back
// (the node's network loop does both every minute).
const pruneEvery = time.Minute

// seenKey identifies a gossip message, as gossipsub's seen cache does: a node validates each once.
type seenKey struct {
	hub common.Address
	ts  uint64
}

// gossipState is the run-wide gossip condition (changed by "gossip" faults).
type gossipState struct {
	loss  float64
	extra time.Duration
	sent  uint64
	lost  uint64
	bytes uint64
	// verdicts counts what the tables made of the delivered announcements.
	accepted, ignored, rejected uint64
}

// initViews gives every hub (and every user in "own" mode) a table and a view, and every hub its mesh.
func (w *World) initViews() error {
	w.gossip.loss, w.gossip.extra = w.cfg.Network.Loss, w.cfg.Gossip.ExtraDelay.D()
	for _, n := range w.nodes {
		if !n.hub && w.cfg.Gossip.UserViews != "own" {
			mem, err := newMemory()
			if err != nil {
				return err
			}
			n.mem = mem
			continue
		}
		t, err := announce.NewTable(announce.Config{Domain: w.domain, MaxAge: w.cfg.Gossip.MaxAge.D(), Verify: w.check})
		if err != nil {
			return err
		}
		v, err := announce.NewView()
		if err != nil {
			return err
		}
		n.table, n.view, n.seen = t, v, map[seenKey]bool{}
	}
	w.buildMesh()
	return nil
}

// buildMesh links each hub to Fanout random other hubs (links are symmetric, so degrees vary around it).
func (w *World) buildMesh() {
	k := min(w.cfg.Gossip.Fanout, len(w.hubs)-1)
	linked := map[[2]int]bool{}
	for _, h := range w.hubs {
		for _, j := range w.gosRnd.Perm(len(w.hubs)) {
			if len(w.nodes[h].mesh) >= k {
				break
			}
			o := w.hubs[j]
			if o == h || linked[[2]int{h, o}] {
				continue
			}
			linked[[2]int{h, o}], linked[[2]int{o, h}] = true, true
			w.nodes[h].mesh = append(w.nodes[h].mesh, o)
			w.nodes[o].mesh = append(w.nodes[o].mesh, h)
		}
	}
}

// check is the tables' announcement check: the real Verify when signatures are on, else the domain check
// only; memoized per announcement (the check is a pure function of it, and every node sees the same one).
func (w *World) check(s *announce.Signed, d *state.Domain) error {
	if err, ok := w.verify[s]; ok {
		return err
	}
	var err error
	if w.cfg.VerifySignatures {
		err = s.Verify(d)
	} else if s.ChainID != simChainID || s.Contract != simContract {
		err = announce.ErrWrongChain
	}
	w.verify[s] = err
	return err
}

// announce has hub h sign its announcement (policy, channels with what it can send) and publish it.
func (w *World) announce(h int) {
	n := w.nodes[h]
	if !n.online {
		return
	}
	a := announce.Announcement{Hub: n.addr, PeerID: n.peerID, ChainID: simChainID, Contract: simContract,
		FeeBase: n.policy.FeeBase, FeePPM: n.policy.FeePPM, ExpiryDelta: uint32(n.policy.ExpiryDelta),
		Timestamp: w.unix()}
	for peer, ci := range n.chans {
		if w.nodes[peer].hub {
			a.Channels = append(a.Channels, announce.Channel{Peer: w.nodes[peer].addr, CapacityWei: *w.chans[ci].side(h)})
		}
	}
	slices.SortFunc(a.Channels, func(x, y announce.Channel) int { return bytes.Compare(x.Peer[:], y.Peer[:]) })
	if len(a.Channels) > announce.MaxChannels { // keep the largest: the node announces at most this many
		slices.SortStableFunc(a.Channels, func(x, y announce.Channel) int { return y.CapacityWei.Cmp(&x.CapacityWei) })
		a.Channels = a.Channels[:announce.MaxChannels]
		slices.SortFunc(a.Channels, func(x, y announce.Channel) int { return bytes.Compare(x.Peer[:], y.Peer[:]) })
	}
	s := &announce.Signed{Announcement: a}
	if w.cfg.VerifySignatures {
		signed, err := a.Sign(n.key)
		if err != nil {
			w.m.errorf("announce %s: %v", n.name, err)
			return
		}
		s = signed
	}
	raw, err := s.Encode()
	if err != nil {
		w.m.errorf("encode announcement of %s: %v", n.name, err)
		return
	}
	w.receive(h, -1, s, raw)
}

// receive is gossip message s (encoded as raw, shared by every node) arriving at node to from node from
// (-1: its own publication): the seen cache, then the table's door (validation, rate limit), then the
// view, then relaying.
func (w *World) receive(to, from int, s *announce.Signed, raw []byte) {
	n := w.nodes[to]
	if n.hub && !n.online {
		return
	}
	k := seenKey{s.Hub, s.Timestamp}
	if n.seen[k] {
		return
	}
	n.seen[k] = true
	v, _ := n.table.ApplyEncoded(s, raw, w.sched.Now())
	w.countVerdict(v)
	if v != announce.Accept {
		return
	}
	w.learn(n, s)
	w.relay(to, from, s, raw)
}

func (w *World) countVerdict(v announce.Verdict) {
	switch v {
	case announce.Accept:
		w.gossip.accepted++
	case announce.Ignore:
		w.gossip.ignored++
	default:
		w.gossip.rejected++
	}
}

func (w *World) learn(n *node, s *announce.Signed) {
	if _, err := n.view.Learn(s); err != nil {
		w.m.errorf("%s learns %s: %v", n.name, s.Hub, err)
	}
}

// relay sends s to every mesh peer but from, and to a hub's users that keep their own view.
func (w *World) relay(at, from int, s *announce.Signed, raw []byte) {
	n := w.nodes[at]
	for _, p := range n.mesh {
		if p != from {
			w.send(at, p, s, raw)
		}
	}
	if n.hub && w.cfg.Gossip.UserViews == "own" {
		for _, p := range n.users {
			if p != from {
				w.send(at, p, s, raw)
			}
		}
	}
}

// send carries s over the link from -> to: lost with the gossip loss rate, else delivered after the
// link's queue (bandwidth), its latency and the extra gossip delay.
func (w *World) send(from, to int, s *announce.Signed, raw []byte) {
	size := len(raw)
	w.gossip.sent++
	w.gossip.bytes += uint64(size)
	if w.gossip.loss > 0 && w.netRnd.Float64() < w.gossip.loss {
		w.gossip.lost++
		return
	}
	delay := w.latency() + w.gossip.extra
	if bw := w.cfg.Network.BandwidthBps; bw > 0 {
		link := [2]int{from, to}
		tx := time.Duration(float64(size) / bw * float64(time.Second))
		start := max(w.links[link], w.sched.Elapsed())
		w.links[link] = start + tx
		delay += start + tx - w.sched.Elapsed()
	}
	w.sched.After(delay, func() { w.receive(to, from, s, raw) })
}

// latency draws one message's one-way latency.
func (w *World) latency() time.Duration {
	ms := w.cfg.Network.LatencyMS.sample(w.netRnd)
	return time.Duration(ms * float64(time.Millisecond))
}

// tick is every node's periodic network work: republish what the table held back, prune the table and
// the view (and a hub's users' memories in "hub" mode are pruned before they route); every MaxAge, forget
// the seen messages older than MaxAge (the table ignores them anyway), as gossipsub's seen cache expires.
func (w *World) tick() {
	now := w.sched.Now()
	forget := w.sched.Elapsed()%w.cfg.Gossip.MaxAge.D() < pruneEvery
	for _, n := range w.nodes {
		if forget && n.seen != nil {
			cutoff := uint64(now.Add(-w.cfg.Gossip.MaxAge.D()).Unix())
			for k := range n.seen {
				if k.ts < cutoff {
					delete(n.seen, k)
				}
			}
		}
		if n.table == nil || (n.hub && !n.online) {
			continue
		}
		due := n.table.Due(now)
		slices.SortFunc(due, func(a, b *announce.Signed) int { return bytes.Compare(a.Hub[:], b.Hub[:]) }) // a map's order
		for _, s := range due {
			w.dueAgain(n, s)
		}
		n.table.Prune(now, w.cfg.Gossip.MaxAge.D())
		if _, err := n.view.Prune(now, w.cfg.Gossip.MaxAge.D()); err != nil {
			w.m.errorf("%s prunes: %v", n.name, err)
		}
	}
}

// dueAgain applies an announcement the table held back for its rate limit through the door again and,
// accepted, relays it to every peer (as the node publishes it through its gossip).
func (w *World) dueAgain(n *node, s *announce.Signed) {
	v, _ := n.table.Apply(s, w.sched.Now())
	w.countVerdict(v)
	if v != announce.Accept {
		return
	}
	w.learn(n, s)
	raw, _ := s.Encode()
	w.relay(n.idx, -1, s, raw)
}

// catchUp is a hub back online asking its first online mesh peer for the announcements it holds
// (the hubs-sync protocol), each applied as gossip.
func (w *World) catchUp(h int) {
	n := w.nodes[h]
	for _, p := range n.mesh {
		peer := w.nodes[p]
		if !peer.online {
			continue
		}
		for _, raw := range peer.table.All() {
			s, err := announce.Decode(raw)
			if err != nil {
				continue
			}
			if v, _ := n.table.ApplyEncoded(s, raw, w.sched.Now()); v == announce.Accept {
				w.learn(n, s)
			}
		}
		return
	}
}
