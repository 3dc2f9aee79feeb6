package main

import (
	"math/big"
	"strings"
)

// formatUnits renders an integer amount of base units with the given decimals, exactly: 1500000000000000000
// with 18 decimals is "1.5". No floating point is involved.
func formatUnits(v *big.Int, decimals int) string {
	neg := v.Sign() < 0
	digits := new(big.Int).Abs(v).String()
	if len(digits) <= decimals {
		digits = strings.Repeat("0", decimals-len(digits)+1) + digits
	}
	whole, frac := digits[:len(digits)-decimals], strings.TrimRight(digits[len(digits)-decimals:], "0")
	s := whole
	if frac != "" {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}
