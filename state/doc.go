// Package state holds spoke's signed structures — channel states, thread states and hashlocked transfers
// (locks) — their EIP-712 digests, byte-identical to what the ChannelManager contract verifies, signing and
// strict signature recovery, merkle roots over threads and locks, and pure validation of a proposed next
// channel state.
//
// The binary form of each structure (MarshalBinary) is its EIP-712 encodeData without the type hash, so
// what is stored and sent is exactly what is signed; SignedState adds the hub's and the user's signatures.
// Store is the persistence interface the node consumes; package state/sqlitestore implements it on SQLite.
//
// Amounts are uint256.Int values in wei or token base units; nothing here uses floats. Apart from the
// Store implementations in sub-packages, nothing here does I/O: callers persist and send.
package state
