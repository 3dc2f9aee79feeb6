package node

import (
	"context"
	"crypto/ecdsa"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/routing"
	"spoke/sim"
)

// Tolerances of TestSimAgreesWithRealNodes: the simulator and the real nodes run the same routing,
// fee and channel code on the same network and payments; they differ in the transport (a simulated one
// against libp2p on loopback), in how the payer learns the graph (gossip in the simulator, the test's
// static router here) and in the failure memory (one per payer there, one shared here).
const (
	simTolSuccess = 0.03 // absolute, on the success ratio
	simTolFees    = 0.02 // relative, on the fees paid in all
	simTolHops    = 0.05 // absolute, on the mean hubs per settled payment
)

// TestSimAgreesWithRealNodes runs one scenario twice: with real engines (libp2p on loopback, SQLite
// stores, signed states, routed payments over five hubs in a ring with chords and twenty users) and in
// spoke sim with signatures on; the success ratio, the fees paid and the mean hop count agree within the
// tolerances above. "ample" pays small amounts that always fit; "tight" pays amounts up to a fifth of
// a channel side, so channels run dry and payments fail, are refused and retried.
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
	start := time.Now()
	real := realRun(t, fees, links, nUsers, trace)
	t.Logf("real nodes: %d of %d settled, fees %d, mean hops %.3f, failures %v (%s)", real.ok, nPayments, real.fees, real.hops,
		real.reasons, time.Since(start))
	start = time.Now()
	s := simRun(t, fees, links, nUsers, trace)
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

// realRun pays the trace one payment at a time with real engines: the hubs of links with fees, user i
// on hub i%5, each channel funded with the harness's deposit, half of it given to the other side.
func realRun(t *testing.T, fees []Fees, links [][2]int, nUsers int, trace []sim.TracePayment) realOutcome {
	var hc hubChain
	hc = startHubGraphWith(t, fees, links, 0, 1, func(i int, c *Config) {
		if i < 0 { // a user: the shared graph, a failure memory of its own (as each node has its own Network)
			c.Router = newPayerRouter(func() *staticRouter { return hc.router })
		}
	})
	users := []*testNode{hc.payer, hc.paid}
	for i := 2; i < nUsers; i++ {
		users = append(users, hc.addUser(t, devchain.DevKey(60+i), hc.hubs[i%len(fees)]))
	}
	out := realOutcome{reasons: map[string]int{}}
	hops := 0
	for _, p := range trace {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		rs, err := users[p.Payer].eng.Pay(ctx, Payment{To: &users[p.Payee].eng.cfg.Key.PublicKey, Wei: p.AmountWei.Int,
			Via: []common.Address{hc.hubs[p.Payee%len(fees)].eng.Address()}})
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
func simRun(t *testing.T, fees []Fees, links [][2]int, nUsers int, trace []sim.TracePayment) sim.Summary {
	half := new(uint256.Int).Div(&deposited[0], uint256.NewInt(2))
	side := sim.Wei{Int: *half}
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
	cfg.Collateral.Enabled = false // the harness has no chain to top up from
	cfg.Workload.Trace = trace
	// One payment at a time, as the real run pays them, and within seconds of virtual time, as the real
	// run's failure memories (on the wall clock) see them: a remembered failure stays decisive.
	cfg.Workload.Rate = 20
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

// payerRouter is a user's router in realRun: the test's shared graph and policies (looked up when used:
// the first users start before the hub graph is returned) with a failure memory of the user's own, as a
// node's Network has one.
type payerRouter struct {
	shared func() *staticRouter
	mem    *routing.Memory
}

func newPayerRouter(shared func() *staticRouter) *payerRouter {
	mem, _ := routing.NewMemory()
	return &payerRouter{shared: shared, mem: mem}
}

func (r *payerRouter) Route(payer common.Address, payerHubs []common.Address, payee common.Address, payeeHubs []common.Address,
	amount *uint256.Int, exclude routing.Exclusion) (routing.Route, error) {
	s := r.shared()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.routeWith(r.mem, payer, payerHubs, payee, payeeHubs, amount, exclude)
}

func (r *payerRouter) Policy(hub common.Address) (routing.Policy, *ecdsa.PublicKey, bool) {
	return r.shared().Policy(hub)
}

func (r *payerRouter) PeerInfo(hub common.Address) (peer.AddrInfo, bool) {
	return r.shared().PeerInfo(hub)
}

func (r *payerRouter) Failed(from, to common.Address, amount *uint256.Int) {
	r.shared().mu.Lock()
	defer r.shared().mu.Unlock()
	r.mem.RecordFailure(routing.Pair{From: from, To: to}, amount, time.Now())
}

func (r *payerRouter) Succeeded(from, to common.Address, amount *uint256.Int) {
	r.shared().mu.Lock()
	defer r.shared().mu.Unlock()
	r.mem.RecordSuccess(routing.Pair{From: from, To: to}, amount, time.Now())
}
