package node

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
)

// TestRoutedPaymentSurvivesMiddleHubCrash: the middle of three hubs crashes right after it stored the
// lock it received and its own forward, before sending the forward. Restarted on its store, it resends
// the forward; the payment settles hop by hop and every balance is as if nothing had happened.
func TestRoutedPaymentSurvivesMiddleHubCrash(t *testing.T) {
	var armed atomic.Bool
	crash := func(i int, c *Config) {
		if i == 1 {
			c.crash = func(p CrashPoint) bool { return p == CrashBeforeSends && armed.CompareAndSwap(true, false) }
		}
	}
	fees := []Fees{{Base: *uint256.NewInt(10)}, {Base: *uint256.NewInt(20)}, {Base: *uint256.NewInt(30)}}
	hc := startHubGraphWith(t, fees, [][2]int{{0, 1}, {1, 2}}, 0, 2, crash)
	middle := hc.hubs[1]
	addr := middle.host.Addrs()[0].String()
	armed.Store(true)
	type result struct {
		rs  []Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		rs, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(5000),
			Via: []common.Address{hc.hubs[2].eng.Address()}})
		done <- result{rs, err}
	}()
	select {
	case <-middle.eng.done:
	case <-time.After(20 * time.Second):
		t.Fatal("the middle hub never crashed")
	}
	middle.stop()
	hc.hubs[1] = hc.startHub(t, 1, addr, nil)
	r := <-done
	if r.err != nil {
		t.Fatalf("the payment failed across the middle hub's crash: %v", r.err)
	}
	half := deposited[0].Uint64() / 2
	waitFor(t, "the books after the crash", func() bool {
		paid, _ := userWei(t, hc.payer, hc.hubs[0].eng.Address())
		got, _ := userWei(t, hc.paid, hc.hubs[2].eng.Address())
		_, h1 := userWei(t, hc.hubs[0], hc.hubs[1].eng.Address()) // hub 0 is hub 1's user
		return paid.Uint64() == half-5000-60 && got.Uint64() == half+5000 && h1.Uint64() == half+5000+50
	})
}
