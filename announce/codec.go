package announce

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

// The encoding, all integers big-endian, no padding, nothing after the signature:
//
//	version u8 (1) | hub [20] | peer id len u8 | peer id | chain id u64 | contract [20] |
//	fee base [32] | fee ppm u32 | expiry delta u32 | timestamp u64 |
//	addr count u8 | { addr len u16 | binary multiaddr } | channel count u8 | { peer [20] | capacity [32] } |
//	signature [65]
//
// It is canonical: Decode accepts only what Encode produces (multiaddrs in their canonical binary form,
// channels sorted by peer without duplicates), so one announcement has one encoding and one digest.

// Encode returns the canonical encoding of s, or an error wrapping ErrMalformed or ErrTooLarge if s
// breaks a limit or rule Decode enforces.
func (s *Signed) Encode() ([]byte, error) {
	body, err := s.Announcement.body()
	if err != nil {
		return nil, err
	}
	out := append(body, s.Signature[:]...)
	if len(out) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrTooLarge, len(out), MaxSize)
	}
	return out, nil
}

// body is the encoding without the signature: what Digest hashes.
func (a *Announcement) body() ([]byte, error) {
	if err := a.check(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteByte(formatVersion)
	b.Write(a.Hub[:])
	b.WriteByte(byte(len(a.PeerID)))
	b.WriteString(string(a.PeerID))
	b.Write(binary.BigEndian.AppendUint64(nil, a.ChainID))
	b.Write(a.Contract[:])
	fee := a.FeeBase.Bytes32()
	b.Write(fee[:])
	b.Write(binary.BigEndian.AppendUint32(nil, a.FeePPM))
	b.Write(binary.BigEndian.AppendUint32(nil, a.ExpiryDelta))
	b.Write(binary.BigEndian.AppendUint64(nil, a.Timestamp))
	if err := writeAddrs(&b, a.Addrs); err != nil {
		return nil, err
	}
	writeChannels(&b, a.Channels)
	return b.Bytes(), nil
}

// check enforces the limits and the channels' order.
func (a *Announcement) check() error {
	switch {
	case len(a.PeerID) == 0 || len(a.PeerID) > MaxPeerIDLen:
		return fmt.Errorf("%w: peer id of %d bytes", ErrMalformed, len(a.PeerID))
	case len(a.Addrs) > MaxAddrs:
		return fmt.Errorf("%w: %d addrs, max %d", ErrTooLarge, len(a.Addrs), MaxAddrs)
	case len(a.Channels) > MaxChannels:
		return fmt.Errorf("%w: %d channels, max %d", ErrTooLarge, len(a.Channels), MaxChannels)
	}
	for i, c := range a.Channels {
		if i > 0 && bytes.Compare(a.Channels[i-1].Peer[:], c.Peer[:]) >= 0 {
			return fmt.Errorf("%w: channels not sorted by peer or duplicated", ErrMalformed)
		}
		if c.Peer == a.Hub {
			return fmt.Errorf("%w: channel with itself", ErrMalformed)
		}
	}
	return nil
}

// writeAddrs writes the count and the binary form of each multiaddr.
func writeAddrs(b *bytes.Buffer, addrs []string) error {
	b.WriteByte(byte(len(addrs)))
	for _, s := range addrs {
		ma, err := multiaddr.NewMultiaddr(s)
		if err != nil {
			return fmt.Errorf("%w: addr %q: %w", ErrMalformed, s, err)
		}
		raw := ma.Bytes()
		if len(raw) == 0 || len(raw) > MaxAddrLen {
			return fmt.Errorf("%w: addr of %d bytes", ErrMalformed, len(raw))
		}
		b.Write(binary.BigEndian.AppendUint16(nil, uint16(len(raw))))
		b.Write(raw)
	}
	return nil
}

// writeChannels writes the count and each channel.
func writeChannels(b *bytes.Buffer, chans []Channel) {
	b.WriteByte(byte(len(chans)))
	for _, c := range chans {
		b.Write(c.Peer[:])
		capacity := c.CapacityWei.Bytes32()
		b.Write(capacity[:])
	}
}

// Decode parses an encoded announcement strictly: anything over MaxSize, truncated, with trailing bytes,
// an unknown version, a non-canonical multiaddr or unsorted channels fails (ErrTooLarge, ErrMalformed).
// It does not check the signature: see Verify.
func Decode(data []byte) (*Signed, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes, max %d", ErrTooLarge, len(data), MaxSize)
	}
	r := reader{buf: data}
	s := new(Signed)
	r.header(&s.Announcement)
	s.Addrs = r.addrs()
	s.Channels = r.channels()
	copy(s.Signature[:], r.take(len(s.Signature)))
	if r.err != nil {
		return nil, r.err
	}
	if len(r.buf) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.buf))
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

