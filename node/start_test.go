package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/backup"
	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
	"spoke/state/sqlitestore"
)

// nodeStarter returns a function that starts nodes with data directories in dir on env's chain (two
// confirmations, fast polling, a long pending timeout: the dev chain's clock runs ahead); common and
// each call's edits adjust the Options.
func nodeStarter(t *testing.T, ctx context.Context, env *chaintest.Env, dir string, common ...func(*Options)) func(string, *ecdsa.PrivateKey, Role, peer.AddrInfo, ...func(*Options)) *Node {
	return func(name string, key *ecdsa.PrivateKey, role Role, hub peer.AddrInfo, edits ...func(*Options)) *Node {
		t.Helper()
		o := Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub, Client: env.Client,
			Manager: env.Dep.Manager, Confirmations: 2, PollInterval: 10 * time.Millisecond, Logger: testLogger(),
			Engine: func(c *Config) { c.PendingTimeout = 1_000_000 }}
		for _, f := range append(common, edits...) {
			f(&o)
		}
		n, err := Start(ctx, o)
		if err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		return n
	}
}

// explicitCollateral turns a hub's autocollateral off, for a test that collateralizes on its own: a
// top-up of the hub's (after a deposit or a payment, in the background) would add states and on-chain
// updates at moments the test does not control.
func explicitCollateral(o *Options) {
	engine := o.Engine
	o.Engine = func(c *Config) {
		if engine != nil {
			engine(c)
		}
		c.Collateral = &CollateralPolicy{Disabled: true}
	}
}

