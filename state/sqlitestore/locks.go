package sqlitestore

import (
	"errors"
	"fmt"

	"spoke/state"
)

// ErrLockOrder reports a lock set whose IDs are not strictly increasing. Put refuses such a set, which it
// could not read back; found in the file, it is ErrCorrupt.
var ErrLockOrder = errors.New("sqlitestore: lock IDs are not strictly increasing")

// encodeLocks returns the stored form of a lock set: the concatenation of each lock's binary encoding
// (state.LockSize bytes each), or nil, stored as NULL, for no locks. It refuses more than state.MaxLocks
// locks with state.ErrTooManyLocks and IDs out of order with ErrLockOrder.
func encodeLocks(locks []state.Lock) ([]byte, error) {
	if len(locks) > state.MaxLocks {
		return nil, fmt.Errorf("%w: %d locks, at most %d", state.ErrTooManyLocks, len(locks), state.MaxLocks)
	}
	if err := checkLockOrder(locks); err != nil || len(locks) == 0 {
		return nil, err
	}
	b := make([]byte, 0, len(locks)*state.LockSize)
	for i := range locks {
		enc, err := locks[i].MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("lock %d: %w", i, err)
		}
		b = append(b, enc...)
	}
	return b, nil
}

// decodeLocks decodes the stored form of a lock set; NULL or empty is no locks (nil). Its errors describe
// the blob; the caller reports them as ErrCorrupt.
func decodeLocks(b []byte) ([]state.Lock, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b)%state.LockSize != 0 {
		return nil, fmt.Errorf("locks blob has %d bytes, not a multiple of %d", len(b), state.LockSize)
	}
	locks := make([]state.Lock, len(b)/state.LockSize)
	for i := range locks {
		if err := locks[i].UnmarshalBinary(b[i*state.LockSize : (i+1)*state.LockSize]); err != nil {
			return nil, fmt.Errorf("lock %d: %w", i, err)
		}
	}
	if err := checkLockOrder(locks); err != nil {
		return nil, err
	}
	return locks, nil
}

// checkLockOrder checks that the IDs of locks are strictly increasing.
func checkLockOrder(locks []state.Lock) error {
	for i := 1; i < len(locks); i++ {
		if locks[i].ID <= locks[i-1].ID {
			return fmt.Errorf("%w: lock %d has ID %d after ID %d", ErrLockOrder, i, locks[i].ID, locks[i-1].ID)
		}
	}
	return nil
}
