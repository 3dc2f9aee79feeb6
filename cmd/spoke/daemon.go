package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/api"
	"spoke/backup"
	"spoke/contracts/chain"
	"spoke/node"
	"spoke/state"
)

// Files a daemon keeps in its data directory besides the store and the API token.
const (
	keyFile     = "key"      // the node's private key, hex, mode 0600
	apiAddrFile = "api.url"  // the API's URL, for the client verbs
	p2pAddrFile = "p2p.addr" // the node's libp2p address with its peer id, for users of a hub
)

// daemonFlags are the flags of `spoke hub` and `spoke user`.
type daemonFlags struct {
	datadir, devnet, account, listen, apiAddr, hub, config, logLevel, rpcURL, manager string
	backupDir, ipfsAPI, towerClients, metrics                                         string
	towerQuota                                                                        int
	backupInterval                                                                    time.Duration
	manualExit, serveTower                                                            bool
	watchFrom                                                                         uint64
	towers                                                                            multiFlag
	reserve                                                                           [2]string // wei, token
	confirmations                                                                     uint64
	// thread policy (both roles)
	threadMin   [2]string // wei, token
	threadSlots int
	// hub policy
	rate           string
	floor, ceiling [2]string
	autocollateral bool
	topUpsPerHour  int
	idleReclaim    time.Duration
	feeBase        string
	feePPM         uint
	channelColl    multiFlag
	// hub network
	bootstrap multiFlag
	mdns      bool
	store     string // PostgreSQL URL; empty: the SQLite file in the data directory
}

// envFlags are the flags an environment variable can set; a config file does not override them.
var envFlags = map[string]string{"datadir": "SPOKE_DATADIR", "devnet": "SPOKE_DEVNET", "config": "SPOKE_CONFIG",
	"store": "SPOKE_STORE"}

