package backup

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
	"spoke/state/sqlitestore"
)

var (
	hubKey, _   = crypto.HexToECDSA("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63")
	userKey, _  = crypto.HexToECDSA("c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3")
	otherKey, _ = crypto.HexToECDSA("ae6ae8e5ccbfb04590405997ee2d52d2b330726137b875053c36d94e974d162f")
	domain      = state.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000cc"))
)

// channel builds the user's channel at nonce n with one lock the hub sent it and the given open threads,
// signed by both (or by the user only when proposal), and the lock's preimage.
func channel(t *testing.T, n uint64, proposal bool, threads ...state.SignedThread) (state.Record, [32]byte) {
	t.Helper()
	pre := [32]byte{byte(n), 7}
	l := state.Lock{ID: n << 10, ToUser: true, AmountWei: *uint256.NewInt(5), Hashlock: state.Hashlock(pre), Expiry: 1e10}
	s := state.ChannelState{Hub: crypto.PubkeyToAddress(hubKey.PublicKey), User: crypto.PubkeyToAddress(userKey.PublicKey),
		WeiHub: *uint256.NewInt(100), WeiUser: *uint256.NewInt(50 + n), LockedWei: *uint256.NewInt(5), TxCountGlobal: n}
	s.Recipient = s.User
	s.LockRoot = state.LockRoot([]state.Lock{l})
	s.ThreadRoot, s.ThreadCount = state.ThreadRoot(state.Initials(threads)), uint64(len(threads))
	d := domain.ChannelDigest(&s)
	su, err := state.Sign(d, userKey)
	if err != nil {
		t.Fatal(err)
	}
	r := state.Record{SignedState: state.SignedState{State: s, SigUser: su[:]}, Locks: []state.Lock{l}, Threads: threads}
	if !proposal {
		sh, err := state.Sign(d, hubKey)
		if err != nil {
			t.Fatal(err)
		}
		r.SigHub = sh[:]
	}
	return r, pre
}

// filledStore is a store holding the user's channel at nonce 4 with two open threads (one the user
// sends, one it receives), its outstanding proposal 5 opening a third, both locks' preimages and the
// user's thread records (see userThreads).
func filledStore(t *testing.T) (*sqlitestore.Store, state.Record) {
	t.Helper()
	st := openStore(t)
	records := userThreads(t)
	latest, p1 := channel(t, 4, false, initials(records[:2])...)
	prop, p2 := channel(t, 5, true, initials(records[:3])...)
	if err := st.Commit(context.Background(), state.Batch{States: []state.Record{latest},
		Proposals: []state.Proposal{{Record: prop, Message: []byte("the proposal's message")}}, Preimages: [][32]byte{p1, p2},
		Links: []common.Hash{{9}}, Custodial: map[common.Address][2]uint256.Int{{7}: {*uint256.NewInt(3), *uint256.NewInt(4)}},
		Threads: records}); err != nil {
		t.Fatal(err)
	}
	return st, latest
}

// userThreads are the user's thread records at the hub: thread 1 it sends to the other user, paid
// twice, and thread 2 it receives from the other user, paid once, both open; thread 3 it sends, opening;
// thread 4 it received, closed.
func userThreads(t *testing.T) []state.ThreadRecord {
	t.Helper()
	return []state.ThreadRecord{
		threadRecord(t, userKey, otherKey, 1, 2, state.ThreadOpen),
		threadRecord(t, otherKey, userKey, 2, 1, state.ThreadOpen),
		threadRecord(t, userKey, otherKey, 3, 0, state.ThreadOpening),
		threadRecord(t, otherKey, userKey, 4, 3, state.ThreadClosed),
	}
}

// threadRecord returns the record of thread id from the holder of sender to that of receiver at the hub,
// its latest state paid n times, each state signed by the sender.
func threadRecord(t *testing.T, sender, receiver *ecdsa.PrivateKey, id, n uint64, status state.ThreadStatus) state.ThreadRecord {
	t.Helper()
	return state.ThreadRecord{Initial: signedThread(t, sender, receiver, id, 0), Latest: signedThread(t, sender, receiver, id, n),
		Status: status}
}

// signedThread returns the state with count n of thread id, 100 wei of which n went to the receiver.
func signedThread(t *testing.T, sender, receiver *ecdsa.PrivateKey, id, n uint64) state.SignedThread {
	t.Helper()
	ts := state.ThreadState{Hub: crypto.PubkeyToAddress(hubKey.PublicKey), Sender: crypto.PubkeyToAddress(sender.PublicKey),
		Receiver: crypto.PubkeyToAddress(receiver.PublicKey), ThreadID: id, TxCount: n,
		WeiSender: *uint256.NewInt(100 - n), WeiReceiver: *uint256.NewInt(n)}
	sig, err := state.Sign(domain.ThreadDigest(&ts), sender)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedThread{State: ts, Sig: sig[:]}
}

