package protocol

import (
	"bytes"
	"testing"

	"spoke/state"
)

// FuzzUnmarshalMessage checks that UnmarshalMessage never panics on arbitrary bytes and that whatever it
// accepts encodes back to exactly the same bytes (one encoding per message).
func FuzzUnmarshalMessage(f *testing.F) {
	for _, m := range validMessages() {
		f.Add(mustMarshal(f, m))
	}
	half := halfSigned()
	ss, err := half.MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	for _, m := range []Message{
		Propose{Updates: []Update{AddLock{lock(1, true, 1, 0)}, CancelLock{ID: 1}, Exchange{Wei: amt(1), Token: amt(2)}},
			Notes: []Note{{LockID: 1, Recipient: recip, Payload: []byte{1, 2, 3}}}, Proposal: halfSigned()},
		Propose{Notes: []Note{{Payload: make([]byte, 200)}, {LockID: 2}}, Proposal: halfSigned()}, // 2-byte payload length
		Reject{TxCountGlobal: 1, Code: CodeBusy},
		Sync{Latest: halfSigned(), Locks: []state.Lock{lock(1, true, 1, 0), lock(2, false, 0, 1), lock(3, true, 5, 5)}},
	} {
		f.Add(mustMarshal(f, m))
	}
	f.Add([]byte{})
	f.Add([]byte{WireVersion, msgPropose, 0x80, 0x08})
	f.Add([]byte{WireVersion, msgPropose, 0, 0x80, 0x08})
	f.Add([]byte{WireVersion, msgReject, 0, 0, 0, 0, 0, 0, 0, 0, byte(CodeRefused), 1, 'x'})
	f.Add([]byte{WireVersion, msgReject, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0})
	f.Add(append(append([]byte{WireVersion, msgSync}, ss...), 0x80, 0x08))
	f.Add(append([]byte{1, msgSync}, ss...)) // version 1
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := UnmarshalMessage(b)
		if err != nil {
			if m != nil {
				t.Fatalf("message %+v returned with error %v", m, err)
			}
			return
		}
		re, err := MarshalMessage(m)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		if !bytes.Equal(re, b) {
			t.Fatalf("re-encoding differs\n got %x\nwant %x", re, b)
		}
	})
}
