package routing

import "github.com/holiman/uint256"

// million is the denominator of proportional fees (parts per million).
var million = uint256.NewInt(1_000_000)

// Fee returns what a hub with policy p charges to forward amt: FeeBase + ceil(amt*FeePPM/1e6).
// The proportional part rounds up, so a hub never receives less than its announced rate. The
// product is split as floor(amt/1e6)*ppm + ceil((amt mod 1e6)*ppm/1e6), so it is exact without a
// 512-bit intermediate. ok is false if the fee does not fit in 256 bits; such an edge cannot carry amt.
func (p Policy) Fee(amt *uint256.Int) (fee uint256.Int, ok bool) {
	var q, r uint256.Int
	q.DivMod(amt, million, &r)
	ppm := uint256.NewInt(uint64(p.FeePPM))
	if _, over := fee.MulOverflow(&q, ppm); over {
		return fee, false
	}
	// r < 1e6 and ppm < 2^32, so r*ppm + 999,999 fits in a uint64.
	frac := (r.Uint64()*uint64(p.FeePPM) + 999_999) / 1_000_000
	if _, over := fee.AddOverflow(&fee, uint256.NewInt(frac)); over {
		return fee, false
	}
	if _, over := fee.AddOverflow(&fee, &p.FeeBase); over {
		return fee, false
	}
	return fee, true
}
