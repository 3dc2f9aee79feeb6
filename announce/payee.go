package announce

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/state"
)

// Limits of a payee record. DecodePayee refuses anything larger before parsing it.
const (
	MaxPayeeSize     = 4 << 10 // bytes, whole encoded and signed record
	MaxPayeeHubs     = 8       // hubs a payee names
	MaxPayeeHubAddrs = 4       // multiaddrs per hub
	payeeVersion     = 1       // first byte of the encoding
)

// Errors of DecodePayee, SignedPayee.Verify and PayeeValidator. Besides these, Verify fails with
// ErrWrongChain or ErrWrongContract for a record of another domain.
var (
	ErrPayeeTooLarge     = errors.New("announce: payee record too large")
	ErrPayeeMalformed    = errors.New("announce: malformed payee record")
	ErrPayeeSignature    = errors.New("announce: signature is not the payee's")
	ErrPayeePeerMismatch = errors.New("announce: peer id does not prove the payee's or hub's address")
	ErrPayeeKey          = errors.New("announce: DHT key does not name the record's user")
)

// PayeeHub is a hub through which a payee can be paid.
type PayeeHub struct {
	Hub    common.Address // the hub's Ethereum address, proven by PeerID
	PeerID peer.ID        // the hub's libp2p id; a secp256k1 id inlining the hub's key
	Addrs  []string       // multiaddrs to reach the hub at, at most MaxPayeeHubAddrs (may be none)
}

// Payee is what a user publishes in the DHT so that a payer who knows only the user's Ethereum address
// can reach it: the hubs the user has channels with, in the user's order of preference. The user signs
// all of it (see Sign); the newest Timestamp wins.
type Payee struct {
	User      common.Address // the payee's Ethereum address, proven by PeerID and the signature
	PeerID    peer.ID        // the payee's libp2p id; a secp256k1 id inlining the user's key
	Hubs      []PayeeHub     // 1 to MaxPayeeHubs hubs, no hub twice
	ChainID   uint64         // chain of the ChannelManager
	Contract  common.Address // the ChannelManager
	Timestamp uint64         // unix seconds when the user signed it
}

// SignedPayee is a payee record with the user's signature over Digest.
type SignedPayee struct {
	Payee
	Signature state.Signature
}

// payeeDigestPrefix separates payee-record signatures from every other signature of the user's key: it
// differs from the announcements' prefix, and a channel or thread state's EIP-712 digest hashes
// 0x19 0x01 first, while this starts with 's'.
const payeeDigestPrefix = "spoke payee record v1\x00"

// Digest is what the user signs: keccak256(payeeDigestPrefix || the EIP-712 domain separator of the
// record's chain id and contract || keccak256(encoding without the signature)). It fails like Encode.
func (p *Payee) Digest() ([32]byte, error) {
	body, err := p.body()
	if err != nil {
		return [32]byte{}, err
	}
	sep := state.NewDomain(new(big.Int).SetUint64(p.ChainID), p.Contract).Separator()
	return crypto.Keccak256Hash([]byte(payeeDigestPrefix), sep[:], crypto.Keccak256(body)), nil
}

// Sign returns the record signed by key, which must be the user's: User and PeerID are set from key if
// zero, and must otherwise match it (ErrPayeePeerMismatch).
func (p Payee) Sign(key *ecdsa.PrivateKey) (*SignedPayee, error) {
	id, err := p2p.PeerID(key)
	if err != nil {
		return nil, err
	}
	if p.User == (common.Address{}) {
		p.User = crypto.PubkeyToAddress(key.PublicKey)
	}
	if p.PeerID == "" {
		p.PeerID = id
	}
	if addr := crypto.PubkeyToAddress(key.PublicKey); p.User != addr || p.PeerID != id {
		return nil, fmt.Errorf("%w: key is %s's (%s), record names %s (%s)", ErrPayeePeerMismatch, addr, id, p.User, p.PeerID)
	}
	digest, err := p.Digest()
	if err != nil {
		return nil, err
	}
	sig, err := state.Sign(digest, key)
	if err != nil {
		return nil, err
	}
	return &SignedPayee{Payee: p, Signature: sig}, nil
}

// Verify checks s against the domain this node works in: chain id and contract (ErrWrongChain,
// ErrWrongContract), peer ids whose inlined keys are the user's and each hub's (ErrPayeePeerMismatch),
// and a canonical low-S signature of Digest by the user (ErrPayeeSignature). It checks no time: see
// PayeeValidator.
func (s *SignedPayee) Verify(d *state.Domain) error {
	if !d.ChainID.IsUint64() || d.ChainID.Uint64() != s.ChainID {
		return fmt.Errorf("%w: %d, want %s", ErrWrongChain, s.ChainID, d.ChainID)
	}
	if s.Contract != d.Contract {
		return fmt.Errorf("%w: %s, want %s", ErrWrongContract, s.Contract, d.Contract)
	}
	if err := s.checkPeers(); err != nil {
		return err
	}
	digest, err := s.Digest()
	if err != nil {
		return err
	}
	if err := state.Verify(digest, s.Signature[:], s.User); err != nil {
		return fmt.Errorf("%w: %w", ErrPayeeSignature, err)
	}
	return nil
}

// checkPeers checks that the user's and every hub's peer id prove their addresses.
func (p *Payee) checkPeers() error {
	if addr, err := p2p.AddressOf(p.PeerID); err != nil || addr != p.User {
		return fmt.Errorf("%w: %s for user %s", ErrPayeePeerMismatch, p.PeerID, p.User)
	}
	for _, h := range p.Hubs {
		if addr, err := p2p.AddressOf(h.PeerID); err != nil || addr != h.Hub {
			return fmt.Errorf("%w: %s for hub %s", ErrPayeePeerMismatch, h.PeerID, h.Hub)
		}
	}
	return nil
}
