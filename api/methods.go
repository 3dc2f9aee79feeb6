package api

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/node"
	"spoke/p2p"
	"spoke/state"
)

// Errors of the API's arguments.
var (
	ErrAsset    = errors.New(`api: the asset sold is "wei" or "token"`)
	ErrLimit    = errors.New("api: history limit is 1 to 1000")
	ErrPeerArg  = errors.New("api: a peer is an address (0x...) or a peer id")
	ErrHubsOnly = errors.New("api: only a hub node does this")
)

// Quote is the hub's exchange rate: Num/Den token base units per wei, exactly (spoke_quote).
type Quote struct {
	Num string `json:"num"`
	Den string `json:"den"`
}

// Quote asks the hub for its exchange rate (spoke_quote).
func (s *Service) Quote(ctx context.Context) (Quote, error) {
	r, err := s.n.Quote(ctx)
	if err != nil {
		return Quote{}, err
	}
	return Quote{Num: r.Num.String(), Den: r.Den.String()}, nil
}

// Exchange sells amount of sell ("wei" or "token") to the hub for the other asset at its quoted rate,
// rounded down in the hub's favour (spoke_exchange).
func (s *Service) Exchange(ctx context.Context, sell, amount string) (state.ChannelState, error) {
	if sell != "wei" && sell != "token" {
		return state.ChannelState{}, fmt.Errorf("%w, not %q", ErrAsset, sell)
	}
	a, err := amountRequired(amount)
	if err != nil {
		return state.ChannelState{}, err
	}
	st, err := s.n.Exchange(ctx, sell == "wei", a)
	return st.State, err
}

// amountRequired parses a non-empty decimal amount.
func amountRequired(s string) (uint256.Int, error) {
	if s == "" {
		return uint256.Int{}, fmt.Errorf("%w: missing", ErrAmount)
	}
	return amount(s)
}

// HistoryEntry is one state of a channel with what changed from the state before it.
type HistoryEntry struct {
	State state.ChannelState `json:"state"`
	// What says in words what the update did; the deltas are the change of each side's balances (decimal,
	// signed) from the previous state.
	What      string `json:"what"`
	WeiUser   string `json:"weiUser"`
	TokenUser string `json:"tokenUser"`
	WeiHub    string `json:"weiHub"`
	TokenHub  string `json:"tokenHub"`
}

// maxHistory is the most states one spoke_history call returns.
const maxHistory = 1000

// History returns up to limit (1 to 1000) of the channel's states with peer (a user's hub when omitted)
// ending with the one before txCount before (0: the latest), oldest first, each with what it changed
// (spoke_history).
func (s *Service) History(ctx context.Context, peerArg *common.Address, limit int, before uint64) ([]HistoryEntry, error) {
	if limit < 1 || limit > maxHistory {
		return nil, fmt.Errorf("%w, not %d", ErrLimit, limit)
	}
	p := s.n.Hub()
	if peerArg != nil {
		p = *peerArg
	}
	latest, err := s.n.Latest(ctx, p)
	if err != nil {
		return nil, err
	}
	last := latest.State.TxCountGlobal
	if before != 0 && before-1 < last {
		last = before - 1
	}
	// Nonces may skip (ADR 18): widen the window of nonces until it holds limit states and the one before
	// them (to say what the first changed), or reaches the channel's start.
	hub, user := latest.State.Hub, latest.State.User
	var states []state.SignedState
	for span := uint64(limit) + 1; ; span *= 2 {
		from := uint64(0)
		if last+1 > span {
			from = last + 1 - span
		}
		all, err := s.n.Store.History(ctx, hub, user, from, int(min(last-from+1, math.MaxInt32))) // no more states than nonces
		if err != nil {
			return nil, err
		}
		states = states[:0]
		for _, st := range all {
			if st.State.TxCountGlobal <= last {
				states = append(states, st)
			}
		}
		if len(states) > limit || from == 0 {
			break
		}
	}
	first := 0 // the first state shown; the one before it, if any, only says what it changed
	if len(states) > limit {
		first = len(states) - limit
	}
	var out []HistoryEntry
	var prev *state.ChannelState
	for i := range states {
		cur := &states[i].State
		if i >= first {
			out = append(out, entry(prev, cur))
		}
		prev = cur
	}
	return out, nil
}

