// Package api serves a spoke node's local JSON-RPC API (go-ethereum's rpc package) over HTTP and
// WebSocket on a loopback address, behind a bearer token kept in the node's data directory (mode 0600).
// Methods are in the "spoke" namespace; amounts are decimal strings of wei and token base units.
package api

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/chain"
	"spoke/node"
	"spoke/p2p"
	"spoke/state"
)

// TokenFile is the API token's file in a node's data directory.
const TokenFile = "api.token"

// Errors of the API.
var (
	ErrNotLoopback = errors.New("api: the API listens on loopback addresses only")
	ErrAmount      = errors.New("api: an amount is a decimal string of base units")
)

// LoadOrCreateToken returns the API token in dir, creating a random one (file mode 0600) if there is
// none.
func LoadOrCreateToken(dir string) (string, error) {
	path := filepath.Join(dir, TokenFile)
	b, err := os.ReadFile(path)
	if err == nil {
		return strings.TrimSpace(string(b)), nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	token := hex.EncodeToString(raw)
	if err := os.WriteFile(path, []byte(token+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("api: write token: %w", err)
	}
	return token, nil
}

// Server is a running API server.
type Server struct {
	http *http.Server
	ln   net.Listener
	rpc  *rpc.Server
	page *page // the wallet page's sessions
	hubs *hubWatch
}

// Serve starts the API of n on addr (host:port on loopback; port 0 picks one), requiring token.
func Serve(n *node.Node, addr, token string) (*Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("api: address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("%w: %s", ErrNotLoopback, addr)
	}
	if token == "" {
		return nil, errors.New("api: empty token")
	}
	srv := rpc.NewServer()
	hubs := watchHub(n)
	if err := srv.RegisterName("spoke", &Service{n: n, hubs: hubs}); err != nil {
		hubs.close()
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		hubs.close()
		return nil, fmt.Errorf("api: listen: %w", err)
	}
	s := &Server{ln: ln, rpc: srv, hubs: hubs, page: newPage(&Service{n: n, hubs: hubs}, token, ln.Addr().String())}
	ws := srv.WebsocketHandler([]string{"*"})
	// The page's handler authenticates every request (the token, or a session of the wallet page).
	s.http = &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: s.page.handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			ws.ServeHTTP(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	}))}
	go func() { _ = s.http.Serve(ln) }()
	return s, nil
}

// authorized checks the request's bearer token in constant time.
func authorized(r *http.Request, token string) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Close stops the server.
func (s *Server) Close() error {
	s.hubs.close()
	s.rpc.Stop()
	return s.http.Close()
}

// Dial connects a client to a node's API at url (http:// or ws://) with token.
func Dial(ctx context.Context, url, token string) (*rpc.Client, error) {
	return rpc.DialOptions(ctx, url, rpc.WithHeader("Authorization", "Bearer "+token))
}

// Service is the "spoke" namespace.
type Service struct {
	n    *node.Node
	hubs *hubWatch // a user's hub connection; nil in a Service made without Serve
}

// Info describes the node.
type Info struct {
	Address common.Address `json:"address"`
	Role    string         `json:"role"`
	PeerID  string         `json:"peerId"`
	Addrs   []string       `json:"addrs"`
	// Token is the channel token as its contract describes it, for showing amounts; absent when the
	// chain could not say.
	Token *TokenInfo `json:"token,omitempty"`
}

// TokenInfo is the channel token: its address, symbol and decimals (a token amount in base units is
// amount / 10^decimals of the token).
type TokenInfo struct {
	Address  common.Address `json:"address"`
	Symbol   string         `json:"symbol"`
	Decimals uint8          `json:"decimals"`
}

// Info returns the node's address, role, peer id, listen addresses and the channel token (spoke_info).
func (s *Service) Info(ctx context.Context) Info {
	in := Info{Address: s.n.Address(), Role: s.n.Role().String(), PeerID: s.n.Host.ID().String()}
	for _, a := range s.n.Host.Addrs() {
		in.Addrs = append(in.Addrs, a.String())
	}
	if s.n.Chain != nil {
		if t, err := s.n.Chain.Token(ctx); err == nil {
			in.Token = &TokenInfo{Address: t.Address, Symbol: t.Symbol, Decimals: t.Decimals}
		}
	}
	return in
}

