package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/protocol"
	"spoke/state"
)

// How the light users of the scale benchmark propose (scale_users_test.go): one proposal of a user at a
// time, above its floor, sent again as is after Busy and made again above the named floor after Taken.

// scaleLock is a payment's lock to propose: 1 wei to the user to.
type scaleLock struct {
	hashlock common.Hash
	to       *scaleUser
}

// A light user's delays: before resending after Busy, before proposing again after Taken (the hub
// proposes again at once, above; the user lets it go first, as a user engine does).
const (
	scaleMinWait = 50 * time.Microsecond
	scaleMaxWait = 5 * time.Millisecond
)

// propose proposes a payment's lock (a scaleLock) or settles ([]protocol.Update) on u's channel until the
// hub countersigns it. It waits for the user's proposal before it, if any.
func (s *scaleUsers) propose(u *scaleUser, what any) error {
	u.turn <- struct{}{}
	defer func() { <-u.turn }()
	for wait := scaleMinWait; ; wait = min(2*wait, scaleMaxWait) {
		var out *scaleOut
		var err error
		s.pool.do(func() { out, err = s.build(u, what) })
		if err != nil {
			return err
		}
		again, err := s.send(u, out)
		if !again {
			return err
		}
		time.Sleep(wait)
	}
}

// send sends u's proposal out to the hub, again after each Busy, until it is countersigned (nil) or
// taken (again: u proposes anew above). The hub handles it on this goroutine, no lock of u held.
func (s *scaleUsers) send(u *scaleUser, out *scaleOut) (again bool, err error) {
	for wait := scaleMinWait; ; wait = min(2*wait, scaleMaxWait) {
		u.mu.Lock()
		taken := out.taken // after Busy, the hub may have proposed at its nonce meanwhile
		u.mu.Unlock()
		if taken {
			return true, nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), scaleWaitAnswer)
		resp, err := s.hub().handle(ctx, u.addr, out.msg)
		cancel()
		if err != nil {
			return false, fmt.Errorf("user %s, proposal %d: %w", u.addr, out.nonce(), err)
		}
		var busy bool
		s.pool.do(func() { again, busy, err = s.answered(u, out, resp) })
		if !busy {
			return again, err
		}
		time.Sleep(wait)
	}
}

// build makes u's signed proposal of what on its latest state, above its floor and the hub's nonces,
// and makes it u's proposal outstanding (in the pool).
func (s *scaleUsers) build(u *scaleUser, what any) (*scaleOut, error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	nonce := max(u.floor, u.peerFloor) + 1
	var p protocol.Propose
	switch w := what.(type) {
	case scaleLock:
		lock := state.Lock{ID: nonce << lockIDShift, AmountWei: *uint256.NewInt(1), Hashlock: w.hashlock, Expiry: now + 3600}
		hop := onion.Hop{Key: &hubKey.PublicKey, Instruction: onion.Instruction{Next: w.to.addr, Wei: lock.AmountWei, Expiry: now + 3000}}
		final := make([]byte, 120) // stands for the note sealed to the payee: opaque to the hub
		packet, err := onion.BuildWith(w.hashlock, []onion.Hop{hop}, final, onion.First{Header: u.pub, AEAD: u.aead})
		if err != nil {
			return nil, err
		}
		p.Updates = []protocol.Update{protocol.AddLock{Lock: lock}}
		p.Notes = []protocol.Note{{LockID: lock.ID, Recipient: hubAddr, Payload: packet}}
	case []protocol.Update: // settles
		p.Updates = w
	default:
		return nil, fmt.Errorf("scale user: cannot propose %T", what)
	}
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain, Nonce: nonce}
	st, after, err := protocol.ApplyAll(u.ch, ctx, p.Updates...)
	if err != nil {
		return nil, err
	}
	sig, err := s.sign(u, domain.ChannelDigest(&st))
	if err != nil {
		return nil, err
	}
	p.Proposal = state.SignedState{State: st, SigUser: sig[:]}
	msg, err := protocol.MarshalMessage(p)
	if err != nil {
		return nil, err
	}
	after.Latest = p.Proposal
	out := &scaleOut{msg: msg, next: after, answered: make(chan struct{})}
	u.floor, u.out = nonce, out // signed: a user engine stores it before it leaves
	return out, nil
}

