package backup

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

// sameThreads reports whether got and want hold the same thread records, in any order.
func sameThreads(got, want []state.ThreadRecord) bool {
	if len(got) != len(want) {
		return false
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || reflect.DeepEqual(g, w)
		}
		if !found {
			return false
		}
	}
	return true
}

// takeFilled takes a snapshot of filledStore through JSON, as a restore reads it.
func takeFilled(t *testing.T) Snapshot {
	t.Helper()
	src, latest := filledStore(t)
	snap, err := Take(context.Background(), src, latest.State.User, domain, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := snap.marshal()
	if err != nil {
		t.Fatal(err)
	}
	if snap, err = unmarshalSnapshot(b); err != nil {
		t.Fatal(err)
	}
	return snap
}

// TestSnapshotThreads: a snapshot carries each channel's thread sets and the node's thread records, and
// its batch stores them as they were.
func TestSnapshotThreads(t *testing.T) {
	snap := takeFilled(t)
	if snap.Version != Version || len(snap.Channels) != 1 || len(snap.Channels[0].Threads) != 2 ||
		len(snap.Channels[0].PropThreads) != 3 || len(snap.Threads) != 4 {
		t.Fatalf("snapshot version %d, %d channels, threads %d, proposal threads %d, thread records %d", snap.Version,
			len(snap.Channels), len(snap.Channels[0].Threads), len(snap.Channels[0].PropThreads), len(snap.Threads))
	}
	b, err := snap.Batch()
	if err != nil {
		t.Fatal(err)
	}
	records := userThreads(t)
	if !reflect.DeepEqual(b.States[0].Threads, initials(records[:2])) ||
		!reflect.DeepEqual(b.Proposals[0].Threads, initials(records[:3])) || !sameThreads(b.Threads, records) {
		t.Fatalf("batch threads %+v, proposal threads %+v, records %+v", b.States[0].Threads, b.Proposals[0].Threads, b.Threads)
	}
}

// TestSnapshotRefusesBadThreads changes one thread entry of a good snapshot at a time: each is refused
// with ErrSnapshot.
func TestSnapshotRefusesBadThreads(t *testing.T) {
	forged := signedThread(t, userKey, otherKey, 1, 1)
	forged.State.WeiReceiver = *uint256.NewInt(99) // no longer what the sender signed
	forgedEnc, _ := forged.MarshalBinary()
	strangers := threadRecord(t, otherKey, hubKey, 5, 0, state.ThreadOpen) // the user is neither party
	strangersInitial, _ := strangers.Initial.MarshalBinary()
	strangersLatest, _ := strangers.Latest.MarshalBinary()
	other := signedThread(t, userKey, otherKey, 7, 1) // a thread the snapshot does not hold
	otherThread, _ := other.MarshalBinary()
	tests := []struct {
		name   string
		change func(s *Snapshot)
	}{
		{"truncated channel thread", func(s *Snapshot) { c := &s.Channels[0]; c.Threads[0] = c.Threads[0][:100] }},
		{"channel threads out of order", func(s *Snapshot) { c := &s.Channels[0]; c.Threads[0], c.Threads[1] = c.Threads[1], c.Threads[0] }},
		{"channel thread dropped", func(s *Snapshot) { c := &s.Channels[0]; c.Threads = c.Threads[:1] }},
		{"channel thread repeated", func(s *Snapshot) { c := &s.Channels[0]; c.Threads[1] = c.Threads[0] }},
		{"channel thread added", func(s *Snapshot) { c := &s.Channels[0]; c.Threads = append(c.Threads, c.PropThreads[2]) }},
		{"channel thread not signed by its sender", func(s *Snapshot) { s.Channels[0].Threads[0] = forgedEnc }},
		{"proposal thread dropped", func(s *Snapshot) { c := &s.Channels[0]; c.PropThreads = c.PropThreads[1:] }},
		{"truncated record", func(s *Snapshot) { s.Threads[0].Latest = s.Threads[0].Latest[:10] }},
		{"empty record", func(s *Snapshot) { s.Threads[0] = Thread{} }},
		{"record of a latest state of another thread", func(s *Snapshot) { s.Threads[0].Latest = otherThread }},
		{"record of a forged latest state", func(s *Snapshot) { s.Threads[0] = Thread{Initial: s.Threads[0].Initial, Latest: forgedEnc} }},
		{"record of an unknown status", func(s *Snapshot) { s.Threads[0].Status = state.ThreadFailed + 1 }},
		{"record repeated", func(s *Snapshot) { s.Threads = append(s.Threads, s.Threads[0]) }},
		{"record not the node's", func(s *Snapshot) {
			s.Threads = append(s.Threads, Thread{Initial: strangersInitial, Latest: strangersLatest, Status: state.ThreadOpen})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			snap := takeFilled(t)
			tc.change(&snap)
			_, err := snap.Batch()
			if !errors.Is(err, ErrSnapshot) {
				t.Fatalf("got %v, want ErrSnapshot", err)
			}
			t.Log(err)
		})
	}
}

// TestSnapshotVersions: a version-1 snapshot (no thread fields) still reads, with no threads; versions
// outside 1 and 2 are refused.
func TestSnapshotVersions(t *testing.T) {
	latest, _ := channel(t, 4, false)
	enc, locks, _, err := encodeRecord(latest)
	if err != nil {
		t.Fatal(err)
	}
	v1 := Snapshot{Version: 1, Node: latest.State.User, ChainID: domain.ChainID, Manager: domain.Contract,
		Channels: []Channel{{Latest: enc, Locks: locks}}}
	b, err := json.Marshal(&v1)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(string(b)), "thread") {
		t.Fatalf("a snapshot without threads names them: %s", b)
	}
	snap, err := unmarshalSnapshot(b)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := snap.Batch()
	if err != nil || len(batch.States) != 1 || batch.States[0].Threads != nil || batch.Threads != nil {
		t.Fatalf("version-1 snapshot: %+v, %v", batch, err)
	}
	for _, v := range []int{0, Version + 1} {
		snap.Version = v
		if _, err := snap.Batch(); !errors.Is(err, ErrVersion) {
			t.Fatalf("version %d: %v, want ErrVersion", v, err)
		}
	}
}

