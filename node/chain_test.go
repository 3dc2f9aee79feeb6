package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"maps"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// chainNet is a hub and two users on a dev chain that mines every 50 ms, each engine with its own chain
// adapter (2 confirmations).
type chainNet struct {
	env              *chaintest.Env
	hub, alice, bob  *testNode
	hubA, aliceA, bA *chain.Adapter
	dir              string
}

// userStore is the path of a user's store.
func (n *chainNet) userStore(key *ecdsa.PrivateKey) string {
	return filepath.Join(n.dir, crypto.PubkeyToAddress(key.PublicKey).Hex()+".db")
}

// minedEnv is a dev chain with the contracts deployed that mines a block every 50 ms until the test ends.
func minedEnv(t *testing.T) (context.Context, *chaintest.Env) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env, err := chaintest.NewWith(ctx, devchain.Config{BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); env.Close() })
	return ctx, env
}

func startChainNet(t *testing.T, policy *CollateralPolicy, hubEdits ...func(*Config)) *chainNet {
	t.Helper()
	return startChainNetWith(t, policy, nil, hubEdits...)
}

// startChainNetWith is startChainNet with userEdit applied to each user's Config (after the chain's).
func startChainNetWith(t *testing.T, policy *CollateralPolicy, userEdit func(*Config), hubEdits ...func(*Config)) *chainNet {
	t.Helper()
	ctx, env := minedEnv(t)
	n := &chainNet{env: env, dir: t.TempDir()}
	adapter := func(key *ecdsa.PrivateKey) *chain.Adapter {
		a, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: key,
			Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	dir := n.dir
	onChain := func(a *chain.Adapter) func(*Config) {
		return func(c *Config) {
			c.Domain, c.Chain, c.Deposits, c.Clock = env.Domain, a, nil, nil
			c.PendingTimeout = 1_000_000 // the dev chain's clock runs ahead of the wall clock
		}
	}
	n.hubA, n.aliceA, n.bA = adapter(env.Hub.Key), adapter(env.Alice.Key), adapter(env.Bob.Key)
	hubEdit := onChain(n.hubA)
	n.hub = startNode(t, env.Hub.Key, Hub, filepath.Join(dir, "hub.db"), func(c *Config) {
		hubEdit(c)
		c.Collateral = policy
		for _, f := range hubEdits {
			f(c)
		}
	})
	for _, u := range []struct {
		key  *ecdsa.PrivateKey
		a    *chain.Adapter
		node **testNode
	}{{env.Alice.Key, n.aliceA, &n.alice}, {env.Bob.Key, n.bA, &n.bob}} {
		edit := onChain(u.a)
		*u.node = startNode(t, u.key, User, n.userStore(u.key), func(c *Config) {
			edit(c)
			c.Hub, c.HubPeer = env.Hub.Addr, n.hub.host.ID()
			if userEdit != nil {
				userEdit(c)
			}
		})
		if err := (*u.node).host.Connect(testCtx(t), n.hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

func ethers(n int64) uint256.Int {
	return *uint256.MustFromBig(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)))
}

// payMany makes count payments from one user to another, amount(i) wei each, 8 at a time, and returns
// their sum.
func payMany(t *testing.T, from, to *testNode, count int, amount func(int) uint64) *uint256.Int {
	t.Helper()
	var wg sync.WaitGroup
	next := make(chan int)
	errs := make(chan error, count)
	for range 8 {
		wg.Go(func() {
			for i := range next {
				if _, err := from.eng.Pay(testCtx(t), Payment{To: &to.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(amount(i))}); err != nil {
					errs <- err
				}
			}
		})
	}
	sum := new(uint256.Int)
	for i := range count {
		next <- i
		sum.Add(sum, uint256.NewInt(amount(i)))
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("payment: %v", err)
	}
	return sum
}

// TestThousandPaymentsReconcileOnChain: two users deposit on-chain, the hub collateralizes both
// channels from its reserve, the users pay each other 1,000 times in each direction through the hub,
// and both withdraw everything; the recipients' chain balances and the channels' on-chain records equal
// the off-chain states to the wei.
func TestThousandPaymentsReconcileOnChain(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true}) // collateral is explicit here
	ctx := testCtx(t)
	hundred := ethers(100)
	if _, err := n.hubA.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatalf("hub reserve: %v", err)
	}
	for _, u := range []*testNode{n.alice, n.bob} {
		if _, err := u.eng.Deposit(ctx, ethers(10), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
		if _, err := n.hub.eng.Collateralize(ctx, u.eng.Address(), ethers(5), uint256.Int{}); err != nil {
			t.Fatalf("collateral: %v", err)
		}
	}
	var aToB, bToA *uint256.Int
	var wg sync.WaitGroup
	wg.Go(func() { aToB = payMany(t, n.alice, n.bob, 1000, func(i int) uint64 { return 1e15 + uint64(i)*7 }) })
	wg.Go(func() { bToA = payMany(t, n.bob, n.alice, 1000, func(i int) uint64 { return 3e14 + uint64(i)*11 }) })
	wg.Wait()

	ten := ethers(10)
	for _, c := range []struct {
		u         *testNode
		out, in   *uint256.Int
		recipient common.Address
	}{
		{n.alice, aToB, bToA, common.HexToAddress("0x00000000000000000000000000000000000a11ce")},
		{n.bob, bToA, aToB, common.HexToAddress("0x0000000000000000000000000000000000000b0b")},
	} {
		want := new(uint256.Int).Sub(new(uint256.Int).Add(&ten, c.in), c.out)
		r := settled(t, c.u)
		if !r.State.WeiUser.Eq(want) || len(r.Locks) != 0 {
			t.Fatalf("%s off-chain: %s wei, %d locks; want %s", c.u.eng.Address(), r.State.WeiUser.Dec(), len(r.Locks), want.Dec())
		}
		final, err := c.u.eng.Withdraw(ctx, r.State.WeiUser, uint256.Int{}, c.recipient)
		if err != nil {
			t.Fatalf("withdraw: %v", err)
		}
		got, err := n.env.Client.BalanceAt(ctx, c.recipient, nil)
		if err != nil || got.Cmp(want.ToBig()) != 0 {
			t.Fatalf("recipient got %v (err %v), want %s", got, err, want.Dec())
		}
		rec, err := n.env.Manager.GetChannel(nil, n.env.Hub.Addr, c.u.eng.Address())
		if err != nil {
			t.Fatal(err)
		}
		if rec.WeiUser.Sign() != 0 || rec.WeiHub.Cmp(final.State.WeiHub.ToBig()) != 0 || !final.State.WeiUser.IsZero() {
			t.Fatalf("on-chain record user %v hub %v, off-chain user %s hub %s", rec.WeiUser, rec.WeiHub,
				final.State.WeiUser.Dec(), final.State.WeiHub.Dec())
		}
		h, err := n.hub.store.Latest(ctx, n.env.Hub.Addr, c.u.eng.Address())
		if err != nil || h.State != final.State {
			t.Fatalf("hub's latest differs from the user's: %v", err)
		}
	}
}

