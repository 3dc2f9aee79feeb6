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

// amountWords renders decimal amounts of wei and token base units for people, with their units:
// "1000 wei", "5 token", "1000 wei, 5 token", "0 wei"; wei of a gwei or more also in ETH, exactly
// ("1500000000000000000 wei (1.5 ETH)").
func amountWords(wei, token string) string {
	var parts []string
	if w, ok := new(big.Int).SetString(wei, 10); ok && w.Sign() != 0 {
		s := w.String() + " wei"
		if w.Cmp(big.NewInt(1e9)) >= 0 {
			s += " (" + formatUnits(w, 18) + " ETH)"
		}
		parts = append(parts, s)
	}
	if t, ok := new(big.Int).SetString(token, 10); ok && t.Sign() != 0 {
		parts = append(parts, t.String()+" token")
	}
	if len(parts) == 0 {
		return "0 wei"
	}
	return strings.Join(parts, ", ")
}
