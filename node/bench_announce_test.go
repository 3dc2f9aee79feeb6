package node_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/announce"
	"spoke/p2p"
)

// BenchmarkAnnouncePropagation measures how fast one hub's announcement reaches 10 hub Networks (real
// libp2p hosts on loopback, the hubs gossip through each Network's door) connected in a line (hub 0
// at one end: 9 gossip hops to the other) or a ring (5 hops at most). An op is one round: the shared
// clock moves past the min interval, hub 0 calls AnnounceNow, and the round ends when the last Network
// accepted the announcement (its graph holds it). p50, p99 and max are over b.N rounds.
func BenchmarkAnnouncePropagation(b *testing.B) {
	for _, ring := range []bool{false, true} {
		name := "line"
		if ring {
			name = "ring"
		}
		b.Run(name, func(b *testing.B) { benchPropagation(b, ring) })
	}
}

func benchPropagation(b *testing.B, ring bool) {
	clock := &netClock{now: netT0}
	arr := &arrivals{}
	hubs := startBenchHubs(b, clock, chainLinks(benchHubs, ring), arr.accepted)
	settle()
	pub, ctx := hubs[0], benchCtx(b)
	round := func() time.Duration {
		clock.Advance(benchGap)
		done := arr.expect(pub.addr, len(hubs))
		t0 := time.Now()
		if err := pub.net.AnnounceNow(ctx); err != nil {
			b.Fatal(err)
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			b.Fatalf("%d of %d Networks accepted the announcement in 10 s", arr.count(), len(hubs))
		}
		return arr.lastAt().Sub(t0)
	}
	for range 5 { // warm-up: streams open, meshes formed
		round()
	}
	lat := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := range b.N {
		lat[i] = round()
	}
	b.StopTimer()
	if held := minHeld(hubs, map[common.Address]bool{pub.addr: true}, clock.Now()); held != 1 {
		b.Fatal("a Network does not hold the last announcement")
	}
	slices.Sort(lat)
	reportPercentiles(b, lat)
}

// arrivals tracks which Networks accepted the announcement of one hub, and when the last did.
type arrivals struct {
	mu   sync.Mutex
	hub  common.Address
	want int
	seen map[int]bool
	last time.Time
	done chan struct{}
}

// expect starts tracking hub's next announcement; the channel closes once want Networks accepted it.
func (a *arrivals) expect(hub common.Address, want int) <-chan struct{} {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.hub, a.want, a.seen, a.last, a.done = hub, want, map[int]bool{}, time.Time{}, make(chan struct{})
	return a.done
}

// accepted is acceptLog's callback.
func (a *arrivals) accepted(node int, hub common.Address, at time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.done == nil || hub != a.hub || a.seen[node] {
		return
	}
	a.seen[node] = true
	if at.After(a.last) {
		a.last = at
	}
	if len(a.seen) == a.want {
		close(a.done)
	}
}

func (a *arrivals) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.seen)
}

func (a *arrivals) lastAt() time.Time {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.last
}

// burstSize is the number of announcements, of as many hubs, in one burst.
const burstSize = 1000

// BenchmarkAnnounceBurst measures a burst of 1,000 announcements of 1,000 distinct hubs (fresh keys, one
// announcement each per burst, so no hub's min interval is in the way) through 10 hub Networks in a
// ring. Each Network has a publisher beside it: a host on the gossip topic that takes no part in relaying
// (its door accepts its own messages and ignores the rest). An op is one burst: the publishers send 100
// each, all at once: as fast as Publish returns (rate=max), or paced to a total rate of announcements per
// second. burst-ms is the worst time, over the bursts, from the first publish to the last acceptance at
// any Network (a burst ends when every Network accepted every announcement, or after 2 s with no
// acceptance); held-min is the fewest of the 1,000 that any Network holds afterwards, by its Hubs():
// 1,000 means no drops.
func BenchmarkAnnounceBurst(b *testing.B) {
	for _, rate := range []int{0, 200, 100} {
		name, pace := "rate=max", time.Duration(0)
		if rate > 0 {
			name, pace = fmt.Sprintf("rate=%d", rate), time.Duration(benchHubs)*time.Second/time.Duration(rate)
		}
		b.Run(name, func(b *testing.B) { benchBurst(b, pace) })
	}
}

