package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// maxDrain bounds how many ready inputs one loop turn takes before it stores and proposes.
const maxDrain = 4096

// Engine is one node's engine. Its loop (Run) owns every channel; the public methods and the network
// handler talk to it over Go channels and are safe for concurrent use.
type Engine struct {
	cfg      Config
	me       common.Address
	log      *slog.Logger
	channels map[common.Address]*channel // by counterparty; touched only by New and the loop
	cmds     chan *cmd
	inbound  chan *inbound
	results  chan sendResult
	started  atomic.Bool
	// restoreAny, for a node restored from a backup, is the restore floor of the channels the backup does
	// not hold, new ones included (restorefloor.go).
	restoreAny uint64
	// restored are the channels still below their restore floor, to be bumped past it (restorefloor.go).
	restored restoredChannels
	// bound keeps what this node signs within what its last stored backup covers (backupbound.go).
	bound backupBound
	// startedAt is when Run started: for a while after, a hub's users are still reconnecting.
	startedAt time.Time
	done      chan struct{} // closed when Run returns
	timer     *time.Timer   // wakes the loop for retries and lock expiries
	sendSeq   uint64        // numbers sends, so that a late result is told from the current one

	pays     payments      // locks this node sent as a payer, by channel and lock id
	payids   payIDs        // payments named by their callers (PayID)
	forwards *forwardTable // hub only: each forwarded payment's upstream and downstream lock
	links    linkBook      // link payments held (hub) and being redeemed (user)
	secrets  *secrets      // shared keys for payment notes, by peer public key
	hubs     *hubs         // the hubs this node is a user of
	fwd      forwarding    // a hub's forwarding policy and onion keys
	events   *eventHub
	warnings peerWarnings // spaced-out warnings of peers' refused messages
	thr      *threadBook  // threads this node sends or receives (threads.go)
	thrWork  *threadGate  // the thread work under way outside the loop, waited for by Run (threadgate.go)
	hubThr   hubThreads   // hub: threads whose second side it still has to open or close (threads_hub.go)
	handBack handBacks    // settled locks' preimages a restored peer gets back (handback.go)
	reaching sync.Mutex   // one search for a thread's receiver at a time (threads_node.go)

	lastExpiryCheck time.Time
	cur             *turn // the loop's current turn
	committing      *turn // the turn whose Commit runs beside the loop, if any (commit.go)
	committed       chan committed
	active          activeSet // the channels proposeAll and armTimer look at (active.go)
	locked          activeSet // the channels expireLocks looks at (active.go)

	runCtx  context.Context                   // Run's context, for background chain operations
	coll    collateralBook                    // hub: autocollateral's state
	custody map[common.Address][2]uint256.Int // hub: what it holds for each user (custodial payments)
	ops     *hubOps                           // hub: fee ledger, idle channels, draining (books.go, drain.go)

	watch chainWatch // the chain as this node's watcher saw it
}

// chainWatch is what the engine knows of the chain: the confirmed events of its channels, folded.
type chainWatch struct {
	view   *chainView       // confirmed chain events of this node's channels
	events chan chain.Event // from the watcher to the loop
	pos    chain.Position   // the last event folded into view
	seen   bool
	dirty  bool // the view changed since it was last stored
	// time is the time of the last (confirmed) block the watcher scanned; 0 before the first. Read outside
	// the loop too.
	time atomic.Uint64
}

