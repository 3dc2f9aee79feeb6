package node

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/protocol"
)

// heldNet is a chainNet whose Bob holds his next received lock unsettled while hold is set (a slow
// recipient, or one the drain must not strand).
type heldNet struct {
	*chainNet
	hold atomic.Bool
}

func startHeldNet(t *testing.T, policy *CollateralPolicy) *heldNet {
	t.Helper()
	h := &heldNet{}
	var bob atomic.Value
	h.chainNet = startChainNetWith(t, policy, func(c *Config) {
		me := crypto.PubkeyToAddress(c.Key.PublicKey)
		c.holdSettle = func(common.Hash) bool { return bob.Load() == me && h.hold.CompareAndSwap(true, false) }
	})
	bob.Store(h.bob.eng.Address())
	return h
}

// payHeld starts a payment of amount from Alice to Bob that Bob holds, and waits until Bob holds its
// lock; the payment's outcome comes on the channel returned.
func (h *heldNet) payHeld(t *testing.T, amount uint256.Int) (state <-chan error, lock func() (uint64, [32]byte)) {
	t.Helper()
	h.hold.Store(true)
	done := make(chan error, 1)
	go func() {
		_, err := h.alice.eng.Pay(testCtx(t), Payment{To: &h.bob.eng.cfg.Key.PublicKey, Wei: amount})
		done <- err
	}()
	var id uint64
	var hashlock common.Hash
	waitFor(t, "Bob to hold the payment's lock", func() bool {
		r, err := h.bob.eng.Latest(testCtx(t), h.hub.eng.Address())
		if err != nil || len(r.Locks) != 1 {
			return false
		}
		id, hashlock = r.Locks[0].ID, r.Locks[0].Hashlock
		return true
	})
	return done, func() (uint64, [32]byte) {
		p, err := h.bob.store.Preimage(testCtx(t), hashlock)
		if err != nil {
			t.Fatalf("Bob's preimage: %v", err)
		}
		return id, p
	}
}

// release has Bob settle the lock he holds.
func (h *heldNet) release(t *testing.T, lock func() (uint64, [32]byte)) {
	t.Helper()
	id, p := lock()
	if _, err := h.bob.eng.Update(testCtx(t), h.hub.eng.Address(), protocol.SettleLock{ID: id, Preimage: p}); err != nil {
		t.Fatalf("Bob settles: %v", err)
	}
}

