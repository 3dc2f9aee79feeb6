package announce

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
	"spoke/state"
)

// hubOf is a PayeeHub for key with addrs.
func hubOf(t testing.TB, key *ecdsa.PrivateKey, addrs ...string) PayeeHub {
	t.Helper()
	id, err := p2p.PeerID(key)
	if err != nil {
		t.Fatal(err)
	}
	return PayeeHub{Hub: ethcrypto.PubkeyToAddress(key.PublicKey), PeerID: id, Addrs: addrs}
}

// samplePayee is a record in the test domain at timestamp ts naming two hubs, the first with two addresses.
func samplePayee(t testing.TB, ts uint64) Payee {
	t.Helper()
	return Payee{
		Hubs: []PayeeHub{
			hubOf(t, newKey(t), "/ip4/127.0.0.1/tcp/4001", "/ip6/::1/udp/4001/quic-v1"),
			hubOf(t, newKey(t)),
		},
		ChainID: testChain, Contract: testContract, Timestamp: ts,
	}
}

func mustSignPayee(t testing.TB, p Payee, key *ecdsa.PrivateKey) *SignedPayee {
	t.Helper()
	s, err := p.Sign(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustEncodePayee(t testing.TB, s *SignedPayee) []byte {
	t.Helper()
	b, err := s.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPayeeRoundTrip(t *testing.T) {
	key := newKey(t)
	s := mustSignPayee(t, samplePayee(t, uint64(t0.Unix())), key)
	if s.User != ethcrypto.PubkeyToAddress(key.PublicKey) || s.PeerID == "" {
		t.Fatalf("Sign did not fill the identity: %s %s", s.User, s.PeerID)
	}
	b := mustEncodePayee(t, s)
	got, err := DecodePayee(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustEncodePayee(t, got), b) {
		t.Fatal("re-encoding differs")
	}
	if got.User != s.User || got.PeerID != s.PeerID || got.Timestamp != s.Timestamp || len(got.Hubs) != 2 ||
		got.Hubs[0].Addrs[1] != s.Hubs[0].Addrs[1] || got.Hubs[1].PeerID != s.Hubs[1].PeerID || len(got.Hubs[1].Addrs) != 0 {
		t.Fatalf("decoded %+v, want %+v", got, s)
	}
	if err := got.Verify(testDomain); err != nil {
		t.Fatal(err)
	}
}

func TestLargestPayeeFits(t *testing.T) {
	p := samplePayee(t, 1)
	p.Hubs = nil
	for range MaxPayeeHubs {
		h := hubOf(t, newKey(t))
		for range MaxPayeeHubAddrs {
			h.Addrs = append(h.Addrs, "/dns6/"+strings.Repeat("h", 40)+".example/udp/65535/quic-v1")
		}
		p.Hubs = append(p.Hubs, h)
	}
	b := mustEncodePayee(t, mustSignPayee(t, p, newKey(t)))
	if _, err := DecodePayee(b); err != nil {
		t.Fatalf("%d bytes: %v", len(b), err)
	}
	// Addresses of the largest size MaxAddrLen allows do not fit: the size cap binds.
	p.Hubs[0].Addrs[0] = "/dns4/" + strings.Repeat("h", 240) + "/tcp/1"
	for i := range p.Hubs {
		copy(p.Hubs[i].Addrs, []string{p.Hubs[0].Addrs[0], p.Hubs[0].Addrs[0], p.Hubs[0].Addrs[0], p.Hubs[0].Addrs[0]})
	}
	s := mustSignPayee(t, p, newKey(t))
	if _, err := s.Encode(); !errors.Is(err, ErrPayeeTooLarge) {
		t.Fatalf("error %v, want %v", err, ErrPayeeTooLarge)
	}
}

func TestDecodePayeeRejects(t *testing.T) {
	s := mustSignPayee(t, samplePayee(t, 1), newKey(t))
	good := mustEncodePayee(t, s)
	edit := func(f func([]byte) []byte) []byte { return f(bytes.Clone(good)) }
	hubCountAt := 1 + 20 + 1 + len(s.PeerID) + 8 + 20 + 8
	firstAddrCountAt := hubCountAt + 1 + 20 + 1 + len(s.Hubs[0].PeerID)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrPayeeMalformed},
		{"oversized", make([]byte, MaxPayeeSize+1), ErrPayeeTooLarge},
		{"bad version", edit(func(b []byte) []byte { b[0] = 2; return b }), ErrPayeeMalformed},
		{"trailing byte", append(bytes.Clone(good), 0), ErrPayeeMalformed},
		{"zero user peer id", edit(func(b []byte) []byte { b[21] = 0; return b }), ErrPayeeMalformed},
		{"no hubs", edit(func(b []byte) []byte { b[hubCountAt] = 0; return b }), ErrPayeeMalformed},
		{"too many hubs", edit(func(b []byte) []byte { b[hubCountAt] = MaxPayeeHubs + 1; return b }), ErrPayeeMalformed},
		{"too many addrs", edit(func(b []byte) []byte { b[firstAddrCountAt] = MaxPayeeHubAddrs + 1; return b }), ErrPayeeMalformed},
		{"garbage", bytes.Repeat([]byte{0xff}, 300), ErrPayeeMalformed},
	}
	for n := range len(good) { // every truncation
		tests = append(tests, struct {
			name string
			data []byte
			want error
		}{"truncated", good[:n], ErrPayeeMalformed})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodePayee(tt.data); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}

// TestDecodePayeeRejectsBadHubs: a hub named twice or an unparsable multiaddr, spliced into an encoding
// (Encode refuses both), is refused by DecodePayee.
func TestDecodePayeeRejectsBadHubs(t *testing.T) {
	s := mustSignPayee(t, samplePayee(t, 1), newKey(t))
	good := mustEncodePayee(t, s)
	dup := bytes.Clone(good)
	copy(dup[bytes.Index(dup, s.Hubs[1].Hub[:]):], s.Hubs[0].Hub[:])
	if _, err := DecodePayee(dup); !errors.Is(err, ErrPayeeMalformed) {
		t.Fatalf("decode with a hub twice: %v", err)
	}
	ip4 := []byte{0x04, 127, 0, 0, 1} // the first addr starts /ip4/127.0.0.1
	odd := bytes.Clone(good)
	i := bytes.Index(odd, ip4)
	odd[i], odd[i+1] = 0xff, 0x7f // protocol code 16383, which no multiaddr protocol has
	if _, err := DecodePayee(odd); !errors.Is(err, ErrPayeeMalformed) {
		t.Fatalf("decode an unknown multiaddr protocol: %v", err)
	}
}

func TestEncodePayeeRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Payee)
	}{
		{"no hubs", func(p *Payee) { p.Hubs = nil }},
		{"too many hubs", func(p *Payee) { p.Hubs = make([]PayeeHub, MaxPayeeHubs+1) }},
		{"too many addrs", func(p *Payee) { p.Hubs[0].Addrs = make([]string, MaxPayeeHubAddrs+1) }},
		{"bad multiaddr", func(p *Payee) { p.Hubs[0].Addrs[0] = "not an addr" }},
		{"hub without peer id", func(p *Payee) { p.Hubs[1].PeerID = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := samplePayee(t, 1)
			tt.edit(&p)
			if _, err := p.Sign(newKey(t)); !errors.Is(err, ErrPayeeMalformed) {
				t.Fatalf("error %v, want %v", err, ErrPayeeMalformed)
			}
		})
	}
}

