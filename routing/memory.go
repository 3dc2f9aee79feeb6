package routing

import (
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// DefaultHalfLife is how long a failure takes to lose half its weight unless WithHalfLife says.
const DefaultHalfLife = time.Hour

// forgetAfter is how many half-lives a failure is kept before Prune forgets it (weight < 1/1024).
const forgetAfter = 10

// Pair is a directed hop: From forwards a lock to To.
type Pair struct {
	From, To common.Address
}

// failure is the latest failure recorded for a pair.
type failure struct {
	at     time.Time
	amount uint256.Int // amounts at or above this failed; zero means any amount
}

// Memory remembers recent payment results per directed hop, as lnd's mission control does, so
// that pathfinding steers around hops that just failed and comes back to them as the failure fades.
//
// The model: the latest failure of a pair at amount A and time t says that amounts >= A (any
// amount if A is zero) fail through that hop. Its weight is w = 2^-((now-t)/halfLife): 1 when it
// happens, 1/2 one half-life later. The success probability of the hop for an amount >= A is
// 1 - w; for a smaller amount, or a pair with no failure, it is 1. A success at amount S clears a
// failure at A <= S (the hop carried what the failure said it could not); a failure above S stays.
// Results are applied in the order they are recorded; the latest failure replaces an earlier one.
//
// Memory has no clock and no locking: time is an argument and the caller serializes access. It
// holds one record per failed pair; Prune forgets the faded ones.
type Memory struct {
	halfLife time.Duration
	failures map[Pair]failure
}

// MemoryOption configures a Memory.
type MemoryOption func(*Memory) error

// WithHalfLife sets how long a failure takes to lose half its weight; it must be positive.
func WithHalfLife(d time.Duration) MemoryOption {
	return func(m *Memory) error {
		if d <= 0 {
			return fmt.Errorf("%w: half-life %v", ErrInvalidOptions, d)
		}
		m.halfLife = d
		return nil
	}
}

// NewMemory returns an empty memory.
func NewMemory(opts ...MemoryOption) (*Memory, error) {
	m := &Memory{halfLife: DefaultHalfLife, failures: map[Pair]failure{}}
	for _, o := range opts {
		if err := o(m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// RecordFailure records that forwarding amount over the hop failed at time at. A zero amount
// means the hop fails whatever the amount (an offline hub, a refused forward).
func (m *Memory) RecordFailure(p Pair, amount *uint256.Int, at time.Time) {
	m.failures[p] = failure{at: at, amount: *amount}
}

// RecordSuccess records that forwarding amount over the hop succeeded at time at; it clears a
// failure at an amount no larger that is not more recent than the success.
func (m *Memory) RecordSuccess(p Pair, amount *uint256.Int, at time.Time) {
	if f, ok := m.failures[p]; ok && !f.amount.Gt(amount) && !at.Before(f.at) {
		delete(m.failures, p)
	}
}

// Probability returns the estimated probability, in [0, 1], that the hop forwards amount at now.
// It is a pure function of the memory's contents and its arguments. A nil Memory knows nothing
// and returns 1.
func (m *Memory) Probability(p Pair, amount *uint256.Int, now time.Time) float64 {
	if m == nil {
		return 1
	}
	f, ok := m.failures[p]
	if !ok || amount.Lt(&f.amount) {
		return 1
	}
	return 1 - m.weight(f, now)
}

// weight is the failure's remaining weight at now: 1 at (or before) the failure, halving every
// half-life.
func (m *Memory) weight(f failure, now time.Time) float64 {
	age := now.Sub(f.at)
	if age <= 0 {
		return 1
	}
	return math.Exp2(-float64(age) / float64(m.halfLife))
}

// Prune forgets failures older than ten half-lives (weight below 1/1024) and returns how many.
func (m *Memory) Prune(now time.Time) int {
	n := 0
	for p, f := range m.failures {
		if now.Sub(f.at) > forgetAfter*m.halfLife {
			delete(m.failures, p)
			n++
		}
	}
	return n
}

// Len returns the number of pairs with a remembered failure.
func (m *Memory) Len() int { return len(m.failures) }