// channel is the loop's view of one channel.
type channel struct {
	peer  common.Address   // the counterparty
	ch    protocol.Channel // latest double-signed state and its locks
	queue []*cmd           // commands waiting for the next batch
	out   *outstanding     // the proposal in flight, stored, if any
	// retryAt, when set, is when the queue may next be proposed (the peer was busy).
	retryAt time.Time
	backoff time.Duration
	// refused are this node's proposals the peer refused, until the channel moves past their nonce.
	refused []*outstanding
	// restoreFloor, for a channel restored from a backup, is the nonce at or below which this node may have
	// signed states the backup does not hold (restorefloor.go), and restoredLatest the latest nonce the
	// backup held of it: above the floor, within backup.BumpWindow, the node may have signed that state's
	// Bumps.
	restoreFloor, restoredLatest uint64
	// bump is this node's Bump of the channel past its restore floor (restorefloor.go).
	bump bumpState
	// awaitingBackup is set while the channel's next proposal waits for a newer backup (backupbound.go).
	awaitingBackup bool
	// peerFloor is the highest nonce of the peer's proposals this node saw and did not countersign
	// (nonces.go); not stored: a peer answers CodeTaken to a proposal below it after a restart.
	peerFloor uint64
	// deferred are the peer's proposals on top of ours, held until ours is answered.
	deferred []*inbound
	// expiring holds the ids of locks this node sent whose ExpireLock is queued or in flight.
	expiring map[uint64]bool
	// invalidating is set while this node's Invalidate of a failed pending set is queued or in flight.
	invalidating bool
	// retries delays the engine's own commands that the peer refused (retry.go).
	retries map[retryKey]retryGate
	// exiting is set once this node started closing the channel on-chain (Exit): no more updates.
	exiting bool
	// exitRunning is set while an ExitChannel runs for the channel.
	exitRunning bool
	// guarded holds the ids of received locks whose preimage this node revealed on-chain (guardLock).
	guarded map[uint64]bool
	// guardChecked is when guardLock last looked for a received lock's preimage, by lock id.
	guardChecked map[uint64]time.Time
	// stuck is set once the hub exits (or, with ManualExit, warned that it would exit) the channel for a
	// lock it sent whose expiry the peer keeps refusing (exit.go, exitStuck).
	stuck bool
	// expiryRefused holds the locks this node sent whose expiry the peer refused (exitStuck).
	expiryRefused map[uint64]bool
	// unverified is set while the signatures of an idle channel's loaded state are still to be checked
	// (lazyload.go).
	unverified bool
	// hubSide is set when this node is the channel's hub (state.Hub); otherwise it is the channel's user.
	// A node is the hub of its users' channels and the user of the channels it opened with hubs.
	hubSide bool
}

// iSend reports whether this node is the sender of lock l in ch.
func (ch *channel) iSend(l *state.Lock) bool { return l.ToUser == ch.hubSide }

// role is this node's role in ch.
func (ch *channel) role() Role {
	if ch.hubSide {
		return Hub
	}
	return User
}

// New checks cfg, loads the latest stored state of every channel of this node and its outstanding
// proposal, and registers the engine's handler for UpdateProtocol on cfg.Host (a hub's also for
// QuoteProtocol). Proposals that arrive before Run starts wait for it (up to the stream deadline); quotes
// are served at once. Loaded states must verify: at once for channels with open locks, threads, pending
// operations or proposals, at their first use for idle ones (lazyload.go).
func New(cfg Config) (*Engine, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	me := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	e := &Engine{
		cfg: cfg, me: me, log: cfg.Logger.With("node", me, "role", cfg.Role),
		channels: map[common.Address]*channel{},
		cmds:     make(chan *cmd), inbound: make(chan *inbound), results: make(chan sendResult),
		done: make(chan struct{}), timer: time.NewTimer(time.Hour), committed: make(chan committed, 1),
		pays: payments{}, forwards: newForwardTable(), links: newLinkBook(), secrets: newSecrets(cfg.Key), events: newEventHub(),
		watch: chainWatch{view: newChainView(), events: make(chan chain.Event)}, coll: newCollateralBook(cfg.Collateral.MaxTopUpsPerHour),
		custody: map[common.Address][2]uint256.Int{}, ops: newHubOps(), hubs: newHubs(), thr: newThreadBook(), thrWork: newThreadGate(),
	}
	if cfg.Role == User {
		e.hubs.add(cfg.Hub, cfg.HubPeer, cfg.HubAddrs)
	}
	e.SetFees(cfg.Fees)
	if cfg.Chain != nil {
		if e.cfg.Deposits == nil {
			e.cfg.Deposits = e.chainDeposits
		}
		if e.cfg.ChainCount == nil {
			e.cfg.ChainCount = e.chainCount
		}
	}
	if err := e.load(context.Background()); err != nil {
		return nil, err
	}
	cfg.Host.Handle(UpdateProtocol, e.handle)
	cfg.Host.Handle(ThreadProtocol, e.handleThread, p2p.OwnRate(threadMessageRate))
	if cfg.Role == Hub {
		cfg.Host.Handle(QuoteProtocol, e.handleQuote, p2p.AcceptEmpty()) // a quote request is empty
		cfg.Host.Handle(CustodialProtocol, e.handleCustodial)
		cfg.Host.Handle(CollateralProtocol, e.handleCollateral)
		cfg.Host.Handle(LinkProtocol, e.handleLink)
		cfg.Host.Handle(IntroduceProtocol, e.handleIntroduce)
	}
	return e, nil
}

