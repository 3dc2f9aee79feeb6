package announce

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/state"
)

// fakeClock is the clock every node of a network test reads.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// node is a host on loopback with its gossip door; table is nil for Mallory, who accepts anything.
type node struct {
	key    *ecdsa.PrivateKey
	host   *p2p.Host
	gossip *p2p.Gossip
	table  *Table
}

// newNode starts a host that joins the hubs topic through a Table (honest) or no door at all (Mallory).
func newNode(t *testing.T, clock *fakeClock, honest bool) *node {
	t.Helper()
	n := &node{key: newKey(t)}
	h, err := p2p.New(p2p.Config{Key: n.key})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = h.Close() })
	n.host = h
	cfg := p2p.GossipConfig{
		Validate:       func(context.Context, peer.ID, []byte) p2p.GossipVerdict { return p2p.GossipAccept },
		MaxMessageSize: 1 << 20, // Mallory sends what she likes
	}
	if honest {
		n.table = newTable(t)
		cfg = p2p.GossipConfig{Validate: Validator(n.table, clock.Now)}
		h.ServeHubSync(n.table.All)
	}
	if n.gossip, err = h.JoinGossip(cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.gossip.Close() })
	return n
}

func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func connect(t *testing.T, a, b *node) {
	t.Helper()
	if err := a.host.Connect(ctxFor(t, 5*time.Second), b.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls cond until it holds or 10 s pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// subscribed reports whether n sees every one of others on the topic.
func (n *node) subscribed(others ...*node) bool {
	seen := map[peer.ID]bool{}
	for _, id := range n.gossip.Peers() {
		seen[id] = true
	}
	for _, o := range others {
		if !seen[o.host.ID()] {
			return false
		}
	}
	return true
}

// announcement returns the node's announcement signed at the clock's time.
func (n *node) announcement(t *testing.T, at time.Time, edit func(*Announcement)) []byte {
	t.Helper()
	a := sample(at)
	a.Addrs = nil
	for _, ma := range n.host.Addrs() {
		a.Addrs = append(a.Addrs, ma.String())
	}
	if edit != nil {
		edit(&a)
	}
	return mustEncode(t, mustSign(t, a, n.key))
}

// next returns the next message n delivers, failing the test if none comes within d.
func (n *node) next(t *testing.T, d time.Duration) []byte {
	t.Helper()
	m, err := n.gossip.Next(ctxFor(t, d))
	if err != nil {
		t.Fatalf("no message delivered: %v", err)
	}
	return m.Data
}

// nothingDelivered checks n delivers no message within a short wait.
func (n *node) nothingDelivered(t *testing.T) {
	t.Helper()
	if m, err := n.gossip.Next(ctxFor(t, 300*time.Millisecond)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("delivered %d bytes (%v), want nothing", len(m.Data), err)
	}
}

// TestGossipThroughTheDoor: hub A, relay B and C in a line (A-B-C), Mallory connected to B. A's
// announcement reaches C through B's door; Mallory's forged, foreign, oversized and malformed messages
// are rejected at B, her replays and too frequent ones ignored, and none reaches B's or C's
// subscribers; a new node catches up from B over hubs-sync; B prunes.
func TestGossipThroughTheDoor(t *testing.T) {
	clock := &fakeClock{now: t0}
	a, b, c := newNode(t, clock, true), newNode(t, clock, true), newNode(t, clock, true)
	mallory := newNode(t, clock, false)
	connect(t, a, b)
	connect(t, c, b)
	connect(t, mallory, b)
	waitFor(t, "topic peers", func() bool { return b.subscribed(a, c, mallory) && a.subscribed(b) && c.subscribed(b) })
	warmUp(t, clock, a, c)
	b.drain(t)
	c.drain(t)
	statsBefore := b.gossip.Stats()

	first := a.announcement(t, clock.Now(), nil)
	publishAndDeliver(t, a, first, b, c)

	bad := mallorysMessages(t, a, mallory, clock)
	for _, m := range bad {
		if err := mallory.gossip.Publish(ctxFor(t, 5*time.Second), m); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "B's verdicts on Mallory's messages", func() bool {
		s := b.gossip.Stats()
		return s.Rejected == statsBefore.Rejected+5 && s.Ignored == statsBefore.Ignored+2
	})
	b.nothingDelivered(t)
	c.nothingDelivered(t)
	if s := c.gossip.Stats(); s.Rejected != 0 || s.Ignored != 0 {
		t.Fatalf("C saw Mallory's messages: %+v", s)
	}

	clock.Advance(time.Minute)
	latest := a.announcement(t, clock.Now(), nil)
	publishAndDeliver(t, a, latest, b, c)

	checkCatchUp(t, clock, b, a.host.Address(), b.table.Len())
	if n := b.table.Prune(clock.Now().Add(3*time.Hour), time.Hour); n == 0 {
		t.Fatal("nothing pruned")
	}
	checkCatchUp(t, clock, b, a.host.Address(), 0)
}

// warmUp waits until the meshes carry from's messages to the far node to: a message that reaches a relay
// before the relay's first heartbeat grafted the next peer is not relayed to it (it would come with the
// next round, or a catch-up). It publishes announcements of throwaway hubs, each once, until one arrives,
// and drains the deliveries of the other nodes.
func warmUp(t *testing.T, clock *fakeClock, from, to *node) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); {
		msg := mustEncode(t, mustSign(t, sample(clock.Now()), newKey(t)))
		if err := from.gossip.Publish(ctxFor(t, 5*time.Second), msg); err != nil {
			t.Fatal(err)
		}
		if m, err := to.gossip.Next(ctxFor(t, 500*time.Millisecond)); err == nil && string(m.Data) == string(msg) {
			return
		}
	}
	t.Fatal("the mesh never formed")
}

