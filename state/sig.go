package state

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// SignatureLength is the only signature length spoke accepts: r (32) || s (32) || v (1), v in {27, 28}.
const SignatureLength = 65

// Signature errors.
var (
	ErrSignatureLength = errors.New("state: signature must be 65 bytes")
	ErrSignatureV      = errors.New("state: signature v must be 27 or 28")
	ErrSignatureHighS  = errors.New("state: signature s is in the upper half of the curve order (malleable)")
	ErrSignatureRange  = errors.New("state: signature r or s is zero or not below the curve order")
	ErrSignatureSigner = errors.New("state: signature is not by the expected signer")
)

var (
	curveN     = uint256.MustFromBig(crypto.S256().Params().N)
	curveHalfN = new(uint256.Int).Rsh(curveN, 1)
)

// Signature is a 65-byte secp256k1 signature in the contract's format (v = 27 or 28).
type Signature [SignatureLength]byte

// Sign signs a 32-byte digest with key and returns a low-S signature with v = 27 or 28.
func Sign(digest common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	raw, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("state: sign: %w", err)
	}
	var sig Signature
	copy(sig[:], raw)
	sig[64] += 27
	return sig, nil
}

// ParseSignature checks b is a canonical signature the contract accepts: 65 bytes, v 27 or 28, r and s in
// [1, n), s at most n/2. go-ethereum's Ecrecover alone accepts high-S signatures; this rejects them.
func ParseSignature(b []byte) (Signature, error) {
	var sig Signature
	if len(b) != SignatureLength {
		return sig, fmt.Errorf("%w (got %d)", ErrSignatureLength, len(b))
	}
	copy(sig[:], b)
	if v := sig[64]; v != 27 && v != 28 {
		return sig, fmt.Errorf("%w (got %d)", ErrSignatureV, v)
	}
	r := new(uint256.Int).SetBytes(sig[:32])
	s := new(uint256.Int).SetBytes(sig[32:64])
	if r.IsZero() || s.IsZero() || !r.Lt(curveN) || !s.Lt(curveN) {
		return sig, ErrSignatureRange
	}
	if s.Gt(curveHalfN) {
		return sig, ErrSignatureHighS
	}
	return sig, nil
}

// Recover returns the address that signed digest, after ParseSignature's checks.
func Recover(digest common.Hash, b []byte) (common.Address, error) {
	pub, err := recoverRaw(digest, b)
	if err != nil {
		return common.Address{}, err
	}
	var addr common.Address
	copy(addr[:], crypto.Keccak256(pub[1:])[12:])
	return addr, nil
}

// RecoverKey returns the public key that signed digest, after ParseSignature's checks.
func RecoverKey(digest common.Hash, b []byte) (*ecdsa.PublicKey, error) {
	pub, err := recoverRaw(digest, b)
	if err != nil {
		return nil, err
	}
	return crypto.UnmarshalPubkey(pub)
}

// recoverRaw returns the uncompressed public key that signed digest.
func recoverRaw(digest common.Hash, b []byte) ([]byte, error) {
	sig, err := ParseSignature(b)
	if err != nil {
		return nil, err
	}
	raw := sig
	raw[64] -= 27
	pub, err := crypto.Ecrecover(digest[:], raw[:])
	if err != nil {
		return nil, fmt.Errorf("state: recover: %w", err)
	}
	return pub, nil
}

// Verify checks that b is a canonical signature of digest by signer.
func Verify(digest common.Hash, b []byte, signer common.Address) error {
	got, err := Recover(digest, b)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: want %s, got %s", ErrSignatureSigner, signer, got)
	}
	return nil
}
