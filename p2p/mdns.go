package p2p

import (
	"context"
	"fmt"
	"time"

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
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		_ = svc.Close()
		return errClosedWhileStarting
	}
	d.mdns = svc
	return nil
}

// mdnsNotifee passes the peers mDNS finds to its Discovery.
type mdnsNotifee struct{ d *Discovery }

// HandlePeerFound implements mdns.Notifee.
func (n mdnsNotifee) HandlePeerFound(info peer.AddrInfo) { n.d.found(info) }

// mdnsDialDelay is how long the host with the greater peer id waits before it dials a peer found by
// mDNS. Two hosts usually hear of each other at once; two TCP dials at once between listen ports (libp2p
// dials from its listen port) meet as one connection that both ends open as the client, and fail their
// security handshake. So the smaller id dials first, and the other dials only if no connection came.
const mdnsDialDelay = 500 * time.Millisecond

// found connects to a peer heard of on the local network unless it is connected already (see
// mdnsDialDelay); the DHT adds it to its routing table if it is a DHT server. While the routing table is
// empty, the peer is also asked for the DHT servers it knows (DHTPeersProto), so a host can join through
// a user's node on its LAN, whichever of the two connected.
func (d *Discovery) found(info peer.AddrInfo) {
	if (d.host.Connected(info.ID) && d.kad.RoutingTable().Size() > 0) || !d.track() {
		return
	}
	defer d.wg.Done()
	if d.host.ID() > info.ID {
		select {
		case <-time.After(mdnsDialDelay):
		case <-d.ctx.Done():
			return
		}
	}
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
