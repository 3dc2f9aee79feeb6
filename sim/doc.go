// Package sim is `spoke sim`: a discrete-event simulator of the hub network that runs spoke's own
// routing code under virtual time (docs/sim.md).
//
// What runs is spoke's: routing.FindRoute through announce.View (the node's route query), routing.Memory
// fed as the node's payer feeds it, the node's retry policy (routing.DefaultMaxAttempts) and expiry
// rules, announce.Table at every node's gossip door (validation, the per-hub rate limit, pruning), and
// protocol.ApplyAll for every channel update, with real signatures when Config.VerifySignatures. What is
// simulated: the transport (latency, loss, bandwidth, the gossip mesh), the chain (top-ups confirm after
// a delay), the workload and the faults. Autocollateral is sized by package collateral, the node's own
// policy code (collateral.go runs it through the protocol machine); the package does not import node.
//
// Determinism: one Scheduler orders events by virtual time, then by the order they were scheduled;
// every random draw comes from a PCG stream of the seed; no map's order reaches the output. The same
// Config gives byte-identical CSV, JSON, text and plots, whatever the number of sweep workers.
//
// Layout: config.go and validate.go (the scenario and its checks, errors naming the field),
// topology.go and importer.go (generators, JSON/CSV import, the CLoTH converter), world.go (nodes,
// channels, Apply), gossip.go, payment.go, collateral.go, faults.go, run.go (Run), metrics.go,
// summary.go, output.go, files.go and plot.go (the only I/O), sweep.go (grids on several cores).
package sim
