package node

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// activeSet is the set of channels the loop looks at in proposeAll and armTimer: every channel that has
// commands queued with no proposal outstanding, or a proposal outstanding that is not in flight (to
// resend), is in it, and maybe a few more. A turn then costs what its channels need, not a walk over all
// of a hub's channels (issue 13: a hub with 10,000 idle channels spent more on those walks than on some
// payments).
//
// A channel enters the set when a command is queued on it (enqueue) and when an input concerns it (a
// peer's message, an answer to its proposal: touch), which are the only ways its queue or proposal
// change; it leaves when proposeAll finds it idle. The first use takes every loaded channel in, and so
// does a use activeSweepEvery after the last such sweep: a channel changed by a path that forgot to touch
// it waits at most that long instead of forever.
type activeSet struct {
	swept time.Time // zero before the first use
	chans map[*channel]struct{}
}

// activeSweepEvery is how often the sets take every channel in again; a sweep of 100,000 channels costs a
// few milliseconds.
const activeSweepEvery = 10 * time.Second

// add puts ch in the set.
func (a *activeSet) add(ch *channel) {
	if a.chans == nil {
		a.chans = map[*channel]struct{}{}
	}
	a.chans[ch] = struct{}{}
}

// touch puts the channel with peer, if there is one, in the active set and in the set expireLocks
// looks at: an input that concerns a channel is the only way its queue, its proposal or its state (locks,
// pending operations) change.
func (e *Engine) touch(peer common.Address) {
	if ch := e.channels[peer]; ch != nil {
		ch.awaitingBackup = false // its state may have moved on: proposeAll looks again (backupbound.go)
		e.active.add(ch)
		e.locked.add(ch)
	}
}

// activeChannels returns the active set (with every channel in it at the first use and every sweep).
func (e *Engine) activeChannels() map[*channel]struct{} { return e.active.all(e) }

// all returns the set, with every channel of e put in on its first use and every activeSweepEvery.
func (a *activeSet) all(e *Engine) map[*channel]struct{} {
	if now := time.Now(); now.Sub(a.swept) >= activeSweepEvery {
		for _, ch := range e.channels {
			a.add(ch)
		}
		a.swept = now
	}
	if a.chans == nil {
		a.chans = map[*channel]struct{}{}
	}
	return a.chans
}

// lockedChannels returns the channels expireLocks looks at: every channel with open locks or a pending
// operation, and maybe a few more (activeSet's rules, with e.locked).
func (e *Engine) lockedChannels() map[*channel]struct{} { return e.locked.all(e) }

// unlocked drops ch from the channels expireLocks looks at if it has no open lock and no pending
// operation.
func (e *Engine) unlocked(ch *channel) {
	if len(ch.ch.Locks) == 0 && ch.ch.Latest.State.Pending.IsZero() {
		delete(e.locked.chans, ch)
	}
}

// needsTurn reports whether proposeAll has something to do for ch now or later: a queue to propose or a
// proposal to resend.
func (ch *channel) needsTurn() bool {
	return (ch.out == nil && len(ch.queue) > 0 && !ch.awaitingBackup) || (ch.out != nil && !ch.out.inflight)
}

// settled drops ch from the active set if it needs no turn.
func (e *Engine) settled(ch *channel) {
	if !ch.needsTurn() {
		delete(e.active.chans, ch)
	}
}
