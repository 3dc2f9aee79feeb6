package protocol

import (
	"errors"
	"fmt"
	"slices"

	"github.com/holiman/uint256"

	"spoke/state"
)

// CheckThreads checks that threads is the thread set s commits to: at most state.MaxThreads, sorted by
// unique key, their ThreadRoot and count s's (else ErrInconsistentChannel). It does not check the
// initial states' signatures (the channel's update that opened each did).
func CheckThreads(s *state.ChannelState, threads []state.SignedThread) error {
	if err := state.CheckThreadOrder(threads); err != nil {
		if errors.Is(err, state.ErrTooManyThreads) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrInconsistentChannel, err)
	}
	if uint64(len(threads)) != s.ThreadCount || threadRoot(threads) != s.ThreadRoot {
		return fmt.Errorf("%w: thread root or count differs", ErrInconsistentChannel)
	}
	return nil
}

// threadRoot is the thread root of a thread set: the zero hash for none, as the contract keeps it.
func threadRoot(threads []state.SignedThread) [32]byte {
	if len(threads) == 0 {
		return [32]byte{}
	}
	return state.ThreadRoot(state.Initials(threads))
}

// userIsSender reports whether the channel's user is t's sender (else it is its receiver).
func (m *machine) userIsSender(t *state.ThreadState) bool { return t.Sender == m.next.User }

// checkThreadChannel checks that t is a thread of this channel: its hub, with the user as sender or
// receiver.
func (m *machine) checkThreadChannel(t *state.ThreadState) error {
	if t.Hub != m.next.Hub || (t.Sender != m.next.User && t.Receiver != m.next.User) {
		return fmt.Errorf("%w: thread %s -> %s at hub %s", ErrThreadChannel, t.Sender, t.Receiver, t.Hub)
	}
	return nil
}

// openThread moves the thread's sender amounts from the paying side (the user if it sends, else the hub)
// into a new thread.
func (m *machine) openThread(o OpenThread) error {
	t := &o.Thread.State
	if err := CheckThreadInitial(t); err != nil {
		return err
	}
	if err := m.checkThreadChannel(t); err != nil {
		return err
	}
	if t.WeiSender.IsZero() && t.TokenSender.IsZero() {
		return fmt.Errorf("%w: thread", ErrZeroAmount)
	}
	if m.ctx.Domain == nil {
		return ErrNoDomain
	}
	if err := o.Thread.Verify(m.ctx.Domain); err != nil {
		return fmt.Errorf("%w: %w", ErrThreadSigner, err)
	}
	i, found := state.FindThread(m.threads, t.Key())
	switch {
	case found:
		return fmt.Errorf("%w: %s -> %s, id %d", ErrThreadOpen, t.Sender, t.Receiver, t.ThreadID)
	case len(m.threads) >= state.MaxThreads:
		return fmt.Errorf("%w: %d open, at most %d", state.ErrTooManyThreads, len(m.threads), state.MaxThreads)
	}
	if err := m.spend(m.userIsSender(t), &t.WeiSender, &t.TokenSender); err != nil {
		return err
	}
	m.flow.In[0].Add(&m.flow.In[0], &t.WeiSender)
	m.flow.In[1].Add(&m.flow.In[1], &t.TokenSender)
	th := o.Thread
	th.Sig = slices.Clone(th.Sig)
	m.threads = slices.Insert(m.threads, i, th)
	return nil
}

// closeThread pays an open thread out by its final state: the user its side, the hub the other.
func (m *machine) closeThread(c CloseThread) error {
	f := &c.Final.State
	i, found := state.FindThread(m.threads, f.Key())
	if !found || m.threads[i].State.Hub != f.Hub {
		return fmt.Errorf("%w: %s -> %s, id %d", ErrUnknownThread, f.Sender, f.Receiver, f.ThreadID)
	}
	if m.ctx.Domain == nil {
		return ErrNoDomain
	}
	initial := &m.threads[i].State
	if *f == *initial {
		if err := c.Final.Verify(m.ctx.Domain); err != nil {
			return fmt.Errorf("%w: %w", ErrThreadSigner, err)
		}
	} else if err := CheckThreadUpdate(m.ctx.Domain, initial, f, c.Final.Sig); err != nil {
		return err
	}
	userWei, userToken, hubWei, hubToken := &f.WeiReceiver, &f.TokenReceiver, &f.WeiSender, &f.TokenSender
	if m.userIsSender(f) {
		userWei, userToken, hubWei, hubToken = hubWei, hubToken, userWei, userToken
	}
	if err := m.pay(true, userWei, userToken); err != nil {
		return err
	}
	if err := m.pay(false, hubWei, hubToken); err != nil {
		return err
	}
	var wei, token uint256.Int
	wei.Add(&f.WeiSender, &f.WeiReceiver)
	token.Add(&f.TokenSender, &f.TokenReceiver)
	m.flow.Out[0].Add(&m.flow.Out[0], &wei)
	m.flow.Out[1].Add(&m.flow.Out[1], &token)
	m.threads = slices.Delete(m.threads, i, i+1)
	return nil
}
