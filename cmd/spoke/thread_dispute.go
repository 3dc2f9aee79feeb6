package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"spoke/api"
)

// progressOut is where the thread subcommands that wait on the chain print their progress: stderr, so
// that stdout carries only the result (--json).
var progressOut io.Writer = os.Stderr

func runThreadDispute(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread dispute", "Settles a thread on-chain, for when the hub will not close it (it refuses, or is gone) or the other\n"+
		"party vanished. A thread lives in your channel with its hub, so this exits that channel on-chain (as\n"+
		"spoke exit does): it starts the exit with the latest state both sides signed, waits for the channel's\n"+
		"challenge period, empties the channel, then starts each of its threads' disputes with the latest\n"+
		"state you hold (answering an older one), waits for the thread's challenge period and pays it out:\n"+
		"your share to your address, the rest to the hub's reserve. Every thread of the channel settles, and\n"+
		"the channel takes no more payments. Progress goes to stderr; interrupted, it goes on where it was\n"+
		"when run again. Usage: spoke thread dispute THREAD --yes", out)
	var c clientFlags
	c.register(fs)
	yes := fs.Bool("yes", false, "confirm: exit the thread's channel on-chain")
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 1:
		return errors.New("give the thread: spoke thread dispute THREAD --yes (spoke thread list shows your threads)")
	case !*yes:
		return errors.New("a dispute exits the thread's channel with the hub on-chain (all its threads settle, it takes no more " +
			"payments) and takes two challenge periods; pass --yes to do it")
	}
	progress := &introWriter{w: progressOut, intro: "Settling the thread on-chain: exiting its channel with the hub, then the " +
		"thread's dispute; this takes the contract's challenge period twice..."}
	return c.callWithProgress(ctx, out, progress, "exit", disputeLines, "spoke_threadDispute", pos[0])
}

// introWriter writes intro before the first thing written to w: what a command is doing, said once it
// started doing it (not before a refusal).
type introWriter struct {
	w     io.Writer
	intro string
	said  bool
}

func (i *introWriter) Write(p []byte) (int, error) {
	if !i.said {
		i.said = true
		if _, err := fmt.Fprintln(i.w, i.intro); err != nil {
			return 0, err
		}
	}
	return i.w.Write(p)
}

// disputeLines renders spoke_threadDispute for people: the exit, the threads it settled, and last what
// the disputed thread settled at.
func disputeLines(raw json.RawMessage) string {
	var r api.ThreadDisputeResult
	if err := json.Unmarshal(raw, &r); err != nil {
		return string(raw)
	}
	return fmt.Sprintf("hub %s: %s\n%s; your share went to your address on-chain", r.Thread.Hub.Hex(),
		exitLines(r.Exit), settledLine(r.Thread))
}

// exitLines renders what an exit did: the state the channel closed with, its locks, and its threads
// settled on-chain, for its user.
func exitLines(r api.ExitResult) string { return exitLinesAs(r, "you") }

// exitLinesAs is exitLines naming the channel's user as user (a hub's exit says "the user").
func exitLinesAs(r api.ExitResult, user string) string {
	line := fmt.Sprintf("channel closed on-chain with state %d; %d lock(s) resolved", r.TxCount, len(r.Resolved))
	if len(r.Threads) > 0 {
		line += fmt.Sprintf("; %d thread(s) settled", len(r.Threads))
	}
	for _, th := range r.Threads {
		line += "\n  " + settledLine(th)
	}
	for _, l := range r.Unresolved {
		line += fmt.Sprintf("\nlock %d (%s wei, %s token) resolves after it expires at %s: run spoke exit again then", l.ID,
			l.AmountWei.Dec(), l.AmountToken.Dec(), chainTime(l.Expiry))
	}
	return line + payoutLinesAs(r, user)
}

// settledLine says what a thread settled at on-chain.
func settledLine(th api.SettledThread) string {
	return fmt.Sprintf("thread %s settled at count %d: the payer's share %s, the payee's %s", th.Key.Hex(), th.Count,
		amountWords(th.SenderShare.Wei, th.SenderShare.Token), amountWords(th.ReceiverShare.Wei, th.ReceiverShare.Token))
}

func runThreadNuke(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("thread nuke", "The contract's escape hatch for thread disputes nobody finished: once ten challenge periods have\n"+
		"passed since your channel with the hub exited on-chain, every thread fund the channel still holds\n"+
		"goes to you, the channel's user. Before then it says from when it is allowed. An exit (spoke exit,\n"+
		"spoke thread dispute) settles the threads it knows; this is for those nobody settled.\n"+
		"Usage: spoke thread nuke [--via HUB]", out)
	var c clientFlags
	c.register(fs)
	via := fs.String("via", "", "the hub whose channel to nuke (address or peer id); default your hub, if you have one")
	pos, err := parseWithArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q (the hub is --via)", pos[0])
	}
	var viaArg *string
	if *via != "" {
		viaArg = via
	}
	return c.callWithProgress(ctx, out, progressOut, "exit", func(raw json.RawMessage) string {
		var r api.ThreadNukeResult
		if err := json.Unmarshal(raw, &r); err != nil {
			return string(raw)
		}
		return fmt.Sprintf("nuked the threads of the channel with hub %s: %s went to the channel's user on-chain (tx %s)",
			r.Hub.Hex(), amountWords(r.Released.Wei, r.Released.Token), r.TxHash.Hex())
	}, "spoke_threadNuke", viaArg)
}
