package collateral

import "time"

// Budget counts automatic top-ups in a sliding hour and allows at most Max of them.
type Budget struct {
	Max int
	at  []time.Time // the top-ups of the last hour, oldest first
}

// Take records a top-up at now and reports true if the last hour had room for it; else it records
// nothing and reports false.
func (b *Budget) Take(now time.Time) bool {
	cut := 0
	for cut < len(b.at) && now.Sub(b.at[cut]) >= time.Hour {
		cut++
	}
	b.at = b.at[cut:]
	if len(b.at) >= b.Max {
		return false
	}
	b.at = append(b.at, now)
	return true
}