// Address is the node's Ethereum address, its party address in every channel.
func (e *Engine) Address() common.Address { return e.me }

// load reads the latest record and outstanding proposal of each of this node's channels from the store.
func (e *Engine) load(ctx context.Context) error {
	err := e.loadChannels(ctx) // lazyload.go
	if err != nil {
		return err
	}
	if err := e.loadRestoreFloors(ctx); err != nil { // restorefloor.go
		return err
	}
	if err := e.loadBackupMarks(ctx); err != nil { // backupbound.go
		return err
	}
	if e.cfg.Role == Hub {
		if e.custody, err = e.cfg.Store.Custodial(ctx); err != nil {
			return fmt.Errorf("node: load custody: %w", err)
		}
	}
	if e.cfg.Chain != nil {
		if err := e.loadChainView(ctx); err != nil {
			return err
		}
	}
	e.loadHubs()
	if err := e.loadThreads(ctx); err != nil {
		return err
	}
	if err := e.forwards.rebuild(ctx, e); err != nil {
		return fmt.Errorf("node: pair forwarded locks: %w", err)
	}
	e.log.Info("node: channels loaded", "count", len(e.channels))
	return nil
}

// loadChannel loads one channel: its latest double-signed record, checked, and its stored proposal if that
// is the next state.
func (e *Engine) loadChannel(ctx context.Context, peer, hub, user common.Address) (*channel, error) {
	latest, err := e.cfg.Store.Latest(ctx, hub, user)
	if err != nil && !errors.Is(err, state.ErrNotFound) {
		return nil, err
	}
	found := err == nil
	if !found {
		latest = state.Record{SignedState: state.SignedState{State: state.ChannelState{Hub: hub, User: user}}}
	}
	ch, err := e.loadedChannel(peer, latest, found)
	if err != nil {
		return nil, err
	}
	if err := e.loadRefused(ctx, ch, hub, user); err != nil {
		return nil, err
	}
	prop, err := e.cfg.Store.Proposal(ctx, hub, user)
	switch {
	case errors.Is(err, state.ErrNotFound):
		err = nil
	case err != nil:
		return nil, err
	case prop.Refused: // kept with the refused ones; never resent
	case prop.State.TxCountGlobal > latest.State.TxCountGlobal:
		ch.out, err = resumed(prop, peer)
	}
	if err != nil {
		return nil, err
	}
	return ch, e.verifyLoaded(ch)
}

// loadedChannel is the channel with peer at its loaded latest record, whose locks and threads are checked
// against it if it was found in the store.
func (e *Engine) loadedChannel(peer common.Address, latest state.Record, found bool) (*channel, error) {
	if found {
		if err := protocol.CheckLocks(&latest.State, latest.Locks); err != nil {
			return nil, err
		}
		if err := protocol.CheckThreads(&latest.State, latest.Threads); err != nil {
			return nil, err
		}
	}
	return &channel{peer: peer, ch: protocol.Channel{Latest: latest.SignedState, Locks: latest.Locks, Threads: latest.Threads},
		hubSide: latest.State.Hub == e.me}, nil
}

// counterparty returns the other party of (hub, user) if this node is one of them.
func (e *Engine) counterparty(hub, user common.Address) (common.Address, bool) {
	switch {
	case hub == user:
		return common.Address{}, false
	case hub == e.me:
		return user, true
	case user == e.me:
		return hub, true
	}
	return common.Address{}, false
}

// lookup returns the channel with peer, creating it at the zero state if needed: with peer as the hub if
// peer is one of this node's hubs, else (a hub) with peer as the user. It fails for a user asked about
// anyone but its hubs, and for this node itself.
func (e *Engine) lookup(peer common.Address) (*channel, error) {
	ch, err := e.peek(peer)
	if err == nil {
		e.channels[peer] = ch
	}
	return ch, err
}

