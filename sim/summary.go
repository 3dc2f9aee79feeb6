package sim

import (
	"slices"
	"strings"

	"github.com/holiman/uint256"
)

// Summary is a run's aggregate: summary.json.
type Summary struct {
	Name           string         `json:"name,omitempty"`
	Seed           uint64         `json:"seed"`
	Hubs           int            `json:"hubs"`
	Users          int            `json:"users"`
	Channels       int            `json:"channels"`
	Payments       int            `json:"payments"`
	Succeeded      int            `json:"succeeded"`
	SuccessRatio   float64        `json:"success_ratio"`
	ByAmount       []BucketStat   `json:"by_amount"`
	FeesWei        string         `json:"fees_wei"`
	FeePPM         Stat           `json:"fee_ppm"`
	Hops           Stat           `json:"hops"`
	TimeToComplete Stat           `json:"time_to_complete_s"`
	Retries        Stat           `json:"retries"`
	FailureReasons map[string]int `json:"failure_reasons"`
	Staleness      Stat           `json:"failed_hop_staleness_s"`
	HubRevenue     []HubRevenue   `json:"hub_revenue"`
	TopUps         int            `json:"collateral_top_ups"`
	TopUpWei       string         `json:"collateral_top_up_wei"`
	Reclaims       int            `json:"collateral_reclaims"`
	ReclaimWei     string         `json:"collateral_reclaim_wei"`
	// IdleReclaims and IdleReclaimWei are the idle reclaims among Reclaims.
	IdleReclaims   int         `json:"collateral_idle_reclaims"`
	IdleReclaimWei string      `json:"collateral_idle_reclaim_wei"`
	Gossip         GossipStats `json:"gossip"`
	VirtualSeconds float64     `json:"virtual_seconds"`
	Events         uint64      `json:"events"`
	Errors         int         `json:"errors"`
	FirstErrors    []string    `json:"first_errors,omitempty"`
}

// BucketStat is the success of the payments up to an amount (the last bucket is open: UpToWei "").
type BucketStat struct {
	UpToWei   string  `json:"up_to_wei"`
	Payments  int     `json:"payments"`
	Succeeded int     `json:"succeeded"`
	Ratio     float64 `json:"success_ratio"`
}

// HubRevenue is what one hub earned forwarding.
type HubRevenue struct {
	Hub        string `json:"hub"`
	RevenueWei string `json:"revenue_wei"`
	Forwards   int    `json:"forwards"`
}

// GossipStats counts announcement traffic.
type GossipStats struct {
	Sent     uint64 `json:"sent"`
	Lost     uint64 `json:"lost"`
	Bytes    uint64 `json:"bytes"`
	Accepted uint64 `json:"accepted"`
	Ignored  uint64 `json:"ignored"`
	Rejected uint64 `json:"rejected"`
}

// summary aggregates the records.
func (w *World) summary() Summary {
	m := w.m
	s := Summary{Name: w.cfg.Name, Seed: w.cfg.Seed, Hubs: len(w.hubs), Users: len(w.users), Channels: len(w.chans),
		Payments: len(m.records), FailureReasons: map[string]int{}, Events: w.sched.runs,
		VirtualSeconds: w.sched.Elapsed().Seconds(), Errors: m.nErrs, FirstErrors: m.errs,
		TopUps: m.topUps, TopUpWei: m.topUpWei.Dec(), Reclaims: m.reclaims, ReclaimWei: m.reclaimWei.Dec(),
		IdleReclaims: m.idleReclaims, IdleReclaimWei: m.idleReclaimWei.Dec()}
	s.Gossip = GossipStats{Sent: w.gossip.sent, Lost: w.gossip.lost, Bytes: w.gossip.bytes,
		Accepted: w.gossip.accepted, Ignored: w.gossip.ignored, Rejected: w.gossip.rejected}
	s.aggregate(m)
	for _, h := range w.hubs {
		rev := m.revenues[h]
		if rev == nil {
			rev = new(uint256.Int)
		}
		s.HubRevenue = append(s.HubRevenue, HubRevenue{Hub: w.nodes[h].name, RevenueWei: rev.Dec(), Forwards: m.forwards[h]})
	}
	return s
}

// aggregate fills the payment statistics from m's records.
func (s *Summary) aggregate(m *metrics) {
	buckets := make([]BucketStat, len(m.buckets)+1)
	for i := range m.buckets {
		buckets[i].UpToWei = m.buckets[i].Dec()
	}
	var fees uint256.Int
	var ppm, hops, ttc, retries, stale []float64
	for _, r := range m.records {
		b := &buckets[m.bucketOf(&r.Amount)]
		b.Payments++
		retries = append(retries, float64(r.Attempts-1))
		if !r.Success {
			s.FailureReasons[r.Reason]++
			if r.Staleness >= 0 {
				stale = append(stale, r.Staleness.Seconds())
			}
			continue
		}
		s.Succeeded++
		b.Succeeded++
		fees.Add(&fees, &r.Fee)
		ppm = append(ppm, r.Fee.Float64()/r.Amount.Float64()*1e6)
		hops = append(hops, float64(r.Hops))
		ttc = append(ttc, (r.End - r.Start).Seconds())
	}
	for i := range buckets {
		if buckets[i].Payments > 0 {
			buckets[i].Ratio = float64(buckets[i].Succeeded) / float64(buckets[i].Payments)
		}
	}
	s.ByAmount, s.FeesWei = buckets, fees.Dec()
	if s.Payments > 0 {
		s.SuccessRatio = float64(s.Succeeded) / float64(s.Payments)
	}
	s.FeePPM, s.Hops, s.TimeToComplete, s.Retries, s.Staleness = statOf(ppm), statOf(hops), statOf(ttc), statOf(retries), statOf(stale)
}

// reasons returns the failure reasons sorted by count, then name.
func (s *Summary) reasons() []string {
	out := make([]string, 0, len(s.FailureReasons))
	for r := range s.FailureReasons {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b string) int {
		if d := s.FailureReasons[b] - s.FailureReasons[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return out
}
