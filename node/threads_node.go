package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/protocol"
)

// Threads by address: what a node's owner gives is the receiver's address and, at most, the hub; the
// node finds the receiver's peer itself (reachUser: its own host, else the hub's introduction), before
// opening a thread and again before paying or closing one whose receiver it cannot reach (after a
// restart, the engine no longer knows the receiver's peer).

// OpenThread opens a thread holding wei and token of this node's balance to the user to, through via
// (zero: this node's hub), of which to must be a user too. It asks the hub whether it can back the
// thread in to's channel now (ErrNeedsCollateral while the hub collateralizes it: retry shortly), reaches
// to (introduced by the hub if this node is not connected to it), then opens the thread
// (Engine.OpenThread) and returns it once the receiver's side is open.
func (n *Node) OpenThread(ctx context.Context, to common.Address, wei, token uint256.Int, via common.Address) (ThreadInfo, error) {
	return n.Engine.openThreadTo(ctx, to, wei, token, via)
}

// PayThread pays wei and token through the thread (hub, key) this node sends (Engine.PayThread), having
// reached its receiver first if this node is not connected to it.
func (n *Node) PayThread(ctx context.Context, hub common.Address, key common.Hash, wei, token uint256.Int) (uint64, error) {
	if err := n.Engine.reachThread(ctx, hub, key); err != nil {
		return 0, err
	}
	return n.Engine.PayThread(ctx, hub, key, wei, token)
}

// CloseThread closes the thread (hub, key) (Engine.CloseThread); a sender reaches the receiver first if
// it is not connected to it, to ask it to close.
func (n *Node) CloseThread(ctx context.Context, hub common.Address, key common.Hash) (uint64, error) {
	if err := n.Engine.reachThread(ctx, hub, key); err != nil {
		return 0, err
	}
	return n.Engine.CloseThread(ctx, hub, key)
}

// openThreadTo is Node.OpenThread.
func (e *Engine) openThreadTo(ctx context.Context, to common.Address, wei, token uint256.Int, via common.Address) (ThreadInfo, error) {
	hub := via
	if hub == (common.Address{}) {
		hub = e.cfg.Hub
	}
	switch {
	case hub == (common.Address{}):
		return ThreadInfo{}, fmt.Errorf("%w: name the hub (via) the receiver is a user of", ErrThreadNotHubOf)
	case !e.hubs.has(hub):
		return ThreadInfo{}, fmt.Errorf("%w: %s", ErrThreadNotHubOf, hub)
	case to == e.me || to == hub || to == (common.Address{}):
		return ThreadInfo{}, fmt.Errorf("%w: receiver %s", protocol.ErrThreadParties, to)
	case wei.IsZero() && token.IsZero():
		return ThreadInfo{}, fmt.Errorf("%w: a thread needs funds", protocol.ErrZeroAmount)
	}
	if err := e.hubCanBack(ctx, hub, to, wei, token); err != nil {
		return ThreadInfo{}, err
	}
	id, err := e.reachUser(ctx, hub, to)
	if err != nil {
		return ThreadInfo{}, fmt.Errorf("%w: %w", ErrThreadNoPeer, err)
	}
	return e.OpenThread(ctx, ThreadOpen{Hub: hub, Receiver: to, ReceiverPeer: id, Wei: wei, Token: token})
}

// reachThread reaches the receiver of the thread (hub, key) if this node sends it, the thread is open in
// its channel and this node is not connected to the receiver, and tells the engine the receiver's peer.
// For anything else it does nothing: the engine's own checks answer.
func (e *Engine) reachThread(ctx context.Context, hub common.Address, key common.Hash) error {
	t := e.thr.get(threadID{hub, key})
	if t == nil {
		return nil
	}
	t.mu.Lock()
	receiver, id, open := t.initial.State.Receiver, t.peer, t.inChannel
	t.mu.Unlock()
	if t.initial.State.Sender != e.me || !open || e.connectedTo(id, receiver) {
		return nil
	}
	e.reaching.Lock() // payments made at once after a restart search once
	defer e.reaching.Unlock()
	if e.connectedTo("", receiver) {
		return nil
	}
	id, err := e.reachUser(ctx, hub, receiver)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrThreadNoPeer, err)
	}
	e.SetThreadPeer(receiver, id)
	return nil
}

// hubCanBack asks hub whether it has the balance in to's channel to back a thread of wei and token now
// (asking makes it collateralize the channel if not). Asked before opening, because a thread whose
// opening the hub refused stays in the engine's book as opening.
func (e *Engine) hubCanBack(ctx context.Context, hub, to common.Address, wei, token uint256.Int) error {
	h, ok := e.hubs.get(hub)
	if !ok {
		return fmt.Errorf("%w: %s", ErrThreadNotHubOf, hub)
	}
	needs, err := e.askCollateral(ctx, h.id, to, wei, token)
	switch {
	case err != nil:
		return fmt.Errorf("node: hub %s about the receiver %s: %w", hub, to, err)
	case needs:
		return fmt.Errorf("%w: the hub lacks the balance in %s's channel to back the thread; it is collateralizing it, retry shortly",
			ErrNeedsCollateral, to)
	}
	return nil
}

// connectedTo reports whether this node is connected to the peer id or, if id is empty, to the peer its
// host knows by addr.
func (e *Engine) connectedTo(id peer.ID, addr common.Address) bool {
	if id == "" {
		id, _ = e.cfg.Host.PeerOf(addr)
	}
	return id != "" && e.cfg.Host.Connected(id)
}
