package sim

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// run runs cfg and returns its result and its CSV, JSON and text output.
func run(t *testing.T, cfg Config) (*Result, []byte) {
	t.Helper()
	res, err := Run(cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return res.WriteCSV(b) },
		func(b *bytes.Buffer) error { return res.WriteJSON(b) },
		func(b *bytes.Buffer) error { return res.WriteText(b) },
	} {
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
	}
	if res.Summary.Errors != 0 {
		t.Fatalf("%d unexpected errors of the simulated code: %v", res.Summary.Errors, res.Summary.FirstErrors)
	}
	return res, b.Bytes()
}

// small is a quick scenario with some stress: faults, lossy and slow gossip, tight liquidity.
func small() Config {
	c := Default()
	c.Workload.Payments = 300
	c.Workload.Rate = 2
	c.Topology.Kind, c.Topology.Hubs, c.Topology.Users = "ring", 6, 30
	c.Topology.HubChannelWei = weiE(2, 16)
	c.Network.Loss = 0.1
	c.Faults = []Fault{
		{Kind: "offline", Hub: 1, At: Duration(20 * time.Second), For: Duration(40 * time.Second)},
		{Kind: "fees", Hub: 2, At: Duration(10 * time.Second), FeeBaseWei: NewWei(5000), FeePPM: 5000},
		{Kind: "fees", Hub: 2, At: Duration(13 * time.Second), FeeBaseWei: NewWei(7000), FeePPM: 6000}, // within 10 s
		{Kind: "censor", Hub: 3, At: Duration(60 * time.Second), For: Duration(30 * time.Second)},
	}
	return c
}

// TestSameSeedSameBytes: two runs of one config give byte-identical CSV, JSON and text; another seed
// gives other output.
func TestSameSeedSameBytes(t *testing.T) {
	_, a := run(t, small())
	_, b := run(t, small())
	if !bytes.Equal(a, b) {
		t.Fatal("two runs of the same seed and config differ")
	}
	c := small()
	c.Seed = 2
	_, d := run(t, c)
	if bytes.Equal(a, d) {
		t.Fatal("another seed gave the same output")
	}
}

// TestFilesAreDeterministic: every output file, plots included, is byte-identical across two runs.
func TestFilesAreDeterministic(t *testing.T) {
	dirs := []string{t.TempDir(), t.TempDir()}
	for _, d := range dirs {
		res, _ := run(t, small())
		if err := res.WriteFiles(d, true); err != nil {
			t.Fatal(err)
		}
	}
	names := []string{"payments.csv", "summary.json", "summary.txt", "success_by_amount.png", "success_by_amount.svg",
		"over_time.png", "over_time.svg"}
	for _, n := range names {
		a, err := os.ReadFile(filepath.Join(dirs[0], n))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(dirs[1], n))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Fatalf("%s differs between runs (or is empty)", n)
		}
	}
}

// TestHealthyNetworkPaysEverything: with ample liquidity and no faults every payment settles, fees are
// exact sums of the announced policies and the hubs' revenue adds up to the fees paid.
func TestHealthyNetworkPaysEverything(t *testing.T) {
	res, _ := run(t, Default())
	s := res.Summary
	if s.Succeeded != s.Payments || s.Payments != 500 {
		t.Fatalf("%d of %d succeeded: %v", s.Succeeded, s.Payments, s.FailureReasons)
	}
	var sum Wei
	for _, h := range s.HubRevenue {
		r, err := ParseWei(h.RevenueWei)
		if err != nil {
			t.Fatal(err)
		}
		sum.Add(&sum.Int, &r.Int)
	}
	if sum.Dec() != s.FeesWei {
		t.Fatalf("hub revenue %s != fees paid %s", sum.Dec(), s.FeesWei)
	}
	for _, r := range res.Records {
		if r.Hops < 1 || r.Fee.IsZero() {
			t.Fatalf("payment %d: %d hops, fee %s", r.ID, r.Hops, r.Fee.Dec())
		}
	}
}

