package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/backup"
	"spoke/contracts/chain"
	"spoke/p2p"
	"spoke/state"
)

// StoreFile is the name of the store in a node's data directory.
const StoreFile = "spoke.db"

// Options start a node with Start: everything a program embedding spoke needs to give.
type Options struct {
	// Key is the node's key (Ethereum account and libp2p identity). Required.
	Key *ecdsa.PrivateKey
	// Role is Hub or User. Required.
	Role Role
	// DataDir holds the store; created (0700) if missing. Required.
	DataDir string
	// ListenAddrs are libp2p multiaddrs; default loopback, any port.
	ListenAddrs []string
	// Hub is the hub to connect to (users only): its peer id (which proves its address) and addresses.
	Hub peer.AddrInfo
	// Client and Manager reach the chain and the ChannelManager; Confirmations is the depth events and
	// receipts need (0: the dev chain's 1).
	Client        chain.Client
	Manager       common.Address
	Confirmations uint64
	// PollInterval is how often the chain is polled; default chain.DefaultPollInterval.
	PollInterval time.Duration
	// WatchFrom is the block the node's first start watches the chain from (Config.WatchFrom).
	WatchFrom uint64
	// Engine adjusts the engine's Config (policies, timeouts, logger) before the node starts; its Key,
	// Role, Hub, HubPeer, HubAddrs, Domain, Store, Host and Chain are set by Start.
	Engine func(*Config)
	// Logger receives the node's logs; default discards them.
	Logger *slog.Logger
	// Backup, when set, receives the node's encrypted backups (backup.NewDir, backup.NewKubo): one at
	// start, one after state changes at most every BackupInterval (default 1 s), and a last one at Close.
	Backup         backup.Backend
	BackupInterval time.Duration
	// ServeTower makes the node a watchtower for others (Tower): it keeps the states they hand in, in
	// tower.db in DataDir, and challenges exits made with older ones (its key pays the gas).
	ServeTower bool
	// TowerClients are the addresses a watchtower serves; it refuses hand-ins from anyone else
	// (ErrTowerClient). ServeTower without TowerClients is a configuration error (ErrBadConfig): a tower
	// serving nobody is a mistake, and one serving everybody stores what anybody sends.
	TowerClients []common.Address
	// TowerQuota is how many channels a watchtower keeps of which a client is a party (ErrTowerQuota
	// beyond); default DefaultTowerQuota. A hub that hands in all its users' channels needs more.
	TowerQuota int
	// Towers are watchtowers this node hands its latest double-signed states to, as they change.
	Towers []peer.AddrInfo
	// Bootstrap are peers of the hub network (hubs) this node connects to at start and keeps connected:
	// it learns the network's announcements through them. A user's hub is one already.
	Bootstrap []peer.AddrInfo
	// AnnounceEvery is how often a hub announces itself to the network (default DefaultAnnounceEvery).
	AnnounceEvery time.Duration
	// MDNS finds other spoke nodes on the local network (multicast DNS) and connects to them.
	MDNS bool
	// Store is the PostgreSQL URL (postgres://...) of the node's state store; empty keeps the states in
	// the SQLite file StoreFile of DataDir. See OpenStore.
	Store string
}

// Node is a running spoke node: its engine with the host, store and chain adapter it owns.
type Node struct {
	*Engine
	Host  *p2p.Host
	Store state.Store
	Chain *chain.Adapter
	// Backups writes the node's backups when Options.Backup is set; nil otherwise.
	Backups *backup.Saver
	// Tower is the node's watchtower when Options.ServeTower is set; nil otherwise.
	Tower *Tower
	// Network is the node's view of the hub network (a hub announces itself in it); the engine routes
	// payments to users of other hubs over it.
	Network *Network

	discovery   atomic.Pointer[p2p.Discovery] // set once the node joined the DHT
	payees      payeeCache                    // payee records found recently (discovery.go)
	hubsChanged chan struct{}                 // ConnectHub tells discovery to publish the payee record again
	backupDone  chan struct{}
	cancel      context.CancelFunc
	done        chan error
	closeOnce   sync.Once
	closeErr    error
	unlock      func() error // releases the data directory
}

