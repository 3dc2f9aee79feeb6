package metrics

import (
	"context"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"spoke/node"
)

// Namespace prefixes every series of spoke's own.
const Namespace = "spoke"

// Metrics are one node's Prometheus metrics, on a registry of their own (with the Go runtime's and the
// process's collectors). Make them with New, let them into the engine's Config with Engine (before
// node.Start), then Watch the started node.
type Metrics struct {
	reg *prometheus.Registry
	log *slog.Logger

	sent, received, forwarded, threadReceived prometheus.Counter
	failed, forwardFailed                     *prometheus.CounterVec // by reason
	forwardedWei, feesWei                     prometheus.Counter
	paySeconds                                *prometheus.HistogramVec // by result
	storeSeconds                              *prometheus.HistogramVec // by method
	storeErrors                               *prometheus.CounterVec   // by method
	confirmSeconds                            *prometheus.HistogramVec // by op
	resent, missed                            prometheus.Counter

	lastChange atomic.Int64 // unix nanoseconds of the last state change seen (EventState)
	watching   time.Time    // when Watch began
}

// New makes a node's metrics; log receives the scrape errors (nil: discarded).
func New(log *slog.Logger) *Metrics {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m := &Metrics{reg: prometheus.NewRegistry(), log: log}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.counters()
	m.histograms()
	return m
}

// counters makes and registers the event counters.
func (m *Metrics) counters() {
	counter := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help})
		m.reg.MustRegister(c)
		return c
	}
	byReason := func(name, help string) *prometheus.CounterVec {
		c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help}, []string{"reason"})
		m.reg.MustRegister(c)
		return c
	}
	m.sent = counter("payments_sent_total", "Payments this node made that settled: the recipient revealed the secret.")
	m.received = counter("payments_received_total", "Payments to this node that became irrevocably its own.")
	m.forwarded = counter("payments_forwarded_total", "Payments this hub forwarded that settled downstream.")
	m.threadReceived = counter("thread_payments_received_total", "Thread states paying this node more that it stored.")
	m.failed = byReason("payments_failed_total", "Payment calls (a purchase counts once) of this node that failed, by reason.")
	m.forwardFailed = byReason("forwards_failed_total", "Locks this hub gave back unforwarded or come back from downstream, by reason.")
	m.forwardedWei = counter("payments_forwarded_wei_total", "Wei this hub forwarded in settled payments (float64: approximate above 2^53 wei; exact figures in the API).")
	m.feesWei = counter("fees_earned_wei_total", "Forwarding fees this hub kept, in wei (float64: approximate above 2^53 wei).")
	m.resent = counter("proposals_resent_total", "Channel update proposals sent again: unanswered, the peer behind, or outstanding at a restart.")
	m.missed = counter("events_missed_total", "Engine events the metrics missed because they fell behind (counters undercount by as many).")
}

// histograms makes and registers the latency histograms.
func (m *Metrics) histograms() {
	hist := func(name, help, label string, buckets []float64) *prometheus.HistogramVec {
		h := prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: name, Help: help, Buckets: buckets}, []string{label})
		m.reg.MustRegister(h)
		return h
	}
	m.paySeconds = hist("payment_duration_seconds", "Time from a Pay call to every payment of it settled (result settled) or to its failure (result failed), as the payer sees it.",
		"result", prometheus.ExponentialBuckets(0.001, 2, 16))
	m.storeSeconds = hist("store_write_duration_seconds", "Time of the store's durable writes: commit is the engine's group commit of a loop turn (one fsync).",
		"method", prometheus.ExponentialBuckets(0.00005, 2, 16))
	m.storeErrors = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "store_write_errors_total",
		Help: "Store writes that failed (the engine stops on a failed commit)."}, []string{"method"})
	m.reg.MustRegister(m.storeErrors)
	m.confirmSeconds = hist("chain_confirmation_wait_seconds", "Time from sending a transaction of this node's to its last needed confirmation, by operation.",
		"op", prometheus.ExponentialBuckets(0.1, 2, 16))
}

// Engine lets the metrics into an engine's Config: its store is timed and its Monitor set. It is made to
// be (part of) node.Options.Engine.
func (m *Metrics) Engine(c *node.Config) {
	c.Store = timedStore{Store: c.Store, seconds: m.storeSeconds, errors: m.storeErrors}
	c.Monitor = monitor{m}
}

// Watch follows the started node n until ctx ends or n stops: its events feed the counters, and its
// gauges are read on each scrape.
func (m *Metrics) Watch(ctx context.Context, n *node.Node) {
	m.watching = time.Now()
	m.reg.MustRegister(newNodeCollector(n, m))
	go m.follow(n.Subscribe(ctx))
}

// Handler serves the metrics in Prometheus's exposition formats. A part that cannot be read (the engine
// stopped, the chain unreachable) is left out of the scrape and logged; the rest is served.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, ErrorHandling: promhttp.ContinueOnError,
		ErrorLog: slogPrintln{m.log}, Timeout: 30 * time.Second})
}

// monitor is the engine's Monitor: what its events do not say.
type monitor struct{ m *Metrics }

func (mo monitor) PaymentDone(d time.Duration, err error) {
	result := "settled"
	if err != nil {
		result = "failed"
		mo.m.failed.WithLabelValues(Reason(err)).Inc()
	}
	mo.m.paySeconds.WithLabelValues(result).Observe(d.Seconds())
}

func (mo monitor) ProposalResent() { mo.m.resent.Inc() }

// slogPrintln is promhttp's error log on a slog.Logger.
type slogPrintln struct{ log *slog.Logger }

func (l slogPrintln) Println(v ...any) { l.log.Warn("metrics: scrape", "err", v) }
