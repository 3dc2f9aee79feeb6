package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"spoke/api"
	"spoke/node"
)

// receiptLines tells what a purchase paid: each payment's recipient, route and fee.
func receiptLines(rs []node.Receipt) string {
	var b strings.Builder
	fmt.Fprintf(&b, "paid: %d payment(s) settled", len(rs))
	for _, r := range rs {
		route := make([]string, 0, len(r.Route))
		for _, h := range r.Route {
			route = append(route, h.Hex())
		}
		fmt.Fprintf(&b, "\n  to %s via %s, fee %s wei", r.To.Hex(), strings.Join(route, " -> "), r.Fee.Dec())
	}
	return b.String()
}

func runHubs(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hubs", "Lists the hub network this node knows from the hubs' signed announcements: each hub's address,\n"+
		"fees, expiry delta, hub-to-hub channels with what it can send through each, and the announcement's age.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var hubs []api.HubJSON
		_ = json.Unmarshal(raw, &hubs)
		if len(hubs) == 0 {
			return "no hubs known yet (is this node connected to a hub, or given --bootstrap peers?)"
		}
		var b strings.Builder
		for _, h := range hubs {
			fmt.Fprintf(&b, "%s  fee %s wei + %d ppm, expiry delta %d s, announced %d s ago\n", h.Hub.Hex(), h.FeeBase,
				h.FeePPM, h.ExpiryDelta, h.AgeSeconds)
			for _, ch := range h.Channels {
				fmt.Fprintf(&b, "    -> %s  can send %s wei\n", ch.Peer.Hex(), ch.CapacityWei)
			}
		}
		return strings.TrimRight(b.String(), "\n")
	}, "spoke_hubs")
}

func runRoute(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("route", "Shows the route a payment of --wei to --to would take now over the hub network, what each hub\n"+
		"charges and the expiry it adds, without paying.", out)
	var c clientFlags
	c.register(fs)
	to := fs.String("to", "", "the recipient: address, peer id or data directory")
	wei := fs.String("wei", "", "the amount, in wei (decimal)")
	var via multiFlag
	fs.Var(&via, "via", "a hub the recipient is reachable through, if not this node's hub (repeatable)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *to == "" || *wei == "" {
		return errors.New("give --to (the recipient) and --wei (the amount)")
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var r api.RouteJSON
		_ = json.Unmarshal(raw, &r)
		var b strings.Builder
		fmt.Fprintf(&b, "%s\n  %s wei to the recipient, %s wei in fees: you lock %s wei, for %d s more than the recipient's lock",
			r.Description, r.Amount, r.Fee, r.Total, r.ExpirySecs)
		for _, h := range r.Hops {
			fmt.Fprintf(&b, "\n  %s forwards %s wei to %s for %s wei", h.Hub.Hex(), h.Forwards, h.Next.Hex(), h.Fee)
		}
		return b.String()
	}, "spoke_route", recipient(*to), *wei, append([]string{}, via...))
}

func runHubConnect(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub connect", "Makes another hub one of this hub's hubs: this hub becomes a user in a channel with it, on the\n"+
		"same contract, and forwards payments through it (and it through this one). --wei deposits that much\n"+
		"on-chain into the channel and credits it; the other hub's autocollateral funds its side. Usage:\n"+
		"  spoke hub connect [--wei N] <the other hub's p2p address, or its data directory>", out)
	var c clientFlags
	c.register(fs)
	wei := fs.String("wei", "", "deposit this many wei into the channel (decimal); without it, no deposit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("give the other hub's p2p address (ending in /p2p/<peer id>) or its data directory")
	}
	addr := fs.Arg(0)
	if b, err := os.ReadFile(filepath.Join(addr, p2pAddrFile)); err == nil {
		addr = strings.TrimSpace(string(b))
	}
	return c.callWithProgress(ctx, out, os.Stderr, "deposit", func(raw json.RawMessage) string {
		var r api.HubConnectResult
		_ = json.Unmarshal(raw, &r)
		return fmt.Sprintf("connected to hub %s: this hub has %s wei, it has %s wei in the channel (state %d)",
			r.Hub.Hex(), r.WeiMine, r.WeiHub, r.Nonce)
	}, "spoke_hubConnect", addr, *wei)
}

func runHubFees(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub fees", "Shows this hub's forwarding fees, or sets them (--base, --ppm) and announces them at once.", out)
	var c clientFlags
	c.register(fs)
	base := fs.String("base", "", "fee per forwarded payment, in wei (decimal)")
	ppm := fs.Int("ppm", -1, "fee in millionths of the wei forwarded (0 to 1000000)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var b *string
	var p *uint32
	if *base != "" {
		b = base
	}
	if *ppm >= 0 {
		if *ppm > 1_000_000 {
			return fmt.Errorf("--ppm %d: at most 1000000", *ppm)
		}
		v := uint32(*ppm)
		p = &v
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var f api.FeesJSON
		_ = json.Unmarshal(raw, &f)
		return fmt.Sprintf("fees: %s wei + %d ppm per forwarded payment; expiry delta %d s", f.FeeBase, f.FeePPM, f.ExpiryDelta)
	}, "spoke_hubFees", b, p)
}
