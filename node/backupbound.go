package node

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"spoke/backup"
	"spoke/protocol"
	"spoke/state"
)

// Signing bounded by the last stored backup (backup/marks.go, docs/adr/0018-one-state-per-nonce.md). A
// node restored from its last backup signs nothing at or below the floor the restore records for each
// channel (at least RestoreSkip above the channel's latest nonce in the backup, more where an earlier
// restore still reserves nonces: backup.Floor.Reserved); a node that signed a state above that floor before
// it lost its data could sign a second one there once restored. So a node that backs up
// (Config.BoundByBackups) signs a state of a channel at nonce n, proposing or countersigning, only if n is
// at most that floor for its last stored backup, or n is within bumpWindow above it and the state is the
// Bump of the floor's latest state (what the restored node proposes there itself: the same states). Above
// the bound, a proposal of its own waits for a newer backup and a peer's is answered Busy, while a backup
// of the channel as it is would cover it; beyond what any backup can cover (no honest peer proposes there)
// its commands fail with ErrBeyondBackup and a peer's proposal is refused. An honest channel moves one
// nonce a state and a peer's lifts at most maxPeerSkip, so it meets the bound only while backups fail.

var (
	// ErrAwaitingBackup answers a proposal this node may countersign only once its backups hold a newer
	// state of the channel (CodeBusy: the peer sends it again).
	ErrAwaitingBackup = errors.New("node: waiting for a newer backup before signing at this nonce")
	// ErrBeyondBackup refuses a proposal, or fails a command, at a nonce no backup of the channel's latest
	// state covers: a restore would record a floor below it.
	ErrBeyondBackup = errors.New("node: nonce beyond what this node's backups cover")
)

// backupBound is the feature's state: the marks of the last stored backup and the channels whose next
// proposal waits for a newer one. It lives in the loop.
type backupBound struct {
	on      bool         // Config.BoundByBackups
	known   bool         // marks of a stored backup are known; until then nothing is covered
	marks   backup.Marks // of the last stored backup
	in      chan storedMarks
	waiting map[*channel]struct{}
	// persisted is when marks were last handed to the loop to be stored (unix nanoseconds; BackedUp only).
	persisted atomic.Int64
}

// storedMarks is a stored backup's marks, handed to the loop: decoded, and encoded for the store's meta
// when they are to be stored (at most every Config.BackupMarksEvery).
type storedMarks struct {
	marks   backup.Marks
	encoded []byte
	stored  chan struct{} // closed once the loop took them, and the store holds them if encoded
}

// coverage is whether this node may sign a state of a channel at a nonce now.
type coverage int

const (
	covered      coverage = iota // it may
	awaitsBackup                 // once a backup of the channel's latest state is stored
	beyondBackup                 // never, from this latest state
)

// loadBackupMarks reads the marks of the node's last stored backup from the store, if it backs up.
func (e *Engine) loadBackupMarks(ctx context.Context) error {
	b := &e.bound
	b.on = e.cfg.BoundByBackups
	b.in = make(chan storedMarks)
	b.waiting = map[*channel]struct{}{}
	if !b.on {
		return nil
	}
	enc, err := e.cfg.Store.Meta(ctx, backup.MetaBackupMarks)
	if errors.Is(err, state.ErrNotFound) {
		e.log.Info("node: no backup stored yet; signing waits for the first one")
		return nil
	}
	if err != nil {
		return fmt.Errorf("node: load backup marks: %w", err)
	}
	floors, err := backup.DecodeFloors(enc)
	if err != nil {
		return fmt.Errorf("node: load backup marks: %w", err)
	}
	b.marks, b.known = backup.MarksOf(floors), true
	return nil
}

// BackedUp tells the engine that a backup holding floors (backup.Saver's OnSaved) is stored: the nonces
// it may sign go up to them. It returns once the engine took them (and stored them with its states, at
// most every Config.BackupMarksEvery), or once it stopped: the store then keeps the marks of an earlier
// backup, a lower bound, behind which a start only waits for a newer backup sooner. One caller at a time
// (the Saver's).
func (e *Engine) BackedUp(floors []backup.Floor) {
	if !e.bound.on || floors == nil {
		return
	}
	m := storedMarks{marks: backup.MarksOf(floors), stored: make(chan struct{})}
	if now := time.Now(); now.Sub(time.Unix(0, e.bound.persisted.Load())) >= e.cfg.BackupMarksEvery {
		m.encoded = backup.EncodeFloors(floors)
		e.bound.persisted.Store(now.UnixNano())
	}
	select {
	case e.bound.in <- m:
	case <-e.done:
		return
	}
	select {
	case <-m.stored:
	case <-e.done:
	}
}

