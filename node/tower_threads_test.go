package node

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// TestTowerAnswersAThreadDispute: Bob receives thread payments and hands the thread's latest state to a
// watchtower, then goes offline; the hub, stopped too, exits Bob's channel and starts the thread's
// dispute with its initial state (nothing for Bob). The tower challenges with Bob's latest thread state.
// The hub collateralizes Bob's channel only when told (explicitCollateral).
func TestTowerAnswersAThreadDispute(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	start := nodeStarter(t, ctx, env, dir)
	tower := start("tower", env.Mallory.Key, Hub, peer.AddrInfo{}, func(o *Options) {
		o.ServeTower, o.TowerClients = true, []common.Address{env.Bob.Addr}
	})
	defer tower.Close()
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{}, explicitCollateral)
	hundred := ethers(100)
	if _, err := hub.Chain.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	bob := start("bob", env.Bob.Key, User, hub.Host.AddrInfo(), func(o *Options) { o.Towers = []peer.AddrInfo{tower.Host.AddrInfo()} })
	for _, u := range []*Node{alice, bob} {
		if _, err := u.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	if _, err := hub.Collateralize(ctx, bob.Address(), ethers(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	if err := alice.Host.Connect(ctx, bob.Host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	half := ethers(1)
	half.Rsh(&half, 1)
	info, err := alice.Engine.OpenThread(ctx, ThreadOpen{Hub: hub.Address(), Receiver: bob.Address(), ReceiverPeer: bob.Host.ID(), Wei: half})
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		if _, err := alice.PayThread(ctx, hub.Address(), info.Key, *uint256.NewInt(1e16), uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for held := uint64(0); held != 20; {
		recs, err := tower.Tower.store.Threads(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			held = r.Latest.State.TxCount
		}
		if time.Now().After(deadline) {
			t.Fatalf("the tower holds the thread at count %d, want 20", held)
		}
		time.Sleep(20 * time.Millisecond)
	}
	latest, err := bob.Store.Latest(ctx, hub.Address(), bob.Address())
	if err != nil || latest.State.ThreadCount != 1 {
		t.Fatalf("bob's latest channel state: %+v (%v)", latest.State, err)
	}
	if err := bob.Close(); err != nil {
		t.Fatal(err)
	}
	if err := hub.Close(); err != nil {
		t.Fatal(err)
	}
	cheat, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: env.Hub.Key, Confirmations: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cheat.StartExitWithUpdate(ctx, &latest.State, latest.SigHub, latest.SigUser); err != nil {
		t.Fatal(err)
	}
	if err := env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	if _, err := cheat.EmptyChannel(ctx, hub.Address(), bob.Address()); err != nil {
		t.Fatal(err)
	}
	initial := latest.Threads[0]
	proof, err := state.NewMerkleTree(threadLeaves(latest.Threads)).Proof(initial.State.StructHash())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cheat.StartExitThread(ctx, hub.Address(), bob.Address(), &initial, proof); err != nil {
		t.Fatal(err)
	}
	s := &initial.State
	deadline = time.Now().Add(30 * time.Second) // the tower's turn, however long the steps before took
	for {
		d, err := cheat.Thread(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if d.TxCount == 20 {
			paid := ethers(0)
			paid.Mul(uint256.NewInt(20), uint256.NewInt(1e16))
			if d.WeiReceiver != paid {
				t.Fatalf("the tower's challenge gives Bob %s, want %s", d.WeiReceiver.Dec(), paid.Dec())
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the thread dispute holds count %d, want the tower's challenge with 20", d.TxCount)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
