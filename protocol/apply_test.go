package protocol

import (
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

func TestApplyCreditTransfer(t *testing.T) {
	base := baseState()
	runApplyCases(t, []applyCase{
		{name: "credit", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Credit{Wei: amt(40), Token: amt(60)}},
			want: next(base, func(s *state.ChannelState) {
				s.CreditedDepositWei, s.CreditedDepositToken = amt(60), amt(90)
				s.WeiUser, s.TokenUser = amt(90), amt(560)
			})},
		{name: "credit exceeds wei deposits", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Credit{Wei: amt(41)}}, wantErr: ErrCreditExceedsDeposits},
		{name: "credit exceeds token deposits", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Credit{Token: amt(61)}}, wantErr: ErrCreditExceedsDeposits},
		{name: "credits add up in a batch", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Credit{Wei: amt(30)}, Credit{Wei: amt(11)}}, wantErr: ErrCreditExceedsDeposits},
		{name: "credit wrapping 2^256", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Credit{Wei: *new(uint256.Int).SetAllOne()}}, wantErr: ErrCreditExceedsDeposits},
		{name: "transfer to user", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{ToUser: true, Wei: amt(100), Token: amt(1)}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(0), amt(150), amt(999), amt(501)
			})},
		{name: "transfer to hub", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{Wei: amt(50), Token: amt(500)}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(150), amt(0), amt(1500), amt(0)
			})},
		{name: "transfer insufficient wei", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{Wei: amt(51)}}, wantErr: ErrInsufficientBalance},
		{name: "transfer insufficient token", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{ToUser: true, Token: amt(1001)}}, wantErr: ErrInsufficientBalance},
		{name: "received funds spendable in the same batch", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Transfer{ToUser: true, Wei: amt(10)}, Transfer{Wei: amt(60)}},
			want:    next(base, func(s *state.ChannelState) { s.WeiHub, s.WeiUser = amt(150), amt(0) })},
		{name: "no updates", ch: baseChannel(), ctx: baseCtx(), wantErr: ErrNoUpdates},
		{name: "nil update", ch: baseChannel(), ctx: baseCtx(), updates: []Update{nil}, wantErr: ErrUnknownUpdate},
		{name: "pointer update", ch: baseChannel(), ctx: baseCtx(), updates: []Update{&Confirm{}}, wantErr: ErrUnknownUpdate},
		{name: "inconsistent lock set", ch: Channel{Latest: baseChannel().Latest, Locks: []state.Lock{lock(1, true, 1, 0)}},
			ctx: baseCtx(), updates: []Update{Transfer{}}, wantErr: ErrInconsistentChannel},
		{name: "unsorted lock set", ch: Channel{Latest: chanWithLocks(lock(2, true, 1, 0), lock(1, true, 1, 0)).Latest,
			Locks: []state.Lock{lock(2, true, 1, 0), lock(1, true, 1, 0)}}, ctx: baseCtx(), updates: []Update{Transfer{}}, wantErr: ErrInconsistentChannel},
		{name: "invalid latest state", ch: Channel{Latest: state.SignedState{State: state.ChannelState{}}},
			ctx: baseCtx(), updates: []Update{Credit{Wei: amt(1)}}, wantErr: ErrStateRefused},
		{name: "zero transfer", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Transfer{ToUser: true}}, wantErr: ErrZeroAmount},
		{name: "zero credit", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Credit{}}, wantErr: ErrZeroAmount},
	})
}

