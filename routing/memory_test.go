package routing

import (
	"errors"
	"math"
	"testing"
	"time"
)

func TestMemoryProbability(t *testing.T) {
	hop := Pair{From: addr(1), To: addr(2)}
	fail := func(amt uint64) func(*Memory) {
		return func(m *Memory) { m.RecordFailure(hop, u256(amt), t0) }
	}
	succeed := func(amt uint64, at time.Time) func(*Memory) {
		return func(m *Memory) { m.RecordSuccess(hop, u256(amt), at) }
	}
	tests := []struct {
		name  string
		setup []func(*Memory)
		amt   uint64
		after time.Duration
		want  float64
	}{
		{"nothing known", nil, 100, 0, 1},
		{"just failed", []func(*Memory){fail(100)}, 100, 0, 0},
		{"clock before failure", []func(*Memory){fail(100)}, 100, -time.Minute, 0},
		{"one half-life", []func(*Memory){fail(100)}, 100, time.Hour, 0.5},
		{"two half-lives", []func(*Memory){fail(100)}, 200, 2 * time.Hour, 0.75},
		{"smaller amount unaffected", []func(*Memory){fail(100)}, 99, 0, 1},
		{"zero amount fails all", []func(*Memory){fail(0)}, 1, 0, 0},
		{"success clears", []func(*Memory){fail(100), succeed(100, t0)}, 100, 0, 1},
		{"smaller success keeps", []func(*Memory){fail(100), succeed(99, t0)}, 100, 0, 0},
		{"older success keeps", []func(*Memory){fail(100), succeed(500, t0.Add(-time.Second))}, 100, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := NewMemory()
			for _, f := range tt.setup {
				f(m)
			}
			got := m.Probability(hop, u256(tt.amt), t0.Add(tt.after))
			if math.Abs(got-tt.want) > 1e-12 {
				t.Fatalf("probability %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMemoryHalfLifeAndPrune(t *testing.T) {
	if _, err := NewMemory(WithHalfLife(0)); !errors.Is(err, ErrInvalidOptions) {
		t.Fatalf("half-life 0: %v", err)
	}
	m, err := NewMemory(WithHalfLife(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	hop := Pair{From: addr(1), To: addr(2)}
	m.RecordFailure(hop, u256(1), t0)
	m.RecordFailure(Pair{From: addr(2), To: addr(3)}, u256(1), t0.Add(10*time.Minute))
	if p := m.Probability(hop, u256(1), t0.Add(time.Minute)); p != 0.5 {
		t.Fatalf("probability after one 1-minute half-life %v", p)
	}
	if n := m.Prune(t0.Add(11 * time.Minute)); n != 1 || m.Len() != 1 {
		t.Fatalf("pruned %d, left %d; want 1, 1", n, m.Len())
	}
	var none *Memory
	if none.Probability(hop, u256(1), t0) != 1 {
		t.Fatal("a nil memory must know nothing")
	}
}