// Channel is a channel's latest double-signed state and its open locks (its pending on-chain operations
// are in the state), and the channel's record on-chain.
type Channel struct {
	State   state.ChannelState `json:"state"`
	Locks   []state.Lock       `json:"locks"`
	OnChain *OnChain           `json:"onChain,omitempty"`
	// Phase is open, pending (an on-chain operation waits), exiting or exited (closed on-chain: the
	// channel takes no more updates).
	Phase string `json:"phase"`
	// Exit is how the exited channel was emptied on-chain and what it paid out; absent before.
	Exit *ChannelExit `json:"exit,omitempty"`
}

// ChannelExit is how an exited channel was emptied on-chain: the transaction and the payouts (decimal
// base units): the user's balance to the user's address, the hub's to its reserve.
type ChannelExit struct {
	TxHash common.Hash `json:"txHash"`
	Block  uint64      `json:"block"`
	User   PayoutJSON  `json:"user"`
	Hub    PayoutJSON  `json:"hub"`
}

// OnChain is a channel's record in the contract, amounts as decimal strings.
type OnChain struct {
	Status        string  `json:"status"`
	WeiHub        string  `json:"weiHub"`
	WeiUser       string  `json:"weiUser"`
	TokenHub      string  `json:"tokenHub"`
	TokenUser     string  `json:"tokenUser"`
	WeiTotal      string  `json:"weiTotal"`
	TokenTotal    string  `json:"tokenTotal"`
	TxCountGlobal uint64  `json:"txCountGlobal"`
	TxCountChain  uint64  `json:"txCountChain"`
	Deposited     Amounts `json:"deposited"`
	Credited      Amounts `json:"credited"`
}

// Channel returns the latest state of the channel with peer (a user's hub when omitted), and its
// on-chain record (spoke_channel).
func (s *Service) Channel(ctx context.Context, peer *common.Address) (Channel, error) {
	p := s.n.Hub()
	if peer != nil {
		p = *peer
	}
	r, err := s.n.Latest(ctx, p)
	if err != nil {
		return Channel{}, err
	}
	ch := Channel{State: r.State, Locks: r.Locks}
	phase, ex, err := s.n.ChannelPhaseOf(ctx, p)
	if err != nil {
		return Channel{}, err
	}
	ch.Phase = string(phase)
	if ex != nil {
		ch.Exit = &ChannelExit{TxHash: ex.TxHash, Block: ex.Block,
			User: PayoutJSON{To: r.State.User, What: "balance", Wei: ex.WeiUser.String(), Token: ex.TokenUser.String()},
			Hub:  PayoutJSON{To: r.State.Hub, ToReserve: true, What: "balance", Wei: ex.WeiHub.String(), Token: ex.TokenHub.String()}}
	}
	if s.n.Chain != nil {
		c, err := s.n.Chain.Channel(ctx, r.State.Hub, r.State.User)
		if err != nil {
			return Channel{}, err
		}
		status := c.Status.String()
		if phase == node.PhaseExited && c.Status == chain.StatusOpen {
			status = "closed" // emptied and reopened empty by the contract: the channel is over
		}
		ch.OnChain = &OnChain{Status: status, WeiHub: c.WeiHub.String(), WeiUser: c.WeiUser.String(),
			TokenHub: c.TokenHub.String(), TokenUser: c.TokenUser.String(), WeiTotal: c.WeiTotal.String(),
			TokenTotal: c.TokenTotal.String(), TxCountGlobal: c.TxCountGlobal, TxCountChain: c.TxCountChain,
			Deposited: Amounts{c.DepositedWei.String(), c.DepositedToken.String()},
			Credited:  Amounts{c.CreditedWei.String(), c.CreditedToken.String()}}
	}
	return ch, nil
}

// Deposit deposits on-chain and credits the deposit once confirmed (spoke_deposit).
func (s *Service) Deposit(ctx context.Context, wei, token string) (state.ChannelState, error) {
	w, t, err := amounts(wei, token)
	if err != nil {
		return state.ChannelState{}, err
	}
	if err := s.checkFunds(ctx, w, t); err != nil {
		return state.ChannelState{}, err
	}
	st, err := s.n.Deposit(ctx, w, t)
	return st.State, err
}

