package node

import (
	"cmp"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/chain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// UpdateProtocol is the stream protocol that carries protocol wire messages: a request is a Propose, its
// response a Countersign, a Reject, or a Sync of the acceptor's latest state when the proposal is stale.
var UpdateProtocol = p2p.ProtocolID("update", "1.0.0")

// QuoteProtocol is the stream protocol on which a hub quotes its exchange rate: the request is empty, the
// response the hub's current Rate (two length-prefixed big-endian integers, see Engine.Quote).
var QuoteProtocol = p2p.ProtocolID("quote", "1.0.0")

// Role is the part a node plays in its channels.
type Role int

// Roles.
const (
	Hub Role = iota + 1
	User
)

// String names the role.
func (r Role) String() string {
	switch r {
	case Hub:
		return "hub"
	case User:
		return "user"
	}
	return fmt.Sprintf("Role(%d)", int(r))
}

// Errors of the engine.
var (
	ErrBadConfig        = errors.New("node: bad config")
	ErrDataDirInUse     = errors.New("node: data directory in use by another running node")
	ErrExiting          = errors.New("node: the channel is exiting on-chain and takes no more updates")
	ErrExitLocks        = errors.New("node: cannot resolve the exited channel's locks")
	ErrExitRunning      = errors.New("node: an exit of the channel is already running; it goes on in the background")
	ErrRunning          = errors.New("node: engine already running or stopped")
	ErrStopped          = errors.New("node: engine stopped")
	ErrNotSupported     = errors.New("node: not supported yet")
	ErrNotMyChannel     = errors.New("node: no channel with that counterparty")
	ErrBusy             = errors.New("node: channel has an outstanding proposal")
	ErrMalformed        = fmt.Errorf("node: malformed message: %w", p2p.ErrMalformed)
	ErrUnexpected       = errors.New("node: unexpected message type")
	ErrRejected         = errors.New("node: proposal rejected by the counterparty")
	ErrBadAnswer        = errors.New("node: bad answer from the counterparty")
	ErrSend             = errors.New("node: send failed, the counterparty may or may not have countersigned")
	ErrSyncRefused      = errors.New("node: counterparty's Sync refused")
	ErrStore            = errors.New("node: store failed")
	ErrForeignChannel   = errors.New("node: message is not about the channel with its sender")
	ErrUnreachable      = errors.New("node: no known way to reach the counterparty")
	ErrPeerBehind       = errors.New("node: counterparty is behind this node")
	ErrBehind           = errors.New("node: this node is behind the proposal; send a Sync first")
	ErrNotAuthorized    = errors.New("node: update not allowed from this proposer")
	ErrNotOnChain       = errors.New("node: pending state not applied on-chain")
	ErrNeedsCollateral  = errors.New("node: recipient needs collateral")
	ErrHubLacksBalance  = errors.New("node: the hub lacks balance in the channel")
	ErrPaymentFailed    = errors.New("node: payment failed")
	ErrBadPayment       = errors.New("node: bad payment")
	ErrCannotForward    = errors.New("node: hub cannot forward this lock")
	ErrUnknownRecipient = errors.New("node: unknown recipient")
	ErrExpiryTooSoon    = errors.New("node: lock expires too soon to forward")
	ErrWrongSecret      = errors.New("node: note's secret does not match the lock's hashlock")
	ErrBadRate          = errors.New("node: exchange at a rate worse than the hub's quote")
	ErrBadQuote         = errors.New("node: no valid quote")
	ErrBadExchange      = errors.New("node: bad exchange")
	errCrashed          = errors.New("node: crashed at a test crash point")
)

// CrashPoint names a point of the loop where tests stop the engine, as if the process died there.
type CrashPoint int

// Crash points.
const (
	CrashBeforeCommit CrashPoint = iota + 1 // a turn's states and proposals are ready, nothing stored
	CrashAfterCommit                        // stored, nothing answered or sent
	CrashBeforeSends                        // answers released, proposals not sent
)

// Config wires an Engine.
type Config struct {
	// Key signs states; its address is the node's party address and must be Host's address. Required.
	Key *ecdsa.PrivateKey
	// Role is Hub or User. Required.
	Role Role
	// Hub is the hub's address (users only); it must be the address HubPeer proves.
	Hub common.Address
	// HubPeer is the hub's libp2p peer id (users only). The host must be able to reach it (Host.Connect).
	HubPeer peer.ID
	// HubAddrs, if set (users only), are the hub's listen addresses: the engine keeps a connection to
	// the hub open, reconnecting when it drops, so that the hub can reach it.
	HubAddrs []multiaddr.Multiaddr
	// Router, if set, finds routes over the hub network for payments to users of other hubs (Network).
	Router Router
	// Fees are this hub's forwarding fees at start (SetFees changes them).
	Fees Fees
	// Domain is the EIP-712 domain states are signed in. Required.
	Domain *state.Domain
	// Store persists the double-signed states. Required; the caller closes it after Run returns.
	Store state.Store
	// Host carries UpdateProtocol; New registers the engine's handler on it. Required.
	Host *p2p.Host
	// Chain, if set, is the node's chain adapter (its key must be Key): the engine watches the manager's
	// confirmed events for Deposits and ChainCount, and Deposit, Withdraw and Collateralize submit
	// transactions with it.
	Chain *chain.Adapter
	// PendingTimeout is how long a state with pending on-chain operations stays applicable, in seconds;
	// default 3600.
	PendingTimeout uint64
	// Deposits returns the confirmed cumulative direct deposits (wei, token) of a channel; default: from
	// Chain's events, or none without Chain.
	Deposits func(hub, user common.Address) [2]uint256.Int
	// Clock returns the current unix time in seconds; default the wall clock.
	Clock func() uint64
	// Logger receives the engine's logs; default discards them.
	Logger *slog.Logger
	// ChainCount returns the channel's txCountChain on-chain (confirmed); a Confirm is accepted only when
	// it reaches the latest state's. Default: 0 (no Confirm accepted).
	ChainCount func(hub, user common.Address) uint64
	// PaymentExpiry is how long a payer's lock lasts, in seconds; default 3600.
	PaymentExpiry uint64
	// ForwardDelta is how much earlier than the lock it received a hub's forwarded lock expires, in
	// seconds: the time the hub keeps to settle upstream once the recipient reveals the secret (on-chain
	// if need be). Default 600; a payer's lock must outlive twice this.
	ForwardDelta uint64
	// WatchFrom is the block a node's first start watches the chain from (the manager's deployment
	// block, say); later starts go on from their stored position. Default 0.
	WatchFrom uint64
	// LinkExpiry is how long a link payment waits for a redeemer, in seconds, before it returns to the
	// payer; default one day.
	LinkExpiry uint64
	// RevealMargin is how long before a received lock expires, in seconds, a node that holds its
	// preimage and still has it unsettled off-chain reveals the preimage on-chain (which makes the lock
	// its own whatever the counterparty does) and then exits the channel. Default ForwardDelta/2; it must
	// exceed ConfirmTime.
	RevealMargin uint64
	// ConfirmTime is how long a transaction of this node's takes to be mined and confirmed, with margin, in
	// seconds; default 120. A received lock must leave RevealMargin + ConfirmTime before its expiry (the
	// node must be able to reveal its preimage on-chain in time), and a pending operation's timeout must
	// leave MinPendingTimeout.
	ConfirmTime uint64
	// MaxLockExpiry is how far ahead, in seconds, a received lock may expire; default LinkExpiry +
	// PaymentExpiry. MaxForwardExpiry (hubs) is how far ahead a payer's lock that the hub forwards may
	// expire, since the hub's own lock pins its collateral until then; default 2 × PaymentExpiry.
	MaxLockExpiry, MaxForwardExpiry uint64
	// MinPendingTimeout and MaxPendingTimeout bound, in seconds from the chain's now, the timeout of a
	// pending on-chain operation this node countersigns; defaults 10 × ConfirmTime (at most
	// PendingTimeout) and 2 × PendingTimeout.
	MinPendingTimeout, MaxPendingTimeout uint64
	// ManualExit keeps the node from exiting on its own after such a reveal (it still reveals), or after
	// StuckExit.
	ManualExit bool
	// StuckExit (hubs with a chain) is how long, in seconds of the chain's time, past the expiry of a lock
	// the hub sent, the hub waits while its peer answers the ExpireLock with anything but its
	// countersignature before it exits the channel on-chain (a peer that does not answer is waited for: it
	// may be offline), where an expired lock whose preimage was not revealed in time goes back to its
	// sender. Default 3600.
	StuckExit uint64
	// Collateral is the hub's autocollateral policy; default DefaultCollateralPolicy (needs Chain).
	Collateral *CollateralPolicy
	// ChannelCollateral overrides Collateral for the channels with some users (another hub, say), by the
	// user's address. Their Window defaults to Collateral's; the hourly budget of top-ups is Collateral's
	// for all channels together.
	ChannelCollateral map[common.Address]*CollateralPolicy
	// Threads bounds the threads the node takes (ThreadPolicy): a hub those it backs, a user those opened
	// to it; default DefaultThreadPolicy. Its SenderSlots defaults to DefaultThreadPolicy's.
	Threads *ThreadPolicy
	// Rates prices exchanges (hub only); default StaticRate 1:1. It is called concurrently (QuoteProtocol
	// is served outside the loop), so it must be safe for concurrent use.
	Rates RateProvider
	// Monitor, if set, receives measurements for monitoring (payment latency, resent proposals).
	Monitor Monitor
	// BoundByBackups, for a node that backs up, keeps what it signs within what its last stored backup
	// covers (backupbound.go): the backups' marks reach the engine through BackedUp, and until the first
	// one (or one stored in an earlier run) nothing is signed. A node whose backups may be restored must
	// run with it (Start does): without it, a restore from a backup that misses states it signed (a
	// second restore, a peer's jump, many lifts) may have it sign two states at one nonce (ADR 18).
	BoundByBackups bool
	// BackupMarksEvery is how often, at most, the engine stores the marks of its last stored backup with
	// its states, for its next start (a start with older ones waits for a newer backup sooner); default a
	// minute: a hub's marks are 64 bytes a channel.
	BackupMarksEvery time.Duration

	// signed (tests only), if set, is called with each channel state this node signed, once the Commit that
	// stores it returned (a signature of a turn that was not stored never left the node); it runs beside
	// the loop, so it must be safe for concurrent use.
	signed func(state.ChannelState)
	// crash (tests only), if it returns true at a point, stops the loop there.
	crash func(CrashPoint) bool
	// withhold (tests only: a malicious hub), if it returns true for a forward's hashlock, keeps the
	// preimage learned downstream from the payer's side: the upstream lock is not settled off-chain.
	withhold func(common.Hash) bool
	// holdSettle (tests only: a slow recipient), if it returns true for a received lock's hashlock, keeps
	// the lock unsettled: the recipient stores the preimage and reports the payment, but sends no
	// SettleLock (the test settles it with Update).
	holdSettle func(common.Hash) bool

	// loseAnswer (tests only), if it returns true for the loop's answer to a proposal, makes the handler
	// fail instead of sending it, as if the answer were lost after the loop stored its state.
	loseAnswer func(protocol.Message) bool
	// loseThreadAnswer (tests only), if it returns true once this node handled a thread message req (a
	// ThreadPay's state stored), makes the handler fail instead of acknowledging it, as if the answer were
	// lost.
	loseThreadAnswer func(req protocol.ThreadMessage) bool
	// link (tests only: the many-channel benchmark), if set, carries UpdateProtocol requests to
	// counterparties instead of Host (peerlink.go).
	link peerLink
}

// withDefaults checks cfg and fills in its optional fields.
func (cfg Config) withDefaults() (Config, error) {
	if err := cfg.check(); err != nil {
		return cfg, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	if cfg.Deposits == nil && cfg.Chain == nil {
		cfg.Deposits = func(common.Address, common.Address) [2]uint256.Int { return [2]uint256.Int{} }
	}
	if cfg.PendingTimeout == 0 {
		cfg.PendingTimeout = 3600
	}
	if cfg.Clock == nil {
		cfg.Clock = func() uint64 { return uint64(time.Now().Unix()) }
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.ChainCount == nil && cfg.Chain == nil {
		cfg.ChainCount = func(common.Address, common.Address) uint64 { return 0 }
	}
	if cfg.BackupMarksEvery <= 0 {
		cfg.BackupMarksEvery = time.Minute
	}
	if cfg.PaymentExpiry == 0 {
		cfg.PaymentExpiry = 3600
	}
	if cfg.ForwardDelta == 0 {
		cfg.ForwardDelta = 600
	}
	if cfg.LinkExpiry == 0 {
		cfg.LinkExpiry = 24 * 3600
	}
	if cfg.RevealMargin == 0 {
		cfg.RevealMargin = cfg.ForwardDelta / 2
	}
	if cfg.ConfirmTime == 0 {
		cfg.ConfirmTime = 120
	}
	if cfg.StuckExit == 0 {
		cfg.StuckExit = 3600
	}
	if cfg.RevealMargin <= cfg.ConfirmTime { // the guard's reveal would be mined after the lock expired
		return cfg, fmt.Errorf("%w: RevealMargin (%d s) must exceed ConfirmTime (%d s): a preimage revealed on-chain "+
			"RevealMargin before a lock expires must be mined before it does (RevealMargin defaults to ForwardDelta/2)",
			ErrBadConfig, cfg.RevealMargin, cfg.ConfirmTime)
	}
	if cfg.MaxLockExpiry == 0 {
		cfg.MaxLockExpiry = cfg.LinkExpiry + cfg.PaymentExpiry
	}
	if cfg.MaxForwardExpiry == 0 {
		cfg.MaxForwardExpiry = 2 * cfg.PaymentExpiry
	}
	if cfg.MinPendingTimeout == 0 {
		cfg.MinPendingTimeout = min(10*cfg.ConfirmTime, cfg.PendingTimeout)
	}
	if cfg.MaxPendingTimeout == 0 {
		cfg.MaxPendingTimeout = 2 * cfg.PendingTimeout
	}
	if cfg.Collateral == nil {
		p := DefaultCollateralPolicy()
		cfg.Collateral = &p
	}
	if cfg.Collateral.MaxTopUpsPerHour <= 0 {
		c := *cfg.Collateral // the caller's policy stays as it was
		c.MaxTopUpsPerHour = 120
		cfg.Collateral = &c
	}
	if cfg.Collateral.Window <= 0 {
		cfg.Collateral.Window = 10 * time.Minute
	}
	own := map[common.Address]*CollateralPolicy{}
	for peer, p := range cfg.ChannelCollateral { // the caller's policies stay as they were
		c := *p
		c.Window = cmp.Or(c.Window, cfg.Collateral.Window)
		c.MaxTopUpsPerHour = cfg.Collateral.MaxTopUpsPerHour // one budget for the hub
		own[peer] = &c
	}
	cfg.ChannelCollateral = own
	if cfg.Rates == nil {
		cfg.Rates = StaticRate{Num: big.NewInt(1), Den: big.NewInt(1)}
	}
	threads := DefaultThreadPolicy()
	if cfg.Threads != nil { // the caller's policy stays as it was
		threads.Min = cfg.Threads.Min
		threads.SenderSlots = cmp.Or(max(cfg.Threads.SenderSlots, 0), threads.SenderSlots)
	}
	cfg.Threads = &threads
	return cfg, nil
}

// check reports the first required field that is missing or inconsistent.
func (cfg Config) check() error {
	switch {
	case cfg.Key == nil:
		return errors.New("Key is required")
	case cfg.Domain == nil || cfg.Store == nil || cfg.Host == nil:
		return errors.New("Domain, Store and Host are required")
	case cfg.Host.Address() != crypto.PubkeyToAddress(cfg.Key.PublicKey):
		return errors.New("Host's key is not Key")
	case cfg.Chain != nil && cfg.Chain.From() != cfg.Host.Address():
		return errors.New("Chain's key is not Key")
	case cfg.Role == Hub:
		return nil
	case cfg.Role != User:
		return fmt.Errorf("unknown role %d", cfg.Role)
	}
	hub, err := p2p.AddressOf(cfg.HubPeer)
	if err != nil {
		return fmt.Errorf("HubPeer: %w", err)
	}
	if hub != cfg.Hub || hub == cfg.Host.Address() {
		return fmt.Errorf("HubPeer proves %s, Hub is %s", hub, cfg.Hub)
	}
	return nil
}

// crashAt reports whether a test wants the loop to stop at point p.
func (e *Engine) crashAt(p CrashPoint) bool { return e.cfg.crash != nil && e.cfg.crash(p) }
