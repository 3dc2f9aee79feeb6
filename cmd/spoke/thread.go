package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"time"

	"spoke/api"
)

// threadUsage is what `spoke thread` says without a subcommand.
const threadUsage = `Usage: spoke thread <open|pay|close|list|dispute|nuke> [flags]

A thread carries many small payments to one payee at the speed of a signature: the payer locks an amount
into it once, through the hub, then pays the payee directly, peer to peer, without the hub in each
payment. The payee closes it, and the hub moves what was paid from the payer's channel to the payee's.
If the hub will not close it (it refuses, or is gone), either side settles it on-chain with dispute.

  spoke thread open    --to ADDRESS --wei N [--token N] [--via HUB] lock N into a thread to a user of the hub
  spoke thread pay     THREAD --wei N [--token N] [--count K]       pay through it (K payments, pipelined)
  spoke thread close   THREAD                                        close it (the payee closes; the payer asks it to)
  spoke thread list                                                  this node's threads, their counts and shares
  spoke thread dispute THREAD --yes                                  settle it on-chain: exits its channel with the hub
  spoke thread nuke    [--via HUB]                                   the escape hatch for thread disputes nobody finished

THREAD is the thread's key (spoke thread list shows it), or its first hex digits (at least 4) if they name
only one thread. Amounts are in base units (--wei, --token), or exactly in ETH (--eth) and in the token's
own unit (--tokens). Every subcommand takes --datadir and --json; 'spoke thread <subcommand> --help'
lists its flags.`

// threadSubcommands lists what spoke thread does, for its errors.
const threadSubcommands = "open, pay, close, list, dispute or nuke"

func runThread(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(out, threadUsage)
		if len(args) == 0 {
			return errors.New("give a subcommand: " + threadSubcommands)
		}
		return flag.ErrHelp
	}
	switch args[0] {
	case "open":
		return runThreadOpen(ctx, args[1:], out)
	case "pay":
		return runThreadPay(ctx, args[1:], out)
	case "close":
		return runThreadClose(ctx, args[1:], out)
	case "list":
		return runThreadList(ctx, args[1:], out)
	case "dispute":
		return runThreadDispute(ctx, args[1:], out)
	case "nuke":
		return runThreadNuke(ctx, args[1:], out)
	}
	return fmt.Errorf("unknown subcommand %q: %s ('spoke thread --help')", args[0], threadSubcommands)
}

// parseWithArgs parses flags given before, between or after the positional arguments, which it returns.
func parseWithArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// decimal checks an amount flag: empty, or a decimal number of base units.
func decimal(name, v string) error {
	if v == "" {
		return nil
	}
	if n, ok := new(big.Int).SetString(v, 10); !ok || n.Sign() < 0 || strings.ContainsAny(v, "+-") {
		return fmt.Errorf("--%s %q: give a whole number of base units (decimal digits)", name, v)
	}
	return nil
}

func runThreadOpen(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread open", "Opens a thread to another user of the hub, by address: locks --wei and/or --token of your channel\n"+
		"balance into it (the hub locks as much of its own in the payee's channel), reaches the payee\n"+
		"directly (the hub introduces it), and returns once both channels hold the thread. Pay through it with\n"+
		"spoke thread pay. If the hub lacks balance in the payee's channel, it collateralizes it: retry shortly.", out)
	var c clientFlags
	c.register(fs)
	to := fs.String("to", "", "the payee: address (0x...), peer id, or its data directory")
	wei := fs.String("wei", "", "wei to lock into the thread (decimal base units)")
	token := fs.String("token", "", "token base units to lock into the thread (decimal)")
	ethFlag(fs, wei, "the amount to lock into the thread")
	c.tokensFlag(fs, into(token), "tokens to lock into the thread")
	via := fs.String("via", "", "the hub the thread goes through, if not this node's hub (address or peer id)")
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) > 0:
		return fmt.Errorf("unexpected argument %q (the payee is --to)", pos[0])
	case *to == "":
		return errors.New("give --to: the payee's address, a user of the same hub")
	case *wei == "" && *token == "" && len(c.pendingTokens) == 0:
		return errors.New("give --eth, --wei, --tokens or --token: how much to lock into the thread (one asset)")
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	if err := errors.Join(decimal("wei", *wei), decimal("token", *token)); err != nil {
		return err
	}
	var viaArg *string
	if *via != "" {
		viaArg = via
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var th api.ThreadJSON
		if err := json.Unmarshal(raw, &th); err != nil {
			return string(raw)
		}
		short, unit := th.Key.Hex()[2:10], "--eth"
		if th.SenderShare.Wei == "0" {
			unit = "--tokens" // a thread holds one asset
		}
		return fmt.Sprintf("thread %s %s: %s to %s through hub %s\npay through it: spoke thread pay %s %s N",
			th.Key.Hex(), th.Status, amountWords(th.SenderShare.Wei, th.SenderShare.Token), th.Receiver.Hex(), th.Hub.Hex(), short, unit)
	}, "spoke_threadOpen", recipient(*to), *wei, *token, viaArg)
}

