package storetest

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
)

// Addr returns a small distinct address for party i.
func Addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i) + 1)) }

// Record returns a record of channel (hub, user) at txCount tx without locks, with placeholder
// signatures: the store neither checks nor needs real ones.
func Record(hub, user common.Address, tx uint64) state.Record {
	s := state.ChannelState{Hub: hub, User: user, Recipient: user, TxCountGlobal: tx, TxCountChain: 1}
	s.WeiHub.SetUint64(1000 - tx)
	s.WeiUser.SetUint64(tx)
	return state.Record{SignedState: state.SignedState{State: s, SigHub: bytes.Repeat([]byte{byte(tx)}, 65),
		SigUser: bytes.Repeat([]byte{0xee}, 65)}}
}

// WithLocks returns r committing to locks with the given IDs (see Locks).
func WithLocks(r state.Record, ids ...uint64) state.Record {
	r.Locks = Locks(ids...)
	r.State.LockRoot = state.LockRoot(r.Locks)
	return r
}

// Locks returns locks with the given IDs, every field derived from the ID and amounts using all 256
// bits, so that a round trip that mixes up locks or fields shows. No IDs give nil.
func Locks(ids ...uint64) []state.Lock {
	var out []state.Lock
	for _, id := range ids {
		l := state.Lock{ID: id, ToUser: id%2 == 1, Hashlock: crypto.Keccak256Hash(big.NewInt(int64(id)).Bytes()),
			Expiry: 1<<40 + id}
		l.AmountWei.SetUint64(7 * id)
		l.AmountToken.Lsh(uint256.NewInt(1), 255).AddUint64(&l.AmountToken, id)
		out = append(out, l)
	}
	return out
}

// LockIDs returns the IDs 1..n.
func LockIDs(n int) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(i) + 1
	}
	return out
}

// Records returns records tx from..to of channel (hub, user).
func Records(hub, user common.Address, from, to uint64) []state.Record {
	var out []state.Record
	for tx := from; tx <= to; tx++ {
		out = append(out, Record(hub, user, tx))
	}
	return out
}

// SignedStates returns the signed state of each record.
func SignedStates(records []state.Record) []state.SignedState {
	out := make([]state.SignedState, len(records))
	for i := range records {
		out[i] = records[i].SignedState
	}
	return out
}

// testKey derives a deterministic private key from a small index.
func testKey(t testing.TB, i byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{i, 0x5a}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// signedRecord returns a record of the channel between testKey(1) and testKey(2) with tx locks, signed
// by both.
func signedRecord(t testing.TB, d *state.Domain, tx uint64) state.Record {
	t.Helper()
	hub, user := testKey(t, 1), testKey(t, 2)
	s := WithLocks(Record(crypto.PubkeyToAddress(hub.PublicKey), crypto.PubkeyToAddress(user.PublicKey), tx),
		LockIDs(int(tx))...)
	s.State.LockedToken = *uint256.NewInt(tx)
	for _, p := range []struct {
		key *ecdsa.PrivateKey
		dst *[]byte
	}{{hub, &s.SigHub}, {user, &s.SigUser}} {
		sig, err := state.Sign(s.Digest(d), p.key)
		if err != nil {
			t.Fatal(err)
		}
		*p.dst = sig[:]
	}
	return s
}

// MustPut puts records or fails the test.
func MustPut(t testing.TB, s state.Store, records ...state.Record) {
	t.Helper()
	if err := s.Put(ctx, records...); err != nil {
		t.Fatal(err)
	}
}

// TxCounts lists the txCountGlobal of each state.
func TxCounts(states []state.SignedState) []uint64 {
	out := make([]uint64, len(states))
	for i := range states {
		out[i] = states[i].State.TxCountGlobal
	}
	return out
}

// Threads returns the thread set of a channel of hub holding threads with the given ids, sorted by
// key, with placeholder signatures: senders alternate between two users, the receiver is a third, and
// amounts use all 256 bits, so that a round trip that mixes up threads or fields shows. No ids give nil.
func Threads(hub common.Address, ids ...uint64) []state.SignedThread {
	var out []state.SignedThread
	for _, id := range ids {
		out = append(out, Thread(hub, Addr(50+int(id%2)), Addr(60), id, 0))
	}
	state.SortThreads(out)
	return out
}

// Thread returns the state with count n of thread id from sender to receiver at hub, with a
// placeholder signature derived from id and n.
func Thread(hub, sender, receiver common.Address, id, n uint64) state.SignedThread {
	t := state.ThreadState{Hub: hub, Sender: sender, Receiver: receiver, ThreadID: id, TxCount: n}
	t.WeiSender.SetUint64(1000 - n)
	t.WeiReceiver.SetUint64(n)
	t.TokenSender.Lsh(uint256.NewInt(1), 255).AddUint64(&t.TokenSender, id)
	return state.SignedThread{State: t, Sig: bytes.Repeat([]byte{byte(id), byte(n)}, 33)[:65]}
}

// WithThreads returns r committing to the thread set ts (its root and count).
func WithThreads(r state.Record, ts []state.SignedThread) state.Record {
	r.Threads = ts
	r.State.ThreadRoot = state.ThreadRoot(state.Initials(ts))
	r.State.ThreadCount = uint64(len(ts))
	return r
}

// ThreadRecord returns the record of thread id from sender to receiver at hub whose latest state has
// count n.
func ThreadRecord(hub, sender, receiver common.Address, id, n uint64, status state.ThreadStatus) state.ThreadRecord {
	return state.ThreadRecord{Initial: Thread(hub, sender, receiver, id, 0), Latest: Thread(hub, sender, receiver, id, n),
		Status: status}
}

// ThreadIDs returns the ids 1..n.
func ThreadIDs(n int) []uint64 { return LockIDs(n) }

// MustCommit commits b or fails the test.
func MustCommit(t testing.TB, s state.Store, b state.Batch) {
	t.Helper()
	if err := s.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
}
