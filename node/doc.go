// Package node will hold spoke's engine: one per process, in the role of hub or user, and the only owner of
// I/O. For every protocol step it runs the pure step, persists the result with fsync, backs it up, and only
// then sends signatures. Hub policies (collateral, exchange rates, forwarding), the chain watcher and the
// local API live here too.
//
// It is built by the issue "Node core: signed updates over libp2p through one hub"; today the package holds
// no code.
package node
