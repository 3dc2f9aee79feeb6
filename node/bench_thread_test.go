package node

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

// BenchmarkThreadPayment measures payments of 1 wei through threads from one user of a hub to another,
// with the same harness as BenchmarkForwardedPayment (three engines in this process, real libp2p on
// loopback, SQLite stores with fsync), so that a run of both compares them side by side. The threads are
// opened through the hub before the timer starts; the payments then go from sender to receiver alone.
// Serial: one payment at a time through one thread; its latency is sender-to-receiver-and-back
// (PayThread returns once the receiver acknowledged the state carrying it, which it stored first).
// Inflight64: 64 payments in flight through one thread; those queued while a state is on its way go
// together in the next state. Threads8: 64 in flight spread over 8 threads between the same two users
// (payment i through thread i mod 8), so that each side stores up to 8 states at once (the thread journal
// in front of each store, state/journal, flushes those that meet in one fdatasync). recv is the time
// to the receiver's storing of the state carrying the payment. threadwork is one thread payment's bare
// signature work (one signature, one recovery) and ceiling-ratio payments/s × threadwork.
func BenchmarkThreadPayment(b *testing.B) {
	for _, c := range []struct {
		name              string
		inflight, threads int
	}{{"Serial", 1, 1}, {"Inflight64", 64, 1}, {"Threads8", 64, 8}} {
		b.Run(c.name, func(b *testing.B) { benchThread(b, c.inflight, c.threads) })
	}
}

func benchThread(b *testing.B, inflight, threads int) {
	at := &threadArrivals{at: map[arrival]time.Time{}, wei: map[common.Hash]uint64{}, seen: make(chan struct{}, 1)}
	bob := addrOf(devchain.DevKey(2))
	n := startHubNetWith(b, func(c *Config) {
		me := addrOf(c.Key)
		if me == bob {
			c.Store = &arrivalStore{Store: c.Store, arrivals: at}
		}
	}, 500_000, 500_000)
	payer := n.users[0]
	keys := make([]common.Hash, threads)
	for i := range keys {
		keys[i] = openTestThread(b, n, 0, 1, 400_000/uint64(threads)).Key
	}
	work := threadWork(b)
	recv := newRecvTimes(b.N)
	at.reset()
	paid := make([]arrival, b.N)
	one := *uint256.NewInt(1)
	b.ResetTimer()
	elapsed, lat := runPayments(b, inflight, recv, func(i int) error {
		key := keys[i%threads]
		c, err := payer.eng.PayThread(testCtx(b), hubAddr, key, one, uint256.Int{})
		paid[i] = arrival{key, c}
		return err
	})
	b.StopTimer()
	at.fill(b, recv, paid)
	reportPayments(b, elapsed, lat, recv)
	b.ReportMetric(float64(b.N)/float64(states(paid)), "payments/state")
	b.ReportMetric(float64(work.Microseconds()), "threadwork-us")
	b.ReportMetric(float64(b.N)/elapsed.Seconds()*work.Seconds(), "ceiling-ratio")
}

// states counts the thread states that carried the payments.
func states(paid []arrival) uint64 {
	last := map[common.Hash]uint64{}
	for _, p := range paid {
		last[p.key] = max(last[p.key], p.count)
	}
	var n uint64
	for _, c := range last {
		n += c
	}
	return n
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
			s.arrivals.stored(arrival{r.Latest.State.Key(), r.Latest.State.TxCount}, r.Latest.State.WeiReceiver.Uint64())
		}
	}
	return nil
}

// arrival is a thread state: the thread's key and the state's count.
type arrival struct {
	key   common.Hash
	count uint64
}

// threadArrivals records when the receiver stored each thread state.
type threadArrivals struct {
	mu   sync.Mutex
	at   map[arrival]time.Time
	wei  map[common.Hash]uint64 // the receiver's share in each thread's latest stored state
	base uint64                 // the receiver's shares at reset, summed
	seen chan struct{}          // signalled on each arrival
}

func (a *threadArrivals) stored(s arrival, wei uint64) {
	now := time.Now()
	a.mu.Lock()
	a.at[s] = now
	a.wei[s.key] = max(a.wei[s.key], wei)
	a.mu.Unlock()
	select {
	case a.seen <- struct{}{}:
	default:
	}
}

// total is the receiver's shares in all threads. a.mu is held.
func (a *threadArrivals) total() uint64 {
	var sum uint64
	for _, w := range a.wei {
		sum += w
	}
	return sum
}

// reset starts counting wei from what the receiver holds now.
func (a *threadArrivals) reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.base = a.total()
}

// fill waits until the receiver stored every payment (1 wei each) and gives recv each payment's
// sender-to-receiver latency: from its start to the storing of the state that carried it (paid[i]).
func (a *threadArrivals) fill(b *testing.B, recv *recvTimes, paid []arrival) {
	b.Helper()
	deadline := time.After(30 * time.Second)
	for {
		a.mu.Lock()
		got := a.total() - a.base
		a.mu.Unlock()
		if got >= uint64(len(paid)) {
			break
		}
		select {
		case <-a.seen:
		case <-deadline:
			b.Fatalf("the receiver stored %d of %d wei", got, len(paid))
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	recv.mu.Lock()
	defer recv.mu.Unlock()
	for i, p := range paid {
		t, ok := a.at[p]
		if !ok {
			b.Fatalf("payment %d: state %d of its thread was not stored by the receiver", i, p.count)
		}
		recv.lat = append(recv.lat, t.Sub(recv.started[i]))
	}
	close(recv.done)
}
