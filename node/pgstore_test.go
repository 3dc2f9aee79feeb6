package node

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"spoke/internal/pgtest"
	"spoke/state/pgstore"
)

// TestHubOnPostgres runs a hub whose store is PostgreSQL: it forwards payments between two users (some
// in flight together), is stopped and started again on the same database and address, and still has
// everything: the same channels, each at the state its user holds, and it goes on forwarding. While it
// runs, its schema is its own.
func TestHubOnPostgres(t *testing.T) {
	dsn, dir, addr := pgtest.DSN(t), t.TempDir(), freeAddr(t)
	hub := startHubAt(t, dsn, addr, nil)
	if _, err := pgstore.Open(testCtx(t), dsn); !errors.Is(err, pgstore.ErrInUse) {
		t.Fatalf("a second store on the running hub's schema: %v", err)
	}
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	half := deposited[0].Uint64() / 2
	var ab, ba tally
	var wg sync.WaitGroup
	for w := range 3 {
		wg.Go(func() {
			for i := range 4 {
				amt := uint64(10 + 4*w + i)
				_, err := alice.eng.Pay(testCtx(t), payTo(bob, amt))
				ab.add(amt, err)
				_, err = bob.eng.Pay(testCtx(t), payTo(alice, 2*amt))
				ba.add(2*amt, err)
			}
		})
	}
	wg.Wait()
	if ab.bad+ba.bad != 0 {
		t.Fatalf("payments failed: %v %v", ab.errs, ba.errs)
	}
	net := hubNet{hub: hub.testNode, users: users}
	net.wantWei(t, alice, half-ab.sum+ba.sum)
	net.wantWei(t, bob, half-ba.sum+ab.sum)
	before, err := hub.store.Channels(testCtx(t))
	if err != nil || len(before) != 2 {
		t.Fatalf("channels %v, %v", before, err)
	}

	hub.stop()
	restarted := startHubAt(t, dsn, addr, nil)
	net.hub = restarted.testNode
	if after, err := restarted.store.Channels(testCtx(t)); err != nil || !reflect.DeepEqual(after, before) {
		t.Fatalf("channels after the restart %v (%v), before %v", after, err, before)
	}
	net.wantWei(t, alice, half-ab.sum+ba.sum)
	net.wantWei(t, bob, half-ba.sum+ab.sum)
	for _, u := range users { // as they would on their own, a moment later
		if err := u.host.Connect(testCtx(t), restarted.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
	}
	payOnceOnline(t, alice, bob, 7)
	net.wantWei(t, alice, half-ab.sum+ba.sum-7)
	net.wantWei(t, bob, half-ba.sum+ab.sum+7)
	t.Logf("%d + %d payments forwarded before the restart, one after", ab.ok, ba.ok)
}

// payOnceOnline pays w from one user to another through a restarted hub, trying again for 10 s while the
// hub has not seen the payee reconnect (the payment then fails before any money moves).
func payOnceOnline(t *testing.T, from, to *testNode, w uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := from.eng.Pay(testCtx(t), payTo(to, w))
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "offline") || time.Now().After(deadline) {
			t.Fatalf("a payment through the restarted hub: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