// TestDrainSettlesInFlightAndReclaims: the hub holds 0.1 ETH of Alice's for Bob in custody and a link
// payment of hers nobody redeemed (the drain gives it back to her), and drains while payments go both
// ways and while Bob holds an incoming payment of 1 ETH unsettled. Every payment settles or is refused
// with the drain's reason, and a new one after, a custodial payment and a thread are refused with it. The
// drain does not strand Bob's payment: at its deadline it reports the two locks still open and the
// channels they keep, Bob's lock still covered; once Bob settles, a second drain pays Bob's custody into
// his channel and finishes with every channel's collateral back in the reserve. No money is lost: the
// reserve is its 100 ETH again, the users hold their 20 ETH between them as the settled payments and the
// custody say, and the books show no collateral and no custody. Resume takes payments again.
func TestDrainSettlesInFlightAndReclaims(t *testing.T) {
	h := startHeldNet(t, &CollateralPolicy{Disabled: true})
	ctx := testCtx(t)
	h.fund(t, 100, 10)
	for _, u := range []*testNode{h.alice, h.bob} {
		if _, err := h.hub.eng.Collateralize(ctx, u.eng.Address(), ethers(5), uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	tenth := *uint256.NewInt(1e17) // held for Bob in custody: the drain pays it into his channel
	if _, err := h.alice.eng.PayCustodial(ctx, h.bob.eng.Address(), tenth, uint256.Int{}, "custody"); err != nil {
		t.Fatal(err)
	}
	link, err := h.alice.eng.PayLink(ctx, *uint256.NewInt(5e17), uint256.Int{}, "nobody redeems it") // given back by the drain
	if err != nil {
		t.Fatal(err)
	}
	held, lock := h.payHeld(t, ethers(1))

	// Payments both ways while the drain starts.
	var mu sync.Mutex
	var aliceNet int64 // wei Alice gained from the settled payments
	settledN := 0
	var wg sync.WaitGroup
	for i := range 16 {
		from, to, sign := h.alice, h.bob, int64(-1)
		if i%2 == 1 {
			from, to, sign = h.bob, h.alice, 1
		}
		amount := int64(1e15 + i)
		wg.Go(func() {
			time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			_, err := from.eng.Pay(ctx, Payment{To: &to.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(uint64(amount))})
			switch {
			case err == nil:
				mu.Lock()
				aliceNet += sign * amount
				settledN++
				mu.Unlock()
			case !strings.Contains(err.Error(), ErrDraining.Error()):
				t.Errorf("payment %d: %v, want it settled or refused for the drain", i, err)
			}
		})
	}
	time.Sleep(30 * time.Millisecond)
	rep, err := h.hub.eng.Drain(ctx, 1500*time.Millisecond)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of 16 payments settled, the others refused for the drain", settledN)
	if rep.Done || len(rep.Locks) != 2 || len(rep.Left) != 2 || rep.LinksReturned != 1 {
		t.Fatalf("drain at its deadline with Bob holding his payment: %+v; want not done, 2 locks, 2 channels left, the link given back", rep)
	}
	if _, err := h.bob.eng.RedeemLink(ctx, link); err == nil {
		t.Fatal("Bob redeemed a link the drain gave back")
	}
	for _, l := range rep.Left {
		if !strings.Contains(l.Why, "lock(s) in flight") {
			t.Fatalf("channel left: %+v, want it kept for its lock in flight", l)
		}
	}
	if r, err := h.bob.eng.Latest(ctx, h.hub.eng.Address()); err != nil || len(r.Locks) != 1 || !r.Locks[0].AmountWei.Eq(ptr(ethers(1))) {
		t.Fatalf("Bob's channel during the drain: %+v (%v), want his 1 ETH lock", r.Locks, err)
	}
	_, err = h.alice.eng.Pay(ctx, Payment{To: &h.bob.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(1000)})
	if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), ErrDraining.Error()) {
		t.Fatalf("a new payment during the drain: %v, want it refused with the drain's reason", err)
	}
	if _, err := h.alice.eng.PayCustodial(ctx, h.bob.eng.Address(), *uint256.NewInt(1000), uint256.Int{}, ""); err == nil ||
		!strings.Contains(err.Error(), ErrDraining.Error()) {
		t.Fatalf("a custodial payment during the drain: %v, want it refused with the drain's reason", err)
	}
	if _, err := h.alice.eng.OpenThread(ctx, ThreadOpen{Hub: h.hub.eng.Address(), Receiver: h.bob.eng.Address(),
		ReceiverPeer: h.bob.host.ID(), Wei: *uint256.NewInt(1e15)}); err == nil || !strings.Contains(err.Error(), ErrDraining.Error()) {
		t.Fatalf("a thread opened during the drain: %v, want it refused with the drain's reason", err)
	}
	if b, err := h.hub.eng.Books(ctx); err != nil || !b.Draining || b.Locks != 2 {
		t.Fatalf("books during the drain: draining %v, %d locks (%v)", b.Draining, b.Locks, err)
	}

	h.release(t, lock)
	if err := <-held; err != nil {
		t.Fatalf("Bob's held payment: %v, want it settled", err)
	}
	aliceNet -= 1e18 + 1e17
	rep, err = h.hub.eng.Drain(ctx, 30*time.Second)
	if err != nil || !rep.Done || len(rep.Reclaimed) != 2 || len(rep.Left) != 0 || len(rep.Locks) != 0 {
		t.Fatalf("drain once Bob settled: %+v (%v), want done with both channels reclaimed", rep, err)
	}

	// Nothing lost: the reserve has its 100 ETH back, the contract holds nothing of the hub's in the
	// channels, and the users' balances are their deposits moved by exactly the settled payments.
	b, err := h.hub.eng.Books(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if hundred := ethers(100); !b.Reserve[0].Eq(&hundred) || !b.Collateral[0].IsZero() || !b.Custody[0].IsZero() {
		t.Fatalf("after the drain: reserve %s wei, collateral %s wei, custody %s wei; want 100 ETH and none", b.Reserve[0].Dec(),
			b.Collateral[0].Dec(), b.Custody[0].Dec())
	}
	ten10 := ethers(10)
	ten := ten10.ToBig()
	want := map[*testNode]*big.Int{h.alice: new(big.Int).Add(ten, big.NewInt(aliceNet)), h.bob: new(big.Int).Sub(ten, big.NewInt(aliceNet))}
	for u, w := range want {
		r := settled(t, u)
		rec, err := h.env.Manager.GetChannel(nil, h.env.Hub.Addr, u.eng.Address())
		if err != nil || rec.WeiHub.Sign() != 0 || !r.State.WeiHub.IsZero() {
			t.Fatalf("%s's channel: hub %s off-chain, %v on-chain (%v); want 0", u.eng.Address(), r.State.WeiHub.Dec(), rec.WeiHub, err)
		}
		if r.State.WeiUser.ToBig().Cmp(w) != 0 {
			t.Fatalf("%s holds %s wei, want %s", u.eng.Address(), r.State.WeiUser.Dec(), w)
		}
	}

	h.hub.eng.Resume()
	_, err = h.alice.eng.Pay(ctx, Payment{To: &h.bob.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(1000)})
	if err == nil || strings.Contains(err.Error(), "draining") || !strings.Contains(err.Error(), ErrNeedsCollateral.Error()) {
		t.Fatalf("a payment after Resume: %v, want the hub to take it (and refuse it only for lack of collateral)", err)
	}
}

// TestDrainingHubIsRoutedAround: while H2 drains, it announces no channel, and Alice's payment to Bob
// (a user of H2, reached through H1) fails at H2 with the drain's reason, H2 named as the node that
// failed it, and her routing avoids it from then on (a second payment finds no route); Alice's lock comes
// back whole. After Resume, H2 announces its channels again.
func TestDrainingHubIsRoutedAround(t *testing.T) {
	n := startChainHubs(t, Fees{}, Fees{}, nil)
	ctx := n.ctx
	if chans, err := n.h2.eng.HubChannels(ctx); err != nil || len(chans) != 1 {
		t.Fatalf("H2's channels before the drain: %v (%v), want its channel with H1", chans, err)
	}
	if _, err := n.h2.eng.Drain(ctx, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if chans, err := n.h2.eng.HubChannels(ctx); err != nil || len(chans) != 0 {
		t.Fatalf("a draining hub announces %v (%v), want no channel", chans, err)
	}
	pay := func() error {
		_, err := n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000), Via: []common.Address{n.h2Addr}})
		return err
	}
	var perr *PaymentError
	if err := pay(); !errors.As(err, &perr) || perr.Node != n.h2Addr || !strings.Contains(perr.Reason, ErrDraining.Error()) {
		t.Fatalf("paying through the draining hub: %v, want a failure at H2 with the drain's reason", err)
	}
	oneEth := ethers(1)
	waitFor(t, "Alice's lock back", func() bool {
		r, err := n.alice.eng.Latest(ctx, n.h1Addr)
		return err == nil && len(r.Locks) == 0 && r.State.WeiUser.Eq(&oneEth)
	})
	if err := pay(); err == nil || !strings.Contains(err.Error(), "no route") {
		t.Fatalf("paying again: %v, want Alice's routing to avoid H2 (no other route)", err)
	}
	n.h2.eng.Resume()
	if chans, err := n.h2.eng.HubChannels(ctx); err != nil || len(chans) != 1 {
		t.Fatalf("H2's channels after Resume: %v (%v)", chans, err)
	}
}