func TestApplyLocks(t *testing.T) {
	l1, l2 := lock(1, true, 10, 100), lock(2, false, 5, 0)
	open := chanWithLocks(l1, l2)
	openState := open.Latest.State
	runApplyCases(t, []applyCase{
		{name: "add lock", ch: chanWithLocks(l1), ctx: baseCtx(), updates: []Update{AddLock{l2}},
			want: next(openState, nil), wantLocks: []state.Lock{l1, l2}},
		{name: "add lock keeps ids sorted", ch: chanWithLocks(l2), ctx: baseCtx(), updates: []Update{AddLock{l1}},
			want: next(openState, nil), wantLocks: []state.Lock{l1, l2}},
		{name: "duplicate id", ch: chanWithLocks(l1), ctx: baseCtx(), updates: []Update{AddLock{lock(1, false, 1, 0)}},
			wantErr: ErrDuplicateLockID},
		{name: "duplicate id in batch", ch: baseChannel(), ctx: baseCtx(), updates: []Update{AddLock{l1}, AddLock{l1}},
			wantErr: ErrDuplicateLockID},
		{name: "expiry not after now", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{AddLock{state.Lock{ID: 1, AmountWei: amt(1), Hashlock: l1.Hashlock, Expiry: now}}}, wantErr: ErrLockExpired},
		{name: "zero hashlock", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{AddLock{state.Lock{ID: 1, AmountWei: amt(1), Expiry: now + 1}}}, wantErr: ErrZeroHashlock},
		{name: "zero amount", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{AddLock{state.Lock{ID: 1, Hashlock: l1.Hashlock, Expiry: now + 1}}}, wantErr: ErrZeroAmount},
		{name: "lock above balance", ch: baseChannel(), ctx: baseCtx(), updates: []Update{AddLock{lock(1, false, 51, 0)}},
			wantErr: ErrInsufficientBalance},
		{name: "settle to user", ch: open, ctx: baseCtx(), updates: []Update{SettleLock{ID: 1, Preimage: preimage(1)}},
			want: next(openState, func(s *state.ChannelState) {
				s.WeiUser, s.TokenUser = amt(55), amt(600)
				withLocks(s, []state.Lock{l2})
			}), wantLocks: []state.Lock{l2}},
		{name: "settle to hub at expiry", ch: open, ctx: Context{Now: l2.Expiry},
			updates: []Update{SettleLock{ID: 2, Preimage: preimage(2)}},
			want: next(openState, func(s *state.ChannelState) {
				s.WeiHub = amt(95)
				withLocks(s, []state.Lock{l1})
			}), wantLocks: []state.Lock{l1}},
		{name: "settle unknown", ch: open, ctx: baseCtx(), updates: []Update{SettleLock{ID: 3, Preimage: preimage(3)}},
			wantErr: ErrUnknownLock},
		{name: "settle wrong preimage", ch: open, ctx: baseCtx(), updates: []Update{SettleLock{ID: 1, Preimage: preimage(2)}},
			wantErr: ErrWrongPreimage},
		{name: "settle after expiry", ch: open, ctx: Context{Now: l1.Expiry + 1},
			updates: []Update{SettleLock{ID: 1, Preimage: preimage(1)}}, wantErr: ErrLockExpired},
		{name: "settle twice", ch: open, ctx: baseCtx(),
			updates: []Update{SettleLock{ID: 1, Preimage: preimage(1)}, SettleLock{ID: 1, Preimage: preimage(1)}}, wantErr: ErrUnknownLock},
		{name: "expire refunds hub", ch: open, ctx: Context{Now: l1.Expiry + 1}, updates: []Update{ExpireLock{ID: 1}},
			want: next(openState, func(s *state.ChannelState) {
				s.WeiHub, s.TokenHub = amt(100), amt(1000)
				withLocks(s, []state.Lock{l2})
			}), wantLocks: []state.Lock{l2}},
		{name: "expire refunds user, set empty", ch: chanWithLocks(l2), ctx: Context{Now: l2.Expiry + 1},
			updates: []Update{ExpireLock{ID: 2}}, want: next(baseState(), nil)},
		{name: "expire at expiry", ch: open, ctx: Context{Now: l1.Expiry}, updates: []Update{ExpireLock{ID: 1}},
			wantErr: ErrLockNotExpired},
		{name: "expire unknown", ch: open, ctx: Context{Now: l1.Expiry + 1}, updates: []Update{ExpireLock{ID: 9}},
			wantErr: ErrUnknownLock},
	})
}

// TestApplyAtNonce: Context.Nonce sets the nonce of the state a batch makes, above the latest by at most
// state.MaxNonceStep (a node skips the nonces of proposals that were not countersigned, ADR 18).
func TestApplyAtNonce(t *testing.T) {
	base := baseState()
	at := func(nonce uint64) Context { c := baseCtx(); c.Nonce = nonce; return c }
	pay := []Update{Transfer{Wei: amt(1)}}
	paid := func(nonce uint64) state.ChannelState {
		return next(base, func(s *state.ChannelState) {
			s.TxCountGlobal = nonce
			s.WeiHub, s.WeiUser = amt(101), amt(49)
		})
	}
	runApplyCases(t, []applyCase{
		{name: "past a refused nonce", ch: baseChannel(), ctx: at(base.TxCountGlobal + 2), updates: pay, want: paid(base.TxCountGlobal + 2)},
		{name: "the longest step", ch: baseChannel(), ctx: at(base.TxCountGlobal + state.MaxNonceStep), updates: pay,
			want: paid(base.TxCountGlobal + state.MaxNonceStep)},
		{name: "the latest's nonce", ch: baseChannel(), ctx: at(base.TxCountGlobal), updates: pay, wantErr: state.ErrNonce},
		{name: "below the latest", ch: baseChannel(), ctx: at(base.TxCountGlobal - 1), updates: pay, wantErr: state.ErrNonce},
		{name: "beyond the longest step", ch: baseChannel(), ctx: at(base.TxCountGlobal + state.MaxNonceStep + 1), updates: pay,
			wantErr: state.ErrNonce},
	})
}