// onBackedUp takes a stored backup's marks: they are stored with the turn, and the channels waiting for a
// backup propose again.
func (e *Engine) onBackedUp(t *turn, m storedMarks) {
	b := &e.bound
	b.marks, b.known = m.marks, true
	if m.encoded == nil {
		close(m.stored)
	} else {
		if t.batch.Meta == nil {
			t.batch.Meta = map[string][]byte{}
		}
		t.batch.Meta[backup.MetaBackupMarks] = m.encoded
		t.later(func() { close(m.stored) })
	}
	for ch := range b.waiting {
		ch.awaitingBackup = false
		e.active.add(ch)
	}
	clear(b.waiting)
}

// bumpWindow is how many nonces above a backup's floor the Bumps of its latest state may take
// (backup.BumpWindow): a restore from the backup proposes that Bump at the floor plus one and, each time
// it is refused or answered Taken, one above (each refused one binds it, at most maxBinding of them), so
// the same states at the same nonces; and a peer's Bump may come at any of them. A restored channel whose
// latest moves on before it passes the window signs nothing in it any more (channel.floor).
const bumpWindow = backup.BumpWindow

// The window must hold every Bump a restored node proposes before its refused ones stop it.
var _ [bumpWindow - maxBinding - 1]struct{}

// coverage tells whether this node may sign a state of ch at nonce now; bump says the state is ch's latest
// with nothing but the nonce changed (a sole protocol.Bump).
func (e *Engine) coverage(ch *channel, nonce uint64, bump bool) coverage {
	b := &e.bound
	if !b.on {
		return covered
	}
	s := &ch.ch.Latest.State
	latest := s.TxCountGlobal
	if b.known {
		m := b.marks.Of(s.Hub, s.User)
		if nonce <= m.Nonce || bump && latest == m.Latest && nonce <= m.Nonce+bumpWindow {
			return covered
		}
	}
	// What a backup of the channel as it is now would cover (backup.floorsFrom).
	f := max(latest+backup.RestoreSkip, ch.restored().Reserved(latest))
	if nonce <= f || bump && nonce <= f+bumpWindow {
		return awaitsBackup
	}
	return beyondBackup
}

// coverProposal decides whether ch's next batch may be proposed at nonce: if not yet, ch waits for a
// newer backup (out of the active set until one is stored or an input concerns it); if never, the batch's
// commands fail. It reports whether to propose.
func (e *Engine) coverProposal(ch *channel, nonce uint64) bool {
	bump := len(ch.queue) > 0 && ch.queue[0].solo && soleBump(ch.queue[0].updates)
	switch e.coverage(ch, nonce, bump) {
	case awaitsBackup:
		ch.awaitingBackup = true
		e.bound.waiting[ch] = struct{}{}
		e.warnings.warn(e.log, ch.peer, "node: a proposal waits for a newer backup (backups failing?)",
			"nonce", nonce, "latest", ch.ch.Latest.State.TxCountGlobal)
		return false
	case beyondBackup:
		if !bump {
			switch e.bumpFirst(ch) { // restorefloor.go: a restored channel's Bump goes first, then the batch
			case bumpNow:
				return e.coverProposal(ch, nonce)
			case bumpLater:
				return false
			}
		}
		err := fmt.Errorf("%w: next nonce %d, latest %d, a restore skips %d", ErrBeyondBackup, nonce,
			ch.ch.Latest.State.TxCountGlobal, backup.RestoreSkip)
		if ch.belowRestoreFloor() {
			err = fmt.Errorf("%w (the channel is below its restore floor, and the counterparty took none of this "+
				"node's Bumps past it)", err)
		}
		for _, c := range e.takeBatch(ch) {
			c.finish(state.SignedState{}, err)
		}
		return false
	}
	return true
}

// coverAnswer answers a peer's proposal p at nonce that this node may not countersign now (Busy: it may
// once its backups hold ch's latest state; a refusal: never from it) and reports whether it did.
func (e *Engine) coverAnswer(ch *channel, in *inbound, p *protocol.Propose, nonce uint64) bool {
	switch e.coverage(ch, nonce, soleBump(p.Updates)) {
	case awaitsBackup:
		e.warnings.warn(e.log, in.from, "node: a proposal waits for a newer backup (backups failing?)",
			"nonce", nonce, "latest", ch.ch.Latest.State.TxCountGlobal)
		in.reply <- protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeBusy, Reason: ErrAwaitingBackup.Error()}
		return true
	case beyondBackup:
		e.refuse(in, nonce, fmt.Errorf("%w: proposal %d, latest %d, a restore skips %d", ErrBeyondBackup, nonce,
			ch.ch.Latest.State.TxCountGlobal, backup.RestoreSkip))
		return true
	}
	return false
}

// soleBump reports whether updates are one protocol.Bump.
func soleBump(updates []protocol.Update) bool {
	return len(updates) == 1 && updates[0] == protocol.Update(protocol.Bump{})
}
