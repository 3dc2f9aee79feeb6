package protocol

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// Accept checks a counterparty's proposal: that its state is exactly Apply(ch, ctx, updates...), that the
// proposer (the party that is not me) may propose every update (a CancelLock only of a lock it receives,
// else ErrNotLockSender) and that it carries the proposer's valid signature. It returns the
// channel to store once I countersign: the new state with the proposer's signature only (mine is left
// empty for the caller to add) and the new lock set. It does not modify its inputs.
func Accept(ch Channel, ctx Context, d *state.Domain, me common.Address, updates []Update, proposal state.SignedState) (Channel, error) {
	return AcceptSigned(ch, ctx, d, me, updates, proposal, common.Address{})
}

// ProposerSigned reports whether proposal carries a valid signature of proposer over its state, proposer
// being its hub or its user. A node checks this where a proposal arrives, off its loop, and hands
// proposer to AcceptSigned (docs/adr/0015-all-cores.md).
func ProposerSigned(d *state.Domain, proposer common.Address, proposal *state.SignedState) bool {
	sig := proposal.SigUser
	switch proposer {
	case proposal.State.Hub:
		sig = proposal.SigHub
	case proposal.State.User:
	default:
		return false
	}
	return state.Verify(d.ChannelDigest(&proposal.State), sig, proposer) == nil
}

// AcceptSigned is Accept for a proposal whose signature the caller already checked with ProposerSigned:
// if signer is the proposer, the signature is not recovered again; otherwise (the zero address, say) it
// is, as Accept does. The proposal's state is compared with the one the updates give either way, so a
// signature checked over the proposal's state is one over the accepted state.
func AcceptSigned(ch Channel, ctx Context, d *state.Domain, me common.Address, updates []Update, proposal state.SignedState,
	signer common.Address) (Channel, error) {
	s := &ch.Latest.State
	if me != s.Hub && me != s.User {
		return Channel{}, fmt.Errorf("%w: %s", ErrNotParty, me)
	}
	if ctx.Domain == nil {
		ctx.Domain = d
	}
	next, after, err := apply(ch, ctx, &me, updates)
	if err != nil {
		return Channel{}, err
	}
	if proposal.State != next {
		return Channel{}, ErrProposalMismatch
	}
	hubProposes := me == s.User
	sig, proposer := proposal.SigUser, s.User
	if hubProposes {
		sig, proposer = proposal.SigHub, s.Hub
	}
	if signer != proposer {
		if err := state.Verify(d.ChannelDigest(&next), sig, proposer); err != nil {
			return Channel{}, err
		}
	}
	out := Channel{Latest: state.SignedState{State: next}, Locks: after.Locks, Threads: after.Threads}
	if hubProposes {
		out.Latest.SigHub = bytes.Clone(sig)
	} else {
		out.Latest.SigUser = bytes.Clone(sig)
	}
	return out, nil
}
