package node

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/internal/chaintest"
	"spoke/p2p"
	"spoke/state"
)

// towerEnv is a watchtower on a mined dev chain and what its tests hand it.
type towerEnv struct {
	t     *testing.T
	ctx   context.Context
	env   *chaintest.Env
	tower *Node
}

// startTowerEnv starts a watchtower (the deployer's key) serving the hub, Alice and Bob (not Mallory),
// with quota (0: the default).
func startTowerEnv(t *testing.T, quota int) *towerEnv {
	t.Helper()
	ctx, env := minedEnv(t)
	o := Options{Key: env.Deployer.Key, Role: Hub, DataDir: t.TempDir(), Client: env.Client,
		Manager: env.Dep.Manager, ServeTower: true, TowerQuota: quota,
		TowerClients: []common.Address{env.Hub.Addr, env.Alice.Addr, env.Bob.Addr}}
	tower, err := Start(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tower.Close() })
	return &towerEnv{t: t, ctx: ctx, env: env, tower: tower}
}

// fund deposits one wei into the (hub, user) channel, which then exists on-chain.
func (e *towerEnv) fund(hub, user chaintest.Actor) {
	e.t.Helper()
	_, err := e.env.Do(user, big.NewInt(1), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.env.Manager.Deposit(o, hub.Addr, user.Addr, big.NewInt(0))
	})
	if err != nil {
		e.t.Fatal(err)
	}
}

// signed is the encoded state of nonce n of the (hub, user) channel, signed by signers.
func (e *towerEnv) signed(hub, user chaintest.Actor, n uint64, signers ...chaintest.Actor) []byte {
	e.t.Helper()
	s := state.ChannelState{Hub: hub.Addr, User: user.Addr, Recipient: user.Addr, WeiUser: *uint256.NewInt(n), TxCountGlobal: n}
	ss := state.SignedState{State: s}
	ss.SigHub, ss.SigUser = e.env.Sign(&s, signers...)
	b, err := ss.MarshalBinary()
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// hand hands req to the tower from a host with from's key.
func (e *towerEnv) hand(from chaintest.Actor, req []byte) error {
	e.t.Helper()
	h := newHost(e.t, from.Key)
	if err := h.Connect(e.ctx, e.tower.Host.AddrInfo()); err != nil {
		e.t.Fatal(err)
	}
	_, err := h.Request(e.ctx, e.tower.Host.ID(), TowerProtocol, req)
	return err
}

// refused checks that handing req from from fails remotely with want.
func (e *towerEnv) refused(name string, from chaintest.Actor, req []byte, want error) {
	e.t.Helper()
	err := e.hand(from, req)
	var remote *p2p.RemoteError
	if !errors.As(err, &remote) || !strings.Contains(err.Error(), want.Error()) {
		e.t.Errorf("%s: %v, want %v", name, err, want)
	}
}

// holds reports whether the tower holds a state of the (hub, user) channel.
func (e *towerEnv) holds(hub, user chaintest.Actor) bool {
	e.t.Helper()
	_, err := e.tower.Tower.Latest(e.ctx, hub.Addr, user.Addr)
	if err != nil && !errors.Is(err, state.ErrNotFound) {
		e.t.Fatal(err)
	}
	return err == nil
}

// TestTowerRefusesBadHandIns: a watchtower takes a channel's state only from one of its clients that is a
// party of the channel, only double-signed on its chain, only of a channel funded on-chain, and never
// goes back to an older one. Mallory, a party of a funded channel but no client, is refused; so is
// Alice handing in a state of a pair she made up (both signatures valid, nothing on-chain).
func TestTowerRefusesBadHandIns(t *testing.T) {
	e := startTowerEnv(t, 0)
	env := e.env
	e.fund(env.Hub, env.Alice)
	e.fund(env.Hub, env.Mallory)
	madeUp := chaintest.NewActor("Made-up", 17)
	for _, c := range []struct {
		name string
		from chaintest.Actor
		req  []byte
		want error
	}{
		{"a stranger", env.Mallory, e.signed(env.Hub, env.Mallory, 5, env.Hub, env.Mallory), ErrTowerClient},
		{"not a party", env.Bob, e.signed(env.Hub, env.Alice, 5, env.Hub, env.Alice), ErrTowerParty},
		{"garbage", env.Alice, []byte("not a state"), ErrTowerState},
		{"user signature only", env.Alice, e.signed(env.Hub, env.Alice, 5, env.Alice), ErrTowerState},
		{"another chain", env.Alice, otherChain(t, env, 5), ErrTowerState},
		{"a made-up pair", env.Alice, e.signed(madeUp, env.Alice, 5, madeUp, env.Alice), ErrTowerChannel},
	} {
		e.refused(c.name, c.from, c.req, c.want)
	}
	if e.holds(env.Hub, env.Alice) || e.holds(env.Hub, env.Mallory) || e.holds(madeUp, env.Alice) {
		t.Fatal("the tower holds a state after refusals")
	}
	for _, n := range []uint64{7, 4} {
		if err := e.hand(env.Alice, e.signed(env.Hub, env.Alice, n, env.Hub, env.Alice)); err != nil {
			t.Fatalf("state %d: %v", n, err)
		}
	}
	s, err := e.tower.Tower.Latest(e.ctx, env.Hub.Addr, env.Alice.Addr)
	if err != nil || s.State.TxCountGlobal != 7 {
		t.Fatalf("the tower holds %d (%v), want 7: an older hand-in replaced it", s.State.TxCountGlobal, err)
	}
}

// TestTowerQuota: a client hands in at most the tower's quota of channels; beyond it a new channel is
// refused and not stored, while newer states of the channels held are still taken.
func TestTowerQuota(t *testing.T) {
	e := startTowerEnv(t, 2)
	env := e.env
	hubs := []chaintest.Actor{chaintest.NewActor("H1", 11), chaintest.NewActor("H2", 12), chaintest.NewActor("H3", 13)}
	for _, h := range hubs {
		e.fund(h, env.Alice)
	}
	for _, h := range hubs[:2] {
		if err := e.hand(env.Alice, e.signed(h, env.Alice, 1, h, env.Alice)); err != nil {
			t.Fatalf("channel with %s: %v", h.Name, err)
		}
	}
	e.refused("over the quota", env.Alice, e.signed(hubs[2], env.Alice, 1, hubs[2], env.Alice), ErrTowerQuota)
	if e.holds(hubs[2], env.Alice) {
		t.Fatal("the tower holds a channel over the client's quota")
	}
	if err := e.hand(env.Alice, e.signed(hubs[0], env.Alice, 2, hubs[0], env.Alice)); err != nil {
		t.Fatalf("a newer state of a held channel at the quota: %v", err)
	}
	if s, err := e.tower.Tower.Latest(e.ctx, hubs[0].Addr, env.Alice.Addr); err != nil || s.State.TxCountGlobal != 2 {
		t.Fatalf("the tower holds %d (%v), want 2", s.State.TxCountGlobal, err)
	}
}

// TestTowerNeedsClients: a watchtower without an allow-list does not start; it would refuse everyone.
func TestTowerNeedsClients(t *testing.T) {
	ctx, env := minedEnv(t)
	n, err := Start(ctx, Options{Key: env.Deployer.Key, Role: Hub, DataDir: t.TempDir(), Client: env.Client,
		Manager: env.Dep.Manager, ServeTower: true})
	if err == nil {
		n.Close()
	}
	if !errors.Is(err, ErrBadConfig) || !strings.Contains(err.Error(), "TowerClients") {
		t.Fatalf("a tower without clients: %v, want ErrBadConfig naming TowerClients", err)
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