func (d *daemonFlags) register(fs *flag.FlagSet, role node.Role) {
	fs.StringVar(&d.datadir, "datadir", envOr("SPOKE_DATADIR", ""), "data directory: key, store, API token (env SPOKE_DATADIR)")
	fs.StringVar(&d.store, "store", envOr("SPOKE_STORE", ""), "state store: a PostgreSQL URL postgres://user@host/db?search_path=schema (env SPOKE_STORE, which keeps a password off the command line); default: the SQLite file in the data directory")
	fs.StringVar(&d.config, "config", envOr("SPOKE_CONFIG", ""), "`file` of 'flag = value' lines (env SPOKE_CONFIG; default <datadir>/"+configFile+" if present)")
	fs.StringVar(&d.devnet, "devnet", envOr("SPOKE_DEVNET", "devnet.json"), "the `file` 'spoke devnet' wrote (env SPOKE_DEVNET)")
	fs.StringVar(&d.rpcURL, "rpc", "", "the chain's JSON-RPC URL; with --manager, used instead of the devnet file")
	fs.StringVar(&d.manager, "manager", "", "the ChannelManager contract's address (with --rpc)")
	fs.Uint64Var(&d.watchFrom, "from-block", 0, "the block to watch the chain from at a first start: the manager's deployment block (later starts go on from where they were)")
	fs.StringVar(&d.account, "account", "", "take the key of this devnet account (hub, alice, bob, ...) on first start; without it a new key is made")
	fs.StringVar(&d.listen, "listen", defaultListen, "libp2p listen multiaddr (default: the previous run's, else any loopback port)")
	fs.StringVar(&d.apiAddr, "api", "127.0.0.1:0", "local API address (loopback only)")
	fs.Uint64Var(&d.confirmations, "confirmations", 2, "blocks an on-chain event or receipt needs")
	fs.StringVar(&d.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.StringVar(&d.metrics, "metrics", "", "serve Prometheus metrics at http://`HOST:PORT`/metrics (loopback only, e.g. 127.0.0.1:9464; docs/metrics.md); off when empty")
	fs.StringVar(&d.backupDir, "backup-dir", "", "back the signed state up, encrypted, to this directory (best on another disk)")
	fs.StringVar(&d.ipfsAPI, "ipfs-api", "", "back the signed state up, encrypted, to IPFS through this kubo API (host:port or multiaddr)")
	fs.DurationVar(&d.backupInterval, "backup-interval", time.Second, "back up at most this often after changes")
	fs.BoolVar(&d.serveTower, "serve-tower", false, "serve as a watchtower: keep the states other nodes hand in and challenge exits made with older ones (this node's key pays the gas)")
	fs.StringVar(&d.towerClients, "tower-clients", "", "with --serve-tower: the addresses (0x..., comma-separated) whose states the watchtower keeps; it refuses everyone else, and --serve-tower without it does not start")
	fs.IntVar(&d.towerQuota, "tower-quota", node.DefaultTowerQuota, "with --serve-tower: how many channels the watchtower keeps of which one client is a party")
	fs.Var(&d.towers, "tower", "a watchtower's p2p address (with /p2p/<id>) to hand this node's latest states to (repeatable)")
	fs.BoolVar(&d.manualExit, "manual-exit", false, "do not exit a channel on its own: after revealing the preimage of an expiring unsettled lock on-chain, or (hubs) when a peer refuses for an hour to expire a lock the hub sent; only log it")
	tp := node.DefaultThreadPolicy()
	fs.StringVar(&d.threadMin[0], "thread-min-wei", tp.Min[0].Dec(), "the least wei a thread must hold (unless it holds --thread-min-token) for this node to take it: a hub backs no smaller thread, a user takes none opened to it; 0: no minimum")
	fs.StringVar(&d.threadMin[1], "thread-min-token", tp.Min[1].Dec(), "the least token base units a thread must hold (unless it holds --thread-min-wei); 0: no minimum")
	fs.IntVar(&d.threadSlots, "thread-sender-slots", tp.SenderSlots, fmt.Sprintf("most threads one sender may have open to one receiver (of the %d a channel holds)", state.MaxThreads))
	if role == node.Hub {
		pol := node.DefaultCollateralPolicy()
		fs.StringVar(&d.reserve[0], "reserve-wei", "", "at start, top the hub's on-chain reserve up to this many wei (decimal)")
		fs.StringVar(&d.reserve[1], "reserve-token", "", "at start, top the hub's on-chain reserve up to this many token base units (decimal; the hub's account must have approved the manager, as devnet accounts have)")
		fs.StringVar(&d.rate, "rate", "1", "exchange rate: token base units per wei, N or N/D (1 ETH buys N/D tokens)")
		fs.BoolVar(&d.autocollateral, "autocollateral", true, "keep users' channels collateralized from the reserve")
		fs.StringVar(&d.floor[0], "collateral-floor-wei", pol.Floor[0].Dec(), "autocollateral tops a channel up when the hub has less wei in it")
		fs.StringVar(&d.ceiling[0], "collateral-ceiling-wei", pol.Ceiling[0].Dec(), "most wei autocollateral keeps in a channel")
		fs.StringVar(&d.floor[1], "collateral-floor-token", pol.Floor[1].Dec(), "autocollateral tops a channel up when the hub has fewer tokens in it")
		fs.StringVar(&d.ceiling[1], "collateral-ceiling-token", pol.Ceiling[1].Dec(), "most tokens autocollateral keeps in a channel")
		fs.IntVar(&d.topUpsPerHour, "collateral-topups-per-hour", 120, "most automatic top-ups (on-chain transactions) in any hour, over all channels")
		fs.DurationVar(&d.idleReclaim, "collateral-idle", pol.IdleAfter, "take collateral back into the reserve from a channel unchanged this long, with nothing in flight, down to its floor (a tenth of the floor at least, to be worth a transaction); 0 never")
		fs.StringVar(&d.feeBase, "fee-base", "0", "forwarding fee per payment, in wei (announced to the hub network; spoke hub fees changes it)")
		fs.UintVar(&d.feePPM, "fee-ppm", 0, "forwarding fee in millionths of the wei forwarded, rounded up")
		fs.Var(&d.channelColl, "channel-collateral", "autocollateral policy of one channel (another hub's, say): `0xADDRESS=FLOOR:CEILING` in wei; FLOOR:CEILING 0:0 turns it off for that channel (repeatable)")
	}
	fs.BoolVar(&d.mdns, "mdns", false, "find other spoke nodes on the local network (multicast DNS) and connect to them")
	fs.Var(&d.bootstrap, "bootstrap", "a hub network peer's p2p address (with /p2p/<id>) to join the network through (repeatable)")
	if role == node.User {
		fs.StringVar(&d.hub, "hub", "", "the hub's libp2p address with its peer id (its p2p.addr file), or its data directory")
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func runHub(ctx context.Context, args []string, out io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "connect":
			return runHubConnect(ctx, args[1:], out)
		case "fees":
			return runHubFees(ctx, args[1:], out)
		case "books":
			return runHubBooks(ctx, args[1:], out)
		case "drain":
			return runHubDrain(ctx, args[1:], out)
		case "resume":
			return runHubResume(ctx, args[1:], out)
		case "exit":
			return runHubExit(ctx, args[1:], out)
		}
	}
	return runDaemon(ctx, node.Hub, args, out)
}

func runUser(ctx context.Context, args []string, out io.Writer) error {
	return runDaemon(ctx, node.User, args, out)
}

func runDaemon(ctx context.Context, role node.Role, args []string, out io.Writer) error {
	fs := newFlags(role.String(), fmt.Sprintf("Runs a spoke %s node until SIGINT or SIGTERM: its libp2p host, store, chain watcher and\n"+
		"local API. The data directory keeps its key (0600), store, API token (0600), API URL and p2p address.", role), out)
	var d daemonFlags
	d.register(fs, role)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (flags start with --)", fs.Arg(0))
	}
	if err := loadConfig(fs, d.config, d.datadir); err != nil {
		return err
	}
	if d.datadir == "" {
		return errors.New("--datadir is required (or set SPOKE_DATADIR, or datadir in --config)")
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(d.logLevel)); err != nil {
		return fmt.Errorf("--log-level %q: give debug, info, warn or error", d.logLevel)
	}
	policy, err := d.policy(role)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	dm, err := newDaemonMetrics(d.metrics, logger)
	if err != nil {
		return err
	}
	edit := func(c *node.Config) {
		c.ManualExit = d.manualExit
		if policy != nil {
			policy(c)
		}
		dm.engine(c)
	}
	df, err := d.chainSettings()
	if err != nil {
		return err
	}
	if d.listen == defaultListen {
		d.listen = previousListen(d.datadir) // a restarted node keeps its address, which its peers know
	}
	opts := node.Options{Role: role, DataDir: d.datadir, Store: d.store, ListenAddrs: []string{d.listen},
		Manager: df.Manager, Confirmations: d.confirmations, Engine: edit, Logger: logger}
	if role == node.User {
		if opts.Hub, err = hubAddr("--hub", d.hub); err != nil {
			return err
		}
	}
	if opts.Backup, err = backupBackend(d.backupDir, d.ipfsAPI); err != nil {
		return err
	}
	opts.BackupInterval = d.backupInterval
	opts.WatchFrom = d.watchFrom
	if err := d.towerOptions(&opts); err != nil {
		return err
	}
	for _, a := range d.bootstrap {
		info, err := hubAddr("--bootstrap", a)
		if err != nil {
			return err
		}
		opts.Bootstrap = append(opts.Bootstrap, info)
	}
	opts.MDNS = d.mdns
	// Only now, every flag checked, does the node touch its data directory: a mistyped flag makes no key.
	if err := os.MkdirAll(d.datadir, 0o700); err != nil {
		return err
	}
	key, fresh, err := loadKey(d.datadir, d.account, df)
	if err != nil {
		return err
	}
	if fresh {
		fmt.Fprintf(out, "Made a new key in %s (mode 0600): address %s. Fund it with ether (and tokens, approved to the\n"+
			"manager) before depositing.\n", filepath.Join(d.datadir, keyFile), crypto.PubkeyToAddress(key.PublicKey))
	}
	opts.Key = key
	client, err := ethclient.DialContext(ctx, df.RPCURL)
	if err != nil {
		return fmt.Errorf("chain %s: %w", df.RPCURL, err)
	}
	defer client.Close()
	opts.Client = client
	n, err := node.Start(ctx, opts)
	if err != nil {
		return err
	}
	defer n.Close()
	_ = os.Remove(filepath.Join(d.datadir, readyFileName)) // a killed run's: this one is not ready yet
	if err := topUpReserve(ctx, n, d.reserve, out); err != nil {
		return err
	}
	token, err := api.LoadOrCreateToken(d.datadir)
	if err != nil {
		return err
	}
	srv, err := api.Serve(n, d.apiAddr, token)
	if err != nil {
		return err
	}
	defer srv.Close()
	p2pAddr := n.Host.Addrs()[0].String() + "/p2p/" + n.Host.ID().String()
	for file, v := range map[string]string{apiAddrFile: "http://" + srv.Addr(), p2pAddrFile: p2pAddr} {
		if err := writeFileAtomic(filepath.Join(d.datadir, file), []byte(v+"\n")); err != nil { // on every start
			return err
		}
	}
	fmt.Fprintf(out, "spoke %s %s\n  p2p  %s\n  api  http://%s (token in %s)\n",
		role, n.Address(), p2pAddr, srv.Addr(), filepath.Join(d.datadir, api.TokenFile))
	if err := printLoginLink(out, srv, role, d.datadir); err != nil {
		return err
	}
	if n.Backups != nil {
		fmt.Fprintf(out, "  backups to %s\n", n.Backups.Backend())
	}
	if n.Tower != nil {
		fmt.Fprintf(out, "  serving as a watchtower for %d clients\n", len(opts.TowerClients))
	}
	if err := dm.serve(ctx, n, out); err != nil {
		return err
	}
	defer dm.close()
	ready := readyFile{PID: os.Getpid(), Role: role.String(), Address: n.Address(), API: "http://" + srv.Addr(), P2P: p2pAddr,
		RPC: df.RPCURL, ChainID: n.Chain.ChainID().String(), Manager: df.Manager, Started: time.Now().Unix()}
	if err := writeReady(d.datadir, ready); err != nil {
		return err
	}
	defer os.Remove(filepath.Join(d.datadir, readyFileName))
	fmt.Fprintln(out, "Running; Ctrl-C stops.")
	<-ctx.Done()
	fmt.Fprintln(out, "Stopping.")
	return nil
}

