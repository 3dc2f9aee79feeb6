package node

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
)

// Review 5 (hub operations, Mallory): idle reclaim, drain and the fee ledger attacked by a malicious user
// of an honest hub, against real engines over libp2p with SQLite stores.

func isWithdraw(u protocol.Update) bool { _, ok := u.(protocol.Withdraw); return ok }

// countersignOnTop is countersign for a proposal that may arrive before her own proposal's answer is
// back (the hub proposes in the turn that countersigns hers): it waits, up to a second, for her latest
// state to catch up with it.
func (m *mallory) countersignOnTop(p protocol.Propose) protocol.Message {
	for range 100 {
		if m.latest().Latest.State.TxCountGlobal+1 >= p.Proposal.State.TxCountGlobal {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return m.countersign(p)
}

// TestMal5RefusedReclaimIsNotProposedAgain: Mallory refuses every idle reclaim. Each one the hub proposes
// is another state signed by it (its timeout differs), stored among the channel's refused proposals
// until the channel moves past their nonce, which she never lets it: one more row and one more entry in
// memory every collateral cooldown, forever, for a channel she keeps idle. Safe outcome: a channel with
// a refused proposal still binding is not idle-reclaimed again (its next update supersedes it).
func TestMal5RefusedReclaimIsNotProposedAgain(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	m := newMalloryUser(t, devchain.DevKey(7), hub.testNode, newClock())
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	idle := &CollateralPolicy{IdleAfter: 20 * time.Millisecond} // no floor: all 200,000 wei are idle
	_ = hub.eng.query(testCtx(t), func() { hub.eng.cfg.ChannelCollateral[m.addr] = idle })
	reclaimable := func() (excess uint64, ok bool) {
		time.Sleep(50 * time.Millisecond)
		_ = hub.eng.query(testCtx(t), func() {
			var x [2]uint256.Int
			x, ok = hub.eng.idleExcess(hub.eng.channels[m.addr])
			excess = x[0].Uint64()
		})
		return excess, ok
	}
	if excess, ok := reclaimable(); !ok || excess != 200_000 {
		t.Fatalf("the idle channel has %d wei to reclaim (%v), want 200000", excess, ok)
	}
	m.setAnswer(refuseAll)
	if _, err := hub.eng.reclaim(testCtx(t), m.addr, *uint256.NewInt(200_000), uint256.Int{}); err == nil {
		t.Fatal("the reclaim went through although Mallory refused it")
	}
	if excess, ok := reclaimable(); ok {
		t.Fatalf("the hub would reclaim %d wei again while its refused reclaim still binds it: one more refused proposal stored each time", excess)
	}
}
