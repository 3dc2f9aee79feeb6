package api

import (
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

// TestDescribeBump: a state that changes nothing but the nonce (a Bump past a restore floor) is said to
// be one; a transfer at a nonce that skips is still a transfer.
func TestDescribeBump(t *testing.T) {
	prev := state.ChannelState{TxCountGlobal: 9, WeiUser: *uint256.NewInt(5), WeiHub: *uint256.NewInt(7)}
	bump := prev
	bump.TxCountGlobal = 49163
	if got := describe(&prev, &bump); got != "nonce moved on, nothing else (past a restore floor)" {
		t.Fatalf("a Bump is described as %q", got)
	}
	paid := bump
	paid.WeiUser, paid.WeiHub = *uint256.NewInt(4), *uint256.NewInt(8)
	if got := describe(&prev, &paid); got != "transfer to the hub" {
		t.Fatalf("a transfer at a skipped nonce is described as %q", got)
	}
	if got := describe(&state.ChannelState{}, &prev); got == "nonce moved on, nothing else (past a restore floor)" {
		t.Fatalf("a channel's first state is described as %q", got)
	}
}
