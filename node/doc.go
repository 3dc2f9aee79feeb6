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
// Each loop turn takes one input and then whatever else is ready, and stores every new state of the turn
// with one Store.Put (group commit); countersignatures, Syncs and callers' successes that depend on those
// states are released only after that Put. A proposal at or below the acceptor's latest state is answered
// with a Sync of that state; the proposer adopts it only if it is for the same channel, above its own
// latest, signed validly by both parties, and equal to a state it proposed at that nonce (the outstanding
// proposal, or one whose answer was lost) when it has one; then it stores it and re-proposes the queued
// commands on top.
//
// First cut: only users propose (the hub accepts); the hub cannot yet pay a user, forward, or resolve
// simultaneous proposals. Sync is only an answer to a stale proposal: nothing asks for it on start, and
// lost proposals are remembered in memory only, so a user that restarts after a lost answer and proposes
// different updates at the same nonce is refused its Sync. Open locks are not stored, so a node refuses to
// restart from a state with open locks. Chain events feed in only through Config.Deposits.
package node
