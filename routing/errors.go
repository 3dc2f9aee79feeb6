package routing

import "errors"

// Sentinel errors. Callers compare with errors.Is; some are wrapped with detail.
var (
	// ErrNoRoute: no route within the filters (capacity, exclusions, failure memory) reaches the payee.
	ErrNoRoute = errors.New("routing: no route")
	// ErrTooManyHops: a route exists, but only with more locks than Options.MaxHops allows.
	ErrTooManyHops = errors.New("routing: too many hops")
	// ErrUnknownPayee: the payee is neither a hub nor an attached user in the graph.
	ErrUnknownPayee = errors.New("routing: unknown payee")
	// ErrUnknownPayer: the payer is neither a hub nor an attached user in the graph.
	ErrUnknownPayer = errors.New("routing: unknown payer")
	// ErrSelfPayment: payer and payee are the same address.
	ErrSelfPayment = errors.New("routing: payer is payee")
	// ErrZeroAmount: a payment of nothing has no route.
	ErrZeroAmount = errors.New("routing: zero amount")
	// ErrInvalidOptions: an option is out of range (wrapped with which one).
	ErrInvalidOptions = errors.New("routing: invalid options")
	// ErrSelfEdge: an edge from a hub to itself.
	ErrSelfEdge = errors.New("routing: edge to itself")
	// ErrRoleConflict: an address used as a hub is also used as a user, or the reverse.
	ErrRoleConflict = errors.New("routing: address is both hub and user")
)
