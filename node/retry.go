package node

import "time"

// The engine's own commands that a peer refuses (an ExpireLock, an Invalidate, a Bump) are tried again later, not
// at every expiry check: after 1 s, then twice as long each time, at most every 5 minutes.
const (
	ownRetryFirst = time.Second
	ownRetryMax   = 5 * time.Minute
)

// retryKey names one of the engine's own commands on a channel.
type retryKey struct {
	kind byte // retryExpire, retryInvalidate or retryBump
	id   uint64
}

const (
	retryExpire byte = iota + 1
	retryInvalidate
	retryBump
)

type retryGate struct {
	at    time.Time
	delay time.Duration
}

// mayRetry reports whether the command k may be queued now.
func (ch *channel) mayRetry(k retryKey, now time.Time) bool {
	g, ok := ch.retries[k]
	return !ok || !now.Before(g.at)
}

// retried records the outcome of command k: a failure delays its next try, a success forgets it.
func (ch *channel) retried(k retryKey, err error, now time.Time) {
	if err == nil {
		delete(ch.retries, k)
		return
	}
	if ch.retries == nil {
		ch.retries = map[retryKey]retryGate{}
	}
	g := ch.retries[k]
	g.delay = min(max(2*g.delay, ownRetryFirst), ownRetryMax)
	g.at = now.Add(g.delay)
	ch.retries[k] = g
}
