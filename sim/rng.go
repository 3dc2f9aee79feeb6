package sim

import (
	"math"
	"math/rand/v2"
	"slices"
)

// newRand returns the generator of one purpose (stream) of a run: the seed and the stream pick the PCG
// state, so adding draws in one part of the simulator does not shift another's.
func newRand(seed uint64, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream*0x9e3779b97f4a7c15+1))
}

// Streams of a run.
const (
	streamTopology = iota + 1
	streamKeys
	streamNetwork
	streamWorkload
	streamFaults
	streamGossip
)

// sample draws from d.
func (d Dist) sample(r *rand.Rand) float64 {
	switch d.Kind {
	case "fixed":
		return d.Value
	case "uniform":
		return d.Min + r.Float64()*(d.Max-d.Min)
	case "lognormal":
		return d.Value * math.Exp(d.Sigma*r.NormFloat64())
	case "pareto":
		return d.Value / math.Pow(1-r.Float64(), 1/d.Alpha)
	case "exponential":
		return d.Value * r.ExpFloat64()
	}
	return d.Value
}

// picker chooses users as payers or payees.
type picker struct {
	kind      string
	n         int
	zipf      *rand.Zipf
	perm      []int // rank -> user, so that popular users are spread over hubs
	merchants int
	share     float64
}

func newPicker(kind string, n int, w WorkloadConfig, r *rand.Rand) *picker {
	p := &picker{kind: kind, n: n, perm: r.Perm(n), share: w.MerchantShare}
	switch kind {
	case "zipf":
		p.zipf = rand.NewZipf(r, w.ZipfS, 1, uint64(n-1))
	case "merchant":
		p.merchants = max(1, int(math.Round(w.Merchants*float64(n))))
	}
	return p
}

// pick returns a user index.
func (p *picker) pick(r *rand.Rand) int {
	switch p.kind {
	case "zipf":
		return p.perm[p.zipf.Uint64()]
	case "merchant":
		if r.Float64() < p.share {
			return p.perm[r.IntN(p.merchants)]
		}
		return p.perm[r.IntN(p.n)]
	}
	return r.IntN(p.n)
}

// sortU64 sorts v in place.
func sortU64(v []uint64) { slices.Sort(v) }
