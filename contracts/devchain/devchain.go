package devchain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// ChainID is the chain id of every simulated chain.
const ChainID = 1337

// ErrNotLoopback is returned when the JSON-RPC address is not on the loopback interface.
var ErrNotLoopback = errors.New("devchain: JSON-RPC must listen on a loopback address")

// Config sets up a dev chain.
type Config struct {
	// Alloc funds accounts at genesis.
	Alloc types.GenesisAlloc
	// HTTPAddr, when set (host:port on loopback), serves JSON-RPC (eth, net, web3) there.
	HTTPAddr string
	// BlockPeriod, when positive, mines a block that often; otherwise blocks are mined by Commit.
	BlockPeriod time.Duration
}

// Chain is a running dev chain.
type Chain struct {
	backend *simulated.Backend
	url     string
	mu      sync.Mutex // serialises Commit and AdjustTime
	stop    chan struct{}
	done    chan struct{}
}

// Start starts a dev chain.
func Start(cfg Config) (*Chain, error) {
	host, port, err := splitLoopback(cfg.HTTPAddr)
	if err != nil {
		return nil, err
	}
	if cfg.HTTPAddr != "" { // simulated.NewBackend panics when it cannot listen: find out first
		l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
		if err != nil {
			return nil, fmt.Errorf("devchain: JSON-RPC address: %w", err)
		}
		_ = l.Close()
	}
	backend, err := newBackend(cfg, host, port)
	if err != nil {
		return nil, err
	}
	c := &Chain{backend: backend, stop: make(chan struct{}), done: make(chan struct{})}
	if cfg.HTTPAddr != "" {
		c.url = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	}
	go c.mine(cfg.BlockPeriod)
	return c, nil
}

// newBackend starts the simulated backend, turning its panics (a port taken meanwhile) into an error.
func newBackend(cfg Config, host string, port int) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: start: %v", r)
		}
	}()
	return simulated.NewBackend(cfg.Alloc, func(nc *node.Config, ec *ethconfig.Config) {
		if cfg.HTTPAddr != "" {
			nc.HTTPHost, nc.HTTPPort = host, port
			nc.HTTPModules = []string{"eth", "net", "web3"}
		}
		ec.Miner.GasCeil = 60_000_000
		ec.Genesis.Config = MainnetRules()
	}), nil
}

func splitLoopback(addr string) (string, int, error) {
	if addr == "" {
		return "", 0, nil
	}
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devchain: JSON-RPC address %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return "", 0, fmt.Errorf("%w (got %q)", ErrNotLoopback, host)
	}
	port, err := strconv.Atoi(p)
	if err != nil || port <= 0 || port > 65535 {
		return "", 0, fmt.Errorf("devchain: JSON-RPC port %q is not a port number", p)
	}
	return host, port, nil
}

func (c *Chain) mine(period time.Duration) {
	defer close(c.done)
	if period <= 0 {
		<-c.stop
		return
	}
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.Commit()
		}
	}
}

// Client is a client of the chain, usable as a bind backend.
func (c *Chain) Client() simulated.Client { return c.backend.Client() }

// URL is the JSON-RPC URL, or "" when the chain serves none.
func (c *Chain) URL() string { return c.url }

// Commit mines a block with the pending transactions.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// AdjustTime moves the time of the next block forward by d and mines it. go-ethereum's simulated beacon
// refuses while its transaction pool lists a transaction: one it has just mined (the pool drops mined
// transactions asynchronously), or one a node sent a moment ago. AdjustTime retries while that is the
// reason; after 200 ms it mines what is pending first (sent before the jump, it lands before it), and it
// gives up after 5 s.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	start := time.Now()
	for {
		err := c.backend.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Since(start) > 5*time.Second {
			return err
		}
		if time.Since(start) > 200*time.Millisecond {
			c.backend.Commit()
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Close stops mining and shuts the chain down.
func (c *Chain) Close() error {
	close(c.stop)
	<-c.done
	return c.backend.Close()
}

// MainnetRules is the simulated backend's chain config without the forks mainnet has not activated
// (go-ethereum's dev config also enables Bogota, whose state-growth pricing makes new storage slots cost
// several times more), so gas measured here compares with mainnet figures.
func MainnetRules() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	return &cfg
}

// DevKey returns the i-th deterministic dev key (keccak256("spoke dev key " + i)). Dev keys are public
// knowledge: use them on dev chains only.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("spoke dev key " + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil { // a keccak output is a valid key with overwhelming probability
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
	}
	return key
}

// FundedAlloc gives each address the same genesis balance.
func FundedAlloc(balance *big.Int, addrs ...common.Address) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, a := range addrs {
		alloc[a] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return alloc
}
