package node

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
)

// BenchmarkHopLatency measures serial payments (one in flight) across 1, 2 and 3 hubs in a line
// (startHubChain: every node has its own SQLite store with fsync, real libp2p on loopback, no fees). With
// one hub, payer and recipient are its users; with more, the payer is a user of the first and the
// recipient of the last, and the payment is routed with its onion. ns/op is the mean time from the Pay
// call to its receipt (Pay returns once the payer stored the settle); p50 and p99 are of that time, recv
// of the time to the recipient's EventReceived. The latency one more hub adds is the difference of two
// sub-benchmarks of one run.
func BenchmarkHopLatency(b *testing.B) {
	for _, hubs := range []int{1, 2, 3} {
		b.Run(fmt.Sprintf("hubs=%d", hubs), func(b *testing.B) { benchRouted(b, hubs, 1) })
	}
}

// BenchmarkRoutedThroughput measures payments/s with 64 in flight through one hub (payer and recipient
// its users) and routed across two hubs, in one run: their ratio is what a hub hop costs in throughput.
func BenchmarkRoutedThroughput(b *testing.B) {
	for _, hubs := range []int{1, 2} {
		b.Run(fmt.Sprintf("hubs=%d", hubs), func(b *testing.B) { benchRouted(b, hubs, 64) })
	}
}

// benchRouted pays 1 wei b.N times, inflight at a time, from the payer to the recipient of a line of
// hubs charging no fee. Every channel on the way holds half the 1,000,000 wei deposit on each side, so
// up to 500,000 payments fit.
func benchRouted(b *testing.B, hubs, inflight int) {
	hc := startHubChain(b, make([]Fees, hubs))
	payee := &devchain.DevKey(31).PublicKey
	via := []common.Address{hc.hubs[hubs-1].eng.Address()}
	recv := newRecvTimes(b.N)
	go recv.follow(hc.paid.eng.Subscribe(runCtx(b)))
	b.ResetTimer()
	elapsed, lat := runPayments(b, inflight, recv, func(i int) error {
		_, err := hc.payer.eng.Pay(testCtx(b), Payment{To: payee, Wei: *uint256.NewInt(1), Memo: strconv.Itoa(i), Via: via})
		return err
	})
	b.StopTimer()
	reportPayments(b, elapsed, lat, recv)
}

// runPayments makes b.N payments with pay, inflight at a time, each started at recv.start, and returns
// the time they took and each one's latency (from its start to pay's return), sorted.
func runPayments(b *testing.B, inflight int, recv *recvTimes, pay func(i int) error) (time.Duration, []time.Duration) {
	lat := make([]time.Duration, b.N)
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range inflight {
		wg.Go(func() {
			for i := range next {
				t0 := recv.start(i)
				if err := pay(i); err != nil {
					b.Error(err)
				}
				lat[i] = time.Since(t0)
			}
		})
	}
	for i := range b.N {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	return elapsed, lat
}

// reportPayments reports payments/s, the payer's p50 and p99 latency (lat sorted) and the recipient's.
func reportPayments(b *testing.B, elapsed time.Duration, lat []time.Duration, recv *recvTimes) {
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "payments/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-us")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-us")
	r := recv.sorted(b)
	b.ReportMetric(float64(r[len(r)/2].Microseconds()), "recv-p50-us")
	b.ReportMetric(float64(r[len(r)*99/100].Microseconds()), "recv-p99-us")
}
