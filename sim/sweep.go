package sim

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
)

// Scenario is one point of a sweep: its label ("gossip.extra_delay=10s") and its config.
type Scenario struct {
	Label  string
	Config Config
}

// Expand returns the scenarios of cfg's sweep grid, every combination of the listed values in order
// (the last parameter varies fastest); a config without a sweep is its own single scenario.
func Expand(cfg Config) ([]Scenario, error) {
	base := cfg
	base.Sweep = nil
	out := []Scenario{{Config: base}}
	for i, p := range cfg.Sweep {
		var next []Scenario
		for _, s := range out {
			for _, v := range p.Values {
				c, err := setPath(s.Config, p.Path, v)
				if err != nil {
					return nil, fmt.Errorf("%w (sweep[%d])", err, i)
				}
				label := strings.TrimPrefix(s.Label+","+p.Path+"="+strings.Trim(string(v), "\""), ",")
				c.Name = strings.TrimPrefix(cfg.Name+" "+label, " ")
				next = append(next, Scenario{Label: label, Config: c})
			}
		}
		out = next
	}
	return out, nil
}

// setPath returns cfg with the JSON field at path (dot-separated) set to v, validated.
func setPath(cfg Config, path string, v json.RawMessage) (Config, error) {
	data, err := json.Marshal(cfg)
	if err != nil {
		return cfg, err
	}
	var tree map[string]any
	if err := json.Unmarshal(data, &tree); err != nil {
		return cfg, err
	}
	keys := strings.Split(path, ".")
	node := tree
	for _, k := range keys[:len(keys)-1] {
		child, ok := node[k].(map[string]any)
		if !ok {
			return cfg, bad("sweep.path", "%q: %q is not an object of the config", path, k)
		}
		node = child
	}
	var val any
	if err := json.Unmarshal(v, &val); err != nil {
		return cfg, bad("sweep.values", "%s: %v", v, err)
	}
	node[keys[len(keys)-1]] = val
	data, err = json.Marshal(tree)
	if err != nil {
		return cfg, err
	}
	var out Config
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return cfg, bad("sweep.path", "%q = %s: %v", path, v, err)
	}
	return out, out.Validate()
}

// RunSweep runs the scenarios on workers goroutines (at least 1) and returns their results in order;
// each run is deterministic, so the output does not depend on workers. progress, if set, is called
// with the payments done over all scenarios and their total, from one goroutine at a time.
func RunSweep(scen []Scenario, opts Options, workers int, progress func(done, total int)) ([]*Result, error) {
	results := make([]*Result, len(scen))
	errs := make([]error, len(scen))
	total := 0
	for _, s := range scen {
		total += s.Config.PaymentCount()
	}
	var mu sync.Mutex
	done := 0
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				o := opts
				if progress != nil {
					last := 0
					o.Progress = func(d, _ int) {
						mu.Lock()
						done += d - last
						last = d
						progress(done, total)
						mu.Unlock()
					}
				}
				results[i], errs[i] = Run(scen[i].Config, o)
			}
		}()
	}
	for i := range scen {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("scenario %d (%s): %w", i, scen[i].Label, err)
		}
	}
	return results, nil
}

// sweepMetrics are the columns of sweep.csv and the sweep's plots.
var sweepMetrics = []struct {
	name string
	get  func(*Summary) float64
}{
	{"success_ratio", func(s *Summary) float64 { return s.SuccessRatio }},
	{"fee_ppm_mean", func(s *Summary) float64 { return s.FeePPM.Mean }},
	{"hops_mean", func(s *Summary) float64 { return s.Hops.Mean }},
	{"time_to_complete_s_mean", func(s *Summary) float64 { return s.TimeToComplete.Mean }},
	{"retries_mean", func(s *Summary) float64 { return s.Retries.Mean }},
	{"failed_hop_staleness_s_mean", func(s *Summary) float64 { return s.Staleness.Mean }},
}

// WriteSweepTable writes one row per scenario with its label and every metric (sweep.csv).
func WriteSweepTable(out io.Writer, scen []Scenario, results []*Result) error {
	cw := csv.NewWriter(out)
	head := []string{"scenario", "label", "payments", "succeeded"}
	for _, m := range sweepMetrics {
		head = append(head, m.name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for i, r := range results {
		row := []string{fmt.Sprint(i), scen[i].Label, fmt.Sprint(r.Summary.Payments), fmt.Sprint(r.Summary.Succeeded)}
		for _, m := range sweepMetrics {
			row = append(row, fmtFloat(m.get(&r.Summary)))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteSweepFiles writes sweep.csv, one plot per metric, and each scenario's files in a numbered
// directory (plots of each scenario only if scenarioPlots).
func WriteSweepFiles(dir string, scen []Scenario, results []*Result, scenarioPlots bool) error {
	for i, r := range results {
		if err := r.WriteFiles(filepath.Join(dir, fmt.Sprintf("scenario-%02d", i)), scenarioPlots); err != nil {
			return err
		}
	}
	if err := writeFile(filepath.Join(dir, "sweep.csv"), func(w io.Writer) error {
		return WriteSweepTable(w, scen, results)
	}); err != nil {
		return err
	}
	labels := make([]string, len(scen))
	xname := "scenario"
	for i, s := range scen {
		labels[i] = s.Label
		if path, value, ok := strings.Cut(s.Label, "="); ok && !strings.Contains(value, "=") {
			labels[i], xname = value, path // one swept parameter: its values label the axis
		}
	}
	for _, m := range sweepMetrics {
		ys := make([]float64, len(results))
		for i, r := range results {
			ys[i] = m.get(&r.Summary)
		}
		if err := plotSweep(dir, m.name, xname, labels, ys); err != nil {
			return err
		}
	}
	return nil
}
