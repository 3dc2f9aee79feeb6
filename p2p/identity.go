package p2p

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// PrivKey converts a go-ethereum secp256k1 key into the libp2p secp256k1 key with the same scalar, so the
// node's Ethereum account and its libp2p identity are one key. It fails with ErrBadKey for a nil key, a
// scalar outside [1, n) or a key on another curve.
func PrivKey(key *ecdsa.PrivateKey) (crypto.PrivKey, error) {
	if key == nil || key.D == nil {
		return nil, fmt.Errorf("%w: nil key", ErrBadKey)
	}
	scalar := ethcrypto.FromECDSA(key)
	if _, err := ethcrypto.ToECDSA(scalar); err != nil { // range check: 0 < D < n
		return nil, fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	priv, err := crypto.UnmarshalSecp256k1PrivateKey(scalar)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	if err := samePublicKey(priv, key); err != nil {
		return nil, err
	}
	return priv, nil
}

// samePublicKey checks that priv's public key is key's, which fails when key lives on another curve.
func samePublicKey(priv crypto.PrivKey, key *ecdsa.PrivateKey) error {
	pub, err := ecdsaPublicKey(priv.GetPublic())
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	if key.X == nil || key.Y == nil || pub.X.Cmp(key.X) != 0 || pub.Y.Cmp(key.Y) != 0 {
		return fmt.Errorf("%w: public key is not the secp256k1 point of the scalar", ErrBadKey)
	}
	return nil
}

// PeerID returns the libp2p peer id of key. Secp256k1 peer ids inline the compressed public key, so
// AddressOf can recover key's Ethereum address from the id alone.
func PeerID(key *ecdsa.PrivateKey) (peer.ID, error) {
	priv, err := PrivKey(key)
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(priv)
}

// AddressOf returns the Ethereum address of the key behind a peer id. Because a secp256k1 peer id inlines
// its public key, and a libp2p connection proves possession of that key, a connected peer's id proves its
// address. It fails with ErrNotSecp256k1, ErrNoInlineKey or ErrBadPeerID.
func AddressOf(id peer.ID) (common.Address, error) {
	pub, err := id.ExtractPublicKey()
	switch {
	case errors.Is(err, peer.ErrNoPublicKey):
		return common.Address{}, fmt.Errorf("%w: %s", ErrNoInlineKey, id)
	case err != nil:
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadPeerID, err)
	}
	return addressOfPubKey(pub)
}

// addressOfPubKey returns the Ethereum address of a libp2p secp256k1 public key.
func addressOfPubKey(pub crypto.PubKey) (common.Address, error) {
	ecPub, err := ecdsaPublicKey(pub)
	if err != nil {
		return common.Address{}, err
	}
	return ethcrypto.PubkeyToAddress(*ecPub), nil
}

// ecdsaPublicKey converts a libp2p secp256k1 public key into go-ethereum's form.
func ecdsaPublicKey(pub crypto.PubKey) (*ecdsa.PublicKey, error) {
	if _, ok := pub.(*crypto.Secp256k1PublicKey); !ok {
		return nil, fmt.Errorf("%w: key type %s", ErrNotSecp256k1, pub.Type())
	}
	raw, err := pub.Raw() // 33-byte compressed point
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotSecp256k1, err)
	}
	ecPub, err := ethcrypto.DecompressPubkey(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotSecp256k1, err)
	}
	return ecPub, nil
}

// PublicKeyOf returns the secp256k1 public key inlined in a peer id, in go-ethereum's form: the key a
// payer encrypts a payment's secret to. It fails like AddressOf.
func PublicKeyOf(id peer.ID) (*ecdsa.PublicKey, error) {
	pub, err := id.ExtractPublicKey()
	switch {
	case errors.Is(err, peer.ErrNoPublicKey):
		return nil, fmt.Errorf("%w: %s", ErrNoInlineKey, id)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrBadPeerID, err)
	}
	return ecdsaPublicKey(pub)
}

// PeerIDOf returns the libp2p peer id of the secp256k1 public key pub.
func PeerIDOf(pub *ecdsa.PublicKey) (peer.ID, error) {
	k, err := crypto.UnmarshalSecp256k1PublicKey(ethcrypto.CompressPubkey(pub))
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	return peer.IDFromPublicKey(k)
}
