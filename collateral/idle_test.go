package collateral

import (
	"testing"

	"github.com/holiman/uint256"
)

func TestIdle(t *testing.T) {
	both := func(w, tok uint64) Amounts { return Amounts{*uint256.NewInt(w), *uint256.NewInt(tok)} }
	l := Limits{Floor: both(100, 1000), Ceiling: both(1000, 10000), MinReclaim: both(10, 100)}
	for _, c := range []struct {
		name            string
		balance, volume Amounts
		funded          bool
		excess          Amounts
		worth           bool
		noMin           bool // MinReclaim zero
	}{
		{"funded, at the floor: nothing", both(100, 1000), both(0, 0), true, both(0, 0), false, false},
		{"funded, above the floor by MinReclaim", both(110, 1000), both(0, 0), true, both(10, 0), true, false},
		{"funded, above the floor by less than MinReclaim", both(109, 1099), both(0, 0), true, both(9, 99), false, false},
		{"one asset worth it takes both", both(109, 1100), both(0, 0), true, both(9, 100), true, false},
		{"unfunded: the whole balance", both(50, 0), both(0, 0), false, both(50, 0), true, false},
		{"unfunded, dust", both(5, 50), both(0, 0), false, both(5, 50), false, false},
		{"recent volume keeps 1.5 x it", both(400, 1000), both(200, 0), true, both(100, 0), true, false},
		{"volume above the balance: nothing", both(200, 500), both(200, 400), false, both(0, 0), false, false},
		{"above the ceiling: down to the ceiling at most", both(5000, 1000), both(2000, 0), true, both(4000, 0), true, false},
		{"zero MinReclaim: any excess", both(101, 1000), both(0, 0), true, both(1, 0), true, true},
	} {
		lim := l
		if c.noMin {
			lim.MinReclaim = Amounts{}
		}
		excess, worth := Idle(c.balance, c.volume, lim, c.funded)
		if excess != c.excess || worth != c.worth {
			t.Errorf("%s: excess %s/%s worth %v, want %s/%s %v", c.name, excess[0].Dec(), excess[1].Dec(), worth,
				c.excess[0].Dec(), c.excess[1].Dec(), c.worth)
		}
	}
}
