package onion_test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/onion"
)

// fuzzHub is the fixed key the fuzzed layers are addressed to, so a saved corpus entry stays a layer for
// it across runs.
func fuzzHub(f *testing.F) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("spoke/onion fuzz hub")))
	if err != nil {
		f.Fatal(err)
	}
	return k
}

// FuzzPeel feeds Header, Key and Peel arbitrary layers, seeded with valid ones of 1, 3 and MaxLayers
// hops: none panics, every error is one of the package's, and a layer that opens yields inner bytes
// exactly LayerOverhead shorter.
func FuzzPeel(f *testing.F) {
	hub, hashlock := fuzzHub(f), common.HexToHash("0x5b0e")
	me := crypto.PubkeyToAddress(hub.PublicKey)
	for _, n := range []int{1, 3, onion.MaxLayers} {
		r := newRoute(f, n, 48)
		r.hops[0].Key = &hub.PublicKey
		f.Add(r.build(f, hashlock))
	}
	f.Add([]byte{})
	f.Add(make([]byte, onion.LayerOverhead))
	fixed := gcmF(f)
	f.Fuzz(func(t *testing.T, layer []byte) {
		checkErr(t, peelFuzz(t, layer, hub, me, hashlock))
		_, _, err := onion.Peel(layer, me, hashlock, fixed)
		checkErr(t, err)
	})
}

// peelFuzz peels layer as hub would, checking the inner length when it opens.
func peelFuzz(t *testing.T, layer []byte, hub *ecdsa.PrivateKey, me common.Address, hashlock common.Hash) error {
	h, err := onion.Header(layer)
	if err != nil {
		return err
	}
	a, err := onion.Key(hub, h)
	if err != nil {
		return err
	}
	_, inner, err := onion.Peel(layer, me, hashlock, a)
	if err == nil && len(inner) != len(layer)-onion.LayerOverhead {
		t.Fatalf("layer of %d bytes opens to %d inner bytes", len(layer), len(inner))
	}
	return err
}

// checkErr fails unless err is nil or one of the package's errors.
func checkErr(t *testing.T, err error) {
	t.Helper()
	for _, want := range []error{nil, onion.ErrMalformed, onion.ErrKey, onion.ErrOpen, onion.ErrVersion} {
		if errors.Is(err, want) {
			return
		}
	}
	t.Fatalf("unexpected error %v", err)
}

// gcmF is a fixed AES-GCM for the fuzzer (an AEAD no fuzzed layer is sealed with).
func gcmF(f *testing.F) cipher.AEAD {
	block, err := aes.NewCipher(make([]byte, 32))
	if err != nil {
		f.Fatal(err)
	}
	a, err := cipher.NewGCM(block)
	if err != nil {
		f.Fatal(err)
	}
	return a
}
