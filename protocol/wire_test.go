package protocol

import (
	"bytes"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"spoke/p2p"
	"spoke/state"
)

// sig returns a signature-shaped 65-byte value filled with b (the codec checks lengths, not validity).
func sig(b byte) []byte { return bytes.Repeat([]byte{b}, state.SignatureLength) }

// maxAmount is 2^256-1, to show amounts use all 32 bytes.
var maxAmount = *new(uint256.Int).SetAllOne()

// wireState is a signed state with both signatures, non-zero in every kind of field.
func wireState() state.SignedState {
	s := baseState()
	s.Recipient, s.Timeout, s.LockedWei = recip, now+50, maxAmount
	s.Pending.WithdrawalTokenUser = amt(7)
	return state.SignedState{State: s, SigHub: sig(1), SigUser: sig(2)}
}

// halfSigned is the proposer's state: only the hub has signed.
func halfSigned() state.SignedState {
	s := wireState()
	s.SigUser = nil
	return s
}

// everyUpdate has one update of each kind, with non-zero fields.
var everyUpdate = []Update{
	Credit{Wei: amt(1), Token: maxAmount},
	Transfer{ToUser: true, Wei: amt(2), Token: amt(3)},
	Transfer{ToUser: false, Wei: maxAmount, Token: amt(0)},
	AddLock{Lock: lock(7, true, 4, 5)},
	SettleLock{ID: 1<<64 - 1, Preimage: preimage(3)},
	ExpireLock{ID: 42},
	Withdraw{UserWei: amt(1), UserToken: amt(2), HubWei: amt(3), HubToken: maxAmount, Recipient: recip, Timeout: now},
	Collateral{Wei: amt(9), Token: amt(10), Timeout: now + 1},
	Confirm{},
	Invalidate{},
	CancelLock{ID: 1 << 63},
	Exchange{WeiToToken: true, Wei: amt(5), Token: maxAmount},
	Exchange{WeiToToken: false, Wei: maxAmount, Token: amt(1)},
	Bump{},
}

// someLocks are two locks of different directions, sorted by ID.
var someLocks = []state.Lock{lock(7, true, 4, 5), lock(1<<64-1, false, 0, 1)}

// someNotes are notes of the locks of everyUpdate and someLocks, and one of no lock (the codec does not look).
var someNotes = []Note{
	{LockID: 7, Recipient: recip, Payload: []byte("sealed preimage")},
	{LockID: 1<<64 - 1, Recipient: hubAddr},
	{LockID: 0, Payload: bytes.Repeat([]byte{0xee}, MaxNotePayload)},
}

// validMessages is one or more valid messages of every type, every update kind among them.
func validMessages() map[string]Message {
	m := map[string]Message{
		"propose/all kinds":      Propose{Updates: everyUpdate, Proposal: halfSigned()},
		"propose/no updates":     Propose{Proposal: halfSigned()},
		"propose/unsigned":       Propose{Updates: everyUpdate[:2], Proposal: state.SignedState{State: baseState()}},
		"propose/notes":          Propose{Updates: everyUpdate, Notes: someNotes, Proposal: halfSigned()},
		"propose/notes only":     Propose{Notes: someNotes[1:2], Proposal: halfSigned()},
		"countersign":            Countersign{TxCountGlobal: 11, Sig: sig(3)},
		"reject/empty reason":    Reject{TxCountGlobal: 0, Code: CodeRefused},
		"reject/reason":          Reject{TxCountGlobal: 1<<64 - 1, Code: CodeRefused, Reason: "insufficient balance"},
		"reject/busy":            Reject{TxCountGlobal: 12, Code: CodeBusy, Reason: "busy"},
		"reject/behind":          Reject{TxCountGlobal: 13, Code: CodeBehind},
		"reject/taken":           Reject{TxCountGlobal: 14, Code: CodeTaken},
		"reject/longest reason":  Reject{TxCountGlobal: 5, Code: CodeBusy, Reason: strings.Repeat("x", MaxReasonLength)},
		"reject/non-utf8 reason": Reject{Code: CodeRefused, Reason: "\xff\x00"},
		"sync":                   Sync{Latest: wireState()},
		"sync/half signed":       Sync{Latest: halfSigned()},
		"sync/locks":             Sync{Latest: wireState(), Locks: someLocks},
		"sync/one lock":          Sync{Latest: halfSigned(), Locks: someLocks[1:]},
		"sync/preimages":         Sync{Latest: wireState(), Locks: someLocks, Preimages: [][32]byte{{1}, {0xff}}},
		"sync/preimage no locks": Sync{Latest: halfSigned(), Preimages: [][32]byte{{7}}},
	}
	for _, u := range everyUpdate {
		m["propose/"+reflect.TypeOf(u).Name()] = Propose{Updates: []Update{u, u}, Proposal: halfSigned()}
	}
	return m
}

