package node

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
	"spoke/state"
)

// Lock ids are assigned when a batch is applied: the state's txCountGlobal shifted left by lockIDShift,
// plus the lock's index in the batch. Every state has its own txCountGlobal, so ids never collide, whoever
// proposes.
const lockIDShift = 10 // protocol.MaxUpdates = 1 << 10

// Retry delays after a busy peer or a failed send.
const (
	minBackoff = 2 * time.Millisecond
	maxBackoff = time.Second
)

// cmd is a batch of updates for one channel waiting for its result: a caller's (done) or the engine's
// own (then).
type cmd struct {
	ctx     context.Context
	to      common.Address
	updates []protocol.Update // an AddLock with Lock.ID 0 gets its id when the batch is applied
	notes   []protocol.Note   // LockID is the index in updates of the AddLock the note goes with
	done    chan cmdResult    // buffered: the loop never blocks on it; nil for engine commands
	// then, if set, runs in the loop when the command is done, with its error.
	then func(err error)
	// register, if set, runs in the loop when the command is queued.
	register func()
	// inspect, if set, makes the command a query: it runs in the loop instead of being queued.
	inspect func()
	// solo makes the command go out in a batch of its own: a batch it was part of was refused.
	solo bool
	// failed is set once the command finished with an error.
	failed bool
	// refusedIn counts the refused proposals carrying the command that may still be countersigned; once
	// it is 0 and the command failed, voided (if set) runs, in the loop (refused.go).
	refusedIn int
	voided    func()
}

type cmdResult struct {
	state state.SignedState
	err   error
}

// finish answers the command. It runs in the loop.
func (c *cmd) finish(s state.SignedState, err error) {
	c.failed = err != nil
	if c.then != nil {
		c.then(err)
	}
	if c.done != nil {
		c.done <- cmdResult{s, err}
	}
}

// outstanding is this node's proposal in flight: signed by this node only and stored as the channel's
// proposal before it was sent, so that a restart resends the same message.
type outstanding struct {
	proposal state.SignedState
	locks    []state.Lock
	threads  []state.SignedThread
	msg      []byte // the encoded Propose
	updates  []protocol.Update
	notes    []protocol.Note
	cmds     []*cmd
	seq      uint64 // the current send's number
	push     bool   // the peer is behind: push our latest state before the next resend
	inflight bool   // a send is under way
	pushed   bool   // this node's latest was pushed once already
	// resumed marks a proposal loaded from the store at start (resumed): superseded by an adopted state,
	// its commands are not made again (superseded).
	resumed bool
	// signedIn is the turn that signed the proposal: until its Commit is done, msg is being encoded.
	signedIn *turn
}

func (o *outstanding) nonce() uint64 { return o.proposal.State.TxCountGlobal }

// record is the proposal's state with its locks and threads, as the store keeps it.
func (o *outstanding) record() state.Record {
	return state.Record{SignedState: o.proposal, Locks: o.locks, Threads: o.threads}
}

func (o *outstanding) finish(s state.SignedState, err error) {
	for _, c := range o.cmds {
		c.finish(s, err)
	}
}

// sendResult is the answer (or transport error) to a send, handed by its goroutine to the loop. The
// goroutine also decodes the answer and, for a Countersign, checks the peer's signature over the
// proposal, so that the loop does not (checkAnswer).
type sendResult struct {
	peer common.Address
	seq  uint64
	resp []byte
	err  error
	msg  protocol.Message // resp decoded, if it decodes
	// signed is set if msg is a Countersign of the sent proposal's nonce carrying the peer's valid
	// signature over its state.
	signed bool
	// pushReply is the peer's answer to this node's latest state pushed before the proposal, if it decodes:
	// a Sync of the peer's latest (caughtUp).
	pushReply protocol.Message
}