// towerOptions sets the watchtower options the flags give: the tower this node serves and the towers it
// hands its states to.
func (d *daemonFlags) towerOptions(opts *node.Options) error {
	opts.ServeTower, opts.TowerQuota = d.serveTower, d.towerQuota
	for _, a := range strings.Split(d.towerClients, ",") {
		if a = strings.TrimSpace(a); a == "" {
			continue
		}
		if !common.IsHexAddress(a) {
			return fmt.Errorf("--tower-clients: %q is not an address (0x followed by 40 hex digits)", a)
		}
		opts.TowerClients = append(opts.TowerClients, common.HexToAddress(a))
	}
	for _, a := range d.towers {
		info, err := peer.AddrInfoFromString(a)
		if err != nil {
			return fmt.Errorf("--tower %q: %w (give the tower's p2p address ending in /p2p/<peer id>)", a, err)
		}
		opts.Towers = append(opts.Towers, *info)
	}
	return nil
}

// backupBackend opens the backup backend the flags name: a directory, kubo's API, or none.
func backupBackend(dir, ipfsAPI string) (backup.Backend, error) {
	switch {
	case dir != "" && ipfsAPI != "":
		return nil, errors.New("give --backup-dir or --ipfs-api, not both")
	case dir != "":
		return backup.NewDir(dir)
	case ipfsAPI != "":
		return backup.NewKubo(ipfsAPI)
	}
	return nil, nil
}

