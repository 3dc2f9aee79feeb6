package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

func testProposals(t *testing.T, be Backend) {
	ctx := context.Background()
	s, pl := open(t, be)
	hub, user := Addr(1), Addr(2)
	if _, err := s.Proposal(ctx, hub, user); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("proposal of an unknown channel: %v", err)
	}
	MustPut(t, s, Record(hub, user, 1))
	p2 := state.Proposal{Record: WithLocks(Record(hub, user, 2), 7), Message: []byte("propose 2")}
	if err := s.Commit(ctx, state.Batch{Proposals: []state.Proposal{p2}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Proposal(ctx, hub, user); err != nil || !reflect.DeepEqual(got, p2) {
		t.Fatalf("proposal: %+v, %v", got, err)
	}
	if got, err := s.Latest(ctx, hub, user); err != nil || got.State.TxCountGlobal != 1 {
		t.Fatalf("a proposal moved the latest mark: %+v, %v", got, err)
	}
	// Reopen: the proposal is durable.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	if got, err := s.Proposal(ctx, hub, user); err != nil || !reflect.DeepEqual(got, p2) {
		t.Fatalf("proposal after reopen: %+v, %v", got, err)
	}
	// A state at its nonce supersedes it; a new proposal in the same commit replaces it.
	p3 := state.Proposal{Record: Record(hub, user, 3), Message: []byte("propose 3")}
	if err := s.Commit(ctx, state.Batch{States: []state.Record{Record(hub, user, 2)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Proposal(ctx, hub, user); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("superseded proposal still returned: %v", err)
	}
	if err := s.Commit(ctx, state.Batch{Proposals: []state.Proposal{p3}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Proposal(ctx, hub, user); err != nil || !reflect.DeepEqual(got, p3) {
		t.Fatalf("replaced proposal: %+v, %v", got, err)
	}
	// A batch with a bad proposal changes nothing.
	bad := state.Proposal{Record: Record(hub, user, 4)}
	if err := s.Commit(ctx, state.Batch{States: []state.Record{Record(hub, user, 3)}, Proposals: []state.Proposal{bad}}); err == nil {
		t.Fatal("proposal without a message accepted")
	}
	if got, err := s.Latest(ctx, hub, user); err != nil || got.State.TxCountGlobal != 2 {
		t.Fatalf("refused batch changed the latest: %+v, %v", got, err)
	}
}

func testPreimages(t *testing.T, be Backend) {
	ctx := context.Background()
	s, pl := open(t, be)
	p := [32]byte{1, 2, 3}
	h := state.Hashlock(p)
	if _, err := s.Preimage(ctx, h); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("unknown preimage: %v", err)
	}
	if err := s.Commit(ctx, state.Batch{Preimages: [][32]byte{p, p}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	if got, err := s.Preimage(ctx, h); err != nil || got != p {
		t.Fatalf("preimage after reopen: %x, %v", got, err)
	}
}

func testCustodial(t *testing.T, be Backend) {
	ctx := context.Background()
	s, pl := open(t, be)
	a, b := Addr(1), Addr(2)
	set := map[common.Address][2]uint256.Int{a: {*uint256.NewInt(5), *uint256.NewInt(7)}, b: {}}
	if err := s.Commit(ctx, state.Batch{Custodial: set}); err != nil {
		t.Fatal(err)
	}
	set[a] = [2]uint256.Int{*uint256.NewInt(1), *uint256.NewInt(2)}
	if err := s.Commit(ctx, state.Batch{Custodial: map[common.Address][2]uint256.Int{a: set[a]}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	if got, err := s.Custodial(ctx); err != nil || !reflect.DeepEqual(got, set) {
		t.Fatalf("custodial after reopen: %v, %v; want %v", got, err, set)
	}
}

// testCustodialExact: balances over the whole uint256 range come back exactly, after a reopen.
func testCustodialExact(t *testing.T, be Backend) {
	s, pl := open(t, be)
	var top, high uint256.Int
	top.SetAllOne()                                      // 2^256-1
	high.Lsh(uint256.NewInt(1), 255).AddUint64(&high, 1) // 2^255+1
	set := map[common.Address][2]uint256.Int{Addr(1): {top, high}, Addr(2): {high, *uint256.NewInt(0)}}
	MustCommit(t, s, state.Batch{Custodial: set})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = OpenAt(t, pl)
	if got, err := s.Custodial(ctx); err != nil || !reflect.DeepEqual(got, set) {
		t.Fatalf("custodial after reopen: %v, %v; want %v", got, err, set)
	}
}

func testLinks(t *testing.T, be Backend) {
	s, _ := open(t, be)
	ctx := context.Background()
	a, b := common.Hash{1}, common.Hash{2}
	if err := s.Commit(ctx, state.Batch{Links: []common.Hash{a, b, a}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Links(ctx); err != nil || !reflect.DeepEqual(got, map[common.Hash]bool{a: true, b: true}) {
		t.Fatalf("links %v, %v", got, err)
	}
}

func testMeta(t *testing.T, be Backend) {
	s, _ := open(t, be)
	ctx := context.Background()
	if _, err := s.Meta(ctx, "chain"); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("meta before any: %v", err)
	}
	for _, v := range []string{"one", "two"} {
		if err := s.Commit(ctx, state.Batch{Meta: map[string][]byte{"chain": []byte(v)}}); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := s.Meta(ctx, "chain"); err != nil || string(got) != "two" {
		t.Fatalf("meta %q, %v; want the last value", got, err)
	}
}

// testRefusedProposals: refused proposals are kept, several at one nonce, marked as such when they are
// the channel's outstanding one, and dropped once superseded.
func testRefusedProposals(t *testing.T, be Backend) {
	s, _ := open(t, be)
	hub, user := Addr(0), Addr(1)
	MustPut(t, s, Record(hub, user, 4))
	a := state.Proposal{Record: WithLocks(Record(hub, user, 5), 1), Message: []byte("a"), Refused: true}
	b := state.Proposal{Record: WithLocks(Record(hub, user, 5), 2), Message: []byte("b"), Refused: true}
	if err := s.Commit(ctx, state.Batch{Proposals: []state.Proposal{b}, Refused: []state.Proposal{a, b}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Proposal(ctx, hub, user); err != nil || !got.Refused {
		t.Fatalf("outstanding proposal %+v (%v), want it marked refused", got, err)
	}
	got, err := s.Refused(ctx, hub, user)
	if err != nil || len(got) != 2 {
		t.Fatalf("refused proposals: %d (%v), want 2", len(got), err)
	}
	for _, p := range got {
		if !reflect.DeepEqual(p, a) && !reflect.DeepEqual(p, b) {
			t.Fatalf("refused proposal %+v is neither stored one", p)
		}
	}
	if err := s.Commit(ctx, state.Batch{States: []state.Record{Record(hub, user, 5)},
		Superseded: []state.Supersession{{Hub: hub, User: user, Below: 5}}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Refused(ctx, hub, user); err != nil || len(got) != 2 {
		t.Fatalf("refused proposals at the latest nonce: %d (%v), want both kept (not superseded yet)", len(got), err)
	}
	if err := s.Commit(ctx, state.Batch{States: []state.Record{Record(hub, user, 6)},
		Superseded: []state.Supersession{{Hub: hub, User: user, Below: 6}}}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Refused(ctx, hub, user); err != nil || len(got) != 0 {
		t.Fatalf("refused proposals after nonce 6: %d (%v), want none", len(got), err)
	}
}
