package state_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

// TestJSONAmountsAreDecimalForValuesAndPointers: amounts marshal as decimal strings whether a value or a
// pointer is marshalled, and unmarshal back to the same state.
func TestJSONAmountsAreDecimalForValuesAndPointers(t *testing.T) {
	s := state.ChannelState{TxCountGlobal: 3}
	s.WeiUser = *uint256.MustFromDecimal("340282366920938463463374607431768211455")
	s.Pending.DepositTokenHub = *uint256.NewInt(5)
	for name, v := range map[string]any{"value": s, "pointer": &s} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`"weiUser":"340282366920938463463374607431768211455"`, `"depositTokenHub":"5"`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s: %s lacks %s", name, b, want)
			}
		}
		var back state.ChannelState
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("%s: round trip gave %+v (%v)", name, back, err)
		}
	}
	l := state.Lock{ID: 1, AmountWei: *uint256.NewInt(7)}
	if b, _ := json.Marshal(l); !strings.Contains(string(b), `"amountWei":"7"`) {
		t.Errorf("lock value: %s", b)
	}
	th := state.ThreadState{WeiSender: *uint256.NewInt(9)}
	if b, _ := json.Marshal(th); !strings.Contains(string(b), `"weiSender":"9"`) {
		t.Errorf("thread value: %s", b)
	}
}
