// Package state holds spoke's signed structures — channel states, thread states and hashlocked transfers
// (locks) — their EIP-712 digests, byte-identical to what the ChannelManager contract verifies, signing and
// strict signature recovery, merkle roots over threads and locks, and pure validation of a proposed next
// channel state.
//
// Amounts are uint256.Int values in wei or token base units; nothing here uses floats. Nothing here does
// I/O: callers persist and send.
package state
