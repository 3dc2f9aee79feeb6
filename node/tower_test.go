package node

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"spoke/internal/chaintest"
	"spoke/p2p"
	"spoke/state"
)

// TestTowerRefusesBadHandIns: a watchtower takes a channel's state only from one of its parties, only
// double-signed on its chain, and never goes back to an older one.
func TestTowerRefusesBadHandIns(t *testing.T) {
	ctx, env := minedEnv(t)
	tower, err := Start(ctx, Options{Key: env.Mallory.Key, Role: Hub, DataDir: t.TempDir(), Client: env.Client,
		Manager: env.Dep.Manager, ServeTower: true})
	if err != nil {
		t.Fatal(err)
	}
	defer tower.Close()
	signed := func(n uint64, signers ...chaintest.Actor) []byte {
		s := state.ChannelState{Hub: env.Hub.Addr, User: env.Alice.Addr, Recipient: env.Alice.Addr,
			WeiUser: *uint256.NewInt(n), TxCountGlobal: n}
		ss := state.SignedState{State: s}
		ss.SigHub, ss.SigUser = env.Sign(&s, signers...)
		b, err := ss.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	hand := func(from chaintest.Actor, req []byte) error {
		h := newHost(t, from.Key)
		if err := h.Connect(ctx, tower.Host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		_, err := h.Request(ctx, tower.Host.ID(), TowerProtocol, req)
		return err
	}
	for _, c := range []struct {
		name string
		from chaintest.Actor
		req  []byte
		want error
	}{
		{"not a party", env.Bob, signed(5, env.Hub, env.Alice), ErrTowerParty},
		{"garbage", env.Alice, []byte("not a state"), ErrTowerState},
		{"user signature only", env.Alice, signed(5, env.Alice), ErrTowerState},
		{"another chain", env.Alice, otherChain(t, env, 5), ErrTowerState},
	} {
		err := hand(c.from, c.req)
		var remote *p2p.RemoteError
		if !errors.As(err, &remote) || !strings.Contains(err.Error(), c.want.Error()) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := tower.Tower.Latest(ctx, env.Hub.Addr, env.Alice.Addr); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the tower holds a state after refusals: %v", err)
	}
	for _, n := range []uint64{7, 4} {
		if err := hand(env.Alice, signed(n, env.Hub, env.Alice)); err != nil {
			t.Fatalf("state %d: %v", n, err)
		}
	}
	s, err := tower.Tower.Latest(ctx, env.Hub.Addr, env.Alice.Addr)
	if err != nil || s.State.TxCountGlobal != 7 {
		t.Fatalf("the tower holds %d (%v), want 7: an older hand-in replaced it", s.State.TxCountGlobal, err)
	}
}

// otherChain is a state of nonce n signed by the hub and Alice for another chain's manager.
func otherChain(t *testing.T, env *chaintest.Env, n uint64) []byte {
	t.Helper()
	s := state.ChannelState{Hub: env.Hub.Addr, User: env.Alice.Addr, Recipient: env.Alice.Addr, TxCountGlobal: n}
	d := state.NewDomain(big.NewInt(1), env.Dep.Manager).ChannelDigest(&s)
	sh, err := state.Sign(d, env.Hub.Key)
	if err != nil {
		t.Fatal(err)
	}
	su, err := state.Sign(d, env.Alice.Key)
	if err != nil {
		t.Fatal(err)
	}
	b, err := (&state.SignedState{State: s, SigHub: sh[:], SigUser: su[:]}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
