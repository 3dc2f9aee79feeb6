package p2p

import (
	"context"

	dht "github.com/libp2p/go-libp2p-kad-dht"
	pb "github.com/libp2p/go-libp2p-kad-dht/pb"
	record "github.com/libp2p/go-libp2p-record"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"google.golang.org/protobuf/proto"
)

// dhtOptions configures the private DHT of cfg: spoke's protocol prefix, server or client mode, only the
// payee namespace (no IPFS public-key or IPNS records) in a store of bounded size, the bootstrap peers (which the DHT dials again
// whenever its routing table empties), only peers whose ids prove an Ethereum address in the routing table
// and queries, and the host's guard on every inbound message.
func (h *Host) dhtOptions(cfg DiscoveryConfig) []dht.Option {
	mode := dht.ModeClient
	if cfg.Hub {
		mode = dht.ModeServer
	}
	opts := []dht.Option{
		dht.ProtocolPrefix(DHTProtocolPrefix),
		dht.Mode(mode),
		dht.Validator(record.NamespacedValidator{PayeeNamespace: cfg.Payees}),
		dht.ValueDatastore(newBoundedStore(cfg.MaxStoredBytes)),
		dht.BootstrapPeers(cfg.Bootstrap...),
		dht.RoutingTableFilter(func(_ any, id peer.ID) bool { return h.hasAddress(id) }),
		dht.QueryFilter(func(_ any, info peer.AddrInfo) bool { return h.hasAddress(info.ID) }),
		dht.OnRequestHook(h.admitDHT),
	}
	return append(opts, cfg.dhtOptions...)
}

// hasAddress reports whether id proves an Ethereum address (a secp256k1 id inlining its key).
func (h *Host) hasAddress(id peer.ID) bool {
	_, err := h.addressOf(id)
	return err == nil
}

// admitDHT holds inbound DHT messages to the rules of spoke's own protocols: a peer whose id proves no
// Ethereum address, or a message over the peer's rate limits (the same buckets as its requests, at one
// message and the message's size in bytes), is a strike (see Limits) and resets the stream; a banned
// peer's stream is reset. The DHT has read and still handles the message in hand, but its answer is lost
// and the stream carries no further one; the peer must open a new stream for its next message.
func (h *Host) admitDHT(_ context.Context, s network.Stream, req *pb.Message) {
	id := s.Conn().RemotePeer()
	switch {
	case h.guard.banned(id):
	case !h.hasAddress(id):
		h.misbehaved(s, "p2p: rejected DHT message from a peer without an Ethereum address", ErrNotSecp256k1)
	case !h.guard.allow(id, proto.Size(req)):
		h.misbehaved(s, "p2p: rejected DHT message over the peer's rate limit", ErrRateLimited)
	default:
		return
	}
	_ = s.Reset()
}