// peek is lookup without keeping a new channel: a peer's message creates a channel only once accepted.
func (e *Engine) peek(peer common.Address) (*channel, error) {
	if ch, ok := e.channels[peer]; ok {
		return ch, e.verified(ch)
	}
	hub, user := e.me, peer
	upstream := e.hubs.has(peer)
	switch {
	case peer == e.me:
		return nil, fmt.Errorf("%w: %s is this node", ErrNotMyChannel, peer)
	case upstream:
		hub, user = peer, e.me
	case e.cfg.Role != Hub:
		return nil, fmt.Errorf("%w: %s", ErrNotMyChannel, peer)
	}
	return &channel{peer: peer, hubSide: hub == e.me, restoreFloor: e.restoreAny, ch: protocol.Channel{Latest: state.SignedState{
		State: state.ChannelState{Hub: hub, User: user},
	}}}, nil
}

// context is the protocol context of ch now.
func (e *Engine) context(ch *channel) protocol.Context {
	s := &ch.ch.Latest.State
	return protocol.Context{Now: e.cfg.Clock(), Deposited: e.cfg.Deposits(s.Hub, s.User), Domain: e.cfg.Domain}
}

// sync is the Sync message of ch's latest state, its locks and its threads.
func (ch *channel) sync() protocol.Sync {
	return protocol.Sync{Latest: ch.ch.Latest, Locks: ch.ch.Locks, Threads: ch.ch.Threads}
}

// checkSyncThreads checks a Sync's thread set against its state, and each thread's initial state's
// signature: the state's signatures commit to the thread root, not to the signatures a thread dispute
// starts from.
func (e *Engine) checkSyncThreads(s *state.ChannelState, threads []state.SignedThread) error {
	if err := protocol.CheckThreads(s, threads); err != nil {
		return err
	}
	for i := range threads {
		if err := threads[i].Verify(e.cfg.Domain); err != nil {
			return fmt.Errorf("thread %d: %w", i, err)
		}
	}
	return nil
}

// record is ch's latest state with its locks, as the store keeps it.
func (ch *channel) record() state.Record {
	return state.Record{SignedState: ch.ch.Latest, Locks: ch.ch.Locks, Threads: ch.ch.Threads}
}

// Run runs the engine's loop until ctx ends, then fails every queued or waiting command with ErrStopped
// (a proposal in flight stays stored and is resolved after a restart), waits for the thread work under
// way (stop) and returns ctx.Err(). A failed store write also stops the loop, with an error wrapping
// ErrStore. Once Run has returned, the engine no longer uses its store: the caller may close it. Run may
// be called once.
func (e *Engine) Run(ctx context.Context) error {
	if !e.started.CompareAndSwap(false, true) {
		return ErrRunning
	}
	e.startedAt = time.Now()
	defer e.stop()
	e.runCtx = ctx
	if e.cfg.Chain != nil {
		from := e.watch.pos.Block // from the last event folded before a stop
		if !e.watch.seen {
			from = e.cfg.WatchFrom
		}
		go e.watchChain(ctx, from)
	}
	go e.keepHubs(ctx)
	if err := e.resumeThreads(ctx); err != nil {
		return err
	}
	e.resume()
	e.resumePending()
	e.resumeExits()
	e.bumpRestored()
	e.armTimer() // work queued while loading (locks given back) goes out at once
	for {
		t := &turn{}
		e.cur = t
		select {
		case <-ctx.Done():
			e.stopCommit()
			return ctx.Err()
		case c := <-e.committing.done(e.committed):
			if err := e.afterCommitted(c); err != nil {
				return err
			}
		case c := <-e.cmds:
			e.enqueue(c)
		case in := <-e.inbound:
			e.onInbound(t, in)
		case r := <-e.results:
			e.onResult(t, r)
		case ev := <-e.watch.events:
			e.onChainEvent(ev)
		case m := <-e.bound.in:
			e.onBackedUp(t, m)
		case <-e.timer.C:
		}
		e.drain(t)
		if err := e.gather(ctx, t); err != nil {
			return err
		}
		e.expireLocks()
		e.reclaimIdle()
		e.bumpRestored()
		e.hubThreadWork(t)
		e.proposeAll(ctx, t)
		if err := e.handOff(ctx, t); err != nil {
			return err
		}
		e.armTimer()
	}
}

