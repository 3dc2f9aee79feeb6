package sim

import (
	"container/heap"
	"time"
)

// Epoch is the virtual time at which every run starts.
var Epoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// event is one scheduled action. Events at the same time run in the order they were scheduled (seq), so
// a run is deterministic.
type event struct {
	at  time.Duration // since Epoch
	seq uint64
	do  func()
}

type eventHeap []event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(event)) }
func (h *eventHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = event{}
	*h = old[:len(old)-1]
	return e
}

// Scheduler is a discrete-event loop under virtual time: nothing sleeps, and Now only moves when the
// next event runs.
type Scheduler struct {
	now  time.Duration
	seq  uint64
	q    eventHeap
	runs uint64
}

// Now returns the virtual time.
func (s *Scheduler) Now() time.Time { return Epoch.Add(s.now) }

// Elapsed returns the virtual time since Epoch.
func (s *Scheduler) Elapsed() time.Duration { return s.now }

// After schedules do to run d after now (d < 0 counts as 0).
func (s *Scheduler) After(d time.Duration, do func()) { s.At(s.now+max(d, 0), do) }

// At schedules do at virtual time at since Epoch (a time in the past runs next).
func (s *Scheduler) At(at time.Duration, do func()) {
	s.seq++
	heap.Push(&s.q, event{at: max(at, s.now), seq: s.seq, do: do})
}

// Run runs events in time order until none is left or stop returns true; it returns how many ran.
func (s *Scheduler) Run(stop func() bool) uint64 {
	for s.q.Len() > 0 && (stop == nil || !stop()) {
		e := heap.Pop(&s.q).(event)
		s.now = e.at
		e.do()
		s.runs++
	}
	return s.runs
}

// Pending returns the number of scheduled events.
func (s *Scheduler) Pending() int { return s.q.Len() }
