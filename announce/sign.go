package announce

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
	"spoke/state"
)

// digestPrefix separates announcement signatures from every other signature of the hub's key. A channel
// or thread state's EIP-712 digest hashes 0x19 0x01 first; this prefix starts with 's', so no byte
// string is both, and no announcement signature can be replayed as a state signature or back.
const digestPrefix = "spoke hub announcement v1\x00"

// Digest is what the hub signs: keccak256(digestPrefix || the EIP-712 domain separator of the
// announcement's chain id and contract || keccak256(encoding without the signature)). The separator and
// the encoded fields both bind the chain and the contract. It fails like Encode.
func (a *Announcement) Digest() ([32]byte, error) {
	body, err := a.body()
	if err != nil {
		return [32]byte{}, err
	}
	sep := a.domain().Separator()
	return crypto.Keccak256Hash([]byte(digestPrefix), sep[:], crypto.Keccak256(body)), nil
}

// domain is the EIP-712 domain the announcement names.
func (a *Announcement) domain() *state.Domain {
	return state.NewDomain(new(big.Int).SetUint64(a.ChainID), a.Contract)
}

// Sign returns the announcement signed by key, which must be the hub's: Hub and PeerID are set from key
// if zero, and must otherwise match it.
func (a Announcement) Sign(key *ecdsa.PrivateKey) (*Signed, error) {
	if err := a.fillIdentity(key); err != nil {
		return nil, err
	}
	digest, err := a.Digest()
	if err != nil {
		return nil, err
	}
	sig, err := state.Sign(digest, key)
	if err != nil {
		return nil, err
	}
	return &Signed{Announcement: a, Signature: sig}, nil
}

// fillIdentity sets or checks Hub and PeerID against key.
func (a *Announcement) fillIdentity(key *ecdsa.PrivateKey) error {
	id, err := p2p.PeerID(key)
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if a.Hub == (common.Address{}) {
		a.Hub = addr
	}
	if a.Hub != addr {
		return fmt.Errorf("%w: key is %s's, not %s's", ErrPeerMismatch, addr, a.Hub)
	}
	if a.PeerID == "" {
		a.PeerID = id
	}
	if a.PeerID != id {
		return fmt.Errorf("%w: key's peer id is %s, not %s", ErrPeerMismatch, id, a.PeerID)
	}
	return nil
}

// Verify checks s against the domain this node works in: chain id and contract (ErrWrongChain,
// ErrWrongContract), a peer id whose inlined key is the hub's (ErrPeerMismatch), and a canonical low-S
// signature of Digest by the hub (ErrBadSignature).
func (s *Signed) Verify(d *state.Domain) error {
	if !d.ChainID.IsUint64() || d.ChainID.Uint64() != s.ChainID {
		return fmt.Errorf("%w: %d, want %s", ErrWrongChain, s.ChainID, d.ChainID)
	}
	if s.Contract != d.Contract {
		return fmt.Errorf("%w: %s, want %s", ErrWrongContract, s.Contract, d.Contract)
	}
	if addr, err := p2p.AddressOf(s.PeerID); err != nil || addr != s.Hub {
		return fmt.Errorf("%w: %s for hub %s", ErrPeerMismatch, s.PeerID, s.Hub)
	}
	digest, err := s.Digest()
	if err != nil {
		return err
	}
	if err := state.Verify(digest, s.Signature[:], s.Hub); err != nil {
		return fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return nil
}
