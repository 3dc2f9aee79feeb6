package announce

import (
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/state"
)

// Limits of an encoded announcement. Decode refuses anything larger before parsing it.
const (
	MaxSize       = 8 << 10 // bytes, whole encoded and signed announcement
	MaxAddrs      = 8       // multiaddrs per announcement
	MaxAddrLen    = 256     // bytes of one binary multiaddr
	MaxChannels   = 64      // hub-to-hub channels per announcement
	MaxPeerIDLen  = 64      // bytes of the binary peer id (a secp256k1 id is 39)
	formatVersion = 1       // first byte of the encoding
)

// Errors of Decode, Verify and Table.Apply. Decode's errors wrap ErrMalformed or ErrTooLarge.
var (
	ErrTooLarge      = errors.New("announce: announcement too large")
	ErrMalformed     = errors.New("announce: malformed announcement")
	ErrBadSignature  = errors.New("announce: signature is not the hub's")
	ErrWrongChain    = errors.New("announce: wrong chain id")
	ErrWrongContract = errors.New("announce: wrong contract")
	ErrPeerMismatch  = errors.New("announce: peer id does not prove the hub address")
	ErrFuture        = errors.New("announce: timestamp too far in the future")
	ErrStale         = errors.New("announce: not newer than the held announcement")
	ErrTooOld        = errors.New("announce: timestamp older than the maximum age")
	ErrTooFrequent   = errors.New("announce: hub announced too recently")
)

// Channel is one of the hub's hub-to-hub channels, as the hub announces it.
type Channel struct {
	Peer        common.Address // the other hub
	CapacityWei uint256.Int    // a hint of what the hub can send through the channel, in wei
}

// Announcement is what a hub tells the network about itself. The hub signs all of it with its Ethereum
// key (see Sign); the newest Timestamp wins.
type Announcement struct {
	Hub         common.Address // the hub's Ethereum address, proven by PeerID and the signature
	PeerID      peer.ID        // the hub's libp2p id; a secp256k1 id inlining the hub's key
	Addrs       []string       // multiaddrs the hub listens on, at most MaxAddrs
	ChainID     uint64         // chain of the ChannelManager
	Contract    common.Address // the ChannelManager
	FeeBase     uint256.Int    // fee per forwarded payment, in wei
	FeePPM      uint32         // proportional fee, in millionths of the amount
	ExpiryDelta uint32         // seconds the hub subtracts from a forwarded lock's expiry
	Channels    []Channel      // hub-to-hub channels, sorted by Peer, no duplicates, at most MaxChannels
	Timestamp   uint64         // unix seconds when the hub signed it
}

// Signed is an announcement with its hub's signature over Digest.
type Signed struct {
	Announcement
	Signature state.Signature
}