// entry describes cur against prev (nil: the channel's first state).
func entry(prev, cur *state.ChannelState) HistoryEntry {
	if prev == nil {
		prev = &state.ChannelState{}
	}
	e := HistoryEntry{State: *cur,
		WeiUser: delta(&prev.WeiUser, &cur.WeiUser), TokenUser: delta(&prev.TokenUser, &cur.TokenUser),
		WeiHub: delta(&prev.WeiHub, &cur.WeiHub), TokenHub: delta(&prev.TokenHub, &cur.TokenHub)}
	e.What = describe(prev, cur)
	return e
}

// delta renders b - a as a signed decimal.
func delta(a, b *uint256.Int) string {
	if b.Lt(a) {
		return "-" + new(uint256.Int).Sub(a, b).Dec()
	}
	if b.Eq(a) {
		return "0"
	}
	return "+" + new(uint256.Int).Sub(b, a).Dec()
}

// describe says in words what the update from prev to cur did, from the states alone.
func describe(prev, cur *state.ChannelState) string {
	p, q := &prev.Pending, &cur.Pending
	nonceOnly := *cur
	nonceOnly.TxCountGlobal = prev.TxCountGlobal
	switch {
	case prev.TxCountGlobal != 0 && nonceOnly == *prev:
		return "nonce moved on, nothing else (past a restore floor)"
	case !q.IsZero() && cur.TxCountChain > prev.TxCountChain:
		return "pending on-chain: " + PendingWords(q)
	case !p.IsZero() && q.IsZero() && cur.TxCountChain == prev.TxCountChain:
		return "on-chain operation confirmed"
	case !p.IsZero() && q.IsZero():
		return "pending operation invalidated"
	case cur.CreditedDepositWei.Gt(&prev.CreditedDepositWei) || cur.CreditedDepositToken.Gt(&prev.CreditedDepositToken):
		return "deposit credited"
	case cur.LockedWei.Gt(&prev.LockedWei) || cur.LockedToken.Gt(&prev.LockedToken):
		if cur.WeiUser.Lt(&prev.WeiUser) || cur.TokenUser.Lt(&prev.TokenUser) {
			return "payment locked by the user"
		}
		return "payment locked by the hub"
	case cur.LockedWei.Lt(&prev.LockedWei) || cur.LockedToken.Lt(&prev.LockedToken):
		if cur.WeiUser.Gt(&prev.WeiUser) || cur.TokenUser.Gt(&prev.TokenUser) {
			return "lock resolved to the user"
		}
		return "lock resolved to the hub"
	case cur.WeiUser.Lt(&prev.WeiUser) && cur.TokenUser.Gt(&prev.TokenUser):
		return "exchange: the user sold wei for token"
	case cur.TokenUser.Lt(&prev.TokenUser) && cur.WeiUser.Gt(&prev.WeiUser):
		return "exchange: the user sold token for wei"
	case cur.WeiUser.Lt(&prev.WeiUser) || cur.TokenUser.Lt(&prev.TokenUser):
		return "transfer to the hub"
	case cur.WeiHub.Lt(&prev.WeiHub) || cur.TokenHub.Lt(&prev.TokenHub):
		return "transfer to the user"
	}
	return "update"
}

// PendingWords lists a state's pending on-chain operations.
func PendingWords(p *state.Pending) string {
	var parts []string
	add := func(what string, wei, token *uint256.Int) {
		if !wei.IsZero() || !token.IsZero() {
			parts = append(parts, fmt.Sprintf("%s %s wei, %s token", what, wei.Dec(), token.Dec()))
		}
	}
	add("user deposit", &p.DepositWeiUser, &p.DepositTokenUser)
	add("user withdrawal", &p.WithdrawalWeiUser, &p.WithdrawalTokenUser)
	add("hub collateral", &p.DepositWeiHub, &p.DepositTokenHub)
	add("hub reclaim", &p.WithdrawalWeiHub, &p.WithdrawalTokenHub)
	return strings.Join(parts, "; ")
}

// Amounts is a pair of decimal amounts.
type Amounts struct {
	Wei   string `json:"wei"`
	Token string `json:"token"`
}

// ChannelCollateral is the hub's side of one channel.
type ChannelCollateral struct {
	User      common.Address `json:"user"`
	Hub       Amounts        `json:"hub"`      // the hub's balances: what it can pay the user
	Balances  Amounts        `json:"balances"` // the user's balances
	Pending   bool           `json:"pending"`
	TxCount   uint64         `json:"txCount"`
	OpenLocks int            `json:"openLocks"`
}

