package node

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/state"
)

// linkNet is a hub with Alice and Bob whose clocks the test moves.
func linkNet(t *testing.T) (hubNet, *atomic.Uint64) {
	t.Helper()
	var clock atomic.Uint64
	clock.Store(now)
	half := deposited[0].Uint64() / 2
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Load }, half, half)
	return n, &clock
}

// TestLinkPayment: Alice makes a link payment; the hub holds a lock it cannot settle (it never has the
// secret); Bob redeems the link and is paid; the link cannot be redeemed twice.
func TestLinkPayment(t *testing.T) {
	n, _ := linkNet(t)
	alice, bob := n.users[0], n.users[1]
	half := deposited[0].Uint64() / 2
	ctx := testCtx(t)
	sent := alice.eng.Subscribe(ctx)
	link, err := alice.eng.PayLink(ctx, *uint256.NewInt(10), uint256.Int{}, "for whoever holds this")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseLink(link.String())
	if err != nil || parsed != link {
		t.Fatalf("link %q parsed to %+v (%v)", link, parsed, err)
	}
	if _, err := n.hub.store.Preimage(ctx, link.Hashlock()); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the hub knows the link's secret before redemption: %v", err)
	}
	r, err := alice.store.Latest(ctx, hubAddr, alice.eng.Address())
	if err != nil || len(r.Locks) != 1 || r.Locks[0].Hashlock != link.Hashlock() {
		t.Fatalf("alice's channel after the link: %+v (%v); want the link's lock open", r.Locks, err)
	}

	ev, err := bob.eng.RedeemLink(ctx, parsed)
	if err != nil {
		t.Fatalf("redeem: %v", err)
	}
	if ev.Wei.Uint64() != 10 || ev.Memo != "for whoever holds this" {
		t.Fatalf("received %+v", ev)
	}
	n.wantWei(t, alice, half-10)
	n.wantWei(t, bob, half+10)
	for ev := range sent {
		if ev.Kind == EventSent && ev.Hashlock == link.Hashlock() {
			break
		}
	}
	if _, err := bob.eng.RedeemLink(ctx, parsed); err == nil || !strings.Contains(err.Error(), ErrUnknownLink.Error()) {
		t.Fatalf("second redemption: %v, want %v", err, ErrUnknownLink)
	}
	// A forged secret finds nothing; a malformed link is refused before anything is sent.
	forged := link
	forged.Preimage[0] ^= 1
	if _, err := bob.eng.RedeemLink(ctx, forged); err == nil || !strings.Contains(err.Error(), ErrUnknownLink.Error()) {
		t.Fatalf("forged link: %v", err)
	}
	for _, bad := range []string{"", "spokelink1:", "spokelink1:notapeer:00:x", strings.Replace(link.String(), ":", ":zz", 2)} {
		if _, err := ParseLink(bad); !errors.Is(err, ErrBadLink) {
			t.Errorf("ParseLink(%q): %v", bad, err)
		}
	}
	n.wantWei(t, alice, half-10)
	n.wantWei(t, bob, half+10)
}

