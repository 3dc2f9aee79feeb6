package node

import (
	"context"
	"errors"
	"fmt"

	"spoke/backup"
	"spoke/state"
)

// Restored channels (backup/restorefloor.go): a node restored from a backup may have signed states after
// it was taken, so backup.Restore records a floor for each restored channel, and the node signs no state
// at or below it, as if it had signed one there: its proposals go above it and a peer's proposal at or
// below it is answered CodeTaken naming it (nonces.go). The floors stay in the store's meta; a floor at or
// below a channel's latest state changes nothing. A channel the backup does not hold, loaded or new, gets
// the AnyChannel floor (RestoreSkip): the node may have opened it after the backup and signed its first
// states (TestMal9ChannelOpenedAfterTheBackup); a channel that is new indeed starts above it.

// A floor may lift a node's proposals no further than a peer's CodeTaken may (maxPeerSkip): an honest peer
// can then always propose above it. This fails to compile otherwise.
var _ [maxPeerSkip - backup.RestoreSkip]struct{}

// loadRestoreFloors sets the restore floor of each loaded channel that backup.Restore recorded one for.
func (e *Engine) loadRestoreFloors(ctx context.Context) error {
	b, err := e.cfg.Store.Meta(ctx, backup.MetaRestoreFloors)
	if errors.Is(err, state.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("node: load restore floors: %w", err)
	}
	floors, err := backup.DecodeFloors(b)
	if err != nil {
		return fmt.Errorf("node: load restore floors: %w", err)
	}
	lifted := 0
	for _, f := range floors {
		if f.AnyChannel() { // the channels the backup does not hold: opened after it, perhaps signed
			e.restoreAny = f.Nonce
			for _, ch := range e.channels {
				ch.restoreFloor = max(ch.restoreFloor, f.Nonce)
			}
			continue
		}
		peer, mine := e.counterparty(f.Hub, f.User)
		ch := e.channels[peer]
		if !mine || ch == nil || f.Nonce <= ch.ch.Latest.State.TxCountGlobal {
			continue
		}
		ch.restoreFloor = max(ch.restoreFloor, f.Nonce)
		lifted++
	}
	if lifted > 0 {
		e.log.Info("node: restored from a backup; signing nothing at nonces the node may have signed after it",
			"channels", lifted, "skip", backup.RestoreSkip)
	}
	return nil
}
