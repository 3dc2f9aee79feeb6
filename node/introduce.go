package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/p2p"
)

// Introductions: users are connected to their hub, not to each other, but a thread's sender pays its
// receiver directly (ThreadProtocol). A hub introduces its users to each other: a user asks it for
// another user by Ethereum address and gets that user's peer id and addresses, as the hub's host knows
// them from the user's connection. A hub answers only its own users, about its own users connected now.

// IntroduceProtocol asks a hub for one of its users: the request is the user's address (20 bytes), sent
// by another user of the hub; the answer is the user's peer id and addresses (marshalIntroduction).
var IntroduceProtocol = p2p.ProtocolID("introduce", "1.0.0")

// Bounds of an introduction, on both sides.
const (
	maxIntroducedAddrs = 8   // addresses per answer
	maxIntroducedAddr  = 256 // bytes of one binary multiaddr
	maxIntroducedID    = 64  // bytes of a peer id (a secp256k1 key's is 39)
)

// reachDialTimeout bounds dialling a known peer's remembered addresses before asking its hub.
const reachDialTimeout = 5 * time.Second

// Errors of introductions.
var (
	ErrNotIntroduced = errors.New("node: the hub has no connected user by that address to introduce")
	ErrIntroduceAsk  = errors.New("node: a hub introduces only to its own users")
	ErrUnknownHub    = errors.New("node: not a hub this node is a user of")
)

// handleIntroduce serves IntroduceProtocol (hubs): from must be a user of this hub, and the user asked
// for another one with a channel with this hub and connected to it now.
func (e *Engine) handleIntroduce(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	if len(req) != common.AddressLength {
		return nil, fmt.Errorf("%w: an introduction request is a %d-byte address", ErrMalformed, common.AddressLength)
	}
	user := common.BytesToAddress(req)
	var asker, known bool
	if err := e.query(ctx, func() { asker, known = e.isUser(from), e.isUser(user) }); err != nil {
		return nil, err
	}
	switch {
	case !asker:
		return nil, fmt.Errorf("%w: %s has no channel with this hub", ErrIntroduceAsk, from)
	case !known || user == from:
		return nil, fmt.Errorf("%w: %s has no channel with this hub", ErrNotIntroduced, user)
	}
	id, ok := e.cfg.Host.PeerOf(user)
	if !ok || !e.cfg.Host.Connected(id) {
		return nil, fmt.Errorf("%w: %s is not connected to this hub now", ErrNotIntroduced, user)
	}
	return marshalIntroduction(id, e.cfg.Host.PeerAddrs(id))
}

// isUser reports whether addr has a channel with this node in which this node is the hub. In the loop.
func (e *Engine) isUser(addr common.Address) bool {
	ch, ok := e.channels[addr]
	return ok && ch.hubSide
}

// marshalIntroduction encodes a peer id and up to maxIntroducedAddrs of its addresses (longer ones are
// left out): [1-byte id length][id][1-byte count] then per address [2-byte length][binary multiaddr].
func marshalIntroduction(id peer.ID, addrs []multiaddr.Multiaddr) ([]byte, error) {
	raw := []byte(id)
	if len(raw) > maxIntroducedID {
		return nil, fmt.Errorf("node: a peer id of %d bytes", len(raw))
	}
	out := append([]byte{byte(len(raw))}, raw...)
	var kept [][]byte
	for _, a := range addrs {
		if b := a.Bytes(); len(b) <= maxIntroducedAddr && len(kept) < maxIntroducedAddrs {
			kept = append(kept, b)
		}
	}
	if len(kept) == 0 {
		return nil, fmt.Errorf("%w: the hub knows no address of %s", ErrNotIntroduced, id)
	}
	out = append(out, byte(len(kept)))
	for _, b := range kept {
		out = binary.BigEndian.AppendUint16(out, uint16(len(b)))
		out = append(out, b...)
	}
	return out, nil
}

