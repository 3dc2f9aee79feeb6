package sqlitestore_test

import (
	"database/sql"
	"errors"
	"testing"

	"spoke/state"
	"spoke/state/sqlitestore"
)

// rawExec runs SQL on the closed store's file, ignoring CHECK constraints, as a damaged disk or a careless
// operator would.
func rawExec(t testing.TB, path string, query string, args ...any) {
	t.Helper()
	db, err := sql.Open("sqlite", path+"?_pragma=ignore_check_constraints(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, query, args...); err != nil {
		t.Fatal(err)
	}
}

// storeWithDamage stores txCounts 1..3 of channel (1, 2), closes the store, applies damage to the file
// and reopens it.
func storeWithDamage(t *testing.T, damage string, args ...any) state.Store {
	t.Helper()
	s, path := openTemp(t)
	mustPut(t, s, run(addr(1), addr(2), 1, 3)...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rawExec(t, path, damage, args...)
	return openAt(t, path)
}

func TestCorruptRows(t *testing.T) {
	other, _ := (&state.SignedState{State: record(addr(1), addr(2), 2).State}).MarshalBinary()
	tests := []struct {
		name   string
		damage string
		args   []any
		also   error // the decoding error under ErrCorrupt, if any
	}{
		{"truncated blob", `UPDATE states SET encoded = substr(encoded, 1, 100)`, nil, state.ErrEncodingLength},
		{"empty blob", `UPDATE states SET encoded = x''`, nil, state.ErrEncodingLength},
		{"text", `UPDATE states SET encoded = 'not a state'`, nil, state.ErrEncodingLength},
		{"bad padding", `UPDATE states SET encoded = x'01' || substr(encoded, 2)`, nil, state.ErrAddressPadding},
		{"bad signature length", `UPDATE states SET encoded = substr(encoded, 1, 800) || x'40' || substr(encoded, 802)`, nil, state.ErrSignatureLength},
		{"other row's state", `UPDATE states SET encoded = ?`, []any{other}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := storeWithDamage(t, tc.damage, tc.args...)
			_, err := s.Latest(ctx, addr(1), addr(2))
			checkCorrupt(t, "latest", err, tc.also)
			_, err = s.History(ctx, addr(1), addr(2), 0, 0)
			checkCorrupt(t, "history", err, tc.also)
		})
	}
}

func checkCorrupt(t *testing.T, op string, err, also error) {
	t.Helper()
	if !errors.Is(err, sqlitestore.ErrCorrupt) || (also != nil && !errors.Is(err, also)) {
		t.Fatalf("%s: got %v, want ErrCorrupt and %v", op, err, also)
	}
	t.Logf("%s: %v", op, err)
}

func TestCorruptMarks(t *testing.T) {
	s := storeWithDamage(t, `DELETE FROM states WHERE tx_count = x'0000000000000003'`)
	_, err := s.Latest(ctx, addr(1), addr(2))
	checkCorrupt(t, "latest without its state", err, nil)

	s = storeWithDamage(t, `UPDATE channels SET latest = x'01'`)
	err = s.Put(ctx, record(addr(1), addr(2), 4))
	checkCorrupt(t, "put on a bad mark", err, nil)

	s = storeWithDamage(t, `UPDATE channels SET hub_addr = x'01'`)
	_, err = s.Channels(ctx)
	checkCorrupt(t, "channels", err, nil)
}

func TestCorruptLocks(t *testing.T) {
	sorted := lockBlob(t, 1, 2)
	badFlag := append([]byte(nil), sorted...)
	badFlag[2*32-1] = 2 // the ToUser word of the first lock
	tests := []struct {
		name  string
		locks any
		also  error
	}{
		{"partial lock", []byte{0}, nil},
		{"trailing byte", append(lockBlob(t, 1), 0), nil},
		{"text", "no locks", nil},
		{"unsorted IDs", lockBlob(t, 2, 1), sqlitestore.ErrLockOrder},
		{"repeated ID", lockBlob(t, 1, 3, 3), sqlitestore.ErrLockOrder},
		{"bad lock encoding", badFlag, state.ErrBoolWord},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := storeWithDamage(t, `UPDATE states SET locks = ? WHERE tx_count = x'0000000000000003'`, tc.locks)
			_, err := s.Latest(ctx, addr(1), addr(2))
			checkCorrupt(t, "latest", err, tc.also)
		})
	}
	// An empty blob, which spoke does not write, means no locks as a NULL does.
	s := storeWithDamage(t, `UPDATE states SET locks = x''`)
	if l, err := s.Latest(ctx, addr(1), addr(2)); err != nil || l.Locks != nil {
		t.Fatalf("empty locks blob: %v, %v", l.Locks, err)
	}
}

