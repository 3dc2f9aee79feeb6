package protocol

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// startPending checks that a new pending set may start: nothing pending before or in the batch, a timeout
// in the future, and some non-zero amount.
func (m *machine) startPending(timeout uint64, amounts ...*uint256.Int) error {
	if !m.prev.Pending.IsZero() || !m.next.Pending.IsZero() {
		return ErrPendingOutstanding
	}
	if timeout <= m.ctx.Now {
		return fmt.Errorf("%w: timeout %d, now %d", ErrTimeoutInPast, timeout, m.ctx.Now)
	}
	for _, a := range amounts {
		if !a.IsZero() {
			m.next.Timeout = timeout
			m.next.TxCountChain++
			return nil
		}
	}
	return ErrZeroAmount
}

// withdraw takes the withdrawn amounts out of the balances as pending withdrawals.
func (m *machine) withdraw(w Withdraw) error {
	if w.Recipient == (common.Address{}) {
		return ErrZeroRecipient
	}
	if err := m.startPending(w.Timeout, &w.UserWei, &w.UserToken, &w.HubWei, &w.HubToken); err != nil {
		return err
	}
	if err := m.spend(true, &w.UserWei, &w.UserToken); err != nil {
		return err
	}
	if err := m.spend(false, &w.HubWei, &w.HubToken); err != nil {
		return err
	}
	p := &m.next.Pending
	p.WithdrawalWeiUser, p.WithdrawalTokenUser = w.UserWei, w.UserToken
	p.WithdrawalWeiHub, p.WithdrawalTokenHub = w.HubWei, w.HubToken
	m.next.Recipient = w.Recipient
	return nil
}

// collateral adds a pending hub deposit to the hub's balances.
func (m *machine) collateral(c Collateral) error {
	if err := m.startPending(c.Timeout, &c.Wei, &c.Token); err != nil {
		return err
	}
	if err := m.pay(false, &c.Wei, &c.Token); err != nil {
		return err
	}
	m.next.Pending.DepositWeiHub, m.next.Pending.DepositTokenHub = c.Wei, c.Token
	return nil
}

// requirePending checks that the latest state's pending set is still carried by the batch.
func (m *machine) requirePending() error {
	if m.prev.Pending.IsZero() || m.next.Pending.IsZero() {
		return ErrNothingPending
	}
	return nil
}

// confirm clears the pending set, which was applied on-chain.
func (m *machine) confirm() error {
	if err := m.requirePending(); err != nil {
		return err
	}
	m.clearPending()
	return nil
}

// invalidate undoes the pending set after its timeout: balance + withdrawal - deposit per party and asset.
func (m *machine) invalidate() error {
	if err := m.requirePending(); err != nil {
		return err
	}
	if m.ctx.Now <= m.next.Timeout {
		return fmt.Errorf("%w: timeout %d, now %d", ErrTimeoutNotPassed, m.next.Timeout, m.ctx.Now)
	}
	p := &m.next.Pending
	s := &m.next
	for _, u := range []struct{ bal, wd, dep *uint256.Int }{
		{&s.WeiHub, &p.WithdrawalWeiHub, &p.DepositWeiHub}, {&s.WeiUser, &p.WithdrawalWeiUser, &p.DepositWeiUser},
		{&s.TokenHub, &p.WithdrawalTokenHub, &p.DepositTokenHub}, {&s.TokenUser, &p.WithdrawalTokenUser, &p.DepositTokenUser},
	} {
		if err := undo(u.bal, u.wd, u.dep); err != nil {
			return err
		}
	}
	m.clearPending()
	m.next.TxCountChain--
	return nil
}

// undo sets bal to bal + withdrawal - deposit, failing without change if that is negative or overflows.
func undo(bal, withdrawal, deposit *uint256.Int) error {
	v, over := new(uint256.Int).AddOverflow(bal, withdrawal)
	if over {
		return ErrOverflow
	}
	if _, under := v.SubOverflow(v, deposit); under {
		return fmt.Errorf("%w: pending deposit %s already spent", ErrInsufficientBalance, deposit.Dec())
	}
	bal.Set(v)
	return nil
}

// clearPending removes the pending set and its timeout.
func (m *machine) clearPending() {
	m.next.Pending = state.Pending{}
	m.next.Timeout = 0
}
