package sim

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/holiman/uint256"
)

// ErrConfig wraps every configuration error; the message names the field (its JSON path).
var ErrConfig = errors.New("sim: config")

// Config is a scenario. Its JSON form is documented field by field in docs/sim.md; zero fields take the
// defaults of Default.
type Config struct {
	Name string `json:"name,omitempty"`
	// Seed makes the run deterministic: the same seed and config give byte-identical output.
	Seed uint64 `json:"seed"`
	// VerifySignatures signs every channel state and announcement with the nodes' keys and verifies
	// them (slow); false (the default) skips signatures for scale.
	VerifySignatures bool           `json:"verify_signatures,omitempty"`
	Topology         TopologyConfig `json:"topology"`
	Network          NetworkConfig  `json:"network"`
	Gossip           GossipConfig   `json:"gossip"`
	Workload         WorkloadConfig `json:"workload"`
	Node             NodeConfig     `json:"node"`
	Collateral       CollConfig     `json:"collateral"`
	Faults           []Fault        `json:"faults,omitempty"`
	Output           OutputConfig   `json:"output"`
	// Sweep lists parameters to vary: the grid of every combination runs, one scenario each.
	Sweep []SweepParam `json:"sweep,omitempty"`
}

// TopologyConfig chooses and sizes the graph.
type TopologyConfig struct {
	// Kind: "tiered", "ba" (Barabási-Albert), "ring" (ring with chords) or "file" (File, JSON or CSV).
	Kind string `json:"kind"`
	File string `json:"file,omitempty"`
	Hubs int    `json:"hubs"`
	// Users is the number of users; each attaches to UserHubs hubs (default 1).
	Users    int `json:"users"`
	UserHubs int `json:"user_hubs,omitempty"`
	// Tiers (tiered): hubs per tier from the top; tier 0 is a full mesh, each hub of a lower tier opens
	// Uplinks channels to hubs of the tier above. Default: 10% / 30% / 60% of Hubs.
	Tiers   []int `json:"tiers,omitempty"`
	Uplinks int   `json:"uplinks,omitempty"`
	// M (ba): channels each new hub opens. Chords (ring): chords per hub beyond the ring.
	M      int `json:"m,omitempty"`
	Chords int `json:"chords,omitempty"`
	// HubChannelWei is each direction's balance of a hub-to-hub channel (the top tier gets TopTierScale
	// times more); UserDepositWei the user's side and HubCollateralWei the hub's side of a user channel.
	HubChannelWei    Wei    `json:"hub_channel_wei"`
	TopTierScale     uint64 `json:"top_tier_scale,omitempty"`
	UserDepositWei   Wei    `json:"user_deposit_wei"`
	HubCollateralWei Wei    `json:"hub_collateral_wei"`
	// FeeBaseWei, FeePPM and ExpiryDelta (seconds) are every generated hub's policy; FeeSpread varies
	// each hub's fees by up to +-FeeSpread (a fraction) for diversity.
	FeeBaseWei  Wei     `json:"fee_base_wei"`
	FeePPM      uint32  `json:"fee_ppm"`
	ExpiryDelta uint32  `json:"expiry_delta"`
	FeeSpread   float64 `json:"fee_spread,omitempty"`
}

// Dist is a distribution of durations or amounts.
type Dist struct {
	// Kind: "fixed", "uniform" (Min..Max), "lognormal" (median Value, Sigma), "pareto" (scale Value,
	// Alpha) or "exponential" (mean Value).
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Min   float64 `json:"min,omitempty"`
	Max   float64 `json:"max,omitempty"`
	Sigma float64 `json:"sigma,omitempty"`
	Alpha float64 `json:"alpha,omitempty"`
}

// NetworkConfig is the simulated transport between nodes.
type NetworkConfig struct {
	// LatencyMS is the one-way latency of a message, in milliseconds.
	LatencyMS Dist `json:"latency_ms"`
	// Loss is the probability that a gossip message is lost on a link (channel messages are retried by
	// the node's stream layer and never lost; their latency counts).
	Loss float64 `json:"loss,omitempty"`
	// BandwidthBps is each link's bandwidth in bytes per second for gossip (0: unlimited): a message
	// waits for the ones before it on the link.
	BandwidthBps float64 `json:"bandwidth_bps,omitempty"`
	// HopProcessing is a node's time to check, store and answer one channel update.
	HopProcessing Duration `json:"hop_processing"`
}

