package node

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/routing"
)

// Route returns the cheapest route for amount from payer to payee over the announced hubs at the clock's
// time: announce.View.Route (routing.FindRoute with routing.DefaultOptions, exclude and the failure
// memory, the payer and payee attached to their hubs for this query only). Errors wrap
// ErrNetworkUnknownHub with routing.ErrUnknownPayer or routing.ErrUnknownPayee when none of their hubs is
// known, or are routing's (ErrNoRoute, ErrTooManyHops, ErrSelfPayment, ErrZeroAmount, ...). Route reads
// memory only; the graph it searches holds the announcements accepted so far.
func (n *Network) Route(payer common.Address, payerHubs []common.Address, payee common.Address,
	payeeHubs []common.Address, amount *uint256.Int, exclude routing.Exclusion) (routing.Route, error) {
	now := n.cfg.Clock()
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.view.Route(payer, payerHubs, payee, payeeHubs, amount, exclude, now)
}
