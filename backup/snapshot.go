package backup

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// Version is the snapshot format this package writes. Version 2 adds threads: a version-1 snapshot has
// none, and reads as such; a binary that reads only version 1 refuses a version-2 snapshot rather than
// restore states whose threads it would drop. Version 3 adds the node's refused proposals and the
// channels that have proposals of the node's but no double-signed state yet (no Latest): every state the
// node signed and may still be held to (ADR 18); an older binary refuses it rather than drop them. Version
// 4 adds the floors a restore records (Floors: what an earlier restore of the node still reserves is in
// them), which an older binary would not honour.
const Version = 4

// oldestVersion is the oldest snapshot format this package reads.
const oldestVersion = 1

// Snapshot is what one backup holds: a node's latest double-signed state of every channel with its
// locks and threads, its own outstanding proposals, the preimages it knows of those locks, and its own
// thread records; everything a node needs to go on, or to exit on-chain and dispute its threads, after
// losing its data directory.
type Snapshot struct {
	Version  int            `json:"version"`
	Node     common.Address `json:"node"`
	ChainID  *big.Int       `json:"chainId"`
	Manager  common.Address `json:"manager"`
	Created  int64          `json:"created"` // unix seconds
	Channels []Channel      `json:"channels"`
	// A hub's own records: the link payments it holds and its users' custodial balances.
	Links     []common.Hash `json:"links,omitempty"`
	Custodial []Custody     `json:"custodial,omitempty"`
	// Threads are the node's records of the threads it sends or receives (version 2).
	Threads []Thread `json:"threads,omitempty"`

	// RestoreFloors are the floors a restore from the snapshot records (EncodeFloors; version 4).
	RestoreFloors []byte `json:"restoreFloors,omitempty"`

	// latest is, for a snapshot Take made, the latest double-signed nonce of each channel it holds (0 for
	// one with proposals only), and restored the floors of the node's last restore, if any: what the floors
	// of a restore from it are made of (Floors).
	latest   map[[2]common.Address]uint64
	restored *RestoreFloors
}

// Thread is one thread record of the node: its initial and latest signed states (state.SignedThread
// MarshalBinary, base64 in JSON) and its status (state.ThreadStatus, a number).
type Thread struct {
	Initial []byte             `json:"initial"`
	Latest  []byte             `json:"latest"`
	Status  state.ThreadStatus `json:"status"`
}

// Custody is one user's custodial balance at a hub, decimal.
type Custody struct {
	User  common.Address `json:"user"`
	Wei   string         `json:"wei"`
	Token string         `json:"token"`
}

// Channel is one channel in a snapshot. States, locks and threads are in their binary encodings
// (state.SignedState, state.Lock and state.SignedThread MarshalBinary), base64 in JSON. Threads are the
// initial states of a state's open threads, in key order (version 2).
type Channel struct {
	Latest      []byte   `json:"latest,omitempty"` // none: the node's proposals were never countersigned
	Locks       [][]byte `json:"locks,omitempty"`
	Threads     [][]byte `json:"threads,omitempty"`
	Proposal    []byte   `json:"proposal,omitempty"` // this node's outstanding proposal, signed by it only
	PropLocks   [][]byte `json:"proposalLocks,omitempty"`
	PropThreads [][]byte `json:"proposalThreads,omitempty"`
	Message     []byte   `json:"message,omitempty"` // the message that carried the proposal
	// ProposalRefused says the counterparty refused the proposal: not to be resent (version 3).
	ProposalRefused bool `json:"proposalRefused,omitempty"`
	// Refused are the node's proposals the counterparty refused, still binding it (version 3).
	Refused   []Refused `json:"refused,omitempty"`
	Preimages [][]byte  `json:"preimages,omitempty"`
}

// Refused is one refused proposal of the node: its state, locks and threads as in Channel, and the
// message that carried it.
type Refused struct {
	State   []byte   `json:"state"`
	Locks   [][]byte `json:"locks,omitempty"`
	Threads [][]byte `json:"threads,omitempty"`
	Message []byte   `json:"message,omitempty"`
}

// Errors of snapshots.
var (
	ErrVersion  = errors.New("backup: unknown snapshot version")
	ErrSnapshot = errors.New("backup: invalid snapshot")
)

