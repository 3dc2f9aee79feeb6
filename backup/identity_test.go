package backup

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
)

// TestIdentityIsDerivedOneWay: a node's backup identity is the same for the same key and another for
// another key; its IPNS key is neither the node's key nor its backup seal key, and its IPNS name is not the
// node's peer id and names no Ethereum address.
func TestIdentityIsDerivedOneWay(t *testing.T) {
	id, again, other := identity(t, userKey), identity(t, userKey), identity(t, otherKey)
	if !bytes.Equal(id.Name, again.Name) || id.Node != again.Node || id.Legacy != again.Legacy {
		t.Fatal("the same key gave two identities: a restore would not find the backups")
	}
	if bytes.Equal(id.Name, other.Name) {
		t.Fatal("two keys gave the same IPNS key")
	}
	seal, err := sealKey(userKey)
	if err != nil {
		t.Fatal(err)
	}
	scalar := crypto.FromECDSA(userKey)
	if bytes.Equal(id.Name.Seed(), scalar) || bytes.Equal(id.Name.Seed(), seal) {
		t.Fatal("the IPNS key is the node's key or its seal key")
	}
	name, err := id.NameID()
	if err != nil {
		t.Fatal(err)
	}
	if name == id.Legacy {
		t.Fatal("the IPNS name is the node's peer id")
	}
	if addr, err := p2p.AddressOf(name); !errors.Is(err, p2p.ErrNotSecp256k1) {
		t.Fatalf("the IPNS name names address %s (%v): its key could be an Ethereum account", addr, err)
	}
}
