package node

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// hubNet is a hub and users connected to it, each user's channel credited with deposited and part of its
// wei given to the hub (so the hub has balance to forward with in every channel).
type hubNet struct {
	hub   *testNode
	users []*testNode
	dir   string // the stores' directory
}

// startHubNet starts a hub and one user per hub share: the wei each user gives the hub.
func startHubNet(t testing.TB, shares ...uint64) hubNet {
	t.Helper()
	return startHubNetWith(t, nil, shares...)
}

// startHubNetWith is startHubNet with edit applied to every node's Config.
func startHubNetWith(t testing.TB, edit func(*Config), shares ...uint64) hubNet {
	t.Helper()
	dir := t.TempDir()
	net := hubNet{hub: startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), edit), dir: dir}
	for i, share := range shares {
		key := devchain.DevKey(1 + i)
		u := startNode(t, key, User, filepath.Join(dir, crypto.PubkeyToAddress(key.PublicKey).Hex()+".db"), func(c *Config) {
			c.Hub, c.HubPeer = hubAddr, net.hub.host.ID()
			if edit != nil {
				edit(c)
			}
		})
		if err := u.host.Connect(testCtx(t), net.hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		setup := []protocol.Update{protocol.Credit{Wei: deposited[0]}}
		if share > 0 {
			setup = append(setup, protocol.Transfer{Wei: *uint256.NewInt(share)})
		}
		if _, err := u.eng.Update(testCtx(t), hubAddr, setup...); err != nil {
			t.Fatalf("user %d setup: %v", i, err)
		}
		net.users = append(net.users, u)
	}
	return net
}

