package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"spoke/api"
	"spoke/node"
	"spoke/state"
)

// clientFlags are the flags every client verb takes.
type clientFlags struct {
	datadir string
	json    bool
	wait    time.Duration // --wait; 0: the verb's default (defaultWait)
	waited  time.Duration // the deadline in force
	after   string        // what may still happen when the deadline passes, and how to check
	// pendingTokens convert --tokens amounts to base units once the token's decimals are known.
	pendingTokens []func(decimals int) error
	baseFlag      string // the flag of token base units a given --tokens stands for (token, sell-token)
}

func (c *clientFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.datadir, "datadir", envOr("SPOKE_DATADIR", ""), "the node's data directory (its api.url and api.token) (env SPOKE_DATADIR)")
	fs.BoolVar(&c.json, "json", false, "print JSON")
	fs.DurationVar(&c.wait, "wait", 0, "give up waiting after this long, saying what may still happen (default 30s; 60s for a payment,\n"+
		"10m for a verb that waits on the chain, 3h for an exit)")
	fs.BoolVar(&verbose, "verbose", verbose, "show errors with the node's details (as spoke --verbose does)")
}

// dial connects to the running node of c.datadir, over WebSocket when ws.
func (c *clientFlags) dial(ctx context.Context, ws bool) (*rpc.Client, error) {
	if c.datadir == "" {
		return nil, errors.New("--datadir is required: the data directory of a running `spoke hub` or `spoke user` (or set SPOKE_DATADIR)")
	}
	b, err := os.ReadFile(filepath.Join(c.datadir, apiAddrFile))
	if err != nil {
		return nil, fmt.Errorf("no running node in %s (%v): start `spoke user --datadir %s` or `spoke hub --datadir %s` first",
			c.datadir, err, c.datadir, c.datadir)
	}
	token, err := api.LoadOrCreateToken(c.datadir)
	if err != nil {
		return nil, err
	}
	url := strings.TrimSpace(string(b))
	if ws {
		url = "ws" + strings.TrimPrefix(url, "http")
	}
	client, err := api.Dial(ctx, url, token)
	if err != nil {
		return nil, fmt.Errorf("node API at %s: %w (is the node in %s still running?)", url, err, c.datadir)
	}
	return client, nil
}

// call runs one method and prints its result for humans (human) or as JSON.
func (c *clientFlags) call(ctx context.Context, out io.Writer, human func(json.RawMessage) string, method string, args ...any) error {
	ctx, cancel := c.deadline(ctx, "")
	defer cancel()
	client, err := c.dial(ctx, false)
	if err != nil {
		return err
	}
	defer client.Close()
	c.readUnits(ctx, client)
	var res json.RawMessage
	if err := c.await(ctx, client, nil, "", progressOut, func(ctx context.Context) error {
		return client.CallContext(ctx, &res, method, args...)
	}); err != nil {
		return err
	}
	c.print(out, res, human)
	return nil
}

func (c *clientFlags) print(out io.Writer, res json.RawMessage, human func(json.RawMessage) string) {
	if c.json {
		fmt.Fprintln(out, string(res))
		return
	}
	fmt.Fprintln(out, human(res))
}

// subscribe connects over WebSocket and subscribes to the node's events.
func (c *clientFlags) subscribe(ctx context.Context) (*rpc.Client, chan api.EventJSON, *rpc.ClientSubscription, error) {
	client, err := c.dial(ctx, true)
	if err != nil {
		return nil, nil, nil, err
	}
	events := make(chan api.EventJSON, 64)
	sub, err := client.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		client.Close()
		return nil, nil, nil, explain(err)
	}
	return client, events, sub, nil
}

// progressEvery is how often a long wait says it is still waiting when nothing else happened.
const progressEvery = 5 * time.Second

// callWithProgress is call for a method that waits on the chain or the hub: while it runs, the node's
// progress events for op are printed to progress (stderr), and after a silence what it waits for.
func (c *clientFlags) callWithProgress(ctx context.Context, out, progress io.Writer, op string, human func(json.RawMessage) string, method string, args ...any) error {
	ctx, cancel := c.deadline(ctx, op)
	defer cancel()
	client, events, sub, err := c.subscribe(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	defer sub.Unsubscribe()
	c.readUnits(ctx, client)
	var res json.RawMessage
	if err := c.await(ctx, client, events, op, progress, func(ctx context.Context) error {
		return client.CallContext(ctx, &res, method, args...)
	}); err != nil {
		return err
	}
	c.print(out, res, human)
	return nil
}

// explain adds what to do to the errors a user can act on.
func explain(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "401"):
		return fmt.Errorf("%w: the API token does not match (the node's api.token in its data directory)", err)
	case strings.Contains(msg, "connection refused"):
		return fmt.Errorf("%w: the node is not running (start it, or check --datadir)", err)
	}
	return err
}

