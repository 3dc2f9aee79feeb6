package node

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// peerLink carries a node's UpdateProtocol requests to its counterparties in place of the libp2p host.
// Only tests set one (Config.link): the many-channel benchmark runs a real hub engine against thousands of
// in-process users, far more than it could give libp2p hosts of their own.
type peerLink interface {
	// connected reports whether the counterparty addr can be reached now.
	connected(addr common.Address) bool
	// request sends req to addr and returns its answer, as p2p.Host.Request does.
	request(ctx context.Context, addr common.Address, req []byte) ([]byte, error)
}

// updatePath is how one proposal reaches its counterparty: over the host to a peer id, or over the test link.
type updatePath struct {
	e    *Engine
	to   peer.ID
	addr common.Address
}

// updateRoute returns the way to the counterparty addr, or false if none is known.
func (e *Engine) updateRoute(addr common.Address) (updatePath, bool) {
	if e.cfg.link != nil {
		return updatePath{e: e, addr: addr}, true
	}
	id, ok := e.peerID(addr)
	return updatePath{e: e, to: id, addr: addr}, ok
}

// request sends req on proto and returns the answer.
func (r updatePath) request(ctx context.Context, proto protocol.ID, req []byte) ([]byte, error) {
	if r.e.cfg.link != nil {
		return r.e.cfg.link.request(ctx, r.addr, req)
	}
	return r.e.cfg.Host.Request(ctx, r.to, proto, req)
}

// connected reports whether this node has a connection to addr (a user of this hub, say).
func (e *Engine) connected(addr common.Address) bool {
	if e.cfg.link != nil {
		return e.cfg.link.connected(addr)
	}
	id, ok := e.peerID(addr)
	return ok && e.cfg.Host.Connected(id)
}
