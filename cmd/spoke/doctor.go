package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	neturl "net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"spoke/api"
)

// check is one of spoke doctor's findings: what was checked, what it found, and when it failed, what
// to do about it.
type check struct {
	name   string
	ok     bool
	detail string
	fix    string
}

func runDoctor(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("doctor", "Checks a node's setup and says what to fix for each check that fails: the key file and API token\n"+
		"private (mode 0600), the data directory writable, the daemon running, the chain reachable with the\n"+
		"chain id and contract the node uses, the hub reachable (users), backups configured and made. Exits 1\n"+
		"if any check fails. The chain is found from the running daemon (its ready file), or --rpc and\n"+
		"--manager, or the devnet file.", out)
	var c clientFlags
	c.register(fs)
	devnet := fs.String("devnet", envOr("SPOKE_DEVNET", "devnet.json"), "the `file` spoke devnet wrote, when the daemon does not run (env SPOKE_DEVNET)")
	rpcURL := fs.String("rpc", "", "the chain's JSON-RPC URL (with --manager), when the daemon does not run")
	manager := fs.String("manager", "", "the ChannelManager's address (with --rpc)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.datadir == "" {
		return errors.New("--datadir is required: the data directory of the node to check (or set SPOKE_DATADIR)")
	}
	ctx, cancel := c.deadline(ctx, "")
	defer cancel()
	checks := fileChecks(c.datadir)
	st, running := doctorStatus(ctx, c.datadir)
	checks = append(checks, running)
	chainURL, mgr := doctorChain(c.datadir, *devnet, *rpcURL, *manager)
	checks = append(checks, chainCheck(ctx, chainURL, mgr, st))
	if st != nil {
		checks = append(checks, hubCheck(st), backupCheck(st))
	}
	return printChecks(out, checks, c.json)
}

// printChecks prints the findings, and fails if any check did.
func printChecks(out io.Writer, checks []check, asJSON bool) error {
	failed := 0
	type row struct {
		Check  string `json:"check"`
		OK     bool   `json:"ok"`
		Detail string `json:"detail"`
		Fix    string `json:"fix,omitempty"`
	}
	var rows []row
	for _, ch := range checks {
		rows = append(rows, row{ch.name, ch.ok, ch.detail, ch.fix})
		if !ch.ok {
			failed++
		}
		if asJSON {
			continue
		}
		if ch.ok {
			fmt.Fprintf(out, "ok    %s: %s\n", ch.name, ch.detail)
		} else {
			fmt.Fprintf(out, "FAIL  %s: %s\n      fix: %s\n", ch.name, ch.detail, ch.fix)
		}
	}
	if asJSON {
		b, _ := json.Marshal(rows)
		fmt.Fprintln(out, string(b))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d checks failed (see above for what to fix)", failed, len(checks))
	}
	return nil
}

// fileChecks checks the data directory: the key and API token private, and the directory writable.
func fileChecks(dir string) []check {
	var cs []check
	for _, f := range []struct{ name, file, missing string }{
		{"key file", keyFile, "no key: no node has started in this directory (spoke user or spoke hub with --datadir " + dir + " makes one)"},
		{"API token", api.TokenFile, "no API token: no node has started in this directory"},
	} {
		path := filepath.Join(dir, f.file)
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			cs = append(cs, check{f.name, false, f.missing, "check --datadir, or start the node there once"})
		case fi.Mode().Perm()&0o077 != 0:
			cs = append(cs, check{f.name, false, fmt.Sprintf("%s has mode %04o: other users of this machine can read it", path, fi.Mode().Perm()),
				fmt.Sprintf("chmod 600 %s", path)})
		default:
			cs = append(cs, check{f.name, true, fmt.Sprintf("%s, mode 0600", path), ""})
		}
	}
	return append(cs, writableCheck(dir))
}

// writableCheck writes, syncs and removes a file in dir.
func writableCheck(dir string) check {
	f, err := os.CreateTemp(dir, ".doctor-*")
	if err == nil {
		_, err = f.Write([]byte("spoke doctor\n"))
		err = errors.Join(err, f.Sync(), f.Close(), os.Remove(f.Name()))
	}
	if err != nil {
		return check{"disk", false, fmt.Sprintf("cannot write in %s: %v", dir, err),
			"free space on its disk, or give the node a directory it may write (its store and backups live there)"}
	}
	return check{"disk", true, dir + " is writable", ""}
}

// doctorStatus asks the running daemon of dir for its status.
func doctorStatus(ctx context.Context, dir string) (*api.Status, check) {
	st, reason := readyNow(ctx, dir, true)
	if reason != "" {
		return nil, check{"daemon", false, reason, "start it: spoke user (or spoke hub) --datadir " + dir}
	}
	return &st, check{"daemon", true, fmt.Sprintf("%s %s runs and answers; %d peer(s) connected", st.Role, st.Address.Hex(), st.Peers), ""}
}

