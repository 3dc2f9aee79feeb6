package main

import (
	"errors"
	"flag"
	"fmt"
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

// parseUnits reads a decimal amount with at most decimals digits after the point ("0.01", "1", "2.5")
// as an integer of base units, exactly: "0.01" with 18 decimals is 10000000000000000. No floating point
// is involved; signs, exponents, spaces and more digits than the unit has are refused.
func parseUnits(s string, decimals int) (*big.Int, error) {
	whole, frac, dotted := strings.Cut(s, ".")
	digitsOnly := func(d string) bool {
		for _, r := range d {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case whole == "" && frac == "", !digitsOnly(whole), !digitsOnly(frac), dotted && frac == "":
		return nil, fmt.Errorf("%q is not a decimal amount (like 0.01)", s)
	case len(frac) > decimals:
		return nil, fmt.Errorf("%q has more than %d digits after the point: the smallest unit is 1e-%d", s, decimals, decimals)
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", decimals-len(frac)), 10)
	return v, nil
}

// ethFlag registers --eth on fs: an amount in ETH, exactly, set as wei into *wei, the value of fs's --wei
// (registered before); the two together are refused, in either order.
func ethFlag(fs *flag.FlagSet, wei *string, what string) {
	both := errors.New("give --eth or --wei, not both")
	if f := fs.Lookup("wei"); f != nil {
		f.Value = guardedValue{f.Value, func() error {
			if *wei != "" {
				return both
			}
			return nil
		}}
	}
	fs.Func("eth", what+" in ETH (a decimal like 0.01; exact, up to 18 digits after the point), instead of --wei", func(s string) error {
		if *wei != "" {
			return both
		}
		v, err := parseUnits(s, 18)
		if err != nil {
			return err
		}
		*wei = v.String()
		return nil
	})
}

// guardedValue is a flag value that checks guard before each Set.
type guardedValue struct {
	flag.Value
	guard func() error
}

func (g guardedValue) Set(s string) error {
	if err := g.guard(); err != nil {
		return err
	}
	return g.Value.Set(s)
}
