package state

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Encoded sizes of a SignedState: the channel state, then for each signature a length byte (0 or 65) and
// that many bytes.
const (
	SignedStateMinSize = ChannelStateSize + 2
	SignedStateMaxSize = ChannelStateSize + 2*(1+SignatureLength)
)

// ErrSignatureMissing reports that a party has not signed a state that needs both signatures.
var ErrSignatureMissing = errors.New("state: signature missing")

// SignedState is a channel state with the hub's and the user's signatures of its EIP-712 digest. A
// signature is empty (nil) while its party has not signed, otherwise exactly SignatureLength bytes.
type SignedState struct {
	State   ChannelState
	SigHub  []byte
	SigUser []byte
}

// Digest is the EIP-712 digest of the state that both parties sign.
func (s *SignedState) Digest(d *Domain) common.Hash { return d.ChannelDigest(&s.State) }

// Verify checks that SigHub is a canonical signature of the digest by State.Hub and SigUser one by
// State.User. It does not validate the state itself (see Validate).
func (s *SignedState) Verify(d *Domain) error {
	digest := s.Digest(d)
	if err := verifyParty(digest, s.SigHub, s.State.Hub); err != nil {
		return fmt.Errorf("hub signature: %w", err)
	}
	if err := verifyParty(digest, s.SigUser, s.State.User); err != nil {
		return fmt.Errorf("user signature: %w", err)
	}
	return nil
}

func verifyParty(digest common.Hash, sig []byte, signer common.Address) error {
	if len(sig) == 0 {
		return ErrSignatureMissing
	}
	return Verify(digest, sig, signer)
}

// MarshalBinary returns the encoding of s: the channel state's encoding, then SigHub and SigUser, each
// after a length byte. It fails when a signature is neither empty nor SignatureLength bytes.
func (s *SignedState) MarshalBinary() ([]byte, error) {
	return s.AppendBinary(make([]byte, 0, SignedStateMaxSize))
}

// AppendBinary appends the encoding of s to b; see MarshalBinary.
func (s *SignedState) AppendBinary(b []byte) ([]byte, error) {
	if err := checkSigLength("hub", s.SigHub); err != nil {
		return b, err
	}
	if err := checkSigLength("user", s.SigUser); err != nil {
		return b, err
	}
	b, _ = s.State.AppendBinary(b)
	b = append(append(b, byte(len(s.SigHub))), s.SigHub...)
	return append(append(b, byte(len(s.SigUser))), s.SigUser...), nil
}

func checkSigLength(party string, sig []byte) error {
	if n := len(sig); n != 0 && n != SignatureLength {
		return fmt.Errorf("%w or empty (%s signature has %d bytes)", ErrSignatureLength, party, n)
	}
	return nil
}

// UnmarshalBinary decodes b strictly: a valid channel state encoding, two signatures each empty or
// SignatureLength bytes, nothing after them. Empty signatures decode as nil; the others are copied, so b
// may be reused. On error s is unchanged.
func (s *SignedState) UnmarshalBinary(b []byte) error {
	if len(b) < SignedStateMinSize || len(b) > SignedStateMaxSize {
		return fmt.Errorf("%w: signed state must be %d to %d bytes, got %d", ErrEncodingLength,
			SignedStateMinSize, SignedStateMaxSize, len(b))
	}
	var d SignedState
	if err := d.State.UnmarshalBinary(b[:ChannelStateSize]); err != nil {
		return err
	}
	rest := b[ChannelStateSize:]
	var err error
	if d.SigHub, rest, err = readSig("hub", rest); err != nil {
		return err
	}
	if d.SigUser, rest, err = readSig("user", rest); err != nil {
		return err
	}
	if len(rest) != 0 {
		return fmt.Errorf("%w: %d bytes after the signatures", ErrEncodingLength, len(rest))
	}
	*s = d
	return nil
}

// readSig reads a length byte and the signature after it.
func readSig(party string, b []byte) (sig, rest []byte, err error) {
	if len(b) == 0 {
		return nil, nil, fmt.Errorf("%w: %s signature length missing", ErrEncodingLength, party)
	}
	n, b := int(b[0]), b[1:]
	switch {
	case n == 0:
		return nil, b, nil
	case n != SignatureLength:
		return nil, nil, fmt.Errorf("%w or empty (%s signature length byte is %d)", ErrSignatureLength, party, n)
	case len(b) < n:
		return nil, nil, fmt.Errorf("%w: %s signature truncated to %d bytes", ErrEncodingLength, party, len(b))
	}
	return bytes.Clone(b[:n]), b[n:], nil
}
