package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSimCommand: spoke sim runs a scenario file into --out (CSV, JSON, text, plots) and prints the
// summary; a sweep writes its table and plots; a bad field is named; --convert-cloth writes a topology.
func TestSimCommand(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "s.json")
	write := func(s string) {
		if err := os.WriteFile(cfg, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"name":"cli","workload":{"payments":50}}`)
	var out bytes.Buffer
	if err := runSim(context.Background(), []string{"--config", cfg, "--out", filepath.Join(dir, "o"), "--quiet"}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "payments   50") {
		t.Fatalf("summary: %s", out.String())
	}
	for _, f := range []string{"payments.csv", "summary.json", "summary.txt", "success_by_amount.png", "over_time.svg"} {
		if _, err := os.Stat(filepath.Join(dir, "o", f)); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"workload":{"payments":20},"sweep":[{"path":"gossip.fanout","values":[1,3]}]}`)
	out.Reset()
	if err := runSim(context.Background(), []string{"--config", cfg, "--out", filepath.Join(dir, "w"), "--quiet", "--workers", "2"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"sweep.csv", "sweep_success_ratio.png", "scenario-01/summary.json"} {
		if _, err := os.Stat(filepath.Join(dir, "w", f)); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"workload":{"payers":"everyone"}}`)
	err := runSim(context.Background(), []string{"--config", cfg, "--quiet"}, &out)
	if err == nil || !strings.Contains(err.Error(), "workload.payers") {
		t.Fatalf("bad field: %v", err)
	}
	topo := filepath.Join(dir, "topo.json")
	if err := runSim(context.Background(), []string{"--convert-cloth", "../../sim/testdata/cloth", "--topology-out", topo}, &out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(topo); err != nil {
		t.Fatal(err)
	}
}
