package backup

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"spoke/state"
)

// Saver writes a node's backups: a snapshot of its store, sealed with its key, put to a backend, and the
// node's pointer moved to it.
type Saver struct {
	backend Backend
	store   state.Store
	key     *ecdsa.PrivateKey
	domain  *state.Domain
	log     *slog.Logger

	mu  sync.Mutex // one Save at a time; guards seq
	seq uint64
	// onSaved, if set, receives the floors of each backup once it is stored (marks.go).
	onSaved func([]Floor)
	// saved is when the snapshot of the last successful Save was taken (unix nanoseconds; 0: none yet).
	saved atomic.Int64
}

// NewSaver returns a Saver of the node with key, whose store serves the chain and manager of domain.
func NewSaver(backend Backend, store state.Store, key *ecdsa.PrivateKey, domain *state.Domain, log *slog.Logger) *Saver {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Saver{backend: backend, store: store, key: key, domain: domain, log: log}
}

// OnSaved sets f to receive, after each backup is stored (its pointer published), the floors a restore
// from it would record (marks.go): the node bounds what it signs by them. Set it before the first Save.
func (s *Saver) OnSaved(f func([]Floor)) { s.onSaved = f }

// Save backs the store up now and returns the pointer it published.
func (s *Saver) Save(ctx context.Context) (Pointer, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, err := IdentityOf(s.key)
	if err != nil {
		return Pointer{}, err
	}
	now := time.Now()
	snap, err := Take(ctx, s.store, id.Node, s.domain, now.Unix())
	if err != nil {
		return Pointer{}, fmt.Errorf("backup: snapshot: %w", err)
	}
	blob, err := seal(s.key, &snap)
	if err != nil {
		return Pointer{}, err
	}
	if len(blob) > saveLimit {
		// Restore would refuse it: published, it would hide the last backup a restore can read.
		return Pointer{}, fmt.Errorf("%w: sealed snapshot of %d bytes, more than the %d a restore reads", ErrTooLarge,
			len(blob), saveLimit)
	}
	ref, err := s.backend.Put(ctx, blob)
	if err != nil {
		return Pointer{}, fmt.Errorf("backup: put to %s: %w", s.backend, err)
	}
	s.seq = max(s.lastSeq(ctx, id)+1, uint64(now.UnixNano()))
	p := Pointer{Node: id.Node, Seq: s.seq, Ref: ref, Created: now.Unix()}
	b, err := signPointer(s.key, p)
	if err != nil {
		return Pointer{}, err
	}
	if err := s.backend.Publish(ctx, id, b); err != nil {
		return Pointer{}, fmt.Errorf("backup: publish to %s: %w", s.backend, err)
	}
	s.saved.Store(now.UnixNano())
	if s.onSaved != nil {
		s.onSaved(snap.Floors())
	}
	return p, nil
}

// LastSaved is when the snapshot of the last successful Save was taken: every state stored before it is
// backed up. It is the zero time before the first.
func (s *Saver) LastSaved() time.Time {
	if ns := s.saved.Load(); ns != 0 {
		return time.Unix(0, ns)
	}
	return time.Time{}
}

// lastSeq is the sequence number of the saver's last pointer; at the first save of a run, that of the
// pointer the backend has, if any.
func (s *Saver) lastSeq(ctx context.Context, id Identity) uint64 {
	if s.seq != 0 {
		return s.seq
	}
	if b, err := s.backend.Latest(ctx, id); err == nil {
		if p, err := openPointer(b, id.Node); err == nil {
			return p.Seq
		}
	}
	return 0
}

// Backend names the saver's backend.
func (s *Saver) Backend() string { return s.backend.String() }

// Run saves once at start and then after every signal on changed, at most once per interval (changes
// that come meanwhile are folded into the next save), until ctx ends. A failed save is logged and
// retried at the next interval.
func (s *Saver) Run(ctx context.Context, changed <-chan struct{}, interval time.Duration) {
	dirty := true
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if dirty {
			if p, err := s.Save(ctx); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.log.Warn("backup failed; retrying", "backend", s.backend.String(), "err", err)
			} else {
				dirty = false
				s.log.Debug("backed up", "backend", s.backend.String(), "ref", p.Ref, "seq", p.Seq)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		select {
		case <-changed:
			dirty = true
		default:
		}
	}
}

