package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"spoke/contracts/bindings"
)

// devChainID is the chain id of spoke's dev chain (devchain.ChainID) and of geth --dev, where
// Confirmations defaults to 1.
const devChainID = 1337

// DefaultPollInterval is how often the adapter polls the chain when Config.PollInterval is zero.
const DefaultPollInterval = time.Second

// Errors of configuration and use.
var (
	ErrNoClient      = errors.New("chain: Config.Client is nil")
	ErrNoManager     = errors.New("chain: Config.Manager is the zero address")
	ErrNotAContract  = errors.New("chain: no contract code at Config.Manager")
	ErrConfirmations = errors.New("chain: Config.Confirmations must be set (at least 1) on a non-dev chain")
	ErrPollInterval  = errors.New("chain: Config.PollInterval is negative")
	ErrNoKey         = errors.New("chain: the adapter has no key (Config.Key is nil), it can only watch")
)

// Client is what the adapter needs of a chain client. Both *ethclient.Client and the simulated backend's
// client satisfy it.
type Client interface {
	// ContractBackend calls contracts, estimates gas, sends transactions, reads headers
	// (HeaderByNumber) and filters logs (ethereum.LogFilterer).
	bind.ContractBackend
	// DeployBackend reads receipts and contract code.
	bind.DeployBackend
	// ChainID returns the chain id transactions are signed for.
	ChainID(ctx context.Context) (*big.Int, error)
	// TransactionByHash reads a transaction (a thread dispute's, to learn the state it put on-chain).
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

var _ Client = (*ethclient.Client)(nil)

// Config wires an Adapter.
type Config struct {
	// Client talks to the chain.
	Client Client
	// Manager is the address of the ChannelManager.
	Manager common.Address
	// Key signs transactions; nil makes a watch-only adapter whose submit methods return ErrNoKey.
	Key *ecdsa.PrivateKey
	// Confirmations is how many blocks, counting the including one, must exist before a receipt or an
	// event counts. Zero means 1 on a dev chain (chain id 1337) and is refused elsewhere.
	Confirmations uint64
	// PollInterval is how often receipts and logs are polled; zero means DefaultPollInterval.
	PollInterval time.Duration
	// Logger receives the adapter's logs; nil discards them.
	Logger *slog.Logger
}

// Adapter submits ChannelManager transactions and watches its events. It is safe for concurrent use;
// transactions from one adapter are sent one at a time so that their nonces follow each other.
type Adapter struct {
	cfg     Config
	chainID *big.Int
	from    common.Address
	mgr     *bindings.ChannelManager
	log     *slog.Logger
	dec     *decoder
	sendMu  sync.Mutex
	// token is the channel token once read whole (address, symbol and decimals): the manager's token is
	// immutable, so Token asks the chain once.
	token atomic.Pointer[Token]
}

// New reads the chain id, checks that a contract is deployed at cfg.Manager, applies defaults and binds
// the manager.
func New(ctx context.Context, cfg Config) (*Adapter, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	id, err := cfg.Client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: read chain id: %w", err)
	}
	if err := cfg.defaults(id); err != nil {
		return nil, err
	}
	if err := checkCode(ctx, cfg.Client, cfg.Manager); err != nil {
		return nil, err
	}
	return bindAdapter(cfg, id)
}

func (c *Config) validate() error {
	switch {
	case c.Client == nil:
		return ErrNoClient
	case c.Manager == (common.Address{}):
		return ErrNoManager
	case c.PollInterval < 0:
		return fmt.Errorf("%w (%v)", ErrPollInterval, c.PollInterval)
	}
	return nil
}

