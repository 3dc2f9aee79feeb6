package main

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"spoke/api"
	"spoke/node"
)

// BenchmarkProcessHopLatency measures the latency a hub hop adds with every node in a process of its own
// (node's BenchmarkHopLatency runs all engines in one process, where they wait for each other's cores):
// three hub processes in a line (hub - hub2 - hub3, hub-to-hub channels, no fees), Alice and Bob users of
// the first, Carol of the third, all on the devnet chain, SQLite stores on disk. Alice pays 1 wei b.N
// times to Bob (one hub) and b.N times to Carol (three hubs), alternately, one payment at a time, through
// her node's API (spoke_pay over HTTP, as `spoke pay` does; the same call for both, so its cost cancels
// out in the difference). It reports the p50 of each (from the call to its return: Alice's node stored
// the settle) and of the time to the recipient's received event (over its node's WebSocket API), and
// what one hub adds: (three hubs - one hub) / 2.
//
//	go test ./cmd/spoke -run XXX -bench ProcessHopLatency -benchtime 500x
func BenchmarkProcessHopLatency(b *testing.B) {
	e := newE2E(b)
	e.devnet()
	reserve := []string{"--reserve-wei", "10000000000000000000"}
	for _, h := range []string{"hub", "hub2", "hub3"} {
		e.daemon(h, append([]string{"hub", "--datadir", h, "--account", h}, reserve...)...)
	}
	for _, h := range []string{"hub", "hub2", "hub3"} {
		e.waitFile(h + "/api.url")
	}
	for _, link := range [][2]string{{"hub", "hub2"}, {"hub2", "hub3"}} {
		e.must("hub", "connect", "--datadir", link[0], "--wei", "100000000000000000", link[1])
	}
	for _, u := range [][2]string{{"alice", "hub"}, {"bob", "hub"}, {"carol", "hub3"}} {
		e.daemon(u[0], "user", "--datadir", u[0], "--account", u[0], "--hub", u[1])
	}
	for _, u := range []string{"alice", "bob", "carol"} {
		e.waitFile(u + "/api.url")
	}
	e.must("deposit", "--datadir", "alice", "--wei", "1000000000000000000")
	e.must("deposit", "--datadir", "bob", "--wei", "1000")
	e.must("deposit", "--datadir", "carol", "--wei", "1000")
	bob, carol := devnetAddress(b, e, "bob"), devnetAddress(b, e, "carol")
	// The first payments wait for the hubs to hear of each other and to collateralize the recipients.
	deadline := time.Now().Add(120 * time.Second)
	for _, to := range []string{bob, carol} {
		for {
			code, out := e.run("pay", "--datadir", "alice", "--to", to, "--wei", "1000")
			if code == 0 {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("pay %s: exit %d\n%s\n%s", to, code, out, e.logs())
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	alice := &clientFlags{datadir: e.dir + "/alice"}
	client, err := alice.dial(ctx, false)
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	recv := &recvClock{at: map[string]time.Time{}}
	for _, u := range []string{"bob", "carol"} {
		recv.follow(b, ctx, &clientFlags{datadir: e.dir + "/" + u})
	}
	var lat [2][]time.Duration
	var starts [2][]time.Time
	b.ResetTimer()
	for i := range 2 * b.N {
		k, to := i%2, bob
		if k == 1 {
			to = carol
		}
		memo := "bench-" + strconv.Itoa(i)
		req := []api.PayRequest{{To: to, Wei: "1", Memo: memo}}
		t0 := time.Now()
		var res json.RawMessage
		if err := client.CallContext(ctx, &res, "spoke_pay", req, memo); err != nil {
			b.Fatalf("payment %d: %v", i, err)
		}
		lat[k] = append(lat[k], time.Since(t0))
		starts[k] = append(starts[k], t0)
	}
	b.StopTimer()
	var recvLat [2][]time.Duration
	for k := range 2 {
		for j, t0 := range starts[k] {
			if at, ok := recv.wait("bench-"+strconv.Itoa(2*j+k), 10*time.Second); ok {
				recvLat[k] = append(recvLat[k], at.Sub(t0))
			}
		}
	}
	p50 := func(d []time.Duration) float64 {
		if len(d) == 0 {
			return 0
		}
		s := slices.Clone(d)
		slices.Sort(s)
		return float64(s[len(s)/2].Microseconds())
	}
	b.ReportMetric(p50(lat[0]), "hub1-p50-us")
	b.ReportMetric(p50(lat[1]), "hub3-p50-us")
	b.ReportMetric((p50(lat[1])-p50(lat[0]))/2, "per-hub-us")
	b.ReportMetric(p50(recvLat[0]), "hub1-recv-p50-us")
	b.ReportMetric(p50(recvLat[1]), "hub3-recv-p50-us")
	b.ReportMetric((p50(recvLat[1])-p50(recvLat[0]))/2, "per-hub-recv-us")
	if len(recvLat[0]) != b.N || len(recvLat[1]) != b.N {
		b.Errorf("received events for %d and %d of %d payments", len(recvLat[0]), len(recvLat[1]), b.N)
	}
}

// recvClock records when each recipient's node reported a payment received, by memo.
type recvClock struct {
	mu sync.Mutex
	at map[string]time.Time
}

// follow subscribes to the events of the node of c and records its received payments.
func (r *recvClock) follow(b *testing.B, ctx context.Context, c *clientFlags) {
	client, events, sub, err := c.subscribe(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { sub.Unsubscribe(); client.Close() })
	go func() {
		for {
			select {
			case ev := <-events:
				if strings.HasPrefix(ev.Memo, "bench-") && ev.Kind == node.EventReceived {
					r.mu.Lock()
					if _, ok := r.at[ev.Memo]; !ok {
						r.at[ev.Memo] = time.Now()
					}
					r.mu.Unlock()
				}
			case <-sub.Err():
				return
			case <-ctx.Done():
				return
			}
		}
	}()
}

// wait returns when memo's payment was received, waiting up to d for its event.
func (r *recvClock) wait(memo string, d time.Duration) (time.Time, bool) {
	deadline := time.Now().Add(d)
	for {
		r.mu.Lock()
		at, ok := r.at[memo]
		r.mu.Unlock()
		if ok || time.Now().After(deadline) {
			return at, ok
		}
		time.Sleep(5 * time.Millisecond)
	}
}
