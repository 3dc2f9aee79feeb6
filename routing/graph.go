package routing

import (
	"bytes"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Policy is what the forwarding hub of an edge announces for it.
type Policy struct {
	// FeeBase is charged on every forward, in wei.
	FeeBase uint256.Int
	// FeePPM is charged per million wei forwarded, rounded up (see Policy.Fee).
	FeePPM uint32
	// ExpiryDelta is how many seconds earlier the hub's outgoing lock expires than the lock it
	// receives: the time it needs to claim upstream after learning the preimage downstream.
	ExpiryDelta uint64
	// Capacity is a hint of the most the edge can carry, in wei. Zero means unknown: not filtered.
	Capacity uint256.Int
}

// Edge is a directed forwarding link: From forwards locks to To under From's Policy. Between hubs it
// is one direction of a hub-to-hub channel; from a hub to a user it is the hub's delivery to a user
// attached to it. Announced is when the policy was last announced, for Graph.Prune.
type Edge struct {
	From, To  common.Address
	Policy    Policy
	Announced time.Time
}

// vertex holds the edges of one address, keyed by the address at the other end.
type vertex struct {
	in  map[common.Address]*Edge
	out map[common.Address]*Edge
}

func newVertex() *vertex {
	return &vertex{in: map[common.Address]*Edge{}, out: map[common.Address]*Edge{}}
}

// Graph is the announced network: hubs, the directed edges between them, and users attached to
// hubs (a user is reached through the edge from each of its hubs). It is a plain value with no
// locking; the caller serializes access. Memory is O(hubs + users + edges); every update is O(1)
// except RemoveHub (O(degree)), Prune (O(edges)) and HubsOf (O(k log k) for k hubs).
type Graph struct {
	hubs  map[common.Address]*vertex
	users map[common.Address]*vertex // users have only in-edges, from their hubs
}

// NewGraph returns an empty graph.
func NewGraph() *Graph {
	return &Graph{hubs: map[common.Address]*vertex{}, users: map[common.Address]*vertex{}}
}

// AddHub adds a hub without edges; adding a known hub does nothing.
func (g *Graph) AddHub(hub common.Address) error {
	if _, ok := g.users[hub]; ok {
		return ErrRoleConflict
	}
	if _, ok := g.hubs[hub]; !ok {
		g.hubs[hub] = newVertex()
	}
	return nil
}

// RemoveHub removes a hub, its edges and its user attachments; users left with no hub are removed.
// It reports whether the hub was known.
func (g *Graph) RemoveHub(hub common.Address) bool {
	v, ok := g.hubs[hub]
	if !ok {
		return false
	}
	for to := range v.out {
		g.removeEdge(hub, to)
	}
	for from := range v.in {
		g.removeEdge(from, hub)
	}
	delete(g.hubs, hub)
	return true
}

// SetEdge adds or replaces the edge between two hubs (adding unknown hubs). The latest call wins:
// ordering announcements (and refusing stale ones) is the caller's job.
func (g *Graph) SetEdge(e Edge) error {
	if e.From == e.To {
		return ErrSelfEdge
	}
	if err := g.AddHub(e.From); err != nil {
		return err
	}
	if err := g.AddHub(e.To); err != nil {
		return err
	}
	g.link(g.hubs[e.From], g.hubs[e.To], e)
	return nil
}

// AttachUser records that user is reached through hub, which delivers under policy p (its fee,
// expiry delta and capacity hint for this user), announced at the given time. The hub is added if
// unknown. A user may be attached to several hubs.
func (g *Graph) AttachUser(user, hub common.Address, p Policy, announced time.Time) error {
	if user == hub {
		return ErrSelfEdge
	}
	if _, ok := g.hubs[user]; ok {
		return ErrRoleConflict
	}
	if err := g.AddHub(hub); err != nil {
		return err
	}
	u, ok := g.users[user]
	if !ok {
		u = newVertex()
		g.users[user] = u
	}
	g.link(g.hubs[hub], u, Edge{From: hub, To: user, Policy: p, Announced: announced})
	return nil
}

func (g *Graph) link(from, to *vertex, e Edge) {
	if old := from.out[e.To]; old != nil { // replaced in place: to.in holds the same pointer
		*old = e
		return
	}
	stored := &e
	from.out[e.To] = stored
	to.in[e.From] = stored
}

// RemoveEdge removes the edge from -> to (between hubs, or a hub's attachment of a user) and
// reports whether it existed. A user left with no hub is removed.
func (g *Graph) RemoveEdge(from, to common.Address) bool {
	return g.removeEdge(from, to)
}

func (g *Graph) removeEdge(from, to common.Address) bool {
	f, ok := g.hubs[from]
	if !ok || f.out[to] == nil {
		return false
	}
	delete(f.out, to)
	if t, ok := g.hubs[to]; ok {
		delete(t.in, from)
		return true
	}
	u := g.users[to]
	delete(u.in, from)
	if len(u.in) == 0 {
		delete(g.users, to)
	}
	return true
}

// Prune removes every edge (hub-to-hub or attachment) announced more than maxAge before now and
// returns how many it removed. Hubs stay; users left with no hub are removed.
func (g *Graph) Prune(now time.Time, maxAge time.Duration) int {
	cutoff := now.Add(-maxAge)
	var stale []Edge
	for _, v := range g.hubs {
		for _, e := range v.out {
			if e.Announced.Before(cutoff) {
				stale = append(stale, *e)
			}
		}
	}
	for _, e := range stale {
		g.removeEdge(e.From, e.To)
	}
	return len(stale)
}

// Edge returns the edge from -> to, if any.
func (g *Graph) Edge(from, to common.Address) (Edge, bool) {
	if v, ok := g.hubs[from]; ok && v.out[to] != nil {
		return *v.out[to], true
	}
	return Edge{}, false
}

// IsHub reports whether addr is a hub of the graph.
func (g *Graph) IsHub(addr common.Address) bool { _, ok := g.hubs[addr]; return ok }

// IsUser reports whether addr is a user attached to at least one hub.
func (g *Graph) IsUser(addr common.Address) bool { _, ok := g.users[addr]; return ok }

// HubsOf returns the hubs a user is attached to, in address order.
func (g *Graph) HubsOf(user common.Address) []common.Address {
	u, ok := g.users[user]
	if !ok {
		return nil
	}
	hubs := make([]common.Address, 0, len(u.in))
	for h := range u.in {
		hubs = append(hubs, h)
	}
	slices.SortFunc(hubs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return hubs
}

// NumHubs returns the number of hubs.
func (g *Graph) NumHubs() int { return len(g.hubs) }

// NumUsers returns the number of attached users.
func (g *Graph) NumUsers() int { return len(g.users) }

// NumEdges returns the number of directed edges, hub-to-hub and attachments together.
func (g *Graph) NumEdges() int {
	n := 0
	for _, v := range g.hubs {
		n += len(v.out)
	}
	return n
}