// Withdraw withdraws to recipient on-chain; with sellToken, that many tokens are first sold to the hub
// at its quoted rate in the same state and the wei they fetch is withdrawn too (spoke_withdraw).
func (s *Service) Withdraw(ctx context.Context, wei, token string, recipient common.Address, sellToken *string) (state.ChannelState, error) {
	w, t, err := amounts(wei, token)
	if err != nil {
		return state.ChannelState{}, err
	}
	var sell uint256.Int
	if sellToken != nil {
		if sell, err = amount(*sellToken); err != nil {
			return state.ChannelState{}, err
		}
	}
	if w.IsZero() && t.IsZero() && sell.IsZero() {
		return state.ChannelState{}, fmt.Errorf("%w: nothing to withdraw", ErrAmount)
	}
	if recipient == (common.Address{}) {
		return state.ChannelState{}, errors.New("api: a withdrawal needs a recipient address")
	}
	var st state.SignedState
	if sell.IsZero() {
		st, err = s.n.Withdraw(ctx, w, t, recipient)
	} else {
		st, err = s.n.WithdrawSelling(ctx, w, t, sell, recipient)
	}
	return st.State, err
}

// PayRequest is one payment of a purchase: to the user whose peer id is To.
type PayRequest struct {
	To    string `json:"to"`
	Wei   string `json:"wei"`
	Token string `json:"token"`
	Memo  string `json:"memo"`
	// Via are the hubs (addresses or peer ids) the recipient is reachable through; empty for a user of
	// this node's hub.
	Via []string `json:"via,omitempty"`
}

// Pay makes a purchase: one payment per request, opened together (spoke_pay). A recipient given by its
// address is looked up in the network (its signed payee record names its key and hubs); one given by its
// peer id is paid as a user of this node's hub, or, if the hub does not know it, looked up too. With an
// id (optional), the purchase is made once: a call with the same id returns the first one's outcome
// (node.Engine.PayID), so a caller that lost the answer can ask again without paying twice.
func (s *Service) Pay(ctx context.Context, payments []PayRequest, id *string) ([]node.Receipt, error) {
	rs, err := s.pay(ctx, payments, id)
	if err != nil { // the recipients' records may be stale (moved to another hub): the next try looks again
		for _, r := range payments {
			switch id, perr := peer.Decode(r.To); {
			case common.IsHexAddress(r.To):
				s.n.ForgetPayee(common.HexToAddress(r.To))
			case perr == nil:
				if addr, err := p2p.AddressOf(id); err == nil {
					s.n.ForgetPayee(addr)
				}
			}
		}
	}
	return rs, err
}

// pay is Pay.
func (s *Service) pay(ctx context.Context, payments []PayRequest, id *string) ([]node.Receipt, error) {
	var ps []node.Payment
	for i, r := range payments {
		p, err := s.payment(ctx, r)
		if err != nil {
			return nil, fmt.Errorf("payment %d: %w", i, err)
		}
		ps = append(ps, p)
	}
	if id != nil {
		if len(ps) == 1 && len(ps[0].Via) == 0 { // a peer id: look it up first, as a retry must not pay twice
			if info, err := s.n.Payee(ctx, crypto.PubkeyToAddress(*ps[0].To)); err == nil && !slices.Contains(info.Hubs, s.n.Hub()) {
				ps[0].Via = info.Hubs
			}
		}
		return s.n.PayID(ctx, *id, ps...)
	}
	rs, err := s.n.Pay(ctx, ps...)
	if err == nil || len(ps) != 1 || len(ps[0].Via) > 0 || !strings.Contains(err.Error(), node.ErrUnknownRecipient.Error()) {
		return rs, err
	}
	info, lerr := s.n.Payee(ctx, crypto.PubkeyToAddress(*ps[0].To))
	if lerr != nil {
		return nil, err // not a user of this hub, and unknown to the network: the hub's answer says it
	}
	ps[0].Via = info.Hubs
	return s.n.Pay(ctx, ps...)
}

