package node

import (
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// diskLossNet is a hub on a fixed address, whose store is db, and two users (alice pays bob through it)
// that reconnect to it there after it restarts.
type diskLossNet struct {
	dir, db  string
	addr     multiaddr.Multiaddr
	hub      *testNode
	withhold atomic.Bool // the hub keeps a forward's upstream settle (as if it crashed first)
	users    [2]*testNode
}

func startDiskLossNet(t *testing.T) *diskLossNet {
	n := &diskLossNet{dir: t.TempDir(), addr: freeAddr(t)}
	n.db = filepath.Join(n.dir, "hub.db")
	n.startHub(t)
	half := deposited[0].Uint64() / 2
	for i := range n.users {
		n.users[i] = n.startUser(t, i, nil)
		if _, err := n.users[i].eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]},
			protocol.Transfer{Wei: *uint256.NewInt(half)}); err != nil {
			t.Fatalf("setup: %v", err)
		}
	}
	return n
}

func (n *diskLossNet) startHub(t *testing.T) {
	n.hub = startNodeAt(t, hubKey, Hub, n.db, n.addr.String(), func(c *Config) {
		c.withhold = func(common.Hash) bool { return n.withhold.Load() }
	})
}

func (n *diskLossNet) startUser(t *testing.T, i int, hold func(common.Hash) bool) *testNode {
	u := startNode(t, devchain.DevKey(1+i), User, filepath.Join(n.dir, fmt.Sprintf("user%d.db", i)), func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs, c.holdSettle = hubAddr, n.hub.host.ID(), []multiaddr.Multiaddr{n.addr}, hold
	})
	if err := u.host.Connect(testCtx(t), n.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return u
}

// loseDisk stops the hub, replaces its store with a restore from backups and starts it again, honest.
func (n *diskLossNet) loseDisk(t *testing.T, backups backup.Backend) {
	n.hub.stop()
	for _, u := range n.users {
		waitFor(t, "a user to see the stopped hub's connection close", func() bool { return !u.host.Connected(n.hub.host.ID()) })
	}
	restoreStore(t, n.db, hubKey, backups)
	n.withhold.Store(false)
	n.startHub(t)
}

// bothHold waits until u's channel, in u's store and the hub's, satisfies cond.
func (n *diskLossNet) bothHold(t *testing.T, u *testNode, what string, cond func(state.Record) bool) {
	t.Helper()
	waitFor(t, what, func() bool {
		for _, s := range []state.Store{u.store, n.hub.store} {
			if r, err := s.Latest(testCtx(t), hubAddr, u.eng.Address()); err != nil || !cond(r) {
				return false
			}
		}
		return true
	})
}

// settledAt waits until u's channel, in u's store and the hub's, holds wei for u and no lock.
func (n *diskLossNet) settledAt(t *testing.T, u *testNode, wei uint64) {
	t.Helper()
	n.bothHold(t, u, fmt.Sprintf("%s's channel at %d wei, no lock, on both sides", u.eng.Address(), wei),
		func(r state.Record) bool { return len(r.Locks) == 0 && r.State.WeiUser.Uint64() == wei })
}

// wantPaid waits for a payment's result and fails unless it succeeded.
func wantPaid(t *testing.T, paid <-chan error) {
	t.Helper()
	select {
	case err := <-paid:
		if err != nil {
			t.Fatalf("LOSS for the hub: alice's payment failed: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("LOSS for the hub: alice's payment still open 20 s after the hub's restore (its lock left to expire)")
	}
}

// TestHubDiskLossForwardRecovered: the hub forwards alice's payment to bob, bob settles (the hub pays
// him), and the hub loses its disk before it settles alice's lock; it is restored from a backup taken
// before the payment, which holds neither lock. Alice's lock comes back to it in her state, bob's settle
// in his, without the preimage. Held: bob answers the restored hub's push with the preimage of the lock he
// settled after its state (protocol.Sync.Preimages), the hub settles alice's lock with it, and alice's
// payment succeeds: nobody, the hub included, is out of pocket. (Before, alice's lock expired back to her
// and the hub had paid bob for nothing.)
func TestHubDiskLossForwardRecovered(t *testing.T) {
	n := startDiskLossNet(t)
	alice, bob := n.users[0], n.users[1]
	half := deposited[0].Uint64() / 2
	backups := backupNode(t, n.hub, hubKey, n.dir)

	n.withhold.Store(true)
	paid := make(chan error, 1)
	go func() { _, err := alice.eng.Pay(testCtx(t), payTo(bob, 10)); paid <- err }()
	n.settledAt(t, bob, half+10)

	n.loseDisk(t, backups)
	wantPaid(t, paid)
	n.settledAt(t, alice, half-10)
	n.settledAt(t, bob, half+10)
}

// TestHubDiskLossSettleAfterBackupRecovered: as above, with the backup taken while both locks were open
// (bob held his settle): the restored hub holds the forward and both locks; bob's state, adopted back,
// has his lock settled, and the preimage he hands back completes the forward upstream.
func TestHubDiskLossSettleAfterBackupRecovered(t *testing.T) {
	n := startDiskLossNet(t)
	alice := n.users[0]
	half := deposited[0].Uint64() / 2
	n.users[1].stop()
	n.users[1] = n.startUser(t, 1, func(common.Hash) bool { return true })
	bob := n.users[1]

	paid := make(chan error, 1)
	go func() { _, err := alice.eng.Pay(testCtx(t), payTo(bob, 10)); paid <- err }()
	n.bothHold(t, bob, "the hub's lock in bob's channel, in both stores", func(r state.Record) bool { return len(r.Locks) == 1 })
	backups := backupNode(t, n.hub, hubKey, n.dir)

	n.withhold.Store(true)
	bob.stop()
	n.users[1] = n.startUser(t, 1, nil) // settles the lock it holds the secret of
	bob = n.users[1]
	n.settledAt(t, bob, half+10)

	n.loseDisk(t, backups)
	wantPaid(t, paid)
	n.settledAt(t, alice, half-10)
	n.settledAt(t, bob, half+10)
}

// TestMalHandBackOnlySettledLocks: Mallory, a hub, pays the honest user a lock and answers its settle
// Busy, so the user holds the preimage of a lock it has not settled; then she pushes an older state of the
// channel, as a hub restored from a backup would, to be handed the preimage. Held: a lock the user has
// not settled is never handed back (she would hold the secret without having paid); once she countersigns
// the settle (she learns the preimage from it), her push of the older state gets it back, and a push of a
// state that is not behind gets nothing.
func TestMalHandBackOnlySettledLocks(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	before := m.latest()
	handed := func() [][32]byte {
		t.Helper()
		s, ok := m.pushSync(before).(protocol.Sync)
		if !ok {
			t.Fatal("her push of an older state was not answered with a Sync")
		}
		return s.Preimages
	}

	m.setAnswer(busy)
	l, note, pre := m.lockTo(&userKey.PublicKey, 1000, clock.Now()+3000)
	if ans, ok := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}).(protocol.Countersign); !ok {
		t.Fatalf("her lock was answered with %+v", ans)
	}
	waitFor(t, "the user's settle", func() bool {
		return m.proposed(func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == l.ID })
	})
	if got := handed(); len(got) != 0 {
		t.Fatalf("LOSS: handed back %d preimages of a lock the user has not settled", len(got))
	}

	m.setAnswer(m.countersign)
	waitFor(t, "the user's settle countersigned", func() bool {
		r := stored(t, user, m.addr, userAddr)
		return len(r.Locks) == 0 && r.State.TxCountGlobal > before.Latest.State.TxCountGlobal+1
	})
	if got := handed(); len(got) != 1 || got[0] != pre {
		t.Fatalf("the settled lock's preimage handed back: %x, want %x", got, pre)
	}
	if s, ok := m.pushSync(m.latest()).(protocol.Sync); !ok || len(s.Preimages) != 0 {
		t.Fatalf("a push that is not behind was answered with %+v", s)
	}
}