// policy parses the thread flags and a hub's rate and collateral flags into an edit of the engine's
// Config.
func (d *daemonFlags) policy(role node.Role) (func(*node.Config), error) {
	threads, err := d.threadPolicy()
	if err != nil {
		return nil, err
	}
	if role != node.Hub {
		return func(c *node.Config) { c.Threads = threads }, nil
	}
	hub, err := d.hubPolicy()
	if err != nil {
		return nil, err
	}
	return func(c *node.Config) {
		c.Threads = threads
		hub(c)
	}, nil
}

// threadPolicy parses the thread flags.
func (d *daemonFlags) threadPolicy() (*node.ThreadPolicy, error) {
	var p node.ThreadPolicy
	for i, asset := range []string{"wei", "token"} {
		v, err := uint256.FromDecimal(d.threadMin[i])
		if err != nil {
			return nil, fmt.Errorf("--thread-min-%s %q is not a decimal amount of base units", asset, d.threadMin[i])
		}
		p.Min[i] = *v
	}
	if d.threadSlots < 1 || d.threadSlots > state.MaxThreads {
		return nil, fmt.Errorf("--thread-sender-slots %d: from 1 to %d", d.threadSlots, state.MaxThreads)
	}
	p.SenderSlots = d.threadSlots
	return &p, nil
}

