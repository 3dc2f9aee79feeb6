package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"spoke/contracts/bindings"
	"spoke/internal/kubotest"
)

// e2e runs the spoke binary as separate processes in one directory.
type e2e struct {
	t           testing.TB
	bin         string
	dir         string
	hubProcess  *exec.Cmd
	userProcess map[string]*exec.Cmd
}

func newE2E(t testing.TB) *e2e {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "spoke")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return &e2e{t: t, bin: bin, dir: dir, userProcess: map[string]*exec.Cmd{}}
}

// daemon starts a long-running spoke process, stopped with SIGINT when the test ends.
func (e *e2e) daemon(name string, args ...string) *exec.Cmd {
	e.t.Helper()
	log, err := os.Create(filepath.Join(e.dir, name+".log"))
	if err != nil {
		e.t.Fatal(err)
	}
	cmd := exec.Command(e.bin, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = e.dir, log, log
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
		}
	})
	return cmd
}

// logs returns the daemons' logs.
func (e *e2e) logs() string {
	paths, _ := filepath.Glob(filepath.Join(e.dir, "*.log"))
	var all bytes.Buffer
	for _, l := range paths {
		b, _ := os.ReadFile(l)
		fmt.Fprintf(&all, "== %s\n%s\n", filepath.Base(l), b)
	}
	return all.String()
}

// waitFile waits until a file exists.
func (e *e2e) waitFile(path string) {
	e.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(e.dir, path)); err == nil {
			return
		}
		if time.Now().After(deadline) {
			logs, _ := filepath.Glob(filepath.Join(e.dir, "*.log"))
			var all bytes.Buffer
			for _, l := range logs {
				b, _ := os.ReadFile(l)
				fmt.Fprintf(&all, "== %s\n%s\n", l, b)
			}
			e.t.Fatalf("%s never appeared\n%s", path, all.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// run runs a client verb and returns its exit code and output.
func (e *e2e) run(args ...string) (int, string) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.bin, args...)
	cmd.Dir = e.dir
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	}
	if err != nil {
		e.t.Fatal(err)
	}
	return 0, string(out)
}

// must runs a client verb that must succeed.
func (e *e2e) must(args ...string) string {
	e.t.Helper()
	code, out := e.run(args...)
	if code != 0 {
		e.t.Fatalf("spoke %s: exit %d\n%s\n%s", strings.Join(args, " "), code, out, e.logs())
	}
	return out
}

