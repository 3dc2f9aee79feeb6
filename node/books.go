package node

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// A hub's books (Engine.Books) say where its money is: on-chain in its reserve and its account, in its
// users' channels as collateral, in locks and threads in flight, owed to users as custody, and what its
// forwarding has earned. The fees are the only figure the channels do not hold: the engine keeps their
// running total in the store (feesMeta), committed with the state that earned them.

// feesMeta is the store's Meta name of the fee ledger.
const feesMeta = "books/fees"

// feeLedger is what a hub's forwarding has earned: the wei of each forwarded lock it received less the
// wei of the lock it sent on, summed when the downstream lock settles (from then on the hub holds the
// preimage that claims the upstream lock). Forwards counts those settled forwards.
type feeLedger struct {
	Wei      uint256.Int `json:"wei"`
	Forwards uint64      `json:"forwards"`
}

// hubOps is a hub's operating state: its fee ledger, when each user's channel was last used (for the
// idle reclaim, reclaim.go) and whether it is draining (drain.go). The loop owns all but draining.
type hubOps struct {
	fees       feeLedger
	feesLoaded bool
	lastUsed   map[common.Address]time.Time
	lastIdle   time.Time // when the loop last looked for idle collateral
	draining   atomic.Bool
}

func newHubOps() *hubOps { return &hubOps{lastUsed: map[common.Address]time.Time{}} }

// ledger returns the fee ledger, read from the store on first use (in the loop).
func (e *Engine) ledger() *feeLedger {
	o := e.ops
	if o.feesLoaded {
		return &o.fees
	}
	b, err := e.cfg.Store.Meta(context.Background(), feesMeta)
	switch {
	case err == nil:
		if err := json.Unmarshal(b, &o.fees); err != nil {
			e.log.Error("node: the stored fee ledger is unreadable; counting from zero", "err", err)
			o.fees = feeLedger{}
		}
	case !errors.Is(err, state.ErrNotFound):
		e.log.Error("node: cannot read the fee ledger", "err", err)
		return &o.fees // not loaded: read again next time, and store nothing meanwhile
	}
	o.feesLoaded = true
	return &o.fees
}

// earned adds a settled forward's fee to the ledger and puts the ledger in the current turn's Commit, the
// one that stores the state settling the downstream lock (in the loop).
func (e *Engine) earned(fee *uint256.Int) {
	l := e.ledger()
	if !e.ops.feesLoaded {
		e.log.Error("node: a forwarding fee is not recorded: the ledger could not be read", "fee", fee.Dec())
		return
	}
	l.Wei.Add(&l.Wei, fee)
	l.Forwards++
	b, err := json.Marshal(l)
	if err != nil {
		e.log.Error("node: cannot encode the fee ledger", "err", err)
		return
	}
	if e.cur.batch.Meta == nil {
		e.cur.batch.Meta = map[string][]byte{}
	}
	e.cur.batch.Meta[feesMeta] = b
}

// forwardFee is what forward fw earns the hub once down, its downstream lock, is paid: the wei of its
// upstream lock less down's (zero if the upstream lock is gone; in the loop).
func (e *Engine) forwardFee(fw *forward, down *state.Lock) uint256.Int {
	var fee uint256.Int
	if up, ok := e.channels[fw.up.peer]; ok {
		if l, ok := findLock(up.ch.Locks, fw.up.id); ok && !l.AmountWei.Lt(&down.AmountWei) {
			fee.Sub(&l.AmountWei, &down.AmountWei)
		}
	}
	return fee
}

// claimedOnChain records the fee of forward fw whose preimage was revealed on-chain while its downstream
// lock is still open (the next node claims it there, the hub settles upstream): forwarded counts only
// downstream locks settled off-chain, so this is the forward's one count (in the loop).
func (e *Engine) claimedOnChain(fw *forward) {
	down, ok := e.channels[fw.down.peer]
	if !fw.hasDown || !ok {
		return
	}
	if l, ok := findLock(down.ch.Locks, fw.down.id); ok {
		fee := e.forwardFee(fw, &l)
		e.earned(&fee)
	}
}

