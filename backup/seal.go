package backup

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/state"
)

// magic starts every sealed snapshot: the format and its version.
var magic = []byte("spoke-backup-1\n")

// MaxBlob is the largest sealed snapshot this package reads.
const MaxBlob = 64 << 20

// Errors of sealing.
var (
	ErrSealed  = errors.New("backup: not a sealed snapshot, or not this node's key")
	ErrPointer = errors.New("backup: invalid backup pointer")
)

// sealKey derives the node's backup key from its private key: only the node can read its backups, and
// it needs nothing but its key to do so.
func sealKey(key *ecdsa.PrivateKey) ([]byte, error) {
	return hkdf.Key(sha256.New, crypto.FromECDSA(key), nil, "spoke backup key v1", 32)
}

func newAEAD(key *ecdsa.PrivateKey) (cipher.AEAD, error) {
	k, err := sealKey(key)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// seal encrypts a snapshot with the node's backup key (AES-256-GCM, random nonce; the node's address is
// authenticated with it).
func seal(key *ecdsa.PrivateKey, snap *Snapshot) ([]byte, error) {
	plain, err := snap.marshal()
	if err != nil {
		return nil, err
	}
	aead, err := newAEAD(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out := append(append([]byte(nil), magic...), nonce...)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	return aead.Seal(out, nonce, plain, addr[:]), nil
}

// open decrypts and decodes what seal made with the same key.
func open(key *ecdsa.PrivateKey, blob []byte) (Snapshot, error) {
	aead, err := newAEAD(key)
	if err != nil {
		return Snapshot{}, err
	}
	rest, ok := bytes.CutPrefix(blob, magic)
	if !ok || len(rest) < aead.NonceSize()+aead.Overhead() {
		return Snapshot{}, ErrSealed
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	plain, err := aead.Open(nil, rest[:aead.NonceSize()], rest[aead.NonceSize():], addr[:])
	if err != nil {
		return Snapshot{}, ErrSealed
	}
	snap, err := unmarshalSnapshot(plain)
	if err != nil {
		return Snapshot{}, err
	}
	if snap.Node != addr {
		return Snapshot{}, fmt.Errorf("%w: snapshot of %s", ErrSnapshot, snap.Node)
	}
	return snap, nil
}

// Pointer names a node's latest backup; the node signs it, so storage cannot point elsewhere.
type Pointer struct {
	Node    common.Address `json:"node"`
	Seq     uint64         `json:"seq"` // increases with every backup of the node
	Ref     string         `json:"ref"` // where the sealed snapshot is, in the backend's terms
	Created int64          `json:"created"`
}

// signedPointer is a pointer as stored.
type signedPointer struct {
	Pointer Pointer `json:"pointer"`
	Sig     []byte  `json:"sig"`
}

func pointerDigest(p Pointer) (common.Hash, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte("spoke backup pointer v1\n"), b), nil
}

// signPointer encodes p signed by key.
func signPointer(key *ecdsa.PrivateKey, p Pointer) ([]byte, error) {
	h, err := pointerDigest(p)
	if err != nil {
		return nil, err
	}
	sig, err := state.Sign(h, key)
	if err != nil {
		return nil, err
	}
	return json.Marshal(signedPointer{Pointer: p, Sig: sig[:]})
}

// openPointer decodes a signed pointer and checks that node signed it.
func openPointer(b []byte, node common.Address) (Pointer, error) {
	var sp signedPointer
	if err := json.Unmarshal(b, &sp); err != nil {
		return Pointer{}, fmt.Errorf("%w: %w", ErrPointer, err)
	}
	h, err := pointerDigest(sp.Pointer)
	if err != nil {
		return Pointer{}, err
	}
	if err := state.Verify(h, sp.Sig, node); err != nil || sp.Pointer.Node != node {
		return Pointer{}, fmt.Errorf("%w: not signed by %s", ErrPointer, node)
	}
	return sp.Pointer, nil
}
