package announce

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/routing"
)

// ErrUnknownHub: none of the hubs a payer or payee is reachable through is in the view's graph.
var ErrUnknownHub = errors.New("announce: hub not in the network graph")

// View is one node's routing view of the hub network: the announcements it accepted (through a Table),
// the routing graph built from them and the memory of failed hops. It is pure like the Table's core (time
// is an argument) and does no locking: the caller serializes access. node.Network wraps one behind its
// mutex; `spoke sim` gives one to every simulated node.
type View struct {
	graph *routing.Graph // hubs and their announced edges; no users between queries
	mem   *routing.Memory
	held  map[common.Address]*Signed
}

// NewView returns an empty view whose memory takes opts.
func NewView(opts ...routing.MemoryOption) (*View, error) {
	mem, err := routing.NewMemory(opts...)
	if err != nil {
		return nil, err
	}
	return &View{graph: routing.NewGraph(), mem: mem, held: map[common.Address]*Signed{}}, nil
}

// Memory returns the view's failure memory.
func (v *View) Memory() *routing.Memory { return v.mem }

// Graph returns the view's graph (hubs and announced edges). Callers must not keep users in it.
func (v *View) Graph() *routing.Graph { return v.graph }

// Held returns the held announcement of hub.
func (v *View) Held(hub common.Address) (*Signed, bool) {
	s, ok := v.held[hub]
	return s, ok
}

// Each calls f with every held announcement, in no particular order.
func (v *View) Each(f func(*Signed)) {
	for _, s := range v.held {
		f(s)
	}
}

// Len returns the number of held announcements.
func (v *View) Len() int { return len(v.held) }

// Learn puts an accepted announcement into the graph: the hub's edges become the announced ones. An
// announcement not newer than the held one (two validators racing) is dropped; Learn reports whether s
// was taken. s is kept, not copied: it must not change afterwards.
func (v *View) Learn(s *Signed) (bool, error) {
	old, ok := v.held[s.Hub]
	if ok && old.Timestamp >= s.Timestamp {
		return false, nil
	}
	if ok {
		v.dropGone(s.Hub, old.Channels, s.Channels)
	}
	v.held[s.Hub] = s
	return true, v.addToGraph(s)
}

// dropGone removes hub's edges to the peers of old that are not in cur; the others addToGraph replaces
// in place. Both lists are sorted by peer (Decode and Sign refuse others), so one merge pass finds them.
func (v *View) dropGone(hub common.Address, old, cur []Channel) {
	j := 0
	for _, c := range old {
		for j < len(cur) && bytes.Compare(cur[j].Peer[:], c.Peer[:]) < 0 {
			j++
		}
		if j < len(cur) && cur[j].Peer == c.Peer {
			continue
		}
		v.graph.RemoveEdge(hub, c.Peer)
	}
}

// addToGraph adds s's hub and edges. Between queries the graph holds hubs only, and an announcement's
// channels name neither its own hub nor a peer twice, so SetEdge cannot fail; an error says it did.
func (v *View) addToGraph(s *Signed) error {
	if err := v.graph.AddHub(s.Hub); err != nil {
		return fmt.Errorf("announce: view: graph refused hub %s: %w", s.Hub, err)
	}
	for _, e := range s.Edges() {
		if err := v.graph.SetEdge(e); err != nil {
			return fmt.Errorf("announce: view: graph refused edge %s -> %s: %w", e.From, e.To, err)
		}
	}
	return nil
}

// Prune forgets faded failures and drops the announcements older than maxAge; if any went, the graph is
// rebuilt from the rest (a dropped hub's vertex may stay as another hub's channel peer). It returns how
// many announcements it dropped.
func (v *View) Prune(now time.Time, maxAge time.Duration) (int, error) {
	cutoff := now.Add(-maxAge)
	v.mem.Prune(now)
	dropped := 0
	for hub, s := range v.held {
		if s.announced().Before(cutoff) {
			delete(v.held, hub)
			dropped++
		}
	}
	if dropped == 0 {
		return 0, nil
	}
	v.graph = routing.NewGraph()
	var first error
	for _, s := range v.held {
		if err := v.addToGraph(s); err != nil && first == nil {
			first = err
		}
	}
	return dropped, first
}

