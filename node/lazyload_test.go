package node

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// TestBadStoredStateFoundAtFirstUse: a hub whose store holds an idle channel with a broken signature
// starts (the check waits for the channel's first use) and refuses that channel then, and at every later
// use, while its other channels go on; a channel with an open lock is checked at start, which fails.
func TestBadStoredStateFoundAtFirstUse(t *testing.T) {
	dir := t.TempDir()
	good, err := scaleChannel(scaleUserKey(0))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := scaleChannel(scaleUserKey(1))
	if err != nil {
		t.Fatal(err)
	}
	bad.SigUser[5] ^= 1
	path := filepath.Join(dir, "hub.db")
	store := openStore(t, path)
	if err := store.Put(testCtx(t), good, bad); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	hub, _ := startScaleHub(t, path, nil)
	for range 2 {
		if _, err := hub.eng.Update(testCtx(t), bad.State.User, wei(1)); !errors.Is(err, ErrBadStoredState) {
			t.Fatalf("update of the damaged channel: %v, want ErrBadStoredState", err)
		}
	}
	var lookErr error
	if err := hub.eng.query(testCtx(t), func() { _, lookErr = hub.eng.lookup(good.State.User) }); err != nil || lookErr != nil {
		t.Fatalf("the sound channel: %v, %v", err, lookErr)
	}
	hub.stop()

	// The same damage on a channel with an open lock stops the start.
	locked, err := scaleChannel(scaleUserKey(2))
	if err != nil {
		t.Fatal(err)
	}
	ch := protocol.Channel{Latest: locked.SignedState}
	lock := state.Lock{ID: 1 << lockIDShift, AmountWei: *uint256.NewInt(5), Hashlock: state.Hashlock([32]byte{7}), Expiry: now + 3600}
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain}
	s, after, err := protocol.ApplyAll(ch, ctx, protocol.AddLock{Lock: lock})
	if err != nil {
		t.Fatal(err)
	}
	d := domain.ChannelDigest(&s)
	sh, _ := state.Sign(d, hubKey)
	su, _ := state.Sign(d, scaleUserKey(2))
	su[5] ^= 1
	rec := state.Record{SignedState: state.SignedState{State: s, SigHub: sh[:], SigUser: su[:]}, Locks: after.Locks}
	path2 := filepath.Join(dir, "hub2.db")
	store = openStore(t, path2)
	if err := store.Put(testCtx(t), locked, rec); err != nil {
		t.Fatal(err)
	}
	_ = store.Close()
	store = openStore(t, path2)
	defer store.Close()
	if _, err := New(baseConfig(hubKey, Hub, newHost(t, hubKey), store)); err == nil {
		t.Fatal("a hub started on a damaged channel with an open lock")
	}
}