func benchBurst(b *testing.B, pace time.Duration) {
	clock := &netClock{now: netT0}
	keys, set := burstKeys(b)
	t := &tally{hubs: set}
	hubs := startBenchHubs(b, clock, chainLinks(benchHubs, true), t.accepted)
	pubs := make([]*p2p.Gossip, len(hubs))
	for i, h := range hubs {
		pubs[i] = startPublisher(b, h)
	}
	settle()
	ctx := benchCtx(b)
	var worst time.Duration
	held := burstSize
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		clock.Advance(benchGap)
		msgs := signBurst(b, keys, clock.Now())
		t.reset()
		b.StartTimer()
		t0 := time.Now()
		publishBurst(b, ctx, pubs, msgs, pace)
		last := t.wait(b, len(hubs)*burstSize, 2*time.Second)
		b.StopTimer()
		worst = max(worst, last.Sub(t0))
		held = min(held, minHeld(hubs, set, clock.Now()))
	}
	b.ReportMetric(float64(worst.Milliseconds()), "burst-ms")
	b.ReportMetric(float64(held), "held-min")
}

// publishBurst publishes msgs, an equal share through each of pubs, concurrently, each publisher waiting
// pace after each of its messages.
func publishBurst(b *testing.B, ctx context.Context, pubs []*p2p.Gossip, msgs [][]byte, pace time.Duration) {
	per := len(msgs) / len(pubs)
	var wg sync.WaitGroup
	for j, g := range pubs {
		wg.Go(func() {
			for _, m := range msgs[j*per : (j+1)*per] {
				if err := g.Publish(ctx, m); err != nil {
					b.Error(err)
				}
				time.Sleep(pace)
			}
		})
	}
	wg.Wait()
}

// startPublisher starts a host beside hub, connected to it, on the gossip topic with a door that accepts
// only its own messages, and serving an empty catch-up.
func startPublisher(b *testing.B, hub *benchHub) *p2p.Gossip {
	b.Helper()
	h := benchHost(b, benchKey(b))
	h.ServeHubSync(func() [][]byte { return nil })
	self := h.ID()
	g, err := h.JoinGossip(p2p.GossipConfig{MaxMessageSize: announce.MaxSize,
		Validate: func(_ context.Context, from peer.ID, _ []byte) p2p.GossipVerdict {
			if from == self {
				return p2p.GossipAccept
			}
			return p2p.GossipIgnore
		}})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = g.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(cancel)
	go func() { // its own messages are delivered to it: keep its buffer from filling
		for {
			if _, err := g.Next(ctx); err != nil {
				return
			}
		}
	}()
	if err := h.Connect(benchCtx(b), hub.host.AddrInfo()); err != nil {
		b.Fatal(err)
	}
	return g
}

// burstKeys makes the keys of the burst's hubs and the set of their addresses.
func burstKeys(b *testing.B) ([]*ecdsa.PrivateKey, map[common.Address]bool) {
	keys := make([]*ecdsa.PrivateKey, burstSize)
	set := make(map[common.Address]bool, burstSize)
	for i := range keys {
		keys[i] = benchKey(b)
		set[ethcrypto.PubkeyToAddress(keys[i].PublicKey)] = true
	}
	return keys, set
}

// signBurst returns one encoded announcement of each key's hub, signed with timestamp at.
func signBurst(b *testing.B, keys []*ecdsa.PrivateKey, at time.Time) [][]byte {
	out := make([][]byte, len(keys))
	for i, k := range keys {
		a := announce.Announcement{Addrs: []string{"/ip4/127.0.0.1/tcp/4001"}, ChainID: netChain, Contract: netContract,
			ExpiryDelta: 600, Timestamp: uint64(at.Unix())}
		s, err := a.Sign(k)
		if err != nil {
			b.Fatal(err)
		}
		if out[i], err = s.Encode(); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// tally counts the Networks' acceptances of announcements of hubs, and when the last came.
type tally struct {
	hubs map[common.Address]bool // read-only

	mu    sync.Mutex
	total int
	last  time.Time
}

// accepted is acceptLog's callback.
func (t *tally) accepted(_ int, hub common.Address, at time.Time) {
	if !t.hubs[hub] {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.total++
	if at.After(t.last) {
		t.last = at
	}
}

func (t *tally) reset() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.total, t.last = 0, time.Time{}
}

// wait returns the time of the last acceptance once want were counted, or once none came for quiet.
func (t *tally) wait(b *testing.B, want int, quiet time.Duration) time.Time {
	for end := time.Now().Add(time.Minute); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		t.mu.Lock()
		total, last := t.total, t.last
		t.mu.Unlock()
		if total >= want || (!last.IsZero() && time.Since(last) > quiet) {
			return last
		}
	}
	b.Fatal("no acceptance within a minute")
	return time.Time{}
}
