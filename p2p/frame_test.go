package p2p

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

func TestFrameRoundTrip(t *testing.T) {
	sizes := []int{0, 1, 127, 128, 300, 16383, 16384, MaxFrameSize}
	var stream bytes.Buffer
	for _, n := range sizes {
		if err := WriteFrame(&stream, bytes.Repeat([]byte{byte(n)}, n), MaxFrameSize); err != nil {
			t.Fatalf("write %d bytes: %v", n, err)
		}
	}
	for _, n := range sizes {
		got, err := ReadFrame(&stream, MaxFrameSize)
		if err != nil {
			t.Fatalf("read %d bytes: %v", n, err)
		}
		if !bytes.Equal(got, bytes.Repeat([]byte{byte(n)}, n)) {
			t.Fatalf("frame of %d bytes came back as %d bytes", n, len(got))
		}
	}
	if _, err := ReadFrame(&stream, MaxFrameSize); err != io.EOF {
		t.Fatalf("read past the last frame: %v, want io.EOF", err)
	}
}

func TestWriteFrameTooLarge(t *testing.T) {
	var w bytes.Buffer
	if err := WriteFrame(&w, make([]byte, 101), 100); !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("error %v, want ErrFrameTooLarge", err)
	}
	if w.Len() != 0 {
		t.Fatalf("an oversized frame wrote %d bytes", w.Len())
	}
}

func TestReadFrameTooLargeReadsNoPayload(t *testing.T) {
	for _, declared := range []uint64{101, 1 << 30, 1<<64 - 1} {
		frame := binary.AppendUvarint(nil, declared)
		prefix := len(frame)
		r := bytes.NewReader(append(frame, make([]byte, 200)...))
		if _, err := ReadFrame(r, 100); !errors.Is(err, ErrFrameTooLarge) {
			t.Fatalf("declared %d: error %v, want ErrFrameTooLarge", declared, err)
		}
		if read := int(r.Size()) - r.Len(); read != prefix {
			t.Fatalf("declared %d: read %d bytes, want only the %d-byte length", declared, read, prefix)
		}
	}
}

func TestReadFrameMalformed(t *testing.T) {
	cases := []struct {
		name  string
		input []byte
		want  error
	}{
		{"empty stream", nil, io.EOF},
		{"truncated length", []byte{0x80}, ErrTruncatedFrame},
		{"truncated payload", []byte{5, 'a', 'b'}, ErrTruncatedFrame},
		{"length without payload", []byte{1}, ErrTruncatedFrame},
		{"overlong varint", bytes.Repeat([]byte{0xff}, 11), ErrBadLength},
		{"varint over 64 bits", append(bytes.Repeat([]byte{0xff}, 9), 0x02), ErrBadLength},
	}
	for _, c := range cases {
		if _, err := ReadFrame(bytes.NewReader(c.input), 100); !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
	}
}

// FuzzReadFrame checks that no input makes ReadFrame panic or return more than the cap, that a frame it
// accepts re-encodes to the bytes it consumed, and that every payload the writer accepts round-trips.
func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 'a', 'b', 'c'})
	f.Add([]byte{0x80, 0x01})
	f.Add(bytes.Repeat([]byte{0xff}, 12))
	f.Add(binary.AppendUvarint(nil, 1<<40))
	const maxSize = 4096
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bytes.NewReader(data)
		if payload, err := ReadFrame(r, maxSize); err == nil {
			checkReencodes(t, payload, data[:len(data)-r.Len()])
		}
		var buf bytes.Buffer
		err := WriteFrame(&buf, data, maxSize)
		if len(data) > maxSize {
			if !errors.Is(err, ErrFrameTooLarge) {
				t.Fatalf("writing %d bytes: %v, want ErrFrameTooLarge", len(data), err)
			}
			return
		}
		got, err := ReadFrame(&buf, maxSize)
		if err != nil || !bytes.Equal(got, data) || buf.Len() != 0 {
			t.Fatalf("round trip of %x: got %x, %v, %d bytes left", data, got, err, buf.Len())
		}
	})
}

// checkReencodes checks an accepted payload against the bytes ReadFrame consumed for it.
func checkReencodes(t *testing.T, payload, consumed []byte) {
	t.Helper()
	if len(payload) > 4096 {
		t.Fatalf("accepted a %d-byte payload over the cap", len(payload))
	}
	if !bytes.HasSuffix(consumed, payload) {
		t.Fatalf("payload %x is not the tail of the consumed bytes %x", payload, consumed)
	}
	n, k := binary.Uvarint(consumed)
	if k <= 0 || n != uint64(len(payload)) || k+len(payload) != len(consumed) {
		t.Fatalf("consumed %x does not frame payload %x", consumed, payload)
	}
}
