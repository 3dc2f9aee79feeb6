package node

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// chainMallory is a raw user of an honest hub on the dev chain (the mallory harness signs in the test
// domain): she signs her own proposals in the chain's domain, refuses every proposal of the hub's and
// keeps them, and has her own chain adapter.
type chainMallory struct {
	t      *testing.T
	env    *chaintest.Env
	host   *p2p.Host
	a      *chain.Adapter
	hub    *testNode
	mu     sync.Mutex
	ch     protocol.Channel
	got    []protocol.Propose
	credit uint256.Int
}

func (m *chainMallory) context() protocol.Context {
	return protocol.Context{Now: uint64(time.Now().Unix()), Deposited: [2]uint256.Int{m.credit}}
}

// handle refuses every proposal of the hub's (keeping it: it carries the hub's signature) and answers a
// Sync with her latest.
func (m *chainMallory) handle(_ context.Context, _ common.Address, req []byte) ([]byte, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if p, ok := msg.(protocol.Propose); ok {
		m.got = append(m.got, p)
		return marshalReject(p.Proposal.State.TxCountGlobal, errors.New("mallory says no"))
	}
	return protocol.MarshalMessage(protocol.Sync{Latest: m.ch.Latest, Locks: m.ch.Locks})
}

// propose sends a proposal of updates until the hub countersigns it (its chain view may lag hers).
func (m *chainMallory) propose(updates ...protocol.Update) {
	m.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		m.mu.Lock()
		s, locks, err := protocol.Apply(m.ch, m.context(), updates...)
		m.mu.Unlock()
		if err != nil {
			m.t.Fatal(err)
		}
		p := protocol.Propose{Updates: updates, Proposal: state.SignedState{State: s}}
		sig, err := state.Sign(m.env.Domain.ChannelDigest(&s), m.env.Mallory.Key)
		if err != nil {
			m.t.Fatal(err)
		}
		p.Proposal.SigUser = sig[:]
		req, err := protocol.MarshalMessage(p)
		if err != nil {
			m.t.Fatal(err)
		}
		resp, err := m.host.Request(testCtx(m.t), m.hub.host.ID(), UpdateProtocol, req)
		if err != nil {
			m.t.Fatal(err)
		}
		ans, err := protocol.UnmarshalMessage(resp)
		if err != nil {
			m.t.Fatal(err)
		}
		if c, ok := ans.(protocol.Countersign); ok {
			p.Proposal.SigHub = c.Sig
			m.mu.Lock()
			m.ch = protocol.Channel{Latest: p.Proposal, Locks: locks}
			m.mu.Unlock()
			return
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("the hub answers %+v", ans)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestReview3ExitWithARefusedStateFreezesTheHubsLocks (hub's funds frozen): Alice pays Mallory 1,000 wei
// through the hub. Mallory refuses the hub's lock, countersigns the refused proposal (it binds the hub,
// ADR 12) and starts an exit on-chain with it: its nonce is above the hub's latest, so the hub cannot
// challenge. The channel closes with that state's lock root, but exitChannel looks for the lock set only
// in the latest state and the outstanding proposal, not in the refused proposals the hub keeps: it fails
// with ErrExitLocks, now and after the lock expired, so the hub can never resolve its own lock, and its
// 1,000 wei stay in the contract (Mallory will not resolve a lock that pays the hub). Every lock of that
// state, received ones whose preimage the hub holds included, would be frozen the same way. Safe
// outcome: once the lock expired, the hub's exit resolves it back to its reserve.
func TestReview3ExitWithARefusedStateFreezesTheHubsLocks(t *testing.T) {
	ctx, env := minedEnv(t)
	dir := t.TempDir()
	adapter := func(a chaintest.Actor) *chain.Adapter {
		c, err := chain.New(ctx, chain.Config{Client: env.Client, Manager: env.Dep.Manager, Key: a.Key,
			Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	onChain := func(a *chain.Adapter) func(*Config) {
		return func(c *Config) {
			c.Domain, c.Chain, c.Deposits, c.Clock = env.Domain, a, nil, nil
			c.PendingTimeout, c.Collateral = 1_000_000, &CollateralPolicy{Disabled: true}
		}
	}
	hubA := adapter(env.Hub)
	hub := startNode(t, env.Hub.Key, Hub, filepath.Join(dir, "hub.db"), onChain(hubA))
	alice := startNode(t, env.Alice.Key, User, filepath.Join(dir, "alice.db"), func(c *Config) {
		onChain(adapter(env.Alice))(c)
		c.Hub, c.HubPeer = env.Hub.Addr, hub.host.ID()
	})
	if err := alice.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if _, err := alice.eng.Deposit(ctx, ethers(1), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	m := &chainMallory{t: t, env: env, host: newHost(t, env.Mallory.Key), a: adapter(env.Mallory), hub: hub,
		credit: *uint256.NewInt(1_000_000)}
	m.ch.Latest.State = state.ChannelState{Hub: env.Hub.Addr, User: env.Mallory.Addr}
	m.host.Handle(UpdateProtocol, m.handle)
	if err := m.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	if _, err := m.a.Deposit(ctx, env.Hub.Addr, env.Mallory.Addr, m.credit.ToBig(), new(big.Int)); err != nil {
		t.Fatal(err)
	}
	m.propose(protocol.Credit{Wei: m.credit}, protocol.Transfer{Wei: *uint256.NewInt(500_000)}) // the hub can pay her
	go func() { _, _ = alice.eng.Pay(ctx, Payment{To: &env.Mallory.Key.PublicKey, Wei: *uint256.NewInt(1000)}) }()

	var refused protocol.Propose
	waitFor(t, "the hub's lock to Mallory", func() bool {
		m.mu.Lock()
		defer m.mu.Unlock()
		for _, p := range m.got {
			for _, u := range p.Updates {
				if _, ok := u.(protocol.AddLock); ok {
					refused = p
					return true
				}
			}
		}
		return false
	})
	m.mu.Lock()
	next, err := protocol.Accept(m.ch, m.context(), env.Domain, env.Mallory.Addr, refused.Updates, refused.Proposal)
	m.mu.Unlock()
	if err != nil {
		t.Fatalf("Mallory cannot countersign the refused proposal: %v", err)
	}
	sig, err := state.Sign(env.Domain.ChannelDigest(&next.Latest.State), env.Mallory.Key)
	if err != nil {
		t.Fatal(err)
	}
	next.Latest.SigUser = sig[:]
	if _, err := m.a.StartExitWithUpdate(ctx, &next.Latest.State, next.Latest.SigHub, next.Latest.SigUser); err != nil {
		t.Fatal(err)
	}
	channel := func() chain.OnChain {
		on, err := hubA.Channel(ctx, env.Hub.Addr, env.Mallory.Addr)
		if err != nil {
			t.Fatal(err)
		}
		return on
	}
	waitFor(t, "the exit on-chain", func() bool { return channel().Status == chain.StatusDispute })
	if err := env.Advance(chaintest.ChallengePeriod + 1); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for channel().Status != chain.StatusSettling {
		if time.Now().After(deadline) {
			t.Fatalf("the channel was not emptied: %+v", channel())
		}
		time.Sleep(100 * time.Millisecond)
	}
	waitFor(t, "the chain's clock past the lock's expiry", func() bool { // fails while a block is being filled
		return env.Advance(3*3600) == nil
	})
	var rep ExitReport
	deadline = time.Now().Add(30 * time.Second)
	for {
		rep, err = hub.eng.ExitChannel(ctx, env.Mallory.Addr)
		if !errors.Is(err, ErrExitRunning) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Alice is refunded (the hub gives her lock back once its own expired unclaimed on the chain's clock):
	// the hub's 1,000 wei locked on-chain are its own loss unless it can resolve the lock.
	waitFor(t, "Alice's refund", func() bool {
		r, err := alice.eng.Latest(ctx, env.Hub.Addr)
		one := ethers(1)
		return err == nil && len(r.Locks) == 0 && r.State.WeiUser.Eq(&one)
	})
	if on := channel(); err != nil || on.LockedWei.Sign() != 0 {
		t.Fatalf("FREEZE: the hub's exit after the lock expired: %v (resolved %d); %s wei stay locked on-chain",
			err, len(rep.Resolved), on.LockedWei)
	}
}
