package node

import (
	"slices"
	"testing"
	"time"

	"github.com/holiman/uint256"
)

// BenchmarkThreadOpenClose measures a thread's open and close through the hub (issue 11), with the harness
// of BenchmarkThreadPayment: three engines in this process, real libp2p on loopback, SQLite stores with
// fsync. Each iteration opens a thread of 1,000 wei from Alice to Bob (Alice's OpenThread countersigned by
// the hub, the hub's OpenThread in Bob's channel countersigned by Bob, Bob's word that his channel holds
// it), pays 1 wei through it, and has Bob close it (Bob's CloseThread countersigned by the hub, which then
// closes Alice's side). open-p50/p99 and close-p50/p99 are their latencies, as the caller sees them;
// forwarded-p50 is a hub-forwarded payment's in the same run, for scale.
func BenchmarkThreadOpenClose(b *testing.B) {
	n := startHubNet(b, 500_000, 500_000)
	alice, bob := n.users[0], n.users[1]
	if err := alice.host.Connect(testCtx(b), bob.host.AddrInfo()); err != nil {
		b.Fatal(err)
	}
	for range 3 { // warm up: connections, collateral
		info := openTestThread(b, n, 0, 1, 1000)
		if _, err := bob.eng.CloseThread(testCtx(b), hubAddr, info.Key); err != nil {
			b.Fatal(err)
		}
	}
	opens, closes, forwards := make([]time.Duration, 0, b.N), make([]time.Duration, 0, b.N), make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		info, err := alice.eng.OpenThread(testCtx(b), ThreadOpen{Hub: hubAddr, Receiver: bob.eng.Address(), ReceiverPeer: bob.host.ID(),
			Wei: *uint256.NewInt(1000)})
		if err != nil {
			b.Fatal(err)
		}
		opens = append(opens, time.Since(start))
		if _, err := alice.eng.PayThread(testCtx(b), hubAddr, info.Key, *uint256.NewInt(1), uint256.Int{}); err != nil {
			b.Fatal(err)
		}
		start = time.Now()
		if _, err := bob.eng.CloseThread(testCtx(b), hubAddr, info.Key); err != nil {
			b.Fatal(err)
		}
		closes = append(closes, time.Since(start))
		start = time.Now()
		if _, err := alice.eng.Pay(testCtx(b), payTo(bob, 1)); err != nil {
			b.Fatal(err)
		}
		forwards = append(forwards, time.Since(start))
	}
	b.StopTimer()
	for _, m := range []struct {
		name string
		lat  []time.Duration
	}{{"open", opens}, {"close", closes}, {"forwarded", forwards}} {
		slices.Sort(m.lat)
		b.ReportMetric(float64(m.lat[len(m.lat)/2].Microseconds())/1000, m.name+"-p50-ms")
		if m.name != "forwarded" {
			b.ReportMetric(float64(m.lat[len(m.lat)*99/100].Microseconds())/1000, m.name+"-p99-ms")
		}
	}
}
