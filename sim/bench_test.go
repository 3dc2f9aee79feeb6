package sim

import (
	"os"
	"path/filepath"
	"testing"
)

// loadExample parses a scenario of docs/sim.
func loadExample(tb testing.TB, name string) Config {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "docs", "sim", name))
	if err != nil {
		tb.Fatal(err)
	}
	cfg, err := Parse(data)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return cfg
}

// TestExampleScenariosParse: every scenario in docs/sim is valid and expands.
func TestExampleScenariosParse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "docs", "sim", "*.json"))
	if len(files) < 3 {
		t.Fatalf("%d example scenarios", len(files))
	}
	for _, f := range files {
		cfg := loadExample(t, filepath.Base(f))
		if _, err := Expand(cfg); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
}

// BenchmarkSim10k runs docs/sim/bench-10k.json: 50 hubs in tiers, 9,950 users, 100,000 payments,
// gossip with latency, loss, bandwidth and fan-out (go test ./sim -run XXX -bench Sim10k -benchtime 1x).
func BenchmarkSim10k(b *testing.B) {
	cfg := loadExample(b, "bench-10k.json")
	for b.Loop() {
		res, err := Run(cfg, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(res.Summary.SuccessRatio, "success")
		b.ReportMetric(float64(res.Summary.Events), "events")
	}
}
