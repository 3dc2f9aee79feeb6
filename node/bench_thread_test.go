package node

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/state"
)

// threadWork returns the time of one thread payment's bare signature work, measured now: the sender
// signs the state's digest and the receiver recovers the signer (one digest each).
func threadWork(b *testing.B) time.Duration {
	b.Helper()
	ts := state.ThreadState{Hub: hubAddr, Sender: userAddr, Receiver: hubAddr, ThreadID: 7, TxCount: 1,
		WeiSender: *uint256.NewInt(1000)}
	const rounds = 400
	start := time.Now()
	for i := range rounds {
		ts.TxCount = uint64(i + 1)
		sig, err := state.Sign(domain.ThreadDigest(&ts), hubKey)
		if err != nil {
			b.Fatal(err)
		}
		if err := state.Verify(domain.ThreadDigest(&ts), sig[:], hubAddr); err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start) / rounds
}

// BenchmarkThreadPayment measures payments of 1 wei through a thread from one user of a hub to another,
// with the same harness as BenchmarkForwardedPayment (three engines in this process, real libp2p on
// loopback, SQLite stores with fsync), so that a run of both compares them side by side. The thread is
// opened through the hub before the timer starts; the payments then go from sender to receiver alone.
// Serial: one payment at a time; its latency is sender-to-receiver-and-back (PayThread returns once the
// receiver acknowledged the state carrying it, which it stored first). Inflight64: 64 payments in
// flight; those queued while a state is on its way go together in the next state. recv is the time to
// the receiver's EventThreadReceived for the state carrying the payment. threadwork is one thread
// payment's bare signature work (one signature, one recovery) and ceiling-ratio payments/s × threadwork.
func BenchmarkThreadPayment(b *testing.B) {
	for _, inflight := range []int{1, 64} {
		name := "Serial"
		if inflight > 1 {
			name = "Inflight64"
		}
		b.Run(name, func(b *testing.B) { benchThread(b, inflight) })
	}
}

func benchThread(b *testing.B, inflight int) {
	at := &threadArrivals{at: map[uint64]time.Time{}, seen: make(chan struct{}, 1)}
	bob := addrOf(devchain.DevKey(2))
	n := startHubNetWith(b, func(c *Config) {
		if addrOf(c.Key) == bob {
			c.Store = &arrivalStore{Store: c.Store, arrivals: at}
		}
	}, 500_000, 500_000)
	alice := n.users[0]
	info := openTestThread(b, n, 0, 1, 450_000)
	work := threadWork(b)
	recv := newRecvTimes(b.N)
	at.reset()
	counts := make([]uint64, b.N)
	one := *uint256.NewInt(1)
	b.ResetTimer()
	elapsed, lat := runPayments(b, inflight, recv, func(i int) error {
		c, err := alice.eng.PayThread(testCtx(b), hubAddr, info.Key, one, uint256.Int{})
		counts[i] = c
		return err
	})
	b.StopTimer()
	at.fill(b, recv, counts)
	reportPayments(b, elapsed, lat, recv)
	b.ReportMetric(float64(b.N)/float64(slices.Max(counts)), "payments/state")
	b.ReportMetric(float64(work.Microseconds()), "threadwork-us")
	b.ReportMetric(float64(b.N)/elapsed.Seconds()*work.Seconds(), "ceiling-ratio")
}

// arrivalStore is the receiver's store, noting when each thread state it receives is stored. The
// receiver's EventThreadReceived cannot time this: it is published from the stream handler through the
// loop's idle turn, so it waits for the loop's next wake-up (up to a second), and a few get lost.
type arrivalStore struct {
	state.Store
	arrivals *threadArrivals
}

func (s *arrivalStore) Commit(ctx context.Context, b state.Batch) error {
	if err := s.Store.Commit(ctx, b); err != nil {
		return err
	}
	for _, r := range b.Threads {
		if r.Status == state.ThreadOpen && r.Latest.State.TxCount > 0 {
			s.arrivals.stored(r.Latest.State.TxCount, r.Latest.State.WeiReceiver.Uint64())
		}
	}
	return nil
}

// threadArrivals records when the receiver stored each thread state, by count.
type threadArrivals struct {
	mu   sync.Mutex
	at   map[uint64]time.Time
	wei  uint64        // the receiver's share in the latest stored state
	base uint64        // wei at reset
	seen chan struct{} // signalled on each arrival
}

func (a *threadArrivals) stored(count, wei uint64) {
	now := time.Now()
	a.mu.Lock()
	a.at[count] = now
	a.wei = max(a.wei, wei)
	a.mu.Unlock()
	select {
	case a.seen <- struct{}{}:
	default:
	}
}

// reset starts counting wei from what the receiver holds now.
func (a *threadArrivals) reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.base = a.wei
}

// fill waits until the receiver stored every payment (1 wei each) and gives recv each payment's
// sender-to-receiver latency: from its start to the storing of the state that carried it (counts[i]).
func (a *threadArrivals) fill(b *testing.B, recv *recvTimes, counts []uint64) {
	b.Helper()
	deadline := time.After(30 * time.Second)
	for {
		a.mu.Lock()
		got := a.wei - a.base
		a.mu.Unlock()
		if got >= uint64(len(counts)) {
			break
		}
		select {
		case <-a.seen:
		case <-deadline:
			b.Fatalf("the receiver stored %d of %d wei", got, len(counts))
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	recv.mu.Lock()
	defer recv.mu.Unlock()
	for i, c := range counts {
		t, ok := a.at[c]
		if !ok {
			b.Fatalf("payment %d: state %d was not stored by the receiver", i, c)
		}
		recv.lat = append(recv.lat, t.Sub(recv.started[i]))
	}
	close(recv.done)
}