// Update applies updates to the channel with the counterparty to, together with other commands queued on
// that channel (one batch, one state), and returns the double-signed state once it is stored. Updates
// that the protocol refuses fail only their own call; ErrRejected means the counterparty refused the
// batch. If ctx ends before the batch is proposed, the updates are dropped; once proposed, they may still
// take effect after Update returns (the engine resends until the counterparty answers).
func (e *Engine) Update(ctx context.Context, to common.Address, updates ...protocol.Update) (state.SignedState, error) {
	switch {
	case len(updates) == 0:
		return state.SignedState{}, protocol.ErrNoUpdates
	case len(updates) > protocol.MaxUpdates:
		return state.SignedState{}, protocol.ErrTooManyUpdates
	}
	c := &cmd{ctx: ctx, to: to, updates: slices.Clone(updates), done: make(chan cmdResult, 1)}
	if err := e.submit(c); err != nil {
		return state.SignedState{}, err
	}
	return c.wait(e.done)
}

// submit hands a command to the loop.
func (e *Engine) submit(c *cmd) error {
	select {
	case e.cmds <- c:
		return nil
	case <-c.ctx.Done():
		return c.ctx.Err()
	case <-e.done:
		return ErrStopped
	}
}

// wait returns the command's result, ctx's error, or ErrStopped.
func (c *cmd) wait(stopped <-chan struct{}) (state.SignedState, error) {
	select {
	case r := <-c.done:
		return r.state, r.err
	case <-c.ctx.Done():
		return state.SignedState{}, c.ctx.Err()
	case <-stopped: // Run answered every command before closing stopped
		select {
		case r := <-c.done:
			return r.state, r.err
		default:
			return state.SignedState{}, ErrStopped
		}
	}
}

// enqueue adds a command to its channel's queue.
func (e *Engine) enqueue(c *cmd) {
	if c.inspect != nil {
		if t := e.cur; t != nil && (e.committing != nil || len(t.signs) > 0 || !t.batch.Empty()) {
			// Memory is ahead of the disk (a turn in its Commit, or this one's states, whose signature
			// slots may not be filled yet): the query runs once this turn is stored, before the next.
			t.later(c.inspect)
			t.barrier = true
			return
		}
		c.inspect()
		return
	}
	ch, err := e.lookup(c.to)
	if err == nil && ch.exiting {
		err = ErrExiting
	}
	if c.register != nil {
		c.register() // before a failure too: the payments it registers learn of it through then
	}
	if err != nil {
		c.finish(state.SignedState{}, err)
		return
	}
	ch.queue = append(ch.queue, c)
	e.active.add(ch)
}

// queueFront puts commands back at the front of ch's queue, to be re-applied on a newer state.
func (ch *channel) queueFront(cmds []*cmd) {
	ch.queue = append(slices.Clip(cmds), ch.queue...)
}

// proposeAll proposes the queue of every channel that has no proposal outstanding and is not waiting to
// retry.
func (e *Engine) proposeAll(ctx context.Context, t *turn) {
	now := time.Now()
	for ch := range e.activeChannels() {
		switch {
		case ch.exiting:
		case now.Before(ch.retryAt):
		case ch.awaitingBackup: // until a newer backup is stored (backupbound.go)
		case ch.out == nil && len(ch.queue) > 0:
			e.propose(ctx, t, ch)
		case ch.out != nil && !ch.out.inflight:
			e.monitor().ProposalResent()
			e.sendLater(ctx, t, ch)
			continue // not in flight yet: stays active until sendProposal runs
		}
		e.settled(ch)
	}
}