// TestFaultsShowUp: an offline hub, a censoring hub and a fee change produce their failure reasons,
// retries happen, and the payer's view of a failed hop is measurably stale.
func TestFaultsShowUp(t *testing.T) {
	res, _ := run(t, small())
	s := res.Summary
	if s.Succeeded == 0 || s.Succeeded == s.Payments {
		t.Fatalf("%d of %d succeeded: faults had no effect or broke everything", s.Succeeded, s.Payments)
	}
	for _, r := range []string{reasonOffline, reasonCensored} {
		if s.FailureReasons[r] == 0 {
			t.Errorf("no failure %q: %v", r, s.FailureReasons)
		}
	}
	if s.Retries.Max < 1 {
		t.Error("no payment was retried")
	}
	if s.Staleness.N == 0 || s.Staleness.Max <= 0 {
		t.Errorf("staleness not measured: %+v", s.Staleness)
	}
	if s.Gossip.Lost == 0 {
		t.Error("10% gossip loss lost nothing")
	}
	if s.Gossip.Ignored == 0 {
		t.Error("a hub announcing twice within 10 s was not rate-limited")
	}
}

// TestHoldingHubCostsTime: a hub that holds every lock makes payments through it fail only at expiry.
func TestHoldingHubCostsTime(t *testing.T) {
	c := Default()
	c.Workload.Payments = 60
	c.Faults = []Fault{{Kind: "hold", Hub: 2, Prob: 1}}
	res, _ := run(t, c)
	held := 0
	for _, r := range res.Records {
		if r.Reason == reasonExpired {
			held++
			if d := r.End - r.Start; d < time.Duration(c.Node.PaymentExpiry-c.Node.ForwardDelta)*time.Second {
				t.Fatalf("held payment %d failed after %s, before its lock expired", r.ID, d)
			}
		}
	}
	if held == 0 {
		t.Fatal("no payment was held")
	}
}

// TestDrainAndCollateral: a drained hub channel direction fails payments that need it; autocollateral
// tops up user channels that run low, and the node's hourly budget caps each hub's top-ups.
func TestDrainAndCollateral(t *testing.T) {
	c := Default()
	c.Workload.Payments = 200
	c.Topology.HubCollateralWei = weiE(1, 15)
	c.Workload.AmountWei = Dist{Kind: "fixed", Value: 5e14}
	res, _ := run(t, c)
	if res.Summary.TopUps == 0 {
		t.Fatal("no autocollateral top-up")
	}
	c.Collateral.MaxTopUpsPerHour = 1
	capped, _ := run(t, c)
	if s := capped.Summary; s.TopUps == 0 || s.TopUps > s.Hubs || s.TopUps >= res.Summary.TopUps || s.VirtualSeconds > 3600 || s.Errors != 0 {
		t.Fatalf("%d top-ups by %d hubs with a budget of one an hour in %.0f s, %d with 120 (%d errors: %v)", s.TopUps, s.Hubs,
			s.VirtualSeconds, res.Summary.TopUps, s.Errors, s.FirstErrors)
	}
	t.Logf("top-ups: %d with a budget of 120 an hour, %d with one", res.Summary.TopUps, capped.Summary.TopUps)
	c.Collateral.Enabled = false
	off, _ := run(t, c)
	if off.Summary.TopUps != 0 || off.Summary.SuccessRatio >= res.Summary.SuccessRatio {
		t.Fatalf("without autocollateral: %d top-ups, success %.2f (with: %.2f)", off.Summary.TopUps,
			off.Summary.SuccessRatio, res.Summary.SuccessRatio)
	}
}

// TestCollateralReclaim: a hub takes back what its side of a channel holds above the ceiling, through the
// protocol machine without an error.
func TestCollateralReclaim(t *testing.T) {
	c := Default()
	c.Workload.Payments = 200
	c.Collateral.FloorWei, c.Collateral.CeilingWei = weiE(5, 16), weiE(1, 17) // users' payments lift hub sides above it
	res, _ := run(t, c)
	t.Logf("ceiling 0.1 ether: %d reclaims of %s wei", res.Summary.Reclaims, res.Summary.ReclaimWei)
	if s := res.Summary; s.Reclaims == 0 || s.ReclaimWei == "0" || s.Errors != 0 {
		t.Fatalf("%d reclaims of %s wei above the ceiling (%d errors: %v)", s.Reclaims, s.ReclaimWei, s.Errors, s.FirstErrors)
	}
}

