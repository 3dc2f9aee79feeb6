package onion_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/onion"
)

// TestBuildPeelRoute builds onions for routes of 1 to MaxLayers hubs and peels them hub by hub: each hub
// sees exactly its instruction, no hub opens another's layer (with its own key and address, or with its
// key under another's address), and the last hub yields the final payload.
func TestBuildPeelRoute(t *testing.T) {
	cases := []struct {
		name     string
		hops     int
		finalLen int
	}{
		{"1 hop, empty final", 1, 0},
		{"1 hop", 1, 64},
		{"2 hops", 2, 300},
		{"5 hops", 5, onion.MaxFinal},
		{"20 hops", onion.MaxLayers, onion.MaxFinal},
		{"20 hops, empty final", onion.MaxLayers, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, hashlock := newRoute(t, tc.hops, tc.finalLen), randomHash(t)
			layer := r.build(t, hashlock)
			if want := tc.hops*onion.LayerOverhead + tc.finalLen; len(layer) != want {
				t.Fatalf("onion is %d bytes, want %d", len(layer), want)
			}
			for i := range r.hops {
				checkOthersCannotPeel(t, r, i, layer, hashlock)
				got, inner, err := r.peel(i, layer, hashlock)
				if err != nil {
					t.Fatalf("hub %d: %v", i, err)
				}
				if got != r.hops[i].Instruction {
					t.Fatalf("hub %d sees %+v, want %+v", i, got, r.hops[i].Instruction)
				}
				if len(inner) != len(layer)-onion.LayerOverhead {
					t.Fatalf("hub %d: inner of %d bytes from a layer of %d", i, len(inner), len(layer))
				}
				layer = inner
			}
			if !bytes.Equal(layer, r.final) {
				t.Fatalf("last hub yields %x, want the final payload %x", layer, r.final)
			}
		})
	}
}

// checkOthersCannotPeel checks that no hub but i opens hub i's layer, and that hub i's key does not open
// it under another hub's address.
func checkOthersCannotPeel(t *testing.T, r *route, i int, layer []byte, hashlock common.Hash) {
	t.Helper()
	for j := range r.hops {
		if j == i {
			continue
		}
		if _, _, err := r.peel(j, layer, hashlock); !errors.Is(err, onion.ErrOpen) {
			t.Fatalf("hub %d peels hub %d's layer: %v, want %v", j, i, err, onion.ErrOpen)
		}
		if _, _, err := peelAs(r.privs[i], r.addr(j), layer, hashlock); !errors.Is(err, onion.ErrOpen) {
			t.Fatalf("hub %d's layer under hub %d's address: %v, want %v", i, j, err, onion.ErrOpen)
		}
	}
}

// TestWrongHashlock checks that every layer is bound to its payment: under another hashlock, neither the
// first hub's layer nor an inner one opens.
func TestWrongHashlock(t *testing.T) {
	r, hashlock, other := newRoute(t, 3, 32), randomHash(t), randomHash(t)
	layer := r.build(t, hashlock)
	for i := range r.hops {
		if _, _, err := r.peel(i, layer, other); !errors.Is(err, onion.ErrOpen) {
			t.Fatalf("hub %d under another hashlock: %v, want %v", i, err, onion.ErrOpen)
		}
		_, inner, err := r.peel(i, layer, hashlock)
		if err != nil {
			t.Fatalf("hub %d: %v", i, err)
		}
		layer = inner
	}
}

