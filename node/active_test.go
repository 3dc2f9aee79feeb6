package node

import (
	"crypto/cipher"
	"encoding/binary"
	"testing"
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