func (c *Config) defaults(chainID *big.Int) error {
	if c.Confirmations == 0 {
		if chainID.Cmp(big.NewInt(devChainID)) != 0 {
			return fmt.Errorf("%w (chain id %s)", ErrConfirmations, chainID)
		}
		c.Confirmations = 1
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

func checkCode(ctx context.Context, client Client, addr common.Address) error {
	code, err := client.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("chain: read code at %s: %w", addr, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w (%s)", ErrNotAContract, addr)
	}
	return nil
}

func bindAdapter(cfg Config, chainID *big.Int) (*Adapter, error) {
	mgr, err := bindings.NewChannelManager(cfg.Manager, cfg.Client)
	if err != nil {
		return nil, fmt.Errorf("chain: bind manager: %w", err)
	}
	dec, err := newDecoder(cfg.Manager, cfg.Client)
	if err != nil {
		return nil, err
	}
	a := &Adapter{cfg: cfg, chainID: chainID, mgr: mgr, dec: dec,
		log: cfg.Logger.With("component", "chain", "manager", cfg.Manager)}
	if cfg.Key != nil {
		a.from = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	}
	return a, nil
}

// ChainID is the id of the chain the adapter signs for.
func (a *Adapter) ChainID() *big.Int { return new(big.Int).Set(a.chainID) }

// From is the address transactions are sent from (the zero address for a watch-only adapter).
func (a *Adapter) From() common.Address { return a.from }

// Confirmations is the number of confirmations the adapter waits for.
func (a *Adapter) Confirmations() uint64 { return a.cfg.Confirmations }

// Head returns the number of the latest block.
func (a *Adapter) Head(ctx context.Context) (uint64, error) {
	h, err := a.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: read head: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Now returns the time of the latest block, in unix seconds: the clock the contract's challenge periods
// and lock expiries run on.
func (a *Adapter) Now(ctx context.Context) (uint64, error) {
	h, err := a.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: read head: %w", err)
	}
	return h.Time, nil
}

// Revealed returns when hashlock's preimage was revealed on-chain (unix seconds), or 0 if it was not.
func (a *Adapter) Revealed(ctx context.Context, hashlock common.Hash) (uint64, error) {
	t, err := a.mgr.RevealedAt(&bind.CallOpts{Context: ctx}, hashlock)
	if err != nil {
		return 0, fmt.Errorf("chain: revealedAt: %w", err)
	}
	return t.Uint64(), nil
}

// Reserve returns the hub's reserve (wei, tokens) as of the latest block.
func (a *Adapter) Reserve(ctx context.Context, hub common.Address) (wei, tokens *big.Int, err error) {
	opts := &bind.CallOpts{Context: ctx}
	if wei, err = a.mgr.ReserveWei(opts, hub); err != nil {
		return nil, nil, fmt.Errorf("chain: reserveWei: %w", err)
	}
	if tokens, err = a.mgr.ReserveToken(opts, hub); err != nil {
		return nil, nil, fmt.Errorf("chain: reserveToken: %w", err)
	}
	return wei, tokens, nil
}

// TxCountChain returns the channel's txCountChain on-chain as of the latest block.
func (a *Adapter) TxCountChain(ctx context.Context, hub, user common.Address) (uint64, error) {
	c, err := a.mgr.GetChannel(&bind.CallOpts{Context: ctx}, hub, user)
	if err != nil {
		return 0, fmt.Errorf("chain: getChannel: %w", err)
	}
	return c.TxCountChain, nil
}

// OnChain is a channel's record in the contract, with its cumulative direct deposits.
type OnChain struct {
	Status                               Status
	WeiHub, WeiUser, TokenHub, TokenUser *big.Int
	WeiTotal, TokenTotal                 *big.Int // all the contract holds for the channel
	TxCountGlobal, TxCountChain          uint64   // of the last state applied on-chain
	ClosingTime                          uint64   // end of the running or last exit's challenge period
	DepositedWei, DepositedToken         *big.Int // direct deposits so far
	CreditedWei, CreditedToken           *big.Int // of which the applied state credited
	LockedWei, LockedToken               *big.Int
	LockRoot                             common.Hash // of the state applied or exiting
	ThreadRoot                           common.Hash // of the state applied or exiting; zeroed on reopening
	ThreadCount                          uint64      // threads of that state not settled yet
}

// Status is a channel's on-chain status.
type Status uint8

// The contract's channel statuses.
const (
	StatusOpen Status = iota
	StatusDispute
	StatusSettling
)

// String names the status.
func (s Status) String() string {
	switch s {
	case StatusOpen:
		return "open"
	case StatusDispute:
		return "exit in progress"
	case StatusSettling:
		return "settling"
	}
	return fmt.Sprintf("status %d", uint8(s))
}

// Channel reads the channel's on-chain record and direct deposits as of the latest block.
func (a *Adapter) Channel(ctx context.Context, hub, user common.Address) (OnChain, error) {
	opts := &bind.CallOpts{Context: ctx}
	c, err := a.mgr.GetChannel(opts, hub, user)
	if err != nil {
		return OnChain{}, fmt.Errorf("chain: getChannel: %w", err)
	}
	d, err := a.mgr.GetDirectDeposits(opts, hub, user)
	if err != nil {
		return OnChain{}, fmt.Errorf("chain: getDirectDeposits: %w", err)
	}
	return OnChain{Status: Status(c.Status), WeiHub: c.WeiHub, WeiUser: c.WeiUser, TokenHub: c.TokenHub,
		TokenUser: c.TokenUser, WeiTotal: c.WeiTotal, TokenTotal: c.TokenTotal, TxCountGlobal: c.TxCountGlobal,
		TxCountChain: c.TxCountChain, ClosingTime: c.ClosingTime, DepositedWei: d.WeiAmount,
		DepositedToken: d.TokenAmount, CreditedWei: c.CreditedWei, CreditedToken: c.CreditedToken,
		LockedWei: c.LockedWei, LockedToken: c.LockedToken, LockRoot: c.LockRoot, ThreadRoot: c.ThreadRoot,
		ThreadCount: uint64(c.ThreadCount)}, nil
}
