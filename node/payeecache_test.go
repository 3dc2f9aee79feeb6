package node

import (
	"encoding/binary"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestPayeeCache checks what Payee keeps: a record is found again while fresh, as a copy; it is gone once
// stale or forgotten; and the cache never holds more than maxPayees.
func TestPayeeCache(t *testing.T) {
	var c payeeCache
	a := common.Address{1}
	hub := common.Address{9}
	c.put(a, PayeeInfo{Key: &userKey.PublicKey, Hubs: []common.Address{hub}})
	got, ok := c.get(a)
	if !ok || got.Key != &userKey.PublicKey || len(got.Hubs) != 1 || got.Hubs[0] != hub {
		t.Fatalf("get after put: %+v, %v", got, ok)
	}
	got.Hubs[0] = common.Address{}
	if again, _ := c.get(a); again.Hubs[0] != hub {
		t.Fatal("a caller's change to what get returned reached the cache")
	}
	c.forget(a)
	if _, ok := c.get(a); ok {
		t.Fatal("found after forget")
	}
	c.put(a, PayeeInfo{Key: &userKey.PublicKey})
	c.mu.Lock()
	e := c.m[a]
	e.at = time.Now().Add(-payeeFresh)
	c.m[a] = e
	c.mu.Unlock()
	if _, ok := c.get(a); ok {
		t.Fatal("found once stale")
	}
	for i := range 2 * maxPayees {
		var addr common.Address
		binary.BigEndian.PutUint32(addr[16:], uint32(i+2))
		c.put(addr, PayeeInfo{})
		if n := len(c.m); n > maxPayees {
			t.Fatalf("%d records kept, at most %d", n, maxPayees)
		}
	}
}