// doctorChain finds the chain and contract to check: those the running daemon wrote in its ready file,
// else --rpc and --manager, else the devnet file's.
func doctorChain(dir, devnet, rpcURL, manager string) (string, common.Address) {
	if r, err := readReady(dir); err == nil && r.RPC != "" {
		return r.RPC, r.Manager
	}
	if rpcURL != "" && common.IsHexAddress(manager) {
		return rpcURL, common.HexToAddress(manager)
	}
	if df, err := readDevnetFile(devnet); err == nil {
		return df.RPCURL, df.Manager
	}
	return "", common.Address{}
}

// chainCheck dials the chain and checks the contract is there, and that the running node uses the same
// chain id and contract.
func chainCheck(ctx context.Context, url string, mgr common.Address, st *api.Status) check {
	const name = "chain"
	if url == "" {
		return check{name, false, "no chain to check: the daemon does not run and no --rpc/--manager or devnet file was given",
			"start the daemon, or give --rpc URL --manager ADDRESS (or --devnet FILE)"}
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(cctx, url)
	url = hostOf(url) // an endpoint's path or user may hold an API key: never printed
	if err != nil {
		return check{name, false, fmt.Sprintf("cannot reach %s", url), "check the chain's node runs and the URL (--rpc)"}
	}
	defer client.Close()
	id, err := client.ChainID(cctx)
	if err != nil {
		return check{name, false, fmt.Sprintf("%s does not answer", url), "check the chain's node runs and the URL (--rpc)"}
	}
	code, err := client.CodeAt(cctx, mgr, nil)
	switch {
	case err != nil || len(code) == 0:
		return check{name, false, fmt.Sprintf("no ChannelManager contract at %s on %s (chain id %s)", mgr.Hex(), url, id),
			"give the address the contract was deployed at (--manager), on the chain it was deployed on"}
	case st != nil && st.ChainError != "":
		return check{name, false, "the node cannot read the chain now", "check the node's --rpc and that the chain's node runs"}
	case st != nil && (st.ChainID != id.String() || st.Manager != mgr):
		return check{name, false, fmt.Sprintf("the node uses chain %s and contract %s, but %s is chain %s with the contract at %s",
			st.ChainID, st.Manager.Hex(), url, id, mgr.Hex()), "restart the node with the chain and contract it should use (--rpc, --manager)"}
	}
	detail := fmt.Sprintf("%s answers (chain id %s), the contract is at %s", url, id, mgr.Hex())
	if st != nil {
		detail += fmt.Sprintf("; the node is at block %d", st.ChainHead)
	}
	return check{name, true, detail, ""}
}

// hubCheck checks a user node reaches its hub.
func hubCheck(st *api.Status) check {
	const name = "hub"
	switch {
	case st.Hub == nil:
		return check{name, true, "this node is a hub", ""}
	case st.HubConnected:
		return check{name, true, "connected to " + st.Hub.Hex(), ""}
	}
	since := ""
	if st.HubUnreachableSince > 0 {
		since = " since " + time.Unix(st.HubUnreachableSince, 0).Format(time.RFC3339)
	}
	return check{name, false, fmt.Sprintf("the hub %s is unreachable%s", st.Hub.Hex(), since),
		"check the hub runs (its operator: spoke doctor on its data directory) and its address in --hub; payments wait until it is back"}
}

// backupCheck checks the node backs up, and has made a backup in this run.
func backupCheck(st *api.Status) check {
	const name = "backup"
	switch {
	case st.Backup == "":
		return check{name, false, "the node does not back its signed state up: losing this disk loses the proof of your balance",
			"restart the node with --backup-dir DIR (on another disk) or --ipfs-api HOST:PORT (a kubo daemon)"}
	case st.BackupAt == 0:
		return check{name, false, "backups go to " + st.Backup + ", but none has been made since the node started " +
			"(a node that backs up signs nothing past what its last stored backup covers: payments wait)",
			"see the node's log for the backup error; spoke backup --datadir DIR tries now"}
	}
	return check{name, true, fmt.Sprintf("to %s, last %s ago", st.Backup, time.Since(time.Unix(st.BackupAt, 0)).Round(time.Second)), ""}
}

// hostOf is a URL's scheme and host, without a user, path or query that may hold a secret.
func hostOf(s string) string {
	u, err := neturl.Parse(s)
	if err != nil || u.Host == "" {
		return "the chain's URL"
	}
	return u.Scheme + "://" + u.Host
}
