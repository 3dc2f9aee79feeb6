package state_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

var (
	secpN     = crypto.S256().Params().N
	secpHalfN = new(big.Int).Rsh(secpN, 1)
)

// testKey derives a deterministic private key from a small index.
func testKey(t testing.TB, i byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{i, 0x5a}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testDigest(i int) common.Hash {
	return crypto.Keccak256Hash([]byte("spoke sig test"), big.NewInt(int64(i)).Bytes())
}

// signed returns a signature of testDigest(0) by testKey(1).
func signed(t testing.TB) (state.Signature, common.Hash, common.Address) {
	t.Helper()
	key, d := testKey(t, 1), testDigest(0)
	sig, err := state.Sign(d, key)
	if err != nil {
		t.Fatal(err)
	}
	return sig, d, crypto.PubkeyToAddress(key.PublicKey)
}

// withR / withS return a copy of sig with r or s replaced.
func withR(sig state.Signature, r *big.Int) []byte {
	r.FillBytes(sig[:32])
	return sig[:]
}

func withS(sig state.Signature, s *big.Int) []byte {
	s.FillBytes(sig[32:64])
	return sig[:]
}

func withV(sig state.Signature, v byte) []byte {
	sig[64] = v
	return sig[:]
}

// highS returns the malleated twin of sig: s' = n - s with the recovery id flipped. It is an equally valid
// ECDSA signature of the same digest by the same key.
func highS(sig state.Signature) []byte {
	s := new(big.Int).SetBytes(sig[32:64])
	out := withS(sig, s.Sub(secpN, s))
	out[64] ^= 27 ^ 28 // 27 <-> 28
	return out
}

func TestSignRecoverRoundTrip(t *testing.T) {
	seenV := map[byte]bool{}
	for i := range 64 {
		key := testKey(t, byte(i+1))
		want := crypto.PubkeyToAddress(key.PublicKey)
		d := testDigest(i)
		sig, err := state.Sign(d, key)
		if err != nil {
			t.Fatal(err)
		}
		v, s := sig[64], new(big.Int).SetBytes(sig[32:64])
		if v != 27 && v != 28 {
			t.Fatalf("v = %d", v)
		}
		if s.Cmp(secpHalfN) > 0 {
			t.Fatalf("high s %x", s)
		}
		seenV[v] = true
		got, err := state.Recover(d, sig[:])
		if err != nil || got != want {
			t.Fatalf("Recover = %s, %v; want %s", got, err, want)
		}
		if err := state.Verify(d, sig[:], want); err != nil {
			t.Fatalf("Verify: %v", err)
		}
		if parsed, err := state.ParseSignature(sig[:]); err != nil || parsed != sig {
			t.Fatalf("ParseSignature = %x, %v", parsed, err)
		}
	}
	if !seenV[27] || !seenV[28] {
		t.Fatalf("64 signatures used only v in %v", seenV)
	}
}

func TestParseSignatureRejects(t *testing.T) {
	sig, _, _ := signed(t)
	maxWord := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"length 0", nil, state.ErrSignatureLength},
		{"length 64", sig[:64], state.ErrSignatureLength},
		{"length 66", append(sig[:], 0), state.ErrSignatureLength},
		{"v 0", withV(sig, 0), state.ErrSignatureV},
		{"v 1", withV(sig, 1), state.ErrSignatureV},
		{"v 29", withV(sig, 29), state.ErrSignatureV},
		{"r 0", withR(sig, new(big.Int)), state.ErrSignatureRange},
		{"s 0", withS(sig, new(big.Int)), state.ErrSignatureRange},
		{"r n", withR(sig, new(big.Int).Set(secpN)), state.ErrSignatureRange},
		{"r 2^256-1", withR(sig, new(big.Int).Set(maxWord)), state.ErrSignatureRange},
		{"s n", withS(sig, new(big.Int).Set(secpN)), state.ErrSignatureRange},
		{"s 2^256-1", withS(sig, new(big.Int).Set(maxWord)), state.ErrSignatureRange},
		{"s n/2+1", withS(sig, new(big.Int).Add(secpHalfN, big.NewInt(1))), state.ErrSignatureHighS},
		{"s n-1", withS(sig, new(big.Int).Sub(secpN, big.NewInt(1))), state.ErrSignatureHighS},
		{"high-S twin", highS(sig), state.ErrSignatureHighS},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := state.ParseSignature(tc.b); !errors.Is(err, tc.want) {
				t.Fatalf("ParseSignature: %v, want %v", err, tc.want)
			}
			if _, err := state.Recover(testDigest(0), tc.b); !errors.Is(err, tc.want) {
				t.Fatalf("Recover: %v, want %v", err, tc.want)
			}
		})
	}
}

func TestParseSignatureBoundaries(t *testing.T) {
	sig, _, _ := signed(t)
	for _, b := range [][]byte{
		withS(sig, new(big.Int).Set(secpHalfN)),            // s = n/2 is low
		withS(sig, big.NewInt(1)),                          // s = 1
		withR(sig, new(big.Int).Sub(secpN, big.NewInt(1))), // r = n-1
		withV(sig, 27), withV(sig, 28),
	} {
		if _, err := state.ParseSignature(b); err != nil {
			t.Errorf("ParseSignature(%x): %v", b, err)
		}
	}
	// The input is copied, not aliased.
	b := bytes.Clone(sig[:])
	parsed, _ := state.ParseSignature(b)
	b[0] ^= 0xff
	if parsed != sig {
		t.Fatal("ParseSignature aliases its input")
	}
}

func TestVerifyWrongSigner(t *testing.T) {
	sig, d, signer := signed(t)
	other := crypto.PubkeyToAddress(testKey(t, 2).PublicKey)
	if err := state.Verify(d, sig[:], other); !errors.Is(err, state.ErrSignatureSigner) {
		t.Fatalf("Verify by %s: %v, want ErrSignatureSigner", other, err)
	}
	if err := state.Verify(testDigest(1), sig[:], signer); !errors.Is(err, state.ErrSignatureSigner) {
		t.Fatalf("Verify of another digest: %v, want ErrSignatureSigner", err)
	}
	if err := state.Verify(d, highS(sig), signer); !errors.Is(err, state.ErrSignatureHighS) {
		t.Fatalf("Verify of the high-S twin: %v, want ErrSignatureHighS", err)
	}
	if err := state.Verify(d, sig[:], signer); err != nil {
		t.Fatalf("Verify by the signer: %v", err)
	}
}

// TestEcrecoverAcceptsHighS documents why ParseSignature checks s itself: go-ethereum's crypto.Ecrecover
// recovers the same signer from the malleated twin (n - s, flipped v), which OpenZeppelin's ECDSA — and so
// the contract — rejects. Accepting it off-chain would let a party hold a "signature" the chain refuses and
// would give every state two distinct valid signatures.
func TestEcrecoverAcceptsHighS(t *testing.T) {
	sig, d, signer := signed(t)
	twin := highS(sig)
	twin[64] -= 27
	pub, err := crypto.Ecrecover(d[:], twin)
	if err != nil {
		t.Fatalf("Ecrecover rejected the high-S twin: %v", err)
	}
	if got := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]); got != signer {
		t.Fatalf("Ecrecover of the twin gave %s, want %s", got, signer)
	}
	r, s := new(big.Int).SetBytes(twin[:32]), new(big.Int).SetBytes(twin[32:64])
	if crypto.ValidateSignatureValues(twin[64], r, s, true) {
		t.Fatal("ValidateSignatureValues(homestead) accepts high S; expected it to refuse")
	}
}
