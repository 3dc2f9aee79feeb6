package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"spoke/api"
)

// runHubExit closes a hub's channel with one user on-chain (spoke hub exit).
func runHubExit(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("hub exit", "Closes the hub's channel with one user on-chain without the user, for a user that stopped\n"+
		"answering or keeps a lock the hub sent past its expiry (a hub started with --manual-exit only logs\n"+
		"those): starts an exit with the latest state both sides signed, waits for the challenge period\n"+
		"(showing progress), pays the channel out and resolves its locks. The channel takes no more payments\n"+
		"afterwards. Interrupted, it goes on where it was when run again.", out)
	var c clientFlags
	c.register(fs)
	user := fs.String("user", "", "the user's address (0x and 40 hex digits)")
	yes := fs.Bool("yes", false, "confirm: close the channel on-chain")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case !common.IsHexAddress(*user):
		return fmt.Errorf("give --user with the address of the user whose channel to close (0x and 40 hex digits), not %q", *user)
	case !*yes:
		return errors.New("an exit closes the channel on-chain and takes the challenge period; pass --yes to do it")
	}
	c.after = "the exit goes on in the node: run spoke hub exit --user ... --yes again to follow it to its end"
	return c.exitCall(ctx, out, "the user", "spoke_exitChannel", common.HexToAddress(*user))
}

// exitCall runs an exit method, showing its progress, and says what it paid out, naming the channel's
// user as user.
func (c *clientFlags) exitCall(ctx context.Context, out io.Writer, user, method string, args ...any) error {
	progress := &introWriter{w: progressOut, intro: "Exiting on-chain; this takes the contract's challenge period..."}
	return c.callWithProgress(ctx, out, progress, "exit", func(raw json.RawMessage) string {
		var r api.ExitResult
		if err := json.Unmarshal(raw, &r); err != nil {
			return string(raw)
		}
		return exitLinesAs(r, user)
	}, method, args...)
}