// Collateral is what a node knows of collateral: for a user its own channel; for a hub every channel,
// its on-chain reserve and its policy.
type Collateral struct {
	Channels       []ChannelCollateral `json:"channels"`
	Reserve        *Amounts            `json:"reserve,omitempty"`
	Floor          *Amounts            `json:"floor,omitempty"`
	Ceiling        *Amounts            `json:"ceiling,omitempty"`
	Autocollateral bool                `json:"autocollateral"`
}

// Collateral reports the hub's balances in this node's channels and, on a hub, its reserve and
// autocollateral policy (spoke_collateral).
func (s *Service) Collateral(ctx context.Context) (Collateral, error) {
	rs, err := s.n.Channels(ctx)
	if err != nil {
		return Collateral{}, err
	}
	var c Collateral
	for _, r := range rs {
		st := &r.State
		c.Channels = append(c.Channels, ChannelCollateral{User: st.User,
			Hub: Amounts{st.WeiHub.Dec(), st.TokenHub.Dec()}, Balances: Amounts{st.WeiUser.Dec(), st.TokenUser.Dec()},
			Pending: !st.Pending.IsZero(), TxCount: st.TxCountGlobal, OpenLocks: len(r.Locks)})
	}
	sort.Slice(c.Channels, func(i, j int) bool { return c.Channels[i].User.Cmp(c.Channels[j].User) < 0 })
	pol := s.n.CollateralPolicy()
	c.Autocollateral = !pol.Disabled
	if s.n.Role() != node.Hub {
		return c, nil
	}
	wei, tok, err := s.n.Chain.Reserve(ctx, s.n.Address())
	if err != nil {
		return Collateral{}, fmt.Errorf("reading the reserve: %w", err)
	}
	c.Reserve = &Amounts{wei.String(), tok.String()}
	c.Floor = &Amounts{pol.Floor[0].Dec(), pol.Floor[1].Dec()}
	c.Ceiling = &Amounts{pol.Ceiling[0].Dec(), pol.Ceiling[1].Dec()}
	return c, nil
}

// NeedsCollateral asks the hub whether a payment of wei and token to the user to (a peer id or an
// address) lacks collateral now; asking makes the hub start collateralizing it (spoke_needsCollateral).
func (s *Service) NeedsCollateral(ctx context.Context, to, wei, token string) (bool, error) {
	addr, err := parsePeer(to)
	if err != nil {
		return false, err
	}
	w, t, err := amounts(wei, token)
	if err != nil {
		return false, err
	}
	return s.n.RecipientNeedsCollateral(ctx, addr, w, t)
}

// Collateralize moves wei and token from the hub's reserve into its side of the channel with user,
// waiting for the on-chain update and its confirmations (spoke_collateralize; hubs only).
func (s *Service) Collateralize(ctx context.Context, user common.Address, wei, token string) (state.ChannelState, error) {
	if s.n.Role() != node.Hub {
		return state.ChannelState{}, ErrHubsOnly
	}
	w, t, err := amounts(wei, token)
	if err != nil {
		return state.ChannelState{}, err
	}
	if w.IsZero() && t.IsZero() {
		return state.ChannelState{}, fmt.Errorf("%w: nothing to collateralize", ErrAmount)
	}
	st, err := s.n.Engine.Collateralize(ctx, user, w, t)
	return st.State, err
}