// payment reads one payment request.
func (s *Service) payment(ctx context.Context, r PayRequest) (node.Payment, error) {
	w, t, err := amounts(r.Wei, r.Token)
	if err != nil {
		return node.Payment{}, err
	}
	via, err := parseVia(r.Via)
	if err != nil {
		return node.Payment{}, err
	}
	p := node.Payment{Wei: w, Token: t, Memo: r.Memo, Via: via}
	if common.IsHexAddress(r.To) {
		if s.n.Role() == node.User && !hubConnected(s.n) {
			// Look again rather than use a record kept from before: with the hub gone the lookup says
			// whether the recipient can be reached some other way now.
			s.n.ForgetPayee(common.HexToAddress(r.To))
		}
		info, err := s.n.Payee(ctx, common.HexToAddress(r.To))
		if err != nil && s.n.Role() == node.User && !hubConnected(s.n) {
			return node.Payment{}, fmt.Errorf("%w: the hub is unreachable now, and %s cannot be looked up without it; "+
				"nothing was paid: try again once the hub is back", node.ErrUnreachable, r.To)
		}
		if err != nil {
			return node.Payment{}, err
		}
		p.To = info.Key
		if len(p.Via) == 0 && !slices.Contains(info.Hubs, s.n.Hub()) {
			p.Via = info.Hubs
		}
		return p, nil
	}
	id, err := peer.Decode(r.To)
	if err != nil {
		return node.Payment{}, fmt.Errorf("recipient %q is neither an address (0x and 40 hex digits) nor a peer id", r.To)
	}
	if p.To, err = p2p.PublicKeyOf(id); err != nil {
		return node.Payment{}, err
	}
	return p, nil
}

// Events streams the node's events (spoke_subscribe "events").
func (s *Service) Events(ctx context.Context) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	subCtx, cancel := context.WithCancel(context.Background())
	events := s.n.Subscribe(subCtx)
	go func() {
		defer cancel()
		for {
			select {
			case ev, ok := <-events:
				if !ok {
					return
				}
				_ = notifier.Notify(sub.ID, eventJSON(ev))
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

// amounts parses two decimal amounts; an empty string is zero.
func amounts(wei, token string) (uint256.Int, uint256.Int, error) {
	w, err := amount(wei)
	if err != nil {
		return uint256.Int{}, uint256.Int{}, err
	}
	t, err := amount(token)
	return w, t, err
}

func amount(s string) (uint256.Int, error) {
	if s == "" {
		return uint256.Int{}, nil
	}
	v, err := uint256.FromDecimal(s)
	if err != nil {
		return uint256.Int{}, fmt.Errorf("%w: %q", ErrAmount, s)
	}
	return *v, nil
}

// EventJSON is an event as the API sends it.
type EventJSON struct {
	Kind     node.EventKind      `json:"kind"`
	Peer     common.Address      `json:"peer"`
	State    *state.ChannelState `json:"state,omitempty"`
	Hashlock *common.Hash        `json:"hashlock,omitempty"`
	Wei      string              `json:"wei,omitempty"`
	Token    string              `json:"token,omitempty"`
	Memo     string              `json:"memo,omitempty"`
	ID       string              `json:"id,omitempty"` // sent, failed: the payment's id
	From     *common.Address     `json:"from,omitempty"`
	Err      string              `json:"error,omitempty"`
	Fee      string              `json:"fee,omitempty"` // forwarded: the fee the hub keeps, in wei
	Missed   uint64              `json:"missed,omitempty"`
	// Progress of an on-chain operation.
	Op            string       `json:"op,omitempty"`
	Stage         string       `json:"stage,omitempty"`
	TxHash        *common.Hash `json:"txHash,omitempty"`
	Confirmations uint64       `json:"confirmations,omitempty"`
	Needed        uint64       `json:"needed,omitempty"`
	// Thread events: the thread's key and the count of the state that paid (received) or that it settled
	// by (settled).
	Thread *common.Hash `json:"thread,omitempty"`
	Count  uint64       `json:"count,omitempty"`
}

func eventJSON(ev node.Event) EventJSON {
	out := EventJSON{Kind: ev.Kind, Peer: ev.Peer, Memo: ev.Memo, ID: ev.ID, Err: ev.Err, Missed: ev.Missed}
	switch ev.Kind {
	case node.EventState:
		out.State = &ev.State
		return out
	case node.EventProgress:
		out.Op, out.Stage, out.Confirmations, out.Needed = ev.Op, ev.Stage, ev.Confirmations, ev.Needed
		if ev.TxHash != (common.Hash{}) {
			out.TxHash = &ev.TxHash
		}
		return out
	case node.EventThreadReceived, node.EventThreadSettled:
		out.Thread, out.Count = &ev.Thread, ev.Count
	case node.EventThreadsNuked:
		out.TxHash = &ev.TxHash
	default:
		out.Hashlock = &ev.Hashlock
	}
	out.Wei, out.Token = ev.Wei.Dec(), ev.Token.Dec()
	if ev.Kind == node.EventForwarded {
		out.Fee = ev.Fee.Dec()
	}
	if ev.From != (common.Address{}) {
		out.From = &ev.From
	}
	return out
}