// channelOf returns the user's latest state as the hub and the user store it, once they agree (the
// proposer stores a state just after the acceptor) and no update is under way, failing after 10 s.
func (n hubNet) channelOf(t testing.TB, u *testNode) state.Record {
	t.Helper()
	addr := u.eng.Address()
	deadline := time.Now().Add(10 * time.Second)
	for {
		h, err := n.hub.store.Latest(testCtx(t), hubAddr, addr)
		if err != nil {
			t.Fatal(err)
		}
		mine, err := u.store.Latest(testCtx(t), hubAddr, addr)
		if err != nil {
			t.Fatal(err)
		}
		if h.State == mine.State && len(h.Locks) == 0 {
			return h
		}
		if time.Now().After(deadline) {
			t.Fatalf("hub and user %s disagree or locks stay open:\n hub %+v\nuser %+v", addr, h.State, mine.State)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// wantWei checks the user's channel holds userWei for the user, the rest of deposited for the hub, and no
// open lock.
func (n hubNet) wantWei(t testing.TB, u *testNode, userWei uint64) {
	t.Helper()
	r := n.channelOf(t, u)
	s := &r.State
	if len(r.Locks) != 0 || !s.LockedWei.IsZero() {
		t.Fatalf("user %s: %d locks open (%s wei)", u.eng.Address(), len(r.Locks), s.LockedWei.Dec())
	}
	if s.WeiUser.Uint64() != userWei || s.WeiHub.Uint64() != deposited[0].Uint64()-userWei {
		t.Fatalf("user %s: user %s hub %s wei, want user %d", u.eng.Address(), s.WeiUser.Dec(), s.WeiHub.Dec(), userWei)
	}
}

func payTo(to *testNode, w uint64) Payment {
	return Payment{To: &to.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(w)}
}

func TestForwardedPaymentsBothWays(t *testing.T) {
	half := deposited[0].Uint64() / 2
	n := startHubNet(t, half, half)
	alice, bob := n.users[0], n.users[1]
	received, sentEvents := bob.eng.Subscribe(testCtx(t)), alice.eng.Subscribe(testCtx(t))

	r, err := alice.eng.Pay(testCtx(t), Payment{To: &bob.eng.cfg.Key.PublicKey, Wei: *uint256.NewInt(10), Memo: "coffee"})
	if err != nil {
		t.Fatalf("pay: %v", err)
	}
	if len(r) != 1 || state.Hashlock(r[0].Preimage) != r[0].Hashlock || r[0].To != bob.eng.Address() {
		t.Fatalf("receipt %+v", r)
	}
	for ev := range received {
		if ev.Kind == EventReceived {
			if ev.Memo != "coffee" || ev.From != alice.eng.Address() || ev.Wei.Uint64() != 10 || ev.Hashlock != r[0].Hashlock {
				t.Fatalf("received event %+v", ev)
			}
			break
		}
	}
	for ev := range sentEvents {
		if ev.Kind == EventSent {
			if ev.Hashlock != r[0].Hashlock || ev.Wei.Uint64() != 10 {
				t.Fatalf("sent event %+v", ev)
			}
			break
		}
	}
	n.wantWei(t, alice, half-10)
	n.wantWei(t, bob, half+10)

	// 50 concurrent payments each way, then a purchase of three payments.
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 50 {
		wg.Go(func() {
			if _, err := alice.eng.Pay(testCtx(t), payTo(bob, uint64(i+1))); err != nil {
				errs <- err
			}
		})
		wg.Go(func() {
			if _, err := bob.eng.Pay(testCtx(t), payTo(alice, 2)); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent payment: %v", err)
	}
	sent := uint64(10 + 50*51/2 - 100)
	n.wantWei(t, alice, half-sent)
	n.wantWei(t, bob, half+sent)
	if _, err := alice.eng.Pay(testCtx(t), payTo(bob, 1), payTo(bob, 2), payTo(bob, 3)); err != nil {
		t.Fatalf("purchase: %v", err)
	}
	n.wantWei(t, alice, half-sent-6)
	n.wantWei(t, bob, half+sent+6)
}

func TestForwardRefusals(t *testing.T) {
	half := deposited[0].Uint64() / 2
	n := startHubNet(t, half, 1000) // the hub holds only 1000 wei in Bob's channel
	alice, bob := n.users[0], n.users[1]
	stranger := devchain.DevKey(7)
	cases := []struct {
		name string
		pay  Payment
		want error
	}{
		{"unknown recipient", Payment{To: &stranger.PublicKey, Wei: *uint256.NewInt(1)}, ErrUnknownRecipient},
		{"recipient needs collateral", payTo(bob, 1001), ErrNeedsCollateral},
		{"more than the payer has", payTo(bob, 2*half), protocol.ErrInsufficientBalance},
		{"to the hub", Payment{To: &hubKey.PublicKey, Wei: *uint256.NewInt(1)}, ErrBadPayment},
		{"to oneself", payTo(alice, 1), ErrBadPayment},
		{"zero", payTo(bob, 0), ErrBadPayment},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := alice.eng.Pay(testCtx(t), tc.pay)
			if !errors.Is(err, tc.want) && !containsErr(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	for _, ask := range []*Engine{alice.eng, n.hub.eng} {
		if needs, err := ask.RecipientNeedsCollateral(testCtx(t), bob.eng.Address(), *uint256.NewInt(1001), uint256.Int{}); err != nil || !needs {
			t.Fatalf("needs collateral for 1001 wei: %v, %v", needs, err)
		}
		if needs, err := ask.RecipientNeedsCollateral(testCtx(t), bob.eng.Address(), *uint256.NewInt(1000), uint256.Int{}); err != nil || needs {
			t.Fatalf("needs collateral for 1000 wei: %v, %v", needs, err)
		}
	}
	n.wantWei(t, alice, half)
	n.wantWei(t, bob, deposited[0].Uint64()-1000)
	if _, err := alice.eng.Pay(testCtx(t), payTo(bob, 1000)); err != nil {
		t.Fatalf("payment after the refusals: %v", err)
	}
	n.wantWei(t, bob, deposited[0].Uint64())
}

// containsErr reports whether err's message contains want's (a Reject carries the hub's error as text).
func containsErr(err, want error) bool {
	return err != nil && want != nil && errors.Is(err, ErrPaymentFailed) &&
		strings.Contains(err.Error(), want.Error())
}

func TestHubCannotOpenTheNote(t *testing.T) {
	alice, bob, hub := newSecrets(devchain.DevKey(1)), newSecrets(devchain.DevKey(2)), newSecrets(hubKey)
	var pre [32]byte
	pre[0] = 7
	note, err := alice.seal(&devchain.DevKey(2).PublicKey, pre, "memo", uint256.Int{}, uint256.Int{})
	if err != nil {
		t.Fatal(err)
	}
	bobAddr := crypto.PubkeyToAddress(devchain.DevKey(2).PublicKey)
	if s, err := bob.open(note, bobAddr); err != nil || s.Preimage != pre || s.Memo != "memo" {
		t.Fatalf("bob opens: %+v, %v", s, err)
	}
	if _, err := hub.open(note, bobAddr); !errors.Is(err, ErrBadNote) {
		t.Fatalf("hub opens bob's note: %v", err)
	}
	if _, err := hub.open(note, hubAddr); !errors.Is(err, ErrBadNote) {
		t.Fatalf("hub opens the note as itself: %v", err)
	}
	tampered := append([]byte(nil), note...)
	tampered[len(tampered)-1] ^= 1
	if _, err := bob.open(tampered, bobAddr); !errors.Is(err, ErrBadNote) {
		t.Fatalf("tampered note: %v", err)
	}
}