// parsePeer reads an address (0x...) or a peer id (whose key gives the address).
func parsePeer(s string) (common.Address, error) {
	if common.IsHexAddress(s) {
		return common.HexToAddress(s), nil
	}
	id, err := peer.Decode(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w, not %q", ErrPeerArg, s)
	}
	pub, err := p2p.PublicKeyOf(id)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrPeerArg, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ExitResult is what spoke_exit did: the state the channel closed with, the locks resolved, those to
// resolve later (by calling it again once they expire), and the channel's threads settled on-chain.
type ExitResult struct {
	TxCount    uint64          `json:"txCount"`
	Resolved   []state.Lock    `json:"resolved"`
	Unresolved []state.Lock    `json:"unresolved"`
	Threads    []SettledThread `json:"threads"`
	Txs        []ExitTxJSON    `json:"txs"`
	Payouts    []PayoutJSON    `json:"payouts"`
}

// ExitTxJSON is one transaction an exit sent: the contract method, the hash, the gas used and the fee in
// wei (decimal; empty when the chain did not give the gas price).
type ExitTxJSON struct {
	Method  string      `json:"method"`
	TxHash  common.Hash `json:"txHash"`
	GasUsed uint64      `json:"gasUsed"`
	Fee     string      `json:"fee"`
}

// PayoutJSON is what an exit paid to one account, amounts in base units (decimal): to the address, or
// to the hub's reserve in the contract when toReserve; what is "balance" or "lock N".
type PayoutJSON struct {
	To        common.Address `json:"to"`
	ToReserve bool           `json:"toReserve"`
	What      string         `json:"what"`
	Wei       string         `json:"wei"`
	Token     string         `json:"token"`
}

func exitTxs(txs []node.ExitTx) []ExitTxJSON {
	out := []ExitTxJSON{}
	for _, t := range txs {
		j := ExitTxJSON{Method: t.Method, TxHash: t.TxHash, GasUsed: t.GasUsed}
		if t.Fee != nil {
			j.Fee = t.Fee.String()
		}
		out = append(out, j)
	}
	return out
}

func payouts(ps []node.Payout) []PayoutJSON {
	out := []PayoutJSON{}
	for _, p := range ps {
		out = append(out, PayoutJSON{To: p.To, ToReserve: p.ToReserve, What: p.What, Wei: p.Wei.String(), Token: p.Token.String()})
	}
	return out
}

// Exit closes a user's channel on-chain without the hub: reveal received preimages, start (or
// challenge) an exit with the latest double-signed state, wait out the challenge period, empty the
// channel, settle its threads, resolve its locks. It returns when done; progress events (op "exit")
// follow it (spoke_exit).
func (s *Service) Exit(ctx context.Context) (ExitResult, error) {
	rep, err := s.n.Engine.Exit(ctx)
	if err != nil {
		return ExitResult{}, err
	}
	return exitResult(rep), nil
}

// ExitChannel closes this node's channel with peer on-chain without peer's help (spoke_exitChannel): a
// hub's channel with one of its users (`spoke hub exit`), for a user that stopped answering or keeps a
// lock the hub sent; for a user, its channel with its hub, as Exit.
func (s *Service) ExitChannel(ctx context.Context, peer common.Address) (ExitResult, error) {
	rep, err := s.n.Engine.ExitChannel(ctx, peer)
	if err != nil {
		return ExitResult{}, err
	}
	return exitResult(rep), nil
}

func exitResult(rep node.ExitReport) ExitResult {
	return ExitResult{TxCount: rep.TxCount, Resolved: nonNil(rep.Resolved), Unresolved: nonNil(rep.Unresolved),
		Threads: settledThreads(rep.Threads), Txs: exitTxs(rep.Txs), Payouts: payouts(rep.Payouts)}
}

func nonNil(ls []state.Lock) []state.Lock {
	if ls == nil {
		return []state.Lock{}
	}
	return ls
}

// BackupResult is a backup just made: the signed pointer's contents and where it went.
type BackupResult struct {
	Seq     uint64 `json:"seq"`
	Ref     string `json:"ref"`
	Created int64  `json:"created"`
	Backend string `json:"backend"`
}

// ErrNoBackups says the node was started without a backup backend.
var ErrNoBackups = errors.New("api: this node does not back up (start it with --backup-dir or --ipfs-api)")

// Backup backs the node's signed state up now (it also does on its own after changes) (spoke_backup).
func (s *Service) Backup(ctx context.Context) (BackupResult, error) {
	if s.n.Backups == nil {
		return BackupResult{}, ErrNoBackups
	}
	p, err := s.n.Backups.Save(ctx)
	if err != nil {
		return BackupResult{}, err
	}
	return BackupResult{Seq: p.Seq, Ref: p.Ref, Created: p.Created, Backend: s.n.Backups.Backend()}, nil
}

// PayLink makes a link payment of wei and token and returns the link (text): whoever holds it can redeem
// it with spoke_redeem on a node of the same hub until it expires back to the payer (spoke_payLink).
func (s *Service) PayLink(ctx context.Context, wei, token, memo string) (string, error) {
	w, t, err := amounts(wei, token)
	if err != nil {
		return "", err
	}
	l, err := s.n.Engine.PayLink(ctx, w, t, memo)
	if err != nil {
		return "", err
	}
	return l.String(), nil
}

// Redeem claims a link payment and returns it once received (spoke_redeem).
func (s *Service) Redeem(ctx context.Context, link string) (EventJSON, error) {
	l, err := node.ParseLink(link)
	if err != nil {
		return EventJSON{}, err
	}
	if err := s.checkOpen(ctx); err != nil {
		return EventJSON{}, err
	}
	ev, err := s.n.Engine.RedeemLink(ctx, l)
	if err != nil {
		return EventJSON{}, err
	}
	return eventJSON(ev), nil
}
