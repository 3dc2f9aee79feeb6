package p2p

import (
	"context"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/discovery/mdns"
)

// MDNSService is the DNS-SD service under which spoke hosts announce themselves to their local network
// (RFC 6763 service names take the form _<name>._<transport>; libp2p's own is _p2p._udp), so spoke hosts
// find spoke hosts only.
const MDNSService = "_spoke._udp"

// startMDNS announces the host on the local network's multicast interfaces and connects to the spoke
// hosts it hears of (see found).
func (d *Discovery) startMDNS() error {
	svc := mdns.NewMdnsService(d.host.h, MDNSService, mdnsNotifee{d})
	if err := svc.Start(); err != nil {
		_ = svc.Close()
		return fmt.Errorf("p2p: start mDNS: %w", err)
	}
	d.mdns = svc
	return nil
}

// mdnsNotifee passes the peers mDNS finds to its Discovery.
type mdnsNotifee struct{ d *Discovery }

// HandlePeerFound implements mdns.Notifee.
func (n mdnsNotifee) HandlePeerFound(info peer.AddrInfo) { n.d.found(info) }

// found connects to a peer heard of on the local network unless it is connected already; the DHT adds
// it to its routing table if it is a DHT server. If the routing table is still empty, the peer is asked
// for the DHT servers it knows (DHTPeersProto), so a host can join through a user's node on its LAN.
func (d *Discovery) found(info peer.AddrInfo) {
	if d.host.Connected(info.ID) || !d.track() {
		return
	}
	defer d.wg.Done()
	ctx, cancel := context.WithTimeout(d.ctx, d.host.cfg.StreamTimeout)
	defer cancel()
	if err := d.host.Connect(ctx, info); err != nil {
		d.host.log.Debug("p2p: peer found by mDNS unreachable", "peer", info.ID, "err", err)
		return
	}
	if d.kad.RoutingTable().Size() == 0 {
		d.exchangePeers(ctx, info.ID)
	}
}
