package sqlitestore

import "spoke/state"

// ErrLockOrder reports a lock set whose IDs are not strictly increasing (state.ErrLockOrder). Put refuses
// such a set, which it could not read back; found in the file, it is ErrCorrupt.
var ErrLockOrder = state.ErrLockOrder

// encodeLocks returns the stored form of a lock set (state.EncodeLocks), nil, stored as NULL, for no
// locks.
func encodeLocks(locks []state.Lock) ([]byte, error) { return state.EncodeLocks(locks) }

// decodeLocks decodes the stored form of a lock set; NULL or empty is no locks (nil). Its errors describe
// the blob; the caller reports them as ErrCorrupt.
func decodeLocks(b []byte) ([]state.Lock, error) { return state.DecodeLocks(b) }
