package node

import (
	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// Preimage hand-back: a hub that lost its disk and was restored from its last backup lacks what it did
// after that backup. A forward it completed there (the recipient settled the hub's lock, the hub had not
// yet settled the payer's) left it without the payment's preimage: it had paid the recipient and could not
// collect from the payer. The states come back when its peers sync it up; the preimage is not in them.
//
// So a node remembers, for a while, the preimages of the locks it received from a forwarding peer (its hub,
// or a hub of the network) and settled, with the nonce of the state that settled each. When that peer,
// behind, pushes an older state, the Sync that answers it carries the preimages of the locks settled above
// the pushed nonce (protocol.Sync.Preimages). They reveal nothing: the peer learned each of them from this
// node's own settle. Locks this node received and did not settle (refused, given back, still open, or
// received from a payer rather than a hub) are never handed back.
//
// The restored node takes from a Sync that answers its own push only preimages of locks it has: a lock it
// sent that the adopted state no longer holds is settled with it (the payment it made succeeded; a hub's
// forward settles upstream), and a lock it received is settled with it, unless a lock of the same hashlock
// this node sent is still open (the forward's downstream unresolved: a recipient knows the preimage from the
// payer's note before she settles, so holding one proves nothing). A preimage that matches nothing
// yet (the payer's channel not synced back yet) waits, in memory and bounded per peer, for the state that
// brings its lock.
//
// Not closed: a sent lock the adopted state no longer holds is taken as settled on the peer's word. A
// recipient that gave the lock back after the backup, while the payer's lock was not given back yet (the
// payer offline, or the disk lost in between), can hand back the preimage she had from the note: the
// restored hub then settles the payer's lock for a payment nobody received (she gains nothing by it).

// settledLock is a lock this node received and settled: the nonce of the state that settled it, when (the
// engine's clock, seconds), and its preimage.
type settledLock struct {
	nonce    uint64
	at       uint64
	preimage [32]byte
}

// maxSettlesPerPeer bounds what a node remembers of one peer's settled locks (the newest are kept): what one
// Sync carries (protocol.Sync.Preimages).
const maxSettlesPerPeer = state.MaxLocks

// maxHandedBack bounds the preimages a restored node keeps from hand-backs that match no lock yet.
const maxHandedBack = 4 * state.MaxLocks

// maxHandedBackPerPeer bounds those one peer handed back (what one Sync carries): one peer's junk cannot
// fill the pool, and when the pool is full the peer holding the most loses its oldest, so a peer (or a few)
// answering with unrelated preimages cannot evict the few an honest peer handed back
// (TestMalHandBackJunkDoesNotEvictOthers).
const maxHandedBackPerPeer = state.MaxLocks

// handBacks is a node's memory of settled locks (by peer) and the hand-backs still waiting for their lock.
type handBacks struct {
	settled map[common.Address][]settledLock
	// waiting are handed-back preimages no lock of this node matched yet, by hashlock, with when they came
	// and from whom; held counts them by peer.
	waiting map[common.Hash]waitingPreimage
	held    map[common.Address]int
	// hubs caches, per peer, whether it forwards (fromHub) and when that was asked: asking the network
	// parses the peer's key (17 µs), too much for every settle of a busy hub link.
	hubs map[common.Address]checkedPeer
}

// checkedPeer is whether a peer forwards, as asked at a time (the engine's clock, seconds).
type checkedPeer struct {
	hub bool
	at  uint64
}

// recheckHubEvery is how long, in seconds, a node takes its answer to whether a peer forwards as current.
const recheckHubEvery = 60

// waitingPreimage is a handed-back preimage that matched no lock yet: who handed it back, when.
type waitingPreimage struct {
	from     common.Address
	at       uint64
	preimage [32]byte
}

// remember notes that this node settled, at nonce, a lock with preimage that it received from peer.
func (h *handBacks) remember(peer common.Address, nonce, now uint64, preimage [32]byte) {
	if h.settled == nil {
		h.settled = map[common.Address][]settledLock{}
	}
	s := append(h.settled[peer], settledLock{nonce: nonce, at: now, preimage: preimage})
	if len(s) > 2*maxSettlesPerPeer { // cut to the newest maxSettlesPerPeer now and then, not at every settle
		s = append(s[:0:0], s[len(s)-maxSettlesPerPeer:]...)
	}
	h.settled[peer] = s
}

// since returns the preimages of the locks received from peer and settled at nonces above nonce, the newest
// maxSettlesPerPeer of them.
func (h *handBacks) since(peer common.Address, nonce uint64) [][32]byte {
	s := h.settled[peer]
	s = s[max(0, len(s)-maxSettlesPerPeer):]
	var out [][32]byte
	for _, l := range s {
		if l.nonce > nonce {
			out = append(out, l.preimage)
		}
	}
	return out
}

// wait keeps a preimage that from handed back and that matches no lock yet. When from holds
// maxHandedBackPerPeer, its oldest goes; else, when the pool is full, the oldest of the peer holding the
// most goes.
func (h *handBacks) wait(from common.Address, preimage [32]byte, now uint64) {
	if h.waiting == nil {
		h.waiting, h.held = map[common.Hash]waitingPreimage{}, map[common.Address]int{}
	}
	hash := state.Hashlock(preimage)
	if _, ok := h.waiting[hash]; ok {
		return // kept already (by whoever handed it back first)
	}
	switch {
	case h.held[from] >= maxHandedBackPerPeer:
		h.evict(from)
	case len(h.waiting) >= maxHandedBack:
		var most common.Address
		for p, n := range h.held {
			if n > h.held[most] {
				most = p
			}
		}
		h.evict(most)
	}
	h.waiting[hash] = waitingPreimage{from: from, at: now, preimage: preimage}
	h.held[from]++
}

// evict forgets the oldest waiting preimage peer handed back.
func (h *handBacks) evict(peer common.Address) {
	var oldest common.Hash
	found := false
	for k, w := range h.waiting {
		if w.from == peer && (!found || w.at < h.waiting[oldest].at) {
			oldest, found = k, true
		}
	}
	if found {
		h.forget(oldest)
	}
}

// forget drops the waiting preimage of hashlock.
func (h *handBacks) forget(hashlock common.Hash) {
	w, ok := h.waiting[hashlock]
	if !ok {
		return
	}
	delete(h.waiting, hashlock)
	if h.held[w.from]--; h.held[w.from] <= 0 {
		delete(h.held, w.from)
	}
}

// take returns and forgets the waiting preimage of hashlock, if any.
func (h *handBacks) take(hashlock common.Hash) ([32]byte, bool) {
	w, ok := h.waiting[hashlock]
	if ok {
		h.forget(hashlock)
	}
	return w.preimage, ok
}

// prune forgets what is older than keep seconds.
func (h *handBacks) prune(now, keep uint64) {
	for peer, s := range h.settled {
		i := 0
		for i < len(s) && s[i].at+keep < now {
			i++
		}
		switch {
		case i == len(s):
			delete(h.settled, peer)
		case i > 0:
			h.settled[peer] = append(s[:0:0], s[i:]...)
		}
	}
	for k, w := range h.waiting {
		if w.at+keep < now {
			h.forget(k)
		}
	}
	for p, c := range h.hubs {
		if c.at+recheckHubEvery < now {
			delete(h.hubs, p)
		}
	}
}

// settledReceived remembers a lock this node received on ch and just settled, if ch's peer forwards (a
// hub): that peer, restored from a backup that missed the settle, gets its preimage back.
func (e *Engine) settledReceived(ch *channel, preimage [32]byte) {
	now := e.cfg.Clock()
	if e.forwarder(ch, now) {
		e.handBack.remember(ch.peer, ch.ch.Latest.State.TxCountGlobal, now, preimage)
	}
}

// forwarder is fromHub for ch, asked of the network at most every recheckHubEvery seconds per peer.
func (e *Engine) forwarder(ch *channel, now uint64) bool {
	if !ch.hubSide {
		return true // this node's hub
	}
	h := &e.handBack
	c, ok := h.hubs[ch.peer]
	if !ok || c.at+recheckHubEvery < now || now < c.at {
		if h.hubs == nil {
			h.hubs = map[common.Address]checkedPeer{}
		}
		c = checkedPeer{hub: e.fromHub(ch), at: now}
		h.hubs[ch.peer] = c
	}
	return c.hub
}

// handBackFor is what the answer to the peer's pushed Sync m hands back: the preimages of the locks this
// node received from the peer and settled above m's nonce, when m is of ch's channel and behind it.
func (e *Engine) handBackFor(ch *channel, m *protocol.Sync) [][32]byte {
	s, cur := &m.Latest.State, &ch.ch.Latest.State
	if s.Hub != cur.Hub || s.User != cur.User || s.TxCountGlobal >= cur.TxCountGlobal {
		return nil
	}
	return e.handBack.since(ch.peer, s.TxCountGlobal)
}

// handedBack takes the preimages a peer's Sync handed back, with ch just adopted from it (prev before):
// it returns those of locks this node sent on ch that the adopted state no longer holds (settled: resynced
// completes them), queues the settle of every received lock one of them opens (on any channel), stores
// those that matched, and keeps the others waiting for their lock (takeWaiting).
func (e *Engine) handedBack(t *turn, ch *channel, prev protocol.Channel, preimages [][32]byte) map[common.Hash][32]byte {
	if len(preimages) == 0 {
		return nil
	}
	byHash := make(map[common.Hash][32]byte, len(preimages))
	for _, p := range preimages {
		byHash[state.Hashlock(p)] = p
	}
	now := map[uint64]bool{}
	for _, l := range ch.ch.Locks {
		now[l.ID] = true
	}
	matched := map[common.Hash]bool{}
	sent := map[common.Hash][32]byte{}
	for _, l := range prev.Locks {
		if p, ok := byHash[l.Hashlock]; ok && ch.iSend(&l) && !now[l.ID] {
			sent[l.Hashlock], matched[l.Hashlock] = p, true
		}
	}
	pending := e.sentOpen(byHash)
	for _, c := range e.channels {
		for _, l := range c.ch.Locks {
			if p, ok := byHash[l.Hashlock]; ok && !c.iSend(&l) && !pending[l.Hashlock] && e.settleReceived(c, l, p) {
				matched[l.Hashlock] = true
			}
		}
	}
	for h, p := range byHash {
		if matched[h] {
			t.addPreimage(p) // stored with the states: a restart still settles with it
		} else {
			e.handBack.wait(ch.peer, p, e.cfg.Clock())
		}
	}
	if len(sent) > 0 {
		e.log.Info("node: the counterparty handed back the preimages of locks it settled after this node's backup",
			"peer", ch.peer, "locks", len(sent))
	}
	return sent
}

// sentOpen returns which of the hashlocks of preimages this node still has an open lock of, sent on any
// channel: a forward whose downstream lock is unresolved. A handed-back preimage does not settle the
// upstream lock of such a forward: the recipient knows the preimage from the payer's note before she
// settles, so a peer could hand it back, have the payer's lock settled, then give the hub's lock back
// (TestMalHandBackOpenDownstreamNotSettledUpstream). The downstream lock's settle completes the forward.
func (e *Engine) sentOpen(preimages map[common.Hash][32]byte) map[common.Hash]bool {
	open := map[common.Hash]bool{}
	for _, c := range e.channels {
		for _, l := range c.ch.Locks {
			if _, ok := preimages[l.Hashlock]; ok && c.iSend(&l) {
				open[l.Hashlock] = true
			}
		}
	}
	return open
}

// settleReceived queues the settle of l, received on ch, with preimage, unless a settle of it is under
// way (this node's outstanding proposal or its queue has one) or the lock already expired. A hub's forward
// of l settles upstream as a whole. It reports whether l is settled with it.
func (e *Engine) settleReceived(ch *channel, l state.Lock, preimage [32]byte) bool {
	if l.Expiry <= e.cfg.Clock() || e.settling(ch, l.ID) {
		return false
	}
	e.log.Info("node: settling a received lock with a handed-back preimage", "peer", ch.peer, "lock", l.ID)
	if fw := e.forwards.hash(l.Hashlock); fw != nil {
		e.settleUpstream(fw, preimage)
	} else {
		e.queueEngine(ch.peer, protocol.SettleLock{ID: l.ID, Preimage: preimage})
	}
	return true
}

// settling reports whether a SettleLock of lock id on ch is outstanding or queued.
func (e *Engine) settling(ch *channel, id uint64) bool {
	has := func(updates []protocol.Update) bool {
		for _, u := range updates {
			if s, ok := u.(protocol.SettleLock); ok && s.ID == id {
				return true
			}
		}
		return false
	}
	if ch.out != nil && has(ch.out.updates) {
		return true
	}
	for _, c := range ch.queue {
		if has(c.updates) {
			return true
		}
	}
	return false
}

// takeWaiting settles, with a handed-back preimage that waited for it, each lock received on ch that the
// state just adopted from the peer brought (prev: ch before).
func (e *Engine) takeWaiting(t *turn, ch *channel, prev protocol.Channel) {
	if len(e.handBack.waiting) == 0 {
		return
	}
	had := map[uint64]bool{}
	for _, l := range prev.Locks {
		had[l.ID] = true
	}
	found := map[common.Hash][32]byte{}
	for _, l := range ch.ch.Locks {
		if had[l.ID] || ch.iSend(&l) {
			continue
		}
		if w, ok := e.handBack.waiting[l.Hashlock]; ok {
			found[l.Hashlock] = w.preimage
		}
	}
	if len(found) == 0 {
		return
	}
	pending := e.sentOpen(found) // their forwards' downstream locks unresolved: they keep waiting
	for _, l := range ch.ch.Locks {
		if p, ok := found[l.Hashlock]; ok && !had[l.ID] && !ch.iSend(&l) && !pending[l.Hashlock] && e.settleReceived(ch, l, p) {
			e.handBack.take(l.Hashlock)
			t.addPreimage(p)
		}
	}
}