// touched notes that the channel with peer was used now (in the loop).
func (e *Engine) touched(peer common.Address) { e.ops.lastUsed[peer] = time.Now() }

// Books is a hub's account of its money (Engine.Books); amounts are (wei, token) pairs.
type Books struct {
	// Reserve is the hub's reserve in the contract; Wallet what its account holds (ether, and tokens of
	// the manager's token). Both as of the latest block.
	Reserve, Wallet [2]uint256.Int
	// Channels are the users' channels, by user address: the hub's side of each.
	Channels []ChannelBook
	// Collateral is the hub's balance summed over Channels; LockedOut and LockedIn the locks in flight
	// from and to the hub; Threads the hub's funds in the threads it backs.
	Collateral, LockedOut, LockedIn, Threads [2]uint256.Int
	// Locks counts the open locks over all of the hub's channels, those where it is the user (toward
	// other hubs) included; Forwarding the payments the hub has received and not yet settled or given
	// back.
	Locks, Forwarding int
	// Custody is what the hub holds for users in custody (trusted payments), by user and in total.
	Custody      [2]uint256.Int
	CustodyUsers map[common.Address][2]uint256.Int
	// Fees is what forwarding earned (wei), over Forwards settled forwards, since the store began.
	Fees     uint256.Int
	Forwards uint64
	// Pending lists the channels whose latest state waits for an on-chain operation, and the hub's
	// background operations under way (autocollateral, reclaims).
	Pending []PendingOp
	// Upstream are the channels where this hub is the user (of another hub): its own balances in them.
	Upstream []UpstreamBook
	// Draining is set while the hub drains (Drain).
	Draining bool
}

// ChannelBook is the hub's side of one user's channel.
type ChannelBook struct {
	User common.Address
	// Hub is the hub's balance: its collateral, what it can pay the user now.
	Hub [2]uint256.Int
	// LockedOut is what the hub's open locks to the user hold; LockedIn the user's locks to the hub.
	LockedOut, LockedIn [2]uint256.Int
	Locks               int
	// Threads is what the hub put into the open threads paying the user; ThreadCount counts the
	// channel's open threads.
	Threads     [2]uint256.Int
	ThreadCount int
	// Custody is what the hub holds for the user in custody.
	Custody [2]uint256.Int
	TxCount uint64
	// Pending is set while the latest state waits for an on-chain operation.
	Pending bool
	// Idle is how long since the channel last changed (since the hub started, if not since).
	Idle time.Duration
}

// UpstreamBook is this hub's side of a channel it holds as a user of another hub.
type UpstreamBook struct {
	Hub               common.Address
	Mine              [2]uint256.Int
	LockedOut, Locked int
	Pending           bool
}

// PendingOp is an on-chain operation the hub waits for: a channel's pending state, or a background
// operation (Op: "collateral", "reclaim", "resume", "drain").
type PendingOp struct {
	Peer common.Address
	Op   string
	// Timeout is the pending state's timeout (chain time), for a pending state; 0 otherwise.
	Timeout uint64
}

// Books returns the hub's books: the channels and ledger from the loop, the reserve and wallet from the
// chain (left zero without a chain).
func (e *Engine) Books(ctx context.Context) (Books, error) {
	if e.cfg.Role != Hub {
		return Books{}, fmt.Errorf("%w: only a hub keeps books", ErrNotSupported)
	}
	var b Books
	if err := e.query(ctx, func() { e.fillBooks(&b) }); err != nil {
		return Books{}, err
	}
	if e.cfg.Chain == nil {
		return b, nil
	}
	wei, tok, err := e.cfg.Chain.Reserve(ctx, e.me)
	if err != nil {
		return Books{}, err
	}
	b.Reserve = [2]uint256.Int{fromBig(wei), fromBig(tok)}
	wei, tok, err = e.cfg.Chain.Wallet(ctx, e.me)
	if err != nil {
		return Books{}, err
	}
	b.Wallet = [2]uint256.Int{fromBig(wei), fromBig(tok)}
	return b, nil
}

// fromBig converts a chain amount (never above 2^256 - 1).
func fromBig(v *big.Int) uint256.Int {
	u, _ := uint256.FromBig(v)
	if u == nil {
		return uint256.Int{}
	}
	return *u
}

