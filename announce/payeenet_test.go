package announce

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"spoke/p2p"
	"spoke/state"
)

// dhtNode is a host on loopback in the private DHT.
type dhtNode struct {
	key  *ecdsa.PrivateKey
	host *p2p.Host
	disc *p2p.Discovery
}

// acceptAnything is Mallory's DHT door: every record is valid and the one just received is the best.
type acceptAnything struct{}

func (acceptAnything) Validate(string, []byte) error        { return nil }
func (acceptAnything) Select(string, [][]byte) (int, error) { return 0, nil }

// countingDoor is an honest door that counts the records it refuses.
type countingDoor struct {
	p2p.RecordValidator
	refused atomic.Int32
}

func (d *countingDoor) Validate(key string, value []byte) error {
	err := d.RecordValidator.Validate(key, value)
	if err != nil {
		d.refused.Add(1)
	}
	return err
}

func (n *dhtNode) hubEntry(t *testing.T) PayeeHub { return hubOf(t, n.key, n.host.Addrs()[0].String()) }
func (n *dhtNode) address() common.Address        { return n.host.Address() }

// startDHTNode starts a host and its discovery (a hub's or a user's) behind door, bootstrapped from boot.
func startDHTNode(t *testing.T, hub bool, door p2p.RecordValidator, boot ...*dhtNode) *dhtNode {
	t.Helper()
	n := &dhtNode{key: newKey(t)}
	h, err := p2p.New(p2p.Config{Key: n.key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	cfg := p2p.DiscoveryConfig{Hub: hub, Payees: door, Rendezvous: "spoke-hubs/1337/c0de1", AdvertiseRetry: 20 * time.Millisecond}
	for _, b := range boot {
		cfg.Bootstrap = append(cfg.Bootstrap, b.host.AddrInfo())
	}
	if n.disc, err = h.StartDiscovery(ctxFor(t, 10*time.Second), cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.disc.Close() })
	n.host = h
	return n
}

// payeeRecord is n's payee record at ts through hubs, encoded.
func (n *dhtNode) payeeRecord(t *testing.T, ts time.Time, edit func(*Payee), hubs ...*dhtNode) []byte {
	t.Helper()
	p := Payee{ChainID: testChain, Contract: testContract, Timestamp: uint64(ts.Unix())}
	for _, h := range hubs {
		p.Hubs = append(p.Hubs, h.hubEntry(t))
	}
	if edit != nil {
		edit(&p)
	}
	return mustEncodePayee(t, mustSignPayee(t, p, n.key))
}

// TestPayeeRecordsThroughTheDHT: three hubs and two users, each started knowing only the one before
// (hub0 <- hub1 <- hub2 <- alice <- bob). Bob finds alice's hubs by her address alone, and her newer
// record replaces the older. Forged records (signed by Mallory, for another chain, under another user's
// key) are refused by honest puts; when Mallory runs a DHT server that keeps them anyway, and puts them
// from a client of her own, honest lookups never return them.
func TestPayeeRecordsThroughTheDHT(t *testing.T) {
	clock := &fakeClock{now: t0}
	door := NewPayeeValidator(testDomain, clock.Now)
	hub0 := startDHTNode(t, true, door)
	hub1 := startDHTNode(t, true, door, hub0)
	hub2 := startDHTNode(t, true, door, hub1)
	alice := startDHTNode(t, false, door, hub2)
	bobDoor := &countingDoor{RecordValidator: door}
	bob := startDHTNode(t, false, bobDoor, alice)
	carol, mallory := newKey(t), newKey(t)
	carolAddr := ethcrypto.PubkeyToAddress(carol.PublicKey)
	genuine := alice.payeeRecord(t, t0, nil, hub0, hub1)

	t.Run("bob finds alice's hubs by her address alone", func(t *testing.T) {
		if err := alice.disc.PutPayee(ctxFor(t, 5*time.Second), alice.address(), genuine); err != nil {
			t.Fatal(err)
		}
		got := getPayee(t, bob, alice.address())
		if len(got.Hubs) != 2 || got.Hubs[0].PeerID != hub0.host.ID() || got.Hubs[1].Hub != hub1.address() {
			t.Fatalf("got hubs %+v", got.Hubs)
		}
	})
	t.Run("a newer record replaces the older", func(t *testing.T) {
		clock.Advance(time.Minute)
		newer := alice.payeeRecord(t, t0.Add(time.Minute), nil, hub2)
		if err := alice.disc.PutPayee(ctxFor(t, 5*time.Second), alice.address(), newer); err != nil {
			t.Fatal(err)
		}
		if got := getPayee(t, bob, alice.address()); got.Hubs[0].Hub != hub2.address() {
			t.Fatalf("got hubs %+v, want hub2", got.Hubs)
		}
		err := bob.disc.PutPayee(ctxFor(t, 5*time.Second), alice.address(), genuine) // a replay of the older
		if !errors.Is(err, p2p.ErrNotStored) {
			t.Fatalf("replaying the older record: %v, want %v", err, p2p.ErrNotStored)
		}
		genuine = newer
	})

	forged := map[string]struct {
		addr   common.Address
		record []byte
		want   error
	}{
		"signed by mallory": {alice.address(), forgeSignature(t, alice, t0.Add(2*time.Minute), mallory, hub0), ErrPayeeSignature},
		"for another chain": {alice.address(), alice.payeeRecord(t, t0.Add(2*time.Minute), func(p *Payee) { p.ChainID = 1 }, hub0), ErrWrongChain},
		"under carol's key": {carolAddr, genuine, ErrPayeeKey},
	}
	t.Run("honest puts refuse forged records", func(t *testing.T) {
		for name, f := range forged {
			if err := bob.disc.PutPayee(ctxFor(t, 5*time.Second), f.addr, f.record); !errors.Is(err, f.want) {
				t.Errorf("%s: %v, want %v", name, err, f.want)
			}
		}
	})
	t.Run("honest gets never return forged records", func(t *testing.T) {
		malloryServer := startDHTNode(t, true, acceptAnything{}, hub0)
		malloryClient := startDHTNode(t, false, acceptAnything{}, malloryServer)
		for name, f := range forged {
			// Honest servers refuse it; Mallory's keeps it, so the put succeeds.
			if err := malloryClient.disc.PutPayee(ctxFor(t, 5*time.Second), f.addr, f.record); err != nil {
				t.Fatalf("%s: Mallory's put: %v", name, err)
			}
		}
		if got, err := malloryClient.disc.GetPayee(ctxFor(t, 5*time.Second), carolAddr); err != nil || !bytes.Equal(got, genuine) {
			t.Fatalf("Mallory's server does not hold alice's record under carol's key: %v", err)
		}
		refused := bobDoor.refused.Load()
		if got := getPayee(t, bob, alice.address()); got.Hubs[0].Hub != hub2.address() {
			t.Fatalf("bob got hubs %+v, want alice's genuine newest record", got.Hubs)
		}
		if _, err := bob.disc.GetPayee(ctxFor(t, 5*time.Second), carolAddr); !errors.Is(err, p2p.ErrNotFound) {
			t.Fatalf("bob looking up carol: %v, want %v", err, p2p.ErrNotFound)
		}
		if bobDoor.refused.Load() < refused+2 { // Mallory's server did answer with its forgeries
			t.Fatalf("bob's door refused %d records during the lookups, want 2 or more", bobDoor.refused.Load()-refused)
		}
	})
}

// getPayee looks addr up from n and returns the record, decoded and verified.
func getPayee(t *testing.T, n *dhtNode, addr common.Address) *SignedPayee {
	t.Helper()
	raw, err := n.disc.GetPayee(ctxFor(t, 5*time.Second), addr)
	if err != nil {
		t.Fatal(err)
	}
	s, err := DecodePayee(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(testDomain); err != nil || s.User != addr {
		t.Fatalf("record of %x: %v", s.User, err)
	}
	return s
}

// forgeSignature is a record naming victim as the user, at ts through hubs, signed by forger.
func forgeSignature(t *testing.T, victim *dhtNode, ts time.Time, forger *ecdsa.PrivateKey, hubs ...*dhtNode) []byte {
	t.Helper()
	p := Payee{User: victim.address(), PeerID: victim.host.ID(), ChainID: testChain, Contract: testContract, Timestamp: uint64(ts.Unix())}
	for _, h := range hubs {
		p.Hubs = append(p.Hubs, h.hubEntry(t))
	}
	d, err := p.Digest()
	if err != nil {
		t.Fatal(err)
	}
	s := &SignedPayee{Payee: p}
	if s.Signature, err = state.Sign(d, forger); err != nil {
		t.Fatal(err)
	}
	return mustEncodePayee(t, s)
}