// hubPolicy parses a hub's rate, collateral and fee flags.
func (d *daemonFlags) hubPolicy() (func(*node.Config), error) {
	rate, err := parseRate(d.rate)
	if err != nil {
		return nil, err
	}
	pol := node.DefaultCollateralPolicy()
	pol.Disabled = !d.autocollateral
	for i, asset := range []string{"wei", "token"} {
		for _, f := range []struct {
			name string
			s    string
			v    *uint256.Int
		}{{"collateral-floor-", d.floor[i], &pol.Floor[i]}, {"collateral-ceiling-", d.ceiling[i], &pol.Ceiling[i]}} {
			v, err := uint256.FromDecimal(f.s)
			if err != nil {
				return nil, fmt.Errorf("--%s%s %q is not a decimal amount of base units", f.name, asset, f.s)
			}
			*f.v = *v
		}
		if pol.Ceiling[i].Lt(&pol.Floor[i]) {
			return nil, fmt.Errorf("--collateral-ceiling-%s is below --collateral-floor-%s", asset, asset)
		}
	}
	pol.SetMinTopUp()
	if d.topUpsPerHour <= 0 {
		return nil, fmt.Errorf("--collateral-topups-per-hour %d: at least 1 (--autocollateral=false turns autocollateral off)", d.topUpsPerHour)
	}
	pol.MaxTopUpsPerHour = d.topUpsPerHour
	if d.idleReclaim < 0 {
		return nil, fmt.Errorf("--collateral-idle %s: 0 (never) or more", d.idleReclaim)
	}
	pol.IdleAfter = d.idleReclaim
	base, err := uint256.FromDecimal(d.feeBase)
	if err != nil {
		return nil, fmt.Errorf("--fee-base %q is not a decimal amount of wei", d.feeBase)
	}
	if d.feePPM > 1_000_000 {
		return nil, fmt.Errorf("--fee-ppm %d: at most 1000000 (the whole amount)", d.feePPM)
	}
	fees := node.Fees{Base: *base, PPM: uint32(d.feePPM)}
	own, err := channelCollateral(d.channelColl, pol)
	if err != nil {
		return nil, err
	}
	return func(c *node.Config) {
		c.Rates = node.StaticRate(rate)
		c.Collateral = &pol
		c.ChannelCollateral = own
		c.Fees = fees
	}, nil
}