// initials returns the initial states of records as a channel's thread set, sorted.
func initials(records []state.ThreadRecord) []state.SignedThread {
	out := make([]state.SignedThread, len(records))
	for i := range records {
		out[i] = records[i].Initial
	}
	state.SortThreads(out)
	return out
}

// identity is the backup identity of the node with key.
func identity(t *testing.T, key *ecdsa.PrivateKey) Identity {
	t.Helper()
	id, err := IdentityOf(key)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func openStore(t *testing.T) *sqlitestore.Store {
	t.Helper()
	st, err := sqlitestore.Open(filepath.Join(t.TempDir(), "spoke.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// checkRestored restores the user's latest backup from b into a new store and compares it with what was
// saved.
func checkRestored(t *testing.T, b Backend, want state.Record, wantSeq uint64) {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	got, err := Restore(ctx, b, userKey, st, domain)
	if err != nil {
		t.Fatalf("restore: %v", err)
	}
	if got.Pointer.Seq != wantSeq || got.Channels != 1 {
		t.Fatalf("restored pointer %+v, %d channels; want seq %d, 1 channel", got.Pointer, got.Channels, wantSeq)
	}
	r, err := st.Latest(ctx, want.State.Hub, want.State.User)
	if err != nil || !reflect.DeepEqual(r, want) {
		t.Fatalf("restored latest %+v (%v), want %+v", r, err, want)
	}
	p, err := st.Proposal(ctx, want.State.Hub, want.State.User)
	if err != nil || p.State.TxCountGlobal != 5 || string(p.Message) != "the proposal's message" ||
		!reflect.DeepEqual(p.Threads, initials(userThreads(t)[:3])) {
		t.Fatalf("restored proposal %+v (%v)", p, err)
	}
	if got, err := st.Threads(ctx); err != nil || !sameThreads(got, userThreads(t)) {
		t.Fatalf("restored thread records %+v (%v), want %+v", got, err, userThreads(t))
	}
	for _, l := range append(r.Locks, p.Locks...) {
		if pre, err := st.Preimage(ctx, l.Hashlock); err != nil || state.Hashlock(pre) != l.Hashlock {
			t.Fatalf("preimage of lock %d: %v", l.ID, err)
		}
	}
	if links, err := st.Links(ctx); err != nil || !links[common.Hash{9}] {
		t.Fatalf("restored links %v (%v)", links, err)
	}
	if c, err := st.Custodial(ctx); err != nil || c[common.Address{7}] != [2]uint256.Int{*uint256.NewInt(3), *uint256.NewInt(4)} {
		t.Fatalf("restored custody %v (%v)", c, err)
	}
}

func TestDirBackupAndRestore(t *testing.T) {
	ctx := context.Background()
	src, latest := filledStore(t)
	dir, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := NewSaver(dir, src, userKey, domain, nil)
	first, err := s.Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.Save(ctx)
	if err != nil || second.Seq <= first.Seq {
		t.Fatalf("second save %+v (%v) after %+v: want a higher seq", second, err, first)
	}
	checkRestored(t, dir, latest, second.Seq)

	// The blob is sealed: it holds no state in the clear, and only the node's key opens it.
	blob, err := dir.Get(ctx, second.Ref)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := latest.SignedState.MarshalBinary()
	if containsAny(blob, enc[:64], latest.SigHub) {
		t.Fatal("the sealed snapshot shows the state in the clear")
	}
	if _, err := open(otherKey, blob); !errors.Is(err, ErrSealed) {
		t.Fatalf("opened with another key: %v", err)
	}
}

func containsAny(b []byte, parts ...[]byte) bool {
	for _, p := range parts {
		if len(p) > 0 && bytesContains(b, p) {
			return true
		}
	}
	return false
}

func bytesContains(b, p []byte) bool {
	for i := 0; i+len(p) <= len(b); i++ {
		if string(b[i:i+len(p)]) == string(p) {
			return true
		}
	}
	return false
}

// TestRestoreRefusesBadBackups: another node's key finds nothing; a blob changed on disk, a pointer
// signed by another key, a snapshot of another chain and a state with a bad signature are each refused,
// and the store stays empty.
func TestRestoreRefusesBadBackups(t *testing.T) {
	ctx := context.Background()
	src, latest := filledStore(t)
	path := t.TempDir()
	dir, err := NewDir(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewSaver(dir, src, userKey, domain, nil).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	refused := func(name string, key *ecdsa.PrivateKey, want *state.Domain, wantErr error) {
		t.Helper()
		st := openStore(t)
		if _, err := Restore(ctx, dir, key, st, want); err == nil || wantErr != nil && !errors.Is(err, wantErr) {
			t.Errorf("%s: %v, want %v", name, err, wantErr)
		}
		if pairs, err := st.Channels(ctx); err != nil || len(pairs) != 0 {
			t.Errorf("%s: the store holds %v (%v) after a refused restore", name, pairs, err)
		}
	}
	refused("another node", otherKey, domain, ErrNoBackup)
	refused("another chain", userKey, state.NewDomain(big.NewInt(1), domain.Contract), ErrWrongChain)

	// A pointer to the blob signed by someone else.
	forged, err := signPointer(otherKey, Pointer{Node: latest.State.User, Seq: p.Seq + 1, Ref: p.Ref})
	if err != nil {
		t.Fatal(err)
	}
	id := identity(t, userKey)
	good, _ := dir.Latest(ctx, id)
	if err := dir.Publish(ctx, id, forged); err != nil {
		t.Fatal(err)
	}
	refused("forged pointer", userKey, domain, ErrPointer)
	if err := dir.Publish(ctx, id, good); err != nil {
		t.Fatal(err)
	}

	// A blob changed on disk.
	blobPath := filepath.Join(path, "blobs", p.Ref)
	blob, _ := os.ReadFile(blobPath)
	bad := append([]byte(nil), blob...)
	bad[len(bad)-1] ^= 1
	if err := os.WriteFile(blobPath, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	refused("changed blob", userKey, domain, nil)
	if err := os.WriteFile(blobPath, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	// A changed blob stored under its own new hash, named by a pointer the node signed: the seal refuses it.
	ref, err := dir.Put(ctx, bad)
	if err != nil {
		t.Fatal(err)
	}
	resealed, _ := signPointer(userKey, Pointer{Node: latest.State.User, Seq: p.Seq + 1, Ref: ref})
	if err := dir.Publish(ctx, id, resealed); err != nil {
		t.Fatal(err)
	}
	refused("changed ciphertext", userKey, domain, ErrSealed)

	// A snapshot sealed with the right key holding a state the hub did not sign.
	snap, err := Take(ctx, src, latest.State.User, domain, 1)
	if err != nil {
		t.Fatal(err)
	}
	forgedState := latest
	forgedState.State.WeiUser = *uint256.NewInt(1_000_000)
	snap.Channels[0].Latest, snap.Channels[0].Locks, _, _ = encodeRecord(forgedState)
	sealed, err := seal(userKey, &snap)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ = dir.Put(ctx, sealed)
	ptr, _ := signPointer(userKey, Pointer{Node: latest.State.User, Seq: p.Seq + 2, Ref: ref})
	if err := dir.Publish(ctx, id, ptr); err != nil {
		t.Fatal(err)
	}
	refused("state with a bad signature", userKey, domain, ErrSnapshot)
}

// TestKuboBackupAndRestore backs up to a real kubo daemon (added, pinned, pointer published with IPNS
// under the IPNS key derived from the node's key) and restores from it.
func TestKuboBackupAndRestore(t *testing.T) {
	ctx := context.Background()
	_, k := startKubo(t)
	src, latest := filledStore(t)
	if _, err := k.Latest(ctx, identity(t, userKey)); !errors.Is(err, ErrNoBackup) {
		t.Fatalf("latest before any backup: %v, want ErrNoBackup", err)
	}
	s := NewSaver(k, src, userKey, domain, nil)
	if _, err := s.Save(ctx); err != nil {
		t.Fatal(err)
	}
	second, err := s.Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	checkRestored(t, k, latest, second.Seq)
	if _, err := NewKubo("127.0.0.1:1"); err == nil {
		t.Fatal("a kubo API where none listens was accepted")
	}
}

// TestSaveRefusesWhatRestoreCannotRead: a sealed snapshot larger than a restore reads (MaxBlob) is not
// published, and its floors are not handed on (a node would sign up to the marks of a backup no restore
// can use); the last readable backup stays the latest.
func TestSaveRefusesWhatRestoreCannotRead(t *testing.T) {
	ctx := context.Background()
	src, latest := filledStore(t)
	dir, err := NewDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s := NewSaver(dir, src, userKey, domain, nil)
	saved := 0
	s.OnSaved(func([]Floor) { saved++ })
	first, err := s.Save(ctx)
	if err != nil || saved != 1 {
		t.Fatalf("first save: %v, %d handed on", err, saved)
	}
	defer func(l int) { saveLimit = l }(saveLimit)
	saveLimit = 100 // smaller than any sealed snapshot
	if _, err := s.Save(ctx); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("a save larger than a restore reads: %v, want ErrTooLarge", err)
	}
	if saved != 1 {
		t.Fatalf("its floors were handed on (%d saves)", saved)
	}
	checkRestored(t, dir, latest, first.Seq)
}
