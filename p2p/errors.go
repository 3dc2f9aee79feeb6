package p2p

import (
	"errors"
	"fmt"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

var (
	// ErrNotSecp256k1 means a peer id or key is not of libp2p's secp256k1 type, so it names no Ethereum
	// address.
	ErrNotSecp256k1 = errors.New("p2p: peer key is not secp256k1")
	// ErrNoInlineKey means a peer id does not inline its public key (it is a hash of a larger key), so no
	// address can be read from it.
	ErrNoInlineKey = errors.New("p2p: peer id does not inline its public key")
	// ErrBadPeerID means a peer id is not a well-formed multihash.
	ErrBadPeerID = errors.New("p2p: malformed peer id")
	// ErrBadKey means a private key is missing, out of range or not on the secp256k1 curve.
	ErrBadKey = errors.New("p2p: bad secp256k1 private key")

	// ErrFrameTooLarge means a frame is (or declares itself) larger than the maximum frame size.
	ErrFrameTooLarge = errors.New("p2p: frame too large")
	// ErrTruncatedFrame means a stream ended inside a frame's length prefix or payload.
	ErrTruncatedFrame = errors.New("p2p: truncated frame")
	// ErrBadLength means a frame's length prefix is not a valid unsigned varint.
	ErrBadLength = errors.New("p2p: malformed frame length")
	// ErrEmptyFrame means a request frame has no payload on a protocol that takes none (see AcceptEmpty).
	ErrEmptyFrame = errors.New("p2p: empty request frame")

	// ErrMalformed is a handler's verdict that a request is malformed: wrapped in the handler's error, it
	// makes the host answer that error, then end the stream and count a strike against the peer.
	ErrMalformed = errors.New("p2p: malformed request")
	// ErrRateLimited means a peer sent requests faster than its Limits allow; its stream was reset.
	ErrRateLimited = errors.New("p2p: peer over its rate limit")
	// ErrBanned means a peer is banned for misbehaving: its streams are reset and connections refused.
	ErrBanned = errors.New("p2p: peer banned")

	// ErrBadResponse means a response frame carries no or an unknown status byte.
	ErrBadResponse = errors.New("p2p: malformed response")
	// ErrNoResponse means the peer closed the stream without sending a response frame.
	ErrNoResponse = errors.New("p2p: stream closed without a response")
	// ErrBadProtocolID means a protocol name or version does not fit /spoke/<name>/<major.minor.patch>.
	ErrBadProtocolID = errors.New("p2p: bad protocol id")
	// ErrBadConfig means a Config field holds a value New cannot use.
	ErrBadConfig = errors.New("p2p: bad config")
)

// RemoteError is a handler's error as the requester receives it: the remote handler ran and returned an
// error whose message is Message. It says nothing about the transport, which worked.
type RemoteError struct {
	Peer     peer.ID     // the peer whose handler failed
	Protocol protocol.ID // the protocol the request was sent on
	Message  string      // the handler's error message, as sent by the peer (untrusted text)
}

// Error implements error.
func (e *RemoteError) Error() string {
	return fmt.Sprintf("p2p: %s handler of %s failed: %s", e.Protocol, e.Peer, e.Message)
}
