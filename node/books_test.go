package node

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// TestBooksReconcileFees: Alice (a user of H1) pays Bob (a user of H2) five times across both hubs on the
// dev chain, H1 charging 10 wei a payment and H2 1,000 millionths. Each hub's books say it earned
// exactly the fees its announced policy charges over five forwards, and the ledger is in its store; the
// collateral total is the sum over its channels, each the hub's balance in its latest state; H2's
// collateral is its 1 ETH plus its fees (nothing else came in or went out); the reserve and wallet are
// the chain's.
func TestBooksReconcileFees(t *testing.T) {
	f1, f2 := Fees{Base: *uint256.NewInt(10)}, Fees{PPM: 1000}
	n := startChainHubs(t, f1, f2, nil)
	ctx := n.ctx
	var fee1, fee2 uint256.Int
	const payments = 5
	for i := range payments {
		amount := uint256.NewInt(1e15 + uint64(i)*7)
		if _, err := n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *amount, Via: []common.Address{n.h2Addr}}); err != nil {
			t.Fatalf("payment %d: %v", i, err)
		}
		p2, _ := n.router.policies[n.h2Addr].Fee(amount)
		p1, _ := n.router.policies[n.h1Addr].Fee(new(uint256.Int).Add(amount, &p2))
		fee1.Add(&fee1, &p1)
		fee2.Add(&fee2, &p2)
	}
	for _, h := range []struct {
		name string
		hub  *testNode
		fees *uint256.Int
	}{{"H1", n.h1, &fee1}, {"H2", n.h2, &fee2}} {
		var b Books
		waitFor(t, h.name+"'s forwards settled on both sides", func() bool {
			var err error
			b, err = h.hub.eng.Books(ctx)
			return err == nil && b.Locks == 0 && b.Forwarding == 0
		})
		if b.Forwards != payments || !b.Fees.Eq(h.fees) {
			t.Fatalf("%s's books: %s wei of fees over %d forwards; its policy charged %s over %d", h.name, b.Fees.Dec(),
				b.Forwards, h.fees.Dec(), payments)
		}
		raw, err := h.hub.store.Meta(ctx, feesMeta)
		var stored feeLedger
		if err != nil || json.Unmarshal(raw, &stored) != nil || !stored.Wei.Eq(h.fees) || stored.Forwards != payments {
			t.Fatalf("%s's stored ledger %s (%v), want %s wei over %d forwards", h.name, raw, err, h.fees.Dec(), payments)
		}
		var sum [2]uint256.Int
		for _, c := range b.Channels {
			r, err := h.hub.eng.Latest(ctx, c.User)
			if err != nil || !r.State.WeiHub.Eq(&c.Hub[0]) || !r.State.TokenHub.Eq(&c.Hub[1]) {
				t.Fatalf("%s's books give %s wei in %s's channel, its latest state %s (%v)", h.name, c.Hub[0].Dec(), c.User,
					r.State.WeiHub.Dec(), err)
			}
			add2(&sum, &c.Hub)
		}
		if sum != b.Collateral {
			t.Fatalf("%s's collateral total %s wei, the channels sum to %s", h.name, b.Collateral[0].Dec(), sum[0].Dec())
		}
		wei, tok, err := n.adapters[h.hub.eng.Address()].Reserve(ctx, h.hub.eng.Address())
		if err != nil || b.Reserve[0].ToBig().Cmp(wei) != 0 || b.Reserve[1].ToBig().Cmp(tok) != 0 {
			t.Fatalf("%s's reserve in its books %v, on-chain %v %v (%v)", h.name, b.Reserve, wei, tok, err)
		}
		bal, err := n.env.Client.BalanceAt(ctx, h.hub.eng.Address(), nil)
		if err != nil || b.Wallet[0].ToBig().Cmp(bal) != 0 || b.Wallet[0].IsZero() {
			t.Fatalf("%s's wallet in its books %s wei, on-chain %v (%v)", h.name, b.Wallet[0].Dec(), bal, err)
		}
	}
	b, err := n.h2.eng.Books(ctx)
	if err != nil {
		t.Fatal(err)
	}
	oneEth := ethers(1)
	if want := new(uint256.Int).Add(&oneEth, &fee2); !b.Collateral[0].Eq(want) || len(b.Channels) != 2 {
		t.Fatalf("H2 holds %s wei in %d channels, want its 1 ETH plus %s wei of fees in 2", b.Collateral[0].Dec(), len(b.Channels), fee2.Dec())
	}
	if b1, _ := n.h1.eng.Books(ctx); len(b1.Upstream) != 1 || b1.Upstream[0].Hub != n.h2Addr {
		t.Fatalf("H1's upstream channels %+v, want its channel with H2", b1.Upstream)
	}
}