// Route returns the cheapest route at now for amount from payer to payee (routing.FindRoute with
// routing.DefaultOptions, exclude and the view's memory), with the two ends attached for this query only:
//
//   - A payer that is an announced hub (a hub paying) starts from its announced channels; each of
//     payerHubs it has no announced channel with is added as one more first hop. Any other payer is a
//     user of payerHubs: the hubs of them in the graph (announced, or named as a channel peer by an
//     announcement) take its first lock, which pays no fee (routing charges nothing for the payer's
//     own lock). Its capacity is not checked: the caller knows its balances.
//   - A payee that is a hub in the graph is reached as itself. Any other payee is a user of payeeHubs
//     (from its signed record): each announced one delivers to it under its announced policy, so the
//     last hub charges its fee too.
//
// Hubs of either list that the graph does not know are skipped; if none is left, Route fails with
// ErrUnknownHub wrapped together with routing.ErrUnknownPayer or routing.ErrUnknownPayee. Other errors
// are routing's (ErrNoRoute, ErrTooManyHops, ErrSelfPayment, ErrZeroAmount, ...). The graph is left as
// it was.
func (v *View) Route(payer common.Address, payerHubs []common.Address, payee common.Address,
	payeeHubs []common.Address, amount *uint256.Int, exclude routing.Exclusion, now time.Time) (routing.Route, error) {
	return v.RouteWith(v.mem, payer, payerHubs, payee, payeeHubs, amount, exclude, now)
}

// RouteWith is Route weighing hops by mem instead of the view's own memory: a payer that routes on
// another node's view (in `spoke sim`, a user on its hub's) with a memory of its own.
func (v *View) RouteWith(mem *routing.Memory, payer common.Address, payerHubs []common.Address, payee common.Address,
	payeeHubs []common.Address, amount *uint256.Int, exclude routing.Exclusion, now time.Time) (routing.Route, error) {
	if payer == payee {
		return routing.Route{}, routing.ErrSelfPayment
	}
	var added []routing.Pair
	defer func() { v.detach(added) }()
	if err := v.attachPayer(&added, payer, payerHubs, now); err != nil {
		return routing.Route{}, err
	}
	if err := v.attachPayee(&added, payee, payeeHubs); err != nil {
		return routing.Route{}, err
	}
	opts := routing.DefaultOptions()
	opts.Exclude = exclude
	return routing.FindRoute(v.graph, mem, payer, payee, amount, now, opts)
}

// attachPayer links the payer to its hubs (see Route), appending what it added to added.
func (v *View) attachPayer(added *[]routing.Pair, payer common.Address, hubs []common.Address, now time.Time) error {
	if v.graph.IsHub(payer) {
		return v.addPayerEdges(added, payer, hubs, now)
	}
	for _, hub := range hubs {
		if hub == payer || !v.graph.IsHub(hub) {
			continue
		}
		// The payer's own lock: routing charges no fee for it and checks no capacity.
		if err := v.graph.AttachUser(payer, hub, routing.Policy{}, now); err != nil {
			return fmt.Errorf("announce: view: attach payer %s to %s: %w", payer, hub, err)
		}
		*added = append(*added, routing.Pair{From: hub, To: payer})
	}
	if len(*added) == 0 {
		return fmt.Errorf("%w: %w: payer %s: none of its hubs %v", routing.ErrUnknownPayer, ErrUnknownHub, payer, hubs)
	}
	return nil
}

// addPayerEdges adds an edge from a hub paying to each of hubs in the graph it has no announced channel
// with: a channel it holds as a user of that hub.
func (v *View) addPayerEdges(added *[]routing.Pair, payer common.Address, hubs []common.Address, now time.Time) error {
	for _, hub := range hubs {
		if hub == payer || !v.graph.IsHub(hub) {
			continue
		}
		if _, ok := v.graph.Edge(payer, hub); ok {
			continue
		}
		if err := v.graph.SetEdge(routing.Edge{From: payer, To: hub, Announced: now}); err != nil {
			return fmt.Errorf("announce: view: link payer %s to %s: %w", payer, hub, err)
		}
		*added = append(*added, routing.Pair{From: payer, To: hub})
	}
	return nil
}

// attachPayee links a payee that is not a hub to its announced hubs, under their policies.
func (v *View) attachPayee(added *[]routing.Pair, payee common.Address, hubs []common.Address) error {
	if v.graph.IsHub(payee) {
		return nil
	}
	attached := 0
	for _, hub := range hubs {
		s, ok := v.held[hub]
		if !ok || hub == payee {
			continue
		}
		p := routing.Policy{FeeBase: s.FeeBase, FeePPM: s.FeePPM, ExpiryDelta: uint64(s.ExpiryDelta)}
		if err := v.graph.AttachUser(payee, hub, p, s.announced()); err != nil {
			return fmt.Errorf("announce: view: attach payee %s to %s: %w", payee, hub, err)
		}
		*added = append(*added, routing.Pair{From: hub, To: payee})
		attached++
	}
	if attached == 0 {
		return fmt.Errorf("%w: %w: payee %s: none of its hubs %v is announced", routing.ErrUnknownPayee, ErrUnknownHub, payee, hubs)
	}
	return nil
}

// detach removes the edges a query added, in reverse order, leaving the graph as it was.
func (v *View) detach(added []routing.Pair) {
	for i := len(added) - 1; i >= 0; i-- {
		v.graph.RemoveEdge(added[i].From, added[i].To)
	}
}