// TestDrainNamesWhatItCannotReclaim: Bob's node is offline when the hub drains. The hub cannot take its
// 1 ETH of collateral back from his channel (that needs his countersignature), so the drain ends at its
// deadline not done, naming Bob's channel, the amount and why; the books still show it.
func TestDrainNamesWhatItCannotReclaim(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true})
	ctx := testCtx(t)
	n.fund(t, 100, 10)
	if _, err := n.hub.eng.Collateralize(ctx, n.bob.eng.Address(), ethers(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	bobID := n.bob.host.ID()
	n.bob.stop()
	waitFor(t, "the hub to see Bob gone", func() bool { return !n.hub.host.Connected(bobID) })
	rep, err := n.hub.eng.Drain(ctx, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	one := ethers(1)
	if rep.Done || len(rep.Left) != 1 || rep.Left[0].User != n.bob.eng.Address() || !rep.Left[0].Amount[0].Eq(&one) ||
		!strings.Contains(rep.Left[0].Why, "offline") || len(rep.Reclaimed) != 0 {
		t.Fatalf("drain with Bob offline: %+v; want Bob's 1 ETH left, named as offline", rep)
	}
	if b, err := n.hub.eng.Books(ctx); err != nil || !b.Collateral[0].Eq(&one) {
		t.Fatalf("books: collateral %s (%v), want Bob's 1 ETH", b.Collateral[0].Dec(), err)
	}
}
