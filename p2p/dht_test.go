package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// testRendezvous is the namespace the test hubs advertise under.
const testRendezvous = "spoke-hubs/test"

// versionValidator is a stand-in for announce.PayeeValidator: a record under key is key + "#" + a
// version number, and the highest version wins. A record of "#bad" is invalid.
type versionValidator struct{}

func (versionValidator) Validate(key string, value []byte) error {
	_, err := recordVersion(key, value)
	return err
}

func (versionValidator) Select(key string, values [][]byte) (int, error) {
	best, bestV := -1, -1
	for i, v := range values {
		if n, err := recordVersion(key, v); err == nil && n > bestV {
			best, bestV = i, n
		}
	}
	if best < 0 {
		return 0, errors.New("no valid value")
	}
	return best, nil
}

func recordVersion(key string, value []byte) (int, error) {
	rest, ok := strings.CutPrefix(string(value), key+"#")
	if !ok {
		return 0, fmt.Errorf("record %q is not under key %q", value, key)
	}
	return strconv.Atoi(rest)
}

// testRecord is addr's record of version v (or "bad").
func testRecord(addr common.Address, v string) []byte { return []byte(PayeeKey(addr) + "#" + v) }

// fastDiscovery is the discovery config of the tests: quick advertising retries and DHT probes.
func fastDiscovery(hub bool, bootstrap ...*Host) DiscoveryConfig {
	cfg := DiscoveryConfig{Hub: hub, Payees: versionValidator{}, Rendezvous: testRendezvous, AdvertiseRetry: 20 * time.Millisecond}
	for _, b := range bootstrap {
		cfg.Bootstrap = append(cfg.Bootstrap, b.AddrInfo())
	}
	return cfg
}

