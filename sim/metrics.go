package sim

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/holiman/uint256"
)

// Record is one payment's outcome: a row of payments.csv.
type Record struct {
	ID         int
	Start, End time.Duration
	Payer      string
	Payee      string
	Amount     uint256.Int
	Success    bool
	Attempts   int
	Hops       int // hubs on the last attempt's route
	Fee        uint256.Int
	Reason     string
	FailedAt   string
	Staleness  time.Duration // of the payer's view of the failed hop; -1 if none
}

// Sample is one point of the time series.
type Sample struct {
	T              float64 `json:"t_s"`
	Done           int     `json:"done"`
	SuccessCum     float64 `json:"success_ratio"`
	SuccessWindow  float64 `json:"success_ratio_window"` // of the payments done since the last sample
	WindowDone     int     `json:"done_window"`
	InFlight       int     `json:"in_flight"`
	DepletedShare  float64 `json:"depleted_share"`
	BalanceShare   float64 `json:"balance_share"`
	HubSideUserWei float64 `json:"hub_side_user_wei"`
}

// metrics collects a run's results.
type metrics struct {
	records  []Record
	buckets  []uint256.Int
	startedN int
	done     int
	ok       int
	inFlight int
	winDone  int
	winOK    int
	series   []Sample
	revenues map[int]*uint256.Int
	forwards map[int]int
	errs     []string
	nErrs    int
	onDone   func(done int)
	topUps   int
	topUpWei uint256.Int
	// reclaims of the hub's balance above the ceiling or idle, and of idle collateral alone
	reclaims, idleReclaims     int
	reclaimWei, idleReclaimWei uint256.Int
}

func newMetrics(cfg Config) *metrics {
	m := &metrics{revenues: map[int]*uint256.Int{}, forwards: map[int]int{}}
	for _, b := range cfg.Output.BucketsWei {
		m.buckets = append(m.buckets, b.Int)
	}
	if len(m.buckets) == 0 {
		for e := 12; e <= 18; e++ {
			m.buckets = append(m.buckets, weiE(1, e).Int)
		}
	}
	return m
}

// errorf notes an unexpected error of the simulated code (the summary lists the first few).
func (m *metrics) errorf(format string, args ...any) {
	m.nErrs++
	if len(m.errs) < 20 {
		m.errs = append(m.errs, fmt.Sprintf(format, args...))
	}
}

// started counts a payment in flight.
func (m *metrics) started(*payment) { m.startedN++; m.inFlight++ }

// revenue counts a fee earned by hub.
func (m *metrics) revenue(hub int, fee *uint256.Int) {
	r, ok := m.revenues[hub]
	if !ok {
		r = new(uint256.Int)
		m.revenues[hub] = r
	}
	r.Add(r, fee)
	m.forwards[hub]++
}

// finished records p's outcome.
func (m *metrics) finished(w *World, p *payment) {
	m.done++
	m.inFlight--
	m.winDone++
	if p.success {
		m.ok++
		m.winOK++
	}
	r := Record{ID: p.id, Start: p.start, End: p.end, Payer: w.nodes[p.payer].name, Payee: w.nodes[p.payee].name,
		Amount: p.amount, Success: p.success, Attempts: p.attempts, Hops: p.hops, Fee: p.fee, Staleness: -1}
	if !p.success {
		r.Reason = p.lastReason
		if p.lastNode >= 0 {
			r.FailedAt = w.nodes[p.lastNode].name
		}
		if p.staleKnown {
			r.Staleness = p.staleness
		}
	}
	m.records = append(m.records, r)
	if m.onDone != nil {
		m.onDone(m.done)
	}
}

// sample appends a point of the time series.
func (m *metrics) sample(w *World) {
	s := Sample{T: w.sched.Elapsed().Seconds(), Done: m.done, InFlight: m.inFlight}
	if m.done > 0 {
		s.SuccessCum = float64(m.ok) / float64(m.done)
	}
	s.WindowDone = m.winDone
	if m.winDone > 0 {
		s.SuccessWindow = float64(m.winOK) / float64(m.winDone)
	}
	m.winDone, m.winOK = 0, 0
	var dirs, depleted int
	var share float64
	for _, c := range w.chans {
		if !c.hubToHub {
			s.HubSideUserWei += c.ch.Latest.State.WeiHub.Float64()
			continue
		}
		for k, bal := range []*uint256.Int{&c.ch.Latest.State.WeiUser, &c.ch.Latest.State.WeiHub} {
			start := c.start[k].Float64()
			if start <= 0 {
				continue
			}
			dirs++
			f := bal.Float64() / start
			share += math.Min(f, 4)
			if f < 0.05 {
				depleted++
			}
		}
	}
	if dirs > 0 {
		s.DepletedShare, s.BalanceShare = float64(depleted)/float64(dirs), share/float64(dirs)
	}
	m.series = append(m.series, s)
}

// bucketOf returns the index of amt's bucket (len(buckets) for the open last one).
func (m *metrics) bucketOf(amt *uint256.Int) int {
	for i := range m.buckets {
		if !amt.Gt(&m.buckets[i]) {
			return i
		}
	}
	return len(m.buckets)
}

// Stat summarizes a sample of numbers.
type Stat struct {
	N    int     `json:"n"`
	Mean float64 `json:"mean"`
	P50  float64 `json:"p50"`
	P95  float64 `json:"p95"`
	Max  float64 `json:"max"`
}

func statOf(xs []float64) Stat {
	if len(xs) == 0 {
		return Stat{}
	}
	slices.Sort(xs)
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	q := func(p float64) float64 { return xs[min(len(xs)-1, int(p*float64(len(xs))))] }
	return Stat{N: len(xs), Mean: sum / float64(len(xs)), P50: q(0.5), P95: q(0.95), Max: xs[len(xs)-1]}
}
