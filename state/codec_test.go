package state_test

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// binaryValue is what the three codecs implement.
type binaryValue interface {
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

// codecCase describes one encoded type: its size, a constructor of a zero value and the kind of each
// word: A address, N uint64, B bool, U uint256, H bytes32.
type codecCase struct {
	name     string
	size     int
	typeHash string // the EIP-712 type string
	kinds    string
	zero     func() binaryValue
}

var codecCases = []codecCase{
	{"ChannelState", state.ChannelStateSize, state.ChannelStateType,
		"AAA" + "UUUU" + "UUUUUUUU" + "UU" + "NN" + "HN" + "HUU" + "N", func() binaryValue { return new(state.ChannelState) }},
	{"ThreadState", state.ThreadStateSize, state.ThreadStateType,
		"AAA" + "N" + "UUUU" + "N", func() binaryValue { return new(state.ThreadState) }},
	{"Lock", state.LockSize, state.LockType, "NBUUHN", func() binaryValue { return new(state.Lock) }},
}

func TestCodecSizes(t *testing.T) {
	for _, c := range codecCases {
		if len(c.kinds)*32 != c.size {
			t.Errorf("%s: %d words described, size %d", c.name, len(c.kinds), c.size)
		}
		if n := strings.Count(c.typeHash, ",") + 1; n != len(c.kinds) {
			t.Errorf("%s: type string has %d fields, %d words described", c.name, n, len(c.kinds))
		}
	}
	if state.ChannelStateSize != 800 {
		t.Errorf("ChannelStateSize %d, want 800", state.ChannelStateSize)
	}
}

// TestCodecRoundTrip checks random values: fixed length, decode gives the value back, and the encoding is
// the EIP-712 encodeData (keccak of type hash || encoding is the struct hash).
func TestCodecRoundTrip(t *testing.T) {
	rng, _ := seededRand(t)
	for range 300 {
		s, th, l := randChannelState(rng), randThreadState(rng), randLock(rng)
		checkRoundTrip(t, &s, new(state.ChannelState), state.ChannelStateType, s.StructHash())
		checkRoundTrip(t, &th, new(state.ThreadState), state.ThreadStateType, th.StructHash())
		checkRoundTrip(t, &l, new(state.Lock), state.LockType, l.Leaf())
	}
}

// checkRoundTrip encodes v, compares with the struct hash, decodes into out (a zero value of v's type),
// compares with v and re-encodes.
func checkRoundTrip(t *testing.T, v, out binaryValue, typeString string, structHash [32]byte) {
	t.Helper()
	enc, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.Keccak256Hash(crypto.Keccak256([]byte(typeString)), enc); got != structHash {
		t.Fatalf("%T: keccak(typeHash || encoding) %s, struct hash %x", v, got, structHash)
	}
	if err := out.UnmarshalBinary(enc); err != nil {
		t.Fatalf("%T: decode: %v", v, err)
	}
	if !reflect.DeepEqual(out, v) {
		t.Fatalf("%T: decoded %+v, want %+v", v, out, v)
	}
	if again, _ := out.MarshalBinary(); !bytes.Equal(again, enc) {
		t.Fatalf("%T: re-encoding differs", v)
	}
}

// TestCodecFullWidth checks that amounts keep all 256 bits and counts all 64.
func TestCodecFullWidth(t *testing.T) {
	var s state.ChannelState
	for _, a := range amountFields(&s) {
		a.SetAllOne()
	}
	s.CreditedDepositWei.SetAllOne()
	s.CreditedDepositToken.SetAllOne()
	s.TxCountGlobal, s.TxCountChain, s.ThreadCount, s.Timeout = ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)
	s.ThreadRoot[0], s.LockRoot[31] = 0xff, 0xff
	checkRoundTrip(t, &s, new(state.ChannelState), state.ChannelStateType, s.StructHash())
	l := state.Lock{ID: ^uint64(0), ToUser: true, Expiry: ^uint64(0)}
	l.AmountToken.SetAllOne()
	checkRoundTrip(t, &l, new(state.Lock), state.LockType, l.Leaf())
}

