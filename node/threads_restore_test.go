package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/backup"
	"spoke/internal/chaintest"
	"spoke/state"
	"spoke/state/sqlitestore"
)

// openThreadTo opens a thread of wei from one node to another through their hub, retrying while the hub
// collateralizes the receiver's channel.
func openThreadTo(t *testing.T, ctx context.Context, from, to *Node, wei uint256.Int) ThreadInfo {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		info, err := from.OpenThread(ctx, to.Address(), wei, uint256.Int{}, common.Address{})
		if err == nil {
			return info
		}
		if !errors.Is(err, ErrNeedsCollateral) || time.Now().After(deadline) {
			t.Fatalf("open thread: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRestoredNodeDisputesThread: Bob is paid through a thread; the thread states he receives are backed
// up as they come (no channel state changes meanwhile). The hub is then gone for good and Bob loses his
// data directory. Restored from the backup, his node holds the thread's latest state and settles the
// thread on-chain alone (DisputeThread) at that state; the thread shows closed, also after a restart,
// and a second dispute is refused.
func TestRestoredNodeDisputesThread(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	backups, err := backup.NewDir(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	start := nodeStarter(t, ctx, env, dir, func(o *Options) { o.BackupInterval = 20 * time.Millisecond })
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	hundred := ethers(100)
	if _, err := hub.Chain.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	hubInfo := hub.Host.AddrInfo()
	alice := start("alice", env.Alice.Key, User, hubInfo)
	defer alice.Close()
	bob := start("bob", env.Bob.Key, User, hubInfo, func(o *Options) { o.Backup = backups })
	for _, u := range []*Node{alice, bob} {
		if _, err := u.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	info := openThreadTo(t, ctx, alice, bob, *uint256.NewInt(1e16))
	step := *uint256.NewInt(1e14)
	for range 7 {
		if _, err := alice.PayThread(ctx, hub.Address(), info.Key, step, uint256.Int{}); err != nil {
			t.Fatal(err)
		}
	}
	paid := *uint256.NewInt(7e14)

	// Bob's backup catches up with the thread while he runs; it is restored into a new directory.
	var restored string
	deadline := time.Now().Add(10 * time.Second)
	for try := 0; restored == ""; try++ {
		name := fmt.Sprintf("bob-restored-%d", try)
		if restoredThread(t, ctx, env, backups, filepath.Join(dir, name)) == 7 {
			restored = name
		} else if time.Now().After(deadline) {
			t.Fatal("bob's backup does not hold the thread's latest state (count 7)")
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, n := range []*Node{hub, bob} {
		if err := n.Close(); err != nil {
			t.Fatal(err)
		}
	}

	bob = start(restored, env.Bob.Key, User, hubInfo)
	ts := bob.Threads()
	if len(ts) != 1 || ts[0].Key != info.Key || ts[0].Status != state.ThreadOpen || ts[0].TxCount != 7 || ts[0].Latest.WeiReceiver != paid {
		t.Fatalf("restored threads: %+v", ts)
	}
	if _, err := bob.DisputeThread(ctx, hub.Address(), common.Hash{1}); !errors.Is(err, ErrUnknownThread) {
		t.Fatalf("dispute of an unknown thread: %v", err)
	}
	events := bob.Subscribe(ctx)
	stop := env.SkipChallenges(hub.Address(), bob.Address(), info.Latest)
	got, err := bob.DisputeThread(ctx, hub.Address(), info.Key)
	stop()
	if err != nil {
		t.Fatalf("dispute: %v", err)
	}
	var rest uint256.Int
	rest.Sub(uint256.NewInt(1e16), &paid)
	if s := got.Settled; s.Key() != info.Key || s.TxCount != 7 || s.WeiReceiver != paid || s.WeiSender != rest || len(got.Exit.Threads) != 1 {
		t.Fatalf("the thread settled at %+v, exit %+v; want count 7, %s wei to Bob", s, got.Exit, paid.Dec())
	}
	for ev := range events {
		if ev.Kind == EventThreadSettled {
			if ev.Thread != info.Key || ev.Count != 7 || ev.Wei != paid || ev.From != alice.Address() || ev.Peer != hub.Address() {
				t.Fatalf("settled event %+v", ev)
			}
			break
		}
	}
	if _, err := bob.DisputeThread(ctx, hub.Address(), info.Key); !errors.Is(err, ErrThreadClosed) {
		t.Fatalf("second dispute: %v, want ErrThreadClosed", err)
	}
	if err := bob.Close(); err != nil {
		t.Fatal(err)
	}
	bob = start(restored, env.Bob.Key, User, hubInfo)
	defer bob.Close()
	if ts := bob.Threads(); len(ts) != 1 || ts[0].Status != state.ThreadClosed {
		t.Fatalf("after a restart, the settled thread: %+v", ts)
	}
}

// restoredThread restores the backup of Bob's node into dir and returns the count of the latest state of
// the one thread it holds (0 without one).
func restoredThread(t *testing.T, ctx context.Context, env *chaintest.Env, backups backup.Backend, dir string) uint64 {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	st, err := sqlitestore.Open(filepath.Join(dir, StoreFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := backup.Restore(ctx, backups, env.Bob.Key, st, env.Domain); err != nil {
		t.Fatalf("restore: %v", err)
	}
	recs, err := st.Threads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		return 0
	}
	return recs[0].Latest.State.TxCount
}
