package journal

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

// Power loss on the direct path (direct.go): the crash tests of crash_test.go replace the flush's sync,
// which turns direct writes off, so these emulate the disk under the direct write itself. Direct write
// number failAt (1-based) of a generation reaches the disk at 512-byte sector granularity as tear says
// (each sector of the write is either the new bytes or what the disk held before), and then either
//
//   - the write reports an error and the process goes on (its Commit fails, its fold marks the failed
//     frames folded): after a crash the store must read exactly as the batches whose Commit returned, or
//   - the power is lost: nothing reaches the disk after it, neither a journal write nor an inner
//     transaction; after the reopen the store must hold every batch whose Commit returned, and may hold
//     the one whose Commit was under way, and no other.
//
// The workload (crashWorkload) folds three times, so flushes go to files reused with the frames of their
// earlier use still on the disk. After the check a second generation commits, loses power again in the
// middle of a direct write, and is checked the same way; a third opens, commits and closes.

// sectorSize is the granularity at which an emulated power loss tears a direct write.
const sectorSize = 512

// Ways a direct write's sectors reach the disk: new if keep says so for sector i of n.
var sectorTears = []struct {
	name string
	keep func(i, n int) bool
}{
	{"lost", func(i, n int) bool { return false }},
	{"intact", func(i, n int) bool { return true }},
	{"head", func(i, n int) bool { return i < n/2 }},
	{"tail", func(i, n int) bool { return i >= n/2 }},
	{"odd", func(i, n int) bool { return i%2 == 1 }},
	{"first", func(i, n int) bool { return i == 0 }},
	{"all-but-first", func(i, n int) bool { return i > 0 }},
}

// sectorDisk is a direct-write hook that writes through until write failAt, which it tears.
type sectorDisk struct {
	mu        sync.Mutex
	calls     int
	failAt    int
	keep      func(i, n int) bool
	powerLoss bool // after the failing write nothing reaches the disk
	dead      bool // the power is lost
}

func (d *sectorDisk) writeAt(f *os.File, b []byte, off int64) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dead {
		return 0, errInjected
	}
	d.calls++
	if d.calls != d.failAt {
		return f.WriteAt(b, off)
	}
	if len(b)%sectorSize != 0 || off%sectorSize != 0 {
		return 0, fmt.Errorf("a direct write of %d bytes at %d is not in whole sectors", len(b), off)
	}
	old, err := readRange(f.Name(), off, len(b))
	if err != nil {
		return 0, err
	}
	n := len(b) / sectorSize
	for i := range n {
		if d.keep(i, n) {
			copy(old[i*sectorSize:(i+1)*sectorSize], b[i*sectorSize:])
		}
	}
	w, err := os.OpenFile(f.Name(), os.O_WRONLY, 0)
	if err != nil {
		return 0, err
	}
	defer w.Close()
	if _, err := w.WriteAt(old, off); err != nil {
		return 0, err
	}
	d.dead = d.powerLoss
	return 0, errInjected
}

// readRange returns n bytes of the file at path from off, zeros past its end.
func readRange(path string, off int64, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	if _, err := f.ReadAt(b, off); err != nil && err != io.EOF {
		return nil, err
	}
	return b, nil
}

func (d *sectorDisk) lost() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.dead
}

// freezable is an inner store whose transactions fail once its disk lost power.
type freezable struct {
	state.Store
	disk *sectorDisk
}

func (f *freezable) Commit(ctx context.Context, b state.Batch) error {
	return f.CommitAll(ctx, []state.Batch{b})
}

func (f *freezable) CommitAll(ctx context.Context, bs []state.Batch) error {
	if f.disk.lost() {
		return errInjected
	}
	return f.Store.(BatchCommitter).CommitAll(ctx, bs)
}

// openDirectCrash opens the journal at p with its direct writes going through disk; it skips the test
// where the file system takes no direct writes.
func openDirectCrash(t *testing.T, p place, disk *sectorDisk) *Store {
	t.Helper()
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, &freezable{Store: inner, disk: disk}, p.journal())
	if err != nil {
		_ = inner.Close()
		t.Fatalf("open: %v", err)
	}
	for i := range s.files {
		if s.files[i].d == nil {
			s.crash()
			t.Skipf("the file system of %s takes no direct writes (statx reports no DIOALIGN, as tmpfs): "+
				"the direct path cannot run here; TestKillAtAnyPoint covers the buffered one", p)
		}
		s.files[i].d.writeAt = disk.writeAt
	}
	return s
}

// runUntilLoss runs ops on s until the power is lost, recording what was acknowledged, and returns the
// batch whose Commit was under way when the power went (nil if none).
func (m *crashModel) runUntilLoss(s *Store, disk *sectorDisk, ops []crashOp) *state.Batch {
	for _, op := range ops {
		if disk.lost() {
			break
		}
		if op == "fold" {
			_ = s.Fold(ctx)
			continue
		}
		b := m.batch(op)
		err := s.Commit(ctx, b)
		switch {
		case err == nil:
			m.acked = append(m.acked, b)
		case disk.lost():
			return &b
		}
	}
	return nil
}

