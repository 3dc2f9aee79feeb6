package announce

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/p2p"
	"spoke/state"
)

var (
	testChain    = uint64(1337)
	testContract = common.HexToAddress("0x00000000000000000000000000000000000c0de1")
	testDomain   = state.NewDomain(new(big.Int).SetUint64(testChain), testContract)
	t0           = time.Unix(1_800_000_000, 0)
)

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// sample is a full announcement at timestamp ts, with two channels and two addresses.
func sample(ts time.Time) Announcement {
	a := Announcement{
		Addrs:       []string{"/ip4/127.0.0.1/tcp/4001", "/ip6/::1/udp/4001/quic-v1"},
		ChainID:     testChain,
		Contract:    testContract,
		FeePPM:      250,
		ExpiryDelta: 600,
		Channels: []Channel{
			{Peer: common.HexToAddress("0x1000000000000000000000000000000000000001")},
			{Peer: common.HexToAddress("0x2000000000000000000000000000000000000002")},
		},
		Timestamp: uint64(ts.Unix()),
	}
	a.FeeBase.SetUint64(1_000_000_007)
	a.Channels[0].CapacityWei.SetUint64(5e18)
	a.Channels[1].CapacityWei = *uint256.MustFromDecimal("115792089237316195423570985008687907853269984665640564039457584007913129639935")
	return a
}

func mustSign(t testing.TB, a Announcement, key *ecdsa.PrivateKey) *Signed {
	t.Helper()
	s, err := a.Sign(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustEncode(t testing.TB, s *Signed) []byte {
	t.Helper()
	b, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	s := mustSign(t, sample(t0), newKey(t))
	b := mustEncode(t, s)
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if again := mustEncode(t, got); !bytes.Equal(again, b) {
		t.Fatal("re-encoding differs")
	}
	if got.Hub != s.Hub || got.PeerID != s.PeerID || got.FeeBase != s.FeeBase || len(got.Channels) != 2 ||
		got.Channels[1].CapacityWei != s.Channels[1].CapacityWei || got.Addrs[1] != s.Addrs[1] {
		t.Fatalf("decoded %+v, want %+v", got, s)
	}
	if err := got.Verify(testDomain); err != nil {
		t.Fatal(err)
	}
}

func TestLargestAnnouncementFits(t *testing.T) {
	a := sample(t0)
	a.Addrs = nil
	for range MaxAddrs {
		a.Addrs = append(a.Addrs, "/dns4/"+string(bytes.Repeat([]byte("h"), 200))+"/tcp/4001")
	}
	a.Channels = nil
	for i := range MaxChannels {
		a.Channels = append(a.Channels, Channel{Peer: common.BigToAddress(big.NewInt(int64(i + 1)))})
	}
	b := mustEncode(t, mustSign(t, a, newKey(t)))
	if len(b) > MaxSize {
		t.Fatalf("%d bytes", len(b))
	}
	if _, err := Decode(b); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeRejects(t *testing.T) {
	good := mustEncode(t, mustSign(t, sample(t0), newKey(t)))
	edit := func(f func([]byte) []byte) []byte { return f(bytes.Clone(good)) }
	addrCountAt := 1 + 20 + 1 + len(mustSign(t, sample(t0), newKey(t)).PeerID) + 8 + 20 + 32 + 4 + 4 + 8
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"oversized", make([]byte, MaxSize+1), ErrTooLarge},
		{"bad version", edit(func(b []byte) []byte { b[0] = 2; return b }), ErrMalformed},
		{"truncated", good[:len(good)-1], ErrMalformed},
		{"trailing byte", append(bytes.Clone(good), 0), ErrMalformed},
		{"too many addrs", edit(func(b []byte) []byte { b[addrCountAt] = MaxAddrs + 1; return b }), ErrTooLarge},
		{"zero peer id", edit(func(b []byte) []byte { b[21] = 0; return b }), ErrMalformed},
		{"garbage", bytes.Repeat([]byte{0xff}, 300), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Decode(tt.data); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestEncodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Announcement)
		want error
	}{
		{"unsorted channels", func(a *Announcement) { a.Channels[0], a.Channels[1] = a.Channels[1], a.Channels[0] }, ErrMalformed},
		{"duplicate channel", func(a *Announcement) { a.Channels[1].Peer = a.Channels[0].Peer }, ErrMalformed},
		{"bad multiaddr", func(a *Announcement) { a.Addrs[0] = "not an addr" }, ErrMalformed},
		{"too many channels", func(a *Announcement) { a.Channels = make([]Channel, MaxChannels+1) }, ErrTooLarge},
		{"too many addrs", func(a *Announcement) { a.Addrs = make([]string, MaxAddrs+1) }, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := sample(t0)
			tt.edit(&a)
			if _, err := a.Sign(newKey(t)); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestSignRefusesAnotherHub(t *testing.T) {
	a := sample(t0)
	a.Hub = common.HexToAddress("0x1234")
	if _, err := a.Sign(newKey(t)); !errors.Is(err, ErrPeerMismatch) {
		t.Fatalf("error %v", err)
	}
}

// TestDigestIsNotAStateDigest: an announcement's signature does not verify as a channel state's.
func TestDigestIsNotAStateDigest(t *testing.T) {
	s := mustSign(t, sample(t0), newKey(t))
	d, err := s.Digest()
	if err != nil {
		t.Fatal(err)
	}
	cs := state.ChannelState{}
	if d == testDomain.ChannelDigest(&cs) {
		t.Fatal("digests collide")
	}
	if digestPrefix[0] == 0x19 {
		t.Fatal("prefix could start an EIP-191/712 message")
	}
}

func TestVerifyRejects(t *testing.T) {
	key, mallory := newKey(t), newKey(t)
	otherID, _ := p2p.PeerID(mallory)
	tests := []struct {
		name string
		make func() *Signed
		want error
	}{
		{"forged signature", func() *Signed {
			s := mustSign(t, sample(t0), key)
			forged := mustSign(t, sample(t0), mallory)
			s.Signature = forged.Signature
			return s
		}, ErrBadSignature},
		{"edited after signing", func() *Signed { s := mustSign(t, sample(t0), key); s.FeePPM = 1; return s }, ErrBadSignature},
		{"wrong chain", func() *Signed { a := sample(t0); a.ChainID = 1; return mustSign(t, a, key) }, ErrWrongChain},
		{"wrong contract", func() *Signed { a := sample(t0); a.Contract[0] ^= 1; return mustSign(t, a, key) }, ErrWrongContract},
		{"peer id of another key", func() *Signed {
			s := mustSign(t, sample(t0), key)
			s.PeerID = otherID
			return s
		}, ErrPeerMismatch},
		{"high-S signature", func() *Signed { s := mustSign(t, sample(t0), key); s.Signature = highS(s.Signature); return s }, ErrBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.make().Verify(testDomain); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// highS returns the malleated twin of sig: s -> n - s, v flipped.
func highS(sig state.Signature) state.Signature {
	n := ethcrypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(n, s)
	s.FillBytes(sig[32:64])
	sig[64] ^= 1 // 27 <-> 28
	return sig
}
