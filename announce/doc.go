// Package announce is the pure core of hub announcements: what a hub tells the hub network about itself,
// signed by its Ethereum key, and the table of the latest announcement per hub; and of payee records,
// what a user tells payers about the hubs it is reachable through (below). It does no I/O and reads
// no clock; the p2p package carries announcements over gossipsub (p2p.HubsTopic) and the catch-up
// protocol (p2p.HubsSyncProto).
//
// Encoding: a canonical, strict binary form (see Signed.Encode) of at most MaxSize bytes, MaxAddrs
// multiaddrs and MaxChannels channels; Decode accepts exactly what Encode produces.
//
// Signature: the hub signs Digest, a keccak256 over a prefix of its own ("spoke hub announcement v1"),
// the EIP-712 domain separator of the announced chain id and contract, and the encoding. Channel-state
// digests start with 0x19 0x01, so neither kind of signature can pass for the other. Signatures are
// low-S and canonical (state.Sign, state.Verify). The peer id must inline the hub's key (p2p.AddressOf).
//
// Table: Apply verifies an announcement against the node's domain and its timestamp against the
// caller's time, then keeps it if it is its hub's newest. Reject (the relayer misbehaved): malformed,
// oversized, bad signature, wrong chain or contract, peer id not the hub's, timestamp beyond MaxSkew in
// the future. Ignore (not the relayer's fault): not newer than the held one, older than MaxAge, or less
// than MinInterval (by the caller's clock) after the hub's previous accepted one. Prune drops old
// announcements; All returns the held set for a peer catching up, whose ApplyAll validates it like
// gossip. Validator plugs a Table into p2p.Host.JoinGossip; Edges turns an accepted announcement into
// routing edges.
//
// View: a node's routing view, the accepted announcements with the routing graph they build and the
// memory of failed hops; Learn, Prune, and Route (routing.FindRoute with the payer and payee attached to
// their hubs for one query). node.Network holds one behind its mutex; `spoke sim` gives one to every
// simulated node.
//
// Payee records: a user reachable by Ethereum address alone publishes a Payee in the DHT (p2p.Discovery
// PutPayee under p2p.PayeeKey): its address and peer id, the 1 to MaxPayeeHubs hubs it is reachable
// through (each address, peer id and up to MaxPayeeHubAddrs multiaddrs), chain id, contract and
// timestamp. Its encoding is strict and canonical like an announcement's, at most MaxPayeeSize bytes
// (DecodePayee); its signature is domain-separated from announcements and states by its own prefix
// ("spoke payee record v1") and bound to the chain and contract (SignedPayee.Verify). PayeeValidator is
// the DHT's door: key matches the user, signature, domain, peer ids, timestamp within PayeeMaxSkew ahead
// and PayeeMaxAge behind; its Select keeps the newest.
//
// Still to do: the node's wiring (sign its own announcement and run p2p.Gossip.Republish, prune the
// table and the routing graph together, catch up from a peer at start; start discovery with the
// configured bootstrap peers and, for a user, put its payee record at start, whenever its hubs change and
// every few hours, well within the DHT's 48-hour record lifetime).
package announce