// stateLine renders a channel state result for humans.
func stateLine(raw json.RawMessage) string {
	var s struct {
		WeiUser, TokenUser, WeiHub, TokenHub string
		TxCountGlobal                        uint64
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return string(raw)
	}
	return fmt.Sprintf("state %d: you %s, %s; hub %s, %s", s.TxCountGlobal, decWords(s.WeiUser, weiWords), decWords(s.TokenUser, tokenWords),
		decWords(s.WeiHub, weiWords), decWords(s.TokenHub, tokenWords))
}

func runInfo(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("info", "Prints the running node's address, role, peer id and addresses.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var in api.Info
		_ = json.Unmarshal(raw, &in)
		return fmt.Sprintf("%s %s\npeer id %s", in.Role, in.Address, in.PeerID)
	}, "spoke_info")
}

func runChannel(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("channel", "Prints the latest double-signed state of the node's channel with its hub (or --peer).", out)
	var c clientFlags
	c.register(fs)
	peerFlag := fs.String("peer", "", "the counterparty's address (a hub's user); default the user's hub")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var p *common.Address
	if *peerFlag != "" {
		if !common.IsHexAddress(*peerFlag) {
			return fmt.Errorf("--peer %q is not an address", *peerFlag)
		}
		a := common.HexToAddress(*peerFlag)
		p = &a
	}
	return c.call(ctx, out, channelLines, "spoke_channel", p)
}

// channelLines renders spoke_channel for humans: the latest state, its pending operations, and the
// channel's record on-chain.
func channelLines(raw json.RawMessage) string {
	var ch struct {
		State   json.RawMessage
		Locks   []json.RawMessage
		OnChain *api.OnChain
		Phase   string
		Exit    *api.ChannelExit
	}
	var st state.ChannelState
	if json.Unmarshal(raw, &ch) != nil || json.Unmarshal(ch.State, &st) != nil {
		return string(raw)
	}
	lines := []string{fmt.Sprintf("%s; %d open locks", stateLine(ch.State), len(ch.Locks))}
	if ch.Exit != nil || ch.Phase == "exiting" {
		lines = exitedLines(st, ch.Phase, ch.Exit, len(ch.Locks))
	}
	if !st.Pending.IsZero() {
		lines = append(lines, fmt.Sprintf("pending on-chain: %s (until %s)", api.PendingWords(&st.Pending),
			time.Unix(int64(st.Timeout), 0).UTC().Format(time.RFC3339)))
	}
	if o := ch.OnChain; o != nil {
		lines = append(lines, fmt.Sprintf("on-chain: %s, state %d applied (txCountChain %d); you %s wei, %s token; hub %s wei, %s token;\n"+
			"  direct deposits %s wei, %s token (credited %s wei, %s token); the contract holds %s wei, %s token",
			o.Status, o.TxCountGlobal, o.TxCountChain, o.WeiUser, o.TokenUser, o.WeiHub, o.TokenHub,
			o.Deposited.Wei, o.Deposited.Token, o.Credited.Wei, o.Credited.Token, o.WeiTotal, o.TokenTotal))
	}
	return strings.Join(lines, "\n")
}

