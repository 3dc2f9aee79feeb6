package state

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// naiveRoot is the lock root computed the plain way: every leaf hashed, every inner node hashed, no memo.
func naiveRoot(locks []Lock) common.Hash {
	level := make([]common.Hash, len(locks))
	for i := range locks {
		level[i] = locks[i].Leaf()
	}
	slices.SortFunc(level, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	if len(level) == 0 {
		return common.Hash{}
	}
	for len(level) > 1 {
		var up []common.Hash
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				up = append(up, level[i])
			} else {
				up = append(up, hashPair(level[i], level[i+1]))
			}
		}
		level = up
	}
	return level[0]
}

// TestLockRootMemo: the memoized lock root equals the plain one over a channel's life (locks coming and
// going, the memos warm, cleared, and overflowing their bounds), for every size up to MaxLocks.
func TestLockRootMemo(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var locks []Lock
	next := uint64(1)
	for step := range 3000 {
		switch {
		case len(locks) < MaxLocks && (len(locks) == 0 || rng.IntN(3) > 0):
			var h common.Hash
			for i := range h {
				h[i] = byte(rng.Uint32())
			}
			locks = append(locks, Lock{ID: next, ToUser: rng.IntN(2) == 0, AmountWei: *uint256.NewInt(rng.Uint64N(1000) + 1),
				Hashlock: h, Expiry: rng.Uint64N(1 << 40)})
			next++
		default:
			i := rng.IntN(len(locks))
			locks = slices.Delete(locks, i, i+1)
		}
		if step%500 == 0 {
			clear(leafMemo.m)
			clear(pairMemo.m)
		}
		if got, want := LockRoot(locks), naiveRoot(locks); got != want {
			t.Fatalf("step %d, %d locks: memoized root %s, plain %s", step, len(locks), got, want)
		}
	}
}
