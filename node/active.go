package node

import "github.com/ethereum/go-ethereum/common"

// activeSet is the set of channels the loop looks at in proposeAll and armTimer: every channel that has
// commands queued with no proposal outstanding, or a proposal outstanding that is not in flight (to
// resend), is in it, and maybe a few more. A turn then costs what its channels need, not a walk over all
// of a hub's channels (issue 13: a hub with 10,000 idle channels spent more on those walks than on some
// payments).
//
// A channel enters the set when a command is queued on it (enqueue) and when an input concerns it (a
// peer's message, an answer to its proposal: touch), which are the only ways its queue or proposal
// change; it leaves when proposeAll finds it idle. The first use takes every loaded channel in.
type activeSet struct {
	seeded bool
	chans  map[*channel]struct{}
}

// add puts ch in the set.
func (a *activeSet) add(ch *channel) {
	if a.chans == nil {
		a.chans = map[*channel]struct{}{}
	}
	a.chans[ch] = struct{}{}
}

// touch puts the channel with peer, if there is one, in the active set.
func (e *Engine) touch(peer common.Address) {
	if ch := e.channels[peer]; ch != nil {
		e.active.add(ch)
	}
}

// activeChannels returns the active set, seeded with every channel on its first use.
func (e *Engine) activeChannels() map[*channel]struct{} {
	if !e.active.seeded {
		for _, ch := range e.channels {
			e.active.add(ch)
		}
		e.active.seeded = true
	}
	if e.active.chans == nil {
		e.active.chans = map[*channel]struct{}{}
	}
	return e.active.chans
}

// needsTurn reports whether proposeAll has something to do for ch now or later: a queue to propose or a
// proposal to resend.
func (ch *channel) needsTurn() bool {
	return (ch.out == nil && len(ch.queue) > 0) || (ch.out != nil && !ch.out.inflight)
}

// settled drops ch from the active set if it needs no turn.
func (e *Engine) settled(ch *channel) {
	if !ch.needsTurn() {
		delete(e.active.chans, ch)
	}
}