// maxInFlight is how many of a --count run's payments are on their way at once.
const maxInFlight = 64

// threadPayResult is what spoke thread pay did, as --json prints it.
type threadPayResult struct {
	Key       string  `json:"key"`
	Requested int     `json:"requested"`
	Payments  int     `json:"payments"` // made: all requested unless one failed
	Wei       string  `json:"wei"`      // in all
	Token     string  `json:"token"`
	Count     uint64  `json:"count"` // the thread's count after the last payment
	Seconds   float64 `json:"seconds"`
	Error     string  `json:"error,omitempty"`
}

func runThreadPay(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread pay", "Pays through a thread this node opened, straight to the payee: each payment is a new thread state\n"+
		"signed by you, stored by the payee before it answers. With --count K, makes K payments of the amount\n"+
		"in a row, pipelined (up to 64 on their way at once; those made while a state is on its way go out\n"+
		"together in the next), and prints how many were made, the total and the time taken.\n"+
		"Usage: spoke thread pay THREAD --wei N [--token N] [--count K] (or --eth X, --tokens X)", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "wei per payment (decimal base units)")
	ethFlag(fs, wei, "each payment")
	token := fs.String("token", "", "token base units per payment (decimal)")
	c.tokensFlag(fs, into(token), "tokens per payment")
	count := fs.Int("count", 1, "how many payments of the amount to make, pipelined")
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 1:
		return errors.New("give the thread: spoke thread pay THREAD --wei N (spoke thread list shows your threads)")
	case *wei == "" && *token == "" && len(c.pendingTokens) == 0:
		return errors.New("give --eth, --wei, --tokens and/or --token: the amount of each payment")
	case *count < 1:
		return fmt.Errorf("--count %d: give 1 or more", *count)
	}
	if err := c.convertTokens(ctx); err != nil {
		return err
	}
	if err := errors.Join(decimal("wei", *wei), decimal("token", *token)); err != nil {
		return err
	}
	ctx, cancel := c.deadline(ctx, "pay")
	defer cancel()
	client, err := c.dial(ctx, true)
	if err != nil {
		return err
	}
	defer client.Close()
	c.readUnits(ctx, client)
	res := payThread(ctx, func(ctx context.Context, p *api.ThreadPayment) error {
		return client.CallContext(ctx, p, "spoke_threadPay", pos[0], *wei, *token)
	}, *count)
	res.Wei, res.Token = times(*wei, res.Payments), times(*token, res.Payments)
	switch {
	case c.json:
		b, _ := json.Marshal(res)
		fmt.Fprintln(out, string(b))
	case res.Payments > 0:
		fmt.Fprintln(out, payLine(res))
	}
	if res.Error != "" && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		c.after = "the payments not counted above may still arrive: spoke thread list shows the thread's count"
		return c.timedOut()
	}
	if res.Error != "" {
		return explain(errors.New(res.Error))
	}
	return nil
}

// payThread makes count payments with pay, at most maxInFlight at once, stopping at the first failure.
func payThread(ctx context.Context, pay func(context.Context, *api.ThreadPayment) error, count int) threadPayResult {
	res := threadPayResult{Requested: count}
	var mu sync.Mutex
	var wg sync.WaitGroup
	slots := make(chan struct{}, maxInFlight)
	start := time.Now()
	for range count {
		slots <- struct{}{}
		mu.Lock()
		failed := res.Error != ""
		mu.Unlock()
		if failed {
			break
		}
		wg.Go(func() {
			defer func() { <-slots }()
			var p api.ThreadPayment
			err := pay(ctx, &p)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if res.Error == "" {
					res.Error = err.Error()
				}
				return
			}
			res.Payments++
			res.Key, res.Count = p.Key.Hex(), max(res.Count, p.Count)
		})
	}
	wg.Wait()
	res.Seconds = time.Since(start).Seconds()
	return res
}

