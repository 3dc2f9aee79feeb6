// Package node holds spoke's engine: one per process, in the role of hub or user, and the only owner of
// I/O for its channels (docs/adr/0006-engine-loop.md).
//
// An Engine runs one loop goroutine that owns every channel's in-memory view. Local commands (Pay) and
// the counterparty's proposals (received on UpdateProtocol) reach the loop on Go channels; the network
// handler never touches channel state, it waits for the loop's answer. Per channel at most one proposal
// is outstanding; commands that arrive meanwhile queue and go out as one batch (one protocol.Apply, one
// state, one signature pair) when the answer comes back. The acceptor stores the double-signed state
// before it returns its countersignature; the proposer stores it after verifying the countersignature and
// before it reports success to its caller.
//
// First cut: only users propose (the hub accepts); the hub cannot yet pay a user, forward, or resolve
// simultaneous proposals. There is no Sync yet, so a proposal whose answer is lost after the acceptor
// stored it leaves the two parties one state apart. Open locks are not stored, so a node refuses to
// restart from a state with open locks. Every state is stored with its own Store.Put (no group commit
// across a turn yet). Chain events feed in only through Config.Deposits.
package node
