package backup

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/sha256"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	lcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
)

// nameKeyLabel separates the derivation of the IPNS key from every other use of the node's key.
const nameKeyLabel = "spoke backup IPNS key v1"

// Identity is what a backend learns of a node to keep its latest pointer: its address, the IPNS key
// derived from its key, and its peer id. It never holds the node's key: a backend (and a kubo daemon
// behind it) can neither sign the node's channel states nor spend its funds.
type Identity struct {
	// Node is the node's address.
	Node common.Address
	// Name signs the node's IPNS record: an ed25519 key derived one way from the node's key (NameKey).
	Name ed25519.PrivateKey
	// Legacy is the node's own peer id, the IPNS name its pointer had before Name: a backend may read an
	// old pointer there but never publishes there again.
	Legacy peer.ID
}

// IdentityOf derives the identity of the node with key; the same key always gives the same identity, so
// a restore with nothing but the key finds the node's pointer.
func IdentityOf(key *ecdsa.PrivateKey) (Identity, error) {
	name, err := NameKey(key)
	if err != nil {
		return Identity{}, err
	}
	legacy, err := p2p.PeerID(key)
	if err != nil {
		return Identity{}, fmt.Errorf("backup: peer id: %w", err)
	}
	return Identity{Node: crypto.PubkeyToAddress(key.PublicKey), Name: name, Legacy: legacy}, nil
}

// NameKey derives the node's IPNS key from its private key: HKDF-SHA256 with its own label gives an
// ed25519 seed. The derivation is one way: the IPNS key does not reveal the node's key.
func NameKey(key *ecdsa.PrivateKey) (ed25519.PrivateKey, error) {
	seed, err := hkdf.Key(sha256.New, crypto.FromECDSA(key), nil, nameKeyLabel, ed25519.SeedSize)
	if err != nil {
		return nil, fmt.Errorf("backup: derive the IPNS key: %w", err)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// NameID is the IPNS name of the identity: the peer id of its IPNS key.
func (id Identity) NameID() (peer.ID, error) {
	priv, err := id.namePrivKey()
	if err != nil {
		return "", err
	}
	return peer.IDFromPrivateKey(priv)
}

// namePrivKey is the IPNS key as libp2p holds it.
func (id Identity) namePrivKey() (lcrypto.PrivKey, error) {
	priv, err := lcrypto.UnmarshalEd25519PrivateKey(id.Name)
	if err != nil {
		return nil, fmt.Errorf("backup: IPNS key: %w", err)
	}
	return priv, nil
}
