package main

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"
)

// TestProcessesHubBooksDrain: a hub process with Alice and Bob; after a payment, `spoke hub books --json`
// gives the collateral per channel and a total that is their sum, the reserve and the wallet; `spoke hub
// drain` drains it (collateral back in the reserve), a payment is then refused with the drain's reason,
// the books say draining with no collateral left and the reserve whole again, and `spoke hub resume`
// ends it.
func TestProcessesHubBooksDrain(t *testing.T) {
	e := newE2E(t)
	e.devnet()
	e.daemon("hub", "hub", "--datadir", "hub", "--account", "hub", "--reserve-wei", "10000000000000000000")
	e.waitFile("hub/api.url")
	for _, u := range []string{"alice", "bob"} {
		e.daemon(u, "user", "--datadir", u, "--account", u, "--hub", "hub")
		e.waitFile(u + "/api.url")
		e.must("deposit", "--datadir", u, "--eth", "1")
	}
	e.pay("alice", "bob", "1000")

	books := func() booksOut {
		t.Helper()
		var b booksOut
		out := e.must("hub", "books", "--datadir", "hub", "--json")
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatalf("hub books --json: %v\n%s", err, out)
		}
		return b
	}
	b := books()
	sum := new(big.Int)
	for _, c := range b.Channels {
		sum.Add(sum, dec(t, c.Hub.Wei))
	}
	if len(b.Channels) != 2 || sum.Cmp(dec(t, b.Collateral.Wei)) != 0 || sum.Sign() == 0 || dec(t, b.Wallet.Wei).Sign() == 0 {
		t.Fatalf("books: %+v; want 2 channels whose collateral sums to the total, and a wallet", b)
	}
	reserveBefore := new(big.Int).Add(dec(t, b.Reserve.Wei), sum)
	if out := e.must("hub", "books", "--datadir", "hub"); !strings.Contains(out, "reserve (contract)") || !strings.Contains(out, "ETH)") {
		t.Fatalf("hub books: %s", out)
	}

	if out := e.must("hub", "drain", "--datadir", "hub", "--deadline", "60s"); !strings.Contains(out, "drained:") || !strings.Contains(out, "reclaimed") {
		t.Fatalf("hub drain: %s", out)
	}
	if code, out := e.run("pay", "--datadir", "alice", "--to", "bob", "--wei", "1000"); code == 0 || !strings.Contains(out, "draining") {
		t.Fatalf("pay during the drain: exit %d\n%s", code, out)
	}
	b = books()
	if !b.Draining || b.Collateral.Wei != "0" || dec(t, b.Reserve.Wei).Cmp(reserveBefore) != 0 {
		t.Fatalf("books after the drain: %+v; want draining, no collateral, the reserve %s", b, reserveBefore)
	}
	if out := e.must("hub", "resume", "--datadir", "hub"); !strings.Contains(out, "resumed") {
		t.Fatalf("hub resume: %s", out)
	}
	if b = books(); b.Draining {
		t.Fatal("still draining after resume")
	}
}

type booksOut struct {
	Reserve, Wallet, Collateral struct{ Wei string }
	Channels                    []struct{ Hub struct{ Wei string } }
	Draining                    bool
}

func dec(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a decimal amount", s)
	}
	return v
}
