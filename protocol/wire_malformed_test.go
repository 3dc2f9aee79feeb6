package protocol

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"spoke/state"
)

// malformedCase is one input UnmarshalMessage must refuse with every error of want.
type malformedCase struct {
	name string
	in   []byte
	want []error
}

func runMalformed(t *testing.T, cases []malformedCase) {
	t.Helper()
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

func uv(n uint64) []byte { return binary.AppendUvarint(nil, n) }

// TestUnmarshalMalformed covers the envelope, updates and reject reasons.
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
	prop, rej := hdr(msgPropose), hdr(msgReject)
	runMalformed(t, []malformedCase{
		{"empty", nil, []error{ErrTruncated}},
		{"version 0", []byte{0, 1}, []error{ErrUnknownVersion}},
		{"version 1", cat([]byte{1, msgSync}, ss), []error{ErrUnknownVersion}},
		{"version 3", []byte{3, 4}, []error{ErrUnknownVersion}},
		{"type missing", []byte{WireVersion}, []error{ErrTruncated}},
		{"type 0", hdr(0), []error{ErrUnknownMessage}},
		{"type 5", cat(hdr(5), ss, []byte{0}), []error{ErrUnknownMessage}},
		{"trailing byte", cat(hdr(msgCountersign), make([]byte, 8), sig(1), []byte{0}), []error{ErrTrailingBytes}},
		{"update kind 0", cat(prop, []byte{1, 0}, ss), []error{ErrUnknownUpdate}},
		{"update kind 15", cat(prop, []byte{1, 15}, ss), []error{ErrUnknownUpdate}},
		{"bump then kind 15", cat(prop, []byte{2, kindBump, 15}, ss), []error{ErrUnknownUpdate}},
		{"bump without its proposal", cat(prop, []byte{1, kindBump, 0}), []error{ErrTruncated}},
		{"bool 2", cat(prop, []byte{1, kindTransfer, 2}, make([]byte, 64), []byte{0}, ss), []error{ErrNonCanonicalBool}},
		{"bool 0xff", cat(prop, []byte{1, kindTransfer, 0xff}, make([]byte, 64), []byte{0}, ss), []error{ErrNonCanonicalBool}},
		{"exchange bool 2", cat(prop, []byte{1, kindExchange, 2}, make([]byte, 64), []byte{0}, ss), []error{ErrNonCanonicalBool}},
		{"cancel truncated", cat(prop, []byte{1, kindCancelLock}, make([]byte, 7)), []error{ErrTruncated}},
		{"1025 updates", cat(prop, uv(1025), bytes.Repeat([]byte{kindConfirm}, 1025), []byte{0}, ss),
			[]error{ErrTooManyUpdates}},
		{"2^63 updates", cat(prop, uv(1<<63), ss), []error{ErrTooManyUpdates}},
		{"1000 updates in 5 bytes", cat(prop, uv(1000), []byte{8, 8, 8, 8, 8}), []error{ErrTruncated}},
		{"non-minimal count", cat(prop, []byte{0x80, 0x00}, ss), []error{ErrBadVarint}},
		{"overflowing count", cat(prop, bytes.Repeat([]byte{0xff}, 11)), []error{ErrBadVarint}},
		{"lock bool word", cat(prop, []byte{1, kindAddLock}, badLock, []byte{0}, ss), []error{ErrMalformedLock, state.ErrBoolWord}},
		{"proposal truncated", cat(prop, []byte{0, 0}, ss[:len(ss)-1]), []error{ErrTruncated}},
		{"reject code 0", cat(rej, make([]byte, 8), []byte{0, 0}), []error{ErrUnknownRejectCode}},
		{"reject code 5", cat(rej, make([]byte, 8), []byte{5, 0}), []error{ErrUnknownRejectCode}},
		{"reject code 0xff", cat(rej, make([]byte, 8), []byte{0xff, 0}), []error{ErrUnknownRejectCode}},
		{"reject without code", cat(rej, make([]byte, 8)), []error{ErrTruncated}},
		{"non-minimal reason length", cat(rej, make([]byte, 8), []byte{1, 0x81, 0x00, 'x'}), []error{ErrBadVarint}},
		{"reason 257 bytes", cat(rej, make([]byte, 8), []byte{1}, uv(257), make([]byte, 257)), []error{ErrReasonTooLong}},
		{"reason length 2^40", cat(rej, make([]byte, 8), []byte{1}, uv(1<<40)), []error{ErrReasonTooLong}},
	})
}

