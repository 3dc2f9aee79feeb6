package journal

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

// Kill at any point (Mallory's review of the journal): a workload of thread-only commits, mixed commits
// and folds that reuse the files, interrupted at every step in turn: a crash after each operation, each
// flush's sync failing with what it wrote intact, lost or torn on the disk, each inner Commit failing
// (before or after it stored), and the replay's own fold failing once. After the crash the store is
// reopened (replayed) and must hold, for every thread, at least the last record a Commit returned for
// and nothing never committed; the inner store must hold the same after the replay; and a second
// generation of records, committed and crashed again, must survive the same way (sequence numbers go on
// past the files' reused tails).

// flaky is an inner store whose Commit number failAt (1-based) fails, before storing or, with stored,
// after.
type flaky struct {
	state.Store
	calls, failAt int
	stored        bool
}

func (f *flaky) Commit(ctx context.Context, b state.Batch) error {
	f.calls++
	if f.calls != f.failAt {
		return f.Store.Commit(ctx, b)
	}
	if f.stored {
		if err := f.Store.Commit(ctx, b); err != nil {
			return err
		}
	}
	return errInjected
}

// Ways a failed flush leaves the disk.
const (
	writeIntact = iota // written, the sync reported an error anyway
	writeLost          // nothing reached the disk
	writeTorn          // the first frame half written, the second whole (pages written out of order)
)

// crashCase is one interruption of the workload.
type crashCase struct {
	stopAfter  int // operations run before the crash (all when negative)
	syncFail   int // the flush sync that fails (1-based; 0 none), leaving the disk as tear says
	tear       int
	innerFail  int // the inner Commit that fails (1-based; 0 none), after storing when stored
	stored     bool
	replayFail bool // the first reopen's fold fails once
}

// crashOp is one step of the workload: a thread-only commit of the next record of each of ids, a mixed
// commit (a channel state and the next record of ids[0]), or a fold.
type crashOp struct {
	ids   []uint64
	mixed bool
	fold  bool
}

func crashWorkload() []crashOp {
	c := func(ids ...uint64) crashOp { return crashOp{ids: ids} }
	m := func(id uint64) crashOp { return crashOp{ids: []uint64{id}, mixed: true} }
	fold := crashOp{fold: true}
	return []crashOp{
		c(1), c(2, 3), c(1), m(2), c(4), c(1, 4), fold, // fold 1: file a, then appends go to b
		c(3), c(5), c(2, 5), fold, // fold 2: b; appends to a again, from its start over folded frames
		c(1), m(3), c(4, 5), c(1), fold, // fold 3: a; b is reused
		c(2), c(2), c(3, 1), m(5), c(4),
	}
}

// crashModel is what the workload committed: per thread, the last version a Commit returned for and the
// last it tried.
type crashModel struct {
	acked, tried map[uint64]uint64
	tx           uint64 // the mixed commits' channel nonce
	// ambiguous is set when an inner Commit stored what it reported failed: a record newer than the
	// last acknowledged may then be held.
	ambiguous bool
}

func (m *crashModel) next(id uint64) state.ThreadRecord {
	m.tried[id]++
	return rec(id, m.tried[id])
}

// run runs ops on s, recording what was acknowledged; failures are expected (injected) and recorded.
func (m *crashModel) run(s *Store, ops []crashOp) {
	for _, op := range ops {
		if op.fold {
			_ = s.Fold(ctx)
			continue
		}
		var recs []state.ThreadRecord
		for _, id := range op.ids {
			recs = append(recs, m.next(id))
		}
		b := state.Batch{Threads: recs}
		if op.mixed {
			m.tx++
			b.States = []state.Record{storetest.Record(hub, alice, m.tx)}
		}
		if s.Commit(ctx, b) == nil {
			for _, r := range recs {
				m.acked[r.Latest.State.ThreadID] = r.Latest.State.TxCount
			}
		}
	}
}

// check fails unless s holds, for every thread tried, a record at least as new as the last acknowledged
// and no newer than the last tried, and the inner store holds the same records.
func (m *crashModel) check(t *testing.T, s *Store, phase string) {
	t.Helper()
	versions := func(recs []state.ThreadRecord) map[uint64]uint64 {
		out := map[uint64]uint64{}
		for _, r := range recs {
			out[r.Latest.State.ThreadID] = r.Latest.State.TxCount
		}
		return out
	}
	all, err := s.Threads(ctx)
	if err != nil {
		t.Fatalf("%s: %v", phase, err)
	}
	got := versions(all)
	for id, tried := range m.tried {
		v, ok := got[id]
		if (m.acked[id] > 0 && !ok) || v < m.acked[id] || v > tried {
			t.Fatalf("%s: thread %d holds version %d (present %v); acknowledged %d, tried %d", phase, id, v, ok, m.acked[id], tried)
		}
		if v != m.acked[id] && !m.ambiguous {
			t.Fatalf("%s: thread %d holds version %d, whose Commit failed; the last acknowledged is %d", phase, id, v, m.acked[id])
		}
	}
	inner, err := s.Store.Threads(ctx)
	if err != nil {
		t.Fatalf("%s: %v", phase, err)
	}
	if in := versions(inner); fmt.Sprint(in) != fmt.Sprint(got) {
		t.Fatalf("%s: after the replay the inner store holds %v, the journal's view %v", phase, in, got)
	}
}

