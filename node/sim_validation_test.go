package node

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/sim"
)

// Tolerances of TestSimAgreesWithRealNodes: the simulator and the real nodes run the same routing,
// fee, announcement and channel code on the same network and payments, each payer with a failure memory
// of its own and a view of the hubs learned from their announcements. They differ in the transport (a
// simulated one against libp2p and gossipsub on loopback), in the clock (virtual against the wall clock:
// the memories' hour-long half-life makes the seconds between them immaterial) and in the chain
// (confirmations simulated against the dev chain). None of these changes which route a payer picks or
// whether a hop can forward when payments go one at a time, so the tolerances stay tight; the measured
// difference is none (docs/sim.md).
const (
	simTolSuccess = 0.03 // absolute, on the success ratio
	simTolFees    = 0.02 // relative, on the fees paid in all
	simTolHops    = 0.05 // absolute, on the mean hubs per settled payment
)

// TestSimAgreesWithRealNodes runs one scenario twice: with real spoke nodes (Start: engines, SQLite
// stores, libp2p on loopback, the hub network's gossip, every channel opened and funded on the dev chain;
// five hubs in a ring with chords, twenty users) and in spoke sim with signatures on; the success ratio,
// the fees paid and the mean hop count agree within the tolerances above. "ample" pays small amounts
// that always fit; "tight" pays amounts up to a fifth of a channel side, so channels run dry and
// payments fail, are refused and retried.
func TestSimAgreesWithRealNodes(t *testing.T) {
	for _, c := range []struct {
		name string
		max  uint64
	}{{"ample", 20_000}, {"tight", 100_000}} {
		t.Run(c.name, func(t *testing.T) { simAgrees(t, c.max) })
	}
}

func simAgrees(t *testing.T, maxWei uint64) {
	const nUsers, nPayments = 20, 500
	fees := []Fees{{Base: *uint256.NewInt(3)}, {PPM: 2000}, {Base: *uint256.NewInt(1), PPM: 500}, {}, {Base: *uint256.NewInt(7)}}
	links := [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 2}, {1, 3}}
	rng := rand.New(rand.NewPCG(14, 7))
	trace := make([]sim.TracePayment, nPayments)
	for i := range trace {
		from := rng.IntN(nUsers)
		to := (from + 1 + rng.IntN(nUsers-1)) % nUsers
		trace[i] = sim.TracePayment{Payer: from, Payee: to, AmountWei: sim.NewWei(1 + rng.Uint64N(maxWei))}
	}
	side := *uint256.NewInt(500_000) // each side of each channel, wei
	start := time.Now()
	real := realRun(t, fees, links, nUsers, side, trace)
	t.Logf("real nodes: %d of %d settled, fees %d, mean hops %.3f, failures %v (%s)", real.ok, nPayments, real.fees, real.hops,
		real.reasons, time.Since(start))
	start = time.Now()
	s := simRun(t, fees, links, nUsers, side, trace)
	t.Logf("spoke sim:  %d of %d settled, fees %s, mean hops %.3f, failures %v (%s)", s.Succeeded, s.Payments,
		s.FeesWei, s.Hops.Mean, s.FailureReasons, time.Since(start))
	simFees, _ := sim.ParseWei(s.FeesWei)
	realRatio := float64(real.ok) / nPayments
	if d := math.Abs(realRatio - s.SuccessRatio); d > simTolSuccess {
		t.Errorf("success ratio: real %.3f, sim %.3f", realRatio, s.SuccessRatio)
	}
	if d := math.Abs(simFees.Float()-float64(real.fees)) / math.Max(1, float64(real.fees)); d > simTolFees {
		t.Errorf("fees: real %d, sim %s", real.fees, s.FeesWei)
	}
	if d := math.Abs(real.hops - s.Hops.Mean); d > simTolHops {
		t.Errorf("mean hops: real %.3f, sim %.3f", real.hops, s.Hops.Mean)
	}
}