// TestRestoreRefusesOlderThreads: a restore into a store that holds a later state of one of the
// backup's threads is refused, and stores nothing.
func TestRestoreRefusesOlderThreads(t *testing.T) {
	ctx := context.Background()
	src, _ := filledStore(t)
	dir, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewSaver(dir, src, userKey, domain, nil).Save(ctx); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	newer := threadRecord(t, otherKey, userKey, 2, 5, state.ThreadOpen)
	if err := st.Commit(ctx, state.Batch{Threads: []state.ThreadRecord{newer}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(ctx, dir, userKey, st, domain); !errors.Is(err, ErrNewerInStore) {
		t.Fatalf("restore over a newer thread: %v, want ErrNewerInStore", err)
	}
	if pairs, err := st.Channels(ctx); err != nil || len(pairs) != 0 {
		t.Fatalf("the store holds %v (%v) after a refused restore", pairs, err)
	}
	if got, err := st.Threads(ctx); err != nil || !sameThreads(got, []state.ThreadRecord{newer}) {
		t.Fatalf("thread records %+v (%v) after a refused restore", got, err)
	}
}

// TestSnapshotHubsThreadRecords: a hub keeps records of the threads it backs (neither their sender nor
// their receiver); they are the hub's own, and a restore of the hub takes them (the property test's
// restore of a hub that had backed threads failed with "thread record 0 is not the node's").
func TestSnapshotHubsThreadRecords(t *testing.T) {
	snap := takeFilled(t)
	hub := snap.Channels[0]
	var latest state.SignedState
	if err := latest.UnmarshalBinary(hub.Latest); err != nil {
		t.Fatal(err)
	}
	snap.Node = latest.State.Hub
	records, err := snap.threadRecords(domain)
	if err != nil {
		t.Fatalf("the hub's records of the threads it backs: %v", err)
	}
	if len(records) != len(snap.Threads) {
		t.Fatalf("%d records, want %d", len(records), len(snap.Threads))
	}
	for _, r := range records {
		if r.Initial.State.Hub != snap.Node {
			t.Fatalf("a record of a thread of hub %s", r.Initial.State.Hub)
		}
	}
}