// drain discards what n delivered so far.
func (n *node) drain(t *testing.T) {
	t.Helper()
	for {
		if _, err := n.gossip.Next(ctxFor(t, 200*time.Millisecond)); err != nil {
			return
		}
	}
}

// publishAndDeliver publishes msg at from and checks every one of to delivers it.
func publishAndDeliver(t *testing.T, from *node, msg []byte, to ...*node) {
	t.Helper()
	if err := from.gossip.Publish(ctxFor(t, 5*time.Second), msg); err != nil {
		t.Fatal(err)
	}
	for _, n := range to {
		if got := n.next(t, 10*time.Second); string(got) != string(msg) {
			t.Fatalf("delivered another message")
		}
	}
}

// mallorysMessages are five messages to reject and two to ignore: a forged signature, A's announcement
// for another chain and another contract (signed by A's key, which Mallory stole for the test), one too
// large, one malformed; a replay of A's held announcement, and a newer one from A's key too soon.
func mallorysMessages(t *testing.T, a, mallory *node, clock *fakeClock) [][]byte {
	now := clock.Now()
	forged, err := Decode(a.announcement(t, now.Add(30*time.Second), nil))
	if err != nil {
		t.Fatal(err)
	}
	digest, err := forged.Digest()
	if err != nil {
		t.Fatal(err)
	}
	if forged.Signature, err = state.Sign(digest, mallory.key); err != nil { // Mallory's, claiming to be A's
		t.Fatal(err)
	}
	return [][]byte{
		encodeRaw(forged),
		a.announcement(t, now.Add(30*time.Second), func(x *Announcement) { x.ChainID++ }),
		a.announcement(t, now.Add(30*time.Second), func(x *Announcement) { x.Contract = common.Address{1} }),
		make([]byte, MaxSize+1),
		[]byte("hello hubs"),
		// Stale: A's timestamp again, other content (the same bytes again are dropped as a duplicate
		// before any validator: gossip identifies messages by their content).
		a.announcement(t, now, func(x *Announcement) { x.FeePPM++ }),
		a.announcement(t, now.Add(5*time.Second), nil), // too frequent
	}
}

// encodeRaw encodes s without checking its signature (Encode checks none).
func encodeRaw(s *Signed) []byte {
	b, err := s.Encode()
	if err != nil {
		panic(err)
	}
	return b
}

// checkCatchUp starts a new node, asks from for the current set over hubs-sync and checks it then holds
// want announcements, A's among them if any.
func checkCatchUp(t *testing.T, clock *fakeClock, from *node, hub common.Address, want int) {
	t.Helper()
	fresh := newNode(t, clock, true)
	connect(t, fresh, from)
	records, err := fresh.host.FetchHubs(ctxFor(t, 5*time.Second), from.host.ID(), MaxSize)
	if err != nil {
		t.Fatal(err)
	}
	if n := fresh.table.ApplyAll(records, clock.Now()); n != want {
		t.Fatalf("caught up %d announcements, want %d", n, want)
	}
	if _, ok := fresh.table.Get(hub); ok != (want > 0) {
		t.Fatalf("hub held: %v", ok)
	}
}

// TestPeerScoringGraylistsMallory: after enough invalid messages (ScoreParams: -2 times their count
// squared; graylist under -80) B drops everything Mallory sends, valid announcements included, without
// even validating it.
func TestPeerScoringGraylistsMallory(t *testing.T) {
	clock := &fakeClock{now: t0}
	b, mallory := newNode(t, clock, true), newNode(t, clock, false)
	connect(t, mallory, b)
	waitFor(t, "topic peers", func() bool { return b.subscribed(mallory) && mallory.subscribed(b) })
	control := mustEncode(t, mustSign(t, sample(clock.Now()), newKey(t)))
	publishAndDeliver(t, mallory, control, b)
	// Score: 1 (the control's first delivery) - 2*7*7 = -97, under the graylist's -80.
	for i := range 7 {
		if err := mallory.gossip.Publish(ctxFor(t, 5*time.Second), []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "B rejects Mallory's junk", func() bool { return b.gossip.Stats().Rejected == 7 })
	valid := mustEncode(t, mustSign(t, sample(clock.Now()), newKey(t)))
	if err := mallory.gossip.Publish(ctxFor(t, 5*time.Second), valid); err != nil {
		t.Fatal(err)
	}
	b.nothingDelivered(t)
	if s := b.gossip.Stats(); s.Accepted != 1 {
		t.Fatalf("B still validates Mallory's messages: %+v", s)
	}
}
