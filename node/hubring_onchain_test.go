package node

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/routing"
	"spoke/state"
)

// TestHubRingReconcilesOnChain: five hubs in a ring with two chords of hub-to-hub channels on the dev
// chain, each with its fee, and ten users, two on each hub. 1,000 random payments between users of
// different hubs (eight at a time), routed with fees, each settled or failed with a reason; then every
// user withdraws its whole balance, and every hub withdraws its side of the channels it is the user of.
// Each user's wallet gets exactly its deposit less what it sent and paid in fees plus what it received,
// and each hub's money on-chain (its side of the channels it is the hub of, plus what it withdrew) is
// exactly what it put in plus the fees it announced for the payments it forwarded.
func TestHubRingReconcilesOnChain(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	router := newStaticRouter()
	hubKeys := []chaintest.Actor{env.Hub, env.Hub2, env.Hub3, env.Extra[0], env.Extra[1]}
	userKeys := append([]chaintest.Actor{env.Alice, env.Bob, env.Carol, env.Mallory}, env.Extra[2:8]...) // all honest here
	homes := []int{0, 1, 2, 3, 4, 0, 1, 2, 3, 4}
	fees := []Fees{{Base: *uint256.NewInt(1000)}, {PPM: 500}, {Base: *uint256.NewInt(300), PPM: 100}, {}, {PPM: 2000}}
	links := [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 2}, {1, 3}} // the first hub is the user of the second
	adapters := map[common.Address]*chain.Adapter{}
	start := func(name string, key *ecdsa.PrivateKey, role Role, edit func(*Config)) *testNode {
		a, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: key,
			Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		adapters[a.From()] = a
		return startNode(t, key, role, filepath.Join(dir, name+".db"), func(c *Config) {
			c.Domain, c.Chain, c.Deposits, c.Clock = env.Domain, a, nil, nil
			c.PendingTimeout, c.Router, c.Collateral = 1_000_000, router, &CollateralPolicy{Disabled: true}
			edit(c)
		})
	}
	var hubs, users []*testNode
	for i, a := range hubKeys {
		router.hub(t, a.Key, routing.Policy{FeeBase: fees[i].Base, FeePPM: fees[i].PPM, ExpiryDelta: 600})
		hubs = append(hubs, start(a.Name, a.Key, Hub, func(c *Config) { c.Fees = fees[i] }))
	}
	for i, a := range userKeys {
		hub := hubs[homes[i]]
		u := start(a.Name, a.Key, User, func(c *Config) { c.Hub, c.HubPeer, c.HubAddrs = hub.eng.Address(), hub.host.ID(), hub.host.Addrs() })
		if err := u.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		users = append(users, u)
	}
	one := ethers(1)
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	put := make([]uint256.Int, len(hubs)) // what each hub put into channels
	reserve := ethers(5)
	for _, h := range hubs {
		_, err := adapters[h.eng.Address()].HubDeposit(ctx, reserve.ToBig(), new(big.Int))
		must("reserve", err)
	}
	for _, l := range links {
		a, b := hubs[l[0]], hubs[l[1]]
		router.channel(t, a.eng.Address(), b.eng.Address())
		_, err := a.eng.ConnectHub(ctx, b.host.AddrInfo())
		must("connect", err)
		_, err = a.eng.DepositTo(ctx, b.eng.Address(), one, uint256.Int{})
		must("hub deposit", err)
		_, err = b.eng.Collateralize(ctx, a.eng.Address(), one, uint256.Int{})
		must("hub collateral", err)
		put[l[0]].Add(&put[l[0]], &one)
		put[l[1]].Add(&put[l[1]], &one)
	}
	for i, u := range users {
		_, err := u.eng.Deposit(ctx, one, uint256.Int{})
		must("deposit", err)
		_, err = hubs[homes[i]].eng.Collateralize(ctx, u.eng.Address(), one, uint256.Int{})
		must("collateral", err)
		put[homes[i]].Add(&put[homes[i]], &one)
	}

	type payment struct {
		from, to int
		wei      uint64
		rs       []Receipt
		err      error
	}
	rng := rand.New(rand.NewPCG(3, 9))
	var ps []*payment
	for len(ps) < 1000 {
		from, to := rng.IntN(len(users)), rng.IntN(len(users))
		if homes[from] != homes[to] {
			ps = append(ps, &payment{from: from, to: to, wei: 1e14 + rng.Uint64N(9e14)})
		}
	}
	work := make(chan *payment)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for p := range work {
				pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				p.rs, p.err = users[p.from].eng.Pay(pctx, Payment{To: &userKeys[p.to].Key.PublicKey, Wei: *uint256.NewInt(p.wei),
					Via: []common.Address{hubs[homes[p.to]].eng.Address()}})
				cancel()
			}
		})
	}
	for _, p := range ps {
		work <- p
	}
	close(work)
	wg.Wait()

	wantUser := make([]*big.Int, len(users))
	for i := range wantUser {
		wantUser[i] = one.ToBig()
	}
	gain := make([]*big.Int, len(hubs))
	for i := range gain {
		gain[i] = new(big.Int)
	}
	settledCount := 0
	for _, p := range ps {
		if p.err != nil {
			if !cleanFailure(p.err) {
				t.Fatalf("payment failed uncleanly: %v", p.err)
			}
			continue
		}
		settledCount++
		r := p.rs[0]
		wantUser[p.from].Sub(wantUser[p.from], new(big.Int).SetUint64(p.wei+r.Fee.Uint64()))
		wantUser[p.to].Add(wantUser[p.to], new(big.Int).SetUint64(p.wei))
		amt := uint256.NewInt(p.wei)
		for i := len(r.Route) - 1; i >= 0; i-- {
			pol, _, _ := router.Policy(r.Route[i])
			fee, _ := pol.Fee(amt)
			amt = new(uint256.Int).Add(amt, &fee)
			for j, h := range hubs {
				if h.eng.Address() == r.Route[i] {
					gain[j].Add(gain[j], fee.ToBig())
				}
			}
		}
	}
	if settledCount < len(ps)*3/4 {
		t.Fatalf("only %d of %d payments settled", settledCount, len(ps))
	}

	withdraw := func(n *testNode, hub common.Address, wallet common.Address) *big.Int {
		t.Helper()
		var r state.Record
		waitFor(t, "a settled channel", func() bool {
			var err error
			r, err = n.eng.Latest(ctx, hub)
			return err == nil && len(r.Locks) == 0
		})
		if r.State.WeiUser.IsZero() {
			return new(big.Int)
		}
		_, err := n.eng.WithdrawFrom(ctx, hub, r.State.WeiUser, uint256.Int{}, wallet)
		must("withdraw", err)
		got, err := env.Client.BalanceAt(ctx, wallet, nil)
		must("balance", err)
		return got
	}
	for i, u := range users {
		wallet := common.BigToAddress(big.NewInt(int64(0xa000 + i)))
		if got := withdraw(u, hubs[homes[i]].eng.Address(), wallet); got.Cmp(wantUser[i]) != 0 {
			t.Fatalf("user %d's wallet got %s wei, want %s", i, got, wantUser[i])
		}
	}
	have := make([]*big.Int, len(hubs))
	for i := range have {
		have[i] = new(big.Int)
	}
	for k, l := range links {
		a, b := hubs[l[0]], hubs[l[1]]
		have[l[0]].Add(have[l[0]], withdraw(a, b.eng.Address(), common.BigToAddress(big.NewInt(int64(0xb000+k)))))
	}
	onChain := func(hub, user common.Address) *big.Int {
		rec, err := env.Manager.GetChannel(nil, hub, user)
		must("channel", err)
		return rec.WeiHub
	}
	for _, l := range links {
		have[l[1]].Add(have[l[1]], onChain(hubs[l[1]].eng.Address(), hubs[l[0]].eng.Address()))
	}
	for i, u := range users {
		have[homes[i]].Add(have[homes[i]], onChain(hubs[homes[i]].eng.Address(), u.eng.Address()))
	}
	for i := range hubs {
		want := new(big.Int).Add(put[i].ToBig(), gain[i])
		if have[i].Cmp(want) != 0 {
			t.Errorf("hub %d ends with %s wei on-chain, want the %s it put in plus %s of fees", i, have[i], put[i].Dec(), gain[i])
		}
	}
	t.Logf("%d of %d payments settled; hubs' fees %v wei", settledCount, len(ps), gain)
}
