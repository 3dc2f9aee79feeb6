package onion_test

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/onion"
)

// route is a payment route: the hubs' keys, the hops the payer builds with, the payee and the final
// payload.
type route struct {
	privs []*ecdsa.PrivateKey
	hops  []onion.Hop
	payee common.Address
	final []byte
}

// newRoute makes a route of n hubs with fresh keys, amounts and expiries that shrink along the route, and
// a final payload of finalLen random bytes.
func newRoute(t testing.TB, n, finalLen int) *route {
	t.Helper()
	r := &route{payee: crypto.PubkeyToAddress(newKey(t).PublicKey), final: randomBytes(t, finalLen)}
	for range n {
		r.privs = append(r.privs, newKey(t))
	}
	for i, k := range r.privs {
		next := r.payee
		if i+1 < n {
			next = crypto.PubkeyToAddress(r.privs[i+1].PublicKey)
		}
		r.hops = append(r.hops, onion.Hop{Key: &k.PublicKey, Instruction: onion.Instruction{
			Next:   next,
			Wei:    *uint256.NewInt(uint64(1_000_000 - 10*i)),
			Token:  *new(uint256.Int).Lsh(uint256.NewInt(uint64(500+i)), 200), // uses the high words
			Expiry: uint64(1_900_000_000 - 600*i),
		}})
	}
	return r
}

// addr is the address of hub i.
func (r *route) addr(i int) common.Address { return crypto.PubkeyToAddress(r.privs[i].PublicKey) }

// peel peels layer as hub i would: header, derived key, then Peel.
func (r *route) peel(i int, layer []byte, hashlock common.Hash) (onion.Instruction, []byte, error) {
	return peelAs(r.privs[i], r.addr(i), layer, hashlock)
}

// peelAs peels layer with priv as the hop whose address is me.
func peelAs(priv *ecdsa.PrivateKey, me common.Address, layer []byte, hashlock common.Hash) (onion.Instruction, []byte, error) {
	h, err := onion.Header(layer)
	if err != nil {
		return onion.Instruction{}, nil, err
	}
	a, err := onion.Key(priv, h)
	if err != nil {
		return onion.Instruction{}, nil, err
	}
	return onion.Peel(layer, me, hashlock, a)
}

// build builds the route's onion with fresh ephemeral keys throughout.
func (r *route) build(t testing.TB, hashlock common.Hash) []byte {
	t.Helper()
	o, err := onion.Build(hashlock, r.hops, r.final, nil)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return o
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func randomBytes(t testing.TB, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

func randomHash(t testing.TB) common.Hash { return common.BytesToHash(randomBytes(t, 32)) }

// flipped returns a copy of b with bit bit of byte i flipped.
func flipped(b []byte, i int, bit uint) []byte {
	c := bytes.Clone(b)
	c[i] ^= 1 << bit
	return c
}