// TestStartEmbedded runs a hub and two users the way a program embedding spoke would (Start with
// options, Close), pays between the users, and restarts a user from its data directory.
func TestStartEmbedded(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	start := nodeStarter(t, ctx, env, dir)
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	defer hub.Close()
	// A second node on a data directory in use is refused before it touches the store.
	_, err := Start(ctx, Options{Key: env.Hub.Key, Role: Hub, DataDir: filepath.Join(dir, "hub"), Client: env.Client, Manager: env.Dep.Manager})
	if !errors.Is(err, ErrDataDirInUse) || !strings.Contains(err.Error(), "held by process") {
		t.Fatalf("second node on the hub's data directory: %v, want ErrDataDirInUse", err)
	}
	hundred := ethers(100)
	if _, err := hub.Chain.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	bob := start("bob", env.Bob.Key, User, hub.Host.AddrInfo())
	defer bob.Close()
	events := bob.Subscribe(ctx)
	for _, u := range []*Node{alice, bob} {
		if _, err := u.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	amount := *uint256.NewInt(1e16)
	payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
	for ev := range events {
		if ev.Kind == EventReceived {
			if ev.From != alice.Address() || !ev.Wei.Eq(&amount) {
				t.Fatalf("received %+v", ev)
			}
			break
		}
	}
	before := settled(t, &testNode{eng: alice.Engine})
	if err := alice.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	alice = start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	after, err := alice.Latest(ctx, hub.Address())
	if err != nil || after.State != before.State {
		t.Fatalf("after restart: %+v, %v; want the state before", after.State, err)
	}
	payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
}

// TestBackupAndRestore: Bob's node backs up to a directory while he is paid; his data directory is then
// lost. Restored from the backup into a new directory, his node has his latest state and goes on being
// paid.
func TestBackupAndRestore(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	backups, err := backup.NewDir(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	start := nodeStarter(t, ctx, env, dir, func(o *Options) { o.BackupInterval = 20 * time.Millisecond })
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	defer hub.Close()
	hundred := ethers(100)
	if _, err := hub.Chain.HubDeposit(ctx, hundred.ToBig(), nil); err != nil {
		t.Fatal(err)
	}
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	bob := start("bob", env.Bob.Key, User, hub.Host.AddrInfo(), func(o *Options) { o.Backup = backups })
	for _, u := range []*Node{alice, bob} {
		if _, err := u.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
			t.Fatalf("deposit: %v", err)
		}
	}
	amount := *uint256.NewInt(1e15)
	for range 3 {
		payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
	}
	before := settled(t, &testNode{eng: bob.Engine})
	if err := bob.Close(); err != nil { // its last backup holds the state it stopped with
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(dir, "bob")); err != nil {
		t.Fatal(err)
	}

	restored := filepath.Join(dir, "bob-restored")
	if err := os.MkdirAll(restored, 0o700); err != nil {
		t.Fatal(err)
	}
	st, err := sqlitestore.Open(filepath.Join(restored, StoreFile))
	if err != nil {
		t.Fatal(err)
	}
	got, err := backup.Restore(ctx, backups, env.Bob.Key, st, env.Domain)
	if cerr := st.Close(); err != nil || cerr != nil {
		t.Fatalf("restore: %v %v", err, cerr)
	}
	if got.Channels != 1 {
		t.Fatalf("restored %d channels", got.Channels)
	}
	bob = start("bob-restored", env.Bob.Key, User, hub.Host.AddrInfo())
	defer bob.Close()
	after, err := bob.Latest(ctx, hub.Address())
	if err != nil || after.State != before.State {
		t.Fatalf("restored: %+v, %v; want the state Bob had", after.State, err)
	}
	payUntil(t, &testNode{eng: alice.Engine}, &testNode{eng: bob.Engine}, amount)
	if r := settled(t, &testNode{eng: bob.Engine}); r.State.WeiUser.Cmp(new(uint256.Int).Add(&before.State.WeiUser, &amount)) != 0 {
		t.Fatalf("bob holds %s wei after one more payment, want %s + %s", r.State.WeiUser.Dec(), before.State.WeiUser.Dec(), amount.Dec())
	}
}

// TestTowerChallengesForAnOfflineUser: Bob hands his states to a watchtower (another node) and goes
// offline; the hub, stopped, tries to exit Bob's channel with an old state that gave it more. The tower
// challenges with Bob's latest, so the exit pays what Bob's latest says. The hub collateralizes only
// when told: an automatic top-up after the payment would put a state newer than the cheat's old one
// on-chain (the exit then fails with StaleNonce) and move the tower past the latest the test waits for.
func TestTowerChallengesForAnOfflineUser(t *testing.T) {
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
	amount := *uint256.NewInt(1e17)
	if _, err := alice.Pay(ctx, Payment{To: &env.Bob.Key.PublicKey, Wei: amount}); err != nil {
		t.Fatal(err)
	}
	latest := settled(t, &testNode{eng: bob.Engine})
	// The old state: Bob's balance before he was paid, the hub's higher.
	hist, err := bob.Store.History(ctx, hub.Address(), bob.Address(), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var old state.SignedState
	for _, s := range hist {
		if s.State.Pending.IsZero() && s.State.LockedWei.IsZero() && s.State.WeiUser.Lt(&latest.State.WeiUser) {
			old = s
		}
	}
	if old.State.TxCountGlobal == 0 {
		t.Fatal("no older state with less for Bob in his history")
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		s, err := tower.Tower.Latest(ctx, hub.Address(), bob.Address())
		if err == nil && s.State.TxCountGlobal == latest.State.TxCountGlobal {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the tower holds %d (%v), want Bob's latest %d", s.State.TxCountGlobal, err, latest.State.TxCountGlobal)
		}
		time.Sleep(20 * time.Millisecond)
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
	if _, err := cheat.StartExitWithUpdate(ctx, &old.State, old.SigHub, old.SigUser); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(30 * time.Second) // the tower's turn, however long the steps before took
	for {
		on, err := cheat.Channel(ctx, hub.Address(), bob.Address())
		if err != nil {
			t.Fatal(err)
		}
		if on.TxCountGlobal == latest.State.TxCountGlobal && on.WeiUser.Cmp(latest.State.WeiUser.ToBig()) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the exit holds state %d (bob %s wei), want the tower's challenge with %d", on.TxCountGlobal, on.WeiUser, latest.State.TxCountGlobal)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestChainViewSurvivesRestart: a node stores its chain view and watcher position as events come, and a
// restarted node starts from them instead of rescanning the chain from its first block.
func TestChainViewSurvivesRestart(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	start := nodeStarter(t, ctx, env, dir)
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	defer hub.Close()
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	if _, err := alice.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	if err := alice.Close(); err != nil {
		t.Fatal(err)
	}
	// Mark the stored view (7 ether deposited instead of 1): a node that rescanned the chain would not
	// show the mark; one that starts from the stored view does, since no event before its position
	// comes again.
	st, err := sqlitestore.Open(filepath.Join(dir, "alice", StoreFile))
	if err != nil {
		t.Fatal(err)
	}
	b, err := st.Meta(ctx, chainMetaName)
	if err != nil {
		t.Fatalf("no stored chain view: %v", err)
	}
	marked := strings.Replace(string(b), `"depositedWei":"1000000000000000000"`, `"depositedWei":"7000000000000000000"`, 1)
	if marked == string(b) {
		t.Fatalf("stored view %s lacks the deposit", b)
	}
	if err := st.Commit(ctx, state.Batch{Meta: map[string][]byte{chainMetaName: []byte(marked)}}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	alice = start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	var pos chain.Position
	var seen bool
	var dep [2]uint256.Int
	k := chain.ChannelKey{Hub: env.Hub.Addr, User: env.Alice.Addr}
	time.Sleep(300 * time.Millisecond) // time for a rescan to show, were there one
	if err := alice.query(ctx, func() { pos, seen, dep = alice.watch.pos, alice.watch.seen, alice.watch.view.deposited[k] }); err != nil {
		t.Fatal(err)
	}
	if seven := ethers(7); !seen || pos.Block == 0 || !dep[0].Eq(&seven) {
		t.Fatalf("restarted view: position %+v (seen %v), deposited %s; want the stored (marked) one", pos, seen, dep[0].Dec())
	}
}

// TestWatchFrom: a node whose first start watches the chain from a given block (WatchFrom) sees what
// happens from there: its deposit is credited.
func TestWatchFrom(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	head, err := env.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start := nodeStarter(t, ctx, env, dir, func(o *Options) { o.WatchFrom = head })
	hub := start("hub", env.Hub.Key, Hub, peer.AddrInfo{})
	defer hub.Close()
	alice := start("alice", env.Alice.Key, User, hub.Host.AddrInfo())
	defer alice.Close()
	s, err := alice.Deposit(ctx, ethers(1), uint256.Int{})
	if one := ethers(1); err != nil || !s.State.CreditedDepositWei.Eq(&one) {
		t.Fatalf("deposit watched from block %d: %+v (%v)", head, s.State, err)
	}
}
