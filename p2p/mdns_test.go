package p2p

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestMDNSFindsAndConnects(t *testing.T) {
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	cfg := fastDiscovery(true)
	cfg.MDNS = true
	startDiscovery(t, a, cfg)
	startDiscovery(t, b, cfg)
	waitFor(t, "the hosts to find each other by mDNS", func() bool { return a.Connected(b.ID()) })
}

// TestMDNSJoinsThroughAUser: a user whose only neighbour on the LAN is another user's node (a DHT client,
// in no routing table) joins the DHT through the servers that node knows, and finds records there.
func TestMDNSJoinsThroughAUser(t *testing.T) {
	hub, neighbour, newcomer := newTestHost(t, nil), newTestHost(t, nil), newTestHost(t, nil)
	startDiscovery(t, hub, fastDiscovery(true)) // no mDNS: the newcomer cannot hear of the hub directly
	cfg := fastDiscovery(false, hub)
	cfg.MDNS = true
	nd := startDiscovery(t, neighbour, cfg)
	cfg = fastDiscovery(false)
	cfg.MDNS = true
	d := startDiscovery(t, newcomer, cfg)
	waitFor(t, "the newcomer to join the DHT", func() bool { return d.kad.RoutingTable().Size() > 0 })
	if !newcomer.Connected(hub.ID()) {
		t.Fatal("the newcomer's routing table holds a peer but it is not connected to the hub")
	}
	addr := common.HexToAddress("0x10ca1")
	mustPut(t, nd, addr, "7")
	if got, err := d.GetPayee(testCtx(t), addr); err != nil || string(got) != string(testRecord(addr, "7")) {
		t.Fatalf("GetPayee = %q, %v", got, err)
	}
}