// Take reads a snapshot of every channel in store, for the node at node on the chain and manager of d.
func Take(ctx context.Context, store state.Store, node common.Address, d *state.Domain, created int64) (Snapshot, error) {
	snap := Snapshot{Version: Version, Node: node, ChainID: new(big.Int).Set(d.ChainID), Manager: d.Contract, Created: created,
		latest: map[[2]common.Address]uint64{}}
	pairs, err := snapshotPairs(ctx, store)
	if err != nil {
		return Snapshot{}, err
	}
	if snap.restored, err = LoadRestoreFloors(ctx, store); err != nil {
		return Snapshot{}, fmt.Errorf("backup: restore floors: %w", err)
	}
	for _, p := range pairs {
		var c Channel
		var locks []state.Lock
		var nonce uint64 // of the latest double-signed state; 0 with proposals only
		r, err := store.Latest(ctx, p[0], p[1])
		switch {
		case errors.Is(err, state.ErrNotFound): // proposals only (snapshotPairs)
		case err != nil:
			return Snapshot{}, err
		default:
			if c.Latest, c.Locks, c.Threads, err = encodeRecord(r); err != nil {
				return Snapshot{}, err
			}
			locks, nonce = r.Locks, r.State.TxCountGlobal
		}
		more, err := takeProposals(ctx, store, p, &c)
		if err != nil {
			return Snapshot{}, err
		}
		if c.Latest == nil && c.Proposal == nil && len(c.Refused) == 0 {
			continue
		}
		locks = append(locks, more...)
		seen := map[common.Hash]bool{}
		for _, l := range locks {
			if seen[l.Hashlock] {
				continue
			}
			seen[l.Hashlock] = true
			pre, err := store.Preimage(ctx, l.Hashlock)
			if errors.Is(err, state.ErrNotFound) {
				continue
			}
			if err != nil {
				return Snapshot{}, err
			}
			c.Preimages = append(c.Preimages, pre[:])
		}
		snap.Channels = append(snap.Channels, c)
		snap.latest[[2]common.Address{p[0], p[1]}] = nonce
	}
	links, err := store.Links(ctx)
	if err != nil {
		return Snapshot{}, err
	}
	for h := range links {
		snap.Links = append(snap.Links, h)
	}
	custody, err := store.Custodial(ctx)
	if err != nil {
		return Snapshot{}, err
	}
	for u, b := range custody {
		snap.Custodial = append(snap.Custodial, Custody{User: u, Wei: b[0].Dec(), Token: b[1].Dec()})
	}
	if snap.Threads, err = takeThreads(ctx, store); err != nil {
		return Snapshot{}, err
	}
	snap.RestoreFloors = EncodeFloors(snap.Floors())
	return snap, nil
}

// encodeRecord encodes a record's state, locks and threads.
func encodeRecord(r state.Record) (s []byte, locks, threads [][]byte, err error) {
	if s, err = r.SignedState.MarshalBinary(); err != nil {
		return nil, nil, nil, err
	}
	for i := range r.Locks {
		b, err := r.Locks[i].MarshalBinary()
		if err != nil {
			return nil, nil, nil, err
		}
		locks = append(locks, b)
	}
	if threads, err = encodeThreadSet(r.Threads); err != nil {
		return nil, nil, nil, err
	}
	return s, locks, threads, nil
}

// decodeRecord decodes a record's state, locks and threads, and checks the locks and threads against
// the state's roots (and the threads' order and signatures in d).
func decodeRecord(d *state.Domain, s []byte, locks, threads [][]byte) (state.Record, error) {
	var r state.Record
	if err := r.SignedState.UnmarshalBinary(s); err != nil {
		return r, err
	}
	for _, b := range locks {
		var l state.Lock
		if err := l.UnmarshalBinary(b); err != nil {
			return r, err
		}
		r.Locks = append(r.Locks, l)
	}
	if got := state.LockRoot(r.Locks); got != r.State.LockRoot {
		return r, fmt.Errorf("locks do not match the state's lock root")
	}
	var err error
	if r.Threads, err = decodeThreadSet(d, threads, r.State.ThreadRoot); err != nil {
		return r, err
	}
	return r, nil
}