// errIntroduction reports a malformed introduction.
var errIntroduction = errors.New("malformed introduction")

// parseIntroduction decodes marshalIntroduction's encoding, strictly.
func parseIntroduction(b []byte) (peer.AddrInfo, error) {
	next := func(n int) ([]byte, bool) {
		if n > len(b) {
			return nil, false
		}
		v := b[:n]
		b = b[n:]
		return v, true
	}
	l, ok := next(1)
	if !ok || l[0] == 0 || int(l[0]) > maxIntroducedID {
		return peer.AddrInfo{}, fmt.Errorf("%w: peer id length", errIntroduction)
	}
	raw, ok := next(int(l[0]))
	if !ok {
		return peer.AddrInfo{}, fmt.Errorf("%w: peer id", errIntroduction)
	}
	id, err := peer.IDFromBytes(raw)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("%w: peer id: %w", errIntroduction, err)
	}
	info := peer.AddrInfo{ID: id}
	c, ok := next(1)
	if !ok || c[0] == 0 || int(c[0]) > maxIntroducedAddrs {
		return peer.AddrInfo{}, fmt.Errorf("%w: address count", errIntroduction)
	}
	for range int(c[0]) {
		n, ok := next(2)
		if !ok || binary.BigEndian.Uint16(n) > maxIntroducedAddr {
			return peer.AddrInfo{}, fmt.Errorf("%w: address length", errIntroduction)
		}
		raw, ok := next(int(binary.BigEndian.Uint16(n)))
		if !ok {
			return peer.AddrInfo{}, fmt.Errorf("%w: address", errIntroduction)
		}
		a, err := multiaddr.NewMultiaddrBytes(raw)
		if err != nil {
			return peer.AddrInfo{}, fmt.Errorf("%w: address: %w", errIntroduction, err)
		}
		info.Addrs = append(info.Addrs, a)
	}
	if len(b) != 0 {
		return peer.AddrInfo{}, fmt.Errorf("%w: %d bytes left over", errIntroduction, len(b))
	}
	return info, nil
}

// Introduce asks hub, one of this node's hubs, for user, another user of it connected to it now: its
// peer id (checked to be user's key) and the addresses the hub knows it by.
func (e *Engine) Introduce(ctx context.Context, hub, user common.Address) (peer.AddrInfo, error) {
	h, ok := e.hubs.get(hub)
	if !ok {
		return peer.AddrInfo{}, fmt.Errorf("%w: %s", ErrUnknownHub, hub)
	}
	resp, err := e.cfg.Host.Request(ctx, h.id, IntroduceProtocol, user.Bytes())
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("node: hub %s did not introduce %s: %w", hub, user, err)
	}
	info, err := parseIntroduction(resp)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	if a, err := p2p.AddressOf(info.ID); err != nil || a != user {
		return peer.AddrInfo{}, fmt.Errorf("%w: hub %s introduced peer %s as %s", ErrBadAnswer, hub, info.ID, user)
	}
	return info, nil
}

// reachUser returns the peer id of user, a user of hub, with a connection to it open: the peer this
// host knows by user's address if it is connected or can be dialled at the addresses remembered for it,
// otherwise the one hub introduces.
func (e *Engine) reachUser(ctx context.Context, hub, user common.Address) (peer.ID, error) {
	host := e.cfg.Host
	if id, ok := host.PeerOf(user); ok {
		if host.Connected(id) {
			return id, nil
		}
		dctx, cancel := context.WithTimeout(ctx, reachDialTimeout)
		err := host.Connect(dctx, peer.AddrInfo{ID: id})
		cancel()
		if err == nil {
			return id, nil
		}
	}
	info, err := e.Introduce(ctx, hub, user)
	if err != nil {
		return "", err
	}
	if err := host.Connect(ctx, info); err != nil {
		return "", fmt.Errorf("node: %s, introduced by hub %s: %w", user, hub, err)
	}
	return info.ID, nil
}
