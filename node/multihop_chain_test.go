package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/routing"
	"spoke/state"
)

// chainHubs is two hubs on the dev chain, H1 a user of H2 (a deposit of 1 ETH in their channel), Alice a
// user of H1 (a deposit of 1 ETH), Bob a user of H2 (1 ETH of H2's collateral).
type chainHubs struct {
	ctx            context.Context
	env            *chaintest.Env
	h1, h2         *testNode
	alice, bob     *testNode
	adapters       map[common.Address]*chain.Adapter
	router         *staticRouter
	h1Addr, h2Addr common.Address
}

// startChainHubs starts the two hubs with fees f1 and f2; h2edit adjusts H2's Config.
func startChainHubs(t *testing.T, f1, f2 Fees, h2edit func(*Config)) *chainHubs {
	t.Helper()
	return startChainHubsWith(t, f1, f2, func(name string, c *Config) {
		if name == "h2" && h2edit != nil {
			h2edit(c)
		}
	})
}

// startChainHubsWith is startChainHubs with edit(name, c) applied last to each node's Config: "h1", "h2",
// "alice" and "bob".
func startChainHubsWith(t *testing.T, f1, f2 Fees, edit func(name string, c *Config)) *chainHubs {
	t.Helper()
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	n := &chainHubs{ctx: ctx, env: env, adapters: map[common.Address]*chain.Adapter{}, router: newStaticRouter(),
		h1Addr: env.Hub.Addr, h2Addr: env.Hub2.Addr}
	node := func(name string, key *ecdsa.PrivateKey, role Role, own func(*Config)) *testNode {
		a, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: key,
			Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		n.adapters[a.From()] = a
		return startNode(t, key, role, filepath.Join(dir, name+".db"), func(c *Config) {
			c.Domain, c.Chain, c.Deposits, c.Clock = env.Domain, a, nil, nil
			c.PendingTimeout, c.Router = 1_000_000, n.router
			c.Collateral = &CollateralPolicy{Disabled: true}
			if own != nil {
				own(c)
			}
			if edit != nil {
				edit(name, c)
			}
		})
	}
	n.router.hub(t, env.Hub.Key, routing.Policy{FeeBase: f1.Base, FeePPM: f1.PPM, ExpiryDelta: 600})
	n.router.hub(t, env.Hub2.Key, routing.Policy{FeeBase: f2.Base, FeePPM: f2.PPM, ExpiryDelta: 600})
	n.router.channel(t, n.h1Addr, n.h2Addr)
	n.h1 = node("h1", env.Hub.Key, Hub, func(c *Config) { c.Fees = f1 })
	n.h2 = node("h2", env.Hub2.Key, Hub, func(c *Config) { c.Fees = f2 })
	user := func(name string, key *ecdsa.PrivateKey, hub *testNode) *testNode {
		u := node(name, key, User, func(c *Config) { c.Hub, c.HubPeer, c.HubAddrs = hub.eng.Address(), hub.host.ID(), hub.host.Addrs() })
		if err := u.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		return u
	}
	n.alice = user("alice", env.Alice.Key, n.h1)
	n.bob = user("bob", env.Bob.Key, n.h2)
	if _, err := n.h1.eng.ConnectHub(ctx, n.h2.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	oneEth := ethers(1)
	for _, step := range []func() error{
		func() error { _, err := n.alice.eng.Deposit(ctx, oneEth, uint256.Int{}); return err },
		func() error { _, err := n.h1.eng.DepositTo(ctx, n.h2Addr, oneEth, uint256.Int{}); return err },
		func() error { _, err := n.adapters[n.h2Addr].HubDeposit(ctx, oneEth.ToBig(), new(big.Int)); return err },
		func() error { _, err := n.h2.eng.Collateralize(ctx, env.Bob.Addr, oneEth, uint256.Int{}); return err },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// TestWithholdingHubIsSettledFromTheChain: Alice (a user of H1) pays Bob (a user of H2) through H1 and
// H2 on the dev chain. H2 learns the preimage from Bob but withholds it from H1, and claims H1's lock
// on-chain by revealing it (as it must, to be paid). H1, watching the chain, settles Alice's lock with
// the revealed preimage: Alice's payment succeeds, Bob is paid, and H1 is paid by Alice what H2 can claim
// from it, so no honest party loses anything.
func TestWithholdingHubIsSettledFromTheChain(t *testing.T) {
	n := startChainHubs(t, Fees{}, Fees{}, func(c *Config) { c.withhold = func(common.Hash) bool { return true } })
	ctx := n.ctx
	events := n.bob.eng.Subscribe(ctx)
	paid := make(chan error, 1)
	go func() {
		_, err := n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000),
			Via: []common.Address{n.h2Addr}})
		paid <- err
	}()
	var received Event
	for ev := range events {
		if ev.Kind == EventReceived {
			received = ev
			break
		}
	}
	var pre [32]byte
	var err error
	waitFor(t, "H2 to learn the preimage from Bob", func() bool {
		pre, err = n.h2.store.Preimage(ctx, received.Hashlock)
		return err == nil
	})
	select {
	case err := <-paid:
		t.Fatalf("alice's payment ended (%v) before anyone revealed the preimage upstream", err)
	case <-time.After(500 * time.Millisecond):
	}
	if _, err := n.adapters[n.h2Addr].RevealPreimage(ctx, pre); err != nil { // H2 claims on-chain
		t.Fatal(err)
	}
	select {
	case err := <-paid:
		if err != nil {
			t.Fatalf("alice's payment: %v, want it settled from the revealed preimage", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("alice's payment never settled")
	}
	r, err := n.alice.eng.Latest(ctx, n.h1Addr)
	if err != nil {
		t.Fatal(err)
	}
	oneEth := ethers(1)
	want := new(uint256.Int).Sub(&oneEth, uint256.NewInt(1000))
	if len(r.Locks) != 0 || !r.State.WeiUser.Eq(want) {
		t.Fatalf("alice's channel: %s wei, %d locks; want %s and none", r.State.WeiUser.Dec(), len(r.Locks), want.Dec())
	}
	// H1 holds Alice's 1,000 wei; its own lock to H2 stays claimable by H2 on-chain with the revealed
	// preimage: H1 neither gains nor loses.
	waitFor(t, "H1 to hold Alice's 1,000 wei", func() bool {
		up, err := n.h1.eng.Latest(ctx, n.alice.eng.Address())
		return err == nil && up.State.WeiHub.Uint64() == 1000 && len(up.Locks) == 0
	})
}

// TestRoutedPaymentsReconcileOnChain: Alice pays Bob 20 times across H1 (10 wei a payment) and H2 (1,000
// millionths), then Alice, Bob and H1 (from its channel with H2) withdraw everything on-chain. Each wallet
// gets exactly what the payments and announced fees say, and what stays in the contract on each hub's
// side is its funding plus exactly its fees.
func TestRoutedPaymentsReconcileOnChain(t *testing.T) {
	f1, f2 := Fees{Base: *uint256.NewInt(10)}, Fees{PPM: 1000}
	n := startChainHubs(t, f1, f2, nil)
	ctx := n.ctx
	var sent, fee1, fee2 uint256.Int
	for i := range 20 {
		amount := uint256.NewInt(1e15 + uint64(i)*7)
		rs, err := n.alice.eng.Pay(ctx, Payment{To: &n.env.Bob.Key.PublicKey, Wei: *amount, Via: []common.Address{n.h2Addr}})
		if err != nil {
			t.Fatalf("payment %d: %v", i, err)
		}
		p2, _ := n.router.policies[n.h2Addr].Fee(amount)
		through := new(uint256.Int).Add(amount, &p2)
		p1, _ := n.router.policies[n.h1Addr].Fee(through)
		if total := new(uint256.Int).Add(&p1, &p2); !rs[0].Fee.Eq(total) {
			t.Fatalf("payment %d: fee %s, want %s", i, rs[0].Fee.Dec(), total.Dec())
		}
		sent.Add(&sent, amount)
		fee1.Add(&fee1, &p1)
		fee2.Add(&fee2, &p2)
	}
	oneEth := ethers(1)
	withdrawAll := func(who string, u *testNode, hub common.Address, to common.Address, want *uint256.Int) {
		t.Helper()
		var r state.Record
		waitFor(t, who+"'s channel settled", func() bool {
			r, _ = u.eng.Latest(ctx, hub)
			return len(r.Locks) == 0
		})
		if !r.State.WeiUser.Eq(want) {
			t.Fatalf("%s holds %s wei off-chain, want %s", who, r.State.WeiUser.Dec(), want.Dec())
		}
		if _, err := u.eng.WithdrawFrom(ctx, hub, r.State.WeiUser, uint256.Int{}, to); err != nil {
			t.Fatalf("%s withdraws: %v", who, err)
		}
		got, err := n.env.Client.BalanceAt(ctx, to, nil)
		if err != nil || got.Cmp(want.ToBig()) != 0 {
			t.Fatalf("%s's wallet got %v (%v), want %s", who, got, err, want.Dec())
		}
	}
	total := new(uint256.Int).Add(new(uint256.Int).Add(&sent, &fee1), &fee2)
	withdrawAll("alice", n.alice, n.h1Addr, common.HexToAddress("0x00000000000000000000000000000000000a11ce"),
		new(uint256.Int).Sub(&oneEth, total))
	withdrawAll("bob", n.bob, n.h2Addr, common.HexToAddress("0x0000000000000000000000000000000000000b0b"), &sent)
	h1Wallet := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	withdrawAll("H1", n.h1, n.h2Addr, h1Wallet, new(uint256.Int).Sub(&oneEth, new(uint256.Int).Add(&sent, &fee2)))

	onChain := func(hub, user common.Address) *big.Int {
		rec, err := n.env.Manager.GetChannel(nil, hub, user)
		if err != nil {
			t.Fatal(err)
		}
		return rec.WeiHub
	}
	// H1: what Alice paid it on-chain, plus what it took out of its channel with H2, is its 1 ETH plus its fees.
	h1Total := new(big.Int).Add(onChain(n.h1Addr, n.env.Alice.Addr), new(uint256.Int).Sub(&oneEth, new(uint256.Int).Add(&sent, &fee2)).ToBig())
	if want := new(uint256.Int).Add(&oneEth, &fee1).ToBig(); h1Total.Cmp(want) != 0 {
		t.Fatalf("H1 ends with %s wei, want its 1 ETH plus %s wei of fees", h1Total, fee1.Dec())
	}
	// H2: its sides of the channels with H1 and Bob are its 1 ETH of collateral plus its fees.
	h2Total := new(big.Int).Add(onChain(n.h2Addr, n.h1Addr), onChain(n.h2Addr, n.env.Bob.Addr))
	if want := new(uint256.Int).Add(&oneEth, &fee2).ToBig(); h2Total.Cmp(want) != 0 {
		t.Fatalf("H2 ends with %s wei on-chain, want its 1 ETH plus %s wei of fees", h2Total, fee2.Dec())
	}
}