// realOutcome is what the real nodes did.
type realOutcome struct {
	ok   int
	fees uint64
	hops float64
	// reasons counts the failures by kind, for the log
	reasons map[string]int
}

// realRun pays the trace one payment at a time over the real network of startSimNet: the hubs of links
// with fees, user i on hub i%5, each side of each channel funded on the dev chain with side wei.
func realRun(t *testing.T, fees []Fees, links [][2]int, nUsers int, side uint256.Int, trace []sim.TracePayment) realOutcome {
	n := startSimNet(t, fees, links, nUsers, side)
	t.Logf("real nodes: started in %s, channels funded on-chain in %s, announced in %s", n.took[0].Round(time.Millisecond),
		n.took[1].Round(time.Millisecond), n.took[2].Round(time.Millisecond))
	out := realOutcome{reasons: map[string]int{}}
	hops := 0
	for _, p := range trace {
		ctx, cancel := context.WithTimeout(n.ctx, 20*time.Second)
		rs, err := n.users[p.Payer].Pay(ctx, Payment{To: &simNetUserKey(p.Payee).PublicKey, Wei: p.AmountWei.Int,
			Via: []common.Address{n.hubs[p.Payee%len(n.hubs)].Address()}})
		cancel()
		if err != nil {
			if !cleanFailure(err) {
				t.Fatalf("payment %d -> %d failed uncleanly: %v", p.Payer, p.Payee, err)
			}
			kind := failureKind(err)
			if strings.Contains(kind, "insufficient balance") {
				kind = "payer's balance"
			}
			out.reasons[kind]++
			continue
		}
		out.ok++
		out.fees += rs[0].Fee.Uint64()
		hops += len(rs[0].Route)
	}
	if out.ok > 0 {
		out.hops = float64(hops) / float64(out.ok)
	}
	return out
}

// simRun runs the same network and trace in spoke sim, with signatures on.
func simRun(t *testing.T, fees []Fees, links [][2]int, nUsers int, sideWei uint256.Int, trace []sim.TracePayment) sim.Summary {
	side := sim.Wei{Int: sideWei}
	topo := &sim.Topology{}
	for _, f := range fees {
		topo.Hubs = append(topo.Hubs, sim.HubSpec{FeeBaseWei: sim.Wei{Int: f.Base}, FeePPM: f.PPM, ExpiryDelta: 600})
	}
	for _, l := range links {
		topo.Channels = append(topo.Channels, sim.ChannelSpec{A: l[0], B: l[1], AWei: side, BWei: side})
	}
	for i := range nUsers {
		topo.Users = append(topo.Users, sim.UserSpec{Hubs: []int{i % len(fees)}, DepositWei: side, CollateralWei: side})
	}
	cfg := sim.Default()
	cfg.VerifySignatures = true
	cfg.Collateral.Enabled = false // as the real hubs' (CollateralPolicy.Disabled)
	cfg.Gossip.UserViews = "own"   // each user learns from its hub over gossip, as a real user's Network does
	// One payment at a time, as the real run pays them (each settles or fails within a few ms of virtual
	// time here), and within a minute of virtual time, as the real run's failure memories (on the wall
	// clock, an hour's half-life) see them: a remembered failure stays decisive in both.
	cfg.Workload.Trace = slices.Clone(trace)
	for i := range cfg.Workload.Trace {
		cfg.Workload.Trace[i].At = sim.Duration(time.Duration(i) * 100 * time.Millisecond)
	}
	cfg.Network.LatencyMS = sim.Dist{Kind: "fixed", Value: 1}
	cfg.Network.HopProcessing = sim.Duration(time.Millisecond)
	res, err := sim.Run(cfg, sim.Options{Topology: topo})
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary.Errors != 0 {
		t.Fatalf("sim: %v", res.Summary.FirstErrors)
	}
	return res.Summary
}
