package node

import (
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Spacing of the warnings a peer's messages cause.
const (
	warnEvery    = time.Minute
	maxWarnPeers = 4096
)

// peerWarnings spaces out the warnings that a peer's messages cause (refused proposals, refused Syncs):
// at most one line of each message per peer per warnEvery, saying how many were left out since, so that
// a peer cannot turn its requests into log lines. It tracks at most maxWarnPeers (peer, message) pairs
// (the table is cleared when full). Owned by the loop.
type peerWarnings struct {
	last map[warnKey]*warned
}

type warnKey struct {
	peer common.Address
	msg  string
}

type warned struct {
	at      time.Time
	skipped int
}

// warn logs msg with args for peer unless the same line for peer went out less than warnEvery ago.
func (w *peerWarnings) warn(log *slog.Logger, peer common.Address, msg string, args ...any) {
	now := time.Now()
	if w.last == nil || len(w.last) >= maxWarnPeers {
		w.last = map[warnKey]*warned{}
	}
	k := warnKey{peer, msg}
	p := w.last[k]
	if p != nil && now.Sub(p.at) < warnEvery {
		p.skipped++
		return
	}
	if p != nil && p.skipped > 0 {
		args = append(args, "left out since the last line", p.skipped)
	}
	w.last[k] = &warned{at: now}
	log.Warn(msg, append(args, "peer", peer)...)
}
