package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"spoke/metrics"
	"spoke/node"
)

// daemonMetrics are a daemon's Prometheus metrics when --metrics is given; nil otherwise.
type daemonMetrics struct {
	addr string
	m    *metrics.Metrics
	srv  *metrics.Server
}

// newDaemonMetrics checks --metrics (a loopback host:port, or empty for none) and makes the metrics;
// nothing listens until serve.
func newDaemonMetrics(addr string, log *slog.Logger) (*daemonMetrics, error) {
	if addr == "" {
		return nil, nil
	}
	if err := metrics.CheckAddr(addr); err != nil {
		return nil, fmt.Errorf("--metrics %s: %w", addr, err)
	}
	return &daemonMetrics{addr: addr, m: metrics.New(log)}, nil
}

// engine lets the metrics into the engine's Config (a no-op without --metrics).
func (dm *daemonMetrics) engine(c *node.Config) {
	if dm != nil {
		dm.m.Engine(c)
	}
}

// serve watches the started node and serves /metrics until close, saying where.
func (dm *daemonMetrics) serve(ctx context.Context, n *node.Node, out io.Writer) error {
	if dm == nil {
		return nil
	}
	dm.m.Watch(ctx, n)
	var err error
	if dm.srv, err = metrics.Serve(dm.addr, dm.m); err != nil {
		return fmt.Errorf("--metrics %s: %w", dm.addr, err)
	}
	fmt.Fprintf(out, "  metrics http://%s/metrics\n", dm.srv.Addr())
	return nil
}

// close stops serving the metrics.
func (dm *daemonMetrics) close() {
	if dm != nil && dm.srv != nil {
		_ = dm.srv.Close()
	}
}
