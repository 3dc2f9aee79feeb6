package p2p

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"

	"spoke/contracts/devchain"
)

func TestIdentityRoundTrip(t *testing.T) {
	for i := range 4 {
		key := devchain.DevKey(i)
		id, err := PeerID(key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := AddressOf(id)
		if err != nil {
			t.Fatal(err)
		}
		if want := ethcrypto.PubkeyToAddress(key.PublicKey); got != want {
			t.Fatalf("dev key %d: AddressOf(%s) = %s, want %s", i, id, got, want)
		}
	}
}

func TestPrivKeyKeepsTheScalar(t *testing.T) {
	key := devchain.DevKey(0)
	priv, err := PrivKey(key)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := priv.Raw()
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != string(ethcrypto.FromECDSA(key)) {
		t.Fatalf("libp2p scalar %x, want %x", raw, ethcrypto.FromECDSA(key))
	}
}

func TestPrivKeyRejectsBadKeys(t *testing.T) {
	p256, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for name, key := range map[string]*ecdsa.PrivateKey{"nil": nil, "empty": {}, "P-256": p256} {
		if _, err := PrivKey(key); !errors.Is(err, ErrBadKey) {
			t.Errorf("%s: PrivKey error %v, want ErrBadKey", name, err)
		}
	}
}

func TestAddressOfRejectsEd25519(t *testing.T) {
	_, pub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AddressOf(id); !errors.Is(err, ErrNotSecp256k1) {
		t.Fatalf("AddressOf(ed25519 id) error %v, want ErrNotSecp256k1", err)
	}
}

func TestAddressOfRejectsHashedAndMalformedIDs(t *testing.T) {
	hash, err := mh.Sum([]byte("a large key"), mh.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := AddressOf(peer.ID(hash)); !errors.Is(err, ErrNoInlineKey) {
		t.Errorf("hashed id: error %v, want ErrNoInlineKey", err)
	}
	if _, err := AddressOf(peer.ID("not a multihash")); !errors.Is(err, ErrBadPeerID) {
		t.Errorf("malformed id: error %v, want ErrBadPeerID", err)
	}
}
