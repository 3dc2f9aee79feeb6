package sim

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/holiman/uint256"
)

// Topology is a network before it runs: hubs with their policies, hub-to-hub channels with a balance
// per direction, and users attached to hubs. Indices refer to Hubs and Users. The JSON form is the
// imported format (docs/sim.md).
type Topology struct {
	Hubs     []HubSpec     `json:"hubs"`
	Channels []ChannelSpec `json:"channels"`
	Users    []UserSpec    `json:"users"`
}

// HubSpec is one hub's announced policy.
type HubSpec struct {
	Name        string `json:"name,omitempty"`
	FeeBaseWei  Wei    `json:"fee_base_wei"`
	FeePPM      uint32 `json:"fee_ppm"`
	ExpiryDelta uint32 `json:"expiry_delta"`
	Tier        int    `json:"tier,omitempty"`
}

// ChannelSpec is a hub-to-hub channel: hub A connected to hub B (A is the channel's user side, B its hub
// side, as `spoke hub connect` makes it); AWei is what A can send to B, BWei what B can send to A.
type ChannelSpec struct {
	A    int `json:"a"`
	B    int `json:"b"`
	AWei Wei `json:"a_wei"`
	BWei Wei `json:"b_wei"`
}

// UserSpec is a user's channels: one per hub, each with the user's deposit and the hub's collateral.
type UserSpec struct {
	Name          string `json:"name,omitempty"`
	Hubs          []int  `json:"hubs"`
	DepositWei    Wei    `json:"deposit_wei"`
	CollateralWei Wei    `json:"collateral_wei"`
}

// Check verifies indices and that no pair of hubs has two channels.
func (t *Topology) Check() error {
	if len(t.Hubs) < 1 || len(t.Users) < 2 {
		return bad("topology", "%d hubs and %d users: at least 1 and 2", len(t.Hubs), len(t.Users))
	}
	seen := map[[2]int]bool{}
	for i, c := range t.Channels {
		f := fmt.Sprintf("topology.channels[%d]", i)
		if c.A < 0 || c.B < 0 || c.A >= len(t.Hubs) || c.B >= len(t.Hubs) || c.A == c.B {
			return bad(f, "hubs %d and %d: two distinct hub indices below %d", c.A, c.B, len(t.Hubs))
		}
		k := [2]int{min(c.A, c.B), max(c.A, c.B)}
		if seen[k] {
			return bad(f, "a second channel between hubs %d and %d", c.A, c.B)
		}
		seen[k] = true
	}
	for i, u := range t.Users {
		f := fmt.Sprintf("topology.users[%d].hubs", i)
		if len(u.Hubs) == 0 {
			return bad(f, "no hub")
		}
		for _, h := range u.Hubs {
			if h < 0 || h >= len(t.Hubs) {
				return bad(f, "hub %d out of range", h)
			}
		}
	}
	return nil
}

// Generate builds the configured topology (not "file": see LoadTopology).
func Generate(c TopologyConfig, seed uint64) (*Topology, error) {
	r := newRand(seed, streamTopology)
	t := &Topology{}
	var tiers []int
	switch c.Kind {
	case "tiered":
		tiers = tierSizes(c)
		t.tiered(c, tiers, r)
	case "ba":
		t.barabasiAlbert(c, r)
	case "ring":
		t.ring(c, r)
	default:
		return nil, bad("topology.kind", "%q cannot be generated", c.Kind)
	}
	t.policies(c, tiers, r)
	t.attachUsers(c, r)
	return t, t.Check()
}

// tierSizes returns the hubs per tier: Tiers, or 10% (at least 2 of 4 or more hubs) / 30% / the rest.
func tierSizes(c TopologyConfig) []int {
	if len(c.Tiers) > 0 {
		return c.Tiers
	}
	top := max(1, c.Hubs/10)
	if c.Hubs >= 4 {
		top = max(2, top) // a top tier of one hub is a single point of failure
	}
	mid := max(0, min(c.Hubs-top-1, (3*c.Hubs)/10))
	rest := c.Hubs - top - mid
	out := []int{top}
	if mid > 0 {
		out = append(out, mid)
	}
	if rest > 0 {
		out = append(out, rest)
	}
	return out
}

// channel adds a channel between a and b with each direction's balance bal.
func (t *Topology) channel(a, b int, bal Wei) {
	t.Channels = append(t.Channels, ChannelSpec{A: a, B: b, AWei: bal, BWei: bal})
}

func (t *Topology) hasChannel(a, b int) bool {
	return slices.ContainsFunc(t.Channels, func(c ChannelSpec) bool { return (c.A == a && c.B == b) || (c.A == b && c.B == a) })
}