// fillBooks fills b from the loop's channels and ledgers (in the loop).
func (e *Engine) fillBooks(b *Books) {
	l := e.ledger()
	b.Fees, b.Forwards = l.Wei, l.Forwards
	b.Draining = e.ops.draining.Load()
	b.Forwarding = len(e.forwards.byUp)
	b.CustodyUsers = map[common.Address][2]uint256.Int{}
	for u, c := range e.custody {
		b.CustodyUsers[u] = c
		add2(&b.Custody, &c)
	}
	for _, ch := range e.channels {
		b.Locks += len(ch.ch.Locks)
		s := &ch.ch.Latest.State
		if !s.Pending.IsZero() {
			b.Pending = append(b.Pending, PendingOp{Peer: ch.peer, Op: "pending state", Timeout: s.Timeout})
		}
		if !ch.hubSide {
			b.Upstream = append(b.Upstream, e.upstreamBook(ch))
			continue
		}
		c := e.channelBook(ch)
		b.Channels = append(b.Channels, c)
		add2(&b.Collateral, &c.Hub)
		add2(&b.LockedOut, &c.LockedOut)
		add2(&b.LockedIn, &c.LockedIn)
		add2(&b.Threads, &c.Threads)
	}
	for peer, op := range e.coll.running {
		b.Pending = append(b.Pending, PendingOp{Peer: peer, Op: op})
	}
	slices.SortFunc(b.Channels, func(x, y ChannelBook) int { return x.User.Cmp(y.User) })
	slices.SortFunc(b.Upstream, func(x, y UpstreamBook) int { return x.Hub.Cmp(y.Hub) })
	slices.SortFunc(b.Pending, func(x, y PendingOp) int { return cmp.Or(x.Peer.Cmp(y.Peer), cmp.Compare(x.Op, y.Op)) })
}

// channelBook is the hub's side of ch, a user's channel (in the loop).
func (e *Engine) channelBook(ch *channel) ChannelBook {
	s := &ch.ch.Latest.State
	c := ChannelBook{User: ch.peer, Hub: [2]uint256.Int{s.WeiHub, s.TokenHub}, Locks: len(ch.ch.Locks),
		ThreadCount: len(ch.ch.Threads), Custody: e.custody[ch.peer], TxCount: s.TxCountGlobal, Pending: !s.Pending.IsZero(),
		Idle: e.idleFor(ch.peer)}
	for i := range ch.ch.Locks {
		l := &ch.ch.Locks[i]
		side := &c.LockedIn
		if ch.iSend(l) {
			side = &c.LockedOut
		}
		add2(side, &[2]uint256.Int{l.AmountWei, l.AmountToken})
	}
	for i := range ch.ch.Threads {
		t := &ch.ch.Threads[i].State
		if t.Sender != ch.peer { // the hub backs the receiving side with as much as the sender put in
			add2(&c.Threads, &[2]uint256.Int{t.WeiSender, t.TokenSender})
		}
	}
	return c
}

// upstreamBook is this node's side of ch, a channel where it is the user (in the loop).
func (e *Engine) upstreamBook(ch *channel) UpstreamBook {
	s := &ch.ch.Latest.State
	u := UpstreamBook{Hub: ch.peer, Mine: [2]uint256.Int{s.WeiUser, s.TokenUser}, Locked: len(ch.ch.Locks), Pending: !s.Pending.IsZero()}
	for i := range ch.ch.Locks {
		if ch.iSend(&ch.ch.Locks[i]) {
			u.LockedOut++
		}
	}
	return u
}

// idleFor is how long the channel with peer has not changed, counting from the engine's start (in the
// loop).
func (e *Engine) idleFor(peer common.Address) time.Duration {
	at, ok := e.ops.lastUsed[peer]
	if !ok {
		at = e.startedAt
	}
	return time.Since(at)
}

// add2 adds v to sum, per asset.
func add2(sum, v *[2]uint256.Int) {
	sum[0].Add(&sum[0], &v[0])
	sum[1].Add(&sum[1], &v[1])
}
