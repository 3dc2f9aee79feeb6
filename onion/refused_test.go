package onion_test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/onion"
)

// TestBuildRefused checks what Build refuses: no hops or too many, missing or invalid hop keys, an
// invalid static key, and a final payload over MaxFinal.
func TestBuildRefused(t *testing.T) {
	r := newRoute(t, onion.MaxLayers+1, 0)
	withKey := func(k *ecdsa.PublicKey) []onion.Hop {
		hops := append([]onion.Hop(nil), r.hops[:2]...)
		hops[1].Key = k
		return hops
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 300)
	cases := []struct {
		name  string
		hops  []onion.Hop
		final []byte
		first *ecdsa.PrivateKey
		want  error
	}{
		{"no hops", nil, nil, nil, onion.ErrHops},
		{"21 hops", r.hops, nil, nil, onion.ErrHops},
		{"nil hop key", withKey(nil), nil, nil, onion.ErrKey},
		{"hop key without coordinates", withKey(&ecdsa.PublicKey{Curve: crypto.S256()}), nil, nil, onion.ErrKey},
		{"hop key off the curve", withKey(&ecdsa.PublicKey{Curve: crypto.S256(), X: big.NewInt(1), Y: big.NewInt(1)}), nil, nil, onion.ErrKey},
		{"hop key negative", withKey(&ecdsa.PublicKey{X: big.NewInt(-1), Y: big.NewInt(1)}), nil, nil, onion.ErrKey},
		{"hop key too long", withKey(&ecdsa.PublicKey{X: huge, Y: huge}), nil, nil, onion.ErrKey},
		{"final 513 bytes", r.hops[:1], make([]byte, onion.MaxFinal+1), nil, onion.ErrTooLarge},
		{"static key without scalar", r.hops[:1], nil, &ecdsa.PrivateKey{}, onion.ErrKey},
		{"static key zero", r.hops[:1], nil, &ecdsa.PrivateKey{D: new(big.Int)}, onion.ErrKey},
		{"static key N", r.hops[:1], nil, &ecdsa.PrivateKey{D: crypto.S256().Params().N}, onion.ErrKey},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, err := onion.Build(randomHash(t), tc.hops, tc.final, tc.first)
			if !errors.Is(err, tc.want) || o != nil {
				t.Fatalf("got %d bytes, %v; want nil, %v", len(o), err, tc.want)
			}
		})
	}
}

// TestBuildTakesCurvelessKey checks that a hop key is taken by its coordinates: a valid point with no
// curve named still builds a layer its hub opens.
func TestBuildTakesCurvelessKey(t *testing.T) {
	r, hashlock := newRoute(t, 1, 0), randomHash(t)
	r.hops[0].Key = &ecdsa.PublicKey{X: r.hops[0].Key.X, Y: r.hops[0].Key.Y}
	if _, _, err := r.peel(0, r.build(t, hashlock), hashlock); err != nil {
		t.Fatal(err)
	}
}

// TestPeelRefused checks what Header and Peel refuse: layers of impossible length, a missing or
// misshapen AEAD, and layers that open but carry an unknown version.
func TestPeelRefused(t *testing.T) {
	r, hashlock := newRoute(t, 1, 0), randomHash(t)
	layer := r.build(t, hashlock)
	h, _ := onion.Header(layer)
	good, err := onion.Key(r.privs[0], h)
	if err != nil {
		t.Fatal(err)
	}
	v0, v2 := sealRaw(t, r, hashlock, 0), sealRaw(t, r, hashlock, 2)
	cases := []struct {
		name  string
		layer []byte
		aead  cipher.AEAD
		want  error
	}{
		{"empty", nil, good, onion.ErrMalformed},
		{"one byte short", layer[:onion.LayerOverhead-1], good, onion.ErrMalformed},
		{"over MaxSize", make([]byte, onion.MaxSize+1), good, onion.ErrMalformed},
		{"nil AEAD", layer, nil, onion.ErrKey},
		{"16-byte nonce AEAD", layer, gcm(t, 16, 16), onion.ErrKey},
		{"12-byte tag AEAD", layer, gcm(t, 12, 12), onion.ErrKey},
		{"all zeros", make([]byte, onion.LayerOverhead), good, onion.ErrOpen},
		{"version 0", v0, hubAEAD(t, r, v0), onion.ErrVersion},
		{"version 2", v2, hubAEAD(t, r, v2), onion.ErrVersion},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in, inner, err := onion.Peel(tc.layer, r.addr(0), hashlock, tc.aead)
			if !errors.Is(err, tc.want) || in != (onion.Instruction{}) || inner != nil {
				t.Fatalf("got %+v, %x, %v; want nothing, %v", in, inner, err, tc.want)
			}
		})
	}
}

// TestHeaderRefused checks that Header refuses the lengths Peel refuses.
func TestHeaderRefused(t *testing.T) {
	for _, n := range []int{0, onion.HeaderSize, onion.LayerOverhead - 1, onion.MaxSize + 1} {
		if h, err := onion.Header(make([]byte, n)); !errors.Is(err, onion.ErrMalformed) || h != nil {
			t.Fatalf("%d bytes: got %x, %v; want nil, %v", n, h, err, onion.ErrMalformed)
		}
	}
}

// sealRaw seals, following the documented format, a layer for the route's first hub whose version byte
// is version.
func sealRaw(t *testing.T, r *route, hashlock common.Hash, version byte) []byte {
	t.Helper()
	eph := newKey(t)
	a, err := onion.Key(eph, crypto.CompressPubkey(r.hops[0].Key))
	if err != nil {
		t.Fatal(err)
	}
	out := append(crypto.CompressPubkey(&eph.PublicKey), randomBytes(t, onion.NonceSize)...)
	plain := make([]byte, onion.InstructionSize)
	plain[0] = version
	binary.BigEndian.PutUint64(plain[onion.InstructionSize-8:], 1)
	me := r.addr(0)
	ad := append(append(append([]byte(nil), out[:onion.HeaderSize]...), me[:]...), hashlock[:]...)
	return a.Seal(out, out[onion.HeaderSize:], plain, ad)
}

// hubAEAD derives the route's first hub's AEAD for layer.
func hubAEAD(t *testing.T, r *route, layer []byte) cipher.AEAD {
	t.Helper()
	h, err := onion.Header(layer)
	if err != nil {
		t.Fatal(err)
	}
	a, err := onion.Key(r.privs[0], h)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// gcm returns an AES-GCM with the given nonce and tag sizes.
func gcm(t *testing.T, nonce, tag int) cipher.AEAD {
	t.Helper()
	block, err := aes.NewCipher(make([]byte, 32))
	if err != nil {
		t.Fatal(err)
	}
	var a cipher.AEAD
	if tag != 16 {
		a, err = cipher.NewGCMWithTagSize(block, tag)
	} else {
		a, err = cipher.NewGCMWithNonceSize(block, nonce)
	}
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestDocumentedFormat checks the layer format of the package doc from outside: a layer sealed by hand
// with version 1 opens, and yields the fields written.
func TestDocumentedFormat(t *testing.T) {
	r, hashlock := newRoute(t, 1, 0), randomHash(t)
	layer := sealRaw(t, r, hashlock, onion.Version)
	in, inner, err := onion.Peel(layer, r.addr(0), hashlock, hubAEAD(t, r, layer))
	if err != nil || in != (onion.Instruction{Expiry: 1}) || len(inner) != 0 {
		t.Fatalf("got %+v, %x, %v; want expiry 1 and nothing else", in, inner, err)
	}
}
