package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"spoke/api"
	"spoke/node"
)

// clientFlags are the flags every client verb takes.
type clientFlags struct {
	datadir string
	json    bool
}

func (c *clientFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.datadir, "datadir", envOr("SPOKE_DATADIR", ""), "the node's data directory (its api.url and api.token) (env SPOKE_DATADIR)")
	fs.BoolVar(&c.json, "json", false, "print JSON")
}

// dial connects to the running node of c.datadir.
func (c *clientFlags) dial(ctx context.Context) (*rpc.Client, error) {
	if c.datadir == "" {
		return nil, errors.New("--datadir is required: the data directory of a running `spoke hub` or `spoke user`")
	}
	url, err := os.ReadFile(filepath.Join(c.datadir, apiAddrFile))
	if err != nil {
		return nil, fmt.Errorf("no running node in %s (%v): start `spoke user --datadir %s` first", c.datadir, err, c.datadir)
	}
	token, err := api.LoadOrCreateToken(c.datadir)
	if err != nil {
		return nil, err
	}
	return api.Dial(ctx, strings.TrimSpace(string(url)), token)
}

// call runs one method and prints its result for humans (human) or as JSON.
func (c *clientFlags) call(ctx context.Context, out io.Writer, human func(json.RawMessage) string, method string, args ...any) error {
	client, err := c.dial(ctx)
	if err != nil {
		return err
	}
	defer client.Close()
	var res json.RawMessage
	if err := client.CallContext(ctx, &res, method, args...); err != nil {
		return err
	}
	if c.json {
		fmt.Fprintln(out, string(res))
		return nil
	}
	fmt.Fprintln(out, human(res))
	return nil
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
	return fmt.Sprintf("state %d: you %s wei, %s token; hub %s wei, %s token", s.TxCountGlobal, s.WeiUser, s.TokenUser, s.WeiHub, s.TokenHub)
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
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var ch struct {
			State json.RawMessage
			Locks []json.RawMessage
		}
		_ = json.Unmarshal(raw, &ch)
		return fmt.Sprintf("%s; %d open locks", stateLine(ch.State), len(ch.Locks))
	}, "spoke_channel", p)
}

func runDeposit(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("deposit", "Deposits into the channel on-chain, waits for confirmations, and credits it.", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "wei to deposit (decimal)")
	token := fs.String("token", "", "token base units to deposit (decimal)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *wei == "" && *token == "" {
		return errors.New("give --wei and/or --token")
	}
	fmt.Fprintln(os.Stderr, "depositing on-chain and waiting for confirmations...")
	return c.call(ctx, out, stateLine, "spoke_deposit", *wei, *token)
}

func runWithdraw(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("withdraw", "Withdraws from the channel to an address on-chain and waits for it to be confirmed.", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "wei to withdraw (decimal)")
	token := fs.String("token", "", "token base units to withdraw (decimal)")
	to := fs.String("to", "", "the recipient address")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !common.IsHexAddress(*to) {
		return fmt.Errorf("--to %q is not an address", *to)
	}
	fmt.Fprintln(os.Stderr, "withdrawing on-chain and waiting for confirmations...")
	return c.call(ctx, out, stateLine, "spoke_withdraw", *wei, *token, common.HexToAddress(*to))
}

func runPay(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("pay", "Pays another user of the hub; --to may repeat (with --wei each) for a purchase of several payments.", out)
	var c clientFlags
	c.register(fs)
	var tos, weis multiFlag
	fs.Var(&tos, "to", "recipient: peer id, or the recipient's data directory (repeatable)")
	fs.Var(&weis, "wei", "wei to pay, one per --to (decimal)")
	memo := fs.String("memo", "", "a note for the recipient(s), sealed to them")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(tos) == 0 || len(tos) != len(weis) {
		return fmt.Errorf("give one --wei per --to (got %d --to, %d --wei)", len(tos), len(weis))
	}
	var reqs []api.PayRequest
	for i, to := range tos {
		if b, err := os.ReadFile(filepath.Join(to, p2pAddrFile)); err == nil {
			a := strings.TrimSpace(string(b))
			to = a[strings.LastIndex(a, "/")+1:]
		}
		reqs = append(reqs, api.PayRequest{To: to, Wei: weis[i], Memo: *memo})
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var rs []node.Receipt
		_ = json.Unmarshal(raw, &rs)
		return fmt.Sprintf("paid: %d payment(s) settled", len(rs))
	}, "spoke_pay", reqs)
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runEvents(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("events", "Follows the node's events (new states, payments received, sent, failed) until interrupted.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.datadir == "" {
		return errors.New("--datadir is required: the data directory of a running `spoke hub` or `spoke user`")
	}
	url, err := os.ReadFile(filepath.Join(c.datadir, apiAddrFile))
	if err != nil {
		return fmt.Errorf("no running node in %s (%v)", c.datadir, err)
	}
	token, err := api.LoadOrCreateToken(c.datadir)
	if err != nil {
		return err
	}
	client, err := api.Dial(ctx, "ws"+strings.TrimPrefix(strings.TrimSpace(string(url)), "http"), token)
	if err != nil {
		return err
	}
	defer client.Close()
	events := make(chan api.EventJSON, 64)
	sub, err := client.Subscribe(ctx, "spoke", events, "events")
	if err != nil {
		return err
	}
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
	}
	return fmt.Sprintf("%s %s wei, %s token", ev.Kind, ev.Wei, ev.Token)
}
