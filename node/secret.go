package node

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/holiman/uint256"
)

// A payment's secret travels to its recipient in a lock's note, sealed so that only the recipient can
// read it (the hub that carries it cannot): AES-256-GCM under a key both parties derive by ECDH from
// their static secp256k1 keys. The sealed form is
//
//	sender's compressed public key (33) | nonce (12) | GCM(preimage (32) | wei (32) | token (32) | memo)
//	with the recipient's address as additional data
//
// The recipient knows who paid (the sender's key) and how much the payer meant it to receive (a hop that
// forwards less is refused); the hubs learn nothing they could claim the lock with.
const (
	sealHeader = 33 + 12
	secretLen  = 32 + 32 + 32 // preimage, wei, token
	// MaxMemo is the longest memo a payment may carry, in bytes.
	MaxMemo = 256
)

// ErrBadNote reports a lock note that does not open with this node's key.
var ErrBadNote = errors.New("node: payment note does not open")

// secret is what a note carries.
type secret struct {
	Preimage   [32]byte
	Wei, Token uint256.Int // what the payer sends the recipient
	Memo       string
	From       common.Address
}

// maxNoteKeys bounds the cache of derived note keys: when it is full, the next new peer empties it. A
// node pays and is paid by far fewer peers than this between two clearings, and a key cleared away is
// derived again (one ECDH) when needed; senders that make up keys cannot grow the cache past the bound.
const maxNoteKeys = 1024

// secrets seals and opens notes with this node's key, caching the derived key of each peer (at most
// maxNoteKeys).
type secrets struct {
	key  *ecdsa.PrivateKey
	mu   sync.Mutex
	keys map[string]cipher.AEAD // by compressed peer public key
}

func newSecrets(key *ecdsa.PrivateKey) *secrets {
	return &secrets{key: key, keys: map[string]cipher.AEAD{}}
}

// aead returns the AES-GCM of the key shared with the peer whose compressed public key is peer.
func (s *secrets) aead(peer []byte, pub *ecdsa.PublicKey) (cipher.AEAD, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.keys[string(peer)]; ok {
		return a, nil
	}
	shared, err := ecies.ImportECDSA(s.key).GenerateShared(ecies.ImportECDSAPublic(pub), 32, 0)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(crypto.Keccak256([]byte("spoke/note/v1"), shared))
	if err != nil {
		return nil, err
	}
	a, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	if len(s.keys) >= maxNoteKeys {
		clear(s.keys)
	}
	s.keys[string(peer)] = a
	return a, nil
}

// seal seals a secret for the recipient whose public key is to.
func (s *secrets) seal(to *ecdsa.PublicKey, preimage [32]byte, memo string, wei, token uint256.Int) ([]byte, error) {
	if len(memo) > MaxMemo {
		return nil, fmt.Errorf("%w: memo of %d bytes, at most %d", ErrBadPayment, len(memo), MaxMemo)
	}
	a, err := s.aead(crypto.CompressPubkey(to), to)
	if err != nil {
		return nil, fmt.Errorf("%w: recipient key: %w", ErrBadPayment, err)
	}
	out := make([]byte, sealHeader, sealHeader+secretLen+len(memo)+a.Overhead())
	copy(out, crypto.CompressPubkey(&s.key.PublicKey))
	if _, err := rand.Read(out[33:sealHeader]); err != nil {
		return nil, err
	}
	w, t := wei.Bytes32(), token.Bytes32()
	plain := append(append(append(preimage[:], w[:]...), t[:]...), memo...)
	to20 := crypto.PubkeyToAddress(*to)
	return a.Seal(out, out[33:sealHeader], plain, to20[:]), nil
}

// open opens a note sealed for me.
func (s *secrets) open(note []byte, me common.Address) (secret, error) {
	if len(note) < sealHeader+secretLen {
		return secret{}, fmt.Errorf("%w: %d bytes", ErrBadNote, len(note))
	}
	pub, err := crypto.DecompressPubkey(note[:33])
	if err != nil {
		return secret{}, fmt.Errorf("%w: sender key: %w", ErrBadNote, err)
	}
	a, err := s.aead(note[:33], pub)
	if err != nil {
		return secret{}, fmt.Errorf("%w: %w", ErrBadNote, err)
	}
	plain, err := a.Open(nil, note[33:sealHeader], note[sealHeader:], me[:])
	if err != nil || len(plain) < secretLen {
		return secret{}, fmt.Errorf("%w: %v", ErrBadNote, err)
	}
	var out secret
	copy(out.Preimage[:], plain)
	out.Wei.SetBytes(plain[32:64])
	out.Token.SetBytes(plain[64:96])
	out.Memo, out.From = string(plain[secretLen:]), crypto.PubkeyToAddress(*pub)
	return out, nil
}
