package p2p

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	ds "github.com/ipfs/go-datastore"
)

func TestBoundedStoreCountsPutsDeletesAndBatches(t *testing.T) {
	ctx := context.Background()
	b := newBoundedStore(20)
	k1, k2 := ds.NewKey("/a"), ds.NewKey("/b") // 2 bytes each
	if err := b.Put(ctx, k1, make([]byte, 8)); err != nil {
		t.Fatal(err)
	}
	if err := b.Put(ctx, k2, make([]byte, 9)); !errors.Is(err, ErrStoreFull) {
		t.Fatalf("put over the limit: %v, want %v", err, ErrStoreFull)
	}
	if err := b.Put(ctx, k1, make([]byte, 18)); err != nil { // a replacement counts only its growth
		t.Fatal(err)
	}
	if err := b.Delete(ctx, k1); err != nil || b.used != 0 {
		t.Fatalf("delete: %v, %d bytes used", err, b.used)
	}
	if err := b.Delete(ctx, k1); err != nil || b.used != 0 { // deleting nothing changes nothing
		t.Fatalf("delete again: %v, %d bytes used", err, b.used)
	}
	batch, _ := b.Batch(ctx)
	_ = batch.Put(ctx, k1, make([]byte, 8))
	_ = batch.Put(ctx, k2, make([]byte, 9))
	if err := batch.Commit(ctx); !errors.Is(err, ErrStoreFull) || (b.used != 10 && b.used != 11) {
		t.Fatalf("batch over the limit: %v, %d bytes used, want one of its puts (10 or 11)", err, b.used)
	}
}

// TestFullHubRefusesNewKeys: a hub whose store is full refuses records of new keys, but keeps taking
// newer records of the keys it holds.
func TestFullHubRefusesNewKeys(t *testing.T) {
	cfg := fastDiscovery(true)
	cfg.MaxStoredBytes = 600 // a test record takes about 250 bytes with its datastore key
	hub := newTestHost(t, nil)
	startDiscovery(t, hub, cfg)
	user := startDiscovery(t, newTestHost(t, nil), fastDiscovery(false, hub))
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	mustPut(t, user, a, "1")
	mustPut(t, user, b, "1")
	if err := user.PutPayee(testCtx(t), c, testRecord(c, "1")); !errors.Is(err, ErrNotStored) {
		t.Fatalf("put to a full hub: %v, want %v", err, ErrNotStored)
	}
	mustPut(t, user, a, "2")
}
