package announce

import (
	"context"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
)

// Validator is the gossip door of the hubs topic: it applies each message to t at now() and turns the
// verdict into the gossip's (Accept relays and delivers, Reject blames the relayer, Ignore drops). The
// clock is the caller's, so tests control it.
func Validator(t *Table, now func() time.Time) p2p.GossipValidator {
	return func(_ context.Context, _ peer.ID, data []byte) p2p.GossipVerdict {
		v, _ := t.ApplyRaw(data, now())
		return v.Gossip()
	}
}

// Gossip returns the p2p gossip verdict of v; anything but Accept or Ignore rejects.
func (v Verdict) Gossip() p2p.GossipVerdict {
	switch v {
	case Accept:
		return p2p.GossipAccept
	case Ignore:
		return p2p.GossipIgnore
	}
	return p2p.GossipReject
}

// ApplyAll applies records received from a catch-up (p2p.Host.FetchHubs) like gossip and returns how
// many were accepted; invalid ones are skipped.
func (t *Table) ApplyAll(records [][]byte, now time.Time) int {
	n := 0
	for _, r := range records {
		if v, _ := t.ApplyRaw(r, now); v == Accept {
			n++
		}
	}
	return n
}
