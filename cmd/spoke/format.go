package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"

	"spoke/api"
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
// ("1500000000000000000 wei (1.5 ETH)"), and tokens also in the token's own unit when a verb read it
// from the node (tokenUnit: "1500000000000000000 token (1.5 TST)").
func amountWords(wei, token string) string {
	var parts []string
	if w, ok := new(big.Int).SetString(wei, 10); ok && w.Sign() != 0 {
		parts = append(parts, weiWords(w))
	}
	if t, ok := new(big.Int).SetString(token, 10); ok && t.Sign() != 0 {
		parts = append(parts, tokenWords(t))
	}
	if len(parts) == 0 {
		return "0 wei"
	}
	return strings.Join(parts, ", ")
}

// weiWords renders wei, with ETH beside from a gwei up: "1500000000000000000 wei (1.5 ETH)".
func weiWords(w *big.Int) string {
	s := w.String() + " wei"
	if new(big.Int).Abs(w).Cmp(big.NewInt(1e9)) >= 0 {
		s += " (" + formatUnits(w, 18) + " ETH)"
	}
	return s
}

// tokenUnit is the channel token's symbol and decimals as the node read them from the token contract
// (spoke_info), set by a verb before it prints for people; an empty symbol: base units only.
var tokenUnit struct {
	symbol   string
	decimals int
}

// tokenWords renders token base units, with the token's own unit beside when known and non-zero:
// "1500000000000000000 token (1.5 TST)".
func tokenWords(t *big.Int) string {
	s := t.String() + " token"
	if tokenUnit.symbol != "" && t.Sign() != 0 {
		s += " (" + formatUnits(t, tokenUnit.decimals) + " " + tokenUnit.symbol + ")"
	}
	return s
}

// decWords renders a decimal string of base units with weiWords or tokenWords; anything else as it is.
func decWords(dec string, words func(*big.Int) string) string {
	if v, ok := new(big.Int).SetString(dec, 10); ok {
		return words(v)
	}
	return dec
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

// String is the flag's value; the flag package also calls it on a zero guardedValue, for its help.
func (g guardedValue) String() string {
	if g.Value == nil {
		return ""
	}
	return g.Value.String()
}

func (g guardedValue) Set(s string) error {
	if err := g.guard(); err != nil {
		return err
	}
	return g.Value.Set(s)
}

// tokensFlag registers --tokens on fs: token amounts in the token's own unit (like 1.5), read exactly
// with the decimals the token contract gives once the verb reaches the node (c.convertTokens). Each
// --tokens takes a slot (slot) whose setter receives the base units; with --token (base units,
// registered before) it is refused, in either order.
func (c *clientFlags) tokensFlag(fs *flag.FlagSet, slot func() func(base string), what string) {
	c.unitFlag(fs, "tokens", "token", slot, what)
}

// unitFlag registers name on fs as tokensFlag registers --tokens, beside base, the flag of base units
// it stands for (--sell-tokens beside --sell-token).
func (c *clientFlags) unitFlag(fs *flag.FlagSet, name, base string, slot func() func(base string), what string) {
	both := fmt.Errorf("give --%s or --%s, not both", name, base)
	given, direct := false, false
	if f := fs.Lookup(base); f != nil {
		f.Value = guardedValue{f.Value, func() error {
			if given {
				return both
			}
			direct = true
			return nil
		}}
	}
	fs.Func(name, what+" in the token's own unit (a decimal like 1.5; exact, with the decimals of the token contract), instead of --"+base, func(v string) error {
		if direct {
			return both
		}
		given, c.baseFlag = true, base
		set := slot()
		c.pendingTokens = append(c.pendingTokens, func(decimals int) error {
			parsed, err := parseUnits(v, decimals)
			if err != nil {
				return fmt.Errorf("--%s %w", name, err)
			}
			set(parsed.String())
			return nil
		})
		return nil
	})
}

// into is a tokensFlag slot that sets *s.
func into(s *string) func() func(string) {
	return func() func(string) { return func(v string) { *s = v } }
}

// tokenInfo asks the node for the channel token's symbol and decimals (nil when it cannot say).
func tokenInfo(ctx context.Context, client *rpc.Client) *api.TokenInfo {
	var in api.Info
	if err := client.CallContext(ctx, &in, "spoke_info"); err != nil {
		return nil
	}
	return in.Token
}

// readUnits sets tokenUnit from the node for a verb that prints for people.
func (c *clientFlags) readUnits(ctx context.Context, client *rpc.Client) {
	if c.json {
		return
	}
	if t := tokenInfo(ctx, client); t != nil {
		tokenUnit.symbol, tokenUnit.decimals = t.Symbol, int(t.Decimals)
	}
}

// convertTokens reads the --tokens amounts as base units, with the decimals the node reads from the
// token contract.
func (c *clientFlags) convertTokens(ctx context.Context) error {
	if len(c.pendingTokens) == 0 {
		return nil
	}
	ctx, cancel := c.deadline(ctx, "")
	defer cancel()
	client, err := c.dial(ctx, false)
	if err != nil {
		return err
	}
	defer client.Close()
	t := tokenInfo(ctx, client)
	if t == nil {
		return fmt.Errorf("the node cannot read the token's decimals from its contract now: give --%s in base units instead", c.baseFlag)
	}
	for _, convert := range c.pendingTokens {
		if err := convert(int(t.Decimals)); err != nil {
			return err
		}
	}
	c.pendingTokens = nil
	return nil
}
