// Package metrics exposes a spoke node to Prometheus: counters of what its events report (payments sent,
// received, forwarded, failed by reason), histograms of payment latency as the payer sees it, of the
// store's group commits and of on-chain confirmation waits, and gauges read from the engine on each
// scrape (channels by phase, collateral, locks, pending on-chain operations, peers, backup lag, tower
// clients). docs/metrics.md lists every series; docs/grafana/spoke.json is a dashboard of them.
//
// Nothing here touches the engine's loop-owned state: counters come from Engine.Subscribe and the
// engine's Monitor hook, gauges from Engine.Gauges (taken by the loop between turns) and from parts that
// are safe for concurrent use (the host, the chain adapter, the backup saver, the tower's store).
//
// Money is exposed in base units (wei, token base units) as Prometheus values, which are float64: exact
// up to 2^53 (about 0.009 ether), approximate above. They are for dashboards; the exact figures are in
// the API (spoke collateral, spoke channel).
package metrics
