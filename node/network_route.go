package node

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/routing"
)

// Route returns the cheapest route for amount from payer to payee (routing.FindRoute with
// routing.DefaultOptions, exclude, the failure memory and the clock's time) over the announced hubs,
// with the two ends attached for this query only:
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
// ErrNetworkUnknownHub wrapped together with routing.ErrUnknownPayer or routing.ErrUnknownPayee. Other
// errors are routing's (ErrNoRoute, ErrTooManyHops, ErrSelfPayment, ErrZeroAmount, ...). Route reads
// memory only; the graph it searches holds the announcements accepted so far.
func (n *Network) Route(payer common.Address, payerHubs []common.Address, payee common.Address,
	payeeHubs []common.Address, amount *uint256.Int, exclude routing.Exclusion) (routing.Route, error) {
	if payer == payee {
		return routing.Route{}, routing.ErrSelfPayment
	}
	now := n.cfg.Clock()
	n.mu.Lock()
	defer n.mu.Unlock()
	var added []routing.Pair
	defer func() { n.detach(added) }()
	if err := n.attachPayer(&added, payer, payerHubs, now); err != nil {
		return routing.Route{}, err
	}
	if err := n.attachPayee(&added, payee, payeeHubs); err != nil {
		return routing.Route{}, err
	}
	opts := routing.DefaultOptions()
	opts.Exclude = exclude
	return routing.FindRoute(n.graph, n.mem, payer, payee, amount, now, opts)
}

// attachPayer links the payer to its hubs (see Route), appending what it added to added. n.mu is held.
func (n *Network) attachPayer(added *[]routing.Pair, payer common.Address, hubs []common.Address,
	now time.Time) error {
	if n.graph.IsHub(payer) {
		return n.addPayerEdges(added, payer, hubs, now)
	}
	for _, hub := range hubs {
		if hub == payer || !n.graph.IsHub(hub) {
			continue
		}
		// The payer's own lock: routing charges no fee for it and checks no capacity.
		if err := n.graph.AttachUser(payer, hub, routing.Policy{}, now); err != nil {
			return fmt.Errorf("node: network: attach payer %s to %s: %w", payer, hub, err)
		}
		*added = append(*added, routing.Pair{From: hub, To: payer})
	}
	if len(*added) == 0 {
		return fmt.Errorf("%w: %w: payer %s: none of its hubs %v", routing.ErrUnknownPayer, ErrNetworkUnknownHub, payer, hubs)
	}
	return nil
}

// addPayerEdges adds an edge from a hub paying to each of hubs in the graph it has no announced
// channel with: a channel it holds as a user of that hub. n.mu is held.
func (n *Network) addPayerEdges(added *[]routing.Pair, payer common.Address, hubs []common.Address,
	now time.Time) error {
	for _, hub := range hubs {
		if hub == payer || !n.graph.IsHub(hub) {
			continue
		}
		if _, ok := n.graph.Edge(payer, hub); ok {
			continue
		}
		if err := n.graph.SetEdge(routing.Edge{From: payer, To: hub, Announced: now}); err != nil {
			return fmt.Errorf("node: network: link payer %s to %s: %w", payer, hub, err)
		}
		*added = append(*added, routing.Pair{From: payer, To: hub})
	}
	return nil
}

// attachPayee links a payee that is not a hub to its announced hubs, under their policies. n.mu is held.
func (n *Network) attachPayee(added *[]routing.Pair, payee common.Address, hubs []common.Address) error {
	if n.graph.IsHub(payee) {
		return nil
	}
	attached := 0
	for _, hub := range hubs {
		s, ok := n.held[hub]
		if !ok || hub == payee {
			continue
		}
		p := routing.Policy{FeeBase: s.FeeBase, FeePPM: s.FeePPM, ExpiryDelta: uint64(s.ExpiryDelta)}
		if err := n.graph.AttachUser(payee, hub, p, announcedAt(s)); err != nil {
			return fmt.Errorf("node: network: attach payee %s to %s: %w", payee, hub, err)
		}
		*added = append(*added, routing.Pair{From: hub, To: payee})
		attached++
	}
	if attached == 0 {
		return fmt.Errorf("%w: %w: payee %s: none of its hubs %v is announced", routing.ErrUnknownPayee, ErrNetworkUnknownHub, payee, hubs)
	}
	return nil
}

// detach removes the edges a query added, in reverse order, leaving the graph as it was. n.mu is held.
func (n *Network) detach(added []routing.Pair) {
	for i := len(added) - 1; i >= 0; i-- {
		n.graph.RemoveEdge(added[i].From, added[i].To)
	}
}
