package p2p

import (
	"errors"
	"fmt"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// fakeClock is a guard's clock that only moves when told.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// testGuard returns a guard with lim's defaults filled in, on a fake clock.
func testGuard(t *testing.T, lim Limits) (*guard, *fakeClock) {
	t.Helper()
	lim, err := lim.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{t: time.Unix(1_000_000, 0)}
	g := newGuard(lim, MaxFrameSize)
	g.now = clock.now
	return g, clock
}

// strikeUntilBanned strikes id until a verdict bans it and returns that ban's length and the strikes it
// took.
func strikeUntilBanned(t *testing.T, g *guard, id peer.ID) (time.Duration, int) {
	t.Helper()
	for n := 1; n <= 100; n++ {
		if v := g.strike(id); v.ban > 0 {
			return v.ban, n
		}
	}
	t.Fatal("no ban after 100 strikes")
	return 0, 0
}

func TestGuardBansGrowAndAreCapped(t *testing.T) {
	g, clock := testGuard(t, Limits{Strikes: 3, Ban: time.Minute, MaxBan: 5 * time.Minute})
	const mallory, alice = peer.ID("mallory"), peer.ID("alice")
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	for i, w := range want {
		ban, strikes := strikeUntilBanned(t, g, mallory)
		if ban != w {
			t.Fatalf("ban %d lasts %s, want %s", i+1, ban, w)
		}
		if i == 0 && strikes != 4 {
			t.Fatalf("first ban after %d strikes, want 4 (Strikes 3, then one more)", strikes)
		}
		if !g.banned(mallory) || g.banned(alice) {
			t.Fatalf("ban %d: mallory banned %v, alice banned %v", i+1, g.banned(mallory), g.banned(alice))
		}
		if v := g.strike(mallory); v.ban != 0 {
			t.Fatal("a strike during a ban banned again")
		}
		clock.advance(ban)
		if g.banned(mallory) {
			t.Fatalf("ban %d still on after %s", i+1, ban)
		}
	}
	clock.advance(2*5*time.Minute + time.Second) // quiet for twice MaxBan: forgiven
	if ban, _ := strikeUntilBanned(t, g, mallory); ban != time.Minute {
		t.Fatalf("after a long quiet, ban lasts %s, want the first ban's minute", ban)
	}
}

func TestGuardForgivesAStrikeAMinute(t *testing.T) {
	g, clock := testGuard(t, Limits{Strikes: 3})
	for range 20 { // one strike a minute never runs out
		if v := g.strike("slow"); v.ban != 0 {
			t.Fatal("a peer with a strike a minute was banned")
		}
		clock.advance(strikeForgiven)
	}
}

func TestGuardSpacesAPeersWarnings(t *testing.T) {
	g, clock := testGuard(t, Limits{Strikes: 1000, LogEvery: time.Minute})
	if v := g.strike("p"); !v.log || v.suppressed != 0 {
		t.Fatalf("first event: %+v, want logged", v)
	}
	for range 50 {
		if v := g.strike("p"); v.log {
			t.Fatal("an event within LogEvery of the last line was logged")
		}
	}
	if v := g.strike("q"); !v.log {
		t.Fatal("another peer's first event was not logged")
	}
	clock.advance(time.Minute)
	if v := g.strike("p"); !v.log || v.suppressed != 50 {
		t.Fatalf("after LogEvery: %+v, want logged with 50 suppressed", v)
	}
}

func TestGuardLogBudgetOverAllPeers(t *testing.T) {
	g, _ := testGuard(t, Limits{})
	logged := 0
	for i := range 1000 { // a thousand keys, one event each, at one instant
		if g.strike(peer.ID(fmt.Sprint(i))).log {
			logged++
		}
	}
	if logged != logBurst {
		t.Fatalf("%d lines for 1000 peers at once, want the budget's burst %d", logged, logBurst)
	}
}

func TestGuardRates(t *testing.T) {
	g, clock := testGuard(t, Limits{MessageRate: 10, ByteRate: 1000})
	g.maxFrame = 100
	for i := range 20 { // two seconds' worth at once
		if !g.allow("p", 0) {
			t.Fatalf("message %d of a full bucket refused", i)
		}
	}
	if g.allow("p", 0) {
		t.Fatal("message over the burst allowed")
	}
	if !g.allow("q", 2000) || g.allow("q", 1) {
		t.Fatal("byte bucket: want two seconds' worth at once, then nothing")
	}
	clock.advance(time.Second)
	if !g.allow("q", 1000) {
		t.Fatal("byte bucket not refilled after a second")
	}
}

// TestGuardOwnRate: a protocol served with its own message rate draws on a bucket of its own per peer
// and protocol, leaving the peer's shared message bucket alone, while its bytes still count against the
// peer's byte bucket.
func TestGuardOwnRate(t *testing.T) {
	g, clock := testGuard(t, Limits{MessageRate: 10, ByteRate: 1000})
	g.maxFrame = 100
	for i := range 200 { // two seconds of 100 a second
		if !g.allowOwn("p", "/spoke/thread/1.0.0", 100, 1) {
			t.Fatalf("own-rate message %d of a full bucket refused", i)
		}
	}
	if g.allowOwn("p", "/spoke/thread/1.0.0", 100, 1) {
		t.Fatal("own-rate message over its burst allowed")
	}
	if !g.allowOwn("p", "/spoke/other/1.0.0", 100, 1) {
		t.Fatal("another protocol's own bucket drained by the first")
	}
	for i := range 20 {
		if !g.allow("p", 0) {
			t.Fatalf("shared message %d refused after own-rate traffic", i)
		}
	}
	if g.allowOwn("q", "/spoke/thread/1.0.0", 100, 2001) {
		t.Fatal("own-rate frames escape the peer's byte bucket")
	}
	clock.advance(time.Second)
	for i := range 100 {
		if !g.allowOwn("p", "/spoke/thread/1.0.0", 100, 1) {
			t.Fatalf("own bucket not refilled after a second (message %d)", i)
		}
	}
}

func TestGuardTableIsBounded(t *testing.T) {
	g, _ := testGuard(t, Limits{})
	for i := range maxGuardedPeers + 100 {
		g.allow(peer.ID(fmt.Sprint(i)), 1)
	}
	if n := g.peers.len(); n != maxGuardedPeers {
		t.Fatalf("guard holds %d peers, want the bound %d", n, maxGuardedPeers)
	}
	if _, ok := g.peers.get("0"); ok {
		t.Fatal("the least recently seen peer was kept")
	}
}

func TestLRU(t *testing.T) {
	c := newLRU[string, int](2)
	c.put("a", 1)
	c.put("b", 2)
	c.get("a") // a is now the most recent
	c.put("c", 3)
	if _, ok := c.get("b"); ok || c.len() != 2 {
		t.Fatalf("b kept or len %d: want b evicted, 2 left", c.len())
	}
	if v, ok := c.get("a"); !ok || v != 1 {
		t.Fatal("a lost")
	}
}

func TestLimitsValidate(t *testing.T) {
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []Limits{{MessageRate: -1}, {Strikes: -1}, {Ban: -time.Second}, {LogEvery: -1}} {
		if _, err := New(Config{Key: key, Limits: l}); !errors.Is(err, ErrBadConfig) {
			t.Errorf("limits %+v: error %v, want ErrBadConfig", l, err)
		}
	}
}
