package backup

import (
	"github.com/ethereum/go-ethereum/common"
)

// What a node signs is bounded by its last stored backup (docs/adr/0018-one-state-per-nonce.md): a
// restore from that backup records, for each channel, a floor at least RestoreSkip above the channel's
// latest nonce in it (restorefloor.go) and signs nothing at or below it, so a node that signs a state at a
// nonce above that floor may sign another one there once restored. A node that backs up therefore signs a
// state of a channel at nonce n only if n is at most the floor a restore from its last stored backup would
// record, or n is within BumpWindow above it and the state is the Bump of the floor's latest state (the
// states such a restore proposes there itself). The Saver hands those floors, the backup's marks, to its OnSaved hook
// after each backup is stored; the node keeps them in the store's meta (MetaBackupMarks) so that a start
// knows them, and Restore records the restored backup's own.

// MetaBackupMarks is the name of the store's meta value holding the marks of the node's last stored backup
// (EncodeFloors of its floors).
const MetaBackupMarks = "backup.marks.v2"

// Marks are the floors a restore from one backup records: for each channel it holds, its floor (at least
// RestoreSkip above its latest nonce in it) and that latest nonce, and for the others (AnyChannel)
// RestoreSkip above nothing.
// Their Of is the floor a restore from the backup records for a channel: the node may sign any state of it
// at or below its Nonce, and above it, within BumpWindow, the Bump of the state at its Latest.
type Marks struct{ RestoreFloors }

// MarksOf returns the marks of floors (those of one backup: Floors, DecodeFloors).
func MarksOf(floors []Floor) Marks { return Marks{*RestoreFloorsOf(floors)} }

// Channels is the number of channels the backup holds.
func (m *Marks) Channels() int { return len(m.floors) }

// Floors returns the floors of a restore from the snapshot, for a snapshot Take made (nil otherwise): the
// same as Restore records from it.
func (s *Snapshot) Floors() []Floor {
	if s.latest == nil {
		return nil
	}
	return floorsFrom(s.latest, s.restored)
}

// Floor is Of's nonce: the highest at which the node may sign any state of channel (hub, user).
func (m *Marks) Floor(hub, user common.Address) uint64 { return m.Of(hub, user).Nonce }
