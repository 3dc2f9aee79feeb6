package node

import (
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// TestMalHandBackJunkDoesNotEvictOthers: a restored hub keeps, waiting for their lock, the preimages its
// peers hand back that match no lock yet (the payer's channel not synced back yet). An honest peer (bob,
// who settled the hub's forward after its backup) hands back one; then Mallory, a peer with states above
// the hub's backup (answering its pushes: each adopted step carries up to 1,024 preimages), or a few
// Sybils of hers, hand back unrelated 32-byte strings. Held: bob's preimage still waits for alice's lock
// (before, the pool of 4,096 dropped its oldest for each newcomer, whoever sent it: 4 answers of junk
// flushed bob's, and the hub that paid bob could not collect alice's lock).
func TestMalHandBackJunkDoesNotEvictOthers(t *testing.T) {
	junk := func() [32]byte {
		var p [32]byte
		if _, err := rand.Read(p[:]); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bob := common.Address{0xb0}
	var bobs [32]byte
	copy(bobs[:], "bob's settle of the hub's lock..")
	for _, sybils := range []int{1, 5, 8} {
		var h handBacks
		h.wait(bob, bobs, now)
		for i := range sybils {
			mallory := common.Address{0x4d, byte(i)}
			for range 2 * maxHandedBack / sybils {
				h.wait(mallory, junk(), now+1)
			}
		}
		if len(h.waiting) > maxHandedBack {
			t.Fatalf("%d Sybils: %d preimages waiting, bound %d", sybils, len(h.waiting), maxHandedBack)
		}
		if p, ok := h.take(state.Hashlock(bobs)); !ok || p != bobs {
			t.Fatalf("LOSS for the hub: %d peers' junk evicted bob's handed-back preimage", sybils)
		}
	}
}

// TestMalHandBackWaitingAccounting: the per-peer counts follow what waits (take, prune, a preimage handed
// back twice), so a peer's budget is not used up by preimages already gone.
func TestMalHandBackWaitingAccounting(t *testing.T) {
	var h handBacks
	a := common.Address{0xa}
	var ps [][32]byte
	for i := range maxHandedBackPerPeer {
		var p [32]byte
		p[0], p[1] = byte(i), byte(i>>8)
		ps = append(ps, p)
		h.wait(a, p, now)
		h.wait(a, p, now) // twice: kept once
	}
	if len(h.waiting) != maxHandedBackPerPeer || h.held[a] != maxHandedBackPerPeer {
		t.Fatalf("%d waiting, %d held by the peer, want %d", len(h.waiting), h.held[a], maxHandedBackPerPeer)
	}
	for _, p := range ps[:10] {
		if _, ok := h.take(state.Hashlock(p)); !ok {
			t.Fatal("a waiting preimage not taken")
		}
	}
	if h.held[a] != maxHandedBackPerPeer-10 {
		t.Fatalf("%d held after 10 taken, want %d", h.held[a], maxHandedBackPerPeer-10)
	}
	h.prune(now+100, 10)
	if len(h.waiting) != 0 || len(h.held) != 0 {
		t.Fatalf("after the prune: %d waiting, %d peers held", len(h.waiting), len(h.held))
	}
}

// TestMalHandBackOpenDownstreamNotSettledUpstream: alice pays Mallory (bob's key, his engine made to lie)
// through the hub; Mallory, the recipient, knows the preimage from the note and holds the hub's lock open.
// The hub is backed up with both locks open, Mallory moves her channel on (a transfer of 1 wei), the hub
// loses its disk and is restored. Answering its push, Mallory hands back the preimage of the lock she
// has NOT settled (an honest node never would; she can: she knows it), then gives the hub's lock back.
// Held: the hub does not settle alice's lock while its own lock of the same hashlock is still open
// downstream; when Mallory gives it back, alice's lock goes back to her and her payment fails. (Before:
// the restored hub settled alice's lock at once with the handed-back preimage, Mallory then cancelled,
// and alice had paid the hub 10 wei for a payment nobody received.)
func TestMalHandBackOpenDownstreamNotSettledUpstream(t *testing.T) {
	n := startDiskLossNet(t)
	alice := n.users[0]
	half := deposited[0].Uint64() / 2
	n.users[1].stop()
	n.users[1] = n.startUser(t, 1, func(common.Hash) bool { return true }) // holds every lock open
	mal := n.users[1]

	paid := make(chan error, 1)
	go func() { _, err := alice.eng.Pay(testCtx(t), payTo(mal, 10)); paid <- err }()
	var lock state.Lock
	waitFor(t, "the hub's lock in Mallory's channel, in both stores", func() bool {
		for _, s := range []state.Store{mal.store, n.hub.store} {
			if r, err := s.Latest(testCtx(t), hubAddr, mal.eng.Address()); err != nil || len(r.Locks) != 1 {
				return false
			} else {
				lock = r.Locks[0]
			}
		}
		return true
	})
	backups := backupNode(t, n.hub, hubKey, n.dir)
	if _, err := mal.eng.Update(testCtx(t), hubAddr, protocol.Transfer{Wei: *uint256.NewInt(1)}); err != nil {
		t.Fatalf("Mallory's transfer: %v", err)
	}
	pre, err := mal.store.Preimage(testCtx(t), lock.Hashlock)
	if err != nil {
		t.Fatalf("the preimage from the note: %v", err)
	}
	// Mallory lies: she "settled" the lock, at any nonce the hub may push.
	if err := mal.eng.query(testCtx(t), func() { mal.eng.handBack.remember(hubAddr, 1<<62, mal.eng.cfg.Clock(), pre) }); err != nil {
		t.Fatal(err)
	}

	n.loseDisk(t, backups)
	waitFor(t, "the restored hub caught up with Mallory's channel", func() bool {
		r, err := n.hub.store.Latest(testCtx(t), hubAddr, mal.eng.Address())
		return err == nil && r.State.WeiUser.Uint64() == half-1 && len(r.Locks) == 1
	})
	time.Sleep(2 * time.Second) // the hub would settle alice's lock now, if it took the preimage
	if _, err := mal.eng.Update(testCtx(t), hubAddr, protocol.CancelLock{ID: lock.ID}); err != nil {
		t.Fatalf("Mallory gives the hub's lock back: %v", err)
	}
	select {
	case err := <-paid:
		if err == nil {
			t.Fatal("LOSS for alice: her payment succeeded, the hub settled her lock, and Mallory gave the hub's lock back")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("alice's payment still open 20 s after Mallory gave the hub's lock back")
	}
	n.settledAt(t, alice, half)
}
