package protocol

import (
	"bytes"
	"testing"
)

// FuzzUnmarshalMessage checks that UnmarshalMessage never panics on arbitrary bytes and that whatever it
// accepts encodes back to exactly the same bytes (one encoding per message).
func FuzzUnmarshalMessage(f *testing.F) {
	for _, m := range validMessages() {
		f.Add(mustMarshal(f, m))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 1, 0x80, 0x08})
	f.Add([]byte{1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1, 'x'})
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
