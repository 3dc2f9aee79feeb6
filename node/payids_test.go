package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/devchain"
)

// TestPayIDPaysOnce: a payment named by an id is made once. A second call with the id returns the first
// one's receipts; with the hub stopped, a call that times out leaves the payment pending, and the call
// repeated once the hub is back gets its outcome; after the payer's restart too; a failed payment's id
// answers its failure without paying; bad ids are refused. Bob's balance counts exactly one payment of
// each id.
func TestPayIDPaysOnce(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	half := deposited[0].Uint64() / 2
	ctx := testCtx(t)

	events := alice.eng.Subscribe(ctx)
	coffee := payTo(bob, 10)
	coffee.Memo = "coffee"
	first, err := alice.eng.PayID(ctx, "order-1", coffee)
	if err != nil {
		t.Fatal(err)
	}
	for ev := range events {
		if ev.Kind == EventSent {
			if ev.ID != "order-1" || ev.Memo != "coffee" || ev.Hashlock != first[0].Hashlock {
				t.Fatalf("the payer's sent event %+v, want the payment's id and memo", ev)
			}
			break
		}
	}
	again, err := alice.eng.PayID(ctx, "order-1", coffee)
	if err != nil || len(again) != 1 || again[0].Hashlock != first[0].Hashlock || again[0].Preimage != first[0].Preimage {
		t.Fatalf("the same id again: %v, %+v; want the first receipts %+v", err, again, first)
	}
	n := hubNet{hub: hub.testNode, users: users}
	n.wantWei(t, bob, half+10)

	// The hub stops: the call times out, the payment stays pending; the retry after the hub is back
	// waits for it and returns its outcome, paying nothing more.
	hub.stop()
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err = alice.eng.PayID(short, "order-2", payTo(bob, 20))
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("paying with the hub stopped: %v, want the deadline", err)
	}
	var pending payIDRecord
	if b, err := alice.store.Meta(ctx, payIDMeta("order-2")); err != nil || json.Unmarshal(b, &pending) != nil ||
		len(pending.Receipts) != 1 || pending.Outcome != payPending {
		t.Fatalf("order-2's stored record while the hub is away: %+v, %v", pending, err)
	}
	hub = startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	n.hub = hub.testNode
	// Bob back on the hub at once if he can (else he reconnects by himself): a payer's resend that the
	// hub takes while the recipient is still away is answered Busy, and the command, its caller's context
	// ended, would fail rather than be resent.
	_ = bob.host.Connect(ctx, hub.host.AddrInfo())
	r2, err := alice.eng.PayID(ctx, "order-2", payTo(bob, 20))
	if err != nil || len(r2) != 1 || r2[0].Hashlock != pending.Receipts[0].Hashlock {
		t.Fatalf("the retry once the hub is back: %v, %+v; want the pending lock %s settled", err, r2, pending.Receipts[0].Hashlock)
	}
	n.wantWei(t, bob, half+30)

	// After the payer's restart, the ids it used still answer, from its store.
	alice.stop()
	alice = restartPayer(t, hub, dir, addr, 0)
	n.users[0] = alice
	if r, err := alice.eng.PayID(ctx, "order-2", payTo(bob, 20)); err != nil || r[0].Hashlock != r2[0].Hashlock {
		t.Fatalf("order-2 after a restart: %v, %+v", err, r)
	}
	if r, err := alice.eng.PayID(ctx, "order-1", payTo(bob, 10)); err != nil || r[0].Hashlock != first[0].Hashlock {
		t.Fatalf("order-1 after a restart: %v, %+v", err, r)
	}
	n.wantWei(t, bob, half+30)

	// The payer restarts while its payment waits for the hub: the retry finds the lock in the proposal
	// it resends and waits for it.
	hub.stop()
	short, cancel = context.WithTimeout(ctx, 300*time.Millisecond)
	_, err = alice.eng.PayID(short, "order-5", payTo(bob, 3))
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("paying with the hub stopped: %v, want the deadline", err)
	}
	alice.stop()
	hub = startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	n.hub = hub.testNode
	// Bob is not connected to the restarted hub yet (his node reconnects on its own): the hub answers
	// Busy for a while after its start, so Alice's lock waits for him instead of failing.
	alice = restartPayer(t, hub, dir, addr, 0)
	n.users[0] = alice
	if r, err := alice.eng.PayID(ctx, "order-5", payTo(bob, 3)); err != nil || len(r) != 1 {
		t.Fatalf("order-5 after the payer's restart: %v, %+v", err, r)
	}
	n.wantWei(t, bob, half+33)

	// A payment the hub gives back (more than it can pay Bob) fails; its id answers that failure and
	// pays nothing, while a new id pays.
	tooMuch := payTo(bob, deposited[0].Uint64())
	if _, err := alice.eng.PayID(ctx, "order-3", tooMuch); err == nil {
		t.Fatal("a payment above the hub's balance in Bob's channel succeeded")
	}
	if _, err := alice.eng.PayID(ctx, "order-3", payTo(bob, 5)); !errors.Is(err, ErrPaymentFailed) {
		t.Fatalf("a failed payment's id again: %v, want its failure", err)
	}
	if _, err := alice.eng.PayID(ctx, "order-4", payTo(bob, 5)); err != nil {
		t.Fatal(err)
	}
	n.wantWei(t, bob, half+38)
	n.wantWei(t, alice, half-38)

	for _, bad := range []string{"", "two words", "tab\there", string(make([]byte, MaxPaymentID+1))} {
		if _, err := alice.eng.PayID(ctx, bad, payTo(bob, 1)); !errors.Is(err, ErrPaymentID) {
			t.Errorf("id %q: %v, want ErrPaymentID", bad, err)
		}
	}
	n.wantWei(t, bob, half+38)
}

