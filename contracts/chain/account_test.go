package chain_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// TestTokenReadOnce: Token describes the manager's token as its contract does, and asks the chain once:
// a second call answers under a context already cancelled (the manager's token is immutable).
func TestTokenReadOnce(t *testing.T) {
	e := newEnv(t)
	ad := newAdapter(t, e, e.Hub, 0)
	opts := &bind.CallOpts{Context: testCtx(t)}
	sym, err := e.Token.Symbol(opts)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := e.Token.Decimals(opts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ad.Token(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	if got.Address != e.Dep.Token || got.Symbol != sym || got.Decimals != dec {
		t.Fatalf("token %+v, want %s %q %d", got, e.Dep.Token.Hex(), sym, dec)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	again, err := ad.Token(cancelled)
	if err != nil || again != got {
		t.Fatalf("second read under a cancelled context: %+v, %v; want %+v from memory", again, err, got)
	}
	if _, err := newAdapter(t, e, e.Hub, 0).Token(cancelled); err == nil {
		t.Fatal("a new adapter read the token under a cancelled context: the test shows nothing")
	}
}