// GossipConfig is how announcements travel.
type GossipConfig struct {
	// Every is each hub's announcement interval (the node's DefaultAnnounceEvery, 10 min); MaxAge when
	// an unrefreshed hub is pruned (the node's DefaultNetworkMaxAge, 1 h).
	Every  Duration `json:"every"`
	MaxAge Duration `json:"max_age"`
	// Fanout is each hub's number of gossip mesh peers (gossipsub's D, 6).
	Fanout int `json:"fanout"`
	// ExtraDelay is added to every gossip hop (a node's queueing and validation time).
	ExtraDelay Duration `json:"extra_delay,omitempty"`
	// UserViews: "hub" (default) makes each user route on its first hub's view with a failure memory of
	// its own; "own" gives each user a table and graph fed by gossip from its hubs (costly at scale).
	UserViews string `json:"user_views,omitempty"`
	// Warmup is virtual time before the first payment, for announcements to spread.
	Warmup Duration `json:"warmup"`
}

// WorkloadConfig is the payments.
type WorkloadConfig struct {
	Payments int `json:"payments"`
	// Rate is payments per second (Poisson arrivals).
	Rate float64 `json:"rate"`
	// AmountWei is the amount distribution, in wei.
	AmountWei Dist `json:"amount_wei"`
	// Payers and Payees: "uniform", "zipf" (exponent ZipfS) or "merchant" (a Merchants fraction of users
	// receives MerchantShare of the payments).
	Payers string  `json:"payers"`
	Payees string  `json:"payees"`
	ZipfS  float64 `json:"zipf_s,omitempty"`
	// Trace, if set, replaces the drawn payments: each names its payer and payee by user index and its
	// amount; At (from the first payment) defaults to Poisson arrivals at Rate. Payments and the amount
	// and payer/payee choices are then ignored.
	Trace         []TracePayment `json:"trace,omitempty"`
	Merchants     float64        `json:"merchants,omitempty"`
	MerchantShare float64        `json:"merchant_share,omitempty"`
}

// TracePayment is one payment of a trace.
type TracePayment struct {
	Payer     int      `json:"payer"`
	Payee     int      `json:"payee"`
	AmountWei Wei      `json:"amount_wei"`
	At        Duration `json:"at,omitempty"`
}

// NodeConfig mirrors the node's payment settings (node.Config defaults).
type NodeConfig struct {
	PaymentExpiry    uint64 `json:"payment_expiry"`     // s, node default 3600
	ForwardDelta     uint64 `json:"forward_delta"`      // s, node default 600
	RevealMargin     uint64 `json:"reveal_margin"`      // s, node default ForwardDelta/2
	ConfirmTime      uint64 `json:"confirm_time"`       // s, node default 120
	MaxForwardExpiry uint64 `json:"max_forward_expiry"` // s, node default 2 * PaymentExpiry
	MaxAttempts      int    `json:"max_attempts"`       // routing.DefaultMaxAttempts
}

// CollConfig is autocollateral (docs/sim.md: the node's policy, sized by the node's code).
type CollConfig struct {
	Enabled bool `json:"enabled"`
	// FloorWei and CeilingWei bound the hub's side of a channel (with a user, or with a hub that
	// connected to it); Window is how far back the volume forwarded into the channel counts (the
	// target is 1.5 x that volume, at least the floor and what a refused lock needed, at most the
	// ceiling); Delay is the chain time from the top-up's proposal to its confirmation.
	FloorWei   Wei      `json:"floor_wei"`
	CeilingWei Wei      `json:"ceiling_wei"`
	Window     Duration `json:"window"`
	Delay      Duration `json:"delay"`
	// HubCeilingWei is the ceiling of hub-to-hub channels (a hub peer's own policy, as the node's
	// --channel-collateral sets it); zero: each one's ceiling is the larger of CeilingWei and the hub
	// side it opened with.
	HubCeilingWei Wei `json:"hub_ceiling_wei"`
	// MaxTopUpsPerHour caps each hub's automatic top-ups in any hour (node.CollateralPolicy's, 120).
	MaxTopUpsPerHour int `json:"max_top_ups_per_hour"`
	// IdleAfter is the node's idle reclaim (CollateralPolicy.IdleAfter, --collateral-idle): a channel
	// unchanged that long, with no lock open and no operation under way, gives back what its hub side
	// holds above its target (1.5 x the window's volume, at least the floor if its user put money in, at
	// most the ceiling) when that is at least MinReclaimWei. Hubs look every quarter of it, at most
	// every 30 s. Zero: off.
	IdleAfter Duration `json:"idle_after"`
	// MinReclaimWei is the least idle excess worth a reclaim; zero: a tenth of FloorWei, as the node's
	// SetMinTopUp sets MinReclaim.
	MinReclaimWei Wei `json:"min_reclaim_wei"`
}

