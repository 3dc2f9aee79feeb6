package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/backup"
	"spoke/protocol"
	"spoke/state"
)

// Restored channels (backup/restorefloor.go): a node restored from a backup may have signed states after
// it was taken, so backup.Restore records a floor for each restored channel, and the node signs no state
// at or below it, as if it had signed one there: its proposals go above it and a peer's proposal at or
// below it is answered CodeTaken naming it (nonces.go). The floors stay in the store's meta; a floor at or
// below a channel's latest state changes nothing. A channel the backup does not hold, loaded or new, gets
// the AnyChannel floor (RestoreSkip): the node may have opened it after the backup and signed its first
// states (TestMal9ChannelOpenedAfterTheBackup); a channel that is new indeed starts above it.
//
// The floor is above every nonce a peer's CodeTaken can lift this node's proposals to, so a peer, whose
// lifts are capped alike, cannot propose above it: the restored node moves each channel past its floor
// itself, with a protocol.Bump at the floor plus one (bumpRestored), at start for every restored channel
// with a double-signed state and, for the others, once the peer proposes on one and is answered Taken
// (bumpTaken). Once the peer countersigns it, or any proposal of this node, the channel is past its floor.

// The floor must be above every nonce a peer's CodeTaken can have this node propose at after the backup
// (a peer's own proposal that jumps further, review 11, a node that backs up countersigns only within its
// last stored backup's floor: backupbound.go): it lifts
// the node's proposals up to maxPeerSkip above the latest, maxBinding refused proposals stack above that,
// and at least restoreMargin nonces are left for the node's own progress after the backup. The Bump at the
// floor plus one must be a legal step (state.MaxNonceStep) from the backup's latest. This fails to compile
// otherwise.
var (
	_ [backup.RestoreSkip - maxPeerSkip - maxBinding - restoreMargin]struct{}
	_ [state.MaxNonceStep - backup.RestoreSkip - 1]struct{}
)

// restoreMargin is the least number of nonces the restore floor leaves between the highest lift a peer can
// give the node and the floor: what the node may have signed on a channel after its last backup before it
// was lifted.
const restoreMargin = state.MaxNonceStep / 8

// maxFailedBumps bounds the Bumps of a channel that fail (the peer refuses them, or answers with nothing
// this node can use): each one it refuses binds this node, so a peer refusing every Bump gets a few of
// the channel's maxBinding refused proposals, not all. The node's own proposals still go above the floor
// and move the channel past it once countersigned.
const maxFailedBumps = 4

// bumpCheckEvery spaces the checks of the channels still below their restore floor.
const bumpCheckEvery = time.Second

// restoredChannels are the channels still at or below their restore floor whose Bump is due or under way.
type restoredChannels struct {
	peers   map[common.Address]bool
	checked time.Time
}

// bumpState is a channel's Bump: queued or in flight, and how many failed.
type bumpState struct {
	queued bool
	failed int
}

// loadRestoreFloors sets the restore floor of each loaded channel that backup.Restore recorded one for
// (the channels the backup did not hold get its AnyChannel floor), while it still reserves nonces
// (backup.Floor.Reserved: the Bump window above it too, once the latest moved on).
func (e *Engine) loadRestoreFloors(ctx context.Context) error {
	floors, err := backup.LoadRestoreFloors(ctx, e.cfg.Store)
	if err != nil {
		return fmt.Errorf("node: load restore floors: %w", err)
	}
	if floors == nil {
		return nil
	}
	e.restoreAny = floors.Of(common.Address{}, common.Address{}).Nonce // for new channels (peek)
	lifted := 0
	for _, ch := range e.channels {
		s := &ch.ch.Latest.State
		f := floors.Of(s.Hub, s.User)
		if f.Reserved(s.TxCountGlobal) == 0 {
			continue
		}
		ch.restoreFloor, ch.restoredLatest = f.Nonce, f.Latest
		if ch.belowRestoreFloor() {
			lifted++
		}
	}
	for peer, ch := range e.channels {
		if ch.ch.Latest.State.TxCountGlobal > 0 && ch.belowRestoreFloor() {
			e.restored.add(peer)
		}
	}
	if lifted > 0 {
		e.log.Info("node: restored from a backup; signing nothing at nonces the node may have signed after it",
			"channels", lifted, "skip", backup.RestoreSkip)
	}
	return nil
}