// shadowSync is a sync hook that keeps each file's content as of its last successful sync, and fails
// sync number failAt, leaving the file as tear says.
type shadowSync struct {
	calls, failAt, tear int
	shadow              map[string][]byte
}

func (h *shadowSync) sync(f *os.File) error {
	h.calls++
	now, err := os.ReadFile(f.Name())
	if err != nil {
		return err
	}
	if h.calls != h.failAt {
		h.shadow[f.Name()] = now
		return nil
	}
	old := h.shadow[f.Name()]
	if old == nil {
		old = make([]byte, len(now)) // as prepared: zeros
	}
	disk := now
	switch h.tear {
	case writeLost, writeTorn:
		disk = bytes.Clone(old)
		if h.tear == writeTorn {
			start := firstDiff(old, now)
			copy(disk[start:start+frameSize/2], now[start:])                     // half of the first frame
			copy(disk[start+frameSize:start+2*frameSize], now[start+frameSize:]) // the second whole
		}
	}
	if err := os.WriteFile(f.Name(), disk, 0o600); err != nil {
		return err
	}
	return errInjected
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i - i%frameSize
		}
	}
	return min(len(a), len(b))
}

// openCrash opens the journal at p in front of the inner store, with the sync hook h.
func openCrash(t *testing.T, p place, failAt int, stored bool, h *shadowSync) (*Store, *flaky, error) {
	t.Helper()
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	f := &flaky{Store: inner, failAt: failAt, stored: stored}
	s, err := Open(ctx, f, p.journal())
	if err != nil {
		_ = inner.Close()
		return nil, f, err
	}
	s.sync = h.sync
	return s, f, nil
}

// crashScenario runs the workload interrupted as c says, crashes, reopens, checks, runs a second
// generation, crashes again and checks again; it returns how many syncs and inner Commits the first
// generation made.
func crashScenario(t *testing.T, c crashCase) (syncs, commits int) {
	t.Helper()
	p := place(t.TempDir())
	h := &shadowSync{failAt: c.syncFail, tear: c.tear, shadow: map[string][]byte{}}
	s, inner, err := openCrash(t, p, c.innerFail, c.stored, h)
	if err != nil {
		t.Fatal(err)
	}
	m := &crashModel{acked: map[uint64]uint64{}, tried: map[uint64]uint64{}, ambiguous: c.innerFail > 0 && c.stored}
	ops := crashWorkload()
	if c.stopAfter >= 0 {
		ops = ops[:c.stopAfter]
	}
	m.run(s, ops)
	syncs, commits = h.calls, inner.calls
	s.crash()

	if c.replayFail {
		if s, _, err := openCrash(t, p, 1, false, &shadowSync{shadow: map[string][]byte{}}); err == nil {
			s.crash() // nothing to replay: the fold did not run
		}
	}
	h = &shadowSync{shadow: map[string][]byte{}}
	s, _, err = openCrash(t, p, 0, false, h)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	m.check(t, s, "after the crash")
	m.run(s, []crashOp{{ids: []uint64{1, 2, 3, 4, 5}}, {fold: true}, {ids: []uint64{5, 3}}})
	s.crash()
	s, _, err = openCrash(t, p, 0, false, h)
	if err != nil {
		t.Fatalf("second reopen: %v", err)
	}
	defer s.Close()
	m.check(t, s, "after the second crash")
	return syncs, commits
}

func TestKillAtAnyPoint(t *testing.T) {
	syncs, commits := crashScenario(t, crashCase{stopAfter: -1})
	if syncs < 15 || commits < 5 {
		t.Fatalf("the workload made %d syncs and %d inner commits", syncs, commits)
	}
	for n := range len(crashWorkload()) {
		t.Run(fmt.Sprintf("crash-after-%d", n), func(t *testing.T) {
			crashScenario(t, crashCase{stopAfter: n, replayFail: n%4 == 3})
		})
	}
	for k := 1; k <= syncs; k++ {
		for tear, name := range []string{"intact", "lost", "torn"} {
			t.Run(fmt.Sprintf("sync-%d-fails-%s", k, name), func(t *testing.T) {
				crashScenario(t, crashCase{stopAfter: -1, syncFail: k, tear: tear})
			})
		}
	}
	for k := 1; k <= commits; k++ {
		for _, stored := range []bool{false, true} {
			t.Run(fmt.Sprintf("inner-commit-%d-fails-stored-%v", k, stored), func(t *testing.T) {
				crashScenario(t, crashCase{stopAfter: -1, innerFail: k, stored: stored})
			})
		}
	}
}
