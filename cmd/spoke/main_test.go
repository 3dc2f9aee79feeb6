package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoRunsEveryStep runs the demo (dev chain, hub and two users in one process) and checks the
// balances it narrates: deposits, the exchange at the hub's rate, the purchase Bob received with its memos,
// and the withdrawal that reached Bob's wallet to the wei.
func TestDemoRunsEveryStep(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"demo"}, &out, &errOut); code != 0 {
		t.Fatalf("demo exited %d: %s\n%s", code, errOut.String(), out.String())
	}
	for _, want := range []string{
		"hub reserve on-chain: 10 ETH, 1000 tokens",
		"alice 2 ETH, 0 tokens | hub 0.1 ETH, 10 tokens",
		"bob   1 ETH, 0 tokens | hub 0.1 ETH, 10 tokens",
		"quote: 100 token base units per 1 wei",
		"alice 1.5 ETH, 50 tokens | hub 0.6 ETH, 60 tokens",
		"purchase settled: 2 payments",
		`Bob received 20 tokens from 0x`,
		`"coffee beans"`,
		"alice 1.5 ETH, 29 tokens | hub 0.6 ETH, 81 tokens",
		"bob   0 ETH, 0 tokens",
		"holds 1 ETH and 21 tokens",
		"route: Alice -> hub -> hub2 -> Carol; fees 0.00005 ETH in all",
		"paid: Carol got 0.05 ETH; Alice paid 0.00005 ETH in fees",
		"alice 1.44995 ETH | hub 0.65005 ETH",
		"carol 0.06 ETH | hub2 0.15 ETH",
		"Done.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q\n%s", want, out.String())
		}
	}
}

func TestUnknownCommandAndHelp(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"frobnicate"}, &out, &errOut); code != 2 {
		t.Fatalf("unknown command exited %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), `unknown command "frobnicate"`) {
		t.Errorf("stderr: %s", errOut.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"demo", "--help"}, &out, &errOut); code != 0 {
		t.Fatalf("demo --help exited %d", code)
	}
	if !strings.Contains(out.String(), "Usage: spoke demo") {
		t.Errorf("demo --help printed %q", out.String())
	}
	errOut.Reset()
	if code := run(context.Background(), []string{"demo", "--bogus"}, &out, &errOut); code != 1 {
		t.Fatalf("demo --bogus exited %d, want 1", code)
	}
	out.Reset()
	errOut.Reset()
	if code := run(context.Background(), nil, &out, &errOut); code != 2 || out.Len() != 0 ||
		!strings.Contains(errOut.String(), "Usage: spoke <command>") {
		t.Fatalf("a bare spoke exited %d with %q on stdout, %q on stderr; want 2 and the usage on stderr", code, out.String(), errOut.String())
	}
}

// TestFlagHelpReadsWell: a flag's help names its argument sensibly (the flag package takes a
// back-quoted word of the usage as the argument's name, which once showed "-devnet spoke devnet").
func TestFlagHelpReadsWell(t *testing.T) {
	for _, name := range []string{"user", "hub", "restore"} {
		var out, errOut bytes.Buffer
		run(context.Background(), []string{name, "--help"}, &out, &errOut)
		for _, bad := range []string{"-devnet spoke devnet", "-config flag = value"} {
			if strings.Contains(out.String(), bad) {
				t.Errorf("spoke %s --help shows %q", name, bad)
			}
		}
	}
}

// TestEveryCommandHasHelp: each command's --help prints its usage and exits 0 (without the flag
// package's "panic calling String method" a guarded flag once caused), and an unknown flag exits
// non-zero with a message.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands() {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{c.name, "--help"}, &out, &errOut); code != 0 {
			t.Errorf("%s --help exited %d: %s", c.name, code, errOut.String())
		}
		if !strings.Contains(out.String(), "Usage: spoke "+c.name) || strings.Contains(out.String()+errOut.String(), "panic") {
			t.Errorf("%s --help printed %q", c.name, out.String()+errOut.String())
		}
		out.Reset()
		errOut.Reset()
		if code := run(context.Background(), []string{c.name, "--no-such-flag"}, &out, &errOut); code == 0 ||
			!strings.Contains(out.String()+errOut.String(), "no-such-flag") {
			t.Errorf("%s --no-such-flag exited %d: %s %s", c.name, code, out.String(), errOut.String())
		}
	}
}