// channelCollateral parses --channel-collateral values: the hub's policy with another wei floor and ceiling
// for one channel.
func channelCollateral(values []string, base node.CollateralPolicy) (map[common.Address]*node.CollateralPolicy, error) {
	out := map[common.Address]*node.CollateralPolicy{}
	for _, v := range values {
		addr, bounds, ok := strings.Cut(v, "=")
		floor, ceiling, ok2 := strings.Cut(bounds, ":")
		f, ferr := uint256.FromDecimal(strings.TrimSpace(floor))
		c, cerr := uint256.FromDecimal(strings.TrimSpace(ceiling))
		switch {
		case !ok || !ok2 || !common.IsHexAddress(strings.TrimSpace(addr)) || ferr != nil || cerr != nil:
			return nil, fmt.Errorf("--channel-collateral %q: give 0xADDRESS=FLOOR:CEILING (wei, decimal)", v)
		case c.Lt(f):
			return nil, fmt.Errorf("--channel-collateral %q: the ceiling is below the floor", v)
		}
		p := base
		p.Floor[0], p.Ceiling[0] = *f, *c
		p.Disabled = f.IsZero() && c.IsZero()
		p.SetMinTopUp()
		out[common.HexToAddress(strings.TrimSpace(addr))] = &p
	}
	return out, nil
}

// parseRate reads N or N/D, positive integers.
func parseRate(s string) (node.Rate, error) {
	num, den, ok := strings.Cut(s, "/")
	if !ok {
		den = "1"
	}
	n, okN := new(big.Int).SetString(strings.TrimSpace(num), 10)
	dd, okD := new(big.Int).SetString(strings.TrimSpace(den), 10)
	if !okN || !okD || n.Sign() <= 0 || dd.Sign() <= 0 {
		return node.Rate{}, fmt.Errorf("--rate %q: give token base units per wei as N or N/D, positive integers", s)
	}
	return node.Rate{Num: n, Den: dd}, nil
}

// chainSettings returns where the chain and the manager are: --rpc and --manager when given, else the
// devnet file.
func (d *daemonFlags) chainSettings() (DevnetFile, error) {
	switch {
	case d.rpcURL != "" && d.manager != "":
		if !common.IsHexAddress(d.manager) {
			return DevnetFile{}, fmt.Errorf("--manager %q is not an address", d.manager)
		}
		df := DevnetFile{RPCURL: d.rpcURL, Manager: common.HexToAddress(d.manager)}
		if d.account != "" { // devnet accounts by name still come from the devnet file
			dev, err := readDevnetFile(d.devnet)
			if err != nil {
				return DevnetFile{}, fmt.Errorf("--account %s: %w", d.account, err)
			}
			df.Accounts = dev.Accounts
		}
		return df, nil
	case d.rpcURL != "" || d.manager != "":
		return DevnetFile{}, errors.New("give both --rpc and --manager, or neither (to use the devnet file)")
	}
	df, err := readDevnetFile(d.devnet)
	if err != nil {
		return DevnetFile{}, fmt.Errorf("chain: %w (start `spoke devnet` first, pass --devnet, or give --rpc and --manager)", err)
	}
	return df, nil
}