// checkMaybe fails unless s and its inner store read as the acknowledged batches, or, when maybe is not
// nil, as those and maybe (which it then counts as acknowledged).
func (m *crashModel) checkMaybe(t *testing.T, s *Store, maybe *state.Batch, phase string) {
	t.Helper()
	got, inner := m.dump(t, s), m.dump(t, s.Store)
	want := m.modelDump(t, m.acked, phase)
	if got == want && inner == want {
		return
	}
	if maybe != nil {
		with := append(append([]state.Batch(nil), m.acked...), *maybe)
		if w := m.modelDump(t, with, phase); got == w && inner == w {
			m.acked = with
			return
		}
	}
	t.Fatalf("%s: the store reads\n%s\nits inner store\n%s\nwant\n%s(or with the batch under way: %v)", phase, got, inner, want, maybe != nil)
}

// modelDump is what an SQLite store holding batches reads.
func (m *crashModel) modelDump(t *testing.T, batches []state.Batch, phase string) string {
	t.Helper()
	want, err := sqlitestore.Open(t.TempDir() + "/model.db")
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	for i, b := range batches {
		if err := want.Commit(ctx, b); err != nil {
			t.Fatalf("%s: the model refuses batch %d: %v", phase, i, err)
		}
	}
	return m.dump(t, want)
}

// directCrashCase is one interruption of the workload on the direct path.
type directCrashCase struct {
	failAt    int // the direct write torn (1-based; 0 none)
	tear      int // index in sectorTears
	powerLoss bool
}

// directCrashScenario runs the workload with c's torn write, crashes, reopens and checks, then runs a
// second generation that loses power in the middle of its third direct write, reopens and checks, and a
// third that commits and closes. It returns the first generation's direct writes.
func directCrashScenario(t *testing.T, c directCrashCase) int {
	t.Helper()
	p := place(t.TempDir())
	disk := &sectorDisk{failAt: c.failAt, keep: sectorTears[c.tear].keep, powerLoss: c.powerLoss}
	s := openDirectCrash(t, p, disk)
	m := &crashModel{}
	var maybe *state.Batch
	if c.powerLoss {
		maybe = m.runUntilLoss(s, disk, crashWorkload())
	} else {
		m.run(s, crashWorkload())
	}
	writes := disk.calls
	s.crash()

	s = openDirectCrash(t, p, &sectorDisk{})
	m.checkMaybe(t, s, maybe, "after the crash")
	s.crash()

	disk = &sectorDisk{failAt: 3, keep: sectorTears[(c.tear+c.failAt)%len(sectorTears)].keep, powerLoss: true}
	s = openDirectCrash(t, p, disk)
	maybe = m.runUntilLoss(s, disk, strings.Fields("all threads fold state proposal state"))
	if !disk.lost() {
		t.Fatalf("the second generation made %d direct writes, none lost", disk.calls)
	}
	s.crash()

	s = openDirectCrash(t, p, &sectorDisk{})
	m.checkMaybe(t, s, maybe, "after the second crash")
	m.run(s, strings.Fields("threads state fold meta"))
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	s = openDirectCrash(t, p, &sectorDisk{})
	defer s.Close()
	m.checkMaybe(t, s, nil, "after a close")
	return writes
}

// TestDirectPowerLoss: each direct write of the workload in turn is torn at sector granularity in every
// way of sectorTears, either reported as an error or as a power loss, and nothing acknowledged is lost,
// nothing failed is replayed, and the store goes on working.
func TestDirectPowerLoss(t *testing.T) {
	writes := directCrashScenario(t, directCrashCase{})
	if writes < 19 {
		t.Fatalf("the workload made %d direct writes", writes)
	}
	for k := 1; k <= writes; k++ {
		for tear := range sectorTears {
			for _, loss := range []bool{false, true} {
				how := "error"
				if loss {
					how = "power-loss"
				} else if tear >= 4 {
					continue // a reported error: lost, intact, half and half are enough (a power loss takes all)
				}
				t.Run(fmt.Sprintf("write-%d-%s-%s", k, sectorTears[tear].name, how), func(t *testing.T) {
					t.Parallel()
					directCrashScenario(t, directCrashCase{failAt: k, tear: tear, powerLoss: loss})
				})
			}
		}
	}
}

// TestFailedCommitNotReplayedAfterCancel: a Commit whose flush fails with its frame on the disk, and whose
// context ends meanwhile (a deadline), still marks the frame folded before it returns, so a crash right
// after does not replay a record whose Commit failed. On both paths: the direct write and the buffered
// write and its sync.
func TestFailedCommitNotReplayedAfterCancel(t *testing.T) {
	for _, path := range []string{"direct", "buffered"} {
		t.Run(path, func(t *testing.T) {
			p, s := openPlace(t)
			commitThreads(t, s, rec(1, 1))
			cctx, cancel := context.WithCancel(ctx)
			defer cancel()
			fail := func() error { cancel(); return errInjected } // the write reached the disk, then the deadline
			switch fl := &s.files[s.active]; {
			case path == "buffered":
				s.sync = func(f *os.File) error {
					if err := datasync(f); err != nil {
						return err
					}
					return fail()
				}
			case fl.d == nil:
				s.crash()
				t.Skip("the file system here takes no direct writes")
			default:
				fl.d.writeAt = func(f *os.File, b []byte, off int64) (int, error) {
					if _, err := f.WriteAt(b, off); err != nil {
						return 0, err
					}
					return 0, fail()
				}
			}
			if err := s.Commit(cctx, state.Batch{Threads: []state.ThreadRecord{rec(1, 2)}}); err == nil {
				t.Fatal("the Commit whose write failed returned no error")
			}
			s.crash()
			s = reopen(t, p)
			storetest.CheckThreads(t, s, "after the crash", rec(1, 1))
		})
	}
}
