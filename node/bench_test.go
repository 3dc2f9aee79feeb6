package node

import (
	"context"
	"crypto/rand"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// The signature work of one forwarded payment: four states (payer's lock, hub's lock, recipient's
// settle, hub's settle upstream), each signed by its proposer and its acceptor and each signature
// recovered by the other party: 8 signs and 8 recovers.
const (
	paymentStates = 4
	sigsPerState  = 2
)

// signatureWork returns the time of one payment's bare signature work, measured now.
func signatureWork(b *testing.B) time.Duration {
	b.Helper()
	var digest common.Hash
	_, _ = rand.Read(digest[:])
	const rounds = 200
	start := time.Now()
	for range rounds {
		for range paymentStates * sigsPerState {
			sig, err := state.Sign(digest, hubKey)
			if err != nil {
				b.Fatal(err)
			}
			if err := state.Verify(digest, sig[:], hubAddr); err != nil {
				b.Fatal(err)
			}
		}
	}
	return time.Since(start) / rounds
}

// BenchmarkForwardedPayment measures payments from one user to another through a hub: three engines
// in this process, real libp2p on loopback, SQLite stores with fsync. Serial: one payment at a time
// (its latency is sender-to-receiver: Pay returns once the recipient's settle came back to the payer).
// Inflight64: 64 payments in flight. Each reports payments/s, p50 and p99 latency, and ceiling-ratio:
// payments/s divided by the payments/s the bare signature work of one payment allows on one core,
// measured in the same run.
func BenchmarkForwardedPayment(b *testing.B) {
	for _, inflight := range []int{1, 64} {
		name := "Serial"
		if inflight > 1 {
			name = "Inflight64"
		}
		b.Run(name, func(b *testing.B) { benchForward(b, inflight) })
	}
}

func benchForward(b *testing.B, inflight int) {
	n := startHubNet(b, 500_000, 500_000)
	alice, bob := n.users[0], n.users[1]
	sigWork := signatureWork(b)
	recv := newRecvTimes(b.N)
	go recv.follow(bob.eng.Subscribe(runCtx(b)))
	b.ResetTimer()
	elapsed, lat := runPayments(b, inflight, recv, func(i int) error {
		p := payTo(bob, 1)
		p.Memo = strconv.Itoa(i)
		_, err := alice.eng.Pay(testCtx(b), p)
		return err
	})
	b.StopTimer()
	reportPayments(b, elapsed, lat, recv)
	b.ReportMetric(float64(sigWork.Microseconds()), "sigwork-us")
	b.ReportMetric(float64(b.N)/elapsed.Seconds()*sigWork.Seconds(), "ceiling-ratio")
}

// runCtx is a context for a whole benchmark run, ended by its cleanup. Unlike testCtx it has no 60 s
// limit: a subscription for a run of 10,000 serial payments outlives that.
func runCtx(b *testing.B) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	b.Cleanup(cancel)
	return ctx
}

// recvTimes measures sender-to-receiver latency: from a payment's start to the recipient's
// EventReceived (the lock that pays it is double-signed and stored with its preimage), matched by the memo.
type recvTimes struct {
	mu      sync.Mutex
	started []time.Time
	lat     []time.Duration
	done    chan struct{}
	want    int
}

func newRecvTimes(n int) *recvTimes {
	return &recvTimes{started: make([]time.Time, n), lat: make([]time.Duration, 0, n), done: make(chan struct{}), want: n}
}

func (r *recvTimes) start(i int) time.Time {
	now := time.Now()
	r.mu.Lock()
	r.started[i] = now
	r.mu.Unlock()
	return now
}

func (r *recvTimes) follow(events <-chan Event) {
	for ev := range events {
		if ev.Kind != EventReceived {
			continue
		}
		i, err := strconv.Atoi(ev.Memo)
		r.mu.Lock()
		if err == nil && i >= 0 && i < len(r.started) {
			r.lat = append(r.lat, time.Since(r.started[i]))
		}
		n := len(r.lat)
		r.mu.Unlock()
		if n == r.want {
			close(r.done)
			return
		}
	}
}

// sorted waits for every payment's EventReceived and returns the latencies sorted.
func (r *recvTimes) sorted(b *testing.B) []time.Duration {
	select {
	case <-r.done:
	case <-time.After(30 * time.Second):
		b.Fatalf("the recipient reported %d of %d payments", len(r.lat), r.want)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	slices.Sort(r.lat)
	return r.lat
}