// propose applies the next batch of ch's queue, signs it, queues it for the turn's Commit and sends it
// after.
func (e *Engine) propose(ctx context.Context, t *turn, ch *channel) {
	if len(ch.refused) >= maxBinding {
		switch e.lastWindowBump(ch) { // restorefloor.go
		case bumpNow:
		case bumpLater:
			return
		default:
			err := ErrTooManyRefused
			if e.bound.on && ch.belowRestoreFloor() {
				err = fmt.Errorf("%w (the channel is below its restore floor and the counterparty refused every Bump "+
					"the backups cover: only an exit on-chain is left)", err)
			}
			for _, c := range e.takeBatch(ch) {
				c.finish(state.SignedState{}, err)
			}
			return
		}
	}
	if !e.coverProposal(ch, ch.nextNonce()) { // backupbound.go
		return
	}
	out := e.applyBatch(ch, e.takeBatch(ch))
	if out == nil {
		return
	}
	if err := e.signProposal(t, out); err != nil {
		out.finish(state.SignedState{}, err)
		return
	}
	ch.out, out.signedIn = out, t
	t.addProposal(state.Proposal{Record: out.record()}) // its Message is set once signed (signProposal)
	e.sendLater(ctx, t, ch)
}

// sendLater sends ch's outstanding proposal after the turn's Commit, unless by then it was answered,
// superseded or sent already (the loop decides the next turn while this one is stored).
func (e *Engine) sendLater(ctx context.Context, t *turn, ch *channel) {
	out := ch.out
	t.send(func() {
		if ch.out == out && !out.inflight {
			e.sendProposal(ctx, ch)
		}
	})
}

// takeBatch takes queued commands, at most MaxUpdates updates in all; cancelled commands are dropped.
func (e *Engine) takeBatch(ch *channel) []*cmd {
	var batch []*cmd
	n, size := 0, 0 // updates and note payload bytes taken
	for len(ch.queue) > 0 && n+len(ch.queue[0].updates) <= protocol.MaxUpdates {
		c := ch.queue[0]
		if len(batch) > 0 && (c.solo || batch[0].solo || size+c.noteBytes() > protocol.MaxNotesPayload) {
			break
		}
		ch.queue = ch.queue[1:]
		if err := c.ctx.Err(); err != nil {
			c.finish(state.SignedState{}, err)
			continue
		}
		batch, n, size = append(batch, c), n+len(c.updates), size+c.noteBytes()
	}
	return batch
}

// noteBytes is the payload size of c's notes, which a Propose bounds together (protocol.MaxNotesPayload).
func (c *cmd) noteBytes() int {
	n := 0
	for _, note := range c.notes {
		n += len(note.Payload)
	}
	return n
}

// applyBatch applies the commands' updates as one batch. If the whole batch fails, it keeps the commands
// that apply in order and fails the others with their error. It returns nil if no command is left.
func (e *Engine) applyBatch(ch *channel, cmds []*cmd) *outstanding {
	pctx := e.context(ch)
	nonce := ch.nextNonce()
	pctx.Nonce = nonce
	if out := applyWhole(ch, pctx, nonce, cmds); out != nil {
		return out
	}
	out := &outstanding{}
	for _, c := range cmds {
		updates, notes := withLockIDs(c, nonce, len(out.updates))
		try := append(slices.Clip(out.updates), updates...)
		next, after, err := protocol.ApplyAll(ch.ch, pctx, try...)
		if err != nil {
			c.finish(state.SignedState{}, err)
			continue
		}
		out.proposal, out.locks, out.threads = state.SignedState{State: next}, after.Locks, after.Threads
		out.cmds, out.updates = append(out.cmds, c), try
		out.notes = append(out.notes, notes...)
	}
	if len(out.cmds) == 0 {
		return nil
	}
	return out
}

// applyWhole applies every command of the batch at once: one ApplyAll, whatever the batch's size. It
// returns nil if the batch fails as a whole; applyBatch then applies the commands one by one, each on top
// of those that applied before it, to fail only the commands at fault. Most batches apply whole, so their
// cost grows with the batch, not with its square.
func applyWhole(ch *channel, pctx protocol.Context, nonce uint64, cmds []*cmd) *outstanding {
	if len(cmds) < 2 {
		return nil // the one-by-one path is the same work
	}
	out := &outstanding{cmds: cmds}
	for _, c := range cmds {
		updates, notes := withLockIDs(c, nonce, len(out.updates))
		out.updates = append(out.updates, updates...)
		out.notes = append(out.notes, notes...)
	}
	next, after, err := protocol.ApplyAll(ch.ch, pctx, out.updates...)
	if err != nil {
		return nil
	}
	out.proposal, out.locks, out.threads = state.SignedState{State: next}, after.Locks, after.Threads
	return out
}