// restartPayer stops user i of usersOf and starts it again on its store.
func restartPayer(t *testing.T, hub runningHub, dir string, addr multiaddr.Multiaddr, i int) *testNode {
	t.Helper()
	key := devchain.DevKey(1 + i)
	u := startNode(t, key, User, filepath.Join(dir, fmt.Sprintf("user%d.db", i)), func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs = hubAddr, hub.host.ID(), []multiaddr.Multiaddr{addr}
	})
	if err := u.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return u
}

// TestPayIDWaitsForARunningCall: two calls with one id at once make one payment; both get its receipts.
func TestPayIDWaitsForARunningCall(t *testing.T) {
	half := deposited[0].Uint64() / 2
	n := startHubNet(t, half, half)
	alice, bob := n.users[0], n.users[1]
	type result struct {
		r   []Receipt
		err error
	}
	out := make(chan result, 2)
	for range 2 {
		go func() {
			r, err := alice.eng.PayID(testCtx(t), "same", Payment{To: &bob.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(7)})
			out <- result{r, err}
		}()
	}
	a, b := <-out, <-out
	if a.err != nil || b.err != nil || a.r[0].Hashlock != b.r[0].Hashlock {
		t.Fatalf("two calls at once: %v %v, %+v %+v", a.err, b.err, a.r, b.r)
	}
	n.wantWei(t, bob, half+7)
}

// TestReceiptJSON: a receipt in JSON has camelCase fields, its preimage in hex and its amounts as decimal
// strings, and reads back the same.
func TestReceiptJSON(t *testing.T) {
	r := Receipt{To: hubAddr, Hashlock: common.Hash{1}, Preimage: [32]byte{0xab, 2}, Route: []common.Address{hubAddr},
		Fee: *uint256.NewInt(3), Amount: *uint256.NewInt(12345678901234567890)}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"to":"0x`, `"hashlock":"0x01`, `"preimage":"0xab02`, `"route":["0x`, `"fee":"3"`, `"amount":"12345678901234567890"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("receipt JSON %s lacks %s", b, want)
		}
	}
	var back Receipt
	if err := json.Unmarshal(b, &back); err != nil || back.Preimage != r.Preimage || back.Amount != r.Amount || back.To != r.To {
		t.Fatalf("read back %+v (%v), want %+v", back, err, r)
	}
	if err := json.Unmarshal([]byte(`{"preimage":"0xab"}`), &back); err == nil {
		t.Fatal("a short preimage read")
	}
}
