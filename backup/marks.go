package backup

import (
	"github.com/ethereum/go-ethereum/common"
)

// What a node signs is bounded by its last stored backup (docs/adr/0018-one-state-per-nonce.md): a
// restore from that backup records, for each channel, a floor RestoreSkip above the channel's latest nonce
// in it (restorefloor.go) and signs nothing at or below it, so a node that signs a state at a nonce above
// that floor may sign another one there once restored. A node that backs up therefore signs a state of a
// channel at nonce n only if n is at most the floor a restore from its last stored backup would record, or
// n is that floor plus one and the state is the Bump of the backup's latest state (the one state such a
// restore proposes there itself). The Saver hands those floors, the backup's marks, to its OnSaved hook
// after each backup is stored; the node keeps them in the store's meta (MetaBackupMarks) so that a start
// knows them, and Restore records the restored backup's own.

// MetaBackupMarks is the name of the store's meta value holding the marks of the node's last stored backup
// (EncodeFloors of its floors).
const MetaBackupMarks = "backup.marks"

// Marks are the floors a restore from one backup records: for each channel it holds, RestoreSkip above
// its latest nonce in it, and for the others (AnyChannel) RestoreSkip.
type Marks struct {
	floors map[[2]common.Address]uint64
	others uint64
}

// MarksOf returns the marks of floors (those of one backup: Floors, DecodeFloors).
func MarksOf(floors []Floor) Marks {
	m := Marks{floors: make(map[[2]common.Address]uint64, len(floors))}
	for _, f := range floors {
		if f.AnyChannel() {
			m.others = max(m.others, f.Nonce)
			continue
		}
		m.floors[[2]common.Address{f.Hub, f.User}] = f.Nonce
	}
	return m
}

// Floor is the floor a restore from the backup records for channel (hub, user): the highest nonce at which
// the node may sign a state of it (the Bump of the backup's latest state aside, one above).
func (m *Marks) Floor(hub, user common.Address) uint64 {
	if f, ok := m.floors[[2]common.Address{hub, user}]; ok {
		return f
	}
	return m.others
}

// Channels is the number of channels the backup holds.
func (m *Marks) Channels() int { return len(m.floors) }

// Floors returns the floors of a restore from the snapshot, for a snapshot Take made (nil otherwise): the
// same as Restore records from it.
func (s *Snapshot) Floors() []Floor {
	if s.latest == nil {
		return nil
	}
	return floorsFrom(s.latest)
}
