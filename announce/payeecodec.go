package announce

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
	"golang.org/x/crypto/cryptobyte"
)

// A payee record's encoding, all integers big-endian, no padding, nothing after the signature:
//
//	version u8 (1) | user [20] | peer id len u8 | peer id | chain id u64 | contract [20] | timestamp u64 |
//	hub count u8 | { hub [20] | peer id len u8 | peer id | addr count u8 | { addr len u16 | binary multiaddr } } |
//	signature [65]
//
// It is canonical: DecodePayee accepts only what Encode produces (multiaddrs in their canonical binary
// form), so one record has one encoding and one digest. Hubs keep the user's order (of preference).

// Encode returns the canonical encoding of s, or an error wrapping ErrPayeeMalformed or ErrPayeeTooLarge
// if s breaks a limit or rule DecodePayee enforces.
func (s *SignedPayee) Encode() ([]byte, error) {
	body, err := s.Payee.body()
	if err != nil {
		return nil, err
	}
	out := append(body, s.Signature[:]...)
	if len(out) > MaxPayeeSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrPayeeTooLarge, len(out), MaxPayeeSize)
	}
	return out, nil
}

// body is the encoding without the signature: what Digest hashes.
func (p *Payee) body() ([]byte, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	b := []byte{payeeVersion}
	b = append(b, p.User[:]...)
	b = appendPeerID(b, p.PeerID)
	b = binary.BigEndian.AppendUint64(b, p.ChainID)
	b = append(b, p.Contract[:]...)
	b = binary.BigEndian.AppendUint64(b, p.Timestamp)
	b = append(b, byte(len(p.Hubs)))
	for i, h := range p.Hubs {
		b = append(b, h.Hub[:]...)
		b = appendPeerID(b, h.PeerID)
		b = append(b, byte(len(h.Addrs)))
		for j, a := range h.Addrs {
			ma, err := multiaddr.NewMultiaddr(a)
			if err != nil {
				return nil, fmt.Errorf("%w: hub %d addr %d %q: %w", ErrPayeeMalformed, i, j, a, err)
			}
			if len(ma.Bytes()) > MaxAddrLen {
				return nil, fmt.Errorf("%w: hub %d addr %d of %d bytes", ErrPayeeMalformed, i, j, len(ma.Bytes()))
			}
			b = binary.BigEndian.AppendUint16(b, uint16(len(ma.Bytes())))
			b = append(b, ma.Bytes()...)
		}
	}
	return b, nil
}

// appendPeerID appends a peer id's length byte and bytes; check has bounded the length.
func appendPeerID(b []byte, id peer.ID) []byte {
	return append(append(b, byte(len(id))), id...)
}

// check enforces the counts and lengths, and that no hub is named twice.
func (p *Payee) check() error {
	if !goodPeerIDLen(p.PeerID) {
		return fmt.Errorf("%w: user peer id of %d bytes", ErrPayeeMalformed, len(p.PeerID))
	}
	if len(p.Hubs) == 0 || len(p.Hubs) > MaxPayeeHubs {
		return fmt.Errorf("%w: %d hubs, want 1 to %d", ErrPayeeMalformed, len(p.Hubs), MaxPayeeHubs)
	}
	seen := make(map[common.Address]bool, len(p.Hubs))
	for i, h := range p.Hubs {
		switch {
		case !goodPeerIDLen(h.PeerID):
			return fmt.Errorf("%w: hub %d peer id of %d bytes", ErrPayeeMalformed, i, len(h.PeerID))
		case len(h.Addrs) > MaxPayeeHubAddrs:
			return fmt.Errorf("%w: hub %d has %d addrs, max %d", ErrPayeeMalformed, i, len(h.Addrs), MaxPayeeHubAddrs)
		case seen[h.Hub]:
			return fmt.Errorf("%w: hub %s named twice", ErrPayeeMalformed, h.Hub)
		}
		seen[h.Hub] = true
	}
	return nil
}

func goodPeerIDLen(id peer.ID) bool { return len(id) > 0 && len(id) <= MaxPeerIDLen }

// DecodePayee parses an encoded payee record strictly: anything over MaxPayeeSize, truncated, with
// trailing bytes, an unknown version, a count over its limit, a hub named twice or a non-canonical
// multiaddr fails (ErrPayeeTooLarge, ErrPayeeMalformed). It does not check the signature: see Verify.
func DecodePayee(data []byte) (*SignedPayee, error) {
	if len(data) > MaxPayeeSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrPayeeTooLarge, len(data), MaxPayeeSize)
	}
	in := cryptobyte.String(data)
	s := new(SignedPayee)
	var version, hubs uint8
	if !in.ReadUint8(&version) || version != payeeVersion {
		return nil, fmt.Errorf("%w: version %d", ErrPayeeMalformed, version)
	}
	if !in.CopyBytes(s.User[:]) || !readPeerID(&in, &s.PeerID) || !in.ReadUint64(&s.ChainID) ||
		!in.CopyBytes(s.Contract[:]) || !in.ReadUint64(&s.Timestamp) || !in.ReadUint8(&hubs) {
		return nil, fmt.Errorf("%w: truncated", ErrPayeeMalformed)
	}
	if hubs > MaxPayeeHubs {
		return nil, fmt.Errorf("%w: %d hubs, max %d", ErrPayeeMalformed, hubs, MaxPayeeHubs)
	}
	s.Hubs = make([]PayeeHub, hubs)
	for i := range s.Hubs {
		if !readPayeeHub(&in, &s.Hubs[i]) {
			return nil, fmt.Errorf("%w: hub %d truncated, over its addr limit or with a non-canonical addr", ErrPayeeMalformed, i)
		}
	}
	if !in.CopyBytes(s.Signature[:]) || !in.Empty() {
		return nil, fmt.Errorf("%w: truncated signature or trailing bytes", ErrPayeeMalformed)
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// readPeerID reads a length-prefixed peer id.
func readPeerID(in *cryptobyte.String, id *peer.ID) bool {
	var raw cryptobyte.String
	if !in.ReadUint8LengthPrefixed(&raw) {
		return false
	}
	*id = peer.ID(raw)
	return true
}

// readPayeeHub reads one hub: address, peer id and at most MaxPayeeHubAddrs canonical multiaddrs.
func readPayeeHub(in *cryptobyte.String, h *PayeeHub) bool {
	var n uint8
	if !in.CopyBytes(h.Hub[:]) || !readPeerID(in, &h.PeerID) || !in.ReadUint8(&n) || n > MaxPayeeHubAddrs {
		return false
	}
	for range n {
		var raw cryptobyte.String
		if !in.ReadUint16LengthPrefixed(&raw) {
			return false
		}
		a, err := canonicalAddr(raw)
		if err != nil {
			return false
		}
		h.Addrs = append(h.Addrs, a)
	}
	return true
}