// TestHandBackRemembersTheNewest: what a node remembers of one peer's settles is bounded, and what it
// hands back is the newest state.MaxLocks of those above the pushed nonce (what one Sync carries).
func TestHandBackRemembersTheNewest(t *testing.T) {
	var h handBacks
	peer := common.Address{1}
	for n := uint64(1); n <= 5*maxSettlesPerPeer; n++ {
		h.remember(peer, n, n, [32]byte{byte(n), byte(n >> 8)})
		if len(h.settled[peer]) > 2*maxSettlesPerPeer {
			t.Fatalf("%d settles remembered", len(h.settled[peer]))
		}
	}
	got := h.since(peer, 0)
	if len(got) != maxSettlesPerPeer {
		t.Fatalf("handed back %d, want %d", len(got), maxSettlesPerPeer)
	}
	last := uint64(5 * maxSettlesPerPeer)
	if want := [32]byte{byte(last), byte(last >> 8)}; got[len(got)-1] != want {
		t.Fatalf("the newest handed back is %x, want %x", got[len(got)-1][:2], want[:2])
	}
	if got := h.since(peer, last-3); len(got) != 3 {
		t.Fatalf("above nonce %d: %d handed back, want 3", last-3, len(got))
	}
	if got := h.since(common.Address{2}, 0); len(got) != 0 {
		t.Fatalf("another peer is handed back %d", len(got))
	}
	h.prune(last+10, 5) // ten seconds after the last settle, keeping five: all forgotten
	if len(h.settled) != 0 {
		t.Fatalf("%d peers remembered past the keep", len(h.settled))
	}
}

// TestHandBackRemembersForwardersOnly: across two hubs (the payer's hub the user of the recipient's), the
// recipient remembers its hub's settled lock and the recipient's hub remembers the other hub's (an
// announced hub, on the hub side of their channel); the payer's hub remembers nothing of the payer, who
// does not forward: a hub's memory grows with its hub links, not with its users.
func TestHandBackRemembersForwardersOnly(t *testing.T) {
	hc := startHubChain(t, []Fees{{}, {}})
	if _, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(1000),
		Via: []common.Address{hc.hubs[1].eng.Address()}}); err != nil {
		t.Fatal(err)
	}
	remembered := func(n *testNode, peer common.Address) (k int) {
		t.Helper()
		waitFor(t, "the settles to finish", func() bool {
			if err := n.eng.query(testCtx(t), func() { k = len(n.eng.handBack.settled[peer]) }); err != nil {
				t.Fatal(err)
			}
			return k > 0 || peer == hc.payer.eng.Address()
		})
		return k
	}
	h0, h1 := hc.hubs[0].eng.Address(), hc.hubs[1].eng.Address()
	if k := remembered(hc.paid, h1); k != 1 {
		t.Fatalf("the recipient remembers %d settles of its hub's locks, want 1", k)
	}
	if k := remembered(hc.hubs[1], h0); k != 1 {
		t.Fatalf("the recipient's hub remembers %d settles of the other hub's locks, want 1", k)
	}
	waitFor(t, "the payer's lock settled", func() bool {
		r, err := hc.hubs[0].store.Latest(testCtx(t), h0, hc.payer.eng.Address())
		return err == nil && len(r.Locks) == 0 && r.State.TxCountGlobal > 2
	})
	if k := remembered(hc.hubs[0], hc.payer.eng.Address()); k != 0 {
		t.Fatalf("the payer's hub remembers %d settles of its user's locks, want 0", k)
	}
}
