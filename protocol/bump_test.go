package protocol

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// TestApplyBump checks that a Bump's state is the latest one at the batch's nonce, nothing else changed
// (locks, pending operations and all), and that a Bump goes alone and within state.MaxNonceStep.
func TestApplyBump(t *testing.T) {
	base := baseState()
	at := func(n uint64) Context { c := baseCtx(); c.Nonce = n; return c }
	locked := chanWithLocks(lock(1, true, 3, 0), lock(2, false, 0, 4))
	coll := applied(t, baseChannel(), baseCtx(), Collateral{Wei: amt(10), Token: amt(20), Timeout: timeout})
	nonce := func(s state.ChannelState, n uint64) state.ChannelState { s.TxCountGlobal = n; return s }
	runApplyCases(t, []applyCase{
		{name: "next nonce", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Bump{}}, want: next(base, nil)},
		{name: "at the context's nonce", ch: baseChannel(), ctx: at(base.TxCountGlobal + 40_000), updates: []Update{Bump{}},
			want: nonce(base, base.TxCountGlobal+40_000)},
		{name: "the whole step", ch: baseChannel(), ctx: at(base.TxCountGlobal + state.MaxNonceStep), updates: []Update{Bump{}},
			want: nonce(base, base.TxCountGlobal+state.MaxNonceStep)},
		{name: "past the step", ch: baseChannel(), ctx: at(base.TxCountGlobal + state.MaxNonceStep + 1),
			updates: []Update{Bump{}}, wantErr: ErrStateRefused},
		{name: "locks kept", ch: locked, ctx: at(base.TxCountGlobal + 7), updates: []Update{Bump{}},
			want: nonce(locked.Latest.State, base.TxCountGlobal+7), wantLocks: locked.Locks},
		{name: "pending kept", ch: coll, ctx: at(coll.Latest.State.TxCountGlobal + 3), updates: []Update{Bump{}},
			want: nonce(coll.Latest.State, coll.Latest.State.TxCountGlobal+3)},
		{name: "zero state", ch: Channel{Latest: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: usrAddr}}},
			ctx: at(49_153), updates: []Update{Bump{}}, want: state.ChannelState{Hub: hubAddr, User: usrAddr, TxCountGlobal: 49_153}},
		{name: "with a transfer after", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Bump{}, Transfer{ToUser: true, Wei: amt(1)}}, wantErr: ErrBumpNotAlone},
		{name: "with a transfer before", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{ToUser: true, Wei: amt(1)}, Bump{}}, wantErr: ErrBumpNotAlone},
		{name: "twice", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Bump{}, Bump{}}, wantErr: ErrBumpNotAlone},
		{name: "pointer", ch: baseChannel(), ctx: baseCtx(), updates: []Update{&Bump{}}, wantErr: ErrUnknownUpdate},
	})
}

// TestAcceptBump checks that either party accepts a Bump only as its latest state at the proposal's nonce:
// a proposal that changes anything else, or sits at another nonce, is refused.
func TestAcceptBump(t *testing.T) {
	ch := chanWithLocks(lock(1, true, 3, 0))
	ctx := baseCtx()
	ctx.Nonce = ch.Latest.State.TxCountGlobal + 40_000
	good := ch.Latest.State
	good.TxCountGlobal = ctx.Nonce
	paid := good
	paid.WeiUser, paid.WeiHub = amt(51), amt(96)
	unlocked := good
	unlocked.LockRoot = common.Hash{}
	other := good
	other.TxCountGlobal++
	for _, tc := range []struct {
		name     string
		me       common.Address
		proposal state.SignedState
		wantErr  error
	}{
		{"hub bumps", usrAddr, signedBy(t, good, hubKey, true), nil},
		{"user bumps", hubAddr, signedBy(t, good, userKey, false), nil},
		{"balance moved too", usrAddr, signedBy(t, paid, hubKey, true), ErrProposalMismatch},
		{"lock root changed", hubAddr, signedBy(t, unlocked, userKey, false), ErrProposalMismatch},
		{"another nonce", usrAddr, signedBy(t, other, hubKey, true), ErrProposalMismatch},
		{"signed by the acceptor", usrAddr, signedBy(t, good, userKey, true), state.ErrSignatureSigner},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Accept(ch, ctx, domain, tc.me, []Update{Bump{}}, tc.proposal)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if err == nil && (got.Latest.State != good || len(got.Locks) != 1 || got.Locks[0] != ch.Locks[0]) {
				t.Fatalf("accepted %+v with locks %+v, want the latest state at nonce %d and its lock", got.Latest.State,
					got.Locks, ctx.Nonce)
			}
		})
	}
	if _, err := Accept(ch, ctx, domain, usrAddr, []Update{Bump{}, Confirm{}}, signedBy(t, good, hubKey, true)); !errors.Is(err, ErrBumpNotAlone) {
		t.Fatalf("a Bump with another update: %v, want %v", err, ErrBumpNotAlone)
	}
}
