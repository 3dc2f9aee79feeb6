package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"spoke/api"
)

// The hub's operating verbs: spoke hub books, spoke hub drain, spoke hub resume.

func runHubBooks(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub books", "Shows the hub's books: its reserve in the contract and its account's wallet, its collateral in\n"+
		"each user's channel and in total, the locks and threads in flight, what it holds in custody for users,\n"+
		"the fees its forwarding earned, its channels with other hubs and its pending on-chain operations.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return c.call(ctx, out, booksLines, "spoke_hubBooks")
}

// booksLines renders spoke_hubBooks for people.
func booksLines(raw json.RawMessage) string {
	var b api.BooksJSON
	if err := json.Unmarshal(raw, &b); err != nil {
		return string(raw)
	}
	var w strings.Builder
	if b.Draining {
		w.WriteString("DRAINING: taking no new payments or threads (spoke hub resume takes them again)\n")
	}
	line := func(what string, a api.Amounts) { fmt.Fprintf(&w, "%-22s %s\n", what, amountWords(a.Wei, a.Token)) }
	line("reserve (contract)", b.Reserve)
	line("wallet (account)", b.Wallet)
	line("collateral (total)", b.Collateral)
	line("locked to users", b.LockedOut)
	line("locked by users", b.LockedIn)
	line("in threads", b.Threads)
	line("custody owed to users", b.Custody)
	fmt.Fprintf(&w, "%-22s %s over %d forwarded payment(s)\n", "fees earned", amountWords(b.FeesWei, ""), b.Forwards)
	fmt.Fprintf(&w, "%-22s %d open lock(s), %d payment(s) being forwarded\n", "in flight", b.Locks, b.Forwarding)
	fmt.Fprintf(&w, "channels (%d):\n", len(b.Channels))
	for _, c := range b.Channels {
		fmt.Fprintf(&w, "  %s  collateral %s", c.User.Hex(), amountWords(c.Hub.Wei, c.Hub.Token))
		if c.Locks > 0 {
			fmt.Fprintf(&w, "; %d lock(s): %s to the user, %s from it", c.Locks, amountWords(c.LockedOut.Wei, c.LockedOut.Token),
				amountWords(c.LockedIn.Wei, c.LockedIn.Token))
		}
		if c.ThreadCount > 0 {
			fmt.Fprintf(&w, "; %d thread(s), the hub's part %s", c.ThreadCount, amountWords(c.Threads.Wei, c.Threads.Token))
		}
		if c.Custody.Wei != "0" || c.Custody.Token != "0" {
			fmt.Fprintf(&w, "; custody %s", amountWords(c.Custody.Wei, c.Custody.Token))
		}
		if c.Pending {
			w.WriteString("; on-chain operation pending")
		}
		fmt.Fprintf(&w, "; idle %s\n", (time.Duration(c.IdleSeconds) * time.Second).String())
	}
	for _, u := range b.Upstream {
		fmt.Fprintf(&w, "with hub %s: this hub has %s, %d lock(s)\n", u.Hub.Hex(), amountWords(u.Mine.Wei, u.Mine.Token), u.Locks)
	}
	if len(b.Pending) == 0 {
		w.WriteString("on-chain pending: none")
	} else {
		fmt.Fprintf(&w, "on-chain pending (%d):", len(b.Pending))
	}
	for _, p := range b.Pending {
		fmt.Fprintf(&w, "\n  %s: %s", p.Peer.Hex(), p.Op)
		if p.Timeout != 0 {
			fmt.Fprintf(&w, " (times out %s)", chainTime(p.Timeout))
		}
	}
	return w.String()
}

func runHubDrain(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub drain", "Drains the hub before a shutdown: it refuses new payments, links and threads (payers route around\n"+
		"it; it announces no channels), lets the payments in flight settle or fail, gives back unredeemed link\n"+
		"payments, pays the custody it holds for users into their channels, takes the rest of its collateral\n"+
		"back from every user's channel into its reserve (on-chain), and says\n"+
		"what is left, waiting at most --deadline (progress on stderr). Then stop the hub; a restart, or\n"+
		"spoke hub drain --undo (spoke hub resume), takes payments again.", out)
	var c clientFlags
	c.register(fs)
	deadline := fs.Duration("deadline", 5*time.Minute, "wait at most this long for payments in flight and reclaims")
	undo := fs.Bool("undo", false, "end the drain: take payments and threads again")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *undo {
		return hubResume(ctx, c, out)
	}
	if *deadline < time.Second {
		return errors.New("--deadline: at least 1s")
	}
	return c.callWithProgress(ctx, out, os.Stderr, "drain", drainLines, "spoke_hubDrain", uint64(deadline.Seconds()))
}

func runHubResume(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub resume", "Ends a drain: the hub takes payments and threads again and announces its channels.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return hubResume(ctx, c, out)
}

func hubResume(ctx context.Context, c clientFlags, out io.Writer) error {
	return c.call(ctx, out, func(raw json.RawMessage) string {
		if string(raw) == "true" {
			return "resumed: the hub takes payments and threads again"
		}
		return "the hub was not draining; it takes payments and threads"
	}, "spoke_hubResume")
}

// drainLines renders spoke_hubDrain for people.
func drainLines(raw json.RawMessage) string {
	var d api.DrainJSON
	if err := json.Unmarshal(raw, &d); err != nil {
		return string(raw)
	}
	var w strings.Builder
	if d.Done {
		w.WriteString("drained: nothing in flight, no collateral left in any channel; the hub can stop now\n")
	} else {
		w.WriteString("not fully drained by the deadline: what is left is below (run it again to wait longer)\n")
	}
	for _, r := range d.Reclaimed {
		fmt.Fprintf(&w, "  reclaimed %s from %s's channel\n", amountWords(r.Wei, r.Token), r.User.Hex())
	}
	if d.LinksReturned > 0 {
		fmt.Fprintf(&w, "  gave back %d unredeemed link payment(s) to their payers\n", d.LinksReturned)
	}
	for _, l := range d.Locks {
		dir := "from"
		if l.ToPeer {
			dir = "to"
		}
		fmt.Fprintf(&w, "  lock %d %s %s still open: %s, expires %s\n", l.ID, dir, l.Peer.Hex(), amountWords(l.Wei, l.Token), chainTime(l.Expiry))
	}
	if d.Forwarding > 0 || d.ThreadWork > 0 {
		fmt.Fprintf(&w, "  %d payment(s) still being forwarded, %d thread side(s) being opened or closed\n", d.Forwarding, d.ThreadWork)
	}
	for _, l := range d.Left {
		fmt.Fprintf(&w, "  %s left in %s's channel: %s\n", amountWords(l.Wei, l.Token), l.User.Hex(), l.Why)
	}
	if d.Threads > 0 {
		fmt.Fprintf(&w, "  %d open thread(s) hold %s of the hub's (their receivers close them)\n", d.Threads,
			amountWords(d.ThreadFunds.Wei, d.ThreadFunds.Token))
	}
	if d.Custody.Wei != "0" || d.Custody.Token != "0" {
		fmt.Fprintf(&w, "  the hub holds %s in custody for users: it owes them that\n", amountWords(d.Custody.Wei, d.Custody.Token))
	}
	if d.Draining {
		w.WriteString("still draining (spoke hub resume takes payments again)")
	}
	return strings.TrimRight(w.String(), "\n")
}