// TestTopologies: each generator builds a connected-enough network that pays.
func TestTopologies(t *testing.T) {
	for _, kind := range []string{"tiered", "ba", "ring"} {
		c := Default()
		c.Topology.Kind, c.Topology.Hubs, c.Topology.Users = kind, 12, 40
		c.Workload.Payments = 100
		res, _ := run(t, c)
		if res.Summary.SuccessRatio < 0.9 {
			t.Errorf("%s: success %.2f: %v", kind, res.Summary.SuccessRatio, res.Summary.FailureReasons)
		}
		if res.Summary.Hubs != 12 || res.Summary.Users != 40 {
			t.Errorf("%s: %d hubs %d users", kind, res.Summary.Hubs, res.Summary.Users)
		}
	}
}

// TestBadConfigNamesField: every bad field is named in the error.
func TestBadConfigNamesField(t *testing.T) {
	cases := map[string]string{
		`{"topology":{"kind":"star"}}`: "topology.kind",
		`{"workload":{"rate":0}}`:      "workload.rate",
		`{"workload":{"amount_wei":{"kind":"pareto","value":1000,"alpha":0}}}`: "workload.amount_wei.alpha",
		`{"gossip":{"every":"5s"}}`:                         "gossip.every",
		`{"faults":[{"kind":"hold","hub":0,"prob":2}]}`:     "faults[0].prob",
		`{"faults":[{"kind":"melt"}]}`:                      "faults[0].kind",
		`{"topology":{"tiers":[1,1]}}`:                      "topology.tiers",
		`{"output":{"sample_every":"0s"}}`:                  "output.sample_every",
		`{"topology":{"hub_channel_wei":"1.5"}}`:            "1.5",
		`{"nonsense":1}`:                                    "nonsense",
		`{"node":{"reveal_margin":100,"confirm_time":120}}`: "node.reveal_margin",
	}
	for in, field := range cases {
		_, err := Parse([]byte(in))
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: error %v does not name %s", in, err, field)
		}
	}
	c := Default()
	c.Faults = []Fault{{Kind: "offline", Hub: 99}}
	if _, err := Run(c, Options{}); err == nil || !strings.Contains(err.Error(), "faults[0].hub") {
		t.Errorf("hub out of range: %v", err)
	}
}