// resume resends the proposals that were outstanding when the node stopped.
func (e *Engine) resume() {
	for _, ch := range e.channels {
		if ch.out != nil {
			e.log.Info("node: resending the proposal outstanding at the last stop", "peer", ch.peer,
				"nonce", ch.out.nonce())
			e.monitor().ProposalResent()
			e.sendProposal(context.Background(), ch)
		}
	}
}

// drain takes the inputs that are ready now (at most maxDrain), so that their commands share the next
// batch and their states the turn's Commit.
func (e *Engine) drain(t *turn) {
	for range maxDrain {
		select {
		case c := <-e.cmds:
			e.enqueue(c)
		case in := <-e.inbound:
			e.onInbound(t, in)
		case r := <-e.results:
			e.onResult(t, r)
		default:
			return
		}
	}
}

// armTimer sets the loop's timer to the earliest retry or lock expiry of any channel, or to now if a
// command was queued after this turn proposed (by the after functions of its Commit).
func (e *Engine) armTimer() {
	now := time.Now()
	next := now.Add(time.Second) // lock expiries are checked at least every second
	for ch := range e.activeChannels() {
		at := ch.retryAt
		if ch.out == nil && len(ch.queue) > 0 && !ch.awaitingBackup && at.IsZero() {
			at = now
		}
		if !at.IsZero() && at.Before(next) {
			next = at
		}
	}
	e.timer.Reset(max(next.Sub(now), 0))
}

// stop ends Run: thread messages and payments are refused from then on and thread sends under way are
// cancelled; every queued and waiting command fails with ErrStopped, and done is closed (a thread
// handler waiting for the loop gets its answer); then stop waits for the thread work that was under way
// (a state being stored, a message being handled) and ends the subscriptions last, so that the events of
// that work still reach them.
func (e *Engine) stop() {
	e.thrWork.stop()
	e.failAll(ErrStopped)
	close(e.done)
	e.thrWork.wait()
	e.events.close()
}

// failAll fails every queued and waiting command and payment.
func (e *Engine) failAll(err error) {
	for _, ch := range e.channels {
		for _, c := range ch.queue {
			c.finish(state.SignedState{}, err)
		}
		if ch.out != nil {
			ch.out.finish(state.SignedState{}, err)
		}
		ch.queue, ch.out = nil, nil
	}
	e.pays.failAll(err)
}

// resumed is the outstanding proposal loaded from the store: its message is resent as is. If the peer
// turns it down as busy, its updates go back to the queue as one engine command (lock ids cleared, so
// they are assigned again at the new nonce).
func resumed(p state.Proposal, peer common.Address) (*outstanding, error) {
	msg, err := protocol.UnmarshalMessage(p.Message)
	if err != nil {
		return nil, fmt.Errorf("stored proposal: %w", err)
	}
	prop, ok := msg.(protocol.Propose)
	if !ok || prop.Proposal.State != p.State {
		return nil, fmt.Errorf("stored proposal: message does not carry the stored state")
	}
	c := &cmd{ctx: context.Background(), to: peer, updates: slices.Clone(prop.Updates)}
	index := map[uint64]uint64{}
	for i, u := range c.updates {
		if a, ok := u.(protocol.AddLock); ok {
			index[a.Lock.ID] = uint64(i)
			a.Lock.ID = 0
			c.updates[i] = a
		}
	}
	for _, n := range prop.Notes {
		if !specialNote(n.LockID) {
			n.LockID = index[n.LockID]
		}
		c.notes = append(c.notes, n)
	}
	return &outstanding{proposal: p.SignedState, locks: p.Locks, threads: p.Threads, msg: p.Message, updates: prop.Updates,
		notes: prop.Notes, cmds: []*cmd{c}, resumed: true}, nil
}

// Role is the node's role.
func (e *Engine) Role() Role { return e.cfg.Role }

// Hub is a user's hub address (the zero address for a hub).
func (e *Engine) Hub() common.Address { return e.cfg.Hub }