// Start opens the store in opts.DataDir, starts the libp2p host and the chain adapter, connects a user
// to its hub, and runs the engine until Close. It is the one call a program needs to embed a node.
func Start(ctx context.Context, opts Options) (*Node, error) {
	if opts.Key == nil || opts.DataDir == "" || opts.Client == nil {
		return nil, fmt.Errorf("%w: Key, DataDir and Client are required", ErrBadConfig)
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(opts.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("node: data directory: %w", err)
	}
	n := &Node{done: make(chan error, 1), hubsChanged: make(chan struct{}, 1)}
	ok := false
	defer func() {
		if !ok {
			n.closeParts()
		}
	}()
	var err error
	if n.unlock, err = LockDataDir(opts.DataDir); err != nil {
		return nil, err
	}
	if n.Store, err = OpenStore(ctx, opts.DataDir, opts.Store); err != nil {
		return nil, err
	}
	if n.Host, err = p2p.New(p2p.Config{Key: opts.Key, ListenAddrs: opts.ListenAddrs, Logger: logger}); err != nil {
		return nil, err
	}
	n.Chain, err = chain.New(ctx, chain.Config{Client: opts.Client, Manager: opts.Manager, Key: opts.Key,
		Confirmations: opts.Confirmations, PollInterval: opts.PollInterval, Logger: logger})
	if err != nil {
		return nil, err
	}
	cfg := Config{Key: opts.Key, Role: opts.Role, Domain: state.NewDomain(n.Chain.ChainID(), opts.Manager),
		Store: n.Store, Host: n.Host, Chain: n.Chain, Logger: logger, WatchFrom: opts.WatchFrom}
	if opts.Role == User {
		if cfg.Hub, err = p2p.AddressOf(opts.Hub.ID); err != nil {
			return nil, fmt.Errorf("%w: hub: %w", ErrBadConfig, err)
		}
		cfg.HubPeer, cfg.HubAddrs = opts.Hub.ID, opts.Hub.Addrs
	}
	if n.Network, err = n.newNetwork(opts, logger); err != nil {
		return nil, err
	}
	cfg.Router = n.Network
	cfg.BoundByBackups = opts.Backup != nil
	if opts.Engine != nil {
		opts.Engine(&cfg)
	}
	if n.Engine, err = New(cfg); err != nil {
		return nil, err
	}
	if opts.Role == User {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := n.Host.Connect(cctx, opts.Hub)
		cancel()
		if err != nil {
			logger.Warn("node: hub not reachable yet; will keep trying", "err", err)
		}
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	if opts.Backup != nil {
		n.startBackups(runCtx, opts, cfg.Domain, logger)
	}
	if opts.ServeTower {
		tc := towerConfig{clients: opts.TowerClients, quota: opts.TowerQuota}
		if n.Tower, err = startTower(runCtx, opts.DataDir, n.Host, n.Chain, cfg.Domain, tc, logger); err != nil {
			cancel()
			return nil, err
		}
	}
	if len(opts.Towers) > 0 {
		go n.handToTowers(runCtx, opts.Towers, logger)
		go n.handThreadsToTowers(runCtx, opts.Towers, logger)
	}
	go func() {
		if err := n.Network.Run(runCtx); err != nil && runCtx.Err() == nil {
			logger.Error("node: the hub network stopped", "err", err)
		}
	}()
	if len(opts.Bootstrap) > 0 {
		go keepPeers(runCtx, n.Host, opts.Bootstrap, logger)
	}
	n.startDiscovery(runCtx, opts, cfg.Domain, logger)
	go func() { n.done <- n.Engine.Run(runCtx) }()
	ok = true
	return n, nil
}

// startBackups runs the node's backups: a save at start and after the states change (channel states, thread
// states received, threads settled on-chain).
func (n *Node) startBackups(ctx context.Context, opts Options, d *state.Domain, logger *slog.Logger) {
	interval := opts.BackupInterval
	if interval <= 0 {
		interval = time.Second
	}
	n.Backups = backup.NewSaver(opts.Backup, n.Store, opts.Key, d, logger)
	n.Backups.OnSaved(n.Engine.BackedUp) // what the node signs goes up to what its backups cover
	changed := make(chan struct{}, 1)
	events := n.Engine.Subscribe(ctx)
	go func() {
		for ev := range events {
			// A received thread state is the receiver's claim on-chain: backed up like a channel state.
			switch ev.Kind {
			case EventState, EventThreadReceived, EventThreadSettled, EventThreadsNuked:
				select {
				case changed <- struct{}{}:
				default:
				}
			}
		}
	}()
	n.backupDone = make(chan struct{})
	go func() {
		defer close(n.backupDone)
		n.Backups.Run(ctx, changed, interval)
	}()
}

// finalBackupTimeout bounds the backup Close takes once the engine has stopped.
const finalBackupTimeout = 30 * time.Second

// Close stops the engine, takes a last backup if the node backs up, then closes the host and the store.
// It returns the engine's error if it had stopped on its own (a failed store write). Calls after the
// first return what it returned.
func (n *Node) Close() error {
	n.closeOnce.Do(func() { n.closeErr = n.close() })
	return n.closeErr
}

func (n *Node) close() error {
	n.cancel()
	err := <-n.done
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	if n.Backups != nil {
		<-n.backupDone
		ctx, cancel := context.WithTimeout(context.Background(), finalBackupTimeout)
		if _, berr := n.Backups.Save(ctx); berr != nil {
			err = errors.Join(err, berr)
		}
		cancel()
	}
	return errors.Join(err, n.closeParts())
}

func (n *Node) closeParts() error {
	var errs []error
	if n.Host != nil {
		errs = append(errs, n.Host.Close())
	}
	if n.Store != nil {
		errs = append(errs, n.Store.Close())
	}
	if n.Tower != nil {
		errs = append(errs, n.Tower.store.Close())
	}
	if n.unlock != nil {
		errs = append(errs, n.unlock()) // last: nothing of this node touches the directory after it
	}
	return errors.Join(errs...)
}
