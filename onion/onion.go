package onion

import (
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Sizes of the layer format (see the package doc).
const (
	// Version is the only version byte Peel accepts.
	Version = 1
	// HeaderSize is the length of a layer's header, the compressed public key it is sealed with.
	HeaderSize = 33
	// NonceSize is the length of a layer's AES-GCM nonce.
	NonceSize = 12
	// TagSize is the length of a layer's AES-GCM tag.
	TagSize = 16
	// InstructionSize is the length of a layer's sealed fields before its inner bytes: version, next
	// address, wei, token, expiry.
	InstructionSize = 1 + common.AddressLength + 32 + 32 + 8
	// LayerOverhead is how many bytes a layer adds to its inner bytes: 154.
	LayerOverhead = HeaderSize + NonceSize + TagSize + InstructionSize
	// MaxLayers is the most layers (forwarding hops) an onion has.
	MaxLayers = 20
	// MaxFinal is the longest final payload, in bytes.
	MaxFinal = 512
	// MaxSize is the longest onion, in bytes: MaxLayers layers around a MaxFinal payload (3592). A note
	// payload (protocol.MaxNotePayload) must hold it.
	MaxSize = MaxLayers*LayerOverhead + MaxFinal
)

// Errors of Build, Header, Key and Peel.
var (
	ErrHops      = errors.New("onion: hop count out of range")
	ErrTooLarge  = errors.New("onion: too large")
	ErrKey       = errors.New("onion: bad key")
	ErrMalformed = errors.New("onion: malformed layer")
	ErrVersion   = errors.New("onion: unknown layer version")
	// ErrOpen reports a layer that does not open with the AEAD given: it is another hop's layer, or of
	// another payment (hashlock), or it was tampered with. An AEAD cannot tell these apart.
	ErrOpen = errors.New("onion: layer does not open (another hop's or payment's, or tampered)")
)

// Instruction is what one forwarding hop learns from its layer: the lock it must forward.
type Instruction struct {
	Next       common.Address // the node to forward to (the next hub, or the payee)
	Wei, Token uint256.Int    // amounts of the lock to forward
	Expiry     uint64         // expiry of the lock to forward, unix seconds
}

// Hop is one forwarding hop of a route: its secp256k1 public key and what it must forward.
type Hop struct {
	Key *ecdsa.PublicKey
	Instruction
}

// Build seals len(hops) layers from the inside out: layer i is addressed to hops[i] and holds
// hops[i].Instruction and layer i+1, the last one final. hashlock binds every layer to one payment. If
// first is non-nil the outermost layer is sealed with it (the payer's node key, so the first hub can cache
// the derived AEAD per peer); every other layer with a fresh ephemeral key. Build refuses no hops or more
// than MaxLayers (ErrHops), a missing or invalid key (ErrKey) and a final payload over MaxFinal bytes
// (ErrTooLarge), so an onion is never longer than MaxSize. It does not judge the instructions (amounts,
// expiries, addresses): the caller does.
func Build(hashlock common.Hash, hops []Hop, final []byte, first *ecdsa.PrivateKey) ([]byte, error) {
	if len(hops) == 0 || len(hops) > MaxLayers {
		return nil, fmt.Errorf("%w: %d hops, 1 to %d", ErrHops, len(hops), MaxLayers)
	}
	if len(final) > MaxFinal {
		return nil, fmt.Errorf("%w: final payload of %d bytes, at most %d", ErrTooLarge, len(final), MaxFinal)
	}
	outer, err := firstKey(first)
	if err != nil {
		return nil, err
	}
	inner := final
	for i := len(hops) - 1; i >= 0; i-- {
		var sealer *ecdsa.PrivateKey
		if i == 0 {
			sealer = outer
		}
		if inner, err = seal(hashlock, &hops[i], inner, sealer); err != nil {
			return nil, fmt.Errorf("hop %d: %w", i, err)
		}
	}
	return inner, nil
}

// First is a cached key for the outermost layer: Header is the payer's compressed public key and AEAD
// Key(payer's key, first hop's compressed key), which the first hop derives too from Header. A payer that
// keeps it per first hop saves an ECDH per payment.
type First struct {
	Header []byte
	AEAD   cipher.AEAD
}

// BuildWith is Build with the outermost layer sealed with first, a cached key, instead of a private key.
func BuildWith(hashlock common.Hash, hops []Hop, final []byte, first First) ([]byte, error) {
	switch {
	case len(hops) == 0 || len(hops) > MaxLayers:
		return nil, fmt.Errorf("%w: %d hops, 1 to %d", ErrHops, len(hops), MaxLayers)
	case len(final) > MaxFinal:
		return nil, fmt.Errorf("%w: final payload of %d bytes, at most %d", ErrTooLarge, len(final), MaxFinal)
	case len(first.Header) != HeaderSize || first.AEAD == nil || first.AEAD.NonceSize() != NonceSize:
		return nil, fmt.Errorf("%w: a first layer's key needs a %d-byte header and an AES-GCM", ErrKey, HeaderSize)
	}
	inner := final
	var err error
	for i := len(hops) - 1; i > 0; i-- {
		if inner, err = seal(hashlock, &hops[i], inner, nil); err != nil {
			return nil, fmt.Errorf("hop %d: %w", i, err)
		}
	}
	to, err := publicKey(hops[0].Key)
	if err != nil {
		return nil, fmt.Errorf("hop 0: %w", err)
	}
	return sealWith(hashlock, &hops[0], crypto.PubkeyToAddress(*to), inner, first.Header, first.AEAD)
}

// firstKey checks the payer's static key, if any, and returns it with its public key derived afresh
// from its scalar (so the header always matches the key that seals).
func firstKey(first *ecdsa.PrivateKey) (*ecdsa.PrivateKey, error) {
	if first == nil {
		return nil, nil
	}
	if err := checkPrivate(first); err != nil {
		return nil, err
	}
	k, err := crypto.ToECDSA(first.D.FillBytes(make([]byte, 32)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	return k, nil
}

// seal seals one layer around inner for hop, with sealer or, if nil, a fresh ephemeral key.
func seal(hashlock common.Hash, hop *Hop, inner []byte, sealer *ecdsa.PrivateKey) ([]byte, error) {
	to, err := publicKey(hop.Key)
	if err != nil {
		return nil, err
	}
	if sealer == nil {
		if sealer, err = crypto.GenerateKey(); err != nil {
			return nil, fmt.Errorf("%w: ephemeral: %w", ErrKey, err)
		}
	}
	a, err := derive(sealer, to)
	if err != nil {
		return nil, err
	}
	return sealWith(hashlock, hop, crypto.PubkeyToAddress(*to), inner, crypto.CompressPubkey(&sealer.PublicKey), a)
}

// sealWith seals one layer around inner for hop (whose address is to), under header and a.
func sealWith(hashlock common.Hash, hop *Hop, to common.Address, inner, header []byte, a cipher.AEAD) ([]byte, error) {
	out := make([]byte, HeaderSize+NonceSize, LayerOverhead+len(inner))
	copy(out, header)
	if _, err := rand.Read(out[HeaderSize:]); err != nil {
		return nil, err
	}
	plain := appendInstruction(make([]byte, 0, InstructionSize+len(inner)), &hop.Instruction)
	nonce := out[HeaderSize : HeaderSize+NonceSize]
	ad := additional(out[:HeaderSize], to, hashlock)
	return a.Seal(out, nonce, append(plain, inner...), ad), nil
}

// appendInstruction appends the version byte and the fields of in.
func appendInstruction(b []byte, in *Instruction) []byte {
	b = append(append(b, Version), in.Next[:]...)
	wei, token := in.Wei.Bytes32(), in.Token.Bytes32()
	b = append(append(b, wei[:]...), token[:]...)
	return binary.BigEndian.AppendUint64(b, in.Expiry)
}

// additional is a layer's additional data: its header, the hop's address, then the hashlock. The header
// is there because ECDH only uses the x-coordinate: without it, flipping the header's parity byte (02 and
// 03) would name the other point of the same x and the layer would still open.
func additional(header []byte, me common.Address, hashlock common.Hash) []byte {
	ad := make([]byte, 0, HeaderSize+common.AddressLength+common.HashLength)
	return append(append(append(ad, header...), me[:]...), hashlock[:]...)
}

// Header returns the compressed public key layer is sealed with (its first HeaderSize bytes, a copy), so a
// caller can look up an AEAD it cached for that key. It refuses a layer of impossible length
// (ErrMalformed); it does not check that the header is a point on the curve: Key does.
func Header(layer []byte) ([]byte, error) {
	if err := checkLength(layer); err != nil {
		return nil, err
	}
	return append([]byte(nil), layer[:HeaderSize]...), nil
}

// checkLength refuses a layer shorter than LayerOverhead or longer than MaxSize.
func checkLength(layer []byte) error {
	switch {
	case len(layer) < LayerOverhead:
		return fmt.Errorf("%w: %d bytes, at least %d", ErrMalformed, len(layer), LayerOverhead)
	case len(layer) > MaxSize:
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(layer), MaxSize)
	}
	return nil
}