// Batch checks a snapshot (its version, that every state is the node's, signed by both parties on the
// snapshot's chain and manager, its locks match its lock root and its threads its thread root, every
// proposal is signed by the node, every preimage opens one of the locks, and every thread record is one
// of the node's threads, signed by its sender) and returns what to store.
func (s *Snapshot) Batch() (state.Batch, error) {
	if s.Version < oldestVersion || s.Version > Version {
		return state.Batch{}, fmt.Errorf("%w %d (this binary reads %d to %d)", ErrVersion, s.Version, oldestVersion, Version)
	}
	if s.ChainID == nil {
		return state.Batch{}, fmt.Errorf("%w: no chain id", ErrSnapshot)
	}
	d := state.NewDomain(s.ChainID, s.Manager)
	var b state.Batch
	for i, c := range s.Channels {
		hashlocks := map[common.Hash]bool{}
		var key [2]common.Address // the channel's hub and user
		if c.Latest != nil {
			r, err := decodeRecord(d, c.Latest, c.Locks, c.Threads)
			if err != nil {
				return state.Batch{}, fmt.Errorf("%w: channel %d: %w", ErrSnapshot, i, err)
			}
			if r.State.Hub != s.Node && r.State.User != s.Node {
				return state.Batch{}, fmt.Errorf("%w: channel %d is not the node's", ErrSnapshot, i)
			}
			if err := r.Verify(d); err != nil {
				return state.Batch{}, fmt.Errorf("%w: channel %d: %w", ErrSnapshot, i, err)
			}
			b.States = append(b.States, r)
			key = [2]common.Address{r.State.Hub, r.State.User}
			for _, l := range r.Locks {
				hashlocks[l.Hashlock] = true
			}
		}
		row, refused, err := c.ownProposals(d, s.Node, key)
		if err != nil {
			return state.Batch{}, fmt.Errorf("%w: channel %d: %w", ErrSnapshot, i, err)
		}
		b.Refused = append(b.Refused, refused...)
		if row != nil {
			b.Proposals = append(b.Proposals, *row)
			refused = append(refused, *row)
		}
		for _, p := range refused { // the preimages of their locks may be kept too
			for _, l := range p.Locks {
				hashlocks[l.Hashlock] = true
			}
		}
		for _, pre := range c.Preimages {
			if len(pre) != 32 {
				return state.Batch{}, fmt.Errorf("%w: channel %d: a preimage of %d bytes", ErrSnapshot, i, len(pre))
			}
			p := [32]byte(pre)
			if !hashlocks[state.Hashlock(p)] {
				return state.Batch{}, fmt.Errorf("%w: channel %d: a preimage of no lock", ErrSnapshot, i)
			}
			b.Preimages = append(b.Preimages, p)
		}
	}
	b.Links = s.Links
	for _, c := range s.Custodial {
		var v [2]uint256.Int
		if v[0].SetFromDecimal(c.Wei) != nil || v[1].SetFromDecimal(c.Token) != nil {
			return state.Batch{}, fmt.Errorf("%w: custodial balance of %s", ErrSnapshot, c.User)
		}
		if b.Custodial == nil {
			b.Custodial = map[common.Address][2]uint256.Int{}
		}
		b.Custodial[c.User] = v
	}
	var err error
	if b.Threads, err = s.threadRecords(d); err != nil {
		return state.Batch{}, err
	}
	return b, nil
}

// verifyOwn checks the node's own signature on a proposal.
func verifyOwn(d *state.Domain, s *state.SignedState, node common.Address) error {
	sig := s.SigUser
	if s.State.Hub == node {
		sig = s.SigHub
	}
	return state.Verify(s.Digest(d), sig, node)
}

// marshal encodes a snapshot.
func (s *Snapshot) marshal() ([]byte, error) { return json.Marshal(s) }

// unmarshalSnapshot decodes a snapshot strictly.
func unmarshalSnapshot(b []byte) (Snapshot, error) {
	var s Snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		return Snapshot{}, fmt.Errorf("%w: %w", ErrSnapshot, err)
	}
	return s, nil
}