// times renders a decimal amount multiplied by n.
func times(amount string, n int) string {
	v, ok := new(big.Int).SetString(amount, 10)
	if !ok {
		return "0"
	}
	return v.Mul(v, big.NewInt(int64(n))).String()
}

// payLine tells people what spoke thread pay did.
func payLine(r threadPayResult) string {
	took := time.Duration(r.Seconds * float64(time.Second)).Round(time.Microsecond)
	line := fmt.Sprintf("paid %d payment(s), %s in all, in %s", r.Payments, amountWords(r.Wei, r.Token), took)
	if r.Payments > 1 && r.Seconds > 0 {
		line += fmt.Sprintf(" (%.0f payments/s)", float64(r.Payments)/r.Seconds)
	}
	line += fmt.Sprintf("; thread %s is at count %d", r.Key, r.Count)
	if r.Payments < r.Requested {
		line += fmt.Sprintf("\n%d of the %d payments were not made", r.Requested-r.Payments, r.Requested)
	}
	return line
}

func runThreadClose(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread close", "Closes a thread. The payee closes it with the hub, which pays the payee's share into its channel and\n"+
		"gives the rest back to the payer's; the payer asks the payee to close it. No payment goes through it\n"+
		"afterwards. Usage: spoke thread close THREAD", out)
	var c clientFlags
	c.register(fs)
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("give the thread: spoke thread close THREAD (spoke thread list shows your threads)")
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var p api.ThreadPayment
		if err := json.Unmarshal(raw, &p); err != nil {
			return string(raw)
		}
		return fmt.Sprintf("thread %s closed with its state %d; the hub rebalances both channels (spoke channel shows them)", p.Key.Hex(), p.Count)
	}, "spoke_threadClose", pos[0])
}

func runThreadList(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread list", "Lists the threads this node pays (sending) or is paid through (receiving): each one's key (its\n"+
		"first digits name it in the other subcommands), status (opening, open, closing, closed, or failed: the\n"+
		"hub refused to open it), count of its latest state, the other party, and what each side holds in it\n"+
		"in that state.", out)
	var c clientFlags
	c.register(fs)
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	return c.call(ctx, out, threadLines, "spoke_threads")
}

// threadLines renders spoke_threads for people.
func threadLines(raw json.RawMessage) string {
	var ts []api.ThreadJSON
	if err := json.Unmarshal(raw, &ts); err != nil {
		return string(raw)
	}
	if len(ts) == 0 {
		return "no threads (spoke thread open makes one)"
	}
	keys := make([]string, len(ts))
	for i, th := range ts {
		keys[i] = th.Key.Hex()[2:]
	}
	short := shortest(keys, 8)
	rows := [][]string{{"thread", "role", "status", "count", "with", "payer holds", "payee holds"}}
	for i, th := range ts {
		with, count := "from "+th.Sender.Hex(), fmt.Sprint(th.Count)
		if th.Role == "sending" {
			with = "to " + th.Receiver.Hex()
			if th.Acked < th.Count {
				count += fmt.Sprintf(" (%d acked)", th.Acked)
			}
		}
		rows = append(rows, []string{short[i], th.Role, th.Status, count, with,
			amountWords(th.SenderShare.Wei, th.SenderShare.Token), amountWords(th.ReceiverShare.Wei, th.ReceiverShare.Token)})
	}
	return table(rows)
}

// shortest returns the shortest prefix of each key, at least least digits, that no other key starts with.
func shortest(keys []string, least int) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		n := least
		for j, o := range keys {
			for j != i && n < len(k) && strings.HasPrefix(o, k[:n]) {
				n++
			}
		}
		out[i] = k[:n]
	}
	return out
}

// table aligns rows in columns two spaces apart.
func table(rows [][]string) string {
	var w []int
	for _, r := range rows {
		for i, c := range r {
			if i == len(w) {
				w = append(w, 0)
			}
			w[i] = max(w[i], len(c))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			if i == len(r)-1 {
				b.WriteString(c)
				continue
			}
			fmt.Fprintf(&b, "%-*s  ", w[i], c)
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// threadEventLine renders a thread payment received for spoke events.
func threadEventLine(ev api.EventJSON) string {
	key := ""
	if ev.Thread != nil {
		key = ev.Thread.Hex()[2:10]
	}
	from := ""
	if ev.From != nil {
		from = ev.From.Hex()
	}
	return fmt.Sprintf("thread %s: received %s from %s (count %d)", key, amountWords(ev.Wei, ev.Token), from, ev.Count)
}
