package api

import (
	"context"
	"crypto/rand"
	"strings"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// TestHistoryPastSkippedNonces: a proposal the hub refuses takes its nonce (ADR 18: its proposer signed
// it), so the channel's next state skips that nonce. spoke_history still returns as many states as
// asked for, the first one described against the state before it.
func TestHistoryPastSkippedNonces(t *testing.T) {
	n := startNet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	alice, err := Dial(ctx, n.aliceURL, n.token)
	if err != nil {
		t.Fatal(err)
	}
	defer alice.Close()
	var st state.ChannelState
	if err := alice.CallContext(ctx, &st, "spoke_deposit", "100000000000000000", ""); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	hub := n.hub.Address()
	pay := func() uint64 {
		s, err := n.alice.Update(ctx, hub, protocol.Transfer{Wei: *uint256.NewInt(7)})
		if err != nil {
			t.Fatal(err)
		}
		return s.State.TxCountGlobal
	}
	before := pay()
	var h [32]byte
	_, _ = rand.Read(h[:])
	// A lock with no note names no recipient: the hub refuses it (rule H4), and its nonce stays taken.
	noNote := protocol.AddLock{Lock: state.Lock{AmountWei: *uint256.NewInt(5), Hashlock: h, Expiry: uint64(time.Now().Unix()) + 3600}}
	if _, err := n.alice.Update(ctx, hub, noNote); err == nil || !strings.Contains(err.Error(), "rejected") {
		t.Fatalf("a lock without a note: %v, want the hub's refusal", err)
	}
	after := pay()
	if after != before+2 {
		t.Fatalf("the state after the refused proposal is at %d, want %d (the refused one took %d)", after, before+2, before+1)
	}
	var hist []HistoryEntry
	if err := alice.CallContext(ctx, &hist, "spoke_history", nil, 2, 0); err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].State.TxCountGlobal != before || hist[1].State.TxCountGlobal != after {
		t.Fatalf("history of 2: %+v, want states %d and %d", hist, before, after)
	}
	for _, e := range hist {
		if e.WeiUser != "-7" || e.WeiHub != "+7" {
			t.Fatalf("entry %d says %s / %s, want the 7 wei paid", e.State.TxCountGlobal, e.WeiUser, e.WeiHub)
		}
	}
}