// TestTamper flips, one at a time, the lowest and the highest bit of every byte of the first and second
// hubs' layers, and also truncates and extends them: no altered layer opens.
func TestTamper(t *testing.T) {
	r, hashlock := newRoute(t, 2, 40), randomHash(t)
	layer := r.build(t, hashlock)
	for i := range r.hops {
		for pos := range layer {
			for _, bit := range []uint{0, 7} {
				if _, _, err := r.peel(i, flipped(layer, pos, bit), hashlock); !errors.Is(err, onion.ErrOpen) && !errors.Is(err, onion.ErrKey) {
					t.Fatalf("hub %d, byte %d bit %d flipped: %v, want %v or %v", i, pos, bit, err, onion.ErrOpen, onion.ErrKey)
				}
			}
		}
		for name, bad := range map[string][]byte{"truncated": layer[:len(layer)-1], "extended": append(bytes.Clone(layer), 0)} {
			if _, _, err := r.peel(i, bad, hashlock); !errors.Is(err, onion.ErrOpen) {
				t.Fatalf("hub %d, layer %s: %v, want %v", i, name, err, onion.ErrOpen)
			}
		}
		_, inner, err := r.peel(i, layer, hashlock)
		if err != nil {
			t.Fatalf("hub %d, untouched layer: %v", i, err)
		}
		layer = inner
	}
}

// TestEphemeralHeaders checks that, without a static first key, every layer of an onion has its own
// header and two onions for the same route share none.
func TestEphemeralHeaders(t *testing.T) {
	r, hashlock := newRoute(t, 4, 16), randomHash(t)
	seen := map[string]bool{}
	for range 2 {
		layer := r.build(t, hashlock)
		for i := range r.hops {
			h, err := onion.Header(layer)
			if err != nil {
				t.Fatal(err)
			}
			if seen[string(h)] {
				t.Fatalf("hub %d's header %x seen before", i, h)
			}
			seen[string(h)] = true
			if _, layer, err = r.peel(i, layer, hashlock); err != nil {
				t.Fatalf("hub %d: %v", i, err)
			}
		}
	}
}

// TestMaxSize checks the documented sizes: 154 bytes a layer, and MaxLayers layers around a MaxFinal
// payload make exactly MaxSize, 3592 bytes.
func TestMaxSize(t *testing.T) {
	if onion.LayerOverhead != 154 || onion.MaxSize != 3592 {
		t.Fatalf("LayerOverhead %d, MaxSize %d; the package doc and callers say 154 and 3592", onion.LayerOverhead, onion.MaxSize)
	}
	r := newRoute(t, onion.MaxLayers, onion.MaxFinal)
	if o := r.build(t, randomHash(t)); len(o) != onion.MaxSize {
		t.Fatalf("largest onion is %d bytes, want MaxSize %d", len(o), onion.MaxSize)
	}
}

// TestBuildWithCachedFirst: an onion whose outermost layer is sealed with a cached key (the payer's header
// and Key(payer, first hop)) peels at the first hop exactly as one Build seals with the payer's key, and
// BuildWith refuses a key without a header or AEAD.
func TestBuildWithCachedFirst(t *testing.T) {
	r, hashlock := newRoute(t, 3, 64), randomHash(t)
	payer := newKey(t)
	a, err := onion.Key(payer, crypto.CompressPubkey(r.hops[0].Key))
	if err != nil {
		t.Fatal(err)
	}
	first := onion.First{Header: crypto.CompressPubkey(&payer.PublicKey), AEAD: a}
	layer, err := onion.BuildWith(hashlock, r.hops, r.final, first)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := onion.Header(layer); !bytes.Equal(h, first.Header) {
		t.Fatalf("header %x, want the payer's key", h)
	}
	for i := range r.hops {
		got, inner, err := r.peel(i, layer, hashlock)
		if err != nil || got != r.hops[i].Instruction {
			t.Fatalf("hub %d: %+v, %v", i, got, err)
		}
		layer = inner
	}
	if !bytes.Equal(layer, r.final) {
		t.Fatal("the last hub does not yield the final payload")
	}
	for _, bad := range []onion.First{{}, {Header: first.Header}, {AEAD: a}} {
		if _, err := onion.BuildWith(hashlock, r.hops, r.final, bad); !errors.Is(err, onion.ErrKey) {
			t.Fatalf("BuildWith(%+v): %v, want ErrKey", bad, err)
		}
	}
}
