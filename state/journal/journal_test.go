package journal

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

var ctx = context.Background()

// place is a directory holding an SQLite store and the journal in front of it.
type place string

func (p place) db() string      { return filepath.Join(string(p), "states.db") }
func (p place) journal() string { return filepath.Join(string(p), "journal") }

func (p place) Open() (state.Store, error) { return p.open() }

func (p place) open() (*Store, error) {
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		return nil, err
	}
	s, err := Open(ctx, inner, p.journal())
	if err != nil {
		_ = inner.Close()
		return nil, err
	}
	opened.Store(p, s)
	return s, nil
}

// opened holds the store last opened at each place: the suite's SQL reads beside an open store see the
// inner store, so they fold it first (an operator's sqlite3 sees what the last fold left).
var opened sync.Map

func (p place) fold(t testing.TB) {
	if s, ok := opened.Load(p); ok {
		if err := s.(*Store).Fold(ctx); err != nil && !errors.Is(err, ErrClosed) {
			t.Logf("fold before an SQL read: %v", err)
		}
	}
}

func (p place) QueryInt(t testing.TB, query string) int {
	t.Helper()
	p.fold(t)
	db, err := sql.Open("sqlite", p.db())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func (p place) Exec(t testing.TB, query string) {
	t.Helper()
	db, err := sql.Open("sqlite", p.db())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, query); err != nil {
		t.Fatal(err)
	}
}

// TestConformance: the journal in front of the SQLite store is a state.Store like any other.
func TestConformance(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		New:              func(t testing.TB) storetest.Place { return place(t.TempDir()) },
		SchemaVersion:    9,
		ErrSchemaVersion: sqlitestore.ErrSchemaVersion,
	})
}

// crash drops the store as a killed process would: no fold, files and inner store closed as they are.
func (s *Store) crash() {
	s.closeFiles()
	_ = s.Store.Close()
}

// frameLen is the length of b's frame.
func frameLen(b state.Batch) int {
	p, err := encodeBatch(nil, &b)
	if err != nil {
		panic(err)
	}
	return headerSize + len(p)
}

func openPlace(t *testing.T) (place, *Store) {
	t.Helper()
	p := place(t.TempDir())
	s, err := p.open()
	if err != nil {
		t.Fatal(err)
	}
	return p, s
}