// TestUnmarshalMalformedNotes covers the notes of a Propose.
func TestUnmarshalMalformedNotes(t *testing.T) {
	ss := encState(t, halfSigned())
	prop := cat(hdr(msgPropose), []byte{0}) // no updates
	noteHead := make([]byte, 8+20)          // LockID and Recipient
	runMalformed(t, []malformedCase{
		{"note count missing", prop, []error{ErrTruncated}},
		{"1025 notes", cat(prop, uv(1025), bytes.Repeat(cat(noteHead, []byte{0}), 1025), ss), []error{ErrTooManyNotes}},
		{"2^63 notes", cat(prop, uv(1<<63), ss), []error{ErrTooManyNotes}},
		{"non-minimal note count", cat(prop, []byte{0x80, 0x00}, ss), []error{ErrBadVarint}},
		{"10 notes in 100 bytes", cat(prop, uv(10), make([]byte, 100)), []error{ErrTruncated}},
		{"payload over MaxNotePayload", cat(prop, uv(1), noteHead, uv(MaxNotePayload+1), make([]byte, MaxNotePayload+1), ss),
			[]error{ErrNotePayloadTooLong}},
		{"payloads over MaxNotesPayload together", cat(prop, uv(fullNotes+1),
			bytes.Repeat(cat(noteHead, uv(MaxNotePayload), make([]byte, MaxNotePayload)), fullNotes+1), ss), []error{ErrNotesTooLong}},
		{"payload length 2^40", cat(prop, uv(1), noteHead, uv(1<<40), ss), []error{ErrNotePayloadTooLong}},
		{"non-minimal payload length", cat(prop, uv(1), noteHead, []byte{0x81, 0x00, 'x'}, ss), []error{ErrBadVarint}},
		{"payload truncated", cat(prop, uv(1), noteHead, uv(5), []byte("ab")), []error{ErrTruncated}},
		{"second note truncated", cat(prop, uv(2), noteHead, []byte{0}, noteHead[:20]), []error{ErrTruncated}},
	})
}

// TestUnmarshalMalformedSync covers the signed state and lock set of a Sync.
func TestUnmarshalMalformedSync(t *testing.T) {
	ss := encState(t, halfSigned())
	padded := bytes.Clone(ss)
	padded[0] = 1 // hub address padding
	badSig := bytes.Clone(ss)
	badSig[state.ChannelStateSize] = 7 // hub signature length byte
	l := lock(1, false, 1, 1)
	lk, _ := l.MarshalBinary()
	badLock := bytes.Clone(lk)
	badLock[2*32-1] = 2 // ToUser word
	sync := hdr(msgSync)
	runMalformed(t, []malformedCase{
		{"state address padding", cat(sync, padded, []byte{0}), []error{ErrMalformedState, state.ErrAddressPadding}},
		{"signature length 7", cat(sync, badSig, []byte{0}), []error{ErrMalformedState, state.ErrSignatureLength}},
		{"lock count missing", cat(sync, ss), []error{ErrTruncated}},
		{"zero threads after locks, no preimages", cat(sync, ss, []byte{1}, lk, []byte{0}), []error{ErrTruncated}},
		{"zero threads, no preimages", cat(sync, ss, []byte{0, 0}), []error{ErrTruncated}},
		{"1025 locks", cat(sync, ss, uv(1025), bytes.Repeat(lk, 1025)), []error{state.ErrTooManyLocks}},
		{"2^63 locks", cat(sync, ss, uv(1<<63)), []error{state.ErrTooManyLocks}},
		{"non-minimal lock count", cat(sync, ss, []byte{0x81, 0x00}, lk), []error{ErrBadVarint}},
		{"3 locks in 2", cat(sync, ss, uv(3), lk, lk), []error{ErrTruncated}},
		{"lock cut short", cat(sync, ss, uv(1), lk[:state.LockSize-1]), []error{ErrTruncated}},
		{"lock bool word", cat(sync, ss, uv(2), lk, badLock), []error{ErrMalformedLock, state.ErrBoolWord}},
		{"zero threads, zero preimages", cat(sync, ss, []byte{0, 0, 0}), []error{ErrTrailingBytes}},
		{"1025 preimages", cat(sync, ss, []byte{0, 0}, uv(1025), make([]byte, 1025*32)), []error{state.ErrTooManyLocks}},
		{"2 preimages in 1", cat(sync, ss, []byte{0, 0, 2}, make([]byte, 32)), []error{ErrTruncated}},
		{"preimage cut short", cat(sync, ss, []byte{0, 0, 1}, make([]byte, 31)), []error{ErrTruncated}},
		{"trailing after preimages", cat(sync, ss, []byte{0, 0, 1}, make([]byte, 33)), []error{ErrTrailingBytes}},
	})
}