// TestBooksCountFeesSettledOnChain: H2 withholds the preimage of Alice's payment from H1 and claims H1's
// lock on-chain by revealing it; H1 settles Alice's lock from the chain. H1 earned its 10 wei fee without
// its downstream lock settling off-chain: its books count it once, and only once after the chain's
// event and the lock's resolution.
func TestBooksCountFeesSettledOnChain(t *testing.T) {
	n := startChainHubs(t, Fees{Base: *uint256.NewInt(10)}, Fees{}, func(c *Config) { c.withhold = func(common.Hash) bool { return true } })
	ctx := n.ctx
	events := n.bob.eng.Subscribe(ctx)
	paid := make(chan error, 1)
	go func() {
		_, err := n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000), Via: []common.Address{n.h2Addr}})
		paid <- err
	}()
	received := nextEvent(t, events, EventReceived)
	var pre [32]byte
	waitFor(t, "H2 to learn the preimage from Bob", func() bool {
		var err error
		pre, err = n.h2.store.Preimage(ctx, received.Hashlock)
		return err == nil
	})
	if b, err := n.h1.eng.Books(ctx); err != nil || b.Forwards != 0 || !b.Fees.IsZero() {
		t.Fatalf("H1's books before anything settled: %s wei over %d forwards (%v)", b.Fees.Dec(), b.Forwards, err)
	}
	if _, err := n.adapters[n.h2Addr].RevealPreimage(ctx, pre); err != nil {
		t.Fatal(err)
	}
	if err := <-paid; err != nil {
		t.Fatalf("alice's payment: %v", err)
	}
	waitFor(t, "H1 to count its fee", func() bool {
		b, err := n.h1.eng.Books(ctx)
		return err == nil && b.Forwards == 1 && b.Fees.Uint64() == 10
	})
	time.Sleep(500 * time.Millisecond) // the chain's later events must not count it again
	if b, err := n.h1.eng.Books(ctx); err != nil || b.Forwards != 1 || b.Fees.Uint64() != 10 {
		t.Fatalf("H1's books: %s wei over %d forwards (%v), want 10 over 1", b.Fees.Dec(), b.Forwards, err)
	}
}

// TestFeeLedgerSurvivesRestart: fees a hub recorded in a turn are in its store when that turn commits,
// and a restarted hub's books start from them.
func TestFeeLedgerSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	hub := startNode(t, hubKey, Hub, path, nil)
	for _, fee := range []uint64{7, 35} {
		if err := hub.eng.query(testCtx(t), func() { hub.eng.earned(uint256.NewInt(fee)) }); err != nil {
			t.Fatal(err)
		}
	}
	// The loop commits a turn beside it (ADR 15): wait until the turn holding the second fee is stored.
	waitFor(t, "the fees in the store", func() bool {
		var l feeLedger
		b, err := hub.eng.cfg.Store.Meta(testCtx(t), feesMeta)
		return err == nil && json.Unmarshal(b, &l) == nil && l.Wei.Uint64() == 42 && l.Forwards == 2
	})
	hub.stop()
	hub = startNode(t, hubKey, Hub, path, nil)
	b, err := hub.eng.Books(testCtx(t))
	if err != nil || b.Fees.Uint64() != 42 || b.Forwards != 2 {
		t.Fatalf("books after a restart: %s wei over %d forwards (%v), want 42 over 2", b.Fees.Dec(), b.Forwards, err)
	}
}
