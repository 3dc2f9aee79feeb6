package node

import (
	"crypto/cipher"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// Errors of forwarding.
var (
	ErrNotForwarding = errors.New("node: this hub is not forwarding payments now")
	ErrFeeTooLow     = errors.New("node: the lock does not pay this hub's fee")
	ErrPaymentShort  = errors.New("node: the lock carries less than the payer sent")
)

// hop is what a forwarding node does with a lock it received: open its own lock to next, with these
// amounts and expiry, and pass payload on as that lock's note (the next hop's onion layer, or the
// recipient's sealed secret).
type hop struct {
	next       common.Address
	wei, token uint256.Int
	expiry     uint64
	payload    []byte
	fail       error // set if the lock cannot be forwarded: it is accepted, then given back saying why
}

// Fees is a hub's forwarding fee: Base wei per forwarded lock plus PPM millionths of the wei forwarded
// (rounded up), as routing.Policy.Fee computes it. Tokens are forwarded without a fee.
type Fees struct {
	Base uint256.Int
	PPM  uint32
}

// policyOf is the routing policy of fees f with this node's expiry delta.
func (e *Engine) policyOf(f Fees) routing.Policy {
	return routing.Policy{FeeBase: f.Base, FeePPM: f.PPM, ExpiryDelta: e.cfg.ForwardDelta}
}

// Policy is this hub's forwarding policy now: its fees and expiry delta.
func (e *Engine) Policy() routing.Policy { return e.policyOf(e.fees()) }

// fees returns this hub's current forwarding fees.
func (e *Engine) fees() Fees {
	if f := e.fwd.fee.Load(); f != nil {
		return *f
	}
	return Fees{}
}

// SetForwarding starts (true, the default) or stops forwarding payments: a hub that stops refuses new
// locks to forward, with ErrNotForwarding, and settles those in flight (draining before a shutdown).
func (e *Engine) SetForwarding(on bool) { e.fwd.off.Store(!on) }

// SetFees changes this hub's forwarding fees from now on (locks already accepted keep theirs).
func (e *Engine) SetFees(f Fees) { e.fwd.fee.Store(&f) }

// fromHub reports whether ch's peer is a hub (this node is its user, or the network announces it). A hub's
// lock that cannot be forwarded is accepted and given back with the reason at once, so the failure
// unwinds to the payer; a payer's is refused with the reason (it learns it at once either way).
func (e *Engine) fromHub(ch *channel) bool {
	if !ch.hubSide {
		return true
	}
	if e.cfg.Router == nil {
		return false
	}
	_, _, ok := e.cfg.Router.Policy(ch.peer)
	return ok
}

// planHop decides what this node does with a lock it received with note: an onion layer sealed to this
// node (note.Recipient is this node) says where to forward it; a note naming another recipient is a
// forward to that user of this hub with the same amounts (possible only while this hub charges no fee
// for it). The plan must pay this node's fee and leave it ForwardDelta to claim upstream.
func (e *Engine) planHop(from *channel, l *state.Lock, note protocol.Note, now uint64) (hop, error) {
	var h hop
	if e.fwd.off.Load() || e.Draining() {
		return hop{}, e.notForwarding()
	}
	if note.Recipient == e.me {
		in, inner, err := e.peel(from, l.Hashlock, note.Payload)
		if err != nil {
			return hop{}, fmt.Errorf("%w: %w", ErrCannotForward, err)
		}
		h = hop{next: in.Next, wei: in.Wei, token: in.Token, expiry: in.Expiry, payload: inner}
	} else {
		h = hop{next: note.Recipient, wei: l.AmountWei, token: l.AmountToken, payload: note.Payload}
		if l.Expiry > e.cfg.ForwardDelta {
			h.expiry = l.Expiry - e.cfg.ForwardDelta
		}
	}
	if err := e.checkHopPays(l, &h); err != nil {
		return hop{}, err
	}
	switch {
	case h.expiry+e.cfg.ForwardDelta > l.Expiry || h.expiry+e.cfg.ForwardDelta < h.expiry:
		return hop{}, fmt.Errorf("%w: the forward would expire at %d, this hub needs it by %d (its expiry delta is %d s)",
			ErrExpiryTooSoon, h.expiry, l.Expiry-min(l.Expiry, e.cfg.ForwardDelta), e.cfg.ForwardDelta)
	case h.expiry <= now+e.cfg.ForwardDelta:
		return hop{}, fmt.Errorf("%w: expiry %d leaves less than %d s for the next hop", ErrExpiryTooSoon, h.expiry, e.cfg.ForwardDelta)
	case l.Expiry > now+e.cfg.MaxForwardExpiry: // the hub's own lock would pin its collateral until then
		return hop{}, fmt.Errorf("%w: lock %d expires at %d; a forwarded lock at most at %d", ErrLockTooLong, l.ID, l.Expiry, now+e.cfg.MaxForwardExpiry)
	}
	return h, nil
}

// checkHopPays refuses a hop that forwards more than it receives less this hub's fee.
func (e *Engine) checkHopPays(l *state.Lock, h *hop) error {
	fee, ok := e.Policy().Fee(&h.wei)
	var want uint256.Int
	if _, over := want.AddOverflow(&h.wei, &fee); over || !ok {
		return fmt.Errorf("%w: amount out of range", ErrCannotForward)
	}
	switch {
	case l.AmountWei.Lt(&want):
		return fmt.Errorf("%w: the lock carries %s wei; forwarding %s wei takes %s wei (fee %s wei)", ErrFeeTooLow,
			l.AmountWei.Dec(), h.wei.Dec(), want.Dec(), fee.Dec())
	case l.AmountToken.Lt(&h.token):
		return fmt.Errorf("%w: the lock carries %s token, the forward %s", ErrCannotForward, l.AmountToken.Dec(), h.token.Dec())
	case h.wei.IsZero() && h.token.IsZero():
		return fmt.Errorf("%w: nothing to forward", ErrCannotForward)
	}
	return nil
}

// peel opens this node's onion layer of a lock received from ch. The payer's node seals the first layer
// with its own key: the derived key of a channel peer is cached; others (ephemeral keys) are not. So a
// layer from a payer (a peer that is not a hub), or from a peer whose channel this node has not stored
// (nothing countersigned yet: no funds), sealed with another key is refused before the key exchange:
// else one proposal of a payer, or of a stranger announcing itself as a hub, with 1,024 such locks made
// the loop derive 1,024 keys (43 us each) before protocol.Accept refused it
// (TestMal8PayerCannotMakeTheHubDeriveKeys).
func (e *Engine) peel(from *channel, hashlock common.Hash, layer []byte) (onion.Instruction, []byte, error) {
	hdr, err := onion.Header(layer)
	if err != nil {
		return onion.Instruction{}, nil, err
	}
	if _, cached := e.fwd.keys.cached(hdr); !cached && (!e.fromHub(from) || e.channels[from.peer] != from) {
		if pub, err := crypto.DecompressPubkey(hdr); err != nil || crypto.PubkeyToAddress(*pub) != from.peer {
			return onion.Instruction{}, nil, errors.New("a payer's layer must be sealed with the payer's own key")
		}
	}
	a, err := e.fwd.keys.get(hdr, from.peer, e.cfg.Key)
	if err != nil {
		return onion.Instruction{}, nil, err
	}
	return onion.Peel(layer, e.me, hashlock, a)
}

// forwarding is a hub's forwarding state outside the loop: its fees, whether it forwards, and the onion
// keys of its peers. Safe for concurrent use.
type forwarding struct {
	fee  atomic.Pointer[Fees]
	off  atomic.Bool // set while the hub refuses new locks to forward (SetForwarding)
	keys onionKeys
}

// maxOnionKeys bounds each of the two generations of onionKeys. A hub's payers are its channel peers, and
// one ECDH per payment of a peer whose key was cleared away cost a hub with 10,000 busy users a tenth of
// its CPU when the cache held 1,024 keys and emptied itself when full (issue 13); two generations of
// 16,384 keep the keys of the peers that paid recently, up to about 32 MiB of AEADs.
const maxOnionKeys = 1 << 14

// onionKeys caches the onion keys of channel peers (their static keys) in two generations: new keys go
// to keys; when it is full it becomes old and a new keys starts; a key found in old moves back to keys.
type onionKeys struct {
	mu   sync.Mutex
	keys map[string]cipher.AEAD
	old  map[string]cipher.AEAD
}

// cached returns the cached AEAD of hdr, moving it to the current generation.
func (k *onionKeys) cached(hdr []byte) (cipher.AEAD, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if a, ok := k.keys[string(hdr)]; ok {
		return a, true
	}
	a, ok := k.old[string(hdr)]
	if ok {
		delete(k.old, string(hdr))
		k.put(hdr, a)
	}
	return a, ok
}

// put caches a under hdr, starting a new generation if the current one is full (k.mu held).
func (k *onionKeys) put(hdr []byte, a cipher.AEAD) {
	if k.keys == nil || len(k.keys) >= maxOnionKeys {
		k.old, k.keys = k.keys, map[string]cipher.AEAD{}
	}
	k.keys[string(hdr)] = a
}

// onionKey derives a layer's key (onion.Key); a test counts the derivations through it.
var onionKey = onion.Key

// get returns the AEAD of a layer sealed with the key in hdr; it is cached if that key is peer's.
func (k *onionKeys) get(hdr []byte, peer common.Address, priv *ecdsa.PrivateKey) (cipher.AEAD, error) {
	if a, ok := k.cached(hdr); ok {
		return a, nil
	}
	a, err := onionKey(priv, hdr)
	if err != nil {
		return nil, err
	}
	if pub, err := crypto.DecompressPubkey(hdr); err != nil || crypto.PubkeyToAddress(*pub) != peer {
		return a, nil // an ephemeral key: used once
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.put(hdr, a)
	return a, nil
}

// forwarded reports a forward whose downstream lock down settled: what it carried and the fee this hub
// keeps (the upstream lock's wei less the downstream's).
func (e *Engine) forwarded(fw *forward, down *state.Lock) {
	ev := Event{Kind: EventForwarded, Peer: fw.down.peer, From: fw.up.peer, Hashlock: down.Hashlock,
		Wei: down.AmountWei, Token: down.AmountToken}
	ev.Fee = e.forwardFee(fw, down)
	e.earned(&ev.Fee)
	e.publish(ev)
}
