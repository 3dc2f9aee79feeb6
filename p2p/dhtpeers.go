package p2p

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

// DHTPeersProto is spoke's peer exchange for joining the DHT: an empty request, answered with DHT servers
// from the server's routing table, each with its addresses, so that a host can join through any spoke
// node running discovery. A user's node (a DHT client) is in no routing table and answers no DHT query,
// so without this a host whose only bootstrap peer (or only mDNS neighbour) is a user could not join.
var DHTPeersProto = ProtocolID("dht-peers", "1.0.0")

// Bounds of a DHTPeersProto answer, on both sides.
const (
	maxExchangedPeers = 16  // servers per answer
	maxExchangedAddrs = 4   // addresses per server
	maxExchangedAddr  = 512 // bytes of one binary /.../p2p/<id> multiaddr
)

// serveDHTPeers answers DHTPeersProto: up to maxExchangedPeers routing-table peers, each as up to
// maxExchangedAddrs binary multiaddrs ending in /p2p/<id>, length-prefixed like hubs-sync records.
func (d *Discovery) serveDHTPeers(context.Context, common.Address, []byte) ([]byte, error) {
	var records [][]byte
	for _, id := range first(d.kad.RoutingTable().ListPeers(), maxExchangedPeers) {
		info := peer.AddrInfo{ID: id, Addrs: first(d.host.h.Peerstore().Addrs(id), maxExchangedAddrs)}
		addrs, err := peer.AddrInfoToP2pAddrs(&info)
		if err != nil || len(info.Addrs) == 0 {
			continue
		}
		for _, a := range addrs {
			records = append(records, a.Bytes())
		}
	}
	return packRecords(records, d.host.cfg.MaxFrameSize-1), nil
}

// first returns the first n items of s, or all of them.
func first[T any](s []T, n int) []T { return s[:min(len(s), n)] }

// exchangePeers asks from for its DHT servers (DHTPeersProto) and connects to those not connected yet,
// at most maxExchangedPeers of them; the DHT adds them to its routing table once connected. Failures
// are logged at debug: from may not run discovery, and its list is a stranger's word.
func (d *Discovery) exchangePeers(ctx context.Context, from peer.ID) {
	body, err := d.host.Request(ctx, from, DHTPeersProto, nil)
	if err != nil {
		d.host.log.Debug("p2p: DHT peer exchange failed", "peer", from, "err", err)
		return
	}
	infos, err := parsePeerList(body)
	if err != nil {
		d.host.log.Debug("p2p: DHT peer exchange answer malformed", "peer", from, "err", err)
		return
	}
	var fresh []peer.AddrInfo
	for _, info := range first(infos, maxExchangedPeers) {
		if info.ID != d.host.ID() && !d.host.Connected(info.ID) && d.host.hasAddress(info.ID) {
			fresh = append(fresh, peer.AddrInfo{ID: info.ID, Addrs: first(info.Addrs, maxExchangedAddrs)})
		}
	}
	d.connectAll(ctx, fresh, slog.LevelDebug)
}

// parsePeerList decodes a DHTPeersProto answer into peers with their addresses.
func parsePeerList(body []byte) ([]peer.AddrInfo, error) {
	records, err := unpackRecords(body, maxExchangedAddr)
	if err != nil {
		return nil, err
	}
	addrs := make([]multiaddr.Multiaddr, 0, len(records))
	for _, r := range records {
		a, err := multiaddr.NewMultiaddrBytes(r)
		if err != nil {
			return nil, err
		}
		addrs = append(addrs, a)
	}
	return peer.AddrInfosFromP2pAddrs(addrs...)
}
