package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"spoke/sim"
)

func runSim(_ context.Context, args []string, out io.Writer) error {
	fs := newFlags("sim", "Runs a routing scenario under virtual time with spoke's own routing, announcement and channel\n"+
		"code (docs/sim.md): one process, no network, deterministic for a seed. Writes payments.csv, summary.json,\n"+
		"summary.txt and plots to --out and prints the summary. A config with a sweep runs every scenario of the\n"+
		"grid on --workers cores and adds sweep.csv and one plot per metric. --convert-cloth turns a CLoTH network\n"+
		"(nodes.csv, channels.csv, edges.csv) into a topology file for topology.kind \"file\".", out)
	config := fs.String("config", "", "scenario file (JSON)")
	outDir := fs.String("out", "sim-out", "output directory")
	quiet := fs.Bool("quiet", false, "no progress bar")
	noPlots := fs.Bool("no-plots", false, "skip the PNG/SVG plots")
	workers := fs.Int("workers", runtime.NumCPU(), "scenarios of a sweep run at once")
	seed := fs.Uint64("seed", 0, "override the scenario's seed (0: keep it)")
	verify := fs.Bool("verify-signatures", false, "sign and verify every state and announcement (overrides the scenario)")
	cloth := fs.String("convert-cloth", "", "CLoTH network directory to convert (with --topology-out)")
	topoOut := fs.String("topology-out", "topology.json", "where --convert-cloth writes the topology")
	weiPerUnit := fs.Uint64("wei-per-unit", 1, "--convert-cloth: wei per CLoTH amount unit (millisatoshi)")
	blockSecs := fs.Uint("block-seconds", 10, "--convert-cloth: seconds per CLoTH timelock block")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cloth != "" {
		return convertCloth(*cloth, *topoOut, sim.ClothOptions{WeiPerUnit: *weiPerUnit, BlockSeconds: uint32(*blockSecs)}, out)
	}
	cfg, err := loadSimConfig(*config, *seed, *verify)
	if err != nil {
		return err
	}
	scen, err := sim.Expand(cfg)
	if err != nil {
		return fmt.Errorf("%s: %w", *config, err)
	}
	bar := newSimBar(*quiet, scen)
	start := time.Now()
	results, err := sim.RunSweep(scen, sim.Options{Dir: filepath.Dir(*config)}, *workers, bar.update)
	bar.finish()
	if err != nil {
		return err
	}
	if err := writeSimOutput(*outDir, scen, results, !*noPlots, out); err != nil {
		return err
	}
	fmt.Fprintf(out, "%d scenario(s) in %.1f s of wall time; output in %s\n", len(scen), time.Since(start).Seconds(), *outDir)
	return nil
}

// loadSimConfig reads the scenario and applies the flags that override it.
func loadSimConfig(path string, seed uint64, verify bool) (sim.Config, error) {
	if path == "" {
		return sim.Config{}, errors.New("sim: --config is required")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return sim.Config{}, err
	}
	cfg, err := sim.Parse(data)
	if err != nil {
		return sim.Config{}, fmt.Errorf("%s: %w", path, err)
	}
	if seed != 0 {
		cfg.Seed = seed
	}
	cfg.VerifySignatures = cfg.VerifySignatures || verify
	return cfg, nil
}

// writeSimOutput writes one run's files and prints its summary, or a sweep's files and prints its table.
func writeSimOutput(dir string, scen []sim.Scenario, results []*sim.Result, plots bool, out io.Writer) error {
	if len(scen) == 1 && scen[0].Label == "" {
		if err := results[0].WriteFiles(dir, plots); err != nil {
			return err
		}
		return results[0].WriteText(out)
	}
	if err := sim.WriteSweepFiles(dir, scen, results, false); err != nil {
		return err
	}
	return sim.WriteSweepTable(out, scen, results)
}

// convertCloth writes the topology of a CLoTH network as JSON.
func convertCloth(dir, dst string, o sim.ClothOptions, out io.Writer) error {
	t, err := sim.ConvertCLoTH(dir, o)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(dst, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(out, "%s: %d hubs, %d hub-to-hub channels, %d users\n", dst, len(t.Hubs), len(t.Channels), len(t.Users))
	return nil
}

// simBar is the progress bar on stderr: off with --quiet or when stderr is not a terminal.
type simBar struct{ bar *progressbar.ProgressBar }

func newSimBar(quiet bool, scen []sim.Scenario) simBar {
	if quiet || !term.IsTerminal(int(os.Stderr.Fd())) {
		return simBar{}
	}
	total := 0
	for _, s := range scen {
		total += s.Config.PaymentCount()
	}
	return simBar{progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(fmt.Sprintf("%d scenario(s)", len(scen))), progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())}
}

func (b simBar) update(done, _ int) {
	if b.bar != nil {
		_ = b.bar.Set(done)
	}
}

func (b simBar) finish() {
	if b.bar != nil {
		_ = b.bar.Finish()
	}
}
