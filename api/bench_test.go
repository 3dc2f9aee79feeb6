package api

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"spoke/internal/chaintest"
	"spoke/node"
)

// BenchmarkPayAPI measures what the API adds to a payment: Alice pays Bob 1 wei through their hub, one
// payment at a time, in turn in-process (node.Node.Pay, no API), over her API by Bob's peer id, by his
// address, and by his address with an idempotency id (as `spoke pay` sends one), each reported as the
// p50 of its calls in µs; api-bare-call is the API's own round trip (rpc_modules, which does nothing).
// The engines, stores (on disk) and hub are the same for all.
//
//	go test ./api -run XXX -bench PayAPI -benchtime 500x
func BenchmarkPayAPI(b *testing.B) {
	n := startNet(b)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	alice, err := Dial(ctx, n.aliceURL, n.token)
	if err != nil {
		b.Fatal(err)
	}
	defer alice.Close()
	if _, err := n.hub.Chain.HubDeposit(ctx, chaintest.Ether, nil); err != nil {
		b.Fatal(err)
	}
	bob, err := Dial(ctx, n.bobWS, n.token)
	if err != nil {
		b.Fatal(err)
	}
	defer bob.Close()
	for _, c := range []*rpc.Client{alice, bob} {
		var s map[string]any
		if err := c.CallContext(ctx, &s, "spoke_deposit", "100000000000000000", ""); err != nil {
			b.Fatalf("deposit: %v", err)
		}
	}
	bobID, bobAddr := n.bob.Host.ID().String(), n.env.Bob.Addr.Hex()
	// The first payment waits for the deposits to be seen and for the hub to collateralize Bob.
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		var rs []node.Receipt
		err := alice.CallContext(ctx, &rs, "spoke_pay", []PayRequest{{To: bobID, Wei: "1000"}})
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("first payment: %v", err)
		}
	}
	modes := []string{"in-process", "api-peer-id", "api-address", "api-address-id", "api-bare-call"}
	lat := make([][]time.Duration, len(modes))
	b.ResetTimer()
	for i := range len(modes) * b.N {
		k := i % len(modes)
		t0 := time.Now()
		var err error
		var rs []node.Receipt
		switch modes[k] {
		case "in-process":
			_, err = n.alice.Pay(ctx, node.Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1)})
		case "api-peer-id":
			err = alice.CallContext(ctx, &rs, "spoke_pay", []PayRequest{{To: bobID, Wei: "1"}})
		case "api-address":
			err = alice.CallContext(ctx, &rs, "spoke_pay", []PayRequest{{To: bobAddr, Wei: "1"}})
		case "api-bare-call":
			var mods map[string]string
			err = alice.CallContext(ctx, &mods, "rpc_modules")
		case "api-address-id":
			err = alice.CallContext(ctx, &rs, "spoke_pay", []PayRequest{{To: bobAddr, Wei: "1"}}, "bench-"+strconv.Itoa(i))
		}
		if err != nil {
			b.Fatalf("%s payment %d: %v", modes[k], i, err)
		}
		lat[k] = append(lat[k], time.Since(t0))
	}
	b.StopTimer()
	for k, m := range modes {
		s := slices.Clone(lat[k])
		slices.Sort(s)
		b.ReportMetric(float64(s[len(s)/2].Microseconds()), strings.ReplaceAll(m, "-", "")+"-p50-us")
	}
}
