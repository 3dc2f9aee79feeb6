package onion_test

import (
	"bytes"
	"crypto/cipher"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/onion"
)

// TestStaticFirstKey builds two onions with the payer's node key as the first layer's key: the first
// header is the payer's compressed public key both times (so the first hub can cache one AEAD for the
// payer), the AEAD the hub derives is the one the payer derives from the hub's key, the cached AEAD peels
// both onions, and the inner layers still get ephemeral keys.
func TestStaticFirstKey(t *testing.T) {
	r, payer := newRoute(t, 2, 32), newKey(t)
	payerHeader := crypto.CompressPubkey(&payer.PublicKey)
	hubSide, err := onion.Key(r.privs[0], payerHeader)
	if err != nil {
		t.Fatal(err)
	}
	checkSameAEAD(t, payer, r.hops[0].Key, hubSide)
	for n := range 2 {
		hashlock := randomHash(t)
		layer, err := onion.Build(hashlock, r.hops, r.final, payer)
		if err != nil {
			t.Fatal(err)
		}
		if h, err := onion.Header(layer); err != nil || !bytes.Equal(h, payerHeader) {
			t.Fatalf("onion %d: header %x, %v; want the payer's key %x", n, h, err, payerHeader)
		}
		_, inner, err := onion.Peel(layer, r.addr(0), hashlock, hubSide)
		if err != nil {
			t.Fatalf("onion %d: cached AEAD does not peel: %v", n, err)
		}
		if h, _ := onion.Header(inner); bytes.Equal(h, payerHeader) {
			t.Fatalf("onion %d: inner layer sealed with the payer's static key", n)
		}
		if _, _, err := r.peel(1, inner, hashlock); err != nil {
			t.Fatalf("onion %d: second hub: %v", n, err)
		}
	}
}

// checkSameAEAD checks that the AEAD the payer derives from the hub's public key opens what hubSide
// seals.
func checkSameAEAD(t *testing.T, payer *ecdsa.PrivateKey, hub *ecdsa.PublicKey, hubSide cipher.AEAD) {
	t.Helper()
	payerSide, err := onion.Key(payer, crypto.CompressPubkey(hub))
	if err != nil {
		t.Fatal(err)
	}
	nonce := make([]byte, onion.NonceSize)
	sealed := hubSide.Seal(nil, nonce, []byte("same key"), nil)
	if got, err := payerSide.Open(nil, nonce, sealed, nil); err != nil || string(got) != "same key" {
		t.Fatalf("payer's and hub's AEADs differ: %q, %v", got, err)
	}
}

// TestStaticFirstKeyHeaderFromScalar checks that the header is derived from the static key's scalar, not
// trusted from its PublicKey field: a key whose PublicKey field is another key's still seals a layer the
// hub opens.
func TestStaticFirstKeyHeaderFromScalar(t *testing.T) {
	r, payer, hashlock := newRoute(t, 1, 8), newKey(t), randomHash(t)
	mismatched := &ecdsa.PrivateKey{PublicKey: newKey(t).PublicKey, D: payer.D}
	layer, err := onion.Build(hashlock, r.hops, r.final, mismatched)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := onion.Header(layer); !bytes.Equal(h, crypto.CompressPubkey(&payer.PublicKey)) {
		t.Fatalf("header %x is not the scalar's public key", h)
	}
	if _, _, err := r.peel(0, layer, hashlock); err != nil {
		t.Fatal(err)
	}
}

// TestKeyRefused checks that Key refuses missing and out-of-range private keys and headers that are not
// compressed secp256k1 points.
func TestKeyRefused(t *testing.T) {
	priv := newKey(t)
	good := crypto.CompressPubkey(&newKey(t).PublicKey)
	notOnCurve := append([]byte{2}, bytes.Repeat([]byte{0xff}, 32)...) // x >= p
	n := crypto.S256().Params().N
	cases := []struct {
		name   string
		priv   *ecdsa.PrivateKey
		header []byte
	}{
		{"nil private key", nil, good},
		{"no scalar", &ecdsa.PrivateKey{PublicKey: priv.PublicKey}, good},
		{"zero scalar", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: new(big.Int)}, good},
		{"negative scalar", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: big.NewInt(-1)}, good},
		{"scalar N", &ecdsa.PrivateKey{PublicKey: priv.PublicKey, D: new(big.Int).Set(n)}, good},
		{"empty header", priv, nil},
		{"short header", priv, good[:32]},
		{"long header", priv, append(bytes.Clone(good), 0)},
		{"uncompressed prefix", priv, append([]byte{4}, good[1:]...)},
		{"x not a field element", priv, notOnCurve},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if a, err := onion.Key(tc.priv, tc.header); !errors.Is(err, onion.ErrKey) || a != nil {
				t.Fatalf("got %v, %v; want nil, %v", a, err, onion.ErrKey)
			}
		})
	}
}

// TestKeyIgnoresCurveField checks that only a private key's scalar matters: a key that names no curve
// derives the same AEAD.
func TestKeyIgnoresCurveField(t *testing.T) {
	r, hashlock := newRoute(t, 1, 0), randomHash(t)
	layer := r.build(t, hashlock)
	h, _ := onion.Header(layer)
	a, err := onion.Key(&ecdsa.PrivateKey{D: r.privs[0].D}, h)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := onion.Peel(layer, r.addr(0), hashlock, a); err != nil {
		t.Fatal(err)
	}
}