func mustMarshal(t testing.TB, m Message) []byte {
	t.Helper()
	b, err := MarshalMessage(m)
	if err != nil {
		t.Fatalf("MarshalMessage(%T): %v", m, err)
	}
	return b
}

func TestMessageRoundTrip(t *testing.T) {
	for name, m := range validMessages() {
		t.Run(name, func(t *testing.T) {
			b := mustMarshal(t, m)
			if again := mustMarshal(t, m); !bytes.Equal(b, again) {
				t.Fatal("encoding is not deterministic")
			}
			got, err := UnmarshalMessage(b)
			if err != nil {
				t.Fatalf("UnmarshalMessage: %v", err)
			}
			if !reflect.DeepEqual(got, m) {
				t.Fatalf("round trip\n got %+v\nwant %+v", got, m)
			}
			if re := mustMarshal(t, got); !bytes.Equal(re, b) {
				t.Fatal("re-encoding differs")
			}
		})
	}
}

// hdr is the version byte and message type byte of a message.
func hdr(msg byte) []byte { return []byte{WireVersion, msg} }

// word is v as a 32-byte big-endian amount.
func word(v uint64) []byte { w := uint256.NewInt(v).Bytes32(); return w[:] }

// TestMessageLayout pins the byte layout of every message type, an update of each new kind and a note.
func TestMessageLayout(t *testing.T) {
	ss, l := encState(t, halfSigned()), someLocks[0]
	lk, _ := l.MarshalBinary()
	cases := []struct {
		name string
		in   Message
		want []byte
	}{
		{"countersign", Countersign{TxCountGlobal: 0x0102, Sig: sig(9)}, cat([]byte{2, 2, 0, 0, 0, 0, 0, 0, 1, 2}, sig(9))},
		{"reject", Reject{TxCountGlobal: 3, Code: CodeBusy, Reason: "no"}, []byte{2, 3, 0, 0, 0, 0, 0, 0, 0, 3, 2, 2, 'n', 'o'}},
		{"reject behind", Reject{TxCountGlobal: 3, Code: CodeBehind}, []byte{2, 3, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0}},
		{"propose", Propose{Updates: []Update{ExpireLock{ID: 5}, Confirm{}}, Proposal: halfSigned()},
			cat([]byte{2, 1, 2, 5, 0, 0, 0, 0, 0, 0, 0, 5, 8, 0}, ss)},
		{"cancel and exchange", Propose{Updates: []Update{CancelLock{ID: 5}, Exchange{WeiToToken: true, Wei: amt(1), Token: amt(2)}},
			Proposal: halfSigned()}, cat([]byte{2, 1, 2, 10, 0, 0, 0, 0, 0, 0, 0, 5, 11, 1}, word(1), word(2), []byte{0}, ss)},
		{"bump", Propose{Updates: []Update{Bump{}}, Proposal: halfSigned()}, cat([]byte{2, 1, 1, 14, 0}, ss)},
		{"note", Propose{Notes: []Note{{LockID: 0x0102, Recipient: recip, Payload: []byte("ab")}}, Proposal: halfSigned()},
			cat([]byte{2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 2}, recip[:], []byte{2, 'a', 'b'}, ss)},
		{"sync", Sync{Latest: halfSigned(), Locks: []state.Lock{l}}, cat([]byte{2, 4}, ss, []byte{1}, lk)},
		{"sync without locks", Sync{Latest: halfSigned()}, cat([]byte{2, 4}, ss, []byte{0})},
		{"sync with a preimage", Sync{Latest: halfSigned(), Locks: []state.Lock{l}, Preimages: [][32]byte{{9}}},
			cat([]byte{2, 4}, ss, []byte{1}, lk, []byte{0, 1, 9}, make([]byte, 31))},
	}
	for _, tc := range cases {
		if b := mustMarshal(t, tc.in); !bytes.Equal(b, tc.want) {
			t.Errorf("%s\n got %x\nwant %x", tc.name, b, tc.want)
		}
	}
	if len(ss) != state.ChannelStateSize+2+state.SignatureLength {
		t.Errorf("proposal takes %d bytes", len(ss))
	}
}