// lockBlob returns the stored form of testLocks(ids...), in the order given.
func lockBlob(t *testing.T, ids ...uint64) []byte {
	t.Helper()
	var out []byte
	for _, l := range testLocks(ids...) {
		b, err := l.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	return out
}

// TestCorruptThreadSets damages the stored thread set of a state, a proposal and a refused proposal: each
// read reports ErrCorrupt.
func TestCorruptThreadSets(t *testing.T) {
	hub := addr(1)
	sorted := threadBlob(t, testThreads(hub, 1, 2)...)
	unsorted := threadBlob(t, testThreads(hub, 1, 2)[1], testThreads(hub, 1, 2)[0])
	badPadding := append([]byte(nil), sorted...)
	badPadding[0] = 1 // the hub word of the first thread
	tests := []struct {
		name    string
		threads any
		also    error
	}{
		{"partial thread", []byte{0}, state.ErrEncodingLength},
		{"trailing byte", append(threadBlob(t, testThreads(hub, 1)...), 0), state.ErrEncodingLength},
		{"text", "no threads", state.ErrEncodingLength},
		{"unsorted", unsorted, state.ErrThreadOrder},
		{"repeated", append(threadBlob(t, testThreads(hub, 1)...), threadBlob(t, testThreads(hub, 1)...)...), state.ErrThreadOrder},
		{"bad thread encoding", badPadding, state.ErrAddressPadding},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := storeWithDamage(t, `UPDATE states SET threads = ? WHERE tx_count = x'0000000000000003'`, tc.threads)
			_, err := s.Latest(ctx, addr(1), addr(2))
			checkCorrupt(t, "latest", err, tc.also)

			s = proposalsWithDamage(t, `UPDATE proposals SET threads = ?`, tc.threads)
			_, err = s.Proposal(ctx, addr(1), addr(2))
			checkCorrupt(t, "proposal", err, tc.also)

			s = proposalsWithDamage(t, `UPDATE refused SET threads = ?`, tc.threads)
			_, err = s.Refused(ctx, addr(1), addr(2))
			checkCorrupt(t, "refused", err, tc.also)
		})
	}
	// An empty blob, which spoke does not write, means no threads as a NULL does.
	s := storeWithDamage(t, `UPDATE states SET threads = x''`)
	if l, err := s.Latest(ctx, addr(1), addr(2)); err != nil || l.Threads != nil {
		t.Fatalf("empty threads blob: %v, %v", l.Threads, err)
	}
}

// proposalsWithDamage stores state 3 of channel (1, 2) with a proposal 4 and a refused proposal 4, each
// with a thread, applies damage to the file and reopens it.
func proposalsWithDamage(t *testing.T, damage string, args ...any) state.Store {
	t.Helper()
	s, path := openTemp(t)
	p := state.Proposal{Record: withThreads(record(addr(1), addr(2), 4), testThreads(addr(1), 5)), Message: []byte("p")}
	mustCommit(t, s, state.Batch{States: []state.Record{record(addr(1), addr(2), 3)}, Proposals: []state.Proposal{p},
		Refused: []state.Proposal{p}})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rawExec(t, path, damage, args...)
	return openAt(t, path)
}

// TestCorruptThreadRecords damages a stored thread record: Threads reports ErrCorrupt.
func TestCorruptThreadRecords(t *testing.T) {
	hub, alice, bob := addr(1), addr(2), addr(3)
	r := threadRecord(hub, alice, bob, 7, 2, state.ThreadOpen)
	other := testThread(hub, alice, bob, 8, 2)
	otherThread, _ := other.MarshalBinary()
	tests := []struct {
		name   string
		damage string
		args   []any
		also   error
	}{
		{"truncated initial", `UPDATE threads SET initial = substr(initial, 1, 100)`, nil, state.ErrEncodingLength},
		{"empty latest", `UPDATE threads SET latest = x''`, nil, state.ErrEncodingLength},
		{"latest of another thread", `UPDATE threads SET latest = ?`, []any{otherThread}, sqlitestore.ErrThreadMismatch},
		{"initial of another thread", `UPDATE threads SET initial = ?`, []any{otherThread}, nil},
		{"another id column", `UPDATE threads SET thread_id = x'0000000000000008'`, nil, nil},
		{"short id column", `UPDATE threads SET thread_id = x'07'`, nil, nil},
		{"another sender column", `UPDATE threads SET sender = ?`, []any{addr(9).Bytes()}, nil},
		{"another receiver column", `UPDATE threads SET receiver = ?`, []any{addr(9).Bytes()}, nil},
		{"short hub column", `UPDATE threads SET hub_addr = x'01'`, nil, nil},
		{"status above a byte", `UPDATE threads SET status = 256`, nil, nil},
		{"negative status", `UPDATE threads SET status = -1`, nil, nil},
		{"text status", `UPDATE threads SET status = 'open'`, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, path := openTemp(t)
			mustCommit(t, s, state.Batch{Threads: []state.ThreadRecord{r}})
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			rawExec(t, path, tc.damage, tc.args...)
			s = openAt(t, path)
			_, err := s.Threads(ctx)
			checkCorrupt(t, "threads", err, tc.also)
		})
	}
}

// threadBlob returns the stored form of a thread set, in the order given.
func threadBlob(t *testing.T, threads ...state.SignedThread) []byte {
	t.Helper()
	var out []byte
	for i := range threads {
		b, err := threads[i].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b...)
	}
	return out
}
