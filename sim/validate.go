package sim

import (
	"fmt"
	"math"
	"slices"
)

// bad returns a configuration error naming the field.
func bad(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrConfig, field, fmt.Sprintf(format, args...))
}

func oneOf(field, v string, allowed ...string) error {
	if slices.Contains(allowed, v) {
		return nil
	}
	return bad(field, "%q is not one of %v", v, allowed)
}

// Validate checks the scenario; the error names the first bad field by its JSON path.
func (c *Config) Validate() error {
	checks := []func() error{c.Topology.validate, c.Network.validate, c.Gossip.validate, c.Workload.validate,
		c.Node.validate, c.Collateral.validate, c.validateFaults, c.Output.validate}
	for _, f := range checks {
		if err := f(); err != nil {
			return err
		}
	}
	for i, p := range c.Sweep {
		if p.Path == "" || len(p.Values) == 0 {
			return bad(fmt.Sprintf("sweep[%d]", i), "needs a path and at least one value")
		}
	}
	return nil
}

func (t *TopologyConfig) validate() error {
	if err := oneOf("topology.kind", t.Kind, "tiered", "ba", "ring", "file"); err != nil {
		return err
	}
	switch {
	case t.Kind == "file" && t.File == "":
		return bad("topology.file", "a file topology needs a file")
	case t.Kind != "file" && t.Hubs < 2:
		return bad("topology.hubs", "%d: at least 2", t.Hubs)
	case t.Kind != "file" && t.Users < 2:
		return bad("topology.users", "%d: at least 2", t.Users)
	case t.UserHubs < 1 || (t.Kind != "file" && t.UserHubs > t.Hubs):
		return bad("topology.user_hubs", "%d: between 1 and the number of hubs", t.UserHubs)
	case t.Kind == "ba" && (t.M < 1 || t.M >= t.Hubs):
		return bad("topology.m", "%d: between 1 and hubs-1", t.M)
	case t.Kind == "tiered" && t.Uplinks < 1:
		return bad("topology.uplinks", "%d: at least 1", t.Uplinks)
	case t.Chords < 0:
		return bad("topology.chords", "%d: not negative", t.Chords)
	case t.FeeSpread < 0 || t.FeeSpread >= 1:
		return bad("topology.fee_spread", "%v: in [0, 1)", t.FeeSpread)
	case t.HubChannelWei.IsZero() && t.Kind != "file":
		return bad("topology.hub_channel_wei", "zero")
	}
	sum := 0
	for i, n := range t.Tiers {
		if n < 1 {
			return bad(fmt.Sprintf("topology.tiers[%d]", i), "%d: at least 1", n)
		}
		sum += n
	}
	if len(t.Tiers) > 0 && sum != t.Hubs {
		return bad("topology.tiers", "sum %d, but hubs is %d", sum, t.Hubs)
	}
	return nil
}

func (d Dist) validate(field string) error {
	if err := oneOf(field+".kind", d.Kind, "fixed", "uniform", "lognormal", "pareto", "exponential"); err != nil {
		return err
	}
	finite := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	switch {
	case !finite(d.Value) || !finite(d.Min) || !finite(d.Max) || !finite(d.Sigma) || !finite(d.Alpha):
		return bad(field, "not finite")
	case d.Kind == "uniform" && !(d.Min >= 0 && d.Max >= d.Min):
		return bad(field+".max", "uniform needs 0 <= min <= max")
	case d.Kind != "uniform" && d.Value <= 0:
		return bad(field+".value", "%v: must be positive", d.Value)
	case d.Kind == "lognormal" && d.Sigma < 0:
		return bad(field+".sigma", "%v: not negative", d.Sigma)
	case d.Kind == "pareto" && d.Alpha <= 0:
		return bad(field+".alpha", "%v: must be positive", d.Alpha)
	}
	return nil
}

func (n *NetworkConfig) validate() error {
	if err := n.LatencyMS.validate("network.latency_ms"); err != nil {
		return err
	}
	switch {
	case n.Loss < 0 || n.Loss >= 1:
		return bad("network.loss", "%v: in [0, 1)", n.Loss)
	case n.BandwidthBps < 0:
		return bad("network.bandwidth_bps", "%v: not negative", n.BandwidthBps)
	case n.HopProcessing < 0:
		return bad("network.hop_processing", "negative")
	}
	return nil
}

func (g *GossipConfig) validate() error {
	switch {
	case g.Every.D() <= 10e9:
		return bad("gossip.every", "%s: above the table's 10s minimum interval", g.Every.D())
	case g.MaxAge <= g.Every:
		return bad("gossip.max_age", "%s: above gossip.every", g.MaxAge.D())
	case g.Fanout < 1:
		return bad("gossip.fanout", "%d: at least 1", g.Fanout)
	case g.ExtraDelay < 0 || g.Warmup < 0:
		return bad("gossip.extra_delay", "negative duration")
	}
	return oneOf("gossip.user_views", g.UserViews, "hub", "own")
}

