package announce

import (
	"time"

	"spoke/routing"
)

// Edges returns the routing edges the announcement declares: one from the hub to each channel peer,
// under the hub's fee policy, with the channel's capacity hint, announced at the timestamp. Feed them
// to routing.Graph.SetEdge after Table.Apply accepted the announcement (the Table orders them).
func (a *Announcement) Edges() []routing.Edge {
	out := make([]routing.Edge, len(a.Channels))
	for i, c := range a.Channels {
		out[i] = routing.Edge{From: a.Hub, To: c.Peer, Policy: a.policy(c), Announced: a.announced()}
	}
	return out
}

// policy is the hub's policy on channel c.
func (a *Announcement) policy(c Channel) routing.Policy {
	return routing.Policy{FeeBase: a.FeeBase, FeePPM: a.FeePPM, ExpiryDelta: uint64(a.ExpiryDelta), Capacity: c.CapacityWei}
}

// announced is the timestamp as a time, clamped so that a huge value cannot overflow.
func (a *Announcement) announced() time.Time { return time.Unix(int64(min(a.Timestamp, 1<<62)), 0) }
