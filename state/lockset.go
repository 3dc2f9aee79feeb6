package state

import (
	"errors"
	"fmt"
)

// ErrLockOrder reports a lock set whose IDs are not strictly increasing: a store refuses to write one,
// which it could not read back, and reports one it finds as corrupt.
var ErrLockOrder = errors.New("state: lock IDs are not strictly increasing")

// EncodeLocks returns the stored form of a lock set: the concatenation of each lock's binary encoding
// (LockSize bytes each), or nil for no locks. It refuses more than MaxLocks locks with ErrTooManyLocks
// and IDs out of order with ErrLockOrder.
func EncodeLocks(locks []Lock) ([]byte, error) {
	if len(locks) > MaxLocks {
		return nil, fmt.Errorf("%w: %d locks, at most %d", ErrTooManyLocks, len(locks), MaxLocks)
	}
	if err := CheckLockOrder(locks); err != nil || len(locks) == 0 {
		return nil, err
	}
	b := make([]byte, 0, len(locks)*LockSize)
	for i := range locks {
		enc, err := locks[i].MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("lock %d: %w", i, err)
		}
		b = append(b, enc...)
	}
	return b, nil
}

// DecodeLocks decodes EncodeLocks' output; empty is no locks (nil). It checks the order of the IDs.
func DecodeLocks(b []byte) ([]Lock, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b)%LockSize != 0 {
		return nil, fmt.Errorf("locks blob has %d bytes, not a multiple of %d", len(b), LockSize)
	}
	locks := make([]Lock, len(b)/LockSize)
	for i := range locks {
		if err := locks[i].UnmarshalBinary(b[i*LockSize : (i+1)*LockSize]); err != nil {
			return nil, fmt.Errorf("lock %d: %w", i, err)
		}
	}
	if err := CheckLockOrder(locks); err != nil {
		return nil, err
	}
	return locks, nil
}

// CheckLockOrder checks that the IDs of locks are strictly increasing.
func CheckLockOrder(locks []Lock) error {
	for i := 1; i < len(locks); i++ {
		if locks[i].ID <= locks[i-1].ID {
			return fmt.Errorf("%w: lock %d has ID %d after ID %d", ErrLockOrder, i, locks[i].ID, locks[i-1].ID)
		}
	}
	return nil
}

// ErrThreadMismatch reports a thread record whose latest state is of another thread than its initial one
// (another hub, sender, receiver or thread id). A store refuses to write one and reports one it finds as
// corrupt.
var ErrThreadMismatch = errors.New("state: thread record's latest state is of another thread")

// SameThread checks that latest is a state of the thread of initial (ErrThreadMismatch).
func SameThread(initial, latest *ThreadState) error {
	if latest.Hub != initial.Hub || latest.Sender != initial.Sender || latest.Receiver != initial.Receiver ||
		latest.ThreadID != initial.ThreadID {
		return fmt.Errorf("%w: thread %s (%s to %s, id %d at hub %s), latest of %s to %s id %d at hub %s",
			ErrThreadMismatch, initial.Key(), initial.Sender, initial.Receiver, initial.ThreadID, initial.Hub,
			latest.Sender, latest.Receiver, latest.ThreadID, latest.Hub)
	}
	return nil
}
