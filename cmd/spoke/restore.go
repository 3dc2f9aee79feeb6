package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"spoke/api"
	"spoke/backup"
	"spoke/node"
	"spoke/state"
)

func runBackup(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("backup", "Backs the running node's signed state up now, encrypted, to its backup directory or IPFS (it also\n"+
		"does on its own after every change), and prints where it went.", out)
	var c clientFlags
	c.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	return c.call(ctx, out, func(raw json.RawMessage) string {
		var b api.BackupResult
		if err := json.Unmarshal(raw, &b); err != nil {
			return string(raw)
		}
		return fmt.Sprintf("backed up to %s: %s (seq %d, %s)", b.Backend, b.Ref, b.Seq, time.Unix(b.Created, 0).UTC().Format(time.RFC3339))
	}, "spoke_backup")
}

func runRestore(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("restore", "Restores a node's signed state from its latest backup into a new data directory, for when its own\n"+
		"was lost: fetches the backup the node's key signed, decrypts it with that key, checks every state's\n"+
		"signatures and the chain, and writes the store. Then start the node on the directory (`spoke user\n"+
		"--datadir DIR --hub ...`) to go on, or to `spoke exit` if the hub is gone. The node must not be running.", out)
	var d daemonFlags
	fs.StringVar(&d.datadir, "datadir", envOr("SPOKE_DATADIR", ""), "the data directory to restore into (env SPOKE_DATADIR)")
	fs.StringVar(&d.devnet, "devnet", envOr("SPOKE_DEVNET", "devnet.json"), "the `file` 'spoke devnet' wrote, for the chain (env SPOKE_DEVNET)")
	fs.StringVar(&d.rpcURL, "rpc", "", "the chain's JSON-RPC URL; with --manager, used instead of the devnet file")
	fs.StringVar(&d.manager, "manager", "", "the ChannelManager contract's address (with --rpc)")
	fs.StringVar(&d.account, "account", "", "the devnet account whose key to use, when the data directory has no key")
	keyFlag := fs.String("key-file", "", "a file with the node's key (hex), when the data directory has no key")
	fs.StringVar(&d.backupDir, "backup-dir", "", "restore from this backup directory")
	fs.StringVar(&d.ipfsAPI, "ipfs-api", "", "restore from IPFS through this kubo API (host:port or multiaddr)")
	fs.StringVar(&d.store, "store", envOr("SPOKE_STORE", ""), "restore into this PostgreSQL store (postgres://...?search_path=schema; env SPOKE_STORE) instead of the SQLite file in the data directory; start the node with the same --store")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if d.datadir == "" {
		return errors.New("--datadir is required: where to restore to")
	}
	b, err := backupBackend(d.backupDir, d.ipfsAPI)
	if err != nil {
		return err
	}
	if b == nil {
		return errors.New("give --backup-dir or --ipfs-api: where the backups are")
	}
	df, err := d.chainSettings()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(d.datadir, 0o700); err != nil {
		return err
	}
	if *keyFlag != "" {
		if err := copyKey(*keyFlag, d.datadir); err != nil {
			return err
		}
	}
	key, fresh, err := loadKey(d.datadir, d.account, df)
	if err != nil {
		return err
	}
	if fresh {
		_ = os.Remove(filepath.Join(d.datadir, keyFile))
		return errors.New("no key: give --account or --key-file with the key of the node to restore")
	}
	unlock, err := node.LockDataDir(d.datadir)
	if err != nil {
		return err
	}
	defer unlock()
	chainID, err := chainIDOf(ctx, df)
	if err != nil {
		return err
	}
	st, err := node.OpenStore(ctx, d.datadir, d.store) // SQLite: with the thread journal, replayed first
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(out, "Restoring from %s...\n", b)
	r, err := backup.Restore(ctx, b, key, st, state.NewDomain(chainID, df.Manager))
	if err != nil {
		return err
	}
	into := d.datadir
	if d.store != "" {
		into = "the PostgreSQL store (start the node with the same --store) and " + d.datadir
	}
	fmt.Fprintf(out, "Restored %d channel(s) of %s from the backup of %s (seq %d) into %s.\n", r.Channels, r.Pointer.Node,
		time.Unix(r.Pointer.Created, 0).UTC().Format(time.RFC3339), r.Pointer.Seq, into)
	fmt.Fprintf(out, "The node may have signed states after this backup, and it never signs two different states at one\n"+
		"nonce: it signs nothing within %d nonces above each channel's latest state in the backup, and once it runs it\n"+
		"moves each channel past them with a state that changes nothing but the nonce (a Bump), which the\n"+
		"counterparty must countersign before its own proposals on the channel are taken again.\n", backup.RestoreSkip)
	fmt.Fprintf(out, "Its peers know it at the libp2p address it listened on before (a hub's users above all): start it\n"+
		"with --listen set to that address (its old data directory's %s, without the /p2p/ part), or they\n"+
		"reach it only once they are restarted with its new one.\n", p2pAddrFile)
	return nil
}

// copyKey writes the key in file (hex) into the data directory, unless it has one already.
func copyKey(file, dir string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, keyFile)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already has a key; remove --key-file or restore into a new directory", dir)
	}
	return os.WriteFile(path, b, 0o600)
}

// chainIDOf is the chain id of the devnet file, or asked of the chain.
func chainIDOf(ctx context.Context, df DevnetFile) (*big.Int, error) {
	if df.ChainID != 0 {
		return new(big.Int).SetUint64(df.ChainID), nil
	}
	c, err := ethclient.DialContext(ctx, df.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("chain %s: %w", df.RPCURL, err)
	}
	defer c.Close()
	return c.ChainID(ctx)
}
