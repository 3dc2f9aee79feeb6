package node

import (
	"crypto/ecdsa"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/routing"
)

// TestWithholdingHubIsSettledFromTheChain: Alice (a user of H1) pays Bob (a user of H2) through H1 and
// H2 on the dev chain. H2 learns the preimage from Bob but withholds it from H1, and claims H1's lock
// on-chain by revealing it (as it must, to be paid). H1, watching the chain, settles Alice's lock with
// the revealed preimage: Alice's payment succeeds, Bob is paid, and H1 is paid by Alice what H2 can claim
// from it, so no honest party loses anything.
func TestWithholdingHubIsSettledFromTheChain(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	router := newStaticRouter()
	adapters := map[common.Address]*chain.Adapter{}
	withhold := func(common.Hash) bool { return true }
	node := func(name string, actor chainActor, role Role, edit func(*Config)) *testNode {
		a, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: actor.key,
			Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		adapters[actor.addr] = a
		return startNode(t, actor.key, role, filepath.Join(dir, name+".db"), func(c *Config) {
			c.Domain, c.Chain, c.Deposits, c.Clock = env.Domain, a, nil, nil
			c.PendingTimeout, c.Router = 1_000_000, router
			c.Collateral = &CollateralPolicy{Disabled: true}
			if edit != nil {
				edit(c)
			}
		})
	}
	h1a, h2a := chainActor{env.Hub.Key, env.Hub.Addr}, chainActor{env.Hub2.Key, env.Hub2.Addr}
	router.hub(t, env.Hub.Key, routing.Policy{ExpiryDelta: 600})
	router.hub(t, env.Hub2.Key, routing.Policy{ExpiryDelta: 600})
	router.channel(t, h1a.addr, h2a.addr)
	h1 := node("h1", h1a, Hub, nil)
	h2 := node("h2", h2a, Hub, func(c *Config) { c.withhold = withhold })
	user := func(name string, actor chainActor, hub *testNode) *testNode {
		u := node(name, actor, User, func(c *Config) { c.Hub, c.HubPeer, c.HubAddrs = hub.eng.Address(), hub.host.ID(), hub.host.Addrs() })
		if err := u.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		return u
	}
	alice := user("alice", chainActor{env.Alice.Key, env.Alice.Addr}, h1)
	bob := user("bob", chainActor{env.Bob.Key, env.Bob.Addr}, h2)
	if _, err := h1.eng.ConnectHub(ctx, h2.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	oneEth := ethers(1)
	for _, step := range []func() error{
		func() error { _, err := alice.eng.Deposit(ctx, oneEth, uint256.Int{}); return err },
		func() error { _, err := h1.eng.DepositTo(ctx, h2a.addr, oneEth, uint256.Int{}); return err },
		func() error {
			_, err := adapters[h2a.addr].HubDeposit(ctx, oneEth.ToBig(), new(uint256.Int).ToBig())
			return err
		},
		func() error { _, err := h2.eng.Collateralize(ctx, env.Bob.Addr, oneEth, uint256.Int{}); return err },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	events := bob.eng.Subscribe(ctx)
	paid := make(chan error, 1)
	go func() {
		_, err := alice.eng.Pay(ctx, Payment{To: &env.Bob.Key.PublicKey, Wei: *uint256.NewInt(1000),
			Via: []common.Address{h2a.addr}})
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
		pre, err = h2.store.Preimage(ctx, received.Hashlock)
		return err == nil
	})
	select {
	case err := <-paid:
		t.Fatalf("alice's payment ended (%v) before anyone revealed the preimage upstream", err)
	case <-time.After(500 * time.Millisecond):
	}
	if _, err := adapters[h2a.addr].RevealPreimage(ctx, pre); err != nil { // H2 claims on-chain
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
	r, err := alice.eng.Latest(ctx, h1a.addr)
	if err != nil {
		t.Fatal(err)
	}
	want := new(uint256.Int).Sub(&oneEth, uint256.NewInt(1000))
	if len(r.Locks) != 0 || !r.State.WeiUser.Eq(want) {
		t.Fatalf("alice's channel: %s wei, %d locks; want %s and none", r.State.WeiUser.Dec(), len(r.Locks), want.Dec())
	}
	// H1 holds Alice's 1,000 wei; its own lock to H2 stays claimable by H2 on-chain with the revealed
	// preimage: H1 neither gains nor loses.
	up, err := h1.eng.Latest(ctx, alice.eng.Address())
	if err != nil {
		t.Fatal(err)
	}
	if up.State.WeiHub.Uint64() != 1000 {
		t.Fatalf("H1 got %s wei from Alice, want 1000", up.State.WeiHub.Dec())
	}
}

// chainActor is a key and its address.
type chainActor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}
