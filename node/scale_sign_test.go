package node

import (
	"crypto/ecdsa"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// The light users' signatures (scale_users_test.go). The users are the benchmark's load, not what it
// measures, and on a 2-core machine their CPU competes with the hub's, so they sign cheaply: ECDSA's costly
// part, R = kG for a random k, does not depend on the message, so it is made for every signature of a
// run before its timer starts (on every core), and a signature at run time is s = k⁻¹(z + r·d) mod n:
// a few multiplications mod n. The signature is an ordinary one, [R || S || V] with low S, that
// state.Verify and the hub accept (TestScaleSignMatchesVerify). Each k is used once: a presigner hands out
// its nonces by an atomic index and is dropped after its run.

// presig is one precomputed signing nonce: k⁻¹ mod n, r = R.x mod n and R.y's parity, for R = kG.
type presig struct {
	kinv, r secp256k1.ModNScalar
	rb      [32]byte // r, big-endian
	odd     bool     // R.y is odd: the recovery id, before S is made low
}

// presigner signs with precomputed nonces, each once; past the last one it signs as state.Sign does.
type presigner struct {
	nonces []presig
	next   atomic.Int64
	slow   atomic.Uint64 // signatures made with state.Sign: the nonces ran out
}

// newPresig makes a nonce from a random k in [1, n). A k whose R.x is not below n is drawn again (a
// recovery id of 2 or 3, which v = 27 or 28 cannot carry; the chance is about 2⁻¹²⁸).
func newPresig() (presig, error) {
	for {
		k, err := secp256k1.GeneratePrivateKey()
		if err != nil {
			return presig{}, err
		}
		var R secp256k1.JacobianPoint
		secp256k1.ScalarBaseMultNonConst(&k.Key, &R)
		R.ToAffine()
		var p presig
		p.rb = *R.X.Bytes()
		if p.r.SetBytes(&p.rb) != 0 || p.r.IsZero() {
			continue
		}
		p.kinv.InverseValNonConst(&k.Key)
		p.odd = R.Y.IsOdd()
		k.Zero()
		return p, nil
	}
}

// newPresigner precomputes n nonces on every core.
func newPresigner(n int) (*presigner, error) {
	ps := &presigner{nonces: make([]presig, n)}
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n && errs[w] == nil; i += workers {
				ps.nonces[i], errs[w] = newPresig()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// signingKey is a user's key as a scalar mod n, for presigner.sign.
func signingKey(key *ecdsa.PrivateKey) secp256k1.ModNScalar {
	var d secp256k1.ModNScalar
	d.SetByteSlice(crypto.FromECDSA(key))
	return d
}

// sign signs digest for key (d its scalar) with the next nonce: s = k⁻¹(z + r·d) mod n, negated if above
// n/2 (the recovery id flips with it), as [R || S || V], V = 27 + the recovery id.
func (ps *presigner) sign(digest common.Hash, d *secp256k1.ModNScalar, key *ecdsa.PrivateKey) (state.Signature, error) {
	i := ps.next.Add(1) - 1
	if i >= int64(len(ps.nonces)) {
		ps.slow.Add(1)
		return state.Sign(digest, key)
	}
	p := &ps.nonces[i]
	var z, s secp256k1.ModNScalar
	z.SetBytes((*[32]byte)(&digest)) // reduced mod n
	s.Mul2(&p.r, d).Add(&z).Mul(&p.kinv)
	if s.IsZero() { // about 2⁻²⁵⁶
		return state.Sign(digest, key)
	}
	odd := p.odd
	if s.IsOverHalfOrder() {
		s.Negate()
		odd = !odd
	}
	var sig state.Signature
	copy(sig[:32], p.rb[:])
	s.PutBytesUnchecked(sig[32:64])
	sig[64] = 27
	if odd {
		sig[64] = 28
	}
	return sig, nil
}

// TestScaleSignMatchesVerify checks presigned signatures over many random digests (and the zero digest)
// with several keys: each is canonical (state.ParseSignature: low S, v 27 or 28) and recovers its signer
// (state.Verify); both recovery ids occur; past the precomputed nonces a signature is still valid.
func TestScaleSignMatchesVerify(t *testing.T) {
	const n = 2000
	ps, err := newPresigner(n)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(13, 18))
	var v27, v28 int
	for i := range n {
		key := scaleUserKey(i % 7)
		d := signingKey(key)
		var digest common.Hash
		for j := range digest {
			digest[j] = byte(rng.Uint32())
		}
		if i%100 == 0 {
			digest = common.Hash{} // z = 0
		}
		sig, err := ps.sign(digest, &d, key)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := state.ParseSignature(sig[:]); err != nil {
			t.Fatalf("signature %d: %v", i, err)
		}
		if err := state.Verify(digest, sig[:], crypto.PubkeyToAddress(key.PublicKey)); err != nil {
			t.Fatalf("signature %d over %s: %v", i, digest, err)
		}
		if sig[64] == 27 {
			v27++
		} else {
			v28++
		}
	}
	if v27 == 0 || v28 == 0 {
		t.Errorf("recovery ids: %d of 27, %d of 28", v27, v28)
	}
	if ps.slow.Load() != 0 {
		t.Errorf("%d signatures past the precomputed nonces", ps.slow.Load())
	}
	key := scaleUserKey(0)
	d := signingKey(key)
	sig, err := ps.sign(common.Hash{1}, &d, key)
	if err == nil {
		err = state.Verify(common.Hash{1}, sig[:], crypto.PubkeyToAddress(key.PublicKey))
	}
	if err != nil || ps.slow.Load() != 1 {
		t.Errorf("past the nonces: %v, slow signatures %d", err, ps.slow.Load())
	}
}

// TestScaleSignNoncesDiffer checks that a presigner's nonces are all different (each k drawn at random).
func TestScaleSignNoncesDiffer(t *testing.T) {
	ps, err := newPresigner(1000)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]bool{}
	for _, p := range ps.nonces {
		if seen[p.rb] {
			t.Fatalf("R.x %x twice", p.rb)
		}
		seen[p.rb] = true
	}
}

// BenchmarkUserSign compares a light user's signature with precomputed nonces (sign), the precomputation
// per signature (presig) and state.Sign (cgo's libsecp256k1 when cgo is on).
//
//	go test ./node -run XXX -bench UserSign
func BenchmarkUserSign(b *testing.B) {
	key := scaleUserKey(0)
	d := signingKey(key)
	digest := common.Hash{1, 2, 3}
	b.Run("presigned", func(b *testing.B) {
		ps, err := newPresigner(b.N)
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for range b.N {
			if _, err := ps.sign(digest, &d, key); err != nil {
				b.Fatal(err)
			}
		}
		if ps.slow.Load() > 0 {
			b.Fatalf("%d slow signatures", ps.slow.Load())
		}
	})
	b.Run("presig", func(b *testing.B) {
		for b.Loop() {
			if _, err := newPresig(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("state.Sign", func(b *testing.B) {
		for b.Loop() {
			if _, err := state.Sign(digest, key); err != nil {
				b.Fatal(err)
			}
		}
	})
}
