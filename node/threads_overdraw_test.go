package node

import (
	"sync"
	"testing"

	"github.com/holiman/uint256"

	"spoke/protocol"
)

// Payments made at once through a thread never overdraw it: with one state on its way, a payment is
// admitted against what that state leaves, so the sender never signs a state paying the receiver more
// than the thread holds. Found by TestProperty (seed 28 of the first 60, docs/property-test.md); it failed
// within a few rounds before admit counted the batch being signed.
func TestThreadConcurrentPaymentsDoNotOverdraw(t *testing.T) {
	n := startHubNet(t, 500_000, 500_000)
	alice := n.users[0]
	for round := range 50 {
		info := openTestThread(t, n, 0, 1, 100)
		var wg sync.WaitGroup
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, _ = alice.eng.PayThread(testCtx(t), hubAddr, info.Key, *uint256.NewInt(30), uint256.Int{})
			}()
		}
		wg.Wait()
		got := threadOf(t, alice, info.Key)
		initial := info.Latest
		recs, err := alice.store.Threads(testCtx(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			if r.Initial.State.Key() != info.Key || r.Latest.State == initial {
				continue
			}
			if err := protocol.CheckThreadUpdate(domain, &initial, &r.Latest.State, r.Latest.Sig); err != nil {
				t.Fatalf("round %d: alice stored thread state %d (sender %s, receiver %s of 100) that is no valid update: %v",
					round, r.Latest.State.TxCount, r.Latest.State.WeiSender.Dec(), r.Latest.State.WeiReceiver.Dec(), err)
			}
		}
		if got.Latest.WeiReceiver.Uint64() > 100 {
			t.Fatalf("round %d: alice's latest pays bob %s of 100", round, got.Latest.WeiReceiver.Dec())
		}
	}
}
