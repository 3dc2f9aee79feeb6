package sim

import (
	"path/filepath"
	"time"
)

// Options are a run's settings outside the scenario.
type Options struct {
	// Dir resolves a relative topology.file.
	Dir string
	// Progress, if set, is called with the payments done and the total after each payment.
	Progress func(done, total int)
	// Topology, if set, is used instead of the config's (a caller that builds one in code).
	Topology *Topology
}

// Result is a finished run.
type Result struct {
	Config   Config
	Summary  Summary
	Records  []Record
	Series   []Sample
	Topology *Topology
}

// over reports whether every payment finished.
func (w *World) over() bool { return w.m.done >= w.payments() }

// payments is the number of payments of the run.
func (w *World) payments() int { return w.cfg.PaymentCount() }

// Run runs one scenario (not its sweep) under virtual time and returns its result. It is deterministic:
// the same config gives the same result.
func Run(cfg Config, opts Options) (*Result, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	topo := opts.Topology
	if topo == nil {
		var err error
		if topo, err = buildTopology(cfg, opts.Dir); err != nil {
			return nil, err
		}
	} else if err := topo.Check(); err != nil {
		return nil, err
	}
	w, err := newWorld(cfg, topo)
	if err != nil {
		return nil, err
	}
	w.m = newMetrics(cfg)
	if opts.Progress != nil {
		total := w.payments()
		w.m.onDone = func(done int) { opts.Progress(done, total) }
	}
	if err := w.scheduleFaults(); err != nil {
		return nil, err
	}
	w.schedule()
	w.sched.Run(w.over)
	return &Result{Config: cfg, Summary: w.summary(), Records: w.m.records, Series: w.m.series, Topology: topo}, nil
}

// buildTopology generates or loads the scenario's topology.
func buildTopology(cfg Config, dir string) (*Topology, error) {
	if cfg.Topology.Kind != "file" {
		return Generate(cfg.Topology, cfg.Seed)
	}
	path := cfg.Topology.File
	if !filepath.IsAbs(path) && dir != "" {
		path = filepath.Join(dir, path)
	}
	return LoadTopology(path)
}

// schedule puts the hubs' announcements, the nodes' ticks, the looks for idle collateral, the samples and
// the payments on the timeline.
func (w *World) schedule() {
	every := w.cfg.Gossip.Every.D()
	spread := min(every, max(w.cfg.Gossip.Warmup.D()/2, time.Second))
	for _, h := range w.hubs {
		start := time.Duration(w.gosRnd.Int64N(int64(spread)))
		w.every(start, every, func() { w.announce(h) })
	}
	w.every(pruneEvery, pruneEvery, w.tick)
	w.scheduleIdle()
	warm := w.cfg.Gossip.Warmup.D()
	w.every(warm, w.cfg.Output.SampleEvery.D(), func() { w.m.sample(w) })
	payers := newPicker(w.cfg.Workload.Payers, len(w.users), w.cfg.Workload, w.wlRnd)
	payees := newPicker(w.cfg.Workload.Payees, len(w.users), w.cfg.Workload, w.wlRnd)
	at := warm
	trace := w.cfg.Workload.Trace
	var next func(i int)
	next = func(i int) {
		if len(trace) > 0 {
			w.tracePayment(i, trace[i])
		} else {
			w.startPayment(i, payers, payees)
		}
		if i+1 >= w.payments() {
			return
		}
		at += time.Duration(w.wlRnd.ExpFloat64() / w.cfg.Workload.Rate * float64(time.Second))
		if len(trace) > 0 && trace[i+1].At > 0 {
			at = warm + trace[i+1].At.D()
		}
		w.sched.At(at, func() { next(i + 1) })
	}
	if w.payments() > 0 {
		w.sched.At(at, func() { next(0) })
	}
}
