package node

import (
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// startPairLosing starts a pair whose hub loses its Countersign for nonce lose (once), after storing it.
func startPairLosing(t *testing.T, lose uint64) pair {
	t.Helper()
	dir := t.TempDir()
	var lost atomic.Bool
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), func(c *Config) {
		c.loseAnswer = func(m protocol.Message) bool {
			cs, ok := m.(protocol.Countersign)
			return ok && cs.TxCountGlobal == lose && lost.CompareAndSwap(false, true)
		}
	})
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, hub.host.ID()
	})
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return pair{hub: hub, user: user}
}

func TestSyncAfterLostCountersign(t *testing.T) {
	p := startPairLosing(t, 3)
	credit(t, p)                         // state 1
	paid := paySequentially(t, p, 1, 10) // state 2
	// State 3: the hub stores it and its answer is lost; the user resends the same proposal and the hub
	// answers with a Sync of it, which counts as the countersignature.
	s, err := p.user.eng.Update(testCtx(t), hubAddr, wei(10))
	if err != nil || s.State.TxCountGlobal != 3 {
		t.Fatalf("pay with a lost answer: nonce %d, %v; want 3", s.State.TxCountGlobal, err)
	}
	paid += 10
	checkBalances(t, p, 1_000_000-paid, paid)
	s, err = p.user.eng.Update(testCtx(t), hubAddr, wei(5))
	if err != nil {
		t.Fatalf("pay after the lost answer: %v", err)
	}
	paid += 5
	if s.State.TxCountGlobal != 4 {
		t.Fatalf("pay after sync stored at %d, want 4", s.State.TxCountGlobal)
	}
	checkBalances(t, p, 1_000_000-paid, paid)
	paid += paySequentially(t, p, 2, 1) + payConcurrently(t, p, 10)
	checkBalances(t, p, 1_000_000-paid, paid)
}

// signBoth signs s as hub with hubKey and as user with userSigner.
func signBoth(t *testing.T, s state.ChannelState, userSigner *ecdsa.PrivateKey) state.SignedState {
	t.Helper()
	d := domain.ChannelDigest(&s)
	h, err := state.Sign(d, hubKey)
	if err != nil {
		t.Fatal(err)
	}
	u, err := state.Sign(d, userSigner)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedState{State: s, SigHub: h[:], SigUser: u[:]}
}

// TestForgedSyncIsRefused: Mallory, the hub (with the hub's key), answers the user's proposals with
// forged Syncs; the user refuses each and its state does not change.
func TestForgedSyncIsRefused(t *testing.T) {
	m, user := newMalloryHub(t, hubKey, t.TempDir(), newClock(), nil)
	p := pair{user: user}
	credit(t, p)
	paySequentially(t, p, 2, 7)
	before := latest(t, user.store) // state 3
	first, err := user.store.History(testCtx(t), hubAddr, userAddr, 1, 1)
	if err != nil || len(first) != 1 {
		t.Fatalf("history: %v", err)
	}
	ahead := before.State
	ahead.TxCountGlobal++
	ahead.WeiHub, ahead.WeiUser = ahead.WeiUser, ahead.WeiHub // the hub takes everything
	other := ahead
	other.User = crypto.PubkeyToAddress(devchain.DevKey(4).PublicKey)
	cases := map[string]state.SignedState{
		"not signed by the user": signBoth(t, ahead, devchain.DevKey(4)),
		"lower nonce":            first[0],
		"same nonce":             before,
		"other channel":          signBoth(t, other, devchain.DevKey(4)),
		"not what was proposed":  signBoth(t, ahead, userKey), // user-signed, but not this proposal
		"hub signature only":     {State: ahead, SigHub: signBoth(t, ahead, userKey).SigHub},
	}
	for name, forged := range cases {
		t.Run(name, func(t *testing.T) {
			m.setAnswer(func(protocol.Propose) protocol.Message { return protocol.Sync{Latest: forged} })
			if _, err := user.eng.Update(testCtx(t), hubAddr, wei(1)); !errors.Is(err, ErrSyncRefused) {
				t.Fatalf("got %v, want ErrSyncRefused", err)
			}
			if got := latest(t, user.store); got.State != before.State {
				t.Fatalf("user's state changed to %+v", got.State)
			}
		})
	}
	m.setAnswer(m.countersign)
	s, err := user.eng.Update(testCtx(t), hubAddr, wei(1))
	// Each forged answer left the user's proposal refused (binding: the hub holds it signed), so the
	// honest one goes above them all (ADR 18).
	if err != nil || s.State.TxCountGlobal <= before.State.TxCountGlobal+uint64(len(cases)) {
		t.Fatalf("honest pay after the forgeries: nonce %d, err %v", s.State.TxCountGlobal, err)
	}
}