// answered acts on the hub's answer to u's proposal out (in the pool): a Countersign (or a Sync of the
// proposal) makes it u's latest; Busy has it sent again (busy); Taken drops it, kept as refused, and u
// proposes again above the floor the hub names (again). A proposal taken while it was sent (the hub
// proposed at its nonce, a conflict) is made anew (again) whatever the answer, but a Countersign: the
// hub signed two states at one nonce. Anything else is an error.
func (s *scaleUsers) answered(u *scaleUser, out *scaleOut, resp []byte) (again, busy bool, err error) {
	msg, err := protocol.UnmarshalMessage(resp)
	if err != nil {
		return false, false, err
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	switch m := msg.(type) {
	case protocol.Countersign:
		return false, false, s.adopt(u, out, m.TxCountGlobal, m.Sig)
	case protocol.Sync:
		if out.taken && m.Latest.State.TxCountGlobal <= u.ch.Latest.State.TxCountGlobal {
			return true, false, nil // a resend of a proposal taken meanwhile: the hub moved on with u
		}
		if m.Latest.State != out.next.Latest.State {
			return false, false, fmt.Errorf("user %s: the hub answers proposal %d with its state %d",
				u.addr, out.nonce(), m.Latest.State.TxCountGlobal)
		}
		return false, false, s.adopt(u, out, m.Latest.State.TxCountGlobal, m.Latest.SigHub)
	case protocol.Reject:
		switch m.Code {
		case protocol.CodeBusy:
			s.busy.Add(1)
			return out.taken, !out.taken, nil // a proposal taken in a conflict meanwhile is made anew
		case protocol.CodeTaken:
			if latest := u.ch.Latest.State.TxCountGlobal; m.TxCountGlobal > latest {
				u.peerFloor = max(u.peerFloor, latest+min(m.TxCountGlobal-latest, maxPeerSkip))
			}
			s.drop(u, out)
			return true, false, nil
		}
		return false, false, fmt.Errorf("user %s: the hub refused proposal %d (code %d): %s", u.addr, out.nonce(), m.Code, m.Reason)
	}
	return false, false, fmt.Errorf("user %s: unexpected answer %T", u.addr, msg)
}

// adopt makes u's proposal out, countersigned by the hub with sig at nonce, u's latest (u.mu held). The
// hub's signature is not checked: the users are load.
func (s *scaleUsers) adopt(u *scaleUser, out *scaleOut, nonce uint64, sig []byte) error {
	switch {
	case out.taken:
		return fmt.Errorf("%w: user %s's proposal %d countersigned after the hub proposed at its nonce",
			errScaleHub, u.addr, out.nonce())
	case nonce != out.nonce():
		return fmt.Errorf("%w: countersignature for %d, user %s proposed %d", errScaleHub, nonce, u.addr, out.nonce())
	}
	out.next.Latest.SigHub = sig
	u.ch = out.next
	u.out = nil
	close(out.answered)
	s.signed.Add(1)
	return nil
}

// errScaleHub is an answer of the hub that breaks ADR 18: an engine bug the light users found.
var errScaleHub = errors.New("scale user: the hub broke one state per nonce")

// drop makes out, which the hub did not countersign, one of u's refused proposals (u.mu held): its nonce
// stays in u's floor.
func (s *scaleUsers) drop(u *scaleUser, out *scaleOut) {
	if out.taken {
		return
	}
	s.taken.Add(1)
	out.taken = true
	close(out.answered)
	if u.out == out {
		u.out = nil
	}
}