// pay pays, retrying while the hub collateralizes the recipient.
func (e *e2e) pay(from, to, wei string) {
	e.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, out := e.run("pay", "--datadir", from, "--to", to, "--wei", wei)
		if code == 0 {
			return
		}
		if !strings.Contains(out, "needs collateral") || time.Now().After(deadline) {
			e.t.Fatalf("pay: exit %d\n%s", code, out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// exchangeHistoryCollateral: the hub collateralizes Alice's channel (its collateral verb, with
// progress), Alice sells 1,000 token base units at the configured rate of 2 per wei for exactly 500 wei,
// her history says so, and both collateral views answer.
func (e *e2e) exchangeHistoryCollateral() {
	e.t.Helper()
	alice := strings.TrimSpace(e.must("info", "--datadir", "alice", "--json"))
	addr := common.HexToAddress(alice[strings.Index(alice, `"address":"`)+11:][:42]).Hex()
	if out := e.must("collateral", "--datadir", "hub", "--user", addr, "--wei", "1000000"); !strings.Contains(out, "confirmations") {
		e.t.Fatalf("hub collateral output (with its progress): %s", out)
	}
	if out := e.must("exchange", "--datadir", "alice", "--quote"); !strings.Contains(out, "2 token base units per 1 wei") {
		e.t.Fatalf("quote (rate 2 from the hub's config file): %s", out)
	}
	if out := e.must("exchange", "--datadir", "alice", "--sell-token", "1000"); !strings.Contains(out, "you 1000000000000000500 wei (1.0000000000000005 ETH), 4000 token (0.000000000000004 STT)") {
		e.t.Fatalf("exchange output: %s", out)
	}
	if out := e.must("history", "--datadir", "alice", "--limit", "3"); !strings.Contains(out, "exchange: the user sold token for wei") {
		e.t.Fatalf("history output: %s", out)
	}
	if out := e.must("collateral", "--datadir", "hub"); !strings.Contains(out, "reserve on-chain:") || !strings.Contains(out, "channel of "+addr) ||
		strings.Contains(out, "reserve on-chain: 0 wei") {
		e.t.Fatalf("hub collateral view: %s", out)
	}
	if out := e.must("collateral", "--datadir", "bob", "--to", "alice", "--wei", "1"); !strings.Contains(out, "ready: the hub can pay") {
		e.t.Fatalf("needs collateral: %s", out)
	}
}

// newKeyUser starts a user on --rpc and --manager (no devnet file) without --account: it makes its own
// key (mode 0600), says so, and serves its API.
func (e *e2e) newKeyUser(rpcAddr string) {
	e.t.Helper()
	df, err := readDevnetFile(filepath.Join(e.dir, "devnet.json"))
	if err != nil {
		e.t.Fatal(err)
	}
	e.userProcess["carol"] = e.daemon("carol", "user", "--datadir", "carol", "--devnet", "nonexistent.json", "--rpc", "http://"+rpcAddr,
		"--manager", df.Manager.Hex(), "--hub", "hub")
	e.waitFile("carol/api.url")
	fi, err := os.Stat(filepath.Join(e.dir, "carol", "key"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		e.t.Fatalf("carol's key file: %v, %v", fi, err)
	}
	log, _ := os.ReadFile(filepath.Join(e.dir, "carol.log"))
	info := e.must("info", "--datadir", "carol")
	addr := strings.Fields(info)[1]
	if !strings.Contains(string(log), "Made a new key") || !strings.Contains(string(log), addr) {
		e.t.Fatalf("carol's log does not announce her new key %s:\n%s", addr, log)
	}
}

// devnet starts `spoke devnet` (a block every 100 ms) with extra flags and returns its JSON-RPC address.
func (e *e2e) devnet(extra ...string) string {
	e.t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	rpcAddr := l.Addr().String()
	_ = l.Close()
	e.daemon("devnet", append([]string{"devnet", "--rpc", rpcAddr, "--block-period", "100ms"}, extra...)...)
	e.waitFile("devnet.json")
	return rpcAddr
}

// TestProcessesExit is the story of a user whose hub vanished and who lost his own disk too: Bob, backing
// up to a real IPFS daemon (kubo), is paid in tokens; the hub is killed for good, and Bob's data
// directory is deleted. `spoke restore` brings his signed state back from IPFS with nothing but his key;
// his node, started on it, closes the channel on-chain alone with `spoke exit`, and his wallet gets
// exactly his channel balance.
func TestProcessesExit(t *testing.T) {
	e := newE2E(t)
	ipfs := kubotest.Start(t)
	rpcAddr := e.devnet("--challenge-period", "30")
	hub := e.daemon("hub", "hub", "--datadir", "hub", "--account", "hub", "--reserve-wei", "1000000000000000000",
		"--reserve-token", "100000000000000000000")
	e.waitFile("hub/api.url")
	e.daemon("alice", "user", "--datadir", "alice", "--account", "alice", "--hub", "hub")
	bobProcess := e.daemon("bob", "user", "--datadir", "bob", "--account", "bob", "--hub", "hub", "--ipfs-api", ipfs.API)
	e.waitFile("alice/api.url")
	e.waitFile("bob/api.url")
	e.must("deposit", "--datadir", "alice", "--token", "5000")
	e.must("deposit", "--datadir", "bob", "--wei", "1000")
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, out := e.run("pay", "--datadir", "alice", "--to", "bob", "--token", "1234")
		if code == 0 {
			break
		}
		if !strings.Contains(out, "needs collateral") || time.Now().After(deadline) {
			t.Fatalf("pay: exit %d\n%s", code, out)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if out := e.must("backup", "--datadir", "bob"); !strings.Contains(out, "backed up to IPFS at "+ipfs.API) {
		t.Fatalf("backup: %s", out)
	}
	if code, out := e.run("backup", "--datadir", "alice"); code == 0 || !strings.Contains(out, "does not back up") {
		t.Fatalf("backup of a node without backups: exit %d\n%s", code, out)
	}
	// The hub is gone for good; Bob stops (SIGTERM: a last backup) and loses his data directory.
	if err := hub.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = hub.Wait()
	if err := bobProcess.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := bobProcess.Wait(); err != nil {
		t.Fatalf("bob after SIGTERM: %v", err)
	}
	if err := os.RemoveAll(filepath.Join(e.dir, "bob")); err != nil {
		t.Fatal(err)
	}
	out := e.must("restore", "--datadir", "bob2", "--account", "bob", "--ipfs-api", ipfs.API)
	if !strings.Contains(out, "Restored 1 channel(s)") {
		t.Fatalf("restore: %s", out)
	}
	e.daemon("bob2", "user", "--datadir", "bob2", "--hub", "hub")
	e.waitFile("bob2/api.url")

	client, err := ethclient.Dial("http://" + rpcAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	df, err := readDevnetFile(filepath.Join(e.dir, "devnet.json"))
	if err != nil {
		t.Fatal(err)
	}
	token, err := bindings.NewTestToken(df.Token, client)
	if err != nil {
		t.Fatal(err)
	}
	bob := df.Accounts[3].Address
	before, err := token.BalanceOf(nil, bob)
	if err != nil {
		t.Fatal(err)
	}
	if code, out := e.run("exit", "--datadir", "bob2"); code == 0 || !strings.Contains(out, "--yes") {
		t.Fatalf("exit without --yes: exit %d\n%s", code, out)
	}
	out = e.must("exit", "--datadir", "bob2", "--yes")
	if !strings.Contains(out, "channel closed on-chain with state") || !strings.Contains(out, "challenge period") {
		t.Fatalf("exit output (with its progress): %s", out)
	}
	after, err := token.BalanceOf(nil, bob)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Int64() != 1234 {
		t.Fatalf("bob's wallet got %s token base units, want 1234", got)
	}
	if code, out := e.run("pay", "--datadir", "bob2", "--to", "alice", "--wei", "1"); code == 0 || !strings.Contains(out, "exiting") {
		t.Fatalf("a payment after the exit: exit %d\n%s", code, out)
	}
}

// TestProcesses drives separate spoke processes (devnet, hub, two users) only through the command line:
// deposits, payments both ways, a link payment, a thread (e2e.threads), withdrawals that reconcile
// on-chain, a wrong API token and bad arguments refused.
func TestProcesses(t *testing.T) {
	e := newE2E(t)
	rpcAddr := e.devnet()
	// The hub's settings come from the config file in its data directory.
	if err := os.MkdirAll(filepath.Join(e.dir, "hub"), 0o700); err != nil {
		t.Fatal(err)
	}
	conf := "# hub settings\nreserve-wei = 10000000000000000000\nreserve-token = 1000000000000000000000\nrate = 2 # token base units per wei\n" +
		"thread-min-wei = 0 # the thread of e2e.threads holds 5,000 wei\n"
	if err := os.WriteFile(filepath.Join(e.dir, "hub", "spoke.conf"), []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	e.hubProcess = e.daemon("hub", "hub", "--datadir", "hub", "--account", "hub")
	e.waitFile("hub/api.url")
	for _, u := range []string{"alice", "bob"} {
		e.daemon(u, "user", "--datadir", u, "--account", u, "--hub", "hub", "--thread-min-wei", "0")
		e.waitFile(u + "/api.url")
		out := e.must("deposit", "--datadir", u, "--eth", "1", "--token", "5000")
		if !strings.Contains(out, "you 1000000000000000000 wei (1 ETH), 5000 token (0.000000000000005 STT)") || !strings.Contains(out, "2 of 2 confirmations") {
			t.Fatalf("deposit output (with its progress): %s", out)
		}
	}
	e.exchangeHistoryCollateral()
	e.newKeyUser(rpcAddr)
	e.walletLinks("alice")
	e.daemon("events", "events", "--datadir", "bob")
	const n = 200 // payments each way
	for i := range n {
		e.pay("alice", "bob", "1000")
		e.pay("bob", "alice", fmt.Sprint(100+i))
	}
	sentByBob := uint64(n*100 + n*(n-1)/2)
	want := map[string]uint64{"alice": 1e18 + 500 - n*1000 + sentByBob, "bob": 1e18 + n*1000 - sentByBob}

	// A link payment: Alice's link, redeemed by Bob.
	out := e.must("pay", "--datadir", "alice", "--link", "--wei", "777", "--memo", "a gift")
	link := strings.TrimSpace(out[strings.LastIndex(strings.TrimSpace(out), "\n")+1:])
	if !strings.HasPrefix(link, "spokelink1:") {
		t.Fatalf("pay --link output: %s", out)
	}
	if out := e.must("redeem", "--datadir", "bob", link); !strings.Contains(out, `redeemed: 777 wei, 0 token: "a gift"`) {
		t.Fatalf("redeem: %s", out)
	}
	if code, out := e.run("redeem", "--datadir", "bob", link); code == 0 || !strings.Contains(out, "no unredeemed link") {
		t.Fatalf("second redeem: exit %d\n%s", code, out)
	}
	want["alice"] -= 777
	want["bob"] += 777
	paid := e.threads()
	want["alice"] -= paid
	want["bob"] += paid

	if logs, _ := os.ReadFile(filepath.Join(e.dir, "events.log")); !strings.Contains(string(logs), "received 1000 wei") {
		t.Fatalf("spoke events did not show bob's payments:\n%s", logs)
	}
	// The hub killed with SIGKILL while payments are in flight, then restarted on its data directory:
	// every payment whose command succeeded moved its amount, the others nothing.
	hub := e.hubProcess
	results := make(chan bool, 10)
	for range 10 {
		go func() {
			code, _ := e.run("pay", "--datadir", "alice", "--to", "bob", "--wei", "7")
			results <- code == 0
		}()
	}
	time.Sleep(150 * time.Millisecond)
	if err := hub.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = hub.Wait()
	hub2 := e.daemon("hub2", "hub", "--datadir", "hub")
	for range 10 {
		if <-results {
			want["alice"] -= 7
			want["bob"] += 7
		}
	}
	// A payment named by an id while the hub is down: the command gives up after its wait and says how
	// to ask again; asked again once the hub is back, it shows the outcome; a third time, the same
	// receipt. One payment.
	if err := hub2.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	_ = hub2.Wait()
	payID := []string{"pay", "--datadir", "alice", "--to", "bob", "--wei", "11", "--id", "order-11", "--json"}
	if code, out := e.run(append(payID, "--wait", "2s")...); code == 0 || !strings.Contains(out, "--id order-11") {
		t.Fatalf("pay --id with the hub down: exit %d\n%s", code, out)
	}
	e.daemon("hub3", "hub", "--datadir", "hub")
	lastLine := func(out string) string { // the receipts; progress lines go before them
		out = strings.TrimSpace(out)
		return out[strings.LastIndex(out, "\n")+1:]
	}
	first, again := lastLine(e.must(payID...)), lastLine(e.must(payID...))
	if !strings.Contains(first, `"hashlock":"0x`) || !strings.Contains(first, `"preimage":"0x`) || first != again {
		t.Fatalf("pay --id order-11 once the hub is back, twice:\n%s\n%s", first, again)
	}
	want["alice"] -= 11
	want["bob"] += 11
	client, err := ethclient.Dial("http://" + rpcAddr)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for i, u := range []string{"alice", "bob"} {
		recipient := common.BigToAddress(big.NewInt(int64(0xa000 + i)))
		out := e.must("withdraw", "--datadir", u, "--wei", fmt.Sprint(want[u]), "--to", recipient.Hex())
		if !strings.Contains(out, "you 0 wei") {
			t.Fatalf("%s withdraw output: %s", u, out)
		}
		bal, err := client.BalanceAt(context.Background(), recipient, nil)
		if err != nil || bal.Uint64() != want[u] {
			t.Fatalf("%s's recipient holds %v (err %v), want %d", u, bal, err, want[u])
		}
	}
	// A wrong token is refused; bad arguments exit non-zero with a clear message and change nothing.
	if err := os.WriteFile(filepath.Join(e.dir, "alice", "api.token"), []byte("wrong\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out := e.run("info", "--datadir", "alice"); code == 0 || !strings.Contains(out, "401") {
		t.Fatalf("wrong token: exit %d\n%s", code, out)
	}
	for _, bad := range [][]string{
		{"pay", "--datadir", "bob", "--to", "alice"},
		{"withdraw", "--datadir", "bob", "--wei", "1", "--to", "nowhere"},
		{"deposit", "--datadir", "bob", "--wei", "1.5"},
		{"channel", "--datadir", "nosuchdir"},
		{"exchange", "--datadir", "bob"},
		{"exchange", "--datadir", "bob", "--sell-wei", "1", "--sell-token", "1"},
		{"history", "--datadir", "bob", "--limit", "0"},
		{"collateral", "--datadir", "bob", "--to", "alice", "--user", "0x0000000000000000000000000000000000000001"},
		{"collateral", "--datadir", "bob", "--user", "0x0000000000000000000000000000000000000001", "--wei", "1"},
	} {
		if code, out := e.run(bad...); code == 0 || len(strings.TrimSpace(out)) == 0 {
			t.Fatalf("spoke %s: exit %d, output %q", strings.Join(bad, " "), code, out)
		}
	}
	// A second daemon on a data directory in use is refused and leaves the running one's files alone.
	apiURL, _ := os.ReadFile(filepath.Join(e.dir, "hub", "api.url"))
	if code, out := e.run("hub", "--datadir", "hub"); code == 0 || !strings.Contains(out, "in use") {
		t.Fatalf("second hub on hub's data directory: exit %d\n%s", code, out)
	}
	if now, _ := os.ReadFile(filepath.Join(e.dir, "hub", "api.url")); !bytes.Equal(now, apiURL) {
		t.Fatalf("the refused hub rewrote api.url: %q -> %q", apiURL, now)
	}
	// SIGTERM stops a daemon cleanly: exit status 0, having said so.
	if err := e.userProcess["carol"].Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := e.userProcess["carol"].Wait(); err != nil {
		t.Fatalf("carol after SIGTERM: %v\n%s", err, e.logs())
	}
	if log, _ := os.ReadFile(filepath.Join(e.dir, "carol.log")); !strings.Contains(string(log), "Stopping.") {
		t.Fatalf("carol's log after SIGTERM:\n%s", log)
	}
	if out := e.must("channel", "--datadir", "bob"); !strings.Contains(out, "you 0 wei") || !strings.Contains(out, "on-chain: open") ||
		!strings.Contains(out, "direct deposits 1000000000000000000 wei, 5000 token (credited 1000000000000000000 wei, 5000 token)") {
		t.Fatalf("bob's channel changed, or its on-chain record is missing: %s", out)
	}
}
