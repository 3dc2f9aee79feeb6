package routing

import (
	"bytes"
	"container/heap"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// FindRoute returns the cheapest route from payer to payee for amount at time now, or an error
// (ErrNoRoute, ErrTooManyHops, ErrUnknownPayer, ErrUnknownPayee, ErrSelfPayment, ErrZeroAmount,
// ErrInvalidOptions). It is a pure function of its arguments; mem may be nil (no memory).
//
// The search runs Dijkstra backwards from the payee, so that the amount each hub must receive is
// known exactly when its edge is weighed: a hub forwarding x over an edge receives x + Fee(x). The
// cost of a forwarding hop is its fee, plus RiskFactor * received * ExpiryDelta, plus the memory
// penalty attempt * (1/p - 1) for the hop's success probability p; the payer's own first lock
// costs only its penalty. Labels are (node, locks to the payee); a node is settled again only with
// fewer locks, which makes the search exact under the hop bound when cost is fees alone. With risk
// and penalty terms labels still compare by cost alone, as lnd's does, and can miss a route whose
// costlier tail carries a smaller amount. Complexity O(E·k log(E·k)), k the labels settled per node
// (1 unless the hop bound bites).
func FindRoute(g *Graph, mem *Memory, payer, payee common.Address, amount *uint256.Int,
	now time.Time, opts Options) (Route, error) {
	opts, err := opts.normalize()
	if err != nil {
		return Route{}, err
	}
	if err := checkEnds(g, payer, payee, amount); err != nil {
		return Route{}, err
	}
	s := newSearch(g, mem, payer, now, opts, opts.MaxHops)
	r, err := s.run(payee, amount)
	if errors.Is(err, ErrNoRoute) && s.hopLimited {
		unbounded := newSearch(g, mem, payer, now, opts, g.NumHubs()+2)
		if _, err2 := unbounded.run(payee, amount); err2 == nil {
			return Route{}, ErrTooManyHops
		}
	}
	return r, err
}

func checkEnds(g *Graph, payer, payee common.Address, amount *uint256.Int) error {
	switch {
	case amount == nil || amount.IsZero():
		return ErrZeroAmount
	case payer == payee:
		return ErrSelfPayment
	case !g.IsHub(payee) && !g.IsUser(payee):
		return ErrUnknownPayee
	case !g.IsHub(payer) && !g.IsUser(payer):
		return ErrUnknownPayer
	}
	return nil
}

// label is a tentative route suffix: node receives amt and the route from it on to the payee takes
// hops locks and delta seconds of expiry, at cost. next indexes the label of the next node.
type label struct {
	node  common.Address
	hops  int
	amt   uint256.Int
	delta uint64
	cost  float64
	next  int32
}

// search is the state of one FindRoute search.
type search struct {
	g          *Graph
	mem        *Memory
	payer      common.Address
	payerUser  bool
	now        time.Time
	opts       Options
	maxHops    int
	exclNodes  map[common.Address]bool
	exclPairs  map[Pair]bool
	labels     []label
	queue      labelQueue
	index      map[common.Address]int32 // position in nodes
	nodes      []nodeState
	hopLimited bool // a label was dropped for the hop bound
}

// nodeState is what the search knows of one node: the fewest locks of a settled label (-1 if none)
// and its best label so far (-1 if none), for pruning.
type nodeState struct {
	settled int
	best    int32
}

// state returns the node's search state, created on first use.
func (s *search) state(n common.Address) *nodeState {
	i, ok := s.index[n]
	if !ok {
		i = int32(len(s.nodes))
		s.index[n] = i
		s.nodes = append(s.nodes, nodeState{settled: -1, best: -1})
	}
	return &s.nodes[i]
}

func newSearch(g *Graph, mem *Memory, payer common.Address, now time.Time, opts Options,
	maxHops int) *search {
	s := &search{g: g, mem: mem, payer: payer, payerUser: g.IsUser(payer), now: now, opts: opts,
		maxHops: maxHops, exclNodes: map[common.Address]bool{}, exclPairs: map[Pair]bool{},
		index: make(map[common.Address]int32, g.NumHubs()+2)}
	for _, n := range opts.Exclude.Nodes {
		s.exclNodes[n] = true
	}
	for _, p := range opts.Exclude.Pairs {
		s.exclPairs[p] = true
	}
	s.queue.s = s
	return s
}

// run searches from the payee back to the payer.
func (s *search) run(payee common.Address, amount *uint256.Int) (Route, error) {
	s.push(label{node: payee, amt: *amount, next: -1})
	for s.queue.Len() > 0 {
		i := heap.Pop(&s.queue).(int32)
		l := &s.labels[i]
		st := s.state(l.node)
		if st.settled >= 0 && st.settled <= l.hops {
			continue
		}
		st.settled = l.hops
		if l.node == s.payer {
			return s.route(i), nil
		}
		s.expand(i)
	}
	return Route{}, ErrNoRoute
}

// expand relaxes every edge into the node of label i. Only the payee can be a user; the payer, if
// a user, reaches its hubs through its own channels, which have no policy.
func (s *search) expand(i int32) {
	node := s.labels[i].node
	if u, ok := s.g.users[node]; ok {
		for from, e := range u.in {
			s.relax(i, from, e)
		}
		return
	}
	for from, e := range s.g.hubs[node].in {
		s.relax(i, from, e)
	}
	if s.payerUser && s.g.users[s.payer].in[node] != nil {
		s.relax(i, s.payer, nil)
	}
}

// relax offers the route "from, then label i's route" if it is allowed and not dominated.
func (s *search) relax(i int32, from common.Address, e *Edge) {
	down := &s.labels[i]
	pair := Pair{From: from, To: down.node}
	if s.exclPairs[pair] || (from != s.payer && s.exclNodes[from]) {
		return
	}
	if down.hops+1 > s.maxHops {
		s.hopLimited = true
		return
	}
	if st := s.state(from); st.settled >= 0 && st.settled <= down.hops+1 {
		return
	}
	l, ok := s.extend(down, from, e)
	if !ok || !s.addPenalty(&l, pair, &down.amt) {
		return
	}
	l.next = i
	if !s.dominated(&l) {
		s.push(l)
	}
}

// extend computes the label of from forwarding down's amount over e: exact amount and expiry, cost
// of fee and risk. The payer pays no fee to itself. ok is false if e cannot carry the amount.
func (s *search) extend(down *label, from common.Address, e *Edge) (label, bool) {
	l := label{node: from, hops: down.hops + 1, amt: down.amt, delta: down.delta, cost: down.cost}
	if e != nil && !e.Policy.Capacity.IsZero() && down.amt.Gt(&e.Policy.Capacity) {
		return l, false
	}
	if from == s.payer {
		return l, true
	}
	fee, ok := e.Policy.Fee(&down.amt)
	if !ok {
		return l, false
	}
	if _, over := l.amt.AddOverflow(&down.amt, &fee); over {
		return l, false
	}
	l.delta = down.delta + e.Policy.ExpiryDelta
	if l.delta < down.delta || s.opts.Exclude.MaxExpiry > 0 && l.delta > s.opts.Exclude.MaxExpiry {
		return l, false
	}
	l.cost += fee.Float64() + s.opts.RiskFactor*l.amt.Float64()*float64(e.Policy.ExpiryDelta)
	return l, true
}

// addPenalty adds the failure memory's penalty for forwarding amt over pair; false skips the hop.
func (s *search) addPenalty(l *label, pair Pair, amt *uint256.Int) bool {
	p := s.mem.Probability(pair, amt, s.now)
	if p <= 0 || p < s.opts.MinProbability {
		return false
	}
	if p < 1 {
		attempt := s.opts.AttemptCostBase + s.opts.AttemptCostPPM*amt.Float64()/1e6
		l.cost += attempt * (1/p - 1)
	}
	return true
}

// dominated reports whether the node's best label so far is no worse than l with no more locks.
func (s *search) dominated(l *label) bool {
	b := s.state(l.node).best
	if b < 0 {
		return false
	}
	best := &s.labels[b]
	return best.hops <= l.hops && !s.before(l, best)
}

func (s *search) push(l label) {
	i := int32(len(s.labels))
	s.labels = append(s.labels, l)
	if st := s.state(l.node); st.best < 0 || s.before(&s.labels[i], &s.labels[st.best]) {
		st.best = i
	}
	heap.Push(&s.queue, i)
}

// before orders labels by cost, then locks, then the next node's address, so that ties resolve
// the same way whatever the order of map iteration.
func (s *search) before(a, b *label) bool {
	if a.cost != b.cost {
		return a.cost < b.cost
	}
	if a.hops != b.hops {
		return a.hops < b.hops
	}
	if c := bytes.Compare(s.nextNode(a), s.nextNode(b)); c != 0 {
		return c < 0
	}
	return bytes.Compare(a.node[:], b.node[:]) < 0
}

func (s *search) nextNode(l *label) []byte {
	if l.next < 0 {
		return nil
	}
	return s.labels[l.next].node[:]
}

// route reads the route off the payer's label i.
func (s *search) route(i int32) Route {
	first := &s.labels[i]
	r := Route{Payer: first.node, Total: first.amt, TotalExpiry: first.delta, Cost: first.cost}
	for j := first.next; ; j = s.labels[j].next {
		l := &s.labels[j]
		if l.next < 0 {
			r.Payee, r.Amount = l.node, l.amt
			break
		}
		r.Hops = append(r.Hops, s.hop(l))
	}
	r.TotalFee.Sub(&r.Total, &r.Amount)
	return r
}

func (s *search) hop(l *label) Hop {
	next := &s.labels[l.next]
	h := Hop{Node: l.node, Next: next.node, Receives: l.amt, Forwards: next.amt,
		ExpiryDelta: l.delta - next.delta}
	h.Fee.Sub(&l.amt, &next.amt)
	return h
}

// labelQueue is a min-heap of label indices ordered by search.before.
type labelQueue struct {
	s   *search
	idx []int32
}

func (q *labelQueue) Len() int { return len(q.idx) }
func (q *labelQueue) Less(a, b int) bool {
	return q.s.before(&q.s.labels[q.idx[a]], &q.s.labels[q.idx[b]])
}
func (q *labelQueue) Swap(a, b int) { q.idx[a], q.idx[b] = q.idx[b], q.idx[a] }
func (q *labelQueue) Push(x any)    { q.idx = append(q.idx, x.(int32)) }
func (q *labelQueue) Pop() any {
	x := q.idx[len(q.idx)-1]
	q.idx = q.idx[:len(q.idx)-1]
	return x
}
