package p2p

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// HubsSyncProto is the catch-up protocol of hub announcements: an empty request, answered with the
// server's current set, so a restarted node needs not wait for the next gossip round.
var HubsSyncProto = ProtocolID("hubs-sync", "1.0.0")

// ServeHubSync answers HubsSyncProto requests with current(): each item one length-prefixed (unsigned
// varint) record, in current's order, as many as fit in one response frame (MaxFrameSize, 1 MiB by
// default: 128 announcements of the largest size). What a requester receives it must validate like
// gossip (the server is just another relayer).
func (h *Host) ServeHubSync(current func() [][]byte) {
	h.Handle(HubsSyncProto, func(context.Context, common.Address, []byte) ([]byte, error) {
		return packRecords(current(), h.cfg.MaxFrameSize-1), nil
	}, AcceptEmpty())
}

// packRecords concatenates length-prefixed records while they fit in limit bytes.
func packRecords(records [][]byte, limit int) []byte {
	var out []byte
	for _, r := range records {
		next := binary.AppendUvarint(out, uint64(len(r)))
		if len(next)+len(r) > limit {
			break
		}
		out = append(next, r...)
	}
	return out
}

// FetchHubs asks peer for its current announcements (HubsSyncProto) and returns them unvalidated, each
// at most maxRecord bytes. It fails on a transport error or a malformed response.
func (h *Host) FetchHubs(ctx context.Context, from peer.ID, maxRecord int) ([][]byte, error) {
	body, err := h.Request(ctx, from, HubsSyncProto, nil)
	if err != nil {
		return nil, err
	}
	return unpackRecords(body, maxRecord)
}

// unpackRecords splits a HubsSyncProto response into its records.
func unpackRecords(body []byte, maxRecord int) ([][]byte, error) {
	var out [][]byte
	for len(body) > 0 {
		n, k := binary.Uvarint(body)
		if k <= 0 || n > uint64(maxRecord) || n > uint64(len(body)-k) {
			return nil, fmt.Errorf("%w: hubs-sync record %d", ErrBadResponse, len(out))
		}
		out = append(out, body[k:k+int(n)])
		body = body[k+int(n):]
	}
	return out, nil
}
