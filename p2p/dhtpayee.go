package p2p

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	pb "github.com/libp2p/go-libp2p-kad-dht/pb"
	record "github.com/libp2p/go-libp2p-record"
	recpb "github.com/libp2p/go-libp2p-record/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
)

// PutPayee validates rec as addr's payee record (DiscoveryConfig.Payees, under PayeeKey(addr)) and sends
// it to the DHT servers closest to the key, each of which validates it again and keeps it unless it holds
// a better one (a newer record of addr). It returns once every server answered or timed out, and fails
// if the record is invalid, no server is known, or none stored it (ErrNotStored, wrapping one server's
// error). A host in server mode does not keep its own copy: the servers it sent it to do. Servers drop
// records 48 hours after receiving them, so a payee puts its record again well within that.
func (d *Discovery) PutPayee(ctx context.Context, addr common.Address, rec []byte) error {
	key := PayeeKey(addr)
	if err := d.cfg.Payees.Validate(key, rec); err != nil {
		return fmt.Errorf("p2p: payee record of %s refused: %w", addr, err)
	}
	servers, err := d.kad.GetClosestPeers(ctx, key)
	if err != nil {
		return fmt.Errorf("p2p: put payee record of %s: %w", addr, err)
	}
	stored, err := d.putToAll(ctx, servers, record.MakePutRecord(key, rec))
	if stored == 0 {
		return fmt.Errorf("%w: payee record of %s, %d servers tried: %w", ErrNotStored, addr, len(servers), err)
	}
	return nil
}

// putToAll sends rec to every server concurrently, each within the host's StreamTimeout, and returns how
// many stored it and one of the errors.
func (d *Discovery) putToAll(ctx context.Context, servers []peer.ID, rec *recpb.Record) (int, error) {
	pm, err := pb.NewProtocolMessenger(d.kad.MessageSender())
	if err != nil {
		return 0, err
	}
	var (
		mu      sync.Mutex
		stored  int
		lastErr = errors.New("no server")
		wg      sync.WaitGroup
	)
	for _, p := range servers {
		wg.Go(func() {
			pctx, cancel := context.WithTimeout(ctx, d.host.cfg.StreamTimeout)
			defer cancel()
			err := pm.PutValue(pctx, p, rec)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				lastErr = fmt.Errorf("%s: %w", p, err)
				return
			}
			stored++
		})
	}
	wg.Wait()
	return stored, lastErr
}

// GetPayee looks addr's payee record up in the DHT and returns the best valid one the servers closest
// to the key hold (DiscoveryConfig.Payees decides: the newest); invalid records are dropped on receipt.
// It fails with ErrNotFound if no server holds a valid record, or with ctx's error.
func (d *Discovery) GetPayee(ctx context.Context, addr common.Address) ([]byte, error) {
	key := PayeeKey(addr)
	rec, err := d.kad.GetValue(ctx, key)
	switch {
	case errors.Is(err, routing.ErrNotFound):
		return nil, fmt.Errorf("%w: payee record of %s", ErrNotFound, addr)
	case err != nil:
		return nil, fmt.Errorf("p2p: get payee record of %s: %w", addr, err)
	}
	if err := d.cfg.Payees.Validate(key, rec); err != nil { // the DHT validated it already: a second door
		return nil, fmt.Errorf("p2p: payee record of %s: %w", addr, err)
	}
	return rec, nil
}