// TestUnmarshalTruncated checks that every strict prefix of every valid message is ErrTruncated, but for a
// Sync cut where its optional tail (threads, preimages) begins: that is the Sync without it.
func TestUnmarshalTruncated(t *testing.T) {
	for name, m := range validMessages() {
		b := mustMarshal(t, m)
		base := -1
		if s, ok := m.(Sync); ok && (len(s.Threads) > 0 || len(s.Preimages) > 0) {
			base = len(mustMarshal(t, Sync{Latest: s.Latest, Locks: s.Locks}))
		}
		for n := range len(b) {
			got, err := UnmarshalMessage(b[:n])
			if n == base {
				if s := m.(Sync); err != nil || !reflect.DeepEqual(got, Sync{Latest: s.Latest, Locks: s.Locks}) {
					t.Fatalf("%s cut before its tail: %v, %v", name, got, err)
				}
				continue
			}
			if !errors.Is(err, ErrTruncated) {
				t.Fatalf("%s cut to %d of %d bytes: error %v, want ErrTruncated", name, n, len(b), err)
			}
		}
	}
}

// cat concatenates byte slices into a new one.
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func encState(t *testing.T, s state.SignedState) []byte {
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestMarshalRefused(t *testing.T) {
	badState := halfSigned()
	badState.SigHub = sig(1)[:64]
	cases := []struct {
		name string
		in   Message
		want error
	}{
		{"nil message", nil, ErrUnknownMessage},
		{"pointer message", &Countersign{Sig: sig(1)}, ErrUnknownMessage},
		{"nil update", Propose{Updates: []Update{nil}}, ErrUnknownUpdate},
		{"pointer update", Propose{Updates: []Update{&Confirm{}}}, ErrUnknownUpdate},
		{"1025 updates", Propose{Updates: make([]Update, MaxUpdates+1)}, ErrTooManyUpdates},
		{"1025 notes", Propose{Notes: make([]Note, MaxNotes+1)}, ErrTooManyNotes},
		{"note payload over MaxNotePayload", Propose{Notes: []Note{{}, {Payload: make([]byte, MaxNotePayload+1)}}}, ErrNotePayloadTooLong},
		{"note payloads over MaxNotesPayload", Propose{Notes: fullSizeNotes(fullNotes + 1)}, ErrNotesTooLong},
		{"reason 257 bytes", Reject{Code: CodeRefused, Reason: strings.Repeat("x", MaxReasonLength+1)}, ErrReasonTooLong},
		{"reject code 0", Reject{Reason: "no"}, ErrUnknownRejectCode},
		{"reject code 5", Reject{Code: CodeTaken + 1}, ErrUnknownRejectCode},
		{"1025 locks", Sync{Latest: wireState(), Locks: make([]state.Lock, state.MaxLocks+1)}, state.ErrTooManyLocks},
		{"1025 preimages", Sync{Latest: wireState(), Preimages: make([][32]byte, state.MaxLocks+1)}, state.ErrTooManyLocks},
		{"empty countersignature", Countersign{}, ErrCountersigLength},
		{"short countersignature", Countersign{Sig: sig(1)[:64]}, ErrCountersigLength},
		{"bad proposal signature", Propose{Proposal: badState}, state.ErrSignatureLength},
		{"bad sync signature", Sync{Latest: badState}, state.ErrSignatureLength},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := MarshalMessage(tc.in)
			if !errors.Is(err, tc.want) || b != nil {
				t.Fatalf("got %x, %v; want nil, %v", b, err, tc.want)
			}
		})
	}
}

// fullNotes is how many notes of MaxNotePayload bytes one Propose carries at most (MaxNotesPayload bounds
// them together).
const fullNotes = MaxNotesPayload / MaxNotePayload

// fullSizeNotes returns n notes of MaxNotePayload bytes each.
func fullSizeNotes(n int) []Note {
	notes := make([]Note, n)
	for i := range notes {
		notes[i] = Note{LockID: uint64(i), Recipient: recip, Payload: bytes.Repeat([]byte{byte(i)}, MaxNotePayload)}
	}
	return notes
}

