package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"spoke/api"
	"spoke/node"
)

// printLoginLink prints the wallet page's one-time login link of a user daemon that just started (a hub
// has no wallet of its own to show).
func printLoginLink(out io.Writer, srv *api.Server, role node.Role, datadir string) error {
	if role != node.User {
		return nil
	}
	link, err := srv.LoginURL()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "  page %s\n       (the wallet page: this link opens it once, in a browser on this machine; "+
		"`spoke page --datadir %s` prints another)\n", link, datadir)
	return nil
}

func runPage(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("page", "Prints a new one-time login link to the running node's wallet page: open it in a browser on this\n"+
		"machine. Opening it starts a session (a cookie) and spends the link; the session ends when the node\n"+
		"stops. The page shows balances and history live, and pays, makes and redeems links, deposits,\n"+
		"exchanges, withdraws and exits.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.datadir == "" {
		return errors.New("--datadir is required: the data directory of a running `spoke user` (or set SPOKE_DATADIR)")
	}
	b, err := os.ReadFile(filepath.Join(c.datadir, apiAddrFile))
	if err != nil {
		return fmt.Errorf("no running node in %s: start `spoke user --datadir %s` first", c.datadir, c.datadir)
	}
	token, err := api.LoadOrCreateToken(c.datadir)
	if err != nil {
		return err
	}
	ctx, cancel := c.deadline(ctx, "")
	defer cancel()
	link, err := api.NewLoginLink(ctx, strings.TrimSpace(string(b)), token)
	if err != nil {
		return fmt.Errorf("%w (is the node in %s still running?)", err, c.datadir)
	}
	fmt.Fprintln(out, link)
	return nil
}
