package node

import (
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// TestThreadEngineStopsWithPaymentsInFlight: Bob's engine is stopped, and his store closed, while
// payments stream into him through Alice's thread and out of him through his thread to Carol, eight at a
// time each way, and go on being made after the stop. Nothing panics (a thread state stored after the
// store closed did, go test -race finds no race), payments to and from the stopped engine fail, and
// nothing is lost: reopened, Bob's store holds every state of Alice's that he acknowledged, and every
// state of his own that Carol holds or acknowledged, each a valid update of its thread.
func TestThreadEngineStopsWithPaymentsInFlight(t *testing.T) {
	n := startHubNet(t, 500_000, 500_000, 500_000)
	alice, bob, carol := n.users[0], n.users[1], n.users[2]
	in := openTestThread(t, n, 0, 1, 100_000)
	out := openTestThread(t, n, 1, 2, 100_000)
	var acked [2]atomic.Uint64 // the highest count acknowledged: Alice's to Bob, Bob's to Carol
	var stopped atomic.Bool
	var wg sync.WaitGroup
	stream := func(from *testNode, key common.Hash, acks *atomic.Uint64) {
		defer wg.Done()
		for fails := 0; fails < 20; {
			count, err := from.eng.PayThread(testCtx(t), hubAddr, key, *uint256.NewInt(1), uint256.Int{})
			switch {
			case err == nil:
				for c := acks.Load(); c < count && !acks.CompareAndSwap(c, count); c = acks.Load() {
				}
			case !stopped.Load():
				t.Errorf("a payment before the stop: %v", err)
				return
			default:
				fails++
			}
		}
	}
	for range 8 {
		wg.Add(2)
		go stream(alice, in.Key, &acked[0])
		go stream(bob, out.Key, &acked[1])
	}
	waitFor(t, "payments both ways", func() bool { return acked[0].Load() > 20 && acked[1].Load() > 20 })
	stopped.Store(true)
	bob.stop()
	wg.Wait()
	if _, err := bob.eng.PayThread(testCtx(t), hubAddr, out.Key, *uint256.NewInt(1), uint256.Int{}); !errors.Is(err, ErrStopped) {
		t.Fatalf("a payment from the stopped engine: %v", err)
	}

	store := openStore(t, filepath.Join(n.dir, bob.eng.Address().Hex()+".db"))
	defer store.Close()
	recs, err := store.Threads(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	held := map[common.Hash]state.ThreadRecord{}
	for _, r := range recs {
		held[r.Initial.State.Key()] = r
	}
	carolHolds := threadOf(t, carol, out.Key).TxCount
	for _, c := range []struct {
		name    string
		key     common.Hash
		atLeast uint64
	}{{"Alice's thread", in.Key, acked[0].Load()}, {"his thread to Carol", out.Key, max(acked[1].Load(), carolHolds)}} {
		r, ok := held[c.key]
		if !ok {
			t.Fatalf("Bob's store lost %s", c.name)
		}
		if r.Latest.State.TxCount < c.atLeast {
			t.Fatalf("LOSS: Bob's store holds state %d of %s, state %d was acknowledged or is held by the receiver",
				r.Latest.State.TxCount, c.name, c.atLeast)
		}
		if err := protocol.CheckThreadUpdate(domain, &r.Initial.State, &r.Latest.State, r.Latest.Sig); err != nil {
			t.Fatalf("Bob's stored state %d of %s: %v", r.Latest.State.TxCount, c.name, err)
		}
		t.Logf("%s: Bob stored state %d, at least %d needed", c.name, r.Latest.State.TxCount, c.atLeast)
	}
	if acked := threadOf(t, alice, in.Key).Acked; acked > held[in.Key].Latest.State.TxCount {
		t.Fatalf("LOSS: Alice holds an acknowledgement of state %d, Bob stored %d", acked, held[in.Key].Latest.State.TxCount)
	}
	time.Sleep(50 * time.Millisecond) // a straggler would store now, and panic on the closed store
}
