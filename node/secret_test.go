package node

import (
	"github.com/holiman/uint256"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/contracts/devchain"
)

// TestNoteKeyCacheIsBounded: notes from more senders than maxNoteKeys (each a fresh key, as a spammer
// would make up) never grow the cache of derived keys past its bound, and a note from a sender whose key
// was cleared away still opens.
func TestNoteKeyCacheIsBounded(t *testing.T) {
	bob := newSecrets(devchain.DevKey(2))
	me := crypto.PubkeyToAddress(bob.key.PublicKey)
	first, err := newSecrets(devchain.DevKey(1)).seal(&bob.key.PublicKey, [32]byte{1}, "first", uint256.Int{}, uint256.Int{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bob.open(first, me); err != nil {
		t.Fatal(err)
	}
	for i := range maxNoteKeys + 10 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		note, err := newSecrets(k).seal(&bob.key.PublicKey, [32]byte{byte(i)}, "", uint256.Int{}, uint256.Int{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bob.open(note, me); err != nil {
			t.Fatalf("note %d: %v", i, err)
		}
		if n := len(bob.keys); n > maxNoteKeys {
			t.Fatalf("%d cached note keys after %d senders, bound %d", n, i+1, maxNoteKeys)
		}
	}
	if s, err := bob.open(first, me); err != nil || s.Preimage != [32]byte{1} || s.Memo != "first" {
		t.Fatalf("the first sender's note after the cache cleared: %+v, %v", s, err)
	}
}
