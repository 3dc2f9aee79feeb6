package node

import (
	"errors"
	"fmt"

	"spoke/backup"
	"spoke/protocol"
)

// One state per nonce (docs/update-protocol.md §3.0). A proposal that was not countersigned still
// carries its proposer's signature, and on-chain a state of a nonce already submitted cannot challenge:
// a party holding two different states its counterparty signed at one nonce chooses between them. So a
// node never signs two different states at one nonce. Its floor is the highest nonce it signed a state at
// (its latest, its outstanding proposal, its refused ones: all stored before they leave); it proposes
// above its floor and above the nonces of the peer's proposals it saw, and answers a proposal at or below
// its floor with CodeTaken naming the floor, above which the proposer proposes again.

var (
	// ErrNonceTaken is a peer's answer that it signed another state at the proposal's nonce.
	ErrNonceTaken = errors.New("node: the counterparty signed another state at this nonce")
	// ErrNonceStep refuses a proposal whose nonce is more than state.MaxNonceStep above the latest.
	ErrNonceStep = errors.New("node: proposal's nonce too far above the latest state")
	// ErrTooManyRefused fails a batch of a channel whose counterparty left too many of this node's
	// proposals without a countersignature: each binds this node until the channel moves on.
	ErrTooManyRefused = errors.New("node: the counterparty has not countersigned this node's last proposals; " +
		"waiting for it to countersign one of its own, or exit on-chain")
)

// restored is ch's restore floor (zero if it was not restored).
func (ch *channel) restored() backup.Floor {
	return backup.Floor{Nonce: ch.restoreFloor, Latest: ch.restoredLatest}
}

// maxBinding bounds a channel's refused proposals that still bind this node (each one stored): an honest
// peer supersedes them with its next countersignature; a peer that answers every proposal with CodeTaken
// or a refusal gets no more until it does (Busy stores nothing: the same proposal is sent again).
const maxBinding = 32

// floor is the highest nonce at which this node signed a state of ch (or, restored from a backup, may
// have signed one).
func (ch *channel) floor() uint64 {
	latest := ch.ch.Latest.State.TxCountGlobal
	// Restored: its floor, and once the latest moved on (a resumed proposal, an adopted state, a Bump)
	// without passing the Bump window above it, the window's top: before it lost its data the node may have
	// signed the Bumps of the backup's latest state there (backupbound.go), which a Bump of this latest
	// would not be (backup.Floor.Reserved).
	f := max(latest, ch.restored().Reserved(latest))
	if ch.out != nil {
		f = max(f, ch.out.nonce())
	}
	for _, r := range ch.refused {
		f = max(f, r.nonce())
	}
	return f
}

// nextNonce is the nonce of ch's next proposal: above every state of ch either party signed that this
// node knows of.
func (ch *channel) nextNonce() uint64 { return max(ch.floor(), ch.peerFloor) + 1 }

// maxPeerSkip bounds how far above its latest state the nonces the peer names lift the nonce a node
// proposes at. An honest peer's floor is at most maxBinding refused proposals and its outstanding one
// above the latest (a restored peer's is higher, but it moves the channel past it itself with a Bump:
// restorefloor.go), so a lift of more is a lie. The bound keeps the node's own proposals within the step
// (state.MaxNonceStep) and keeps what one lie reaches far below a restore floor: a peer must have the
// node sign above RestoreSkip / (maxPeerSkip + maxBinding), about 47, lifted states that its last
// backup missed before the floor a restore records falls short (ADR 18), and a node that backs up
// signs nothing above that floor anyway (backupbound.go).
const maxPeerSkip = 1 << 10

// sawPeerNonce notes that the peer signed a state of ch at nonce (or says it did): a later proposal of
// this node goes above it, or above maxPeerSkip past the latest if it names more.
func (ch *channel) sawPeerNonce(nonce uint64) {
	if latest := ch.ch.Latest.State.TxCountGlobal; nonce > latest {
		ch.peerFloor = max(ch.peerFloor, latest+min(nonce-latest, maxPeerSkip))
	}
}

// taken is the answer to a proposal at or below ch's floor.
func (ch *channel) taken(nonce uint64) protocol.Reject {
	f := ch.floor()
	return protocol.Reject{TxCountGlobal: f, Code: protocol.CodeTaken,
		Reason: fmt.Sprintf("%v: proposal %d, signed up to %d", ErrNonceTaken, nonce, f)}
}

// follows reports whether p's state is the one its updates make from ch's latest state at p's nonce: a
// proposal past nonces this node does not know were taken (it forgot the peer's refused proposals in a
// restart), rather than one from a state this node lacks (it is behind).
func (e *Engine) follows(ch *channel, p protocol.Propose) bool {
	ctx := e.context(ch)
	ctx.Nonce = p.Proposal.State.TxCountGlobal
	next, _, err := protocol.ApplyAll(ch.ch, ctx, p.Updates...)
	return err == nil && next == p.Proposal.State
}
