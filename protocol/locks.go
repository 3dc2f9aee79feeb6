package protocol

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// CheckLocks checks that locks is the lock set s commits to: at most state.MaxLocks locks (else an error
// wrapping state.ErrTooManyLocks), sorted by unique ID, their sums s's LockedWei and LockedToken and their
// root s's LockRoot (else ErrInconsistentChannel). A node checks with it the locks a Sync carries; Apply
// checks its channel's with it.
func CheckLocks(s *state.ChannelState, locks []state.Lock) error {
	if len(locks) > state.MaxLocks {
		return fmt.Errorf("%w: %d, at most %d", state.ErrTooManyLocks, len(locks), state.MaxLocks)
	}
	for i := 1; i < len(locks); i++ {
		if locks[i-1].ID >= locks[i].ID {
			return fmt.Errorf("%w: locks not sorted by unique id", ErrInconsistentChannel)
		}
	}
	wei, token, err := lockSums(locks)
	if err != nil || !wei.Eq(&s.LockedWei) || !token.Eq(&s.LockedToken) {
		return fmt.Errorf("%w: locked sums differ", ErrInconsistentChannel)
	}
	if state.LockRoot(locks) != s.LockRoot {
		return fmt.Errorf("%w: lock root differs", ErrInconsistentChannel)
	}
	return nil
}

// find returns the index of the open lock with id, or where it would be inserted.
func (m *machine) find(id uint64) (int, bool) {
	return slices.BinarySearchFunc(m.locks, id, func(l state.Lock, id uint64) int { return cmp.Compare(l.ID, id) })
}

// addLock moves the sender's amounts into a new lock.
func (m *machine) addLock(l state.Lock) error {
	i, found := m.find(l.ID)
	switch {
	case found:
		return fmt.Errorf("%w: %d", ErrDuplicateLockID, l.ID)
	case l.Expiry <= m.ctx.Now:
		return fmt.Errorf("%w: expiry %d, now %d", ErrLockExpired, l.Expiry, m.ctx.Now)
	case l.Hashlock == (common.Hash{}):
		return ErrZeroHashlock
	case l.AmountWei.IsZero() && l.AmountToken.IsZero():
		return ErrZeroAmount
	}
	if err := m.spend(!l.ToUser, &l.AmountWei, &l.AmountToken); err != nil {
		return err
	}
	m.locks = slices.Insert(m.locks, i, l)
	return nil
}

// settleLock pays a lock to its receiver against the preimage of its hashlock.
func (m *machine) settleLock(s SettleLock) error {
	i, found := m.find(s.ID)
	switch {
	case !found:
		return fmt.Errorf("%w: %d", ErrUnknownLock, s.ID)
	case state.Hashlock(s.Preimage) != m.locks[i].Hashlock:
		return fmt.Errorf("%w: lock %d", ErrWrongPreimage, s.ID)
	case m.ctx.Now > m.locks[i].Expiry:
		return fmt.Errorf("%w: expiry %d, now %d", ErrLockExpired, m.locks[i].Expiry, m.ctx.Now)
	}
	return m.release(i, m.locks[i].ToUser)
}

// expireLock refunds an expired lock to its sender.
func (m *machine) expireLock(id uint64) error {
	i, found := m.find(id)
	switch {
	case !found:
		return fmt.Errorf("%w: %d", ErrUnknownLock, id)
	case m.ctx.Now <= m.locks[i].Expiry:
		return fmt.Errorf("%w: expiry %d, now %d", ErrLockNotExpired, m.locks[i].Expiry, m.ctx.Now)
	}
	return m.release(i, !m.locks[i].ToUser)
}

// cancelLock returns an open lock to its sender: its receiver gives it up.
func (m *machine) cancelLock(id uint64) error {
	i, found := m.find(id)
	if !found {
		return fmt.Errorf("%w: %d", ErrUnknownLock, id)
	}
	if err := m.checkCanceler(&m.locks[i]); err != nil {
		return err
	}
	return m.release(i, !m.locks[i].ToUser)
}

// checkCanceler checks, when the machine knows the acceptor, that the acceptor is l's sender (the hub when
// l.ToUser, the user otherwise), so that the proposer of the cancel is l's receiver.
func (m *machine) checkCanceler(l *state.Lock) error {
	if m.acceptor == nil {
		return nil
	}
	sender := m.prev.User
	if l.ToUser {
		sender = m.prev.Hub
	}
	if *m.acceptor != sender {
		return fmt.Errorf("%w: lock %d", ErrNotLockSender, l.ID)
	}
	return nil
}

// release removes lock i and pays its amounts to the user (toUser) or the hub.
func (m *machine) release(i int, toUser bool) error {
	l := m.locks[i]
	if err := m.pay(toUser, &l.AmountWei, &l.AmountToken); err != nil {
		return err
	}
	m.locks = slices.Delete(m.locks, i, i+1)
	return nil
}
