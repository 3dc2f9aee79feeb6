package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"spoke/api"
	"spoke/node"
)

// Default deadlines of the client verbs, by what they wait for (--wait overrides them).
const (
	waitQuick = 30 * time.Second // a question the node answers itself
	waitPay   = 60 * time.Second // a payment or a link through the hub
	waitChain = 10 * time.Minute // an on-chain deposit, withdrawal or collateral: confirmations
	waitExit  = 3 * time.Hour    // an exit: the contract's challenge period (an hour unless the chain says otherwise)
)

// defaultWait is the deadline of a verb whose progress events have op ("" for none).
func defaultWait(op string) time.Duration {
	switch op {
	case "pay":
		return waitPay
	case "deposit", "withdraw", "collateral":
		return waitChain
	case "exit":
		return waitExit
	}
	return waitQuick
}

// deadline bounds ctx by --wait, or by the default for op.
func (c *clientFlags) deadline(ctx context.Context, op string) (context.Context, context.CancelFunc) {
	d := c.wait
	if d <= 0 {
		d = defaultWait(op)
	}
	c.waited = d
	return context.WithTimeout(ctx, d)
}

// timedOut is the error of a verb whose deadline passed: how long it waited and what may still happen.
func (c *clientFlags) timedOut() error {
	after := c.after
	if after == "" {
		after = "this command changed nothing. Is the node busy or stuck? Its log says; try again, or with a longer --wait"
	}
	return fmt.Errorf("no answer after %s: %s", c.waited, after)
}

// firstNote is how long a verb waits in silence before it says what it waits for.
const firstNote = 3 * time.Second

// await runs do, printing to progress the node's progress events for op (from events, if not nil) and,
// after a silence, what the node waits for; its error, if ctx's deadline passed, says what may still
// happen (timedOut).
func (c *clientFlags) await(ctx context.Context, client *rpc.Client, events <-chan api.EventJSON, op string, progress io.Writer,
	do func(context.Context) error) error {
	done := make(chan error, 1)
	go func() { done <- do(ctx) }()
	start, last := time.Now(), ""
	tick := time.NewTimer(firstNote)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return c.timedOut()
			}
			if err != nil {
				return explain(err)
			}
			return nil
		case ev := <-events:
			if ev.Kind != node.EventProgress || ev.Op != op || ev.Stage == last {
				continue
			}
			last = ev.Stage
			line := "  " + ev.Stage
			if ev.TxHash != nil {
				line += " (tx " + ev.TxHash.Hex() + ")"
			}
			fmt.Fprintln(progress, line)
			tick.Reset(progressEvery)
		case <-tick.C:
			fmt.Fprintln(progress, waitNote(ctx, client, op != "exit", time.Since(start)))
			tick.Reset(progressEvery)
		}
	}
}

// waitNote says what a verb waits for after a silence: the hub, if the verb needs it (an exit does not)
// and this node cannot reach it (and since when), or the node, if it does not answer, or the chain, or
// just how long it has waited.
func waitNote(ctx context.Context, client *rpc.Client, needsHub bool, waited time.Duration) string {
	waited = waited.Round(time.Second)
	sctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	var st api.Status
	if err := client.CallContext(sctx, &st, "spoke_status"); err != nil {
		return fmt.Sprintf("  waiting for the node, which does not answer (%s)...", waited)
	}
	if st.Hub != nil && !st.HubConnected && needsHub {
		since := ""
		if st.HubUnreachableSince > 0 {
			since = " since " + time.Unix(st.HubUnreachableSince, 0).Format("15:04:05")
		}
		return fmt.Sprintf("  waiting for the hub, unreachable%s; the node keeps trying (%s)...", since, waited)
	}
	if st.ChainError != "" {
		return fmt.Sprintf("  waiting for the chain, which the node cannot reach (%s)...", waited)
	}
	return fmt.Sprintf("  still waiting (%s)...", waited)
}