func reopen(t *testing.T, p place) *Store {
	t.Helper()
	s, err := p.open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

var hub, alice, bob = storetest.Addr(1), storetest.Addr(2), storetest.Addr(3)

func rec(id, n uint64) state.ThreadRecord {
	return storetest.ThreadRecord(hub, alice, bob, id, n, state.ThreadOpen)
}

func commitThreads(t testing.TB, s state.Store, recs ...state.ThreadRecord) {
	t.Helper()
	storetest.MustCommit(t, s, state.Batch{Threads: recs})
}

// TestCrashLosesNothing: thread records committed from many goroutines at once, the process killed
// without a fold: a reopen holds each thread's last record, and they were never in the inner store before.
func TestCrashLosesNothing(t *testing.T) {
	p, s := openPlace(t)
	const threads, versions = 16, 20
	var wg sync.WaitGroup
	for id := range uint64(threads) {
		wg.Go(func() {
			for n := range uint64(versions) {
				commitThreads(t, s, rec(id, n+1))
			}
		})
	}
	wg.Wait()
	if inner, err := s.Store.Threads(ctx); err != nil || len(inner) != 0 {
		t.Fatalf("the inner store holds %d records before any fold (%v): the journal did not take them", len(inner), err)
	}
	s.crash()
	s = reopen(t, p)
	var want []state.ThreadRecord
	for id := range uint64(threads) {
		want = append(want, rec(id, versions))
	}
	storetest.CheckThreads(t, s, "after the crash", want...)
	if inner, err := s.Store.Threads(ctx); err != nil || len(inner) != threads {
		t.Fatalf("the reopen folded %d records into the inner store (%v), want %d", len(inner), err, threads)
	}
}

// TestTornFrameEndsReplay: a frame damaged on the disk (a write the crash cut short) and everything after
// it are not replayed; what came before is.
func TestTornFrameEndsReplay(t *testing.T) {
	p, s := openPlace(t)
	for n := range uint64(3) {
		commitThreads(t, s, rec(1, n+1))
	}
	s.crash()
	f, err := os.OpenFile(p.journal()+".a", os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	size := int64(frameLen(state.Batch{Threads: []state.ThreadRecord{rec(1, 1)}}))
	if _, err := f.WriteAt([]byte{0xff}, 2*size+headerSize+40); err != nil { // inside the third frame
		t.Fatal(err)
	}
	f.Close()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after the torn third frame", rec(1, 2))
}

// TestFoldsReuseFiles: enough records to fold several times, with the files used in turn; a crash after
// that replays only what the last fold left, and the inner store has all before it.
func TestFoldsReuseFiles(t *testing.T) {
	p, s := openPlace(t)
	for round := range uint64(3) {
		for id := range uint64(50) {
			commitThreads(t, s, rec(id, round+1))
		}
		if err := s.Fold(ctx); err != nil {
			t.Fatal(err)
		}
		if len(s.pending) != 0 {
			t.Fatalf("round %d: %d records pending after a fold", round, len(s.pending))
		}
	}
	// Folds switch the files: round 0 wrote file 0, round 1 file 1, round 2 file 0 again from its start.
	size := int64(frameLen(state.Batch{Threads: []state.ThreadRecord{rec(1, 1)}}))
	if s.active != 1 || s.files[1].off != 0 || s.files[0].off != 50*size {
		t.Fatalf("after three folds: appends go to file %d at %d, file 0 ends at %d; want file 1 at 0 and file 0 at %d",
			s.active, s.files[1].off, s.files[0].off, 50*size)
	}
	commitThreads(t, s, rec(7, 9))
	s.crash()
	s = reopen(t, p)
	want := []state.ThreadRecord{}
	for id := range uint64(50) {
		want = append(want, rec(id, 3))
	}
	want[7] = rec(7, 9)
	storetest.CheckThreads(t, s, "after the crash", want...)
}

// TestMixedBatchNotOverridden: a batch with a thread record and other data is journaled in turn with the
// thread-only ones before it, so a replay never puts an older record over it.
func TestMixedBatchNotOverridden(t *testing.T) {
	p, s := openPlace(t)
	commitThreads(t, s, rec(1, 2))
	storetest.MustCommit(t, s, state.Batch{States: []state.Record{storetest.Record(hub, alice, 1)},
		Threads: []state.ThreadRecord{rec(1, 3)}})
	s.crash()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after the crash", rec(1, 3))
}

// failing is an inner store whose Commits fail while fail is set.
type failing struct {
	state.Store
	fail bool
}

var errInjected = errors.New("injected")

func (f *failing) Commit(ctx context.Context, b state.Batch) error {
	if f.fail {
		return errInjected
	}
	return f.Store.Commit(ctx, b)
}

// TestFailedFoldKeepsFile: a fold that fails leaves its records journaled; the next fold must not reuse
// the file holding them, so a crash after it still replays them.
func TestFailedFoldKeepsFile(t *testing.T) {
	p := place(t.TempDir())
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	f := &failing{Store: inner}
	s, err := Open(ctx, f, p.journal())
	if err != nil {
		t.Fatal(err)
	}
	commitThreads(t, s, rec(1, 1), rec(2, 1))
	f.fail = true
	if err := s.Fold(ctx); !errors.Is(err, errInjected) {
		t.Fatalf("fold: %v, want the injected failure", err)
	}
	commitThreads(t, s, rec(2, 2))
	if err := s.Fold(ctx); !errors.Is(err, errInjected) {
		t.Fatalf("second fold: %v", err)
	}
	commitThreads(t, s, rec(3, 1))
	s.crash()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after the crash", rec(1, 1), rec(2, 2), rec(3, 1))
}

// TestGroupCommit: commits that arrive while a flush is under way share the next one.
func TestGroupCommit(t *testing.T) {
	_, s := openPlace(t)
	defer s.Close()
	s.sync = func(f *os.File) error { time.Sleep(2 * time.Millisecond); return datasync(f) }
	const writers = 64
	var wg sync.WaitGroup
	for id := range uint64(writers) {
		wg.Go(func() { commitThreads(t, s, rec(id, 1)) })
	}
	wg.Wait()
	if s.syncs >= writers/4 {
		t.Fatalf("%d commits took %d flushes: no group commit", writers, s.syncs)
	}
	t.Logf("%d commits, %d flushes", writers, s.syncs)
}

// TestRefusesBadRecords: a thread-only batch the inner store would refuse is refused before the journal
// takes it, and the store is as before.
func TestRefusesBadRecords(t *testing.T) {
	p, s := openPlace(t)
	commitThreads(t, s, rec(1, 1))
	short := rec(2, 1)
	short.Latest.Sig = short.Latest.Sig[:64]
	other := rec(3, 1)
	other.Latest.State.ThreadID = 4
	for _, tc := range []struct {
		name string
		r    state.ThreadRecord
		want error
	}{{"short signature", short, state.ErrSignatureLength}, {"latest of another thread", other, state.ErrThreadMismatch}} {
		if err := s.Commit(ctx, state.Batch{Threads: []state.ThreadRecord{rec(1, 2), tc.r}}); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	s.crash()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after refused batches", rec(1, 1))
}

// TestClosedRefuses: a closed store refuses commits and a second Close.
func TestClosedRefuses(t *testing.T) {
	_, s := openPlace(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, state.Batch{Threads: []state.ThreadRecord{rec(1, 1)}}); !errors.Is(err, ErrClosed) {
		t.Fatalf("commit after close: %v", err)
	}
	if err := s.Close(); !errors.Is(err, ErrClosed) {
		t.Fatalf("second close: %v", err)
	}
}

// slowFolds is an inner store whose folds take a while, as on a slow disk or a starved core; it records
// the most records the journal held unfolded when a fold began.
type slowFolds struct {
	*sqlitestore.Store
	j       *Store
	delay   time.Duration
	mu      sync.Mutex
	maxSeen int
}

func (f *slowFolds) CommitAll(ctx context.Context, bs []state.Batch) error {
	f.j.mu.Lock()
	n := len(f.j.pending)
	f.j.mu.Unlock()
	f.mu.Lock()
	f.maxSeen = max(f.maxSeen, n)
	f.mu.Unlock()
	time.Sleep(f.delay)
	return f.Store.CommitAll(ctx, bs)
}

// TestBackpressure: with folds slower than the records arriving, Commits wait for them once the journal
// holds maxPending records unfolded, so its memory stays bounded (by maxPending and the writers in
// flight); every record is stored all the same.
func TestBackpressure(t *testing.T) {
	p := place(t.TempDir())
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	slow := &slowFolds{Store: inner, delay: 30 * time.Millisecond}
	s, err := Open(ctx, slow, p.journal())
	if err != nil {
		t.Fatal(err)
	}
	slow.j = s
	s.maxPending = 40
	const writers, each = 8, 60
	var wg sync.WaitGroup
	for w := range uint64(writers) {
		wg.Go(func() {
			for i := range uint64(each) {
				if err := s.Commit(ctx, state.Batch{Preimages: [][32]byte{{byte(w), byte(i), 1}}}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	s.mu.Lock()
	held := len(s.pending)
	s.mu.Unlock()
	if bound := s.maxPending + writers; slow.maxSeen > bound || held > bound {
		t.Fatalf("the journal held up to %d records unfolded (%d at the end), bound %d", slow.maxSeen, held, bound)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, p)
	defer s.Close()
	for w := range writers {
		for i := range each {
			if _, err := s.Preimage(ctx, state.Hashlock([32]byte{byte(w), byte(i), 1})); err != nil {
				t.Fatalf("preimage %d/%d: %v", w, i, err)
			}
		}
	}
}

// hangingFolds is an inner store whose folds wait for release, as one cut off from its server would.
type hangingFolds struct {
	*sqlitestore.Store
	release chan struct{}
}

func (f *hangingFolds) CommitAll(ctx context.Context, bs []state.Batch) error {
	<-f.release
	return f.Store.CommitAll(ctx, bs)
}

// TestBackpressureHonoursContext: a Commit held by backpressure behind a fold that hangs returns with its
// context's error, journaling nothing, and the records committed before are all there once the fold ends.
func TestBackpressureHonoursContext(t *testing.T) {
	p := place(t.TempDir())
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	hang := &hangingFolds{Store: inner, release: make(chan struct{})}
	s, err := Open(ctx, hang, p.journal())
	if err != nil {
		t.Fatal(err)
	}
	s.maxPending = 4
	pre := func(i byte) [32]byte { return [32]byte{i, 7} }
	for i := range byte(4) {
		if err := s.Commit(ctx, state.Batch{Preimages: [][32]byte{pre(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := s.Commit(short, state.Batch{Preimages: [][32]byte{pre(9)}}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a Commit held behind a hanging fold: %v, want its context's deadline", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("the held Commit returned after %s", took)
	}
	close(hang.release)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, p)
	defer s.Close()
	for i := range byte(4) {
		if _, err := s.Preimage(ctx, state.Hashlock(pre(i))); err != nil {
			t.Fatalf("preimage %d committed before the hang: %v", i, err)
		}
	}
	if _, err := s.Preimage(ctx, state.Hashlock(pre(9))); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the Commit that gave up left its record: %v", err)
	}
}

// TestOpenSyncsNewFilesNames: Open flushes the journal's directory when it creates a journal file (so a
// power loss cannot take the file's name, and the records flushed into it, away), and not when it opens
// files that were there; the real directory flush succeeds.
func TestOpenSyncsNewFilesNames(t *testing.T) {
	var synced []string
	syncNames = func(dir string) error {
		synced = append(synced, dir)
		return syncDir(dir)
	}
	t.Cleanup(func() { syncNames = syncDir })
	p := place(t.TempDir())
	for i, want := range []int{1, 1} {
		s, err := p.open()
		if err != nil {
			t.Fatal(err)
		}
		if len(synced) != want || synced[0] != string(p) {
			t.Fatalf("open %d: directory flushes %v, want %d of %s", i, synced, want, p)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Remove(p.journal() + ".b"); err != nil {
		t.Fatal(err)
	}
	s, err := p.open()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(synced) != 2 {
		t.Fatalf("a journal file created again: directory flushes %v, want 2", synced)
	}
	if err := syncDir(filepath.Join(string(p), "missing")); err == nil {
		t.Fatal("flushing a missing directory succeeded")
	}
}
