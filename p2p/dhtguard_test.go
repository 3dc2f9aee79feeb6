package p2p

import (
	"context"
	"crypto/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pb "github.com/libp2p/go-libp2p-kad-dht/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
)

// TestDHTMessagesSpendThePeersRateLimit: a user flooding a hub with DHT queries runs into the hub's
// per-peer rate limits like any spoke request, collects strikes, is banned, and cannot reconnect.
func TestDHTMessagesSpendThePeersRateLimit(t *testing.T) {
	logs := &logBuffer{}
	hub := newTestHost(t, func(c *Config) {
		c.Limits = Limits{MessageRate: 5, Strikes: 2, Ban: time.Minute}
		withLogs(logs)(c)
	})
	startDiscovery(t, hub, fastDiscovery(true))
	user := newTestHost(t, nil)
	d := startDiscovery(t, user, fastDiscovery(false, hub))
	addr := common.HexToAddress("0xf100d")
	waitFor(t, "the hub to ban the flooding user", func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_, _ = d.GetPayee(ctx, addr) // at least one GET_VALUE to the hub
		return hub.guard.banned(user.ID())
	})
	if !warnedAbout(logs.String(), user.ID().String(), "rejected DHT message over the peer's rate limit") {
		t.Fatalf("no rate-limit warning in:\n%s", logs)
	}
	waitFor(t, "the hub to drop the banned user", func() bool { return !hub.Connected(user.ID()) })
	if err := reconnect(t, user.h, hub); err == nil {
		t.Fatal("the banned user reconnected")
	}
}

// TestDHTRefusesPeersWithoutAddress: a DHT client whose id is not secp256k1 (so proves no Ethereum
// address) speaks the right protocol, but its messages are refused, a strike each.
func TestDHTRefusesPeersWithoutAddress(t *testing.T) {
	logs := &logBuffer{}
	hub := newTestHost(t, withLogs(logs))
	startDiscovery(t, hub, fastDiscovery(true))
	priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	raw := newRawPeer(t, priv, hub)
	kad, err := dht.New(raw, dht.ProtocolPrefix(DHTProtocolPrefix), dht.Mode(dht.ModeClient))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = kad.Close() })
	pm, err := pb.NewProtocolMessenger(kad.MessageSender())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pm.GetClosestPeers(testCtx(t), hub.ID(), hub.ID()); err == nil {
		t.Fatal("the hub answered a peer without an Ethereum address")
	}
	if !warnedAbout(logs.String(), raw.ID().String(), "rejected DHT message from a peer without an Ethereum address") {
		t.Fatalf("no warning in:\n%s", logs)
	}
	// The same message from a peer with an address is answered.
	kad2, err := dht.New(secpRawPeer(t, hub), dht.ProtocolPrefix(DHTProtocolPrefix), dht.Mode(dht.ModeClient))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = kad2.Close() })
	if pm, err = pb.NewProtocolMessenger(kad2.MessageSender()); err != nil {
		t.Fatal(err)
	}
	if _, err := pm.GetClosestPeers(testCtx(t), hub.ID(), hub.ID()); err != nil {
		t.Fatalf("a peer with an address: %v", err)
	}
}