func TestSignPayeeRefusesAnotherUser(t *testing.T) {
	p := samplePayee(t, 1)
	p.User = common.HexToAddress("0x1234")
	if _, err := p.Sign(newKey(t)); !errors.Is(err, ErrPayeePeerMismatch) {
		t.Fatalf("error %v", err)
	}
}

// TestPayeeDigestSeparated: a payee record's signature can pass neither for an announcement's (their
// prefixes differ and neither is a prefix of the other) nor for a channel state's (0x19 0x01 first).
func TestPayeeDigestSeparated(t *testing.T) {
	if strings.HasPrefix(payeeDigestPrefix, digestPrefix) || strings.HasPrefix(digestPrefix, payeeDigestPrefix) {
		t.Fatal("payee and announcement prefixes overlap")
	}
	if payeeDigestPrefix[0] == 0x19 {
		t.Fatal("prefix could start an EIP-191/712 message")
	}
	d, err := mustSignPayee(t, samplePayee(t, 1), newKey(t)).Digest()
	if err != nil {
		t.Fatal(err)
	}
	if d == testDomain.ChannelDigest(&state.ChannelState{}) {
		t.Fatal("digests collide")
	}
}

func TestVerifyPayeeRejects(t *testing.T) {
	key, mallory := newKey(t), newKey(t)
	malloryID, _ := p2p.PeerID(mallory)
	tests := []struct {
		name string
		make func() *SignedPayee
		want error
	}{
		{"signed by another key", func() *SignedPayee {
			s := mustSignPayee(t, samplePayee(t, 1), key)
			d, err := s.Digest()
			if err != nil {
				t.Fatal(err)
			}
			if s.Signature, err = state.Sign(d, mallory); err != nil {
				t.Fatal(err)
			}
			return s
		}, ErrPayeeSignature},
		{"edited after signing", func() *SignedPayee {
			s := mustSignPayee(t, samplePayee(t, 1), key)
			s.Hubs[0].Addrs = s.Hubs[0].Addrs[:1]
			return s
		}, ErrPayeeSignature},
		{"wrong chain", func() *SignedPayee { p := samplePayee(t, 1); p.ChainID = 1; return mustSignPayee(t, p, key) }, ErrWrongChain},
		{"wrong contract", func() *SignedPayee {
			p := samplePayee(t, 1)
			p.Contract[0] ^= 1
			return mustSignPayee(t, p, key)
		}, ErrWrongContract},
		{"user peer id of another key", func() *SignedPayee {
			s := mustSignPayee(t, samplePayee(t, 1), key)
			s.PeerID = malloryID
			return s
		}, ErrPayeePeerMismatch},
		{"hub peer id of another key", func() *SignedPayee {
			p := samplePayee(t, 1)
			p.Hubs[0].PeerID = malloryID
			return mustSignPayee(t, p, key)
		}, ErrPayeePeerMismatch},
		{"high-S signature", func() *SignedPayee {
			s := mustSignPayee(t, samplePayee(t, 1), key)
			s.Signature = highS(s.Signature)
			return s
		}, ErrPayeeSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.make().Verify(testDomain); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
}
