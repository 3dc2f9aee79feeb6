package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"spoke/state"
)

// timedStore is a state.Store whose writes (Put, and Commit: the engine's group commit, one transaction
// and one fsync per loop turn) are timed. Every other method is the wrapped store's, by embedding. The
// engine asserts no optional interface on its store, so the wrapper hides nothing it uses.
type timedStore struct {
	state.Store
	seconds *prometheus.HistogramVec // by method
	errors  *prometheus.CounterVec   // by method
}

var _ state.Store = timedStore{}

// Put implements state.Store, timed.
func (s timedStore) Put(ctx context.Context, records ...state.Record) error {
	start := time.Now()
	err := s.Store.Put(ctx, records...)
	s.observe("put", start, err)
	return err
}

// Commit implements state.Store, timed.
func (s timedStore) Commit(ctx context.Context, b state.Batch) error {
	start := time.Now()
	err := s.Store.Commit(ctx, b)
	s.observe("commit", start, err)
	return err
}

// observe records one write of method that started at start.
func (s timedStore) observe(method string, start time.Time, err error) {
	s.seconds.WithLabelValues(method).Observe(time.Since(start).Seconds())
	if err != nil {
		s.errors.WithLabelValues(method).Inc()
	}
}
