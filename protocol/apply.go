package protocol

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// Apply computes the next state of ch: ch.Latest.State with every update applied in order, as one batch,
// TxCountGlobal increased by one (or set to ctx.Nonce), LockRoot, LockedWei and LockedToken recomputed from the resulting lock
// set. It returns that state and the lock set (a new slice) after checking the state with
// state.ValidateTransition, so it never returns a state the validator refuses. It does not modify its
// inputs. An error names the index and kind of the failing update and wraps one of the package's
// sentinel errors.
func Apply(ch Channel, ctx Context, updates ...Update) (state.ChannelState, []state.Lock, error) {
	next, out, err := ApplyAll(ch, ctx, updates...)
	return next, out.Locks, err
}

// ApplyAll is Apply returning the whole channel after the batch: its lock set and its thread set (new
// slices), with Latest holding the new state unsigned.
func ApplyAll(ch Channel, ctx Context, updates ...Update) (state.ChannelState, Channel, error) {
	return apply(ch, ctx, nil, updates)
}

// apply is Apply. When acceptor is not nil, it also refuses the updates that acceptor's counterparty may
// not propose (a CancelLock of a lock the acceptor receives): Accept passes its own address, Apply nil.
func apply(ch Channel, ctx Context, acceptor *common.Address, updates []Update) (state.ChannelState, Channel, error) {
	if len(updates) == 0 {
		return state.ChannelState{}, Channel{}, ErrNoUpdates
	}
	if err := checkBumpAlone(updates); err != nil {
		return state.ChannelState{}, Channel{}, err
	}
	if err := CheckLocks(&ch.Latest.State, ch.Locks); err != nil {
		return state.ChannelState{}, Channel{}, err
	}
	if err := CheckThreads(&ch.Latest.State, ch.Threads); err != nil {
		return state.ChannelState{}, Channel{}, err
	}
	m := &machine{prev: &ch.Latest.State, next: ch.Latest.State, locks: slices.Clone(ch.Locks),
		threads: slices.Clone(ch.Threads), ctx: ctx, acceptor: acceptor}
	for i, u := range updates {
		if err := m.step(u); err != nil {
			return state.ChannelState{}, Channel{}, fmt.Errorf("update %d (%T): %w", i, u, err)
		}
	}
	if err := m.finish(); err != nil {
		return state.ChannelState{}, Channel{}, err
	}
	return m.next, Channel{Latest: state.SignedState{State: m.next}, Locks: m.locks, Threads: m.threads}, nil
}

// machine is the working copy of a channel while a batch is applied.
type machine struct {
	prev     *state.ChannelState // the latest signed state; never modified
	next     state.ChannelState
	locks    []state.Lock         // sorted by ID
	threads  []state.SignedThread // sorted by key
	flow     state.ThreadFlow     // what the batch moved into and out of threads
	ctx      Context
	acceptor *common.Address // the party asked to accept the batch; nil when the machine is party-agnostic
}

// step applies one update to the working copy.
func (m *machine) step(u Update) error {
	switch u := u.(type) {
	case Credit:
		return m.credit(u)
	case Transfer:
		return m.transfer(u)
	case AddLock:
		return m.addLock(u.Lock)
	case SettleLock:
		return m.settleLock(u)
	case ExpireLock:
		return m.expireLock(u.ID)
	case CancelLock:
		return m.cancelLock(u.ID)
	case Exchange:
		return m.exchange(u)
	case Withdraw:
		return m.withdraw(u)
	case Collateral:
		return m.collateral(u)
	case Confirm:
		return m.confirm()
	case Invalidate:
		return m.invalidate()
	case OpenThread:
		return m.openThread(u)
	case CloseThread:
		return m.closeThread(u)
	case Bump:
		return nil // finish moves the nonce
	}
	return ErrUnknownUpdate
}

// checkBumpAlone refuses a batch holding a Bump and any other update: a Bump's state differs from the
// latest in its nonce only.
func checkBumpAlone(updates []Update) error {
	if len(updates) < 2 {
		return nil
	}
	for i, u := range updates {
		if _, ok := u.(Bump); ok {
			return fmt.Errorf("update %d of %d: %w", i, len(updates), ErrBumpNotAlone)
		}
	}
	return nil
}

// finish bumps the nonce, commits to the lock set (at most state.MaxLocks locks) and validates the
// transition.
func (m *machine) finish() error {
	if len(m.locks) > state.MaxLocks {
		return fmt.Errorf("%w: %d open, at most %d", state.ErrTooManyLocks, len(m.locks), state.MaxLocks)
	}
	wei, token, err := lockSums(m.locks)
	if err != nil {
		return err
	}
	m.next.LockedWei, m.next.LockedToken = *wei, *token
	m.next.LockRoot = state.LockRoot(m.locks)
	m.next.ThreadRoot, m.next.ThreadCount = threadRoot(m.threads), uint64(len(m.threads))
	if m.ctx.Nonce != 0 {
		m.next.TxCountGlobal = m.ctx.Nonce // state.ValidateThreadTransition bounds it
	} else {
		m.next.TxCountGlobal++
	}
	if err := state.ValidateThreadTransition(m.prev, &m.next, &m.flow); err != nil {
		return fmt.Errorf("%w: %w", ErrStateRefused, err)
	}
	return nil
}

// credit credits direct deposits to the user, up to what the chain holds.
func (m *machine) credit(c Credit) error {
	if c.Wei.IsZero() && c.Token.IsZero() {
		return fmt.Errorf("%w: credit", ErrZeroAmount)
	}
	s := &m.next
	if err := addBounded(&s.CreditedDepositWei, &c.Wei, &m.ctx.Deposited[0]); err != nil {
		return err
	}
	if err := addBounded(&s.CreditedDepositToken, &c.Token, &m.ctx.Deposited[1]); err != nil {
		return err
	}
	return m.pay(true, &c.Wei, &c.Token)
}

// transfer moves spendable balance from the sender to the receiver.
func (m *machine) transfer(t Transfer) error {
	if t.Wei.IsZero() && t.Token.IsZero() {
		return fmt.Errorf("%w: transfer", ErrZeroAmount)
	}
	if err := m.spend(!t.ToUser, &t.Wei, &t.Token); err != nil {
		return err
	}
	return m.pay(t.ToUser, &t.Wei, &t.Token)
}

// exchange swaps the user's wei for the hub's tokens (WeiToToken) or the user's tokens for the hub's wei.
// Both sides pay from their spendable balances before either is paid.
func (m *machine) exchange(x Exchange) error {
	if x.Wei.IsZero() || x.Token.IsZero() {
		return fmt.Errorf("%w: exchange of wei %s for token %s", ErrZeroAmount, x.Wei.Dec(), x.Token.Dec())
	}
	var none uint256.Int
	userWei, userToken, hubWei, hubToken := &x.Wei, &none, &none, &x.Token // what each side gives
	if !x.WeiToToken {
		userWei, userToken, hubWei, hubToken = &none, &x.Token, &x.Wei, &none
	}
	if err := m.spend(true, userWei, userToken); err != nil {
		return fmt.Errorf("user: %w", err)
	}
	if err := m.spend(false, hubWei, hubToken); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if err := m.pay(true, hubWei, hubToken); err != nil {
		return err
	}
	return m.pay(false, userWei, userToken)
}