// Restored is what Restore brought back.
type Restored struct {
	Pointer  Pointer
	Snapshot Snapshot
	Channels int
}

// Restore fetches the latest backup of the node with key from backend, checks it (the pointer's
// signature, the snapshot's seal, every state's signatures) and stores it in store, which must hold
// nothing of these channels or threads newer, with the floor of each restored channel (restorefloor.go).
// When want is not nil the snapshot must be of that chain and manager.
func Restore(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, store state.Store, want *state.Domain) (Restored, error) {
	id, err := IdentityOf(key)
	if err != nil {
		return Restored{}, err
	}
	b, err := backend.Latest(ctx, id)
	if err != nil {
		return Restored{}, fmt.Errorf("backup: latest pointer of %s in %s: %w", id.Node, backend, err)
	}
	p, err := openPointer(b, id.Node)
	if err != nil {
		return Restored{}, err
	}
	blob, err := backend.Get(ctx, p.Ref)
	if err != nil {
		return Restored{}, fmt.Errorf("backup: get %s from %s: %w", p.Ref, backend, err)
	}
	if len(blob) > MaxBlob {
		return Restored{}, fmt.Errorf("%w: %d bytes", ErrSealed, len(blob))
	}
	snap, err := open(key, blob)
	if err != nil {
		return Restored{}, err
	}
	if snap.ChainID == nil {
		return Restored{}, fmt.Errorf("%w: no chain id", ErrSnapshot)
	}
	if want != nil && (want.ChainID.Cmp(snap.ChainID) != 0 || want.Contract != snap.Manager) {
		return Restored{}, fmt.Errorf("%w: of chain %s manager %s, not chain %s manager %s", ErrWrongChain,
			snap.ChainID, snap.Manager, want.ChainID, want.Contract)
	}
	batch, err := snap.Batch()
	if err != nil {
		return Restored{}, err
	}
	if err := checkNotNewer(ctx, store, batch.States); err != nil {
		return Restored{}, err
	}
	if err := checkThreadsNotNewer(ctx, store, batch.Threads); err != nil {
		return Restored{}, err
	}
	if batch.Meta == nil {
		batch.Meta = map[string][]byte{}
	}
	floors, err := snap.restoreFloors(&batch)
	if err != nil {
		return Restored{}, err
	}
	enc := EncodeFloors(floors)
	batch.Meta[MetaRestoreFloors] = enc // restorefloor.go
	batch.Meta[MetaBackupMarks] = enc   // the restored backup is the last stored one (marks.go)
	if err := store.Commit(ctx, batch); err != nil {
		return Restored{}, err
	}
	return Restored{Pointer: p, Snapshot: snap, Channels: len(batch.States)}, nil
}

// checkNotNewer fails with ErrNewerInStore if store holds a state newer than one of states.
func checkNotNewer(ctx context.Context, store state.Store, states []state.Record) error {
	for _, r := range states {
		have, err := store.Latest(ctx, r.State.Hub, r.State.User)
		if err == nil && have.State.TxCountGlobal > r.State.TxCountGlobal {
			return fmt.Errorf("%w: the store has state %d of channel (%s, %s), the backup %d",
				ErrNewerInStore, have.State.TxCountGlobal, r.State.Hub, r.State.User, r.State.TxCountGlobal)
		}
		if err != nil && !errors.Is(err, state.ErrNotFound) {
			return err
		}
	}
	return nil
}

// ErrTooLarge fails a Save whose snapshot is larger than a restore reads (MaxBlob): nothing is published.
var ErrTooLarge = errors.New("backup: snapshot too large")

// saveLimit is the largest sealed snapshot Save publishes: MaxBlob (tests lower it).
var saveLimit = MaxBlob

// Errors of Restore.
var (
	ErrWrongChain   = errors.New("backup: the backup is of another chain or manager")
	ErrNewerInStore = errors.New("backup: the store holds a newer state than the backup")
)