// belowRestoreFloor reports whether ch's latest state is below its restore floor: the peer, lifted no
// higher than the floor, cannot propose above it until ch moves past it.
func (ch *channel) belowRestoreFloor() bool {
	return ch.ch.Latest.State.TxCountGlobal < ch.restoreFloor
}

func (r *restoredChannels) add(peer common.Address) {
	if r.peers == nil {
		r.peers = map[common.Address]bool{}
	}
	r.peers[peer] = true
}

// bumpRestored proposes a Bump on each channel still below its restore floor that has none queued or in
// flight, at most every bumpCheckEvery; a channel past its floor, exiting, or whose Bumps failed
// maxFailedBumps times is dropped. A failed Bump is tried again after the engine's own retry delays
// (retry.go).
func (e *Engine) bumpRestored() {
	if len(e.restored.peers) == 0 || time.Since(e.restored.checked) < bumpCheckEvery {
		return
	}
	e.restored.checked = time.Now()
	for peer := range e.restored.peers {
		ch := e.channels[peer]
		if ch == nil || ch.exiting || !ch.belowRestoreFloor() || ch.bump.failed >= maxFailedBumps {
			delete(e.restored.peers, peer)
			continue
		}
		e.bump(ch)
	}
}

// bump queues a Bump of ch, alone in its batch, unless one is queued or in flight or the last one failed
// less than its retry delay ago.
func (e *Engine) bump(ch *channel) {
	if c := e.bumpCmd(ch, false); c != nil {
		e.enqueue(c)
	}
}

// bumpFirst puts a Bump of ch at the front of its queue, when ch is below its restore floor and its next
// batch is not one: a command of a node that backs up cannot go above the floor before the Bump does
// (backupbound.go). It moves a queued Bump to the front, or makes one unless maxFailedBumps failed; if the
// last one failed less than its retry delay ago, the queue waits for that delay (bumpLater). A node bounded
// by its backups tries again however many failed.
func (e *Engine) bumpFirst(ch *channel) bumpOrder {
	// A node bounded by its backups has no other way past the floor: its Bumps are tried again after their
	// retry delays, however many failed (each refused one binds it: maxBinding bounds them).
	if !ch.belowRestoreFloor() || ch.exiting || !e.bound.on && ch.bump.failed >= maxFailedBumps {
		return bumpNone
	}
	for i, c := range ch.queue {
		if c.solo && soleBump(c.updates) {
			if i > 0 {
				ch.queue = append(append([]*cmd{c}, ch.queue[:i]...), ch.queue[i+1:]...)
			}
			return bumpNow
		}
	}
	// The engine's own commands wait for the failed Bump's retry delay; a caller's asks for one at most
	// every ownRetryFirst (a peer that relents is not waited for long, and one that refuses gets one Bump a
	// second: each binds this node, and the window holds bumpWindow of them).
	now := time.Now()
	caller := len(ch.queue) > 0 && ch.queue[0].done != nil
	if g, ok := ch.retries[retryKey{kind: retryBump}]; ok && now.Before(g.at) {
		at := g.at
		if caller {
			at = g.at.Add(-g.delay).Add(ownRetryFirst) // a second after the last one failed
		}
		if now.Before(at) {
			ch.retryAt = at
			return bumpLater
		}
	}
	c := e.bumpCmd(ch, caller)
	if c == nil {
		return bumpNone
	}
	ch.queueFront([]*cmd{c})
	return bumpNow
}

// lastWindowBump decides a batch of ch when maxBinding of its proposals are refused: below its restore
// floor, a node bounded by its backups still proposes the Bump at the Bump window's last nonce (the state
// a restore proposes there: binding by it costs nothing), so that a peer that refused every other one
// and relents can still move the channel past the floor. Anything else: bumpNone.
func (e *Engine) lastWindowBump(ch *channel) bumpOrder {
	if !e.bound.on || !ch.belowRestoreFloor() || ch.nextNonce() > ch.restoreFloor+bumpWindow {
		return bumpNone
	}
	if c := ch.queue[0]; c.solo && soleBump(c.updates) {
		return bumpNow
	}
	return e.bumpFirst(ch)
}

