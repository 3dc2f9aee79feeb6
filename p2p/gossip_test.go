package p2p

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

func acceptAll(context.Context, peer.ID, []byte) GossipVerdict { return GossipAccept }

// gossipPair is two connected hosts that joined the topic, accepting everything, once each sees the
// other on it: a, and both gossips.
func gossipPair(t *testing.T) (*Host, *Gossip, *Gossip) {
	t.Helper()
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	ga, err := a.JoinGossip(GossipConfig{Validate: acceptAll})
	if err != nil {
		t.Fatal(err)
	}
	gb, err := b.JoinGossip(GossipConfig{Validate: acceptAll})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Connect(testCtx(t), a.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "topic peers", func() bool { return len(ga.Peers()) == 1 && len(gb.Peers()) == 1 })
	return a, ga, gb
}

func TestGossipPublishReachesPeer(t *testing.T) {
	a, ga, gb := gossipPair(t)
	if err := ga.Publish(testCtx(t), []byte("hello")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	m, err := gb.Next(ctx)
	if err != nil || string(m.Data) != "hello" || m.From != a.ID() {
		t.Fatalf("%q from %s, %v", m.Data, m.From, err)
	}
}

func TestRepublishSendsRounds(t *testing.T) {
	_, ga, gb := gossipPair(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	round := 0
	go ga.Republish(ctx, 20*time.Millisecond, func() ([]byte, error) {
		round++
		return []byte{byte(round)}, nil
	})
	// Three rounds, each newer than the last: gossip is best effort and a loaded machine can lose a round
	// (seen under -race: round 4 came third), which is what the next round is for.
	last := byte(0)
	for range 3 {
		m, err := gb.Next(testCtx(t))
		if err != nil || m.Data[0] <= last {
			t.Fatalf("after round %d: %v, %v", last, m.Data, err)
		}
		last = m.Data[0]
	}
}

func TestGossipRejectsOversizedAtTheDoor(t *testing.T) {
	a := newTestHost(t, nil)
	called := false
	g, err := a.JoinGossip(GossipConfig{Validate: func(context.Context, peer.ID, []byte) GossipVerdict {
		called = true
		return GossipAccept
	}, MaxMessageSize: 16})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Publish(testCtx(t), make([]byte, 17)); err == nil {
		t.Fatal("oversized message published")
	}
	if called || g.Stats().Rejected != 1 {
		t.Fatalf("validator called %v, stats %+v", called, g.Stats())
	}
}

func TestJoinGossipNeedsValidator(t *testing.T) {
	if _, err := newTestHost(t, nil).JoinGossip(GossipConfig{}); err == nil {
		t.Fatal("no error")
	}
}

func TestHubSyncRecords(t *testing.T) {
	records := [][]byte{[]byte("one"), {}, bytes.Repeat([]byte("x"), 300)}
	body := packRecords(records, 1<<20)
	got, err := unpackRecords(body, 300)
	if err != nil || len(got) != 3 || string(got[2]) != string(records[2]) {
		t.Fatalf("%q, %v", got, err)
	}
	if _, err := unpackRecords(body, 299); !errors.Is(err, ErrBadResponse) {
		t.Fatalf("record over the cap: %v", err)
	}
	if _, err := unpackRecords(body[:len(body)-1], 300); !errors.Is(err, ErrBadResponse) {
		t.Fatalf("truncated: %v", err)
	}
	if n := len(packRecords(records, 10)); n != 5 {
		t.Fatalf("packed %d bytes under a limit of 10, want the first two records (5)", n)
	}
}

func TestHubSyncOverStreams(t *testing.T) {
	server := newTestHost(t, nil)
	server.ServeHubSync(func() [][]byte { return [][]byte{[]byte("a"), []byte("bc")} })
	client := connected(t, server)
	got, err := client.FetchHubs(testCtx(t), server.ID(), 8)
	if err != nil || len(got) != 2 || string(got[1]) != "bc" {
		t.Fatalf("%q, %v", got, err)
	}
}
