package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"

	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
)

// DefaultMaxStoredBytes is DiscoveryConfig.MaxStoredBytes's default: some hundred thousand payee records.
const DefaultMaxStoredBytes = 64 << 20

// ErrStoreFull means a DHT server's record store holds DiscoveryConfig.MaxStoredBytes already.
var ErrStoreFull = errors.New("p2p: DHT record store full")

// boundedStore is an in-memory datastore that refuses a write that would take its contents over limit
// bytes (keys and values). Anyone may put a valid record, and a valid payee record only costs a fresh
// key, so a hub's DHT server needs a quota before its memory: once full, it refuses records of new keys
// until old ones expire (the DHT drops a record 48 hours after receiving it). It is safe for concurrent
// use.
type boundedStore struct {
	ds.Batching // the map, behind a mutex
	mu          sync.Mutex
	used, limit int
}

var _ ds.Batching = (*boundedStore)(nil)

// newBoundedStore returns an empty store of at most limit bytes.
func newBoundedStore(limit int) *boundedStore {
	return &boundedStore{Batching: dssync.MutexWrap(ds.NewMapDatastore()), limit: limit}
}

// Put stores value under key unless the store would then exceed its limit (ErrStoreFull).
func (b *boundedStore) Put(ctx context.Context, key ds.Key, value []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	old, err := b.sizeOf(ctx, key)
	if err != nil {
		return err
	}
	grown := b.used - old + len(key.String()) + len(value)
	if grown > b.limit {
		return fmt.Errorf("%w: %d of %d bytes used", ErrStoreFull, b.used, b.limit)
	}
	if err := b.Batching.Put(ctx, key, value); err != nil {
		return err
	}
	b.used = grown
	return nil
}

// Delete removes key and its value.
func (b *boundedStore) Delete(ctx context.Context, key ds.Key) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	old, err := b.sizeOf(ctx, key)
	if err != nil || old == 0 {
		return err
	}
	if err := b.Batching.Delete(ctx, key); err != nil {
		return err
	}
	b.used -= old
	return nil
}

// sizeOf is the bytes key takes with its value, 0 if absent; the caller holds mu.
func (b *boundedStore) sizeOf(ctx context.Context, key ds.Key) (int, error) {
	n, err := b.Batching.GetSize(ctx, key)
	switch {
	case errors.Is(err, ds.ErrNotFound):
		return 0, nil
	case err != nil:
		return 0, err
	}
	return len(key.String()) + n, nil
}

// Batch returns a batch whose writes go through Put and Delete, so they count.
func (b *boundedStore) Batch(context.Context) (ds.Batch, error) { return ds.NewBasicBatch(b), nil }
