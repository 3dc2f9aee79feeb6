package storetest

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// testThreadSetsRoundTrip stores thread sets of several shapes, one channel each, with the channel's state,
// its outstanding proposal and a refused proposal, and reads each back from Latest, Proposal and Refused,
// before and after a reopen; a later state without threads then has none.
func testThreadSetsRoundTrip(t *testing.T, be Backend) {
	hub := Addr(1)
	tests := []struct {
		name    string
		threads []state.SignedThread
		want    []state.SignedThread
	}{
		{"nil", nil, nil},
		{"empty", []state.SignedThread{}, nil},
		{"one", Threads(hub, 7), Threads(hub, 7)},
		{"extreme ids", Threads(hub, 0, 3, 1<<64-1), Threads(hub, 0, 3, 1<<64-1)},
		{"MaxThreads", Threads(hub, ThreadIDs(state.MaxThreads)...), Threads(hub, ThreadIDs(state.MaxThreads)...)},
	}
	s, pl := open(t, be)
	var b state.Batch
	for i, tc := range tests {
		user := Addr(10 + i)
		b.States = append(b.States, WithThreads(Record(hub, user, 1), tc.threads))
		prop := state.Proposal{Record: WithThreads(Record(hub, user, 2), tc.threads), Message: []byte(tc.name)}
		b.Proposals = append(b.Proposals, prop)
		prop.Refused = true
		b.Refused = append(b.Refused, prop)
	}
	MustCommit(t, s, b)
	for _, phase := range []string{"stored", "reopened"} {
		for i, tc := range tests {
			user := Addr(10 + i)
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
		s = OpenAt(t, pl)
	}
	for _, table := range []string{"states", "proposals", "refused"} {
		if n := pl.QueryInt(t, `SELECT count(*) FROM `+table+` WHERE threads IS NULL`); n != 2 {
			t.Fatalf("%d rows of %s stored NULL threads, want 2 (nil and empty)", n, table)
		}
	}
	MustPut(t, s, Record(hub, Addr(12), 2))
	if got, err := s.Latest(ctx, hub, Addr(12)); err != nil || got.Threads != nil {
		t.Fatalf("a state without threads after one with: %v, %v", got.Threads, err)
	}
}

// testThreadRecords inserts thread records, replaces some (a later record of a thread in the same batch
// wins) and lists them, before and after a reopen.
func testThreadRecords(t *testing.T, be Backend) {
	s, pl := open(t, be)
	if got, err := s.Threads(ctx); err != nil || len(got) != 0 {
		t.Fatalf("threads of a new store: %v, %v", got, err)
	}
	hub, alice, bob := Addr(1), Addr(2), Addr(3)
	a := ThreadRecord(hub, alice, bob, 1, 0, state.ThreadOpening)
	b := ThreadRecord(hub, bob, alice, 1, 0, state.ThreadOpen)          // same id, other direction
	c := ThreadRecord(hub, alice, bob, 1<<64-1, 9, state.ThreadClosing) // id above int64
	MustCommit(t, s, state.Batch{Threads: []state.ThreadRecord{a, b, c}})
	CheckThreads(t, s, "inserted", a, b, c)

	a2 := ThreadRecord(hub, alice, bob, 1, 3, state.ThreadOpen)
	a3 := ThreadRecord(hub, alice, bob, 1, 4, state.ThreadOpen)
	d := ThreadRecord(Addr(4), alice, bob, 1, 0, state.ThreadOpening) // same parties and id, another hub
	MustCommit(t, s, state.Batch{States: []state.Record{Record(hub, alice, 1)}, Threads: []state.ThreadRecord{a2, d, a3}})
	CheckThreads(t, s, "replaced", a3, b, c, d)

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	CheckThreads(t, s, "reopened", a3, b, c, d)
	if n := pl.QueryInt(t, `SELECT count(*) FROM threads`); n != 4 {
		t.Fatalf("%d thread rows, want 4", n)
	}
}

// CheckThreads checks that s holds exactly the thread records want, in any order.
func CheckThreads(t testing.TB, s state.Store, phase string, want ...state.ThreadRecord) {
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

// testCommitRefusesThreads: a batch holding a thread set or thread record the store could not read back
// (out of order, too many, a signature of the wrong length, a latest state of another thread) is refused
// whole, and the store is as before.
func testCommitRefusesThreads(t *testing.T, be Backend) {
	s, _ := open(t, be)
	hub, u1, u2 := Addr(1), Addr(2), Addr(3)
	MustPut(t, s, Records(hub, u1, 1, 3)...)
	kept := ThreadRecord(hub, u1, u2, 1, 2, state.ThreadOpen)
	MustCommit(t, s, state.Batch{Threads: []state.ThreadRecord{kept}})

	set := Threads(hub, 1, 2, 3)
	unsorted := []state.SignedThread{set[1], set[0], set[2]}
	repeated := []state.SignedThread{set[0], set[0]}
	shortSig := Threads(hub, 1, 2)
	shortSig[1].Sig = shortSig[1].Sig[:64]
	withState := func(ts []state.SignedThread) state.Batch {
		return state.Batch{States: []state.Record{WithThreads(Record(hub, u1, 4), ts)}}
	}
	withProposal := func(ts []state.SignedThread, refused bool) state.Batch {
		p := state.Proposal{Record: WithThreads(Record(hub, u1, 4), ts), Message: []byte("p")}
		if refused {
			return state.Batch{Refused: []state.Proposal{p}}
		}
		return state.Batch{Proposals: []state.Proposal{p}}
	}
	withRecord := func(change func(*state.ThreadRecord)) state.Batch {
		r := ThreadRecord(hub, u1, u2, 1, 5, state.ThreadClosing)
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
		{"MaxThreads+1", withState(Threads(hub, ThreadIDs(state.MaxThreads+1)...)), state.ErrTooManyThreads},
		{"short thread signature", withState(shortSig), state.ErrSignatureLength},
		{"proposal's unsorted set", withProposal(unsorted, false), state.ErrThreadOrder},
		{"refused proposal's unsorted set", withProposal(unsorted, true), state.ErrThreadOrder},
		{"initial signature of 64 bytes", withRecord(func(r *state.ThreadRecord) { r.Initial.Sig = r.Initial.Sig[:64] }), state.ErrSignatureLength},
		{"latest without signature", withRecord(func(r *state.ThreadRecord) { r.Latest.Sig = nil }), state.ErrSignatureLength},
		{"latest of another hub", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Hub = Addr(9) }), state.ErrThreadMismatch},
		{"latest of another sender", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Sender = Addr(9) }), state.ErrThreadMismatch},
		{"latest of another receiver", withRecord(func(r *state.ThreadRecord) { r.Latest.State.Receiver = Addr(9) }), state.ErrThreadMismatch},
		{"latest of another id", withRecord(func(r *state.ThreadRecord) { r.Latest.State.ThreadID = 2 }), state.ErrThreadMismatch},
	}
	for _, tc := range tests {
		// Good parts around the bad one: a new channel, and a new version of the kept thread record.
		b := tc.batch
		b.States = append([]state.Record{Record(hub, u2, 1)}, b.States...)
		b.Threads = append([]state.ThreadRecord{ThreadRecord(hub, u1, u2, 1, 3, state.ThreadClosing)}, b.Threads...)
		if err := s.Commit(ctx, b); !errors.Is(err, tc.want) {
			t.Fatalf("%s: %v, want %v", tc.name, err, tc.want)
		} else {
			t.Logf("%s: %v", tc.name, err)
		}
		CheckUnchanged(t, s, tc.name)
		CheckThreads(t, s, tc.name, kept)
		if _, err := s.Proposal(ctx, hub, u1); !errors.Is(err, state.ErrNotFound) {
			t.Fatalf("%s: a refused batch stored a proposal: %v", tc.name, err)
		}
		if got, err := s.Refused(ctx, hub, u1); err != nil || len(got) != 0 {
			t.Fatalf("%s: a refused batch stored %d refused proposals, %v", tc.name, len(got), err)
		}
	}
	MustCommit(t, s, withState(Threads(hub, ThreadIDs(state.MaxThreads)...)))
}