func runDeposit(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("deposit", "Deposits into the channel on-chain, waits for confirmations (showing progress), and credits it.", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "wei to deposit (decimal base units)")
	token := fs.String("token", "", "token base units to deposit (decimal)")
	ethFlag(fs, wei, "the amount to deposit")
	c.tokensFlag(fs, into(token), "tokens to deposit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *wei == "" && *token == "" && len(c.pendingTokens) == 0 {
		return errors.New("give --eth, --wei, --tokens and/or --token: the amounts to deposit")
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	c.after = "the deposit may still be confirmed and credited: spoke channel shows it (pending on-chain, then in your " +
		"balance); do not deposit again before it shows"
	progress := &introWriter{w: progressOut, intro: "Depositing on-chain; waiting for confirmations..."}
	return c.callWithProgress(ctx, out, progress, "deposit", stateLine, "spoke_deposit", *wei, *token)
}

func runWithdraw(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("withdraw", "Withdraws from the channel to an address on-chain and waits for it to be confirmed (showing\n"+
		"progress). With --sell-token, sells that many tokens to the hub for wei at its quoted rate in the same\n"+
		"update and withdraws the wei too.", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "wei to withdraw (decimal base units)")
	token := fs.String("token", "", "token base units to withdraw (decimal)")
	ethFlag(fs, wei, "the amount to withdraw")
	c.tokensFlag(fs, into(token), "tokens to withdraw")
	sell := fs.String("sell-token", "", "token base units to sell to the hub for wei, withdrawn as wei (decimal)")
	c.unitFlag(fs, "sell-tokens", "sell-token", into(sell), "tokens to sell to the hub for wei, withdrawn as wei,")
	to := fs.String("to", "", "the recipient address (0x...)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !common.IsHexAddress(*to) {
		return fmt.Errorf("--to %q is not an address: give the 0x address that receives the withdrawal", *to)
	}
	if *wei == "" && *token == "" && *sell == "" && len(c.pendingTokens) == 0 {
		return errors.New("give --eth, --wei, --tokens, --token and/or --sell-tokens or --sell-token: the amounts to withdraw")
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	c.after = "the withdrawal may still be confirmed: spoke channel shows it (pending on-chain, then out of your balance); " +
		"do not withdraw again before it shows"
	progress := &introWriter{w: progressOut, intro: "Withdrawing on-chain; waiting for confirmations..."}
	return c.callWithProgress(ctx, out, progress, "withdraw", stateLine, "spoke_withdraw", *wei, *token, common.HexToAddress(*to), *sell)
}

func runExchange(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("exchange", "Sells wei for tokens, or tokens for wei, to the hub at its quoted rate (rounded down, in the hub's\n"+
		"favour). With --quote, only prints the rate.", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("sell-wei", "", "wei to sell for tokens (decimal base units)")
	token := fs.String("sell-token", "", "token base units to sell for wei (decimal)")
	c.unitFlag(fs, "sell-tokens", "sell-token", into(token), "tokens to sell for wei")
	quote := fs.Bool("quote", false, "print the hub's rate and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	selling := *token != "" || len(c.pendingTokens) > 0
	quoteLine := func(raw json.RawMessage) string {
		var q api.Quote
		_ = json.Unmarshal(raw, &q)
		return fmt.Sprintf("the hub's rate: %s token base units per %s wei", q.Num, q.Den)
	}
	switch {
	case *quote:
		return c.call(ctx, out, quoteLine, "spoke_quote")
	case (*wei == "") == !selling:
		return errors.New("give exactly one of --sell-wei and --sell-tokens or --sell-token (or --quote)")
	case *wei != "":
		c.after = exchangeAfter
		return c.call(ctx, out, stateLine, "spoke_exchange", "wei", *wei)
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	c.after = exchangeAfter
	return c.call(ctx, out, stateLine, "spoke_exchange", "token", *token)
}

func runExit(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("exit", "Closes this user's channel on-chain without the hub, for when the hub is gone or stops answering:\n"+
		"reveals the preimages of payments received, starts an exit with the latest state both sides signed,\n"+
		"waits for the challenge period (showing progress), pays the channel out and resolves its locks.\n"+
		"The channel takes no more payments afterwards. Interrupted, it goes on where it was when run again.", out)
	var c clientFlags
	c.register(fs)
	yes := fs.Bool("yes", false, "confirm: close the channel on-chain")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*yes {
		return errors.New("an exit closes the channel on-chain and takes the challenge period; pass --yes to do it")
	}
	c.after = "the exit goes on in the node: run spoke exit --yes again to follow it to its end (spoke channel shows where it is)"
	return c.exitCall(ctx, out, "you", "spoke_exit")
}

// exchangeAfter is what may still happen when an exchange's deadline passes.
const exchangeAfter = "the exchange may still be made: spoke history shows whether it was"

// chainTime renders a chain timestamp.
func chainTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func runHistory(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("history", "Lists the channel's latest states, oldest first, with what each changed.", out)
	var c clientFlags
	c.register(fs)
	peerFlag := fs.String("peer", "", "the counterparty's address (a hub's user); default the user's hub")
	limit := fs.Int("limit", 20, "how many states (1 to 1000)")
	before := fs.Uint64("before", 0, "list the states before this txCount (to page back); 0: up to the latest")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p, err := peerArg(*peerFlag)
	if err != nil {
		return err
	}
	if *limit < 1 || *limit > 1000 {
		return fmt.Errorf("--limit %d: give 1 to 1000", *limit)
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var hs []api.HistoryEntry
		_ = json.Unmarshal(raw, &hs)
		var b strings.Builder
		rows := [][3]string{{"user wei / token", "hub wei / token", "what"}}
		for _, h := range hs {
			st := h.State
			rows = append(rows, [3]string{st.WeiUser.Dec() + " / " + st.TokenUser.Dec(), st.WeiHub.Dec() + " / " + st.TokenHub.Dec(), h.What})
		}
		var w [2]int
		for _, r := range rows {
			w[0], w[1] = max(w[0], len(r[0])), max(w[1], len(r[1]))
		}
		for i, r := range rows {
			n := "state"
			if i > 0 {
				n = fmt.Sprint(hs[i-1].State.TxCountGlobal)
			}
			fmt.Fprintf(&b, "%6s  %-*s  %-*s  %s\n", n, w[0], r[0], w[1], r[1], r[2])
		}
		return strings.TrimRight(b.String(), "\n")
	}, "spoke_history", p, *limit, *before)
}

// peerArg parses an optional --peer address.
func peerArg(s string) (*common.Address, error) {
	if s == "" {
		return nil, nil
	}
	if !common.IsHexAddress(s) {
		return nil, fmt.Errorf("--peer %q is not an address (0x...)", s)
	}
	a := common.HexToAddress(s)
	return &a, nil
}

func runCollateral(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("collateral", "Shows the hub's collateral: on a user node, what the hub can pay into your channel; on a hub, every\n"+
		"channel, the on-chain reserve and the autocollateral policy.\n"+
		"  --to PEER [--wei N] [--token N]   (user) ask whether a payment to PEER lacks collateral now; asking\n"+
		"                                    makes the hub collateralize the recipient's channel\n"+
		"  --user ADDR --wei N --token N     (hub) move that much from the reserve into the channel with ADDR\n"+
		"Amounts also in ETH (--eth, instead of --wei) and in the token's own unit (--tokens, instead of --token).", out)
	var c clientFlags
	c.register(fs)
	to := fs.String("to", "", "(user) the recipient to ask about: peer id, address or data directory")
	user := fs.String("user", "", "(hub) the user whose channel to collateralize (0x address)")
	wei := fs.String("wei", "", "wei (decimal base units)")
	ethFlag(fs, wei, "the amount")
	token := fs.String("token", "", "token base units (decimal)")
	c.tokensFlag(fs, into(token), "the amount of tokens")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *to != "" && *user != "":
		return errors.New("give --to (a user asking about a recipient) or --user (a hub collateralizing), not both")
	case *user != "" && !common.IsHexAddress(*user):
		return fmt.Errorf("--user %q is not an address (0x...)", *user)
	case *user != "" && *wei == "" && *token == "" && len(c.pendingTokens) == 0:
		return errors.New("give --eth, --wei, --tokens and/or --token: how much to move from the reserve into the channel")
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	switch {
	case *to != "":
		return c.call(ctx, out, func(raw json.RawMessage) string {
			if string(raw) == "true" {
				return "not yet: the recipient's channel lacks collateral for that payment; the hub is collateralizing it (ask again shortly)"
			}
			return "ready: the hub can pay that to the recipient now"
		}, "spoke_needsCollateral", recipient(*to), *wei, *token)
	case *user != "":
		c.after = "the collateral may still be confirmed: spoke collateral shows the channel"
		progress := &introWriter{w: progressOut, intro: "Collateralizing on-chain; waiting for confirmations..."}
		return c.callWithProgress(ctx, out, progress, "collateral", stateLine, "spoke_collateralize", common.HexToAddress(*user), *wei, *token)
	}
	return c.call(ctx, out, collateralLines, "spoke_collateral")
}

// collateralLines renders spoke_collateral for humans.
func collateralLines(raw json.RawMessage) string {
	var col api.Collateral
	if err := json.Unmarshal(raw, &col); err != nil {
		return string(raw)
	}
	var b strings.Builder
	if col.Reserve != nil {
		auto := "on"
		if !col.Autocollateral {
			auto = "off"
		}
		fmt.Fprintf(&b, "reserve on-chain: %s\nautocollateral %s: floor %s; ceiling %s\n",
			bothWords(*col.Reserve), auto, bothWords(*col.Floor), bothWords(*col.Ceiling))
	}
	if len(col.Channels) == 0 {
		b.WriteString("no channels yet")
	}
	for _, ch := range col.Channels {
		note := ""
		if ch.Pending {
			note = " (on-chain operation pending)"
		}
		fmt.Fprintf(&b, "channel of %s: hub %s; user %s; state %d, %d open locks%s\n",
			ch.User, bothWords(ch.Hub), bothWords(ch.Balances), ch.TxCount, ch.OpenLocks, note)
	}
	return strings.TrimRight(b.String(), "\n")
}

// bothWords renders an amount of wei and tokens for people, each with its unit beside the base units,
// zeros included: "1000 wei, 0 token".
func bothWords(a api.Amounts) string {
	return decWords(a.Wei, weiWords) + ", " + decWords(a.Token, tokenWords)
}

// recipient reads a recipient argument: a peer id or address, or a node's data directory (its p2p.addr).
func recipient(to string) string {
	if b, err := os.ReadFile(filepath.Join(to, p2pAddrFile)); err == nil {
		a := strings.TrimSpace(string(b))
		return a[strings.LastIndex(a, "/")+1:]
	}
	return to
}

func runPay(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("pay", "Pays another user of the hub, or a user of any hub given by address (found in the network, routed\n"+
		"across hubs for their fees). Repeat --to, with one --wei and/or one --token for each, to make a\n"+
		"purchase: several payments opened together. Each is locked by a hashlock whose secret is sealed to\n"+
		"its recipient, so the hub is paid only if the recipient is. A payment refused because the hub lacks\n"+
		"collateral in the recipient's channel makes the hub collateralize it: retry shortly.", out)
	var c clientFlags
	c.register(fs)
	var tos, weis, tokens multiFlag
	fs.Var(&tos, "to", "recipient: address (0x...), peer id, or the recipient's data directory (repeatable)")
	fs.Var(&weis, "wei", "wei to pay, one per --to (decimal base units)")
	fs.Func("eth", "ETH to pay, one per --to (a decimal like 0.01; exact), instead of --wei", func(v string) error {
		w, err := parseUnits(v, 18)
		if err != nil {
			return err
		}
		weis = append(weis, w.String())
		return nil
	})
	fs.Var(&tokens, "token", "token base units to pay, one per --to (decimal)")
	c.tokensFlag(fs, func() func(string) {
		tokens = append(tokens, "")
		i := len(tokens) - 1
		return func(v string) { tokens[i] = v }
	}, "tokens to pay, one per --to,")
	memo := fs.String("memo", "", "a note for the recipient(s), sealed to them (at most 256 bytes)")
	var via multiFlag
	fs.Var(&via, "via", "a hub (address or peer id) the recipients are reachable through, if not this node's hub: the payment is routed over the hub network (repeatable)")
	link := fs.Bool("link", false, "make a link payment instead: no --to; prints a link whoever holds can redeem (spoke redeem)")
	id := fs.String("id", "", "name the payment: the same command again with the same id never pays twice, it shows the first one's outcome (default: a new id, printed if the wait ends first)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	if *link {
		return c.payLink(ctx, out, tos, weis, tokens, *memo)
	}
	switch {
	case len(tos) == 0:
		return errors.New("give --to: the recipient's peer id or data directory")
	case len(weis) == 0 && len(tokens) == 0:
		return errors.New("give --eth, --wei and/or --token: the amount of each payment")
	case len(weis) > 0 && len(weis) != len(tos), len(tokens) > 0 && len(tokens) != len(tos):
		return fmt.Errorf("give one --wei and/or one --token per --to (got %d --to, %d --wei, %d --token)", len(tos), len(weis), len(tokens))
	}
	var reqs []api.PayRequest
	for i, to := range tos {
		r := api.PayRequest{To: recipient(to), Memo: *memo, Via: via}
		if len(weis) > 0 {
			r.Wei = weis[i]
		}
		if len(tokens) > 0 {
			r.Token = tokens[i]
		}
		reqs = append(reqs, r)
	}
	if *id == "" {
		*id = newPaymentID()
	}
	c.after = fmt.Sprintf("the payment may still go through (the node goes on trying). To see its outcome without paying "+
		"again, run the same command with --id %s", *id)
	return c.callWithProgress(ctx, out, progressOut, "pay", func(raw json.RawMessage) string {
		var rs []node.Receipt
		_ = json.Unmarshal(raw, &rs)
		return receiptLines(rs)
	}, "spoke_pay", reqs, *id)
}

// newPaymentID names a payment the caller did not name, so that the command can be repeated safely.
func newPaymentID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "cli-" + hex.EncodeToString(b[:])
}

// payLink makes a link payment: one amount, no recipient.
func (c *clientFlags) payLink(ctx context.Context, out io.Writer, tos, weis, tokens multiFlag, memo string) error {
	if len(tos) > 0 || len(weis) > 1 || len(tokens) > 1 || len(weis)+len(tokens) == 0 {
		return errors.New("a link payment takes --wei and/or --token once, and no --to: whoever holds the link redeems it")
	}
	var wei, token string
	if len(weis) == 1 {
		wei = weis[0]
	}
	if len(tokens) == 1 {
		token = tokens[0]
	}
	c.after = "a link may have been made, its amount locked: it expires back to you in a day if nobody redeems it " +
		"(spoke channel shows the lock)"
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var link string
		_ = json.Unmarshal(raw, &link)
		return "link (give it to the recipient; it expires back to you in a day if nobody redeems it):\n" + link
	}, "spoke_payLink", wei, token, memo)
}

func runRedeem(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("redeem", "Redeems a link payment (spoke pay --link) made through this node's hub: the hub locks the\n"+
		"amount to this node, which settles it with the link's secret. Usage: spoke redeem --datadir DIR LINK", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("give the link to redeem: spoke redeem --datadir DIR spokelink1:...")
	}
	c.after = "the link may still be redeemed: spoke channel or spoke events show it; redeeming it again is safe (a link pays once)"
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var ev api.EventJSON
		if err := json.Unmarshal(raw, &ev); err != nil {
			return string(raw)
		}
		return fmt.Sprintf("redeemed: %s wei, %s token: %q", ev.Wei, ev.Token, ev.Memo)
	}, "spoke_redeem", fs.Arg(0))
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runEvents(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("events", "Follows the node's events (new states, payments received, sent, failed, thread payments received)\n"+
		"until interrupted, or for --wait when given.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.wait > 0 { // no default deadline: following is what it is for
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.wait)
		defer cancel()
	}
	client, events, sub, err := c.subscribe(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	defer sub.Unsubscribe()
	enc := json.NewEncoder(out)
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			return err
		case ev := <-events:
			if c.json {
				_ = enc.Encode(ev)
				continue
			}
			fmt.Fprintln(out, eventLine(ev))
		}
	}
}

// eventLine renders an event for humans.
func eventLine(ev api.EventJSON) string {
	switch ev.Kind {
	case node.EventState:
		return fmt.Sprintf("state %d with %s", ev.State.TxCountGlobal, ev.Peer)
	case node.EventReceived:
		return fmt.Sprintf("received %s wei, %s token from %s: %q", ev.Wei, ev.Token, ev.From, ev.Memo)
	case node.EventFailed:
		return fmt.Sprintf("payment failed (%s wei, %s token): %s", ev.Wei, ev.Token, ev.Err)
	case node.EventProgress:
		return fmt.Sprintf("%s: %s", ev.Op, ev.Stage)
	case node.EventForwarded:
		return fmt.Sprintf("forwarded %s wei, %s token from %s to %s; fee %s wei", ev.Wei, ev.Token, ev.From, ev.Peer, ev.Fee)
	case node.EventForwardFailed:
		return fmt.Sprintf("forward failed; gave the lock of %s back: %s", ev.Peer, ev.Err)
	case node.EventThreadReceived:
		return threadEventLine(ev)
	}
	return fmt.Sprintf("%s %s wei, %s token", ev.Kind, ev.Wei, ev.Token)
}
