// Package protocol will hold spoke's pure state machines: deposit, withdrawal, exchange, hashlocked payment,
// custodial payment, thread and multi-hop forwarding flows. Each is a function from (state, message or
// event, time) to (new state, effects): no goroutines, no clock, no network, no disk. The signed structures
// and their validation rules it builds on are in package state.
//
// It is built by the issue "Node core: signed updates over libp2p through one hub"; today the package holds
// no code.
package protocol
