package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader in two goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestDevnet(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	file := filepath.Join(t.TempDir(), "devnet.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() { done <- runDevnet(ctx, []string{"--rpc", addr, "--block-period", "100ms", "--out", file}, out) }()

	var df DevnetFile
	deadline := time.Now().Add(60 * time.Second)
	for {
		if df, err = readDevnetFile(file); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no devnet file: %v\n%s", err, out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("devnet file mode %v (err %v), want 0600", fi.Mode().Perm(), err)
	}
	client, err := ethclient.DialContext(ctx, df.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != df.ChainID {
		t.Fatalf("chain id %v (err %v), want %d", id, err, df.ChainID)
	}
	if code, err := client.CodeAt(ctx, df.Manager, nil); err != nil || len(code) == 0 {
		t.Fatalf("no ChannelManager code at %s: %v", df.Manager, err)
	}
	for _, a := range df.Accounts {
		key, err := crypto.ToECDSA(a.PrivateKey)
		if err != nil || crypto.PubkeyToAddress(key.PublicKey) != a.Address {
			t.Fatalf("account %s: key does not match its address (%v)", a.Name, err)
		}
		if bal, err := client.BalanceAt(ctx, a.Address, nil); err != nil || bal.Sign() == 0 {
			t.Fatalf("account %s not funded: %v %v", a.Name, bal, err)
		}
	}
	first, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if next, err := client.BlockNumber(ctx); err != nil || next <= first {
		t.Fatalf("no blocks mined: %d then %d (%v)", first, next, err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("devnet: %v", err)
	}
	if !bytes.Contains([]byte(out.String()), []byte(fmt.Sprint(df.Manager))) {
		t.Fatalf("output does not name the manager:\n%s", out.String())
	}
}

func TestDevnetBadFlags(t *testing.T) {
	var out bytes.Buffer
	if err := runDevnet(context.Background(), []string{"--block-period", "0s"}, &out); err == nil {
		t.Fatal("a zero block period was accepted")
	}
	if err := runDevnet(context.Background(), []string{"--rpc", "0.0.0.0:8545", "--out", filepath.Join(t.TempDir(), "x.json")}, &out); err == nil {
		t.Fatal("a non-loopback RPC address was accepted")
	}
	// A port in use is an error that says so, not a panic.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	err = runDevnet(context.Background(), []string{"--rpc", l.Addr().String(), "--out", filepath.Join(t.TempDir(), "x.json")}, &out)
	if err == nil || !strings.Contains(err.Error(), "address already in use") || !strings.Contains(err.Error(), "--rpc") {
		t.Fatalf("devnet on a port in use: %v", err)
	}
}
