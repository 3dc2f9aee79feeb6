package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// threadChain is a hub and its users Alice and Bob on the dev chain. The hub listens on a fixed address
// and its store stays in dir, so that it can be stopped and started again; the users keep a connection
// to that address.
type threadChain struct {
	ctx              context.Context
	env              *chaintest.Env
	dir              string
	hubAt            multiaddr.Multiaddr
	hub, alice, bob  *testNode
	hubChain         *chain.Adapter // the running hub's adapter
	startBlock       uint64         // the head before anyone spent anything
	before           map[common.Address]*big.Int
	managerBefore    *big.Int
	aliceKey, bobKey *ecdsa.PrivateKey
}

func startThreadChain(t *testing.T) *threadChain {
	t.Helper()
	ctx, env := minedEnv(t)
	n := &threadChain{ctx: ctx, env: env, dir: t.TempDir(), hubAt: freeAddr(t), before: map[common.Address]*big.Int{}}
	head, err := env.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n.startBlock = head
	for _, a := range []common.Address{env.Hub.Addr, env.Alice.Addr, env.Bob.Addr} {
		n.before[a] = n.balance(t, a)
	}
	n.managerBefore = n.balance(t, env.Dep.Manager)
	n.startHub(t)
	for _, u := range []struct {
		actor chaintest.Actor
		node  **testNode
	}{{env.Alice, &n.alice}, {env.Bob, &n.bob}} {
		*u.node = startNode(t, u.actor.Key, User, filepath.Join(n.dir, u.actor.Name+".db"), func(c *Config) {
			n.onChain(t, c, u.actor.Key)
			c.Hub, c.HubPeer, c.HubAddrs = env.Hub.Addr, n.hub.host.ID(), []multiaddr.Multiaddr{n.hubAt}
		})
		if err := (*u.node).host.Connect(ctx, n.hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// onChain sets c up for the dev chain with its own adapter for key, and returns the adapter.
func (n *threadChain) onChain(t *testing.T, c *Config, key *ecdsa.PrivateKey) *chain.Adapter {
	t.Helper()
	a, err := chain.New(n.ctx, chain.Config{Client: n.env.Client, Manager: n.env.Dep.Manager, Key: key,
		Confirmations: 2, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	c.Domain, c.Chain, c.Deposits, c.Clock = n.env.Domain, a, nil, nil
	c.PendingTimeout = 1_000_000 // the dev chain's clock runs ahead of the wall clock
	c.Collateral = &CollateralPolicy{Disabled: true}
	return a
}

// startHub starts the hub (again) on its address and store.
func (n *threadChain) startHub(t *testing.T) {
	t.Helper()
	n.hub = startNodeAt(t, n.env.Hub.Key, Hub, filepath.Join(n.dir, "hub.db"), n.hubAt.String(), func(c *Config) {
		n.hubChain = n.onChain(t, c, n.env.Hub.Key)
	})
}

func (n *threadChain) balance(t *testing.T, a common.Address) *big.Int {
	t.Helper()
	b, err := n.env.Client.BalanceAt(n.ctx, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// gasSpent returns what each address paid for gas in the blocks mined since the test began.
func (n *threadChain) gasSpent(t *testing.T) map[common.Address]*big.Int {
	t.Helper()
	head, err := n.env.Client.BlockNumber(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	id, err := n.env.Client.ChainID(n.ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(id)
	spent := map[common.Address]*big.Int{}
	for b := n.startBlock + 1; b <= head; b++ {
		block, err := n.env.Client.BlockByNumber(n.ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range block.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			r, err := n.env.Client.TransactionReceipt(n.ctx, tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if spent[from] == nil {
				spent[from] = new(big.Int)
			}
			spent[from].Add(spent[from], new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
	}
	return spent
}

// agreed waits until u's channel holds threads threads, as u and the hub store it, with no update under
// way, and returns it.
func (n *threadChain) agreed(t *testing.T, u *testNode, threads uint64) state.ChannelState {
	t.Helper()
	var h, mine state.Record
	deadline := time.Now().Add(20 * time.Second)
	for {
		var err1, err2 error
		h, err1 = n.hub.store.Latest(n.ctx, n.env.Hub.Addr, u.eng.Address())
		mine, err2 = u.store.Latest(n.ctx, n.env.Hub.Addr, u.eng.Address())
		if err1 == nil && err2 == nil && h.State == mine.State && h.State.ThreadCount == threads && h.State.Pending.IsZero() {
			return h.State
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s's channel: hub %+v, user %+v (%v, %v); want %d threads", u.eng.Address(), h.State, mine.State, err1, err2, threads)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestThreadWithoutTheHubReconcilesOnChain is issue 11's headline: Alice and Bob, users of one hub on the
// dev chain, have funded channels (Alice's deposit, the hub's collateral for Bob). Alice opens a thread to
// Bob; then the hub stops, and Alice streams 10,000 payments to Bob through the thread, from 16
// goroutines, without it. The hub starts again on its store; Bob closes the thread, and the hub moves
// what the thread paid from Alice's channel to Bob's. Then everyone withdraws everything: Alice and Bob
// their balances to their wallets, the hub its sides of both channels to its reserve and the reserve to
// its wallet. Each wallet, gas aside, has moved by exactly what went through the thread, and the hub and
// the contract end where they began.
func TestThreadWithoutTheHubReconcilesOnChain(t *testing.T) {
	n := startThreadChain(t)
	ctx, env := n.ctx, n.env
	one, two, half := ethers(1), ethers(2), ethers(1)
	half.Rsh(&half, 1)
	if _, err := n.hubChain.HubDeposit(ctx, two.ToBig(), new(big.Int)); err != nil {
		t.Fatalf("hub reserve: %v", err)
	}
	if _, err := n.alice.eng.Deposit(ctx, one, uint256.Int{}); err != nil {
		t.Fatalf("alice's deposit: %v", err)
	}
	if _, err := n.hub.eng.Collateralize(ctx, env.Bob.Addr, one, uint256.Int{}); err != nil {
		t.Fatalf("bob's collateral: %v", err)
	}
	if err := n.alice.host.Connect(ctx, n.bob.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	info, err := n.alice.eng.OpenThread(ctx, ThreadOpen{Hub: env.Hub.Addr, Receiver: env.Bob.Addr, ReceiverPeer: n.bob.host.ID(), Wei: half})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	n.agreed(t, n.alice, 1)
	n.agreed(t, n.bob, 1)

	n.hub.stop()
	start := time.Now()
	paid := streamThread(t, n.alice, env.Hub.Addr, info.Key, 10_000, 16)
	t.Logf("10,000 thread payments (%s wei) without the hub in %v", paid.Dec(), time.Since(start))
	got := threadOf(t, n.bob, info.Key)
	if !got.Latest.WeiReceiver.Eq(paid) || got.Status != state.ThreadOpen {
		t.Fatalf("bob holds %s wei in the thread (%s), want %s", got.Latest.WeiReceiver.Dec(), got.Status, paid.Dec())
	}
	t.Logf("%d thread states carried them", got.TxCount)

	n.startHub(t)
	closeThread(t, n.bob, env.Hub.Addr, info.Key)
	aliceCh, bobCh := n.agreed(t, n.alice, 0), n.agreed(t, n.bob, 0)
	if want := new(uint256.Int).Sub(&one, paid); !aliceCh.WeiUser.Eq(want) || !aliceCh.WeiHub.Eq(paid) {
		t.Fatalf("alice's channel after the close: user %s hub %s, want %s and %s", aliceCh.WeiUser.Dec(), aliceCh.WeiHub.Dec(), want.Dec(), paid.Dec())
	}
	if want := new(uint256.Int).Sub(&one, paid); !bobCh.WeiUser.Eq(paid) || !bobCh.WeiHub.Eq(want) {
		t.Fatalf("bob's channel after the close: user %s hub %s, want %s and %s", bobCh.WeiUser.Dec(), bobCh.WeiHub.Dec(), paid.Dec(), want.Dec())
	}

	for _, u := range []*testNode{n.alice, n.bob} {
		r := settled(t, u)
		if _, err := u.eng.Withdraw(ctx, r.State.WeiUser, uint256.Int{}, u.eng.Address()); err != nil {
			t.Fatalf("%s withdraws: %v", u.eng.Address(), err)
		}
		r = settled(t, u)
		if _, err := n.hub.eng.reclaim(ctx, u.eng.Address(), r.State.WeiHub, uint256.Int{}); err != nil {
			t.Fatalf("the hub reclaims its side of %s's channel: %v", u.eng.Address(), err)
		}
	}
	reserve, _, err := n.hubChain.Reserve(ctx, env.Hub.Addr)
	if err != nil || reserve.Cmp(two.ToBig()) != 0 {
		t.Fatalf("the hub's reserve after reclaiming: %v (%v), want the 2 ether it put in", reserve, err)
	}
	if _, err := n.hubChain.HubWithdraw(ctx, reserve, new(big.Int)); err != nil {
		t.Fatalf("hub withdraws its reserve: %v", err)
	}
	n.reconcile(t, paid)
}

// streamThread pays count payments through the thread (hub, key) from payer, from workers goroutines,
// payment i of 10^12+i wei, and returns their sum.
func streamThread(t *testing.T, payer *testNode, hub common.Address, key common.Hash, count, workers int) *uint256.Int {
	t.Helper()
	next := make(chan int)
	errs := make(chan error, count)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				if _, err := payer.eng.PayThread(testCtx(t), hub, key, *uint256.NewInt(1e12 + uint64(i)), uint256.Int{}); err != nil {
					errs <- err
				}
			}
		})
	}
	sum := new(uint256.Int)
	for i := range count {
		next <- i
		sum.AddUint64(sum, 1e12+uint64(i))
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("thread payment: %v", err)
	}
	return sum
}

// closeThread has the receiver close the thread, retrying while its hub is not reachable yet.
func closeThread(t *testing.T, receiver *testNode, hub common.Address, key common.Hash) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_, err := receiver.eng.CloseThread(ctx, hub, key)
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("closing the thread: %v", err)
		}
		t.Logf("closing the thread: %v; retrying", err)
		time.Sleep(100 * time.Millisecond)
	}
}

// reconcile checks, once everyone withdrew everything, that Alice's wallet lost paid and Bob's gained
// it, that the hub's is where it began, gas aside, and that the contract holds nothing more of theirs.
func (n *threadChain) reconcile(t *testing.T, paid *uint256.Int) {
	t.Helper()
	env := n.env
	gas := n.gasSpent(t)
	move := map[common.Address]*big.Int{env.Alice.Addr: new(big.Int).Neg(paid.ToBig()), env.Bob.Addr: paid.ToBig(), env.Hub.Addr: new(big.Int)}
	for a, d := range move {
		spent := gas[a]
		if spent == nil || spent.Sign() == 0 {
			t.Fatalf("%s paid no gas: the scan of the blocks missed its transactions", a)
		}
		want := new(big.Int).Sub(new(big.Int).Add(n.before[a], d), spent)
		if got := n.balance(t, a); got.Cmp(want) != 0 {
			t.Errorf("%s's wallet: %s wei, want %s (began with %s, moved %s, gas %s)", a, got, want, n.before[a], d, spent)
		}
	}
	for _, u := range []common.Address{env.Alice.Addr, env.Bob.Addr} {
		rec, err := env.Manager.GetChannel(nil, env.Hub.Addr, u)
		if err != nil {
			t.Fatal(err)
		}
		if rec.WeiHub.Sign() != 0 || rec.WeiUser.Sign() != 0 {
			t.Errorf("%s's channel on-chain: user %s hub %s wei, want both empty", u, rec.WeiUser, rec.WeiHub)
		}
	}
	if reserve, _, err := n.hubChain.Reserve(n.ctx, env.Hub.Addr); err != nil || reserve.Sign() != 0 {
		t.Errorf("the hub's reserve: %v (%v), want empty", reserve, err)
	}
	if got := n.balance(t, env.Dep.Manager); got.Cmp(n.managerBefore) != 0 {
		t.Errorf("the contract holds %s wei, want the %s it held before", got, n.managerBefore)
	}
}
