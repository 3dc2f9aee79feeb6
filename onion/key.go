package onion

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// domain separates onion keys from every other key derived from the same ECDH (node/secret.go's note
// keys use "spoke/note/v1").
const domain = "spoke/onion/v1"

// Key derives the AEAD of a layer between priv and header, the compressed public key a layer is sealed with
// (see Header): AES-256-GCM under keccak256(domain || ECDH x-coordinate). A hop calls it with its own key;
// the derivation is symmetric, so the payer gets the same AEAD from its key and the hop's. Key refuses a
// missing or out-of-range private key and a header that is not a compressed secp256k1 point (ErrKey).
func Key(priv *ecdsa.PrivateKey, header []byte) (cipher.AEAD, error) {
	if err := checkPrivate(priv); err != nil {
		return nil, err
	}
	pub, err := crypto.DecompressPubkey(header)
	if err != nil {
		return nil, fmt.Errorf("%w: header: %w", ErrKey, err)
	}
	return derive(priv, pub)
}

// derive returns the AES-256-GCM of the key priv and pub share. Both are checked by the caller. Only
// priv's scalar is used, taken as a secp256k1 scalar whatever curve priv names.
func derive(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) (cipher.AEAD, error) {
	scalar := &ecdsa.PrivateKey{PublicKey: ecdsa.PublicKey{Curve: crypto.S256()}, D: priv.D}
	shared, err := ecies.ImportECDSA(scalar).GenerateShared(ecies.ImportECDSAPublic(pub), 32, 0)
	if err != nil {
		return nil, fmt.Errorf("%w: ecdh: %w", ErrKey, err)
	}
	block, err := aes.NewCipher(crypto.Keccak256([]byte(domain), shared))
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// checkPrivate refuses a nil private key or one whose scalar is not in [1, N-1].
func checkPrivate(priv *ecdsa.PrivateKey) error {
	if priv == nil || priv.D == nil {
		return fmt.Errorf("%w: no private key", ErrKey)
	}
	if priv.D.Sign() <= 0 || priv.D.Cmp(crypto.S256().Params().N) >= 0 {
		return fmt.Errorf("%w: private scalar out of range", ErrKey)
	}
	return nil
}

// publicKey returns k as a secp256k1 public key, refusing nil, missing coordinates and points off the
// curve (ErrKey). It reparses the coordinates, so the result carries the right curve whatever k says.
func publicKey(k *ecdsa.PublicKey) (*ecdsa.PublicKey, error) {
	if k == nil || k.X == nil || k.Y == nil {
		return nil, fmt.Errorf("%w: no public key", ErrKey)
	}
	if k.X.Sign() < 0 || k.Y.Sign() < 0 || k.X.BitLen() > 256 || k.Y.BitLen() > 256 {
		return nil, fmt.Errorf("%w: coordinates out of range", ErrKey)
	}
	b := make([]byte, 65)
	b[0] = 4
	k.X.FillBytes(b[1:33])
	k.Y.FillBytes(b[33:])
	pub, err := crypto.UnmarshalPubkey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	return pub, nil
}
