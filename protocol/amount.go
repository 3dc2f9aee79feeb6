package protocol

import (
	"fmt"

	"github.com/holiman/uint256"

	"spoke/state"
)

// balances returns pointers to the wei and token balances of the user (user) or the hub.
func (m *machine) balances(user bool) (wei, token *uint256.Int) {
	if user {
		return &m.next.WeiUser, &m.next.TokenUser
	}
	return &m.next.WeiHub, &m.next.TokenHub
}

// pendingDeposits returns the party's pending deposits in the working state.
func (m *machine) pendingDeposits(user bool) (wei, token *uint256.Int) {
	p := &m.next.Pending
	if user {
		return &p.DepositWeiUser, &p.DepositTokenUser
	}
	return &p.DepositWeiHub, &p.DepositTokenHub
}

// spend takes wei and token from the party's spendable balances: balance minus own pending deposit.
func (m *machine) spend(user bool, wei, token *uint256.Int) error {
	balWei, balToken := m.balances(user)
	depWei, depToken := m.pendingDeposits(user)
	if err := checkSpendable(balWei, depWei, wei, "wei"); err != nil {
		return err
	}
	if err := checkSpendable(balToken, depToken, token, "token"); err != nil {
		return err
	}
	balWei.Sub(balWei, wei)
	balToken.Sub(balToken, token)
	return nil
}

// checkSpendable checks amount <= balance - deposit without wrapping.
func checkSpendable(balance, deposit, amount *uint256.Int, asset string) error {
	free, under := new(uint256.Int).SubOverflow(balance, deposit)
	if under || free.Lt(amount) {
		return fmt.Errorf("%w: %s %s wanted, %s spendable", ErrInsufficientBalance, asset, amount.Dec(), spendable(free, under))
	}
	return nil
}

func spendable(free *uint256.Int, under bool) string {
	if under {
		return "0"
	}
	return free.Dec()
}

// pay adds wei and token to the party's balances.
func (m *machine) pay(user bool, wei, token *uint256.Int) error {
	balWei, balToken := m.balances(user)
	if err := add(balWei, wei); err != nil {
		return err
	}
	return add(balToken, token)
}

// add sets dst to dst + v, failing without change on overflow.
func add(dst, v *uint256.Int) error {
	sum, over := new(uint256.Int).AddOverflow(dst, v)
	if over {
		return ErrOverflow
	}
	dst.Set(sum)
	return nil
}

// addBounded sets dst to dst + v if the sum is at most limit.
func addBounded(dst, v, limit *uint256.Int) error {
	sum, over := new(uint256.Int).AddOverflow(dst, v)
	if over || sum.Gt(limit) {
		return fmt.Errorf("%w: %s + %s above %s", ErrCreditExceedsDeposits, dst.Dec(), v.Dec(), limit.Dec())
	}
	dst.Set(sum)
	return nil
}

// lockSums returns the total wei and token of a lock set.
func lockSums(locks []state.Lock) (wei, token *uint256.Int, err error) {
	wei, token = new(uint256.Int), new(uint256.Int)
	for i := range locks {
		if err := add(wei, &locks[i].AmountWei); err != nil {
			return nil, nil, err
		}
		if err := add(token, &locks[i].AmountToken); err != nil {
			return nil, nil, err
		}
	}
	return wei, token, nil
}