// payUntil retries a payment refused for lack of collateral until the hub has collateralized.
func payUntil(t *testing.T, from, to *testNode, amount uint256.Int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := from.eng.Pay(testCtx(t), Payment{To: &to.eng.cfg.Key.PublicKey, Wei: amount})
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), ErrNeedsCollateral.Error()) || time.Now().After(deadline) {
			t.Fatalf("payment: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestAutoCollateral: a hub with no collateral in its users' channels tops them up from its reserve
// when a payment is refused for lack of it (the refusal says so), keeps a floor after payments, and takes
// back what is above its ceiling.
func TestAutoCollateral(t *testing.T) {
	tenth := func(n uint64) uint256.Int { return *uint256.NewInt(n * 1e17) }
	policy := &CollateralPolicy{Floor: [2]uint256.Int{tenth(2)}, Ceiling: [2]uint256.Int{tenth(10)}}
	n := startChainNet(t, policy)
	ctx := testCtx(t)
	n.fund(t, 100, 10)
	_, err := n.alice.eng.Pay(ctx, Payment{To: &n.bob.eng.cfg.Key.PublicKey, Wei: tenth(3)})
	if err == nil || !strings.Contains(err.Error(), "collateralizing") {
		t.Fatalf("first payment to an uncollateralized channel: %v, want a needs-collateral refusal", err)
	}
	payUntil(t, n.alice, n.bob, tenth(3))
	payUntil(t, n.bob, n.alice, tenth(9))
	// The hub received 0.9 ether in Bob's channel on top of its collateral: above the 1-ether ceiling, it
	// takes the excess back, and settles at the ceiling exactly.
	deadline := time.Now().Add(20 * time.Second)
	ceiling := tenth(10)
	for {
		r, err := n.hub.eng.Latest(ctx, n.bob.eng.Address())
		if err != nil {
			t.Fatal(err)
		}
		if r.State.WeiHub.Eq(&ceiling) && r.State.Pending.IsZero() {
			rec, err := n.env.Manager.GetChannel(nil, n.env.Hub.Addr, n.bob.eng.Address())
			if err != nil || rec.WeiHub.Cmp(ceiling.ToBig()) != 0 {
				t.Fatalf("on-chain hub balance %v (err %v), want the ceiling", rec.WeiHub, err)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("hub holds %s wei in Bob's channel (pending %v), want %s", r.State.WeiHub.Dec(), !r.State.Pending.IsZero(), ceiling.Dec())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// fund puts reserve ether in the hub's reserve and has each user deposit deposit ether.
func (n *chainNet) fund(t *testing.T, reserve, deposit int64) {
	t.Helper()
	ctx := testCtx(t)
	r := ethers(reserve)
	if _, err := n.hubA.HubDeposit(ctx, r.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*testNode{n.alice, n.bob} {
		if _, err := u.eng.Deposit(ctx, ethers(deposit), uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
}

// settled waits until the user's channel has no open lock (a payer's Pay returns before the recipient
// has stored the state that settles its side) and returns its latest record.
func settled(t *testing.T, u *testNode) state.Record {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := u.eng.Latest(testCtx(t), u.eng.cfg.Hub)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Locks) == 0 {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %d locks stay open", u.eng.Address(), len(r.Locks))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWithdrawSellingTokens: a user deposits tokens, then withdraws wei including the proceeds of selling
// part of its tokens to the hub at the hub's quote (2 token units per wei), in one state.
func TestWithdrawSellingTokens(t *testing.T) {
	n := startChainNet(t, &CollateralPolicy{Disabled: true}, func(c *Config) {
		c.Rates = StaticRate{Num: big.NewInt(2), Den: big.NewInt(1)}
	})
	ctx := testCtx(t)
	hundred := ethers(100)
	if _, err := n.hubA.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Deposit(ctx, ethers(1), ethers(100)); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	if _, err := n.hub.eng.Collateralize(ctx, n.alice.eng.Address(), ethers(5), uint256.Int{}); err != nil {
		t.Fatalf("collateral: %v", err)
	}
	recipient := common.HexToAddress("0x000000000000000000000000000000000000beef")
	final, err := n.alice.eng.WithdrawSelling(ctx, ethers(1), uint256.Int{}, ethers(4), recipient)
	if err != nil {
		t.Fatalf("withdraw selling: %v", err)
	}
	got, err := n.env.Client.BalanceAt(ctx, recipient, nil)
	three := ethers(3) // 1 ether withdrawn + 4 tokens sold at 2 per wei
	if err != nil || got.Cmp(three.ToBig()) != 0 {
		t.Fatalf("recipient got %v (err %v), want 3 ether", got, err)
	}
	s := &final.State
	if want := ethers(96); !s.TokenUser.Eq(&want) || !s.WeiUser.IsZero() {
		t.Fatalf("alice holds %s wei %s token, want 0 and 96e18", s.WeiUser.Dec(), s.TokenUser.Dec())
	}
	if want, wantWei := ethers(4), ethers(3); !s.TokenHub.Eq(&want) || !s.WeiHub.Eq(&wantWei) {
		t.Fatalf("hub holds %s wei %s token, want 3e18 and 4e18", s.WeiHub.Dec(), s.TokenHub.Dec())
	}
}

// TestExchangeTriggersCollateral: an exchange the hub's balance in the channel cannot pay is refused with
// an error saying it asked the hub to collateralize, and goes through once it has.
func TestExchangeTriggersCollateral(t *testing.T) {
	policy := &CollateralPolicy{Floor: [2]uint256.Int{{}, ethers(1)}, Ceiling: [2]uint256.Int{ethers(10), ethers(10)}}
	n := startChainNet(t, policy)
	ctx := testCtx(t)
	hundred := ethers(100)
	if _, err := n.hubA.HubDeposit(ctx, hundred.ToBig(), hundred.ToBig()); err != nil {
		t.Fatal(err)
	}
	if _, err := n.alice.eng.Deposit(ctx, ethers(5), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	two := ethers(2) // above the 1-token floor: the hub has at most that in the channel now
	_, err := n.alice.eng.Exchange(ctx, true, two)
	if !errors.Is(err, ErrHubLacksBalance) || !strings.Contains(err.Error(), "asked the hub to collateralize") {
		t.Fatalf("exchange beyond the hub's balance: %v, want a refusal saying the hub is collateralizing", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		s, err := n.alice.eng.Exchange(ctx, true, two)
		if err == nil {
			if !s.State.TokenUser.Eq(&two) {
				t.Fatalf("alice holds %s token after buying 2e18 at 1:1", s.State.TokenUser.Dec())
			}
			return
		}
		if !strings.Contains(err.Error(), ErrHubLacksBalance.Error()) || time.Now().After(deadline) {
			t.Fatalf("exchange: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestAutoCollateralSkipsDust: a payment that leaves the hub's balance in the recipient's channel a
// little below the floor (less than MinTopUp) costs no top-up transaction; one that leaves it further
// below brings the channel back to its target.
func TestAutoCollateralSkipsDust(t *testing.T) {
	tenth := func(n uint64) uint256.Int { return *uint256.NewInt(n * 1e17) }
	policy := &CollateralPolicy{Floor: [2]uint256.Int{tenth(10)}, Ceiling: [2]uint256.Int{tenth(100)}}
	policy.SetMinTopUp() // 0.1 ether
	n := startChainNet(t, policy)
	ctx := testCtx(t)
	n.fund(t, 100, 10)
	floor := tenth(10)
	hubIn := func() state.ChannelState {
		r, err := n.hub.eng.Latest(ctx, n.bob.eng.Address())
		if err != nil {
			t.Fatal(err)
		}
		return r.State
	}
	waitHub := func(what string, ok func(s state.ChannelState) bool) {
		deadline := time.Now().Add(20 * time.Second)
		for s := hubIn(); !ok(s); s = hubIn() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: hub holds %s wei in Bob's channel (pending %v)", what, s.WeiHub.Dec(), !s.Pending.IsZero())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	payUntil(t, n.alice, n.bob, *uint256.NewInt(1))  // the first payment has the hub collateralize Bob to the floor
	almost := *new(uint256.Int).SubUint64(&floor, 1) // the floor, less the 1 wei paid
	waitHub("collateral to the floor", func(s state.ChannelState) bool { return s.Pending.IsZero() && !s.WeiHub.Lt(&almost) })
	dust := *uint256.NewInt(1e15)
	before := hubIn()
	payUntil(t, n.alice, n.bob, dust)
	time.Sleep(time.Second) // twenty blocks: time for a top-up to show if one were made
	after := hubIn()
	if after.TxCountChain != before.TxCountChain || !after.Pending.IsZero() {
		t.Fatalf("a %s-wei deficit below the floor made an on-chain top-up (txCountChain %d -> %d)", dust.Dec(), before.TxCountChain, after.TxCountChain)
	}
	payUntil(t, n.alice, n.bob, tenth(2))
	waitHub("top-up after a deficit above MinTopUp", func(s state.ChannelState) bool {
		return s.TxCountChain > after.TxCountChain && s.Pending.IsZero() && !s.WeiHub.Lt(&floor)
	})
}

// TestAutoCollateralWithoutTokenReserve: a hub whose policy has a token floor but whose reserve holds no
// tokens finds the reserve empty when it tops up its users' tokens. That holds back token top-ups for a
// while, not the channel: a payment that needs wei collateral right after is topped up at once (it used to
// wait out the channel's cooldown, 10 s, each failed token attempt logging an error and taking a top-up
// from the hourly budget).
func TestAutoCollateralWithoutTokenReserve(t *testing.T) {
	tenth := func(n uint64) uint256.Int { return *uint256.NewInt(n * 1e17) }
	policy := &CollateralPolicy{Floor: [2]uint256.Int{tenth(2), tenth(10)}, Ceiling: [2]uint256.Int{tenth(100), tenth(100)}}
	n := startChainNet(t, policy)
	n.fund(t, 100, 10) // wei only in the hub's reserve
	payUntil(t, n.alice, n.bob, tenth(1))
	var empty time.Time
	var failed map[common.Address]time.Time
	look := func() {
		_ = n.hub.eng.query(testCtx(t), func() { empty, failed = n.hub.eng.coll.empty[1], maps.Clone(n.hub.eng.coll.failed) })
	}
	waitFor(t, "a token top-up to find the reserve empty", func() bool { look(); return !empty.IsZero() })
	if len(failed) > 0 {
		t.Fatalf("an empty token reserve put channels in the cooldown (%v): their wei top-ups wait too", failed)
	}
	payUntil(t, n.alice, n.bob, tenth(5)) // more than the hub holds in Bob's channel: a wei top-up
	if look(); len(failed) > 0 {
		t.Fatalf("top-ups failed: %v", failed)
	}
}
