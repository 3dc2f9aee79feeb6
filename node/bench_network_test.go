package node_test

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"spoke/announce"
	"spoke/node"
	"spoke/p2p"
)

const (
	// benchHubs is how many hub Networks the propagation benchmarks run.
	benchHubs = 10
	// benchGap is how far the shared clock moves between two announcements of one hub: past the
	// receivers' announce.DefaultMinInterval and the publisher's own gap (that interval plus a second).
	benchGap = announce.DefaultMinInterval + 2*time.Second
	// acceptedLine is the debug line a Network logs once its door accepted an announcement and its
	// graph holds it; acceptLog listens for it.
	acceptedLine = "network: announcement accepted"
)

// benchHub is one hub Network of the propagation benchmarks.
type benchHub struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	host *p2p.Host
	net  *node.Network
}

// acceptLog is a slog.Handler that passes every announcement its Network accepts (acceptedLine, with
// the hub) to seen, with the Network's index and the time of the log call. It is the Network's only
// signal of an arrival that costs no polling.
type acceptLog struct {
	node int
	seen func(node int, hub common.Address, at time.Time)
}

func (h acceptLog) Enabled(context.Context, slog.Level) bool { return true }
func (h acceptLog) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h acceptLog) WithGroup(string) slog.Handler            { return h }

func (h acceptLog) Handle(_ context.Context, r slog.Record) error {
	if r.Message != acceptedLine {
		return nil
	}
	r.Attrs(func(a slog.Attr) bool {
		if hub, ok := a.Value.Any().(common.Address); ok && a.Key == "hub" {
			h.seen(h.node, hub, r.Time)
			return false
		}
		return true
	})
	return nil
}

// startBenchHubs starts benchHubs hub Networks on loopback reading clock, connected by links (pairs of
// indices), each reporting its acceptances to seen, and waits until every one holds every hub's first
// announcement.
func startBenchHubs(b *testing.B, clock *netClock, links [][2]int, seen func(int, common.Address, time.Time)) []*benchHub {
	b.Helper()
	hubs := make([]*benchHub, benchHubs)
	for i := range hubs {
		hubs[i] = startBenchHub(b, clock, acceptLog{node: i, seen: seen})
	}
	for _, l := range links {
		if err := hubs[l[0]].host.Connect(benchCtx(b), hubs[l[1]].host.AddrInfo()); err != nil {
			b.Fatal(err)
		}
	}
	waitUntil(b, "every hub holds every hub", func() bool {
		for _, h := range hubs {
			if len(h.net.Hubs()) != len(hubs) {
				return false
			}
		}
		return true
	})
	return hubs
}

// settle waits out the catch-ups a new peer triggers (at once and 3 s later) and the first gossip
// heartbeats, which form the meshes that relay messages.
func settle() { time.Sleep(4 * time.Second) }

// startBenchHub starts a host and a hub Network (no fee, no channel, no announcement rounds) until the
// benchmark ends.
func startBenchHub(b *testing.B, clock *netClock, log slog.Handler) *benchHub {
	b.Helper()
	h := &benchHub{key: benchKey(b)}
	h.addr = ethcrypto.PubkeyToAddress(h.key.PublicKey)
	h.host = benchHost(b, h.key)
	var err error
	h.net, err = node.NewNetwork(node.NetworkConfig{
		Host: h.host, Key: h.key, ChainID: netChain, Contract: netContract, Hub: true,
		Policy: func() node.HubPolicy { return hubPolicy(0, 0, 600) },
		Every:  1000 * time.Hour, // no rounds while the clock runs ahead: only AnnounceNow publishes
		Clock:  clock.Now, Logger: slog.New(log),
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.net.Run(ctx) }()
	b.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			b.Errorf("Run: %v", err)
		}
	})
	return h
}

func benchKey(b *testing.B) *ecdsa.PrivateKey {
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	return key
}

func benchHost(b *testing.B, key *ecdsa.PrivateKey) *p2p.Host {
	h, err := p2p.New(p2p.Config{Key: key})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = h.Close() })
	return h
}

// benchCtx is a context that ends with the benchmark.
func benchCtx(b *testing.B) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(cancel)
	return ctx
}

// waitUntil polls cond every 20 ms until it holds, failing after 30 s.
func waitUntil(b *testing.B, what string, cond func() bool) {
	b.Helper()
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	b.Fatalf("timed out waiting until %s", what)
}

// chainLinks links n nodes in a line (i to i+1), closed into a ring if ring.
func chainLinks(n int, ring bool) [][2]int {
	var links [][2]int
	for i := 0; i+1 < n; i++ {
		links = append(links, [2]int{i, i + 1})
	}
	if ring {
		links = append(links, [2]int{n - 1, 0})
	}
	return links
}

// reportPercentiles reports the p50, p99 and max and p99 (in µs) of sorted durations.
func reportPercentiles(b *testing.B, sorted []time.Duration) {
	b.ReportMetric(float64(sorted[len(sorted)/2].Microseconds()), "p50-us")
	b.ReportMetric(float64(sorted[len(sorted)*99/100].Microseconds()), "p99-us")
	b.ReportMetric(float64(sorted[len(sorted)-1].Microseconds()), "max-us")
}

// holdsAt reports how many of hubs n holds with an announcement of timestamp ts.
func holdsAt(n *node.Network, hubs map[common.Address]bool, ts time.Time) int {
	held := 0
	for _, h := range n.Hubs() {
		if hubs[h.Hub] && h.Announced.Equal(ts) {
			held++
		}
	}
	return held
}

// minHeld is the least number of hubs any of nets holds with an announcement of timestamp ts.
func minHeld(nets []*benchHub, hubs map[common.Address]bool, ts time.Time) int {
	least := len(hubs)
	for _, h := range nets {
		least = min(least, holdsAt(h.net, hubs, ts))
	}
	return least
}
