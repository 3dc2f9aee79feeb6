// Package chain is spoke's adapter to an Ethereum chain holding a ChannelManager: it submits the
// manager's transactions and waits until they are confirmed, decodes reverts into typed errors, and
// watches the manager's events.
//
// It is part of the imperative shell: the node's engine calls it, and everything it returns is plain
// data (receipts, typed events, typed errors) the pure protocol code can consume.
//
// Submitting. Each submit method (Deposit, HubDeposit, HubWithdraw, UserAuthorizedUpdate,
// HubAuthorizedUpdate, StartExit, StartExitWithUpdate, Challenge, EmptyChannel, RevealPreimage,
// ResolveLock and the thread methods below) estimates gas first, so a call the contract rejects fails with
// a *RevertError (the custom error's name and arguments) and sends nothing; otherwise it sends the
// transaction and waits for its confirmations, reporting progress to an optional WithProgress callback. A
// transaction that fails once mined also yields a *RevertError (wrapping ErrTxFailed); a wait the context
// ends yields a *WaitError, and Wait resumes it.
//
// Threads. Once a channel is emptied with a final state that holds threads (StatusSettling), each thread
// settles by its dispute record, one per thread and shared by its two channels (the sender's and the
// receiver's): StartExitThread or StartExitThreadWithUpdate (the initial state, proven against the
// channel's thread root, and optionally a later state) join the channel to the record, starting it if
// needed; ChallengeThread moves the record within its challenge period; EmptyThread pays out one joined
// channel. Thread reads the record, ThreadMark a channel's standing with it; NukeThreads releases every
// thread left NukeDelay seconds after the channel's closing time. ThreadExitStarted, ThreadEmptied and
// ThreadsNuked are ChannelEvents; ThreadChallenged is the thread's (Hub, ThreadKey), in no channel. Their
// ThreadKey is state.ThreadKey's.
//
// Confirmations. Config.Confirmations is how many blocks, counting the one that includes a transaction
// or a log, must exist before it counts: 1 means "mined", 3 means "mined and two blocks on top". Every
// submit method returns only once its receipt has that many confirmations, and Watch delivers an event
// only once its block has. Reorganisations deeper than Confirmations - 1 blocks are not handled.
//
// Resuming. Every event carries its Position (block number and log index). A caller that persists the
// Position of the last event it processed resumes exactly where it stopped with
// Watch(ctx, pos.Block, After(pos)): no event is lost and none is delivered twice.
package chain
