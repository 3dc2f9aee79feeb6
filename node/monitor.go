package node

import (
	"context"
	"time"

	"github.com/holiman/uint256"

	"spoke/contracts/chain"
)

// Monitor receives the measurements that the engine's events do not carry (Config.Monitor). Its methods
// are called from the engine's goroutines, the loop among them, so they must be quick and safe for
// concurrent use.
type Monitor interface {
	// PaymentDone reports a Pay call that returned after d with err (nil: every payment settled).
	PaymentDone(d time.Duration, err error)
	// ProposalResent reports a proposal sent again: its earlier send went unanswered or the peer was
	// behind, or it was outstanding when the node last stopped.
	ProposalResent()
}

// noMonitor is the Monitor of an engine configured without one.
type noMonitor struct{}

func (noMonitor) PaymentDone(time.Duration, error) {}
func (noMonitor) ProposalResent()                  {}

// monitor returns the configured Monitor, or one that drops everything.
func (e *Engine) monitor() Monitor {
	if e.cfg.Monitor == nil {
		return noMonitor{}
	}
	return e.cfg.Monitor
}

// ChannelPhase is where a channel is in its life, as a gauge counts it.
type ChannelPhase string

// Channel phases, in the order a channel goes through them.
const (
	PhaseOpen    ChannelPhase = "open"    // takes updates; no on-chain operation pending
	PhasePending ChannelPhase = "pending" // its latest state asks for on-chain operations not yet confirmed
	PhaseExiting ChannelPhase = "exiting" // this node closes it, or an exit runs on-chain
	PhaseExited  ChannelPhase = "exited"  // an exit ran on-chain and is over: the off-chain channel is done
)

// Gauges is a snapshot of the engine's channels for monitoring (Engine.Gauges).
type Gauges struct {
	// Channels counts channels by this node's side in them (Hub or User) and phase.
	Channels map[Role]map[ChannelPhase]int
	// Collateral is what this node holds as the hub of its channels (wei, token): its balances in them.
	Collateral [2]uint256.Int
	// Locked is what this node's open locks, sent or received, hold (wei, token), over all channels.
	Locked [2]uint256.Int
	// OpenLocks counts the open hashlocked transfers over all channels.
	OpenLocks int
	// PendingOnChain counts channels whose latest state asks for on-chain operations (deposits,
	// withdrawals) not yet confirmed; CollateralRunning the hub's collateral operations under way.
	PendingOnChain, CollateralRunning int
	// Outstanding counts this node's proposals sent and not answered yet; Queued the commands waiting
	// for the next proposal of their channel.
	Outstanding, Queued int
	// AwaitingBackup counts the channels whose next proposal waits for a newer backup (a node that backs
	// up signs nothing past what its last stored backup covers: its backups are failing).
	AwaitingBackup int
}

// Gauges returns a snapshot of the engine's channels. The loop takes it between turns, so a scrape
// costs the loop a walk over the channels and nothing else.
func (e *Engine) Gauges(ctx context.Context) (Gauges, error) {
	g := Gauges{Channels: map[Role]map[ChannelPhase]int{Hub: {}, User: {}}}
	err := e.query(ctx, func() {
		for _, ch := range e.channels {
			g.Channels[ch.role()][e.phase(ch)]++
			e.gaugeChannel(&g, ch)
		}
		g.CollateralRunning = len(e.coll.running)
	})
	return g, err
}

// gaugeChannel adds ch's amounts and counts to g (in the loop).
func (e *Engine) gaugeChannel(g *Gauges, ch *channel) {
	s := &ch.ch.Latest.State
	if ch.hubSide {
		g.Collateral[0].Add(&g.Collateral[0], &s.WeiHub)
		g.Collateral[1].Add(&g.Collateral[1], &s.TokenHub)
	}
	for i := range ch.ch.Locks {
		l := &ch.ch.Locks[i]
		g.Locked[0].Add(&g.Locked[0], &l.AmountWei)
		g.Locked[1].Add(&g.Locked[1], &l.AmountToken)
	}
	g.OpenLocks += len(ch.ch.Locks)
	if !s.Pending.IsZero() {
		g.PendingOnChain++
	}
	if ch.out != nil {
		g.Outstanding++
	}
	g.Queued += len(ch.queue)
	if ch.awaitingBackup {
		g.AwaitingBackup++
	}
}

// phase is ch's phase (in the loop).
func (e *Engine) phase(ch *channel) ChannelPhase {
	s := &ch.ch.Latest.State
	k := chain.ChannelKey{Hub: s.Hub, User: s.User}
	switch {
	case ch.exiting || e.watch.view.exiting[k]:
		return PhaseExiting
	case e.watch.view.exited[k]:
		return PhaseExited
	case !s.Pending.IsZero():
		return PhasePending
	}
	return PhaseOpen
}

// Clients is the number of addresses the watchtower serves.
func (t *Tower) Clients() int { return len(t.clients) }

// Channels is the number of channels whose latest state the watchtower keeps.
func (t *Tower) Channels(ctx context.Context) (int, error) {
	cs, err := t.store.Channels(ctx)
	return len(cs), err
}