// bumpOrder is what bumpFirst did.
type bumpOrder int

const (
	bumpNone  bumpOrder = iota // no Bump can go first
	bumpNow                    // the queue's first command is a Bump
	bumpLater                  // a Bump goes first once its retry delay is over (ch.retryAt)
)

// bumpCmd is a new Bump command for ch, or nil if one is queued or in flight or (unless now) the last one
// failed less than its retry delay ago.
func (e *Engine) bumpCmd(ch *channel, now bool) *cmd {
	k := retryKey{kind: retryBump}
	if ch.bump.queued || !now && !ch.mayRetry(k, time.Now()) {
		return nil
	}
	ch.bump.queued = true
	e.log.Info("node: moving a restored channel past its restore floor", "peer", ch.peer,
		"latest", ch.ch.Latest.State.TxCountGlobal, "floor", ch.restoreFloor)
	c := &cmd{ctx: context.Background(), to: ch.peer, updates: []protocol.Update{protocol.Bump{}}, solo: true}
	c.then = func(err error) {
		ch.bump.queued = false
		ch.retried(k, err, time.Now())
		if err != nil && !errors.Is(err, ErrStopped) {
			ch.bump.failed++
			e.warnings.warn(e.log, ch.peer, "node: the counterparty did not take this node's Bump past its restore floor",
				"failed", ch.bump.failed, "err", err)
		}
	}
	return c
}

// bumpTaken handles a peer's proposal at or below ch's floor, just answered CodeTaken: if it is signed by
// the peer and ch is below its restore floor, ch is bumped past it, since the peer cannot propose above
// it. A channel this hub has not stored is bumped only if the chain shows a deposit in it: a stranger's
// proposal makes it store nothing (a user's peers are its hubs).
func (e *Engine) bumpTaken(ch *channel, in *inbound) {
	if in.signer != in.from || !ch.belowRestoreFloor() {
		return
	}
	if ch.hubSide && e.channels[ch.peer] != ch {
		s := &ch.ch.Latest.State
		if d := e.cfg.Deposits(s.Hub, s.User); d[0].IsZero() && d[1].IsZero() {
			return
		}
	}
	ch, err := e.lookup(ch.peer)
	if err != nil || ch.bump.failed >= maxFailedBumps {
		return
	}
	e.restored.add(ch.peer)
	e.bump(ch)
}

// crossedBump handles the peer's proposal at the nonce of this node's outstanding one when both are the
// same Bump of the same state: two nodes restored from backups at one latest state each propose it at the
// floor plus one. Answered as a conflict (each CodeTaken, proposing again above), neither could go on (a
// node that backs up signs nothing above that Bump until a newer backup holds a newer state:
// backupbound.go). It is one state, signed by both: the peer's proposal carries its signature, which
// countersigns this node's, and this node answers with its own. It reports whether it did; a proposal of
// this node whose signature is still being made (this turn's, or the Commit's under way) is left to the
// conflict path.
func (e *Engine) crossedBump(t *turn, ch *channel, in *inbound, p protocol.Propose) bool {
	out := ch.out
	if in.signer != in.from || !soleBump(p.Updates) || !soleBump(out.updates) || p.Proposal.State != out.proposal.State ||
		out.signedIn == t || out.signedIn == e.committing {
		return false
	}
	signed := out.proposal
	mine := signed.SigHub
	if ch.hubSide {
		signed.SigUser = p.Proposal.SigUser
	} else {
		signed.SigHub, mine = p.Proposal.SigHub, signed.SigUser
	}
	e.log.Info("node: the peer proposed this node's own Bump; taken as its countersignature", "peer", ch.peer,
		"nonce", signed.State.TxCountGlobal)
	e.proposalSigned(t, ch, out, signed)
	nonce := signed.State.TxCountGlobal
	t.later(func() { in.reply <- protocol.Countersign{TxCountGlobal: nonce, Sig: mine} })
	return true
}
