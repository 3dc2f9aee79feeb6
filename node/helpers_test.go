package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

var (
	hubKey    = devchain.DevKey(0)
	userKey   = devchain.DevKey(1)
	hubAddr   = crypto.PubkeyToAddress(hubKey.PublicKey)
	userAddr  = crypto.PubkeyToAddress(userKey.PublicKey)
	domain    = state.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000cc"))
	deposited = [2]uint256.Int{*uint256.NewInt(1_000_000), *uint256.NewInt(5_000)}
)

const now = 1_700_000_000

// testNode is a running engine with its host and store.
type testNode struct {
	eng   *Engine
	host  *p2p.Host
	store state.Store
	stop  func() // stops the engine, then closes host and store; idempotent
}

// pair is a hub and a user node whose stores live in dir (so a new pair over the same dir restarts them).
type pair struct{ hub, user *testNode }

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newHost(t testing.TB, key *ecdsa.PrivateKey) *p2p.Host { t.Helper(); return newHostAt(t, key, "") }

// newHostAt is newHost listening on addr (a multiaddr; empty for any loopback port).
func newHostAt(t testing.TB, key *ecdsa.PrivateKey, addr string) *p2p.Host {
	t.Helper()
	var listen []string
	if addr != "" {
		listen = []string{addr}
	}
	h, err := p2p.New(p2p.Config{Key: key, ListenAddrs: listen})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	return h
}

// openStore opens the SQLite store at path with its thread journal at path+".journal", as a node does, or
// the PostgreSQL store at path if it is a postgres:// URL.
func openStore(t testing.TB, path string) state.Store {
	t.Helper()
	var s state.Store
	var err error
	if IsPostgres(path) {
		s, err = OpenStore(context.Background(), "", path)
	} else {
		s, err = openSQLite(context.Background(), path, path+".journal")
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// baseConfig is a config for key on host with store, a fixed clock and fixed deposits.
func baseConfig(key *ecdsa.PrivateKey, role Role, host *p2p.Host, store state.Store) Config {
	return Config{
		Key: key, Role: role, Domain: domain, Store: store, Host: host,
		Deposits: func(common.Address, common.Address) [2]uint256.Int { return deposited },
		Clock:    func() uint64 { return now },
		Logger:   testLogger(),
		Threads:  &ThreadPolicy{}, // no minimum: the tests' threads hold a few wei
	}
}

// startNode builds and runs an engine; edit adjusts its config.
func startNode(t testing.TB, key *ecdsa.PrivateKey, role Role, path string, edit func(*Config)) *testNode {
	t.Helper()
	return startNodeAt(t, key, role, path, "", edit)
}

// startNodeAt is startNode with the host listening on addr (empty: any loopback port).
func startNodeAt(t testing.TB, key *ecdsa.PrivateKey, role Role, path, addr string, edit func(*Config)) *testNode {
	t.Helper()
	n := &testNode{host: newHostAt(t, key, addr), store: openStore(t, path)}
	cfg := baseConfig(key, role, n.host, n.store)
	if edit != nil {
		edit(&cfg)
	}
	eng, err := New(cfg)
	if err != nil {
		_ = n.store.Close()
		t.Fatal(err)
	}
	n.eng = eng
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- eng.Run(ctx) }()
	var once sync.Once
	n.stop = func() {
		once.Do(func() {
			cancel()
			<-errc
			_ = n.host.Close()
			_ = n.store.Close()
		})
	}
	t.Cleanup(n.stop)
	return n
}

// startPair starts a hub and a user connected to it, with stores in dir.
func startPair(t testing.TB, dir string) pair {
	t.Helper()
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), nil)
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, hub.host.ID()
	})
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return pair{hub: hub, user: user}
}

func (p pair) stop() { p.user.stop(); p.hub.stop() }

func wei(n uint64) protocol.Transfer { return protocol.Transfer{Wei: *uint256.NewInt(n)} }

// latest returns a store's latest state of the test channel.
func latest(t testing.TB, s state.Store) state.SignedState {
	t.Helper()
	got, err := s.Latest(testCtx(t), hubAddr, userAddr)
	if err != nil {
		t.Fatal(err)
	}
	return got.SignedState
}

// checkBalances checks both stores hold the same latest state, that it verifies and holds the balances.
func checkBalances(t *testing.T, p pair, userWei, hubWei uint64) state.SignedState {
	t.Helper()
	h, u := latest(t, p.hub.store), latest(t, p.user.store)
	if h.State != u.State || !bytes.Equal(h.SigHub, u.SigHub) || !bytes.Equal(h.SigUser, u.SigUser) {
		t.Fatalf("stores differ:\n hub %+v\nuser %+v", h, u)
	}
	if err := h.Verify(domain); err != nil {
		t.Fatalf("latest state does not verify: %v", err)
	}
	if h.State.WeiUser.Uint64() != userWei || h.State.WeiHub.Uint64() != hubWei {
		t.Fatalf("balances user %s hub %s, want %d %d", h.State.WeiUser.Dec(), h.State.WeiHub.Dec(), userWei, hubWei)
	}
	return h
}

// testLogger logs to stderr when SPOKE_TEST_LOG is set, else discards.
func testLogger() *slog.Logger {
	if os.Getenv("SPOKE_TEST_LOG") == "" {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
