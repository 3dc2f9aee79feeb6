package state_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

var treeSizes = []int{0, 1, 2, 3, 5, 8, 13}

func merkleLeaves(rng *rand.Rand, n int) []common.Hash {
	leaves := make([]common.Hash, n)
	for i := range leaves {
		leaves[i] = crypto.Keccak256Hash([]byte{byte(rng.UintN(256)), byte(rng.UintN(256)), byte(i)})
	}
	return leaves
}

// refRoot is an independent, recursive statement of the tree: the sorted leaves split into a complete left
// subtree of the largest power of two below n and the rest, joined by a commutative keccak (OpenZeppelin's
// MerkleProof). Carrying an odd node up a level unchanged, as MerkleTree does, builds exactly this.
func refRoot(leaves []common.Hash) common.Hash {
	sorted := slices.Clone(leaves)
	slices.SortFunc(sorted, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	if len(sorted) == 0 {
		return common.Hash{}
	}
	return refSubtree(sorted)
}

func refSubtree(leaves []common.Hash) common.Hash {
	if len(leaves) == 1 {
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	return refPair(refSubtree(leaves[:k]), refSubtree(leaves[k:]))
}

func refPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(append(a.Bytes(), b.Bytes()...))
}

func TestMerkleProofs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, n := range treeSizes {
		leaves := merkleLeaves(rng, n)
		tree := state.NewMerkleTree(leaves)
		root := tree.Root()
		if want := refRoot(leaves); root != want {
			t.Fatalf("%d leaves: root %s, reference %s", n, root, want)
		}
		for i, leaf := range leaves {
			proof, err := tree.Proof(leaf)
			if err != nil {
				t.Fatalf("%d leaves: proof of leaf %d: %v", n, i, err)
			}
			if !state.VerifyProof(root, leaf, proof) {
				t.Fatalf("%d leaves: proof of leaf %d does not verify", n, i)
			}
			if height := bitsFor(n); len(proof) > height {
				t.Fatalf("%d leaves: proof of %d hashes, want at most %d", n, len(proof), height)
			}
			checkTampered(t, root, leaf, proof)
		}
	}
}

// bitsFor is ceil(log2 n), the height of a tree of n leaves.
func bitsFor(n int) int {
	h := 0
	for 1<<h < n {
		h++
	}
	return h
}

func checkTampered(t *testing.T, root, leaf common.Hash, proof []common.Hash) {
	t.Helper()
	for i := range proof {
		bad := slices.Clone(proof)
		bad[i][31] ^= 1
		if state.VerifyProof(root, leaf, bad) {
			t.Fatalf("proof with hash %d flipped verifies", i)
		}
	}
	if len(proof) > 0 && state.VerifyProof(root, leaf, proof[:len(proof)-1]) {
		t.Fatal("truncated proof verifies")
	}
	if state.VerifyProof(root, leaf, append(slices.Clone(proof), leaf)) {
		t.Fatal("extended proof verifies")
	}
	other := leaf
	other[0] ^= 0x80
	if state.VerifyProof(root, other, proof) {
		t.Fatal("proof verifies another leaf")
	}
}

func TestMerkleEdgeTrees(t *testing.T) {
	empty := state.NewMerkleTree(nil)
	if empty.Root() != (common.Hash{}) {
		t.Fatalf("empty root %s", empty.Root())
	}
	if _, err := empty.Proof(common.Hash{}); !errors.Is(err, state.ErrNotInTree) {
		t.Fatalf("proof in the empty tree: %v, want ErrNotInTree", err)
	}
	leaf := crypto.Keccak256Hash([]byte("only"))
	one := state.NewMerkleTree([]common.Hash{leaf})
	proof, err := one.Proof(leaf)
	if one.Root() != leaf || err != nil || len(proof) != 0 {
		t.Fatalf("one leaf: root %s, proof %v, %v", one.Root(), proof, err)
	}
}

func TestMerkleNotInTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for _, n := range treeSizes {
		tree := state.NewMerkleTree(merkleLeaves(rng, n))
		absent := crypto.Keccak256Hash([]byte("absent"))
		if proof, err := tree.Proof(absent); !errors.Is(err, state.ErrNotInTree) || proof != nil {
			t.Fatalf("%d leaves: proof of an absent leaf = %v, %v; want ErrNotInTree", n, proof, err)
		}
	}
}

func TestMerkleOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, n := range treeSizes {
		leaves := merkleLeaves(rng, n)
		want := state.NewMerkleTree(leaves).Root()
		for range 10 {
			shuffled := slices.Clone(leaves)
			rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if got := state.NewMerkleTree(shuffled).Root(); got != want {
				t.Fatalf("%d leaves: shuffled root %s, want %s", n, got, want)
			}
		}
		before := slices.Clone(leaves)
		state.NewMerkleTree(leaves)
		if !slices.Equal(before, leaves) {
			t.Fatalf("%d leaves: NewMerkleTree reordered its input", n)
		}
	}
}

func TestMerkleDuplicateLeaves(t *testing.T) {
	a, b := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	leaves := []common.Hash{a, b, a}
	tree := state.NewMerkleTree(leaves)
	if want := refRoot(leaves); tree.Root() != want {
		t.Fatalf("root %s, reference %s", tree.Root(), want)
	}
	for _, leaf := range leaves {
		proof, err := tree.Proof(leaf)
		if err != nil || !state.VerifyProof(tree.Root(), leaf, proof) {
			t.Fatalf("proof of %s: %v, %v", leaf, proof, err)
		}
	}
}

func TestLockAndThreadRoots(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 10))
	for _, n := range treeSizes {
		locks := make([]state.Lock, n)
		threads := make([]state.ThreadState, n)
		lockLeaves := make([]common.Hash, n)
		threadLeaves := make([]common.Hash, n)
		for i := range n {
			locks[i], threads[i] = randLock(rng), randThreadState(rng)
			lockLeaves[i], threadLeaves[i] = locks[i].Leaf(), threads[i].StructHash()
		}
		if got, want := state.LockRoot(locks), refRoot(lockLeaves); got != want {
			t.Fatalf("%d locks: LockRoot %s, reference %s", n, got, want)
		}
		if got, want := state.ThreadRoot(threads), refRoot(threadLeaves); got != want {
			t.Fatalf("%d threads: ThreadRoot %s, reference %s", n, got, want)
		}
	}
}