// TestSweepGrid: a sweep expands to the grid, runs on two workers with the same results as one, and
// the parameter changes the outcome as it should (more gossip loss, more stale views).
func TestSweepGrid(t *testing.T) {
	c := small()
	c.Workload.Payments = 80
	c.Sweep = []SweepParam{
		{Path: "network.loss", Values: []json.RawMessage{json.RawMessage(`0`), json.RawMessage(`0.5`)}},
		{Path: "topology.hubs", Values: []json.RawMessage{json.RawMessage(`5`), json.RawMessage(`8`)}},
	}
	scen, err := Expand(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(scen) != 4 || scen[3].Label != "network.loss=0.5,topology.hubs=8" || scen[3].Config.Topology.Hubs != 8 {
		t.Fatalf("grid: %d scenarios, last %q", len(scen), scen[len(scen)-1].Label)
	}
	one, err := RunSweep(scen, Options{}, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	two, err := RunSweep(scen, Options{}, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	WriteSweepTable(&a, scen, one)
	WriteSweepTable(&b, scen, two)
	if a.String() != b.String() {
		t.Fatalf("one worker and two differ:\n%s\n%s", a.String(), b.String())
	}
	if one[0].Summary.Gossip.Lost != 0 || one[2].Summary.Gossip.Lost == 0 {
		t.Fatal("the swept loss did not apply")
	}
	if err := WriteSweepFiles(t.TempDir(), scen, one, false); err != nil {
		t.Fatal(err)
	}
	if _, err := Expand(Config{Sweep: []SweepParam{{Path: "topology.nope", Values: []json.RawMessage{json.RawMessage(`1`)}}}}); err == nil {
		t.Fatal("an unknown sweep path was accepted")
	}
}

// TestOwnUserViews: with "own" views every user validates and learns the announcements itself (from its
// hubs, after their delay), and a fee raised by a hub reaches payers late: some pay the old fee and are
// refused for it.
func TestOwnUserViews(t *testing.T) {
	c := Default()
	c.Gossip.UserViews = "own"
	c.Gossip.ExtraDelay = Duration(20 * time.Second)
	c.Workload.Payments, c.Workload.Rate = 300, 5
	c.Faults = []Fault{{Kind: "fees", Hub: 2, At: Duration(10 * time.Second), FeeBaseWei: NewWei(1_000_000), FeePPM: 3000}}
	res, out := run(t, c)
	if _, again := run(t, c); !bytes.Equal(out, again) {
		t.Fatal("two runs with users' own views differ")
	}
	s := res.Summary
	if s.Gossip.Accepted < uint64(s.Hubs*(s.Hubs+s.Users)) {
		t.Fatalf("%d announcements accepted: users did not learn for themselves", s.Gossip.Accepted)
	}
	if s.FailureReasons[reasonFee] == 0 {
		t.Fatalf("no payment paid a stale fee: %v", s.FailureReasons)
	}
}

// TestIdleReclaim: a channel left unchanged for collateral.idle_after (the node's default, 1 h) gives back
// what its hub side holds above the floor, and none does before; idle_after 0 turns it off, and
// min_reclaim_wei leaves excesses below it alone. Two runs give the same bytes.
func TestIdleReclaim(t *testing.T) {
	idle := func(last time.Duration) Config {
		c := Default()
		c.Topology.HubCollateralWei = weiE(5, 17) // 0.4 ether above the floor in every user channel
		c.Workload.Trace = []TracePayment{{Payer: 0, Payee: 1, AmountWei: weiE(1, 15)},
			{Payer: 2, Payee: 3, AmountWei: weiE(1, 15), At: Duration(last)}}
		return c
	}
	before, _ := run(t, idle(50*time.Minute))
	if s := before.Summary; s.Reclaims != 0 || s.IdleReclaims != 0 || s.SuccessRatio != 1 {
		t.Fatalf("before an hour of idleness: %d reclaims of %s wei, success %.2f", s.Reclaims, s.ReclaimWei, s.SuccessRatio)
	}
	after, out := run(t, idle(70*time.Minute))
	users := after.Summary.Users
	var got Wei
	if err := got.UnmarshalJSON([]byte(after.Summary.ReclaimWei)); err != nil {
		t.Fatal(err)
	}
	least := weiE(uint64(4*users-1), 17) // 0.4 ether from each user channel, less what payments moved
	if s := after.Summary; s.IdleReclaims != s.Reclaims || s.Reclaims < users || got.Lt(&least.Int) || s.SuccessRatio != 1 {
		t.Fatalf("after 70 min: %d reclaims of %s wei (%d user channels 0.4 ether above the floor), success %.2f",
			s.Reclaims, s.ReclaimWei, users, s.SuccessRatio)
	}
	t.Logf("after 70 min: %d reclaims of %s wei, %d events (%d in 50 min)", after.Summary.Reclaims,
		after.Summary.ReclaimWei, after.Summary.Events, before.Summary.Events)
	if _, again := run(t, idle(70*time.Minute)); !bytes.Equal(out, again) {
		t.Fatal("two runs with idle reclaims differ")
	}
	c := idle(70 * time.Minute)
	c.Collateral.MinReclaimWei = weiE(5, 17) // above the user channels' excess, below the hub-to-hub ones'
	if s := run1(t, c).Summary; s.Reclaims != after.Summary.Reclaims-users {
		t.Fatalf("min_reclaim_wei 0.5 ether: %d reclaims, want %d (the hub-to-hub channels')", s.Reclaims,
			after.Summary.Reclaims-users)
	}
	c.Collateral.IdleAfter = 0
	if s := run1(t, c).Summary; s.Reclaims != 0 {
		t.Fatalf("idle_after 0: %d reclaims", s.Reclaims)
	}
}

func run1(t *testing.T, c Config) *Result {
	t.Helper()
	res, _ := run(t, c)
	return res
}
