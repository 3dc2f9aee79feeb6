package node

import (
	"context"
	"crypto/cipher"
	"encoding/binary"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// fakeAEAD stands for a derived onion key in the cache tests.
type fakeAEAD struct {
	cipher.AEAD
	n int
}

// TestOnionKeysKeepRecentPeers: the onion key cache stays within two generations of maxOnionKeys however
// many peers come, and a peer that keeps paying keeps its key while others come and go.
func TestOnionKeysKeepRecentPeers(t *testing.T) {
	var k onionKeys
	hdr := func(i int) []byte { return binary.BigEndian.AppendUint64([]byte("peer"), uint64(i)) }
	busy := hdr(-1)
	k.put(busy, fakeAEAD{n: -1})
	for i := range 3*maxOnionKeys + 7 {
		k.mu.Lock()
		k.put(hdr(i), fakeAEAD{n: i})
		n := len(k.keys) + len(k.old)
		k.mu.Unlock()
		if n > 2*maxOnionKeys {
			t.Fatalf("%d keys cached after %d peers, bound %d", n, i+1, 2*maxOnionKeys)
		}
		if i%1000 == 0 {
			if a, ok := k.cached(busy); !ok || a.(fakeAEAD).n != -1 {
				t.Fatalf("the busy peer's key was dropped after %d other peers", i+1)
			}
		}
	}
	if _, ok := k.cached(hdr(0)); ok {
		t.Error("the first peer's key is still cached after three generations of others")
	}
	if a, ok := k.cached(hdr(3*maxOnionKeys + 6)); !ok || a.(fakeAEAD).n != 3*maxOnionKeys+6 {
		t.Error("the last peer's key is not cached")
	}
}

// TestIdleChannelsLeaveTheTurn: a hub restarted on a store of idle channels soon looks at none of them in
// its turns (proposeAll, armTimer, expireLocks), and a channel a command is queued on joins the turn.
func TestIdleChannelsLeaveTheTurn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hub.db")
	store := openStore(t, path)
	buildScaleStore(t, store, 200)
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	hub, _ := startScaleHub(t, path, nil)
	sizes := func() (channels, active, locked int) {
		if err := hub.eng.query(testCtx(t), func() {
			channels, active, locked = len(hub.eng.channels), len(hub.eng.active.chans), len(hub.eng.locked.chans)
		}); err != nil {
			t.Fatal(err)
		}
		return channels, active, locked
	}
	time.Sleep(2 * expiryCheckEvery) // at least one expiry check
	if n, a, l := sizes(); n != 200 || a != 0 || l != 0 {
		t.Fatalf("%d channels loaded, %d in the active set, %d in the expiry set; want 200, 0, 0", n, a, l)
	}
	user := crypto.PubkeyToAddress(scaleUserKey(7).PublicKey)
	ctx, cancel := context.WithTimeout(testCtx(t), 300*time.Millisecond)
	defer cancel()
	if _, err := hub.eng.Update(ctx, user, wei(1)); err == nil {
		t.Fatal("an update reached a user that has no connection")
	}
	if _, a, _ := sizes(); a != 1 {
		t.Fatalf("%d channels in the active set while one has a proposal to resend, want 1", a)
	}
}
