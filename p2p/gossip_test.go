package p2p

import (
	"context"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

func acceptAll(context.Context, peer.ID, []byte) GossipVerdict { return GossipAccept }

func TestGossipPublishReachesPeer(t *testing.T) {
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
