package p2p

import (
	"container/list"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// lru is a map bounded to max entries: adding an entry to a full table evicts the least recently used
// one. It is not safe for concurrent use; its owner locks.
type lru[K comparable, V any] struct {
	max   int
	order *list.List // of *lruEntry[K, V], most recently used first
	index map[K]*list.Element
}

type lruEntry[K comparable, V any] struct {
	key K
	val V
}

// newLRU returns an empty table of at most bound (at least 1) entries.
func newLRU[K comparable, V any](bound int) *lru[K, V] {
	return &lru[K, V]{max: max(bound, 1), order: list.New(), index: map[K]*list.Element{}}
}

// get returns key's value and marks it used.
func (c *lru[K, V]) get(key K) (V, bool) {
	e, ok := c.index[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[K, V]).val, true
}

// put stores key's value, marks it used and evicts the least recently used entry if the table is over
// its bound.
func (c *lru[K, V]) put(key K, val V) {
	if e, ok := c.index[key]; ok {
		e.Value.(*lruEntry[K, V]).val = val
		c.order.MoveToFront(e)
		return
	}
	c.index[key] = c.order.PushFront(&lruEntry[K, V]{key, val})
	if c.order.Len() > c.max {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.index, oldest.Value.(*lruEntry[K, V]).key)
	}
}

// len returns the number of entries.
func (c *lru[K, V]) len() int { return c.order.Len() }

// maxKnownPeers bounds the table of peer ids by Ethereum address behind PeerOf (about 150 bytes an
// entry); the least recently learnt or looked up entry goes first. Connected peers are found without it.
const maxKnownPeers = 16384

// peerTable maps Ethereum addresses to the peer ids they were seen with; safe for concurrent use.
type peerTable struct {
	mu  sync.Mutex
	ids *lru[common.Address, peer.ID]
}

func newPeerTable() *peerTable {
	return &peerTable{ids: newLRU[common.Address, peer.ID](maxKnownPeers)}
}

func (t *peerTable) get(addr common.Address) (peer.ID, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ids.get(addr)
}

func (t *peerTable) put(addr common.Address, id peer.ID) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.ids.put(addr, id)
}