// tiered: tier 0 is a full mesh with TopTierScale times the balance; each lower hub opens Uplinks
// channels to distinct random hubs of the tier above (fewer if the tier is smaller).
func (t *Topology) tiered(c TopologyConfig, tiers []int, r *rand.Rand) {
	big := c.HubChannelWei
	big.Mul(&big.Int, uint256.NewInt(max(c.TopTierScale, 1)))
	start := 0
	for ti, n := range tiers {
		for i := start; i < start+n; i++ {
			t.Hubs = append(t.Hubs, HubSpec{Tier: ti})
			if ti == 0 {
				for j := start; j < i; j++ {
					t.channel(i, j, big)
				}
				continue
			}
			above := tiers[ti-1]
			aboveStart := start - above
			for _, k := range r.Perm(above)[:min(c.Uplinks, above)] {
				t.channel(i, aboveStart+k, c.HubChannelWei)
			}
		}
		start += n
	}
}

// barabasiAlbert: a seed clique of M+1 hubs, then each new hub opens M channels to distinct hubs chosen
// with probability proportional to their degree.
func (t *Topology) barabasiAlbert(c TopologyConfig, r *rand.Rand) {
	var ends []int // every channel end once: degree-proportional choice
	for i := 0; i < c.Hubs; i++ {
		t.Hubs = append(t.Hubs, HubSpec{})
		if i <= c.M {
			for j := 0; j < i; j++ {
				t.channel(i, j, c.HubChannelWei)
				ends = append(ends, i, j)
			}
			continue
		}
		chosen := map[int]bool{}
		for len(chosen) < c.M {
			chosen[ends[r.IntN(len(ends))]] = true
		}
		peers := make([]int, 0, len(chosen))
		for p := range chosen {
			peers = append(peers, p)
		}
		slices.Sort(peers)
		for _, p := range peers {
			t.channel(i, p, c.HubChannelWei)
			ends = append(ends, i, p)
		}
	}
}

// ring: hub i connects to i+1, and each hub adds Chords channels to random hubs it has none with.
func (t *Topology) ring(c TopologyConfig, r *rand.Rand) {
	for i := 0; i < c.Hubs; i++ {
		t.Hubs = append(t.Hubs, HubSpec{})
	}
	for i := 0; i < c.Hubs; i++ {
		if j := (i + 1) % c.Hubs; !t.hasChannel(i, j) {
			t.channel(i, j, c.HubChannelWei)
		}
	}
	for i := 0; i < c.Hubs; i++ {
		for range c.Chords {
			for try := 0; try < 8; try++ {
				j := r.IntN(c.Hubs)
				if j != i && !t.hasChannel(i, j) {
					t.channel(i, j, c.HubChannelWei)
					break
				}
			}
		}
	}
}

// policies gives every hub the configured fees, spread by +-FeeSpread, and names it.
func (t *Topology) policies(c TopologyConfig, tiers []int, r *rand.Rand) {
	for i := range t.Hubs {
		h := &t.Hubs[i]
		h.Name = fmt.Sprintf("hub%d", i)
		f := 1 + c.FeeSpread*(2*r.Float64()-1)
		h.FeeBaseWei = scaleWei(c.FeeBaseWei, f)
		h.FeePPM = uint32(float64(c.FeePPM)*f + 0.5)
		h.ExpiryDelta = c.ExpiryDelta
	}
}

// attachUsers spreads the users over the hubs: in tiered topologies over the lowest tier's hubs (and
// all hubs if it is the only one), elsewhere over all hubs; each user gets UserHubs distinct hubs.
func (t *Topology) attachUsers(c TopologyConfig, r *rand.Rand) {
	var pool []int
	low := t.Hubs[len(t.Hubs)-1].Tier
	for i, h := range t.Hubs {
		if h.Tier == low {
			pool = append(pool, i)
		}
	}
	for u := 0; u < c.Users; u++ {
		n := min(c.UserHubs, len(pool))
		hubs := []int{pool[u%len(pool)]}
		for len(hubs) < n {
			if h := pool[r.IntN(len(pool))]; !slices.Contains(hubs, h) {
				hubs = append(hubs, h)
			}
		}
		t.Users = append(t.Users, UserSpec{Name: fmt.Sprintf("user%d", u), Hubs: hubs,
			DepositWei: c.UserDepositWei, CollateralWei: c.HubCollateralWei})
	}
}

// scaleWei returns w*f rounded to the nearest wei (float precision; exactly w for f = 1).
func scaleWei(w Wei, f float64) Wei {
	if f == 1 {
		return w
	}
	out, ok := ParseWei(fmt.Sprintf("%.0f", w.Float()*f))
	if ok != nil {
		return w
	}
	return out
}
