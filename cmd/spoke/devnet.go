package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
)

// DevnetFile is what `spoke devnet` writes for `spoke hub` and `spoke user` to read: where the chain is,
// the contracts, and the funded dev accounts with their keys (dev keys are public knowledge; the file is
// 0600 anyway, like every file holding keys).
type DevnetFile struct {
	ChainID         uint64          `json:"chainId"`
	RPCURL          string          `json:"rpcUrl"`
	Manager         common.Address  `json:"manager"`
	Token           common.Address  `json:"token"`
	ChallengePeriod uint64          `json:"challengePeriod"`
	Accounts        []DevnetAccount `json:"accounts"`
}

// DevnetAccount is one funded dev account: 1,000 ether and 1,000,000 tokens approved to the manager.
type DevnetAccount struct {
	Name       string         `json:"name"`
	Address    common.Address `json:"address"`
	PrivateKey hexutil.Bytes  `json:"privateKey"`
}

func runDevnet(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("devnet", "Runs an embedded dev chain (go-ethereum's simulated backend, a real EVM) with JSON-RPC on a\n"+
		"loopback address, deploys the ChannelManager and a test token, funds five dev accounts (deployer,\n"+
		"hub, alice, bob, mallory, and hub2, hub3, carol for hub networks) and writes the chain URL, contract addresses and dev keys to a file that\n"+
		"`spoke hub` and `spoke user` read. Runs until interrupted; the chain lives in memory only.", out)
	rpc := fs.String("rpc", "127.0.0.1:8545", "JSON-RPC listen address (loopback only)")
	period := fs.Duration("block-period", time.Second, "mine a block this often")
	file := fs.String("out", "devnet.json", "where to write the chain URL, contract addresses and dev keys (mode 0600)")
	challenge := fs.Uint64("challenge-period", chaintest.ChallengePeriod, "the manager's challenge period for exits, in seconds of chain time")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *period <= 0 {
		return fmt.Errorf("--block-period must be positive, got %s", *period)
	}
	if *challenge == 0 {
		return errors.New("--challenge-period must be positive")
	}
	fmt.Fprintf(out, "Starting a dev chain on %s (a block every %s) and deploying the contracts...\n", *rpc, *period)
	env, err := chaintest.NewWithPeriod(ctx, devchain.Config{HTTPAddr: *rpc, BlockPeriod: *period}, *challenge)
	if err != nil {
		return fmt.Errorf("start dev chain: %w (is %s free? choose another with --rpc)", err, *rpc)
	}
	defer env.Close()
	df := devnetFile(env)
	if err := writeDevnetFile(*file, df); err != nil {
		return err
	}
	fmt.Fprintf(out, "  JSON-RPC       %s (chain id %d)\n  ChannelManager %s\n  token          %s\n",
		df.RPCURL, df.ChainID, df.Manager, df.Token)
	for _, a := range df.Accounts {
		fmt.Fprintf(out, "  %-14s %s\n", a.Name, a.Address)
	}
	abs, _ := filepath.Abs(*file)
	fmt.Fprintf(out, "Wrote %s (keys included, mode 0600). Press Ctrl-C to stop.\n", abs)
	<-ctx.Done()
	fmt.Fprintln(out, "Stopping the dev chain.")
	return nil
}

// devnetFile describes a running dev chain.
func devnetFile(env *chaintest.Env) DevnetFile {
	df := DevnetFile{ChainID: devchain.ChainID, RPCURL: env.Chain.URL(), Manager: env.Dep.Manager,
		Token: env.Dep.Token, ChallengePeriod: env.Period}
	names := []string{"deployer", "hub", "alice", "bob", "mallory", "hub2", "hub3", "carol"}
	for i, a := range []chaintest.Actor{env.Deployer, env.Hub, env.Alice, env.Bob, env.Mallory, env.Hub2, env.Hub3, env.Carol} {
		df.Accounts = append(df.Accounts, DevnetAccount{Name: names[i], Address: a.Addr, PrivateKey: crypto.FromECDSA(a.Key)})
	}
	return df
}

// writeDevnetFile writes df as JSON, mode 0600, replacing the file atomically.
func writeDevnetFile(path string, df DevnetFile) error {
	b, err := json.MarshalIndent(df, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp, 0o600); err != nil { // WriteFile keeps the mode of an existing file
		return err
	}
	return os.Rename(tmp, path)
}

// readDevnetFile reads what writeDevnetFile wrote.
func readDevnetFile(path string) (DevnetFile, error) {
	var df DevnetFile
	b, err := os.ReadFile(path)
	if err != nil {
		return df, err
	}
	if err := json.Unmarshal(b, &df); err != nil {
		return df, fmt.Errorf("%s: %w", path, err)
	}
	if df.RPCURL == "" || df.Manager == (common.Address{}) || len(df.Accounts) == 0 {
		return df, fmt.Errorf("%s: not a devnet file (no rpcUrl, manager or accounts)", path)
	}
	return df, nil
}