// Fault is one injected fault (docs/sim.md lists the kinds).
type Fault struct {
	// Kind: "offline" (hub down At for For), "censor" (hub refuses every forward from At for For),
	// "hold" (hub holds a Prob fraction of the locks it should forward until they expire), "drain"
	// (channel Hub->Peer's Hub side drops to Fraction of its balance At), "fees" (hub changes its fees to
	// FeeBaseWei/FeePPM At and announces at once), "gossip" (gossip Loss and ExtraDelay from At for For).
	Kind       string   `json:"kind"`
	Hub        int      `json:"hub"`
	Peer       int      `json:"peer,omitempty"`
	At         Duration `json:"at"`
	For        Duration `json:"for,omitempty"`
	Prob       float64  `json:"prob,omitempty"`
	Fraction   float64  `json:"fraction,omitempty"`
	FeeBaseWei Wei      `json:"fee_base_wei,omitempty"`
	FeePPM     uint32   `json:"fee_ppm,omitempty"`
	Loss       float64  `json:"loss,omitempty"`
	ExtraDelay Duration `json:"extra_delay,omitempty"`
}

// OutputConfig shapes the output.
type OutputConfig struct {
	// BucketsWei are the upper bounds of the amount buckets (the last bucket is open); default decades.
	BucketsWei []Wei `json:"buckets_wei,omitempty"`
	// SampleEvery is the interval of the time series (liquidity, success ratio over time).
	SampleEvery Duration `json:"sample_every"`
}

// SweepParam is one swept parameter: a JSON path into the config ("gossip.extra_delay",
// "topology.hubs") and its values.
type SweepParam struct {
	Path   string            `json:"path"`
	Values []json.RawMessage `json:"values"`
}

// Default returns the default scenario: 5 hubs in tiers, 20 users, 500 payments.
func Default() Config {
	return Config{
		Seed: 1,
		Topology: TopologyConfig{Kind: "tiered", Hubs: 5, Users: 20, UserHubs: 1, Uplinks: 2, M: 2, Chords: 1,
			HubChannelWei: weiE(1, 18), TopTierScale: 4, UserDepositWei: weiE(1, 17), HubCollateralWei: weiE(1, 17),
			FeeBaseWei: NewWei(1000), FeePPM: 1000, ExpiryDelta: 600},
		Network: NetworkConfig{LatencyMS: Dist{Kind: "lognormal", Value: 50, Sigma: 0.5},
			HopProcessing: Duration(2 * time.Millisecond)},
		Gossip: GossipConfig{Every: Duration(10 * time.Minute), MaxAge: Duration(time.Hour), Fanout: 6,
			UserViews: "hub", Warmup: Duration(30 * time.Second)},
		Workload: WorkloadConfig{Payments: 500, Rate: 1, AmountWei: Dist{Kind: "lognormal", Value: 1e15, Sigma: 1},
			Payers: "uniform", Payees: "uniform", ZipfS: 1.2, Merchants: 0.1, MerchantShare: 0.8},
		Node: NodeConfig{PaymentExpiry: 3600, ForwardDelta: 600, RevealMargin: 300, ConfirmTime: 120,
			MaxForwardExpiry: 7200, MaxAttempts: 5},
		Collateral: CollConfig{Enabled: true, FloorWei: weiE(1, 17), CeilingWei: weiE(17, 17),
			Window: Duration(10 * time.Minute), Delay: Duration(15 * time.Second), MaxTopUpsPerHour: 120,
			IdleAfter: Duration(time.Hour)},
		Output: OutputConfig{SampleEvery: Duration(time.Minute)},
	}
}

func weiE(m uint64, e int) Wei {
	w, ten := NewWei(m), uint256.NewInt(10)
	for range e {
		w.Mul(&w.Int, ten)
	}
	return w
}

// Load reads a scenario from JSON over the defaults. Unknown fields are errors.
func Load(r io.Reader) (Config, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Config{}, err
	}
	return Parse(data)
}

// Parse is Load from bytes.
func Parse(data []byte) (Config, error) {
	cfg := Default()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return cfg, cfg.Validate()
}

// PaymentCount is the number of payments the scenario makes: its trace's, or Workload.Payments.
func (c *Config) PaymentCount() int {
	if len(c.Workload.Trace) > 0 {
		return len(c.Workload.Trace)
	}
	return c.Workload.Payments
}
