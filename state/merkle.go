package state

import (
	"bytes"
	"errors"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNotInTree is returned when a proof is asked for a leaf the tree does not hold.
var ErrNotInTree = errors.New("state: leaf not in merkle tree")

// MerkleTree is a binary tree over sorted leaves whose inner nodes hash their two children in ascending
// order (keccak256(min || max)), the scheme OpenZeppelin's MerkleProof verifies. An odd node is carried up
// unchanged. The root of no leaves is the zero hash; the root of one leaf is the leaf.
type MerkleTree struct {
	levels [][]common.Hash // levels[0] are the sorted leaves; the last level is the root
}

// NewMerkleTree builds the tree of the given leaves (any order; duplicates are kept).
func NewMerkleTree(leaves []common.Hash) *MerkleTree {
	level := slices.Clone(leaves)
	slices.SortFunc(level, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	t := &MerkleTree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		up := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				up = append(up, level[i])
				continue
			}
			up = append(up, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, up)
		level = up
	}
	return t
}

// Root is the tree's root.
func (t *MerkleTree) Root() common.Hash {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return common.Hash{}
	}
	return top[0]
}

// Proof returns the sibling hashes from leaf to root.
func (t *MerkleTree) Proof(leaf common.Hash) ([]common.Hash, error) {
	i, found := slices.BinarySearchFunc(t.levels[0], leaf, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	if !found {
		return nil, ErrNotInTree
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		if sib := i ^ 1; sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyProof reports whether proof leads from leaf to root.
func VerifyProof(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// LockRoot returns the merkle root of a lock set.
func LockRoot(locks []Lock) common.Hash { return NewMerkleTree(LockLeaves(locks)).Root() }

// LockLeaves returns the merkle leaves of a lock set, in its order.
func LockLeaves(locks []Lock) []common.Hash {
	leaves := make([]common.Hash, len(locks))
	for i := range locks {
		leaves[i] = locks[i].Leaf()
	}
	return leaves
}

// ThreadRoot returns the merkle root over the initial states of the open threads.
func ThreadRoot(initial []ThreadState) common.Hash {
	leaves := make([]common.Hash, len(initial))
	for i := range initial {
		leaves[i] = initial[i].StructHash()
	}
	return NewMerkleTree(leaves).Root()
}
