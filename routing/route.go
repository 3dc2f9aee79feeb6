package routing

import (
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Defaults of DefaultOptions.
const (
	// DefaultMaxHops bounds the locks of a route (payer to first hub, hub to hub, last hub to payee).
	DefaultMaxHops = 20
	// DefaultRiskFactor is the cost, in wei, of locking one wei for one second: 2.5e-11 is lnd's
	// 15 per billion per 10-minute block, so a hop's expiry weighs little against its fee.
	DefaultRiskFactor = 2.5e-11
	// DefaultAttemptCostPPM prices a failed attempt at 0.1% of the amount, as lnd does.
	DefaultAttemptCostPPM = 1000
	// DefaultMinProbability skips hops the memory rates below 1%.
	DefaultMinProbability = 0.01
	// DefaultMaxAttempts bounds the routes one payment tries, each around the hop that failed the
	// previous one: the node's Pay (node.MaxPayAttempts) and `spoke sim` both use it.
	DefaultMaxAttempts = 5
)

// Exclusion lists what a route must avoid, typically what failed on the previous attempt.
type Exclusion struct {
	// Nodes are hubs that must not forward. The payer and payee are never excluded.
	Nodes []common.Address
	// Pairs are directed hops that must not be used.
	Pairs []Pair
	// MaxExpiry, if not zero, bounds the sum of a route's expiry deltas (TotalExpiry), in seconds: a hub
	// announcing a long delta cannot draw payments onto routes whose first lock nobody would accept.
	MaxExpiry uint64
}

// Options tune FindRoute. The zero value means: DefaultMaxHops, no risk term, no memory penalty
// beyond skipping hops with probability zero. DefaultOptions gives the recommended values.
type Options struct {
	// MaxHops is the most locks a route may have; zero means DefaultMaxHops.
	MaxHops int
	// RiskFactor is the cost, in wei, of one wei locked for one second: each forwarding hub adds
	// RiskFactor * (amount it receives) * (its ExpiryDelta).
	RiskFactor float64
	// AttemptCostBase (wei) and AttemptCostPPM (of the amount forwarded over the hop) price a failed
	// attempt; a hop with success probability p costs attempt * (1/p - 1) more.
	AttemptCostBase float64
	AttemptCostPPM  float64
	// MinProbability skips hops whose success probability is below it. Probability zero is
	// always skipped.
	MinProbability float64
	// Exclude lists hubs and hops to avoid.
	Exclude Exclusion
}

// DefaultOptions returns the recommended options.
func DefaultOptions() Options {
	return Options{
		MaxHops:        DefaultMaxHops,
		RiskFactor:     DefaultRiskFactor,
		AttemptCostPPM: DefaultAttemptCostPPM,
		MinProbability: DefaultMinProbability,
	}
}

// normalize checks the options and fills MaxHops.
func (o Options) normalize() (Options, error) {
	if o.MaxHops == 0 {
		o.MaxHops = DefaultMaxHops
	}
	switch {
	case o.MaxHops < 0:
		return o, fmt.Errorf("%w: MaxHops %d", ErrInvalidOptions, o.MaxHops)
	case !finiteNonNegative(o.RiskFactor):
		return o, fmt.Errorf("%w: RiskFactor %v", ErrInvalidOptions, o.RiskFactor)
	case !finiteNonNegative(o.AttemptCostBase), !finiteNonNegative(o.AttemptCostPPM):
		return o, fmt.Errorf("%w: attempt cost %v + %v ppm", ErrInvalidOptions, o.AttemptCostBase, o.AttemptCostPPM)
	case !(o.MinProbability >= 0 && o.MinProbability <= 1):
		return o, fmt.Errorf("%w: MinProbability %v", ErrInvalidOptions, o.MinProbability)
	}
	return o, nil
}

func finiteNonNegative(x float64) bool { return x >= 0 && !math.IsInf(x, 1) }

// Hop is what one forwarding hub is told (sealed to it, by the forwarding layer): it receives a
// lock of Receives and forwards a lock of Forwards to Next, expiring ExpiryDelta seconds earlier.
type Hop struct {
	Node, Next  common.Address
	Receives    uint256.Int
	Forwards    uint256.Int
	Fee         uint256.Int // Receives - Forwards, exactly Policy.Fee(Forwards) of the edge Node -> Next
	ExpiryDelta uint64
}

// Route is a payment path from Payer to Payee through the forwarding hubs Hops, in order. The payer
// locks Total to Hops[0].Node (or to the payee if Hops is empty); the payee receives Amount. With
// the payee's lock expiring at E, the payer's lock expires at E + TotalExpiry.
type Route struct {
	Payer, Payee common.Address
	Hops         []Hop
	Amount       uint256.Int
	Total        uint256.Int
	TotalFee     uint256.Int
	TotalExpiry  uint64
	// Cost is the search's cost of the route: fees plus risk and memory penalty, in wei.
	Cost float64
}

// Locks returns the number of locks the route takes: one per hop plus the payer's.
func (r Route) Locks() int { return len(r.Hops) + 1 }