// reader consumes an encoding, remembering the first error; once failed it returns zero values.
type reader struct {
	buf []byte
	err error
}

// take returns the next n bytes, or nil after failing with ErrMalformed if fewer remain.
func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.buf) {
		r.err = fmt.Errorf("%w: truncated", ErrMalformed)
		return nil
	}
	out := r.buf[:n]
	r.buf = r.buf[n:]
	return out
}

func (r *reader) u8() int { return int(r.u64n(1)) }

// u64n reads an n-byte big-endian unsigned integer.
func (r *reader) u64n(n int) uint64 {
	var v uint64
	for _, c := range r.take(n) {
		v = v<<8 | uint64(c)
	}
	return v
}

func (r *reader) address() (a common.Address) {
	copy(a[:], r.take(len(a)))
	return a
}

// header reads the fixed fields and the peer id.
func (r *reader) header(a *Announcement) {
	if v := r.u8(); r.err == nil && v != formatVersion {
		r.err = fmt.Errorf("%w: version %d", ErrMalformed, v)
	}
	a.Hub = r.address()
	a.PeerID = peer.ID(r.take(r.u8()))
	a.ChainID = r.u64n(8)
	a.Contract = r.address()
	a.FeeBase.SetBytes(r.take(32))
	a.FeePPM = uint32(r.u64n(4))
	a.ExpiryDelta = uint32(r.u64n(4))
	a.Timestamp = r.u64n(8)
}

// addrs reads the multiaddrs, each in canonical binary form.
func (r *reader) addrs() []string {
	n := r.u8()
	if r.err == nil && n > MaxAddrs {
		r.err = fmt.Errorf("%w: %d addrs, max %d", ErrTooLarge, n, MaxAddrs)
	}
	var out []string
	for i := 0; i < n && r.err == nil; i++ {
		raw := r.take(int(r.u64n(2)))
		if s, err := canonicalAddr(raw); err != nil {
			r.fail(err)
		} else {
			out = append(out, s)
		}
	}
	return out
}

// fail records err unless an error is already recorded.
func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// canonicalAddr parses a binary multiaddr and checks it is the canonical encoding of its text form.
func canonicalAddr(raw []byte) (string, error) {
	if len(raw) == 0 || len(raw) > MaxAddrLen {
		return "", fmt.Errorf("%w: addr of %d bytes", ErrMalformed, len(raw))
	}
	ma, err := multiaddr.NewMultiaddrBytes(raw)
	if err != nil {
		return "", fmt.Errorf("%w: addr: %w", ErrMalformed, err)
	}
	again, err := multiaddr.NewMultiaddr(ma.String())
	if err != nil || !bytes.Equal(again.Bytes(), raw) {
		return "", fmt.Errorf("%w: addr not canonical", ErrMalformed)
	}
	return ma.String(), nil
}

// channels reads the hub-to-hub channels.
func (r *reader) channels() []Channel {
	n := r.u8()
	if r.err == nil && n > MaxChannels {
		r.err = fmt.Errorf("%w: %d channels, max %d", ErrTooLarge, n, MaxChannels)
	}
	var out []Channel
	for i := 0; i < n && r.err == nil; i++ {
		c := Channel{Peer: r.address()}
		c.CapacityWei.SetBytes(r.take(32))
		out = append(out, c)
	}
	return out
}
