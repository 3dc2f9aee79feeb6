package node

import "github.com/ethereum/go-ethereum/common"

// lockRef names a lock: the channel's counterparty and the lock id.
type lockRef struct {
	peer common.Address
	id   uint64
}

// forward is a payment the hub forwards: the lock it received (up) and, once placed, the lock it sent
// (down), both with hashlock.
type forward struct {
	hashlock common.Hash
	up, down lockRef
	hasDown  bool
	// waiting: the recipient refused the hub's lock, but the refused proposal may still be countersigned;
	// the payer's lock is kept until it is superseded or until waitUntil (refused.go).
	waiting   bool
	waitUntil uint64
	// others are further received locks with this hashlock that a restart could not tell from up (a
	// payment that looped back through the hub, its give-back refused by its sender): they are settled
	// with up once the preimage is known, given back with it when the forward fails, and one of them
	// takes up's place if up goes back to its sender first (rebuild, in forward.go).
	others []lockRef
}

// forwardTable indexes the payments a hub forwards by the lock it received and by the lock it sent (each
// a channel and a lock id), and by hashlock: a hub refuses a lock whose hashlock is in flight through it
// already (rule L3 of docs/update-protocol.md), so a hashlock names at most one forward.
type forwardTable struct {
	byUp   map[lockRef]*forward
	byDown map[lockRef]*forward
	byHash map[common.Hash]*forward
	waits  map[*forward]struct{} // the waiting forwards
}

func newForwardTable() *forwardTable {
	return &forwardTable{byUp: map[lockRef]*forward{}, byDown: map[lockRef]*forward{}, byHash: map[common.Hash]*forward{},
		waits: map[*forward]struct{}{}}
}

// add records a forward of the received lock up, not placed yet.
func (f *forwardTable) add(h common.Hash, up lockRef) *forward {
	fw := &forward{hashlock: h, up: up}
	f.byUp[up], f.byHash[h] = fw, fw
	return fw
}

// placed records the lock the hub sent for fw, replacing the one recorded before (a proposal resent after
// a restart and turned down as busy is proposed again at a new nonce, and its lock gets a new id).
func (f *forwardTable) placed(fw *forward, down lockRef) {
	if fw.hasDown && f.byDown[fw.down] == fw {
		delete(f.byDown, fw.down)
	}
	fw.down, fw.hasDown, fw.waiting = down, true, false
	delete(f.waits, fw)
	f.byDown[down] = fw
}

// remove forgets fw.
func (f *forwardTable) remove(fw *forward) {
	if f.byUp[fw.up] == fw {
		delete(f.byUp, fw.up)
	}
	if fw.hasDown && f.byDown[fw.down] == fw {
		delete(f.byDown, fw.down)
	}
	if f.byHash[fw.hashlock] == fw {
		delete(f.byHash, fw.hashlock)
	}
	delete(f.waits, fw)
}

// dropUp handles fw's upstream lock gone back to its sender: another received lock with its hashlock
// takes its place if there is one, else fw is forgotten.
func (f *forwardTable) dropUp(fw *forward) {
	if len(fw.others) == 0 {
		f.remove(fw)
		return
	}
	if f.byUp[fw.up] == fw {
		delete(f.byUp, fw.up)
	}
	fw.up, fw.others = fw.others[0], fw.others[1:]
	f.byUp[fw.up] = fw
}

// hash returns the forward in flight with hashlock h, or nil.
func (f *forwardTable) hash(h common.Hash) *forward { return f.byHash[h] }

// upstream returns the forward of the received lock ref, or nil.
func (f *forwardTable) upstream(ref lockRef) *forward { return f.byUp[ref] }

// downstream returns the forward whose sent lock is ref, or nil.
func (f *forwardTable) downstream(ref lockRef) *forward { return f.byDown[ref] }