// startDiscovery starts discovery on h, closed at the end of the test.
func startDiscovery(t testing.TB, h *Host, cfg DiscoveryConfig) *Discovery {
	t.Helper()
	d, err := h.StartDiscovery(testCtx(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

// discoveryChain starts hubs hubs then users users, each bootstrapped from the one started before it
// only: hub 0 knows nobody, user 0 knows only the last hub, user 1 only user 0.
func discoveryChain(t testing.TB, hubs, users int) (hosts []*Host, ds []*Discovery) {
	t.Helper()
	for i := range hubs + users {
		h := newTestHost(t, nil)
		var cfg DiscoveryConfig
		if i == 0 {
			cfg = fastDiscovery(true)
		} else {
			cfg = fastDiscovery(i < hubs, hosts[i-1])
		}
		ds = append(ds, startDiscovery(t, h, cfg))
		hosts = append(hosts, h)
	}
	return hosts, ds
}

func TestDiscoveryChain(t *testing.T) {
	hosts, ds := discoveryChain(t, 3, 2)
	alice, bob := ds[3], ds[4] // two users; bob knows only alice
	if bob.kad.RoutingTable().Size() == 0 {
		t.Fatal("bob joined the DHT with an empty routing table")
	}
	t.Run("a user finds a record by address alone", func(t *testing.T) {
		addr := common.HexToAddress("0xa11ce")
		if err := alice.PutPayee(testCtx(t), addr, testRecord(addr, "1")); err != nil {
			t.Fatal(err)
		}
		got, err := bob.GetPayee(testCtx(t), addr)
		if err != nil || !bytes.Equal(got, testRecord(addr, "1")) {
			t.Fatalf("GetPayee = %q, %v", got, err)
		}
	})
	t.Run("a newer record replaces an older, never the reverse", func(t *testing.T) {
		addr := common.HexToAddress("0xb0b")
		mustPut(t, bob, addr, "1")
		mustPut(t, bob, addr, "2")
		if err := alice.PutPayee(testCtx(t), addr, testRecord(addr, "1")); !errors.Is(err, ErrNotStored) {
			t.Fatalf("putting the older record again: %v, want %v", err, ErrNotStored)
		}
		if got, err := alice.GetPayee(testCtx(t), addr); err != nil || !bytes.Equal(got, testRecord(addr, "2")) {
			t.Fatalf("GetPayee = %q, %v", got, err)
		}
	})
	t.Run("an invalid record is refused", func(t *testing.T) {
		addr, other := common.HexToAddress("0xca201"), common.HexToAddress("0xda4e")
		for _, rec := range [][]byte{testRecord(addr, "bad"), testRecord(other, "1")} {
			if err := alice.PutPayee(testCtx(t), addr, rec); err == nil {
				t.Fatalf("PutPayee accepted %q", rec)
			}
		}
		if _, err := bob.GetPayee(testCtx(t), addr); !errors.Is(err, ErrNotFound) {
			t.Fatalf("GetPayee of a record never stored: %v, want %v", err, ErrNotFound)
		}
	})
	t.Run("a user finds hubs it was never told of", func(t *testing.T) {
		want := map[peer.ID]bool{hosts[0].ID(): true, hosts[1].ID(): true, hosts[2].ID(): true}
		var found []peer.AddrInfo
		waitFor(t, "bob to find the three hubs", func() bool {
			var err error
			found, err = bob.FindHubs(testCtx(t), 10)
			return err == nil && len(found) == len(want)
		})
		for _, info := range found {
			if !want[info.ID] || len(info.Addrs) == 0 {
				t.Fatalf("found %v, want the hubs with addresses", found)
			}
		}
		if hubs, err := bob.FindHubs(testCtx(t), 1); err != nil || len(hubs) != 1 {
			t.Fatalf("FindHubs(1) = %v, %v", hubs, err)
		}
		hubs, err := ds[0].FindHubs(testCtx(t), 10) // a hub finds the others, not itself
		if err != nil || len(hubs) != 2 {
			t.Fatalf("hub 0 FindHubs = %v, %v", hubs, err)
		}
	})
}

func mustPut(t *testing.T, d *Discovery, addr common.Address, v string) {
	t.Helper()
	if err := d.PutPayee(testCtx(t), addr, testRecord(addr, v)); err != nil {
		t.Fatal(err)
	}
}

func TestStartDiscoveryRefuses(t *testing.T) {
	h := newTestHost(t, nil)
	gone := newTestHost(t, nil)
	_ = gone.Close()
	short := func() context.Context {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		t.Cleanup(cancel)
		return ctx
	}
	tests := []struct {
		name string
		cfg  DiscoveryConfig
		want error
	}{
		{"no validator", DiscoveryConfig{Rendezvous: testRendezvous}, ErrBadConfig},
		{"no rendezvous", DiscoveryConfig{Payees: versionValidator{}}, ErrBadConfig},
		{"negative retry", DiscoveryConfig{Payees: versionValidator{}, Rendezvous: "x", AdvertiseRetry: -1}, ErrBadConfig},
		{"negative store", DiscoveryConfig{Payees: versionValidator{}, Rendezvous: "x", MaxStoredBytes: -1}, ErrBadConfig},
		{"bootstrap peer without address", DiscoveryConfig{Payees: versionValidator{}, Rendezvous: "x",
			Bootstrap: []peer.AddrInfo{{ID: "not a secp256k1 id"}}}, ErrBadConfig},
		{"unreachable bootstrap peer", fastDiscovery(false, gone), ErrNoBootstrap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := h.StartDiscovery(short(), tt.cfg); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
		})
	}
	// A bootstrap peer that is up but runs no DHT server leads nowhere: the routing table stays empty.
	lonely := newTestHost(t, nil)
	if _, err := h.StartDiscovery(short(), fastDiscovery(false, lonely)); !errors.Is(err, ErrNoBootstrap) {
		t.Fatalf("bootstrap through a host without discovery: %v, want %v", err, ErrNoBootstrap)
	}
	// The failed starts left nothing behind: discovery starts now.
	hub := newTestHost(t, nil)
	startDiscovery(t, hub, fastDiscovery(true))
	startDiscovery(t, h, fastDiscovery(false, hub))
}

func TestDiscoveryOnePerHostAndClosedWithIt(t *testing.T) {
	h := newTestHost(t, nil)
	d := startDiscovery(t, h, fastDiscovery(true))
	if _, err := h.StartDiscovery(testCtx(t), fastDiscovery(true)); err == nil {
		t.Fatal("a second discovery started on the host")
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d = startDiscovery(t, h, fastDiscovery(true)) // after Close, a new one may start
	_ = h.Close()
	waitFor(t, "the host's Close to close the DHT", func() bool { return d.kad.Context().Err() != nil })
}

// TestDiscoveryStartRacesHostClose: a host that closes while its discovery starts (a node stopping while
// it joins the DHT) closes the discovery once, cleanly, whatever the order: run it with -race.
func TestDiscoveryStartRacesHostClose(t *testing.T) {
	hub := newTestHost(t, nil)
	startDiscovery(t, hub, fastDiscovery(true))
	for i := range 20 {
		h := newTestHost(t, nil)
		cfg := fastDiscovery(true)
		if i%2 == 1 {
			cfg = fastDiscovery(true, hub)
		}
		cfg.MDNS = i%4 < 2
		closed := make(chan struct{})
		go func() { _ = h.Close(); close(closed) }()
		d, err := h.StartDiscovery(testCtx(t), cfg)
		if err == nil {
			<-closed
			waitFor(t, "the host's Close to close the DHT", func() bool { return d.kad.Context().Err() != nil })
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
		}
		<-closed
	}
}

// TestDiscoveryOnAClosedHost: discovery on a host already closed fails, and leaves nothing running.
func TestDiscoveryOnAClosedHost(t *testing.T) {
	h := newTestHost(t, nil)
	_ = h.Close()
	if d, err := h.StartDiscovery(testCtx(t), fastDiscovery(true)); err == nil {
		_ = d.Close()
		t.Fatal("discovery started on a closed host")
	}
}