func TestUnmarshalLength(t *testing.T) {
	for _, c := range codecCases {
		for _, n := range []int{0, 1, 31, c.size - 32, c.size - 1, c.size + 1, c.size + 32, 2 * c.size} {
			if err := c.zero().UnmarshalBinary(make([]byte, n)); !errors.Is(err, state.ErrEncodingLength) {
				t.Errorf("%s: %d bytes: %v, want ErrEncodingLength", c.name, n, err)
			}
		}
		if err := c.zero().UnmarshalBinary(make([]byte, c.size)); err != nil {
			t.Errorf("%s: zero encoding: %v", c.name, err)
		}
	}
}

// wordEdit sets one byte of a word and names the result it must give.
type wordEdit struct {
	at   int
	val  byte
	want error
}

// wordEdits lists, per word kind, edits of one byte and whether decoding must fail.
var wordEdits = map[byte][]wordEdit{
	'A': {{0, 1, state.ErrAddressPadding}, {11, 0x80, state.ErrAddressPadding}, {12, 0xff, nil}, {31, 1, nil}},
	'N': {{0, 0x80, state.ErrUint64Range}, {23, 1, state.ErrUint64Range}, {24, 0xff, nil}, {31, 1, nil}},
	'B': {{0, 1, state.ErrBoolWord}, {30, 1, state.ErrBoolWord}, {31, 2, state.ErrBoolWord}, {31, 0xff, state.ErrBoolWord}, {31, 1, nil}},
	'U': {{0, 0xff, nil}, {31, 0xff, nil}},
	'H': {{0, 0xff, nil}, {31, 0xff, nil}},
}

// TestUnmarshalWords edits every word of every type: padding, range and bool violations are refused with
// their error and the word index, and leave the target unchanged; other edits decode and re-encode.
func TestUnmarshalWords(t *testing.T) {
	for _, c := range codecCases {
		for i, kind := range []byte(c.kinds) {
			for _, e := range wordEdits[kind] {
				enc := make([]byte, c.size)
				enc[i*32+e.at] = e.val
				t.Run(fmt.Sprintf("%s/word%d/%c/byte%d=%d", c.name, i, kind, e.at, e.val), func(t *testing.T) {
					checkWordEdit(t, c, enc, i, e.want)
				})
			}
		}
	}
}

func checkWordEdit(t *testing.T, c codecCase, enc []byte, word int, want error) {
	v := c.zero()
	err := v.UnmarshalBinary(enc)
	if want == nil {
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := v.MarshalBinary(); !bytes.Equal(again, enc) {
			t.Fatalf("re-encoding differs:\n%x\n%x", again, enc)
		}
		return
	}
	if !errors.Is(err, want) || !strings.Contains(err.Error(), fmt.Sprintf("(word %d)", word)) {
		t.Fatalf("got %v, want %v at word %d", err, want, word)
	}
	if zero, _ := v.MarshalBinary(); !bytes.Equal(zero, make([]byte, c.size)) {
		t.Fatalf("target changed by a failed decode")
	}
}

// TestUnmarshalKeepsTargetOnError decodes a bad encoding into a set value.
func TestUnmarshalKeepsTargetOnError(t *testing.T) {
	s := tokenSale()
	before := s
	enc, _ := s.MarshalBinary()
	enc[24*32] = 1 // timeout word above 2^64-1, the last word
	if err := s.UnmarshalBinary(enc); !errors.Is(err, state.ErrUint64Range) {
		t.Fatalf("got %v", err)
	}
	if s != before {
		t.Fatalf("state changed by a failed decode")
	}
}

// isCodecError reports whether err is one of the named decoding errors.
func isCodecError(err error) bool {
	for _, e := range []error{state.ErrEncodingLength, state.ErrAddressPadding, state.ErrUint64Range,
		state.ErrBoolWord, state.ErrSignatureLength} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

func FuzzUnmarshalChannelState(f *testing.F) {
	s := tokenSale()
	good, _ := s.MarshalBinary()
	f.Add(good)
	f.Add(make([]byte, state.ChannelStateSize))
	f.Add(bytes.Repeat([]byte{0xff}, state.ChannelStateSize))
	f.Add(good[:state.ChannelStateSize-1])
	f.Add(append(bytes.Clone(good), 0))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var s state.ChannelState
		if err := s.UnmarshalBinary(b); err != nil {
			if !isCodecError(err) {
				t.Fatalf("unnamed error %v", err)
			}
			return
		}
		again, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs (%v):\n%x\n%x", err, again, b)
		}
		_ = state.Validate(&s) // full-width amounts must not upset validation either
	})
}
