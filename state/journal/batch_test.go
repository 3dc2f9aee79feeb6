package journal

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
	"spoke/state/storetest"
)

// fullBatch is a batch with every field set, records with locks and threads.
func fullBatch() state.Batch {
	r := storetest.WithThreads(storetest.WithLocks(storetest.Record(hub, alice, 7), 1, 2, 3), storetest.Threads(hub, 4, 5))
	p := state.Proposal{Record: storetest.WithLocks(storetest.Record(hub, bob, 3), 9), Message: []byte("proposal")}
	refused := state.Proposal{Record: storetest.Record(hub, alice, 8), Message: []byte("refused"), Refused: true}
	var big uint256.Int
	big.Lsh(uint256.NewInt(1), 255)
	return state.Batch{
		States:     []state.Record{r, storetest.Record(hub, alice, 8)},
		Proposals:  []state.Proposal{p},
		Preimages:  [][32]byte{{1}, {2, 3}},
		Custodial:  map[common.Address][2]uint256.Int{alice: {*uint256.NewInt(5), big}, bob: {}},
		Links:      []common.Hash{{9}},
		Meta:       map[string][]byte{"a": []byte("x"), "b": {}},
		Refused:    []state.Proposal{refused},
		Superseded: []state.Supersession{{Hub: hub, User: alice, Below: 6}},
		Threads:    []state.ThreadRecord{rec(1, 2), storetest.ThreadRecord(hub, bob, alice, 3, 4, state.ThreadClosed)},
	}
}

// TestBatchRoundTrip: a batch decodes to itself, and no cut, extension or unknown version of its
// encoding decodes.
func TestBatchRoundTrip(t *testing.T) {
	b := fullBatch()
	enc, err := encodeBatch(nil, &b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeBatch(enc)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", b) {
		t.Fatalf("round trip:\n%+v\nwant\n%+v", got, b)
	}
	again, _ := encodeBatch(nil, &got)
	if string(again) != string(enc) {
		t.Fatal("the decoded batch encodes differently")
	}
	for n := range len(enc) {
		if _, err := decodeBatch(enc[:n]); !errors.Is(err, errDecode) && !errors.Is(err, state.ErrEncodingLength) {
			t.Fatalf("cut to %d of %d bytes: %v", n, len(enc), err)
		}
	}
	if _, err := decodeBatch(append(enc, 0)); err == nil {
		t.Fatal("a trailing byte decodes")
	}
	bad := append([]byte{9}, enc[1:]...)
	if _, err := decodeBatch(bad); !errors.Is(err, errDecode) {
		t.Fatalf("version 9: %v", err)
	}
}

// TestBatchRefusals: what the SQLite store refuses, encodeBatch refuses, before anything is journaled.
func TestBatchRefusals(t *testing.T) {
	noMessage := state.Proposal{Record: storetest.Record(hub, alice, 1)}
	disorder := storetest.WithLocks(storetest.Record(hub, alice, 1), 2, 1)
	short := storetest.Record(hub, alice, 1)
	short.SigHub = short.SigHub[:10]
	for _, tc := range []struct {
		name string
		b    state.Batch
		want error
	}{
		{"proposal without a message", state.Batch{Proposals: []state.Proposal{noMessage}}, nil},
		{"refused proposal without a message", state.Batch{Refused: []state.Proposal{noMessage}}, nil},
		{"locks out of order", state.Batch{States: []state.Record{disorder}}, state.ErrLockOrder},
		{"short signature", state.Batch{States: []state.Record{short}}, state.ErrSignatureLength},
	} {
		_, err := encodeBatch(nil, &tc.b)
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
}

// TestEveryBatchJournaled: a batch of every kind goes to the journal, not the inner store, and reads
// through the journal see it at once; a crash before any fold loses none of it.
func TestEveryBatchJournaled(t *testing.T) {
	p, s := openPlace(t)
	storetest.MustCommit(t, s, fullBatch())
	if _, err := s.Store.Latest(ctx, hub, alice); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the inner store has the channel before a fold: %v", err)
	}
	if got, err := s.Preimage(ctx, state.Hashlock([32]byte{2, 3})); err != nil || got != [32]byte{2, 3} {
		t.Fatalf("preimage before a fold: %x %v", got, err)
	}
	if got, err := s.Meta(ctx, "a"); err != nil || string(got) != "x" {
		t.Fatalf("meta before a fold: %q %v", got, err)
	}
	if err := s.Put(ctx, storetest.Record(hub, alice, 8)); !errors.Is(err, state.ErrStale) {
		t.Fatalf("a state at the journaled latest: %v, want ErrStale", err)
	}
	s.crash()
	s = reopen(t, p)
	if l, err := s.Latest(ctx, hub, alice); err != nil || l.State.TxCountGlobal != 8 {
		t.Fatalf("after the crash, latest %d %v", l.State.TxCountGlobal, err)
	}
	if pr, err := s.Proposal(ctx, hub, bob); err != nil || string(pr.Message) != "proposal" {
		t.Fatalf("after the crash, proposal %q %v", pr.Message, err)
	}
	if r, err := s.Refused(ctx, hub, alice); err != nil || len(r) != 1 {
		t.Fatalf("after the crash, refused %d %v", len(r), err)
	}
	storetest.CheckThreads(t, s, "after the crash", rec(1, 2), storetest.ThreadRecord(hub, bob, alice, 3, 4, state.ThreadClosed))
}
