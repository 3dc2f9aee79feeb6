package sim

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/holiman/uint256"
)

// Duration is a time.Duration that reads and writes JSON as a Go duration string ("150ms", "10m") or a
// number of seconds.
type Duration time.Duration

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a duration string or a number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var secs float64
		if err := json.Unmarshal(b, &secs); err != nil {
			return fmt.Errorf("a duration is a string like \"10s\" or a number of seconds, not %s", b)
		}
		*d = Duration(secs * float64(time.Second))
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Wei is an exact amount in base units (wei). It reads JSON as a decimal string ("1000000000000000000",
// also "1e18" or "0.5e18" when exact) or an integer number, and writes a decimal string.
type Wei struct{ uint256.Int }

// NewWei returns v wei.
func NewWei(v uint64) Wei { var w Wei; w.SetUint64(v); return w }

// MarshalJSON writes the decimal string.
func (w Wei) MarshalJSON() ([]byte, error) { return json.Marshal(w.Dec()) }

// UnmarshalJSON reads a decimal string or number.
func (w *Wei) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), "\"")
	v, err := ParseWei(s)
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// ParseWei parses a non-negative integer amount: decimal digits, or a decimal in e-notation ("1.5e18")
// whose value is a whole number below 2^256.
func ParseWei(s string) (Wei, error) {
	s = strings.TrimSpace(s)
	var w Wei
	if err := w.SetFromDecimal(s); err == nil {
		return w, nil
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 || !r.IsInt() {
		return w, fmt.Errorf("%q is not a whole non-negative amount of wei", s)
	}
	if w.SetFromBig(r.Num()) {
		return w, fmt.Errorf("%q does not fit in 256 bits", s)
	}
	return w, nil
}

// Float returns w as a float64, for statistics only.
func (w *Wei) Float() float64 { return w.Int.Float64() }

// fmtFloat writes a float compactly and deterministically for CSV and tables.
func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'g', 6, 64) }

// fmtWeiFloat writes a sampled amount as a whole number of wei.
func fmtWeiFloat(x float64) string {
	return strconv.FormatFloat(math.Max(1, math.Round(x)), 'f', 0, 64)
}
