package onion_test

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/onion"
)

// BenchmarkBuild builds onions of 1 and 3 hops around a 128-byte final payload, each layer with a fresh
// ephemeral key (one key generation and one ECDH a layer).
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1, 3} {
		b.Run(fmt.Sprintf("%dhop", n), func(b *testing.B) {
			r, hashlock := newRoute(b, n, 128), randomHash(b)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := onion.Build(hashlock, r.hops, r.final, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuildWith builds a 1-hop onion whose layer is sealed with a cached key (what a payer does for
// its own hub): no key generation and no ECDH.
func BenchmarkBuildWith(b *testing.B) {
	r, hashlock := newRoute(b, 1, 128), randomHash(b)
	payer := newKey(b)
	a, err := onion.Key(payer, crypto.CompressPubkey(r.hops[0].Key))
	if err != nil {
		b.Fatal(err)
	}
	first := onion.First{Header: crypto.CompressPubkey(&payer.PublicKey), AEAD: a}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := onion.BuildWith(hashlock, r.hops, r.final, first); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPeel peels one layer of a 3-hop onion: "cached" with an AEAD derived beforehand (a hub that
// cached the payer's key), "derive" with Header and Key (one ECDH) each time.
func BenchmarkPeel(b *testing.B) {
	r, hashlock := newRoute(b, 3, 128), randomHash(b)
	layer := r.build(b, hashlock)
	h, _ := onion.Header(layer)
	a, err := onion.Key(r.privs[0], h)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := onion.Peel(layer, r.addr(0), hashlock, a); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("derive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := r.peel(0, layer, hashlock); err != nil {
				b.Fatal(err)
			}
		}
	})
}