// TestFullSizeNotes checks that a Propose carries as many notes of MaxNotePayload bytes (forwarding
// onions, say) as MaxNotesPayload allows, and that they round trip.
func TestFullSizeNotes(t *testing.T) {
	m := Propose{Notes: fullSizeNotes(fullNotes), Proposal: wireState()}
	got, err := UnmarshalMessage(mustMarshal(t, m))
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("%d notes of %d bytes do not round trip: %v", fullNotes, MaxNotePayload, err)
	}
}

// TestLargestProposeFitsFrame checks that MaxUpdates AddLocks, MaxNotes notes whose payloads fill
// MaxNotesPayload, and a double-signed state fit in one frame. That is the largest Propose: a note's
// overhead is at most 8+20+2 bytes (every payload length up to MaxNotePayload is a uvarint of at most 2
// bytes), and MaxNotesPayload, not MaxNotes*MaxNotePayload, bounds the payloads.
func TestLargestProposeFitsFrame(t *testing.T) {
	ups := make([]Update, MaxUpdates)
	for i := range ups {
		l := lock(uint64(i), i%2 == 0, 1, 1)
		l.AmountWei, l.AmountToken = maxAmount, maxAmount
		ups[i] = AddLock{Lock: l}
	}
	notes := make([]Note, MaxNotes)
	for i := range notes {
		notes[i] = Note{LockID: uint64(i), Recipient: recip, Payload: bytes.Repeat([]byte{byte(i)}, MaxNotesPayload/MaxNotes)}
	}
	m := Propose{Updates: ups, Notes: notes, Proposal: wireState()}
	b := mustMarshal(t, m)
	want := 2 + 2 + MaxUpdates*(1+state.LockSize) + 2 + MaxNotes*(8+20+2) + MaxNotesPayload + state.SignedStateMaxSize
	if len(b) != want || len(b) > p2p.MaxFrameSize-1 { // a response frame spends a byte on its status
		t.Fatalf("largest Propose is %d bytes, want %d within %d", len(b), want, p2p.MaxFrameSize-1)
	}
	got, err := UnmarshalMessage(b)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("largest Propose does not round trip: %v", err)
	}
	t.Logf("largest Propose: %d bytes of %d", len(b), p2p.MaxFrameSize)
}

// TestLargestSyncFitsFrame checks that a double-signed state with state.MaxLocks locks fits in one frame.
func TestLargestSyncFitsFrame(t *testing.T) {
	ch := fullChannel()
	for i := range ch.Locks {
		ch.Locks[i].AmountWei, ch.Locks[i].AmountToken = maxAmount, maxAmount
	}
	m := Sync{Latest: wireState(), Locks: ch.Locks}
	b := mustMarshal(t, m)
	want := 2 + state.SignedStateMaxSize + 2 + state.MaxLocks*state.LockSize
	if len(b) != want || len(b) > p2p.MaxFrameSize-1 {
		t.Fatalf("largest Sync is %d bytes, want %d within %d", len(b), want, p2p.MaxFrameSize-1)
	}
	got, err := UnmarshalMessage(b)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("largest Sync does not round trip: %v", err)
	}
}

// TestUnmarshalCountAllocation checks that a large declared count with no bytes behind it allocates
// nothing in proportion to the count (a []Update of MaxUpdates would be 16 KiB, a []Note 53 KiB, a
// []state.Lock 144 KiB).
func TestUnmarshalCountAllocation(t *testing.T) {
	ss := encState(t, halfSigned())
	cases := []struct {
		name string
		in   []byte
	}{
		{"updates", cat(hdr(msgPropose), uv(MaxUpdates), []byte{kindConfirm})},
		{"notes", cat(hdr(msgPropose), uv(0), uv(MaxNotes), make([]byte, noteMinSize))},
		{"locks", cat(hdr(msgSync), ss, uv(state.MaxLocks), make([]byte, state.LockSize))},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			const runs = 100
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for range runs {
				if _, err := UnmarshalMessage(tc.in); !errors.Is(err, ErrTruncated) {
					t.Fatalf("error %v", err)
				}
			}
			runtime.ReadMemStats(&after)
			if perRun := (after.TotalAlloc - before.TotalAlloc) / runs; perRun > 2048 { // the message and its error, nothing per counted item
				t.Fatalf("%d bytes allocated per decode", perRun)
			}
		})
	}
}
