// Package node holds spoke's engine: one per process, in the role of hub or user, and the only owner of
// I/O for its channels (docs/adr/0006-engine-loop.md, docs/update-protocol.md).
//
// An Engine runs one loop goroutine that owns every channel's in-memory view. Local commands (Update,
// Pay, Deposit, Withdraw, Collateralize), the counterparty's messages (received on UpdateProtocol),
// answers to this node's proposals and confirmed chain events reach the loop on Go channels; network
// handlers never touch channel state. Both parties propose; per channel at most one proposal of each is
// outstanding, and commands that arrive meanwhile queue and go out as one batch (one protocol.Apply,
// one state, one signature pair). When both propose at once the hub's proposal wins.
//
// Each loop turn takes one input and whatever else is ready, acts on it (accepted batches trigger
// forwards and settles in the same turn), proposes the queued batches, and stores every new state,
// proposal and learned preimage of the turn with one Store.Commit (group commit); countersignatures,
// proposals and callers' results are released only after it. Proposals are stored before they are sent
// and resent until answered, so a restart resends exactly what was signed.
//
// The loop decides; the work that needs no decision runs on every core (docs/adr/0015-all-cores.md):
// signatures of incoming proposals and answers are checked where they arrive, this node's signatures are
// made on workers before the turn's Commit (sigwork.go), and the Commit runs on a committer goroutine
// while the loop decides the next turn, one Commit at a time, in turn order (commit.go).
//
// What a node countersigns passes one ordered list of acceptance rules (rules.go; the table in
// docs/update-protocol.md §3.1). A proposal of this node's that the peer did not countersign binds it
// until the channel moves past its nonce (refused.go, docs/adr/0012-refused-proposals-bind.md).
//
// A hub forwards a user's hashlocked payment to its recipient as a second lock with the same hashlock;
// the payer seals the preimage to the recipient's key in a note the hub passes on but cannot open. The
// hub's forwards are indexed by the locks on both sides (forwards.go); a hashlock is in flight through it
// at most once.
package node