func TestFormatUnitsIsExact(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"0", "0"}, {"1", "0.000000000000000001"}, {"1500000000000000000", "1.5"},
		{"1000000000000000000", "1"}, {"-2500000000000000000", "-2.5"},
		{"340282366920938463463374607431768211455", "340282366920938463463.374607431768211455"},
	} {
		v, _ := new(big.Int).SetString(c.in, 10)
		if got := formatUnits(v, 18); got != c.want {
			t.Errorf("formatUnits(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestGasWritesReportAndSnapshot(t *testing.T) {
	dir := t.TempDir()
	md, snap := dir+"/gas.md", dir+"/gas-snapshot.json"
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"gas", "--md", md, "--snapshot", snap}, &out, &errOut); code != 0 {
		t.Fatalf("gas exited %d: %s", code, errOut.String())
	}
	report, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(report), "| ETH deposit (new channel) |") {
		t.Errorf("report lacks the deposit row:\n%s", report)
	}
	var figures map[string]uint64
	b, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &figures); err != nil || figures["cooperative withdrawal"] == 0 {
		t.Fatalf("snapshot %s (%v)", b, err)
	}
}

// TestBadHubMakesNoKey: a user node given a --hub that is neither a p2p address nor a hub's data
// directory says what to give instead, and leaves no data directory (no new key) behind.
func TestBadHubMakesNoKey(t *testing.T) {
	dir := t.TempDir()
	devnet := filepath.Join(dir, "devnet.json")
	if err := os.WriteFile(devnet, []byte(`{"chainId":1337,"rpcUrl":"http://127.0.0.1:1",`+
		`"manager":"0x0000000000000000000000000000000000000001","token":"0x0000000000000000000000000000000000000002",`+
		`"challengePeriod":60,"accounts":[{"name":"hub","address":"0x0000000000000000000000000000000000000003"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "alice")
	for hub, want := range map[string]string{
		"hubb":                 "there is no directory",
		dir:                    "holds no p2p.addr",
		"/ip4/127.0.0.1/tcp/1": "not a p2p address with a peer id",
	} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{"user", "--datadir", data, "--devnet", devnet, "--hub", hub}, &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), want) {
			t.Errorf("--hub %s: exit %d, %q; want 1 and %q", hub, code, errOut.String(), want)
		}
		if _, err := os.Stat(data); !os.IsNotExist(err) {
			t.Fatalf("--hub %s left the data directory behind (%v)", hub, err)
		}
	}
}

// TestParseUnitsIsExact: amounts in ETH become wei exactly, with no floating point, and anything that is
// not a plain decimal with at most 18 digits after the point is refused.
func TestParseUnitsIsExact(t *testing.T) {
	for in, want := range map[string]string{
		"0.01": "10000000000000000", "1": "1000000000000000000", "2.5": "2500000000000000000",
		".5": "500000000000000000", "0.000000000000000001": "1", "123456789.123456789123456789": "123456789123456789123456789",
		"0": "0",
	} {
		got, err := parseUnits(in, 18)
		if err != nil || got.String() != want {
			t.Errorf("parseUnits(%q) = %v, %v; want %s", in, got, err, want)
		}
		if back := formatUnits(got, 18); in != "0" && strings.TrimLeft(in, "0") != strings.TrimLeft(back, "0") {
			t.Errorf("formatUnits(parseUnits(%q)) = %q", in, back)
		}
	}
	for _, bad := range []string{"", ".", "1.", "-1", "+1", "1e18", "0.0000000000000000001", "1,5", " 1", "0x10", "1.2.3"} {
		if v, err := parseUnits(bad, 18); err == nil {
			t.Errorf("parseUnits(%q) = %v, want an error", bad, v)
		}
	}
	for _, args := range [][]string{{"--wei", "1", "--eth", "1"}, {"--eth", "1", "--wei", "1"}} {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), append([]string{"deposit", "--datadir", t.TempDir()}, args...), &out, &errOut); code == 0 ||
			!strings.Contains(out.String()+errOut.String(), "not both") {
			t.Errorf("%v: exit %d, %q", args, code, out.String()+errOut.String())
		}
	}
}
