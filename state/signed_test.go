package state_test

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// randSig returns nil one time in three, else 65 random bytes.
func randSig(rng *rand.Rand) []byte {
	if rng.IntN(3) == 0 {
		return nil
	}
	b := make([]byte, state.SignatureLength)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return b
}

func TestSignedStateRoundTrip(t *testing.T) {
	rng, _ := seededRand(t)
	for range 300 {
		s := state.SignedState{State: randChannelState(rng), SigHub: randSig(rng), SigUser: randSig(rng)}
		enc, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if want := state.ChannelStateSize + 2 + len(s.SigHub) + len(s.SigUser); len(enc) != want {
			t.Fatalf("encoding has %d bytes, want %d", len(enc), want)
		}
		var got state.SignedState
		if err := got.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Fatalf("decoded %+v\nwant %+v", got, s)
		}
	}
}

// TestSignedStateDecodeCopies checks that decoded signatures do not alias the input.
func TestSignedStateDecodeCopies(t *testing.T) {
	sig := bytes.Repeat([]byte{7}, 65)
	enc, _ := (&state.SignedState{State: baseState(), SigHub: sig, SigUser: sig}).MarshalBinary()
	var s state.SignedState
	if err := s.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	clear(enc)
	if !bytes.Equal(s.SigHub, sig) || !bytes.Equal(s.SigUser, sig) {
		t.Fatal("decoded signatures alias the input buffer")
	}
}

// signedEncoding is baseState with a hub signature of 0x01 bytes and a user signature of 0x02 bytes.
func signedEncoding() []byte {
	s := state.SignedState{State: baseState(), SigHub: bytes.Repeat([]byte{1}, 65), SigUser: bytes.Repeat([]byte{2}, 65)}
	enc, _ := s.MarshalBinary()
	return enc
}

func TestSignedStateUnmarshalRejects(t *testing.T) {
	const hubLen, userLen = state.ChannelStateSize, state.ChannelStateSize + 66
	edit := func(f func(b []byte) []byte) []byte { return f(signedEncoding()) }
	set := func(i int, v byte) []byte { return edit(func(b []byte) []byte { b[i] = v; return b }) }
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, state.ErrEncodingLength},
		{"state only", signedEncoding()[:state.ChannelStateSize], state.ErrEncodingLength},
		{"user length missing", signedEncoding()[:userLen], state.ErrEncodingLength},
		{"user signature truncated", signedEncoding()[:userLen+65], state.ErrEncodingLength},
		{"trailing byte", append(signedEncoding(), 0), state.ErrEncodingLength},
		{"hub length 64", set(hubLen, 64), state.ErrSignatureLength},
		{"hub length 66", set(hubLen, 66), state.ErrSignatureLength},
		{"user length 1", set(userLen, 1), state.ErrSignatureLength},
		{"user length 255", set(userLen, 255), state.ErrSignatureLength},
		{"hub empty, bytes left over", set(hubLen, 0), state.ErrSignatureLength},
		{"both empty, one byte more", append(emptySigs(), 0), state.ErrEncodingLength},
		{"user empty, signature left over", set(userLen, 0), state.ErrEncodingLength},
		{"bad state", set(11, 1), state.ErrAddressPadding},
	}
	for _, tc := range tests {
		s := state.SignedState{SigHub: []byte{9}}
		if err := s.UnmarshalBinary(tc.b); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
		if !reflect.DeepEqual(s, state.SignedState{SigHub: []byte{9}}) {
			t.Errorf("%s: target changed by a failed decode", tc.name)
		}
	}
}

func emptySigs() []byte {
	enc, _ := (&state.SignedState{State: baseState()}).MarshalBinary()
	return enc
}

func TestSignedStateMarshalRejects(t *testing.T) {
	for _, sigs := range [][2][]byte{{make([]byte, 64), nil}, {nil, make([]byte, 66)}, {{}, make([]byte, 1)}} {
		s := state.SignedState{State: baseState(), SigHub: sigs[0], SigUser: sigs[1]}
		if _, err := s.MarshalBinary(); !errors.Is(err, state.ErrSignatureLength) {
			t.Errorf("signatures of %d and %d bytes: %v", len(sigs[0]), len(sigs[1]), err)
		}
	}
	enc, err := (&state.SignedState{State: baseState(), SigHub: []byte{}}).MarshalBinary()
	if err != nil || len(enc) != state.SignedStateMinSize {
		t.Errorf("empty non-nil signature: %d bytes, %v", len(enc), err)
	}
}

// signedBoth returns baseState between the parties of testKey(1) (hub) and testKey(2) (user), signed by both.
func signedBoth(t *testing.T, d *state.Domain) state.SignedState {
	t.Helper()
	hubKey, userKey := testKey(t, 1), testKey(t, 2)
	s := state.SignedState{State: baseState()}
	s.State.Hub, s.State.User = crypto.PubkeyToAddress(hubKey.PublicKey), crypto.PubkeyToAddress(userKey.PublicKey)
	s.State.Recipient = s.State.User
	hubSig, err := state.Sign(s.Digest(d), hubKey)
	if err != nil {
		t.Fatal(err)
	}
	userSig, err := state.Sign(s.Digest(d), userKey)
	if err != nil {
		t.Fatal(err)
	}
	s.SigHub, s.SigUser = hubSig[:], userSig[:]
	return s
}

func TestSignedStateVerify(t *testing.T) {
	d := benchDomain()
	tests := []struct {
		name string
		edit func(*state.SignedState)
		want error
	}{
		{"both signed", func(*state.SignedState) {}, nil},
		{"hub missing", func(s *state.SignedState) { s.SigHub = nil }, state.ErrSignatureMissing},
		{"user missing", func(s *state.SignedState) { s.SigUser = nil }, state.ErrSignatureMissing},
		{"swapped", func(s *state.SignedState) { s.SigHub, s.SigUser = s.SigUser, s.SigHub }, state.ErrSignatureSigner},
		{"user signs twice", func(s *state.SignedState) { s.SigHub = s.SigUser }, state.ErrSignatureSigner},
		{"state changed", func(s *state.SignedState) { s.State.WeiHub = amt(11) }, state.ErrSignatureSigner},
		{"high s", func(s *state.SignedState) { s.SigUser = highS(state.Signature(s.SigUser)) }, state.ErrSignatureHighS},
		{"short", func(s *state.SignedState) { s.SigHub = s.SigHub[:64] }, state.ErrSignatureLength},
	}
	for _, tc := range tests {
		s := signedBoth(t, d)
		tc.edit(&s)
		if err := s.Verify(d); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
	s := signedBoth(t, d)
	other := state.NewDomain(big.NewInt(1), d.Contract)
	if err := s.Verify(other); !errors.Is(err, state.ErrSignatureSigner) {
		t.Errorf("other domain: got %v, want ErrSignatureSigner", err)
	}
}

func FuzzUnmarshalSignedState(f *testing.F) {
	f.Add(signedEncoding())
	f.Add(emptySigs())
	f.Add(signedEncoding()[:state.ChannelStateSize+66])
	f.Add(append(emptySigs(), 0))
	f.Add(bytes.Repeat([]byte{65}, state.SignedStateMaxSize))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var s state.SignedState
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
	})
}