// loadKey reads the node's key from the data directory. On first start it takes the devnet account's
// key, or without an account makes a new key (fresh reports that); either is written mode 0600.
func loadKey(dir, account string, df DevnetFile) (key *ecdsa.PrivateKey, fresh bool, err error) {
	path := filepath.Join(dir, keyFile)
	b, err := os.ReadFile(path)
	if err == nil {
		key, err := crypto.HexToECDSA(strings.TrimSpace(string(b)))
		if err != nil {
			return nil, false, fmt.Errorf("%s: %w", path, err)
		}
		return key, false, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, false, err
	}
	if account == "" {
		if key, err = crypto.GenerateKey(); err != nil {
			return nil, false, err
		}
		fresh = true
	} else {
		for _, a := range df.Accounts {
			if a.Name == account {
				if key, err = crypto.ToECDSA(a.PrivateKey); err != nil {
					return nil, false, err
				}
			}
		}
		if key == nil {
			return nil, false, fmt.Errorf("no devnet account %q", account)
		}
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
		return nil, false, err
	}
	return key, fresh, nil
}

// hubAddr parses --hub: a multiaddr ending in /p2p/<id>, or a hub's data directory holding p2p.addr.
func hubAddr(flag, s string) (peer.AddrInfo, error) {
	if s == "" {
		return peer.AddrInfo{}, fmt.Errorf("%s is required: the hub's p2p address or data directory", flag)
	}
	given := s
	if b, err := os.ReadFile(filepath.Join(s, p2pAddrFile)); err == nil {
		s = strings.TrimSpace(string(b))
	} else if fi, serr := os.Stat(s); serr == nil && fi.IsDir() {
		return peer.AddrInfo{}, fmt.Errorf("%s %q: that directory holds no %s: is the hub running there?", flag, given, p2pAddrFile)
	} else if !strings.HasPrefix(s, "/") {
		return peer.AddrInfo{}, fmt.Errorf("%s %q: give the hub's p2p address (/ip4/.../tcp/.../p2p/<id>, its %s file) "+
			"or its data directory; there is no directory %q", flag, given, p2pAddrFile, given)
	}
	info, err := peer.AddrInfoFromString(s)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("%s %q is not a p2p address with a peer id (/ip4/.../tcp/.../p2p/<id>): %w", flag, given, err)
	}
	return *info, nil
}

// topUpReserve deposits into the hub's reserve what it lacks of want (wei, token; decimal strings, empty
// for no target).
func topUpReserve(ctx context.Context, n *node.Node, want [2]string, out io.Writer) error {
	if want[0] == "" && want[1] == "" {
		return nil
	}
	have := [2]*big.Int{}
	var err error
	if have[0], have[1], err = n.Chain.Reserve(ctx, n.Address()); err != nil {
		return err
	}
	add := [2]*big.Int{new(big.Int), new(big.Int)}
	for i, name := range []string{"--reserve-wei", "--reserve-token"} {
		if want[i] == "" {
			continue
		}
		target, ok := new(big.Int).SetString(want[i], 10)
		if !ok || target.Sign() < 0 {
			return fmt.Errorf("%s %q is not a decimal amount of base units", name, want[i])
		}
		if target.Cmp(have[i]) > 0 {
			add[i].Sub(target, have[i])
		}
	}
	if add[0].Sign() == 0 && add[1].Sign() == 0 {
		return nil
	}
	fmt.Fprintf(out, "Depositing %s wei and %s token base units into the hub's reserve; waiting for confirmations...\n", add[0], add[1])
	_, err = n.Chain.HubDeposit(ctx, add[0], add[1], chain.WithProgress(func(p chain.Progress) {
		if p.Mined {
			fmt.Fprintf(out, "  mined; %d of %d confirmations\n", min(p.Confirmations, p.Needed), p.Needed)
		}
	}))
	if err != nil {
		return fmt.Errorf("reserve deposit: %w", err)
	}
	return nil
}

// defaultListen is the --listen default: loopback, any port.
const defaultListen = "/ip4/127.0.0.1/tcp/0"

// previousListen returns the listen address of the node's previous run (from its p2p.addr), or the
// default.
func previousListen(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, p2pAddrFile))
	if err != nil {
		return defaultListen
	}
	a := strings.TrimSpace(string(b))
	if i := strings.Index(a, "/p2p/"); i > 0 {
		return a[:i]
	}
	return defaultListen
}
