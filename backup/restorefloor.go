package backup

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// A backup holds the states a node had signed when it was taken, not those it signed after. Restored from
// it, a node would sign states again at nonces it may already have signed, and a counterparty holding both
// chooses which one goes on-chain (docs/adr/0018-one-state-per-nonce.md). So Restore records a floor for
// every channel it restores, RestoreSkip above the channel's latest double-signed nonce, and the restored
// node signs nothing at or below it (node: channel.floor): its own proposals go above it, and a peer's
// proposal at or below it is answered CodeTaken naming it. The floor is above every nonce a peer's
// CodeTaken can lift the node's proposals to, so above what a peer can have it sign after the backup; a
// peer, lifted no higher either, cannot propose above it, so the restored node moves each restored channel
// past its floor itself, with a protocol.Bump (node: restorefloor.go). What the floor does not cover by
// itself, a node that signed above it before it lost its data (a peer's own proposal more than RestoreSkip
// above its latest, review 11; about 47 lifted states its backup missed), a node that backs up rules out
// by signing nothing above the floor of its last stored backup (marks.go); a restore from a backup older
// than the last stored one stays uncovered (docs/adr/0018-one-state-per-nonce.md).

// RestoreSkip is how far above a restored channel's latest nonce its floor goes: three quarters of
// state.MaxNonceStep (49,152). A peer's CodeTaken lifts a proposer at most 1,024 above its latest state
// (node: maxPeerSkip), and a node stacks at most 32 refused proposals above that, so the floor leaves
// room for many such lifts and the node's own progress after the backup; and the restored node's Bump at
// the floor plus one is still one legal step (state.MaxNonceStep) from the backup's latest, which the peer
// holds or is past.
const RestoreSkip = state.MaxNonceStep / 4 * 3

// MetaRestoreFloors is the name of the store's meta value in which Restore records the floors
// (EncodeFloors).
const MetaRestoreFloors = "backup.restore-floors"

// Floor is a restored channel's floor: the node signs no state of channel (Hub, User) at or below Nonce.
// A Floor with zero Hub and User (AnyChannel) is that of every channel the backup does not hold: the node
// may have opened it after the backup and signed its first states (a node of an earlier build ignores
// it: it is no channel of its own).
type Floor struct {
	Hub, User common.Address
	Nonce     uint64
}

// floorSize is the encoded size of one Floor: two addresses and a big-endian nonce.
const floorSize = 2*common.AddressLength + 8

// AnyChannel reports whether f is the floor of the channels the backup does not hold.
func (f Floor) AnyChannel() bool { return f.Hub == (common.Address{}) && f.User == (common.Address{}) }

// floorsOf returns the floor of every channel batch restores, RestoreSkip above its latest state's nonce
// (0 for a channel with proposals only), and, last, the AnyChannel floor RestoreSkip of the others.
func floorsOf(batch *state.Batch) []Floor {
	latest := map[[2]common.Address]uint64{}
	for _, r := range batch.States {
		k := [2]common.Address{r.State.Hub, r.State.User}
		latest[k] = max(latest[k], r.State.TxCountGlobal)
	}
	for _, ps := range [][]state.Proposal{batch.Proposals, batch.Refused} {
		for _, p := range ps {
			k := [2]common.Address{p.State.Hub, p.State.User}
			if _, ok := latest[k]; !ok {
				latest[k] = 0
			}
		}
	}
	return floorsFrom(latest)
}

// floorsFrom returns the floor of each channel of latest (its latest double-signed nonce, 0 for a channel
// with proposals only), RestoreSkip above it, and, last, the AnyChannel floor RestoreSkip of the others.
func floorsFrom(latest map[[2]common.Address]uint64) []Floor {
	out := make([]Floor, 0, len(latest)+1)
	for k, n := range latest {
		out = append(out, Floor{Hub: k[0], User: k[1], Nonce: n + RestoreSkip})
	}
	return append(out, Floor{Nonce: RestoreSkip})
}

// EncodeFloors encodes floors as MetaRestoreFloors holds them.
func EncodeFloors(floors []Floor) []byte {
	b := make([]byte, 0, len(floors)*floorSize)
	for _, f := range floors {
		b = append(b, f.Hub[:]...)
		b = append(b, f.User[:]...)
		b = binary.BigEndian.AppendUint64(b, f.Nonce)
	}
	return b
}

// DecodeFloors decodes what EncodeFloors made.
func DecodeFloors(b []byte) ([]Floor, error) {
	if len(b)%floorSize != 0 {
		return nil, fmt.Errorf("%w: restore floors of %d bytes, not a multiple of %d", ErrSnapshot, len(b), floorSize)
	}
	out := make([]Floor, 0, len(b)/floorSize)
	for ; len(b) > 0; b = b[floorSize:] {
		var f Floor
		copy(f.Hub[:], b)
		copy(f.User[:], b[common.AddressLength:])
		f.Nonce = binary.BigEndian.Uint64(b[2*common.AddressLength:])
		out = append(out, f)
	}
	return out, nil
}
