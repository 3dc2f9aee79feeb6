// Package protocol holds spoke's pure channel update machine, the one both parties of a (hub, user)
// channel run: Apply computes the next state from the latest double-signed state, a batch of updates
// and a Context (the current time and the direct deposits seen on-chain), and Accept checks that a
// counterparty's signed proposal is exactly that state. No goroutines, no clock (time is an input), no
// network, no disk, no randomness; nothing is modified in place. The signed structures and the
// transition rules that every returned state passes (state.ValidateTransition) are in package state.
//
// Updates form a closed set: Credit (direct deposits, ADR 0005), Transfer, Exchange (the user swaps wei
// for the hub's tokens or back, at a rate the hub's node checks), the hashlocked transfers AddLock,
// SettleLock, ExpireLock and CancelLock (the receiver gives the lock up; Accept lets only the receiver
// propose it), and the pending-operation updates Withdraw, Collateral, Confirm and Invalidate
// (docs/protocol.md §7.1). One state may carry any number of updates, so many locks are added or settled
// under one pair of signatures, and at most state.MaxLocks locks are open at once. Balances follow the
// after-pending convention (ADR 0001): a party may spend its balance minus its own pending deposit. A
// batch starts, confirms or invalidates at most one pending set, and only starts one when the latest
// state has none.
//
// The messages that carry updates between the parties (Propose with its notes, Countersign, Reject with
// its code, Sync with the lock set) and their strict wire format are in wire.go.
//
// Not here yet: thread, custodial and link payments, multi-hop forwarding (beyond carrying its notes) and
// disputes.
package protocol
