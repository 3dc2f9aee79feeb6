package node

import (
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"spoke/protocol"
)

// countingMonitor counts what the engine reports to its Monitor.
type countingMonitor struct{ resent, paid atomic.Int64 }

func (m *countingMonitor) PaymentDone(time.Duration, error) { m.paid.Add(1) }
func (m *countingMonitor) ProposalResent()                  { m.resent.Add(1) }

// TestMonitorCountsResends: the hub's Countersign of state 2 is lost after the hub stored it; the user
// resends the same proposal, and its Monitor hears of exactly that resend. The Gauges snapshot then
// shows each side's channel open, the hub's balance as its collateral, nothing locked or pending.
func TestMonitorCountsResends(t *testing.T) {
	dir := t.TempDir()
	var lost atomic.Bool
	var hubMon, userMon countingMonitor
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), func(c *Config) {
		c.Monitor = &hubMon
		c.loseAnswer = func(m protocol.Message) bool {
			cs, ok := m.(protocol.Countersign)
			return ok && cs.TxCountGlobal == 2 && lost.CompareAndSwap(false, true)
		}
	})
	user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) {
		c.Hub, c.HubPeer, c.Monitor = hubAddr, hub.host.ID(), &userMon
	})
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	p := pair{hub: hub, user: user}
	credit(t, p) // state 1
	if userMon.resent.Load() != 0 {
		t.Fatalf("%d resends before any answer was lost", userMon.resent.Load())
	}
	if _, err := user.eng.Update(testCtx(t), hubAddr, wei(10)); err != nil { // state 2, answer lost
		t.Fatal(err)
	}
	if n := userMon.resent.Load(); n != 1 {
		t.Errorf("user's Monitor heard of %d resends, want 1", n)
	}
	if n := hubMon.resent.Load(); n != 0 {
		t.Errorf("hub's Monitor heard of %d resends, want 0", n)
	}
	other := map[Role]Role{Hub: User, User: Hub}
	for _, c := range []struct {
		name string
		n    *testNode
		side Role
		hubs uint64
	}{{"hub", hub, Hub, 10}, {"user", user, User, 0}} {
		g, err := c.n.eng.Gauges(testCtx(t))
		if err != nil {
			t.Fatal(err)
		}
		if g.Channels[c.side][PhaseOpen] != 1 || len(g.Channels[c.side]) != 1 || len(g.Channels[other[c.side]]) != 0 {
			t.Errorf("%s: channels %v, want one open on its side", c.name, g.Channels)
		}
		if g.Collateral[0].Uint64() != c.hubs || g.OpenLocks != 0 || g.PendingOnChain != 0 || g.Outstanding != 0 {
			t.Errorf("%s: gauges %+v, want %d wei of collateral and nothing open", c.name, g, c.hubs)
		}
	}
}
