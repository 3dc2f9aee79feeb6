package collateral

import "github.com/holiman/uint256"

// Amounts are per asset: index 0 wei, 1 token.
type Amounts = [2]uint256.Int

// Limits bound a channel's collateral, per asset.
type Limits struct {
	// Floor is the least the hub keeps in a channel whose user put money in.
	Floor Amounts
	// Ceiling is the most the hub keeps in a channel; above it, the excess goes back to the reserve.
	Ceiling Amounts
	// MinTopUp is the smallest top-up made on the hub's own account (each costs a transaction): smaller
	// ones wait unless a refused payment needs them.
	MinTopUp Amounts
	// MinReclaim is the smallest idle excess worth a reclaim's transaction (Idle).
	MinReclaim Amounts
}

// Target is the hub balance to keep in a channel, per asset: one and a half times volume (what the hub
// forwarded into it over the window), at least need (what a refused payment needed; zero when none) and,
// if funded (the channel's user put money in), the floor; at most the ceiling. A channel without a
// deposit is collateralized for the payments actually made to it, so fresh keys cannot each draw the
// floor out of the reserve.
func Target(volume, need Amounts, l Limits, funded bool) Amounts {
	var t Amounts
	for i := range t {
		t[i].Add(&volume[i], new(uint256.Int).Rsh(&volume[i], 1))
		if funded && t[i].Lt(&l.Floor[i]) {
			t[i] = l.Floor[i]
		}
		if t[i].Lt(&need[i]) {
			t[i] = need[i]
		}
		if t[i].Gt(&l.Ceiling[i]) {
			t[i] = l.Ceiling[i]
		}
	}
	return t
}

// TopUp is what to add to balance to reach target, per asset: nothing where balance is at or above the
// target, nor where the shortfall is below MinTopUp and no refused payment needs it (need zero).
func TopUp(balance, target, need Amounts, l Limits) Amounts {
	var add Amounts
	for i := range add {
		if !balance[i].Lt(&target[i]) {
			continue
		}
		add[i].Sub(&target[i], &balance[i])
		if need[i].IsZero() && add[i].Lt(&l.MinTopUp[i]) {
			add[i].Clear() // not worth a transaction yet
		}
	}
	return add
}

// Excess is what balance holds above the ceiling, per asset: what a reclaim takes back to the reserve.
func Excess(balance Amounts, l Limits) Amounts {
	var out Amounts
	for i := range out {
		if balance[i].Gt(&l.Ceiling[i]) {
			out[i].Sub(&balance[i], &l.Ceiling[i])
		}
	}
	return out
}

// IsZero reports whether both assets of a are zero.
func IsZero(a *Amounts) bool { return a[0].IsZero() && a[1].IsZero() }