// redeemUntil redeems link at u, retrying for up to 15 s (a hub restarting, a lock being given back),
// and checks it paid wantWei.
func redeemUntil(t *testing.T, u *testNode, link Link, wantWei uint64) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ev, err := u.eng.RedeemLink(testCtx(t), link)
		if err == nil {
			if ev.Wei.Uint64() != wantWei {
				t.Fatalf("received %+v, want %d wei", ev, wantWei)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("redeem: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestLinkExpiresToPayer: a link nobody redeems returns to the payer once it expires.
func TestLinkExpiresToPayer(t *testing.T) {
	n, clock := linkNet(t)
	alice := n.users[0]
	half := deposited[0].Uint64() / 2
	ctx := testCtx(t)
	events := alice.eng.Subscribe(ctx)
	link, err := alice.eng.PayLink(ctx, *uint256.NewInt(7), uint256.Int{}, "")
	if err != nil {
		t.Fatal(err)
	}
	clock.Add(24*3600 + 1)
	deadline := time.After(10 * time.Second)
	for {
		select {
		case ev := <-events:
			if ev.Kind != EventFailed || ev.Hashlock != link.Hashlock() {
				continue
			}
			n.wantWei(t, alice, half)
			if _, err := n.users[1].eng.RedeemLink(ctx, link); err == nil {
				t.Fatal("an expired link was redeemed")
			}
			return
		case <-deadline:
			t.Fatal("the link never returned to Alice")
		}
	}
}

// TestLinkSurvivesHubRestart: a hub restarted from its store still holds an unredeemed link payment
// (it does not give it back as a lock it never forwarded), and Bob redeems it.
func TestLinkSurvivesHubRestart(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	half := deposited[0].Uint64() / 2
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	ctx := testCtx(t)
	link, err := alice.eng.PayLink(ctx, *uint256.NewInt(42), uint256.Int{}, "after a restart")
	if err != nil {
		t.Fatal(err)
	}
	hub.stop()
	hub = startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	redeemUntil(t, bob, link, 42)
	n := hubNet{hub: hub.testNode, users: users}
	n.wantWei(t, alice, half-42)
	n.wantWei(t, bob, half+42)
}

// TestLinkRedeemedOnceWhilePayerOffline: with the payer offline, so that the hub cannot settle her lock
// yet, the redeemed link still cannot be redeemed again, before or after the hub restarts.
func TestLinkRedeemedOnceWhilePayerOffline(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	half := deposited[0].Uint64() / 2
	users := usersOf(t, hub, dir, addr)
	alice, bob := users[0], users[1]
	ctx := testCtx(t)
	link, err := alice.eng.PayLink(ctx, *uint256.NewInt(10), uint256.Int{}, "")
	if err != nil {
		t.Fatal(err)
	}
	alice.stop()
	if _, err := bob.eng.RedeemLink(ctx, link); err != nil {
		t.Fatalf("redeem: %v", err)
	}
	settled(t, bob)
	if _, err := bob.eng.RedeemLink(ctx, link); err == nil || !strings.Contains(err.Error(), ErrUnknownLink.Error()) {
		t.Fatalf("second redemption while the payer is offline: %v, want %v", err, ErrUnknownLink)
	}
	hub.stop()
	hub = startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	deadline := time.Now().Add(15 * time.Second)
	for {
		_, err := bob.eng.RedeemLink(ctx, link)
		if err != nil && strings.Contains(err.Error(), ErrUnknownLink.Error()) {
			break
		}
		if err == nil || time.Now().After(deadline) {
			t.Fatalf("redemption after the hub's restart: %v, want %v", err, ErrUnknownLink)
		}
		time.Sleep(100 * time.Millisecond)
	}
	r, err := bob.store.Latest(ctx, hubAddr, bob.eng.Address())
	if err != nil || r.State.WeiUser.Uint64() != half+10 {
		t.Fatalf("bob holds %s wei (%v), want %d: paid once", r.State.WeiUser.Dec(), err, half+10)
	}
}

// TestLinkShortLockRefused: a redeemer settles only a lock that pays at least what the link says (a hub
// locking less would learn the secret and keep the difference); refused, the link stays redeemable.
func TestLinkShortLockRefused(t *testing.T) {
	n, _ := linkNet(t)
	alice, bob := n.users[0], n.users[1]
	half := deposited[0].Uint64() / 2
	ctx := testCtx(t)
	link, err := alice.eng.PayLink(ctx, *uint256.NewInt(10), uint256.Int{}, "")
	if err != nil {
		t.Fatal(err)
	}
	inflated := link
	inflated.Wei = *uint256.NewInt(20) // stands for a hub's lock below the link's amount
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if _, err := bob.eng.RedeemLink(short, inflated); err == nil {
		t.Fatal("a lock paying less than the link was settled")
	}
	if _, err := n.hub.store.Preimage(ctx, link.Hashlock()); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the hub learnt the secret from a refused lock: %v", err)
	}
	redeemUntil(t, bob, link, 10) // the link stayed redeemable
	n.wantWei(t, bob, half+10)
}
