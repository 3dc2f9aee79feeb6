package collateral

// Idle is what a channel left idle gives back to the hub's reserve, per asset: what balance holds above
// its target (Target with no refused payment: 1.5 x volume, at least the floor if funded, at most the
// ceiling), and whether that is worth a transaction: at least MinReclaim in some asset (the reclaim then
// takes the excess of both). Whether the channel has been idle long enough and is quiet (no lock, no
// pending state, no operation under way) is the caller's to judge.
func Idle(balance, volume Amounts, l Limits, funded bool) (Amounts, bool) {
	target := Target(volume, Amounts{}, l, funded)
	var excess Amounts
	worth := false
	for i := range excess {
		if balance[i].Gt(&target[i]) {
			excess[i].Sub(&balance[i], &target[i])
			worth = worth || !excess[i].Lt(&l.MinReclaim[i])
		}
	}
	return excess, worth
}
