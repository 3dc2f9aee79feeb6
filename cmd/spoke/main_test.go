package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"
)

func TestDemoRunsEveryStepOnChain(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"demo"}, &out, &errOut); code != 0 {
		t.Fatalf("demo exited %d: %s\n%s", code, errOut.String(), out.String())
	}
	for _, want := range []string{
		"hub reserve: 10 ETH, 1000 tokens",
		"deposited into the channel so far: 5 ETH",
		"direct deposits: 5 ETH, of which the chain has seen 0 ETH credited by a state",
		"state #4 (payment 3) signed by both: alice 3.5 ETH, hub 1.5 ETH",
		"hub 1.5 ETH / 100 tokens, held 5 ETH / 100 tokens, txCount 5/1",
		"direct deposits: 5 ETH, of which the chain has seen 5 ETH credited by a state",
		"held 0 ETH / 0 tokens, txCount 7/2",
		"hub reserve: 11.5 ETH, 1000 tokens",
		"Alice's wallet received 3.5 ETH (3500000000000000000 wei)",
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
