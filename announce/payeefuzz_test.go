package announce

import (
	"bytes"
	"testing"
)

// FuzzDecodePayee: DecodePayee never panics, and whatever it accepts re-encodes to the same bytes (one
// encoding per record) and verifies or fails without panicking.
func FuzzDecodePayee(f *testing.F) {
	f.Add(mustEncodePayee(f, mustSignPayee(f, samplePayee(f, 1), newKey(f))))
	f.Add([]byte{1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodePayee(data)
		if err != nil {
			return
		}
		again, err := s.Encode()
		if err != nil {
			t.Fatalf("decoded but does not encode: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("re-encoding differs:\n%x\n%x", data, again)
		}
		_ = s.Verify(testDomain)
	})
}
