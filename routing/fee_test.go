package routing

import (
	"math/big"
	"testing"

	"github.com/holiman/uint256"
)

// TestPolicyFee checks base + proportional fees, the proportional part rounded up, against big.Int.
func TestPolicyFee(t *testing.T) {
	big30 := uint256.MustFromDecimal("1000000000000000000000000000000")
	tests := []struct {
		name string
		base uint64
		ppm  uint32
		amt  *uint256.Int
		want string // decimal; "" means overflow
	}{
		{"free", 0, 0, u256(1000), "0"},
		{"base only", 5, 0, u256(1000), "5"},
		{"exact proportional", 0, 1000, u256(1_000_000), "1000"},
		{"one wei rounds up", 0, 1, u256(1), "1"},
		{"fraction rounds up", 0, 1000, u256(1_000_001), "1001"},
		{"base plus rounded", 7, 3, u256(333_334), "9"},
		{"no rounding when exact", 0, 250_000, u256(4), "1"},
		{"large amount exact", 1, 1234, big30, "1234000000000000000000000001"},
		{"max ppm", 0, ^uint32(0), u256(1_000_000), "4294967295"},
		{"overflow", 0, ^uint32(0), new(uint256.Int).SetAllOne(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := pol(tt.base, tt.ppm, 0).Fee(tt.amt)
			if tt.want == "" {
				if ok {
					t.Fatalf("fee %v, want overflow", &got)
				}
				return
			}
			if !ok || got.Dec() != tt.want {
				t.Fatalf("fee %v (ok %v), want %s", got.Dec(), ok, tt.want)
			}
			if ref := refFee(tt.base, tt.ppm, tt.amt); ref.String() != tt.want {
				t.Fatalf("reference fee %v, want %s", ref, tt.want)
			}
		})
	}
}

// refFee is base + ceil(amt*ppm/1e6) in big.Int.
func refFee(base uint64, ppm uint32, amt *uint256.Int) *big.Int {
	x := new(big.Int).Mul(amt.ToBig(), big.NewInt(int64(ppm)))
	x.Add(x, big.NewInt(999_999))
	x.Div(x, big.NewInt(1_000_000))
	return x.Add(x, new(big.Int).SetUint64(base))
}
