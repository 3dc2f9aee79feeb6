package collateral

import "time"

// Volume is what a hub forwarded into one channel: the amounts of the last window with when, oldest
// first. Its zero value is empty.
type Volume struct{ entries []entry }

type entry struct {
	at     time.Time
	amount Amounts
}

// Add notes amount forwarded at now and forgets what is older than window before now. Times must not go
// backwards.
func (v *Volume) Add(now time.Time, amount Amounts, window time.Duration) {
	v.entries = append(v.entries, entry{at: now, amount: amount})
	cut := 0
	for cut < len(v.entries) && now.Sub(v.entries[cut].at) > window {
		cut++
	}
	v.entries = v.entries[cut:]
}

// Sum is the volume forwarded in the window that ends at now.
func (v *Volume) Sum(now time.Time, window time.Duration) Amounts {
	var sum Amounts
	for _, e := range v.entries {
		if now.Sub(e.at) <= window {
			sum[0].Add(&sum[0], &e.amount[0])
			sum[1].Add(&sum[1], &e.amount[1])
		}
	}
	return sum
}
