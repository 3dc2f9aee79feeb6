package journal

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"spoke/state"
	"spoke/state/storetest"
)

// directOn reports whether openDirect takes the directory dir.
func directOn(t *testing.T, dir string) bool {
	t.Helper()
	probe := filepath.Join(dir, "probe")
	if err := os.WriteFile(probe, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(probe)
	f, _ := openDirect(probe)
	if f == nil {
		return false
	}
	_ = f.Close()
	return true
}

// directWorkload commits to s, from generation gen on, batches of one to 40 thread records (frames
// from a quarter of a block to several blocks, so that flushes start and end inside blocks and cross
// them), and returns each thread's last record.
func directWorkload(t *testing.T, s *Store, gen uint64, last map[uint64]state.ThreadRecord) {
	t.Helper()
	for i := range uint64(60) {
		var recs []state.ThreadRecord
		for j := range 1 + (i*7)%40 {
			r := rec(1+(i+j)%50, gen*100+i+1)
			recs = append(recs, r)
			last[r.Initial.State.ThreadID] = r
		}
		commitThreads(t, s, recs...)
	}
}

func lastRecords(last map[uint64]state.ThreadRecord) []state.ThreadRecord {
	var out []state.ThreadRecord
	for id := range uint64(51) {
		if r, ok := last[id]; ok {
			out = append(out, r)
		}
	}
	return out
}

// TestDirectWrites: where the file system takes direct writes (Linux, a disk) the journal flushes with
// them; what they wrote reads back after a crash, across blocks, flushes that end inside a block, a fold
// that moves the appends to the other file and the reuse of a file; the bytes after the last frame up to
// its block's end are zeros.
func TestDirectWrites(t *testing.T) {
	p, s := openPlace(t)
	want := runtime.GOOS == "linux" && directOn(t, string(p))
	for i, fl := range s.files {
		if (fl.d != nil) != want {
			t.Fatalf("file %d: direct writes %v, want %v", i, fl.d != nil, want)
		}
	}
	t.Logf("direct writes: %v", want)
	last := map[uint64]state.ThreadRecord{}
	directWorkload(t, s, 1, last)
	if want {
		checkTail(t, s.files[s.active])
	}
	s.crash()
	s, err := p.open()
	if err != nil {
		t.Fatal(err)
	}
	storetest.CheckThreads(t, s, "after a crash", lastRecords(last)...)

	directWorkload(t, s, 2, last)
	if err := s.Fold(ctx); err != nil { // appends move to the other file
		t.Fatal(err)
	}
	directWorkload(t, s, 3, last)
	if err := s.Fold(ctx); err != nil { // and back to the first, reused from its start
		t.Fatal(err)
	}
	directWorkload(t, s, 4, last)
	if want {
		checkTail(t, s.files[s.active])
	}
	s.crash()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after a crash following two folds", lastRecords(last)...)
}

// checkTail checks that fl's last block, as read from the file, holds d.tail and then zeros.
func checkTail(t *testing.T, fl file) {
	t.Helper()
	start := fl.off &^ int64(fl.d.align-1)
	got := make([]byte, fl.d.align)
	if _, err := fl.f.ReadAt(got, start); err != nil {
		t.Fatal(err)
	}
	n := int(fl.off - start)
	if !bytes.Equal(got[:n], fl.d.tail) || n != len(fl.d.tail) {
		t.Fatalf("the last block's %d bytes are not the tail kept (%d bytes)", n, len(fl.d.tail))
	}
	if !bytes.Equal(got[n:], make([]byte, len(got)-n)) {
		t.Fatal("the last block is not zero after the last frame")
	}
}

// TestNoDirectOnTmpfs: on tmpfs (no direct I/O) the journal flushes with buffered writes and a crash
// loses nothing.
func TestNoDirectOnTmpfs(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("tmpfs at /dev/shm is Linux's")
	}
	if _, err := os.Stat("/dev/shm"); err != nil {
		t.Skip("no /dev/shm here")
	}
	dir, err := os.MkdirTemp("/dev/shm", "journal")
	if err != nil {
		t.Skip("cannot write /dev/shm:", err)
	}
	defer os.RemoveAll(dir)
	p := place(dir)
	s, err := p.open()
	if err != nil {
		t.Fatal(err)
	}
	if s.files[0].d != nil || s.files[1].d != nil {
		t.Fatal("direct writes on tmpfs")
	}
	last := map[uint64]state.ThreadRecord{}
	directWorkload(t, s, 1, last)
	s.crash()
	s = reopen(t, p)
	storetest.CheckThreads(t, s, "after a crash", lastRecords(last)...)
}

// TestDirectRefusedFallsBack: a direct write the file system refuses (here one of 256 bytes, below the
// 512 this device takes) leaves the file to buffered writes, and the Commit still returns once its
// record is on the disk.
func TestDirectRefusedFallsBack(t *testing.T) {
	p, s := openPlace(t)
	fl := &s.files[s.active]
	if fl.d == nil {
		t.Skip("the file system here takes no direct writes (TestDirectWrites checks that)")
	}
	fl.d.align = 256
	storetest.MustCommit(t, s, state.Batch{Meta: map[string][]byte{"a": []byte("x")}})
	if fl.d != nil {
		t.Fatal("a refused direct write kept the file on direct writes")
	}
	storetest.MustCommit(t, s, state.Batch{Meta: map[string][]byte{"b": []byte("y")}})
	s.crash()
	s = reopen(t, p)
	for name, want := range map[string]string{"a": "x", "b": "y"} {
		if got, err := s.Meta(ctx, name); err != nil || string(got) != want {
			t.Fatalf("meta %s after a crash: %q %v", name, got, err)
		}
	}
}
