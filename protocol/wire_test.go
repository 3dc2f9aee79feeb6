package protocol

import (
	"bytes"
	"encoding/binary"
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
}

// validMessages is one or more valid messages of every type, every update kind among them.
func validMessages() map[string]Message {
	m := map[string]Message{
		"propose/all kinds":      Propose{Updates: everyUpdate, Proposal: halfSigned()},
		"propose/no updates":     Propose{Proposal: halfSigned()},
		"propose/unsigned":       Propose{Updates: everyUpdate[:2], Proposal: state.SignedState{State: baseState()}},
		"countersign":            Countersign{TxCountGlobal: 11, Sig: sig(3)},
		"reject/empty reason":    Reject{TxCountGlobal: 0},
		"reject/reason":          Reject{TxCountGlobal: 1<<64 - 1, Reason: "insufficient balance"},
		"reject/longest reason":  Reject{TxCountGlobal: 5, Reason: strings.Repeat("x", MaxReasonLength)},
		"reject/non-utf8 reason": Reject{Reason: "\xff\x00"},
		"sync":                   Sync{Latest: wireState()},
		"sync/half signed":       Sync{Latest: halfSigned()},
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

// TestMessageLayout pins the byte layout of the fixed-size messages and an update.
func TestMessageLayout(t *testing.T) {
	b := mustMarshal(t, Countersign{TxCountGlobal: 0x0102, Sig: sig(9)})
	want := append([]byte{1, 2, 0, 0, 0, 0, 0, 0, 1, 2}, sig(9)...)
	if !bytes.Equal(b, want) {
		t.Errorf("countersign\n got %x\nwant %x", b, want)
	}
	b = mustMarshal(t, Reject{TxCountGlobal: 3, Reason: "no"})
	if want := []byte{1, 3, 0, 0, 0, 0, 0, 0, 0, 3, 2, 'n', 'o'}; !bytes.Equal(b, want) {
		t.Errorf("reject\n got %x\nwant %x", b, want)
	}
	b = mustMarshal(t, Propose{Updates: []Update{ExpireLock{ID: 5}, Confirm{}}, Proposal: halfSigned()})
	if want := []byte{1, 1, 2, kindExpireLock, 0, 0, 0, 0, 0, 0, 0, 5, kindConfirm}; !bytes.HasPrefix(b, want) {
		t.Errorf("propose\n got %x\nwant prefix %x", b[:len(want)], want)
	}
	if n := len(b) - 13; n != state.ChannelStateSize+2+state.SignatureLength {
		t.Errorf("proposal takes %d bytes", n)
	}
}

// TestUnmarshalTruncated checks that every strict prefix of every valid message is ErrTruncated.
func TestUnmarshalTruncated(t *testing.T) {
	for name, m := range validMessages() {
		b := mustMarshal(t, m)
		for n := range len(b) {
			if _, err := UnmarshalMessage(b[:n]); !errors.Is(err, ErrTruncated) {
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

func TestUnmarshalMalformed(t *testing.T) {
	ss := encState(t, halfSigned())
	l := lock(1, false, 1, 1)
	lk, _ := l.MarshalBinary()
	badLock := bytes.Clone(lk)
	badLock[2*32-1] = 2 // ToUser word
	padded := bytes.Clone(ss)
	padded[0] = 1 // hub address padding
	badSig := bytes.Clone(ss)
	badSig[state.ChannelStateSize] = 7 // hub signature length byte
	uv := func(n uint64) []byte { return binary.AppendUvarint(nil, n) }
	cases := []struct {
		name string
		in   []byte
		want []error
	}{
		{"empty", nil, []error{ErrTruncated}},
		{"version 0", []byte{0, 1}, []error{ErrUnknownVersion}},
		{"version 2", []byte{2, 4}, []error{ErrUnknownVersion}},
		{"type missing", []byte{1}, []error{ErrTruncated}},
		{"type 0", []byte{1, 0}, []error{ErrUnknownMessage}},
		{"type 5", cat([]byte{1, 5}, ss), []error{ErrUnknownMessage}},
		{"trailing byte", cat([]byte{1, 2}, make([]byte, 8), sig(1), []byte{0}), []error{ErrTrailingBytes}},
		{"trailing after sync", cat([]byte{1, 4}, ss, []byte{0}), []error{ErrTrailingBytes}},
		{"update kind 0", cat([]byte{1, 1, 1, 0}, ss), []error{ErrUnknownUpdate}},
		{"update kind 10", cat([]byte{1, 1, 1, 10}, ss), []error{ErrUnknownUpdate}},
		{"bool 2", cat([]byte{1, 1, 1, kindTransfer, 2}, make([]byte, 64), ss), []error{ErrNonCanonicalBool}},
		{"bool 0xff", cat([]byte{1, 1, 1, kindTransfer, 0xff}, make([]byte, 64), ss), []error{ErrNonCanonicalBool}},
		{"1025 updates", cat([]byte{1, 1}, uv(1025), bytes.Repeat([]byte{kindConfirm}, 1025), ss),
			[]error{ErrTooManyUpdates}},
		{"2^63 updates", cat([]byte{1, 1}, uv(1<<63), ss), []error{ErrTooManyUpdates}},
		{"1000 updates in 5 bytes", cat([]byte{1, 1}, uv(1000), []byte{8, 8, 8, 8, 8}), []error{ErrTruncated}},
		{"non-minimal count", cat([]byte{1, 1, 0x80, 0x00}, ss), []error{ErrBadVarint}},
		{"overflowing count", cat([]byte{1, 1}, bytes.Repeat([]byte{0xff}, 11)), []error{ErrBadVarint}},
		{"non-minimal reason length", []byte{1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0x81, 0x00, 'x'}, []error{ErrBadVarint}},
		{"reason 257 bytes", cat([]byte{1, 3}, make([]byte, 8), uv(257), make([]byte, 257)),
			[]error{ErrReasonTooLong}},
		{"reason length 2^40", cat([]byte{1, 3}, make([]byte, 8), uv(1<<40)), []error{ErrReasonTooLong}},
		{"lock bool word", cat([]byte{1, 1, 1, kindAddLock}, badLock, ss), []error{ErrMalformedLock, state.ErrBoolWord}},
		{"state address padding", cat([]byte{1, 4}, padded), []error{ErrMalformedState, state.ErrAddressPadding}},
		{"signature length 7", cat([]byte{1, 4}, badSig), []error{ErrMalformedState, state.ErrSignatureLength}},
		{"proposal truncated", cat([]byte{1, 1, 0}, ss[:len(ss)-1]), []error{ErrTruncated}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := UnmarshalMessage(tc.in)
			if m != nil {
				t.Errorf("message %+v returned with error", m)
			}
			for _, want := range tc.want {
				if !errors.Is(err, want) {
					t.Fatalf("error %v, want %v", err, want)
				}
			}
		})
	}
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
		{"reason 257 bytes", Reject{Reason: strings.Repeat("x", MaxReasonLength+1)}, ErrReasonTooLong},
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

// TestLargestProposeFitsFrame checks that MaxUpdates AddLocks and a double-signed state fit in one frame.
func TestLargestProposeFitsFrame(t *testing.T) {
	ups := make([]Update, MaxUpdates)
	for i := range ups {
		l := lock(uint64(i), i%2 == 0, 1, 1)
		l.AmountWei, l.AmountToken = maxAmount, maxAmount
		ups[i] = AddLock{Lock: l}
	}
	m := Propose{Updates: ups, Proposal: wireState()}
	b := mustMarshal(t, m)
	want := 2 + 2 + MaxUpdates*(1+state.LockSize) + state.SignedStateMaxSize
	if len(b) != want || len(b) > p2p.MaxFrameSize-1 { // a response frame spends a byte on its status
		t.Fatalf("largest Propose is %d bytes, want %d within %d", len(b), want, p2p.MaxFrameSize-1)
	}
	got, err := UnmarshalMessage(b)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("largest Propose does not round trip: %v", err)
	}
	t.Logf("largest Propose: %d bytes of %d", len(b), p2p.MaxFrameSize)
}

// TestUnmarshalCountAllocation checks that a large declared count with no bytes behind it allocates
// nothing in proportion to the count (a []Update of MaxUpdates would be 16 KiB).
func TestUnmarshalCountAllocation(t *testing.T) {
	in := cat([]byte{1, 1}, binary.AppendUvarint(nil, MaxUpdates), []byte{kindConfirm})
	const runs = 100
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		if _, err := UnmarshalMessage(in); !errors.Is(err, ErrTruncated) {
			t.Fatalf("error %v", err)
		}
	}
	runtime.ReadMemStats(&after)
	if perRun := (after.TotalAlloc - before.TotalAlloc) / runs; perRun > 1024 {
		t.Fatalf("%d bytes allocated per decode", perRun)
	}
}