// withLockIDs returns c's updates with ids for its new locks (the batch's nonce, shifted, plus the
// update's index in the batch, offset being the updates before c's) and its notes pointing at those ids.
func withLockIDs(c *cmd, nonce uint64, offset int) ([]protocol.Update, []protocol.Note) {
	updates := slices.Clone(c.updates)
	byIndex := map[int]uint64{}
	for i, u := range updates {
		if a, ok := u.(protocol.AddLock); ok && a.Lock.ID == 0 {
			a.Lock.ID = nonce<<lockIDShift | uint64(offset+i)
			updates[i] = a
			byIndex[i] = a.Lock.ID
		}
	}
	notes := slices.Clone(c.notes)
	for i := range notes {
		if !specialNote(notes[i].LockID) {
			notes[i].LockID = byIndex[int(notes[i].LockID)]
		}
	}
	return updates, notes
}

// signProposal has the proposal signed and encoded as a Propose before the turn's Commit (signLater), and
// its encoded message set on the proposal that propose queues next for the Commit. It first encodes the
// proposal with the empty signature slot, so that a batch that cannot be encoded fails here, not later.
func (e *Engine) signProposal(t *turn, out *outstanding) error {
	i := len(t.batch.Proposals)
	encode := func() (err error) {
		out.msg, err = protocol.MarshalMessage(protocol.Propose{Updates: out.updates, Notes: out.notes, Proposal: out.proposal})
		return err
	}
	e.signLater(t, &out.proposal, encode, func() { t.batch.Proposals[i].Message = out.msg })
	if err := encode(); err != nil {
		t.signs = t.signs[:len(t.signs)-1]
		return err
	}
	return nil
}

// sendProposal sends ch's outstanding proposal from a new goroutine (first pushing this node's latest
// state if the peer said it is behind); the answer comes back to the loop as a sendResult.
func (e *Engine) sendProposal(ctx context.Context, ch *channel) {
	out := ch.out
	out.inflight = true
	e.sendSeq++
	out.seq = e.sendSeq
	r := sendResult{peer: ch.peer, seq: out.seq}
	var push []byte
	if out.push {
		out.push = false
		push, _ = protocol.MarshalMessage(ch.sync())
	}
	to, ok := e.updateRoute(ch.peer)
	proposed := out.proposal.State
	go func() {
		switch {
		case !ok:
			r.err = fmt.Errorf("%w: %s", ErrUnreachable, ch.peer)
		case push != nil:
			var resp []byte
			if resp, r.err = to.request(ctx, UpdateProtocol, push); r.err != nil {
				break
			}
			r.pushReply, _ = protocol.UnmarshalMessage(resp)
			fallthrough
		default:
			r.resp, r.err = to.request(ctx, UpdateProtocol, out.msg)
		}
		e.checkAnswer(&r, &proposed)
		select {
		case e.results <- r:
		case <-e.done:
		}
	}()
}

// retryLater schedules ch's next proposal (or resend) after a growing delay, drawn at random between
// half the backoff and the whole of it: two nodes whose proposals crossed (CodeTaken on both sides) and
// that back off alike do not meet again at the same moment every time.
func (ch *channel) retryLater() {
	ch.backoff = min(max(ch.backoff*2, minBackoff), maxBackoff)
	ch.retryAt = time.Now().Add(jittered(ch.backoff))
}

// jittered is a delay drawn uniformly from [d/2, d].
func jittered(d time.Duration) time.Duration {
	half := d / 2
	return half + rand.N(d-half+1)
}

// progressed resets ch's retry delay after an answer that moved the channel on.
func (ch *channel) progressed() { ch.backoff, ch.retryAt = 0, time.Time{} }
