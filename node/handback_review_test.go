package node

import (
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
