package onion

import (
	"crypto/cipher"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Peel opens the layer addressed to me (the hop's address) under hashlock with aead (from Key, or cached
// by Header), and returns the hop's instruction and the inner bytes: the next hop's layer, or the final
// payload at the last hop, to pass on unchanged (a fresh slice, not aliasing layer). Peel refuses a layer
// shorter than LayerOverhead or longer than MaxSize (ErrMalformed), a nil AEAD or one of the wrong shape
// (ErrKey), a layer that does not open (ErrOpen: another hop's, another hashlock's, or tampered) and an
// unknown version (ErrVersion).
func Peel(layer []byte, me common.Address, hashlock common.Hash, aead cipher.AEAD) (Instruction, []byte, error) {
	if err := checkLength(layer); err != nil {
		return Instruction{}, nil, err
	}
	if err := checkAEAD(aead); err != nil {
		return Instruction{}, nil, err
	}
	nonce, sealed := layer[HeaderSize:HeaderSize+NonceSize], layer[HeaderSize+NonceSize:]
	plain, err := aead.Open(nil, nonce, sealed, additional(layer[:HeaderSize], me, hashlock))
	if err != nil {
		return Instruction{}, nil, ErrOpen
	}
	return parseInstruction(plain)
}

// checkAEAD refuses a nil AEAD or one whose nonce or tag size is not the format's (cipher.AEAD.Open
// panics on a nonce of the wrong length).
func checkAEAD(aead cipher.AEAD) error {
	switch {
	case aead == nil:
		return fmt.Errorf("%w: no AEAD", ErrKey)
	case aead.NonceSize() != NonceSize || aead.Overhead() != TagSize:
		return fmt.Errorf("%w: AEAD with %d-byte nonce and %d-byte tag, want %d and %d",
			ErrKey, aead.NonceSize(), aead.Overhead(), NonceSize, TagSize)
	}
	return nil
}

// parseInstruction splits an opened layer into its instruction and inner bytes. Peel's length check
// already guarantees InstructionSize bytes; the check here keeps the slicing safe on its own.
func parseInstruction(plain []byte) (Instruction, []byte, error) {
	if len(plain) < InstructionSize {
		return Instruction{}, nil, fmt.Errorf("%w: opens to %d bytes, at least %d", ErrMalformed, len(plain), InstructionSize)
	}
	if plain[0] != Version {
		return Instruction{}, nil, fmt.Errorf("%w: %d, want %d", ErrVersion, plain[0], Version)
	}
	var in Instruction
	p := plain[1:]
	p = p[copy(in.Next[:], p):]
	in.Wei.SetBytes32(p[:32])
	in.Token.SetBytes32(p[32:64])
	in.Expiry = binary.BigEndian.Uint64(p[64:72])
	return in, plain[InstructionSize:], nil
}
