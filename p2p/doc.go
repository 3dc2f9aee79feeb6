// Package p2p is spoke's libp2p transport.
//
// Identity: a Host's libp2p identity is the node's secp256k1 Ethereum key (PrivKey, PeerID). Secp256k1
// peer ids inline the public key, so AddressOf recovers the Ethereum address from a peer id alone, and a
// libp2p connection, which proves possession of the key, proves the peer's address. Peers whose ids are
// not secp256k1 are refused.
//
// Streams: protocols are versioned ids /spoke/<name>/<major.minor.patch> (ProtocolID). Every message is
// one length-delimited frame, an unsigned varint length then the payload, capped at Config.MaxFrameSize
// (1 MiB by default) on both write and read; a declared length over the cap is refused before the payload
// is read (WriteFrame, ReadFrame).
//
// Request/response: Host.Handle serves a protocol with a Handler; Host.Request sends a request frame and
// reads one response frame, whose first byte says ok or error, so a handler's error reaches the requester
// as a *RemoteError. On the wire a stream carries request frames, each answered by one response frame,
// until the requester closes its side; the server then closes too. Requesters keep connections (libp2p
// does) and, unless Config.OneShotStreams, idle streams open and reuse them: a request over a reused
// stream costs about 30 us on loopback, over a new stream about three times that. A server waits 60 s for
// the next request on a stream; a requester reuses only streams idle for under 20 s. Every exchange has a
// deadline (Config.StreamTimeout, or the caller's context deadline if sooner); a stream is Reset on any
// error and Closed when done; a failed request always returns an error. A peer's bad frames and a
// handler's panic are logged and reset the stream, never the host.
//
// Hostile peers (docs/hostile-peers.md): an empty request frame is refused unless the protocol is served
// with AcceptEmpty; a handler's ErrMalformed verdict is answered and ends the stream; each peer has token
// buckets on request frames and bytes (Limits) and the resource manager a fixed per-peer share. Bad frames,
// rate overruns and malformed verdicts are strikes: a peer out of strikes is disconnected and refused by
// a connection gater for a ban that doubles per repeat up to Limits.MaxBan. A peer's warnings are spaced
// (Limits.LogEvery, each counting those suppressed) within a budget shared by all peers, and every
// per-peer table is bounded.
//
// Hub announcements travel over gossipsub (JoinGossip, HubsTopic): every message is validated at the door
// by a caller's function (accept, reject and penalise, or ignore) before anyone sees it, peer scoring is
// tuned for a small quiet network (gossipscore.go), Republish re-sends a hub's own, and a restarted node
// fetches the current set from a peer (HubsSyncProto).
//
// Discovery (Host.StartDiscovery) runs without a central server. Hubs and users join a private Kademlia
// DHT (go-libp2p-kad-dht, protocol /spoke/kad/1.0.0, so never the public IPFS DHT, and no default
// bootstrap peers) through configured bootstrap peers: hubs in server mode, users in client mode. Any
// node running discovery answers DHTPeersProto with the DHT servers it knows, so a host can also join
// through a user's node. Hubs advertise themselves under a rendezvous namespace the caller names (such as
// "spoke-hubs/<chain id>/<contract>") and FindHubs looks them up. A payee's record (announce.Payee,
// naming its hubs, signed by its key) lives under PayeeKey(address), "/spoke-payee/0x<hex>": PutPayee,
// GetPayee. The DHT stores only that namespace, and every node runs the caller's RecordValidator on each
// record it puts, stores or receives, so a forged record is refused by honest servers and dropped by
// honest getters. mDNS (MDNSService, "_spoke._udp") finds spoke hosts on the local network and connects
// to them. The DHT lives with the host's guard: inbound DHT messages spend the peer's rate limits like
// requests (over them, a strike and a reset stream), peers whose ids prove no Ethereum address are kept
// out of routing tables and queries and their messages refused, banned peers are refused by the
// connection gater, and a server's record store has a quota (DiscoveryConfig.MaxStoredBytes).
package p2p