func (w *WorkloadConfig) validate() error {
	switch {
	case w.Payments < 0:
		return bad("workload.payments", "%d: not negative", w.Payments)
	case !(w.Rate > 0) || math.IsInf(w.Rate, 0):
		return bad("workload.rate", "%v: payments per second, positive", w.Rate)
	case w.ZipfS <= 1 && (w.Payers == "zipf" || w.Payees == "zipf"):
		return bad("workload.zipf_s", "%v: above 1", w.ZipfS)
	case (w.Payers == "merchant" || w.Payees == "merchant") && !(w.Merchants > 0 && w.Merchants <= 1):
		return bad("workload.merchants", "%v: a fraction in (0, 1]", w.Merchants)
	case w.MerchantShare < 0 || w.MerchantShare > 1:
		return bad("workload.merchant_share", "%v: in [0, 1]", w.MerchantShare)
	}
	for i, p := range w.Trace {
		if p.Payer < 0 || p.Payee < 0 || p.Payer == p.Payee || p.AmountWei.IsZero() {
			return bad(fmt.Sprintf("workload.trace[%d]", i), "needs two distinct user indices and an amount")
		}
	}
	if err := w.AmountWei.validate("workload.amount_wei"); err != nil {
		return err
	}
	if err := oneOf("workload.payers", w.Payers, "uniform", "zipf", "merchant"); err != nil {
		return err
	}
	return oneOf("workload.payees", w.Payees, "uniform", "zipf", "merchant")
}

func (n *NodeConfig) validate() error {
	switch {
	case n.ForwardDelta == 0 || n.PaymentExpiry <= n.ForwardDelta:
		return bad("node.payment_expiry", "%d: above node.forward_delta %d", n.PaymentExpiry, n.ForwardDelta)
	case n.MaxAttempts < 1:
		return bad("node.max_attempts", "%d: at least 1", n.MaxAttempts)
	case n.RevealMargin <= n.ConfirmTime:
		return bad("node.reveal_margin", "%d: above node.confirm_time %d (a node refuses it: its reveals would be mined too late)",
			n.RevealMargin, n.ConfirmTime)
	case n.MaxForwardExpiry <= n.RevealMargin+n.ConfirmTime+n.ForwardDelta:
		return bad("node.max_forward_expiry", "%d: too short for the recipient's margins", n.MaxForwardExpiry)
	}
	return nil
}

func (c *CollConfig) validate() error {
	switch {
	case c.Enabled && c.CeilingWei.Lt(&c.FloorWei.Int):
		return bad("collateral.ceiling_wei", "below collateral.floor_wei")
	case c.Window <= 0:
		return bad("collateral.window", "must be positive")
	case c.Delay < 0:
		return bad("collateral.delay", "negative")
	case c.Enabled && !c.HubCeilingWei.IsZero() && c.HubCeilingWei.Lt(&c.FloorWei.Int):
		return bad("collateral.hub_ceiling_wei", "below collateral.floor_wei")
	case c.IdleAfter < 0:
		return bad("collateral.idle_after", "negative (0 turns idle reclaim off)")
	case c.Enabled && c.MaxTopUpsPerHour < 1:
		return bad("collateral.max_top_ups_per_hour", "%d: at least 1", c.MaxTopUpsPerHour)
	}
	return nil
}

func (c *Config) validateFaults() error {
	for i, f := range c.Faults {
		field := fmt.Sprintf("faults[%d]", i)
		if err := oneOf(field+".kind", f.Kind, "offline", "censor", "hold", "drain", "fees", "gossip"); err != nil {
			return err
		}
		switch {
		case f.Hub < 0:
			return bad(field+".hub", "%d: a hub index", f.Hub)
		case f.At < 0 || f.For < 0:
			return bad(field+".at", "negative duration")
		case f.Kind == "hold" && !(f.Prob > 0 && f.Prob <= 1):
			return bad(field+".prob", "%v: in (0, 1]", f.Prob)
		case f.Kind == "drain" && !(f.Fraction >= 0 && f.Fraction < 1):
			return bad(field+".fraction", "%v: in [0, 1)", f.Fraction)
		case f.Kind == "gossip" && (f.Loss < 0 || f.Loss >= 1):
			return bad(field+".loss", "%v: in [0, 1)", f.Loss)
		}
	}
	return nil
}

func (o *OutputConfig) validate() error {
	if o.SampleEvery <= 0 {
		return bad("output.sample_every", "must be positive")
	}
	for i := 1; i < len(o.BucketsWei); i++ {
		if !o.BucketsWei[i-1].Lt(&o.BucketsWei[i].Int) {
			return bad(fmt.Sprintf("output.buckets_wei[%d]", i), "not above the one before")
		}
	}
	return nil
}
