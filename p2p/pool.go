package p2p

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Stream reuse. A server waits serverIdleTimeout for the next request on a stream; a client reuses a
// stream only while it has been idle for less than clientIdleLimit, well under that wait, so a request is
// not sent on a stream the server is giving up on.
const (
	serverIdleTimeout = 60 * time.Second
	clientIdleLimit   = 20 * time.Second
	maxIdleStreams    = 16 // per peer and protocol; more are closed
)

// streamKey names the idle streams that can carry a request.
type streamKey struct {
	peer  peer.ID
	proto protocol.ID
}

// idleStream is a stream whose last exchange ended at since.
type idleStream struct {
	s     network.Stream
	since time.Time
}

// streamPool keeps outbound streams between requests. Each list is ordered oldest first.
type streamPool struct {
	mu      sync.Mutex
	idle    map[streamKey][]idleStream
	maxIdle time.Duration
	closed  bool
}

// newStreamPool returns an empty pool whose streams expire after maxIdle.
func newStreamPool(maxIdle time.Duration) *streamPool {
	return &streamPool{idle: map[streamKey][]idleStream{}, maxIdle: maxIdle}
}

// get takes the most recently used live stream to peer on proto, or returns nil. Expired and dead
// streams it meets are reset.
func (p *streamPool) get(to peer.ID, proto protocol.ID) network.Stream {
	p.mu.Lock()
	key := streamKey{to, proto}
	list := p.idle[key]
	var stale []idleStream
	for len(list) > 0 {
		last := list[len(list)-1]
		list = list[:len(list)-1]
		if p.usable(last) {
			p.set(key, list)
			p.mu.Unlock()
			resetAll(stale)
			return last.s
		}
		stale = append(stale, last)
	}
	p.set(key, nil)
	p.mu.Unlock()
	resetAll(stale)
	return nil
}

// put returns s to the pool after a complete exchange, dropping expired streams of its key; a stream
// beyond maxIdleStreams, or any after close, is closed instead.
func (p *streamPool) put(s network.Stream) {
	key := streamKey{s.Conn().RemotePeer(), s.Protocol()}
	p.mu.Lock()
	list := p.idle[key]
	n := 0
	for n < len(list) && !p.usable(list[n]) {
		n++
	}
	stale := list[:n:n]
	list = list[n:]
	keep := !p.closed && len(list) < maxIdleStreams
	if keep {
		list = append(list, idleStream{s, time.Now()})
	}
	p.set(key, list)
	p.mu.Unlock()
	resetAll(stale)
	if !keep {
		_ = s.Close()
	}
}

// close resets every idle stream and makes later puts close their streams.
func (p *streamPool) close() {
	p.mu.Lock()
	var all []idleStream
	for _, list := range p.idle {
		all = append(all, list...)
	}
	p.idle = map[streamKey][]idleStream{}
	p.closed = true
	p.mu.Unlock()
	resetAll(all)
}

// drop resets the idle streams to peer, which has no connection left: the pool keeps no entries of past
// peers.
func (p *streamPool) drop(to peer.ID) {
	p.mu.Lock()
	var gone []idleStream
	for key, list := range p.idle {
		if key.peer == to {
			gone = append(gone, list...)
			delete(p.idle, key)
		}
	}
	p.mu.Unlock()
	resetAll(gone)
}

// size returns how many idle streams to peer on proto the pool holds.
func (p *streamPool) size(to peer.ID, proto protocol.ID) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.idle[streamKey{to, proto}])
}

// usable reports whether an idle stream is young enough and its connection still open.
func (p *streamPool) usable(is idleStream) bool {
	return time.Since(is.since) < p.maxIdle && !is.s.Conn().IsClosed()
}

// set stores list under key, deleting empty lists so the map does not grow with past peers.
func (p *streamPool) set(key streamKey, list []idleStream) {
	if len(list) == 0 {
		delete(p.idle, key)
		return
	}
	p.idle[key] = list
}

// resetAll resets streams outside the pool's lock.
func resetAll(list []idleStream) {
	for _, is := range list {
		_ = is.s.Reset()
	}
}
