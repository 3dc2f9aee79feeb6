package sqlitestore_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
	"spoke/state/sqlitestore"
)

// TestThreadSetsRoundTrip stores thread sets of several shapes, one channel each, with the channel's state,
// its outstanding proposal and a refused proposal, and reads each back from Latest, Proposal and Refused,
// before and after a reopen; a later state without threads then has none.
func TestThreadSetsRoundTrip(t *testing.T) {
	hub := addr(1)
	tests := []struct {
		name    string
		threads []state.SignedThread
		want    []state.SignedThread
	}{
		{"nil", nil, nil},
		{"empty", []state.SignedThread{}, nil},
		{"one", testThreads(hub, 7), testThreads(hub, 7)},
		{"extreme ids", testThreads(hub, 0, 3, 1<<64-1), testThreads(hub, 0, 3, 1<<64-1)},
		{"MaxThreads", testThreads(hub, threadIDs(state.MaxThreads)...), testThreads(hub, threadIDs(state.MaxThreads)...)},
	}
	s, path := openTemp(t)
	var b state.Batch
	for i, tc := range tests {
		user := addr(10 + i)
		b.States = append(b.States, withThreads(record(hub, user, 1), tc.threads))
		prop := state.Proposal{Record: withThreads(record(hub, user, 2), tc.threads), Message: []byte(tc.name)}
		b.Proposals = append(b.Proposals, prop)
		prop.Refused = true
		b.Refused = append(b.Refused, prop)
	}
	mustCommit(t, s, b)
	for _, phase := range []string{"stored", "reopened"} {
		for i, tc := range tests {
			user := addr(10 + i)
			got, err := s.Latest(ctx, hub, user)
			if err != nil || !reflect.DeepEqual(got.Threads, tc.want) || got.State != b.States[i].State {
				t.Fatalf("%s, %s: latest has %d threads (want %d), %v", phase, tc.name, len(got.Threads), len(tc.want), err)
			}
			p, err := s.Proposal(ctx, hub, user)
			if err != nil || !reflect.DeepEqual(p.Threads, tc.want) || p.State != b.Proposals[i].State {
				t.Fatalf("%s, %s: proposal has %d threads (want %d), %v", phase, tc.name, len(p.Threads), len(tc.want), err)
			}
			refused, err := s.Refused(ctx, hub, user)
			if err != nil || len(refused) != 1 || !reflect.DeepEqual(refused[0].Threads, tc.want) {
				t.Fatalf("%s, %s: refused %d proposals, %v", phase, tc.name, len(refused), err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s = openAt(t, path)
	}
	for _, table := range []string{"states", "proposals", "refused"} {
		if n := queryInt(t, path, `SELECT count(*) FROM `+table+` WHERE threads IS NULL`); n != 2 {
			t.Fatalf("%d rows of %s stored NULL threads, want 2 (nil and empty)", n, table)
		}
	}
	mustPut(t, s, record(hub, addr(12), 2))
	if got, err := s.Latest(ctx, hub, addr(12)); err != nil || got.Threads != nil {
		t.Fatalf("a state without threads after one with: %v, %v", got.Threads, err)
	}
}

// TestThreadRecords inserts thread records, replaces some (a later record of a thread in the same batch
// wins) and lists them, before and after a reopen.
func TestThreadRecords(t *testing.T) {
	s, path := openTemp(t)
	if got, err := s.Threads(ctx); err != nil || len(got) != 0 {
		t.Fatalf("threads of a new store: %v, %v", got, err)
	}
	hub, alice, bob := addr(1), addr(2), addr(3)
	a := threadRecord(hub, alice, bob, 1, 0, state.ThreadOpening)
	b := threadRecord(hub, bob, alice, 1, 0, state.ThreadOpen)          // same id, other direction
	c := threadRecord(hub, alice, bob, 1<<64-1, 9, state.ThreadClosing) // id above int64
	mustCommit(t, s, state.Batch{Threads: []state.ThreadRecord{a, b, c}})
	checkThreads(t, s, "inserted", a, b, c)

	a2 := threadRecord(hub, alice, bob, 1, 3, state.ThreadOpen)
	a3 := threadRecord(hub, alice, bob, 1, 4, state.ThreadOpen)
	d := threadRecord(addr(4), alice, bob, 1, 0, state.ThreadOpening) // same parties and id, another hub
	mustCommit(t, s, state.Batch{States: []state.Record{record(hub, alice, 1)}, Threads: []state.ThreadRecord{a2, d, a3}})
	checkThreads(t, s, "replaced", a3, b, c, d)

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path)
	checkThreads(t, s, "reopened", a3, b, c, d)
	if n := queryInt(t, path, `SELECT count(*) FROM threads`); n != 4 {
		t.Fatalf("%d thread rows, want 4", n)
	}
}

// checkThreads checks that s holds exactly the thread records want, in any order.
func checkThreads(t *testing.T, s state.Store, phase string, want ...state.ThreadRecord) {
	t.Helper()
	got, err := s.Threads(ctx)
	if err != nil || len(got) != len(want) {
		t.Fatalf("%s: %d thread records (want %d), %v", phase, len(got), len(want), err)
	}
	type key struct {
		hub    common.Address
		thread common.Hash
	}
	byKey := map[key]state.ThreadRecord{}
	for _, r := range got {
		byKey[key{r.Initial.State.Hub, r.Initial.State.Key()}] = r
	}
	for _, w := range want {
		if r := byKey[key{w.Initial.State.Hub, w.Initial.State.Key()}]; !reflect.DeepEqual(r, w) {
			t.Fatalf("%s: thread %d of %s is %+v, want %+v", phase, w.Initial.State.ThreadID, w.Initial.State.Sender, r, w)
		}
	}
}

// TestCommitRefusesThreads: a batch holding a thread set or thread record the store could not read back
// (out of order, too many, a signature of the wrong length, a latest state of another thread) is refused
// whole, and the store is as before.
func TestCommitRefusesThreads(t *testing.T) {
	s, _ := openTemp(t)
	hub, u1, u2 := addr(1), addr(2), addr(3)
	mustPut(t, s, run(hub, u1, 1, 3)...)
	kept := threadRecord(hub, u1, u2, 1, 2, state.ThreadOpen)
	mustCommit(t, s, state.Batch{Threads: []state.ThreadRecord{kept}})

	set := testThreads(hub, 1, 2, 3)
	unsorted := []state.SignedThread{set[1], set[0], set[2]}
	repeated := []state.SignedThread{set[0], set[0]}
	shortSig := testThreads(hub, 1, 2)
	shortSig[1].Sig = shortSig[1].Sig[:64]
	withState := func(ts []state.SignedThread) state.Batch {
		return state.Batch{States: []state.Record{withThreads(record(hub, u1, 4), ts)}}
	}
	withProposal := func(ts []state.SignedThread, refused bool) state.Batch {
		p := state.Proposal{Record: withThreads(record(hub, u1, 4), ts), Message: []byte("p")}
		if refused {
			return state.Batch{Refused: []state.Proposal{p}}
		}
		return state.Batch{Proposals: []state.Proposal{p}}
	}
	withRecord := func(change func(*state.ThreadRecord)) state.Batch {
		r := threadRecord(hub, u1, u2, 1, 5, state.ThreadClosing)
		change(&r)
		return state.Batch{Threads: []state.ThreadRecord{r}}
	}
	tests := []struct {
		name  string
		batch state.Batch
		want  error
	}{
		{"unsorted set", withState(unsorted), state.ErrThreadOrder},
		{"repeated thread", withState(repeated), state.ErrThreadOrder},
		{"MaxThreads+1", withState(testThreads(hub, threadIDs(state.MaxThreads+1)...)), state.ErrTooManyThreads},
		{"short thread signature", withState(shortSig), state.ErrSignatureLength},
		{"proposal's unsorted set", withProposal(unsorted, false), state.ErrThreadOrder},
		{"refused proposal's unsorted set", withProposal(unsorted, true), state.ErrThreadOrder},
		{"initial signature of 64 bytes", withRecord(func(r *state.ThreadRecord) { r.Initial.Sig = r.Initial.Sig[:64] }), state.ErrSignatureLength},
		{"latest without signature", withRecord(func(r *state.ThreadRecord) { r.Latest.Sig = nil }), state.ErrSignatureLength},
		{"latest of another hub", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Hub = addr(9) }), sqlitestore.ErrThreadMismatch},
		{"latest of another sender", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Sender = addr(9) }), sqlitestore.ErrThreadMismatch},
		{"latest of another receiver", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Receiver = addr(9) }), sqlitestore.ErrThreadMismatch},
		{"latest of another id", withRecord(func(r *state.ThreadRecord) { r.Latest.State.ThreadID = 2 }), sqlitestore.ErrThreadMismatch},
	}
	for _, tc := range tests {
		// Good parts around the bad one: a new channel, and a new version of the kept thread record.
		b := tc.batch
		b.States = append([]state.Record{record(hub, u2, 1)}, b.States...)
		b.Threads = append([]state.ThreadRecord{threadRecord(hub, u1, u2, 1, 3, state.ThreadClosing)}, b.Threads...)
		if err := s.Commit(ctx, b); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		} else {
			t.Logf("%s: %v", tc.name, err)
		}
		checkUnchanged(t, s, tc.name)
		checkThreads(t, s, tc.name, kept)
		if _, err := s.Proposal(ctx, hub, u1); !errors.Is(err, state.ErrNotFound) {
			t.Fatalf("%s: a refused batch stored a proposal: %v", tc.name, err)
		}
		if got, err := s.Refused(ctx, hub, u1); err != nil || len(got) != 0 {
			t.Fatalf("%s: a refused batch stored %d refused proposals, %v", tc.name, len(got), err)
		}
	}
	mustCommit(t, s, withState(testThreads(hub, threadIDs(state.MaxThreads)...)))
}
