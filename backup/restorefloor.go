package backup

import (
	"context"
	"encoding/binary"
	"errors"
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

// BumpWindow is how many nonces above a backup's floor the Bumps of its latest state may take (node:
// backupbound.go): a node restored from the backup proposes that Bump at the floor plus one and, each time
// it is refused or answered Taken, one above (each refused one binds it: at most 32), so the same states
// at the same nonces; a peer's Bump may come at any of them. So a restored channel whose latest moves on
// before it passes the window signs nothing in it (node: channel.floor), and a backup of it records the
// window's top as its floor (floorsFrom).
const BumpWindow = 33

// MetaRestoreFloors is the name of the store's meta value in which Restore records the floors
// (EncodeFloors). metaRestoreFloorsV1 is where an earlier build recorded them, without the latest nonce
// (read as the floor less RestoreSkip).
const (
	MetaRestoreFloors   = "backup.restore-floors.v2"
	metaRestoreFloorsV1 = "backup.restore-floors"
)

// Floor is a restored channel's floor: the node signs no state of channel (Hub, User) at or below Nonce,
// and above it, within BumpWindow, only the Bump of the state at Latest (the backup's latest nonce of the
// channel). A Floor with zero Hub and User (AnyChannel) is that of every channel the backup does not hold:
// the node may have opened it after the backup and signed its first states (a node of an earlier build
// ignores it: it is no channel of its own).
type Floor struct {
	Hub, User common.Address
	Nonce     uint64
	Latest    uint64
}

// floorSize is the encoded size of one Floor: two addresses, then the big-endian nonce and latest;
// floorSizeV1 that of an earlier build's, without the latest.
const (
	floorSize   = 2*common.AddressLength + 16
	floorSizeV1 = 2*common.AddressLength + 8
)

// AnyChannel reports whether f is the floor of the channels the backup does not hold.
func (f Floor) AnyChannel() bool { return f.Hub == (common.Address{}) && f.User == (common.Address{}) }

// floorsOf returns the floors of the channels batch restores from their latest states (0 for a channel with
// proposals only), with no earlier restore to account for, and, last, the AnyChannel floor (floorsFrom).
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
	return floorsFrom(latest, nil)
}

// floorsFrom returns the floor of each channel of latest (its latest double-signed nonce, 0 for a channel
// with proposals only) and, last, the AnyChannel floor RestoreSkip. A channel's floor is RestoreSkip above
// its latest or, if the node was restored before (restored: the floors that restore recorded; nil if
// none), what that restore's floor still reserves (Reserved).
func floorsFrom(latest map[[2]common.Address]uint64, restored *RestoreFloors) []Floor {
	out := make([]Floor, 0, len(latest)+1)
	for k, n := range latest {
		f := n + RestoreSkip
		if restored != nil {
			f = max(f, restored.Of(k[0], k[1]).Reserved(n))
		}
		out = append(out, Floor{Hub: k[0], User: k[1], Nonce: f, Latest: n})
	}
	return append(out, Floor{Nonce: RestoreSkip})
}

// Reserved is the floor below which a node restored with floor f, whose channel's latest nonce is now
// latest, signs nothing new: f's own nonce while the latest is the restored one (above it the node signs
// only the restored state's Bumps, the same states as before the restore), the top of the Bump window once
// the latest moved on without passing it (the node may have signed the restored state's Bumps anywhere in
// the window before it was restored), and nothing of f's once the latest is past the window.
func (f Floor) Reserved(latest uint64) uint64 {
	switch {
	case f.Nonce == 0 || latest > f.Nonce+BumpWindow:
		return 0
	case latest == f.Latest:
		return f.Nonce
	}
	return f.Nonce + BumpWindow
}

// RestoreFloors are the floors a restore recorded (MetaRestoreFloors), by channel, and that of the channels
// it did not hold.
type RestoreFloors struct {
	floors map[[2]common.Address]Floor
	others Floor
}

