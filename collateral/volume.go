package collateral

import "time"

// Volume is what a hub forwarded into one channel: the amounts of the last window with when, oldest
// first, and their sum. Its zero value is empty. Times given to it must not go backwards.
type Volume struct {
	entries []entry
	sum     Amounts
}

type entry struct {
	at     time.Time
	amount Amounts
}

// Add notes amount forwarded at now and forgets what is older than window before now.
func (v *Volume) Add(now time.Time, amount Amounts, window time.Duration) {
	v.entries = append(v.entries, entry{at: now, amount: amount})
	v.sum[0].Add(&v.sum[0], &amount[0])
	v.sum[1].Add(&v.sum[1], &amount[1])
	v.forget(now, window)
}

// Sum is the volume forwarded in the window that ends at now; what is older is forgotten.
func (v *Volume) Sum(now time.Time, window time.Duration) Amounts {
	v.forget(now, window)
	return v.sum
}

// forget drops the entries older than window before now from the entries and the sum.
func (v *Volume) forget(now time.Time, window time.Duration) {
	cut := 0
	for ; cut < len(v.entries) && now.Sub(v.entries[cut].at) > window; cut++ {
		v.sum[0].Sub(&v.sum[0], &v.entries[cut].amount[0])
		v.sum[1].Sub(&v.sum[1], &v.entries[cut].amount[1])
	}
	v.entries = v.entries[cut:]
}
