package node

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/contracts/devchain"
	"spoke/protocol"
)

// The variables that make the test binary a hub process for BenchmarkHubCores (TestHubProcess).
const (
	envHubDir  = "SPOKE_BENCH_HUB_DIR"  // the hub's store directory
	envHubAddr = "SPOKE_BENCH_HUB_ADDR" // its listen multiaddr
	// envHubProfile, if set in the benchmark's environment, has the hub process write a CPU profile to
	// its value followed by -<GOMAXPROCS>.prof (go tool pprof -top -focus 'Engine..Run$' on it gives the
	// loop goroutine's share).
	envHubProfile = "SPOKE_BENCH_HUB_PROFILE"
)

// coresPairs is how many payer/payee pairs of users BenchmarkHubCores runs: 2*coresPairs user channels.
const coresPairs = 8

// TestHubProcess is not a test: with SPOKE_BENCH_HUB_DIR set, it runs a hub (hubKey, a SQLite store in
// that directory, listening on SPOKE_BENCH_HUB_ADDR), prints its peer id and serves until its standard
// input closes. BenchmarkHubCores runs it as a child process with its own GOMAXPROCS. Otherwise skipped.
func TestHubProcess(t *testing.T) {
	dir := os.Getenv(envHubDir)
	if dir == "" {
		t.Skip("a hub process for BenchmarkHubCores")
	}
	hub := startNodeAt(t, hubKey, Hub, filepath.Join(dir, "hub.db"), os.Getenv(envHubAddr), nil)
	fmt.Printf("hub %s\n", hub.host.ID())
	_, _ = io.Copy(io.Discard, os.Stdin)
}

// BenchmarkHubCores measures a hub's own scaling from one core to two: the hub runs in a child process
// (TestHubProcess) with GOMAXPROCS 1, then 2, and 2*coresPairs users in this process pay each other
// through it, 64 payments in flight spread over coresPairs pairs. Besides payments/s it reports the hub
// process's CPU time per payment (hub-cpu-us, from /proc: user + system) and the cores it used
// (hub-cores = its CPU time / wall time), and this process's (the users') CPU per payment: on a machine
// where the users and the hub share the cores, payments/s alone does not tell the hub's scaling.
func BenchmarkHubCores(b *testing.B) {
	for _, procs := range []int{1, 2} {
		b.Run("hub-gomaxprocs="+strconv.Itoa(procs), func(b *testing.B) { benchHubCores(b, procs) })
	}
}

func benchHubCores(b *testing.B, procs int) {
	addr := freeAddr(b)
	hub, id := startHubProcess(b, procs, addr.String())
	users := make([]*testNode, 2*coresPairs)
	dir := b.TempDir()
	for i := range users {
		key := devchain.DevKey(1 + i)
		users[i] = startNode(b, key, User, filepath.Join(dir, crypto.PubkeyToAddress(key.PublicKey).Hex()+".db"), func(c *Config) {
			c.Hub, c.HubPeer = hubAddr, id
		})
		if err := users[i].host.Connect(testCtx(b), peer.AddrInfo{ID: id, Addrs: []multiaddr.Multiaddr{addr}}); err != nil {
			b.Fatal(err)
		}
		setup := []protocol.Update{protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(500_000)}}
		if _, err := users[i].eng.Update(testCtx(b), hubAddr, setup...); err != nil {
			b.Fatalf("user %d setup: %v", i, err)
		}
	}
	hubCPU0, myCPU0 := procCPU(b, hub.Process.Pid), selfCPU()
	b.ResetTimer()
	elapsed, lat := runPayments(b, 64, newRecvTimes(b.N), func(i int) error {
		k := i % coresPairs // payment i goes from user 2k to user 2k+1
		_, err := users[2*k].eng.Pay(testCtx(b), payTo(users[2*k+1], 1))
		return err
	})
	b.StopTimer()
	hubCPU, myCPU := procCPU(b, hub.Process.Pid)-hubCPU0, selfCPU()-myCPU0
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "payments/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-us")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-us")
	b.ReportMetric(float64(hubCPU.Microseconds())/float64(b.N), "hub-cpu-us")
	b.ReportMetric(hubCPU.Seconds()/elapsed.Seconds(), "hub-cores")
	b.ReportMetric(float64(myCPU.Microseconds())/float64(b.N), "users-cpu-us")
}

// startHubProcess starts the hub process with GOMAXPROCS procs, listening on addr, and returns it with
// its peer id once it serves; it ends when the benchmark's cleanup closes its standard input.
func startHubProcess(b *testing.B, procs int, addr string) (*exec.Cmd, peer.ID) {
	b.Helper()
	args := []string{"-test.run=^TestHubProcess$", "-test.count=1"}
	if prof := os.Getenv(envHubProfile); prof != "" {
		args = append(args, fmt.Sprintf("-test.cpuprofile=%s-%d.prof", prof, procs))
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), envHubDir+"="+b.TempDir(), envHubAddr+"="+addr, "GOMAXPROCS="+strconv.Itoa(procs))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_ = stdin.Close()
		_ = cmd.Wait()
	})
	lines := bufio.NewScanner(stdout)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "hub ") {
		b.Fatalf("hub process: %q, %v", lines.Text(), lines.Err())
	}
	id, err := peer.Decode(strings.TrimPrefix(lines.Text(), "hub "))
	if err != nil {
		b.Fatal(err)
	}
	go func() { _, _ = io.Copy(io.Discard, stdout) }()
	return cmd, id
}

// procCPU is the user + system CPU time process pid has used, from /proc/pid/stat (in clock ticks of
// 10 ms).
func procCPU(b *testing.B, pid int) time.Duration {
	b.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// The fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
	f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+1:]))
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		b.Fatalf("/proc/%d/stat: %v %v", pid, err1, err2)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// selfCPU is the user + system CPU time this process has used.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
