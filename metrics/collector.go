package metrics

import (
	"context"
	"math/big"
	"time"

	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"

	"spoke/node"
)

// scrapeTimeout bounds what one scrape waits for the engine and the chain.
const scrapeTimeout = 5 * time.Second

// nodeCollector reads a node's gauges on each scrape: the engine's channels through Engine.Gauges (the
// loop takes the snapshot), the rest from parts safe for concurrent use.
type nodeCollector struct {
	n *node.Node
	m *Metrics

	info, channels, collateral, locked, openLocks, pending, collRunning *prometheus.Desc
	outstanding, queued, reserve, peers, backupLast, backupLag          *prometheus.Desc
	towerClients, towerChannels, hubs, draining, awaitingBackup         *prometheus.Desc
}

func newNodeCollector(n *node.Node, m *Metrics) *nodeCollector {
	d := func(name, help string, labels ...string) *prometheus.Desc {
		return prometheus.NewDesc(prometheus.BuildFQName(Namespace, "", name), help, labels, nil)
	}
	return &nodeCollector{n: n, m: m,
		info:          d("node_info", "The node: its address and role (value 1).", "address", "role"),
		channels:      d("channels", "Channels by this node's side in them (hub or user) and phase (open, pending, exiting, exited).", "side", "phase"),
		collateral:    d("collateral_base_units", "What this node holds as the hub of its channels, by asset (wei, token base units; float64, approximate above 2^53).", "asset"),
		locked:        d("locked_base_units", "What open hashlocked transfers hold over all channels, by asset (float64, approximate above 2^53).", "asset"),
		openLocks:     d("open_locks", "Open hashlocked transfers over all channels."),
		pending:       d("pending_onchain_operations", "Channels whose latest state asks for on-chain operations (deposits, withdrawals) not yet confirmed."),
		collRunning:   d("collateral_operations_running", "The hub's collateral operations under way (on-chain transactions and their confirming updates)."),
		outstanding:   d("proposals_outstanding", "This node's channel update proposals sent and not answered yet."),
		queued:        d("commands_queued", "Commands waiting for their channel's next proposal."),
		reserve:       d("reserve_base_units", "The hub's on-chain reserve, by asset (float64, approximate above 2^53; exact in spoke collateral).", "asset"),
		peers:         d("peers_connected", "libp2p peers this node is connected to."),
		backupLast:    d("backup_last_success_timestamp_seconds", "When the snapshot of the last successful backup was taken (unix time)."),
		backupLag:     d("backup_lag_seconds", "0 when no state changed since the last backup's snapshot; else the seconds since that snapshot (what a restore would lose is at most that recent)."),
		towerClients:  d("tower_clients", "Addresses this node's watchtower serves."),
		towerChannels: d("tower_channels", "Channels whose latest state this node's watchtower keeps."),
		hubs:          d("hubs", "Hubs this node is a user of."),
		draining:      d("draining", "1 while the hub drains before a shutdown (spoke hub drain), refusing new payments; else 0."),
		awaitingBackup: d("channels_awaiting_backup", "Channels whose next proposal waits for a newer backup: "+
			"a node that backs up signs nothing past what its last stored backup covers (its backups are failing)."),
	}
}

// Describe implements prometheus.Collector.
func (c *nodeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.info, c.channels, c.collateral, c.locked, c.openLocks, c.pending, c.collRunning,
		c.outstanding, c.queued, c.reserve, c.peers, c.backupLast, c.backupLag, c.towerClients, c.towerChannels, c.hubs, c.draining,
		c.awaitingBackup} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (c *nodeCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	gauge(c.info, 1, c.n.Address().Hex(), c.n.Role().String())
	gauge(c.peers, float64(c.n.Host.PeerCount()))
	gauge(c.hubs, float64(len(c.n.Hubs())))
	c.collectEngine(ctx, ch, gauge)
	c.collectReserve(ctx, ch, gauge)
	c.collectBackup(gauge)
	c.collectTower(ctx, ch, gauge)
}

// gaugeFunc emits one gauge sample.
type gaugeFunc func(d *prometheus.Desc, v float64, labels ...string)

// collectEngine emits the engine's snapshot.
func (c *nodeCollector) collectEngine(ctx context.Context, ch chan<- prometheus.Metric, gauge gaugeFunc) {
	g, err := c.n.Gauges(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.channels, err)
		return
	}
	for side, phases := range g.Channels {
		for _, p := range []node.ChannelPhase{node.PhaseOpen, node.PhasePending, node.PhaseExiting, node.PhaseExited} {
			gauge(c.channels, float64(phases[p]), side.String(), string(p))
		}
	}
	assets(gauge, c.collateral, g.Collateral)
	assets(gauge, c.locked, g.Locked)
	gauge(c.openLocks, float64(g.OpenLocks))
	gauge(c.pending, float64(g.PendingOnChain))
	gauge(c.collRunning, float64(g.CollateralRunning))
	gauge(c.outstanding, float64(g.Outstanding))
	gauge(c.queued, float64(g.Queued))
	gauge(c.awaitingBackup, float64(g.AwaitingBackup))
}

// assets emits a pair of amounts (wei, token) as d with its asset label.
func assets(gauge gaugeFunc, d *prometheus.Desc, v [2]uint256.Int) {
	gauge(d, approx(&v[0]), "wei")
	gauge(d, approx(&v[1]), "token")
}

// collectReserve emits a hub's on-chain reserve (a chain call).
func (c *nodeCollector) collectReserve(ctx context.Context, ch chan<- prometheus.Metric, gauge gaugeFunc) {
	if c.n.Role() != node.Hub || c.n.Chain == nil {
		return
	}
	draining := 0.0
	if c.n.Draining() {
		draining = 1
	}
	gauge(c.draining, draining)
	wei, token, err := c.n.Chain.Reserve(ctx, c.n.Address())
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.reserve, err)
		return
	}
	gauge(c.reserve, bigFloat(wei), "wei")
	gauge(c.reserve, bigFloat(token), "token")
}

// collectBackup emits the backup's age and lag, when the node backs up.
func (c *nodeCollector) collectBackup(gauge gaugeFunc) {
	if c.n.Backups == nil {
		return
	}
	last := c.n.Backups.LastSaved()
	if !last.IsZero() {
		gauge(c.backupLast, float64(last.UnixNano())/1e9)
	}
	gauge(c.backupLag, backupLag(last, c.m.lastChange.Load(), c.m.watching, time.Now()))
}

// backupLag is 0 when the last state change (unix nanoseconds; 0: none seen) is older than the last
// backup's snapshot, else the time since that snapshot; with no backup yet, since from (when the metrics
// began watching: the saver backs up at start, so that is as old as any change it missed).
func backupLag(saved time.Time, change int64, from, now time.Time) float64 {
	switch {
	case change == 0 || !saved.IsZero() && change <= saved.UnixNano():
		return 0
	case saved.IsZero():
		return now.Sub(from).Seconds()
	}
	return now.Sub(saved).Seconds()
}

// collectTower emits the watchtower's clients and channels, when the node serves as one.
func (c *nodeCollector) collectTower(ctx context.Context, ch chan<- prometheus.Metric, gauge gaugeFunc) {
	if c.n.Tower == nil {
		return
	}
	gauge(c.towerClients, float64(c.n.Tower.Clients()))
	n, err := c.n.Tower.Channels(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(c.towerChannels, err)
		return
	}
	gauge(c.towerChannels, float64(n))
}

// bigFloat is v as a float64 (rounded above 2^53).
func bigFloat(v *big.Int) float64 {
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}