// RestoreFloorsOf indexes floors.
func RestoreFloorsOf(floors []Floor) *RestoreFloors {
	r := &RestoreFloors{floors: make(map[[2]common.Address]Floor, len(floors))}
	for _, f := range floors {
		if f.AnyChannel() {
			r.others = f
			continue
		}
		r.floors[[2]common.Address{f.Hub, f.User}] = f
	}
	return r
}

// Of is the floor of channel (hub, user): its own, or that of the channels the restore did not hold (its
// Latest 0: the node knew none of their states).
func (r *RestoreFloors) Of(hub, user common.Address) Floor {
	if f, ok := r.floors[[2]common.Address{hub, user}]; ok {
		return f
	}
	o := r.others
	o.Hub, o.User = hub, user
	return o
}

// LoadRestoreFloors reads the floors a restore recorded in store (nil, nil if none).
func LoadRestoreFloors(ctx context.Context, store state.Store) (*RestoreFloors, error) {
	b, err := store.Meta(ctx, MetaRestoreFloors)
	v1 := errors.Is(err, state.ErrNotFound)
	if v1 {
		b, err = store.Meta(ctx, metaRestoreFloorsV1)
	}
	if errors.Is(err, state.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var floors []Floor
	if v1 {
		floors, err = decodeFloorsV1(b)
	} else {
		floors, err = DecodeFloors(b)
	}
	if err != nil {
		return nil, err
	}
	return RestoreFloorsOf(floors), nil
}

// EncodeFloors encodes floors as MetaRestoreFloors holds them.
func EncodeFloors(floors []Floor) []byte {
	b := make([]byte, 0, len(floors)*floorSize)
	for _, f := range floors {
		b = append(b, f.Hub[:]...)
		b = append(b, f.User[:]...)
		b = binary.BigEndian.AppendUint64(b, f.Nonce)
		b = binary.BigEndian.AppendUint64(b, f.Latest)
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
		f.Latest = binary.BigEndian.Uint64(b[2*common.AddressLength+8:])
		out = append(out, f)
	}
	return out, nil
}

// decodeFloorsV1 decodes the floors an earlier build recorded: the latest is the floor less RestoreSkip
// (0 for the channels the restore did not hold).
func decodeFloorsV1(b []byte) ([]Floor, error) {
	if len(b)%floorSizeV1 != 0 {
		return nil, fmt.Errorf("%w: restore floors of %d bytes, not a multiple of %d", ErrSnapshot, len(b), floorSizeV1)
	}
	out := make([]Floor, 0, len(b)/floorSizeV1)
	for ; len(b) > 0; b = b[floorSizeV1:] {
		var f Floor
		copy(f.Hub[:], b)
		copy(f.User[:], b[common.AddressLength:])
		f.Nonce = binary.BigEndian.Uint64(b[2*common.AddressLength:])
		if !f.AnyChannel() && f.Nonce >= RestoreSkip {
			f.Latest = f.Nonce - RestoreSkip
		}
		out = append(out, f)
	}
	return out, nil
}

// restoreFloors are the floors a restore from s records: those s carries (version 4), each at least
// RestoreSkip above the latest state batch restores of its channel (floorsOf: all a snapshot of an
// earlier version gives).
func (s *Snapshot) restoreFloors(batch *state.Batch) ([]Floor, error) {
	floors := floorsOf(batch)
	if len(s.RestoreFloors) == 0 {
		return floors, nil
	}
	carried, err := DecodeFloors(s.RestoreFloors)
	if err != nil {
		return nil, err
	}
	byKey := RestoreFloorsOf(carried)
	for i := range floors {
		f := &floors[i]
		if f.AnyChannel() {
			f.Nonce = max(f.Nonce, byKey.others.Nonce)
			continue
		}
		if c, ok := byKey.floors[[2]common.Address{f.Hub, f.User}]; ok && c.Latest == f.Latest {
			f.Nonce = max(f.Nonce, c.Nonce)
		}
	}
	return floors, nil
}
