package protocol

import (
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

const timeout = now + 50

// applied returns the channel after updates, failing the test on error.
func applied(t *testing.T, ch Channel, ctx Context, updates ...Update) Channel {
	t.Helper()
	s, locks, err := Apply(ch, ctx, updates...)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	return Channel{Latest: state.SignedState{State: s}, Locks: locks}
}

func TestApplyPending(t *testing.T) {
	base := baseState()
	coll := applied(t, baseChannel(), baseCtx(), Collateral{Wei: amt(10), Token: amt(20), Timeout: timeout})
	cs := coll.Latest.State
	wd := applied(t, baseChannel(), baseCtx(), Withdraw{UserWei: amt(5), HubToken: amt(7), Recipient: recip, Timeout: timeout})
	ws := wd.Latest.State
	late := Context{Now: timeout + 1}
	spent := coll
	spent.Latest.State.WeiHub = amt(5) // a hand-built state whose pending deposit was already spent
	spent.Latest.State.WeiUser = amt(155)
	huge := *new(uint256.Int).SetAllOne()
	runApplyCases(t, []applyCase{
		{name: "collateral", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Collateral{Wei: amt(10), Token: amt(20), Timeout: timeout}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.TokenHub = amt(110), amt(1020)
				s.Pending.DepositWeiHub, s.Pending.DepositTokenHub = amt(10), amt(20)
				s.TxCountChain, s.Timeout = 4, timeout
			})},
		{name: "collateral timeout now", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Collateral{Wei: amt(1), Timeout: now}},
			wantErr: ErrTimeoutInPast},
		{name: "collateral zero", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Collateral{Timeout: timeout}}, wantErr: ErrZeroAmount},
		{name: "collateral while pending", ch: coll, ctx: baseCtx(), updates: []Update{Collateral{Wei: amt(1), Timeout: timeout}},
			wantErr: ErrPendingOutstanding},
		{name: "withdraw", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{UserWei: amt(5), HubToken: amt(7), Recipient: recip, Timeout: timeout}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiUser, s.TokenHub = amt(45), amt(993)
				s.Pending.WithdrawalWeiUser, s.Pending.WithdrawalTokenHub = amt(5), amt(7)
				s.Recipient, s.TxCountChain, s.Timeout = recip, 4, timeout
			})},
		{name: "withdraw too much", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{HubWei: amt(101), Recipient: recip, Timeout: timeout}}, wantErr: ErrInsufficientBalance},
		{name: "withdraw zero recipient", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{UserWei: amt(1), Timeout: timeout}}, wantErr: ErrZeroRecipient},
		{name: "withdraw zero", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{Recipient: recip, Timeout: timeout}}, wantErr: ErrZeroAmount},
		{name: "withdraw timeout past", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{UserWei: amt(1), Recipient: recip, Timeout: now - 1}}, wantErr: ErrTimeoutInPast},
		{name: "withdraw while pending", ch: coll, ctx: baseCtx(),
			updates: []Update{Withdraw{UserWei: amt(1), Recipient: recip, Timeout: timeout}}, wantErr: ErrPendingOutstanding},
		{name: "withdraw then collateral in a batch", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Withdraw{UserWei: amt(1), Recipient: recip, Timeout: timeout}, Collateral{Wei: amt(1), Timeout: timeout}},
			wantErr: ErrPendingOutstanding},
		{name: "confirm then withdraw in a batch", ch: coll, ctx: baseCtx(),
			updates: []Update{Confirm{}, Withdraw{UserWei: amt(1), Recipient: recip, Timeout: timeout}}, wantErr: ErrPendingOutstanding},
		{name: "pending deposit not spendable", ch: coll, ctx: baseCtx(), updates: []Update{Transfer{ToUser: true, Wei: amt(101)}},
			wantErr: ErrInsufficientBalance},
		{name: "pending deposit not lockable", ch: coll, ctx: baseCtx(), updates: []Update{AddLock{lock(1, true, 0, 1001)}},
			wantErr: ErrInsufficientBalance},
		{name: "carried: rest spendable", ch: coll, ctx: baseCtx(), updates: []Update{Transfer{ToUser: true, Wei: amt(100)}},
			want: next(cs, func(s *state.ChannelState) { s.WeiHub, s.WeiUser = amt(10), amt(150) })},
		{name: "confirm", ch: coll, ctx: baseCtx(), updates: []Update{Confirm{}},
			want: next(cs, func(s *state.ChannelState) { s.Pending, s.Timeout = state.Pending{}, 0 })},
		{name: "deposit spendable after confirm", ch: coll, ctx: baseCtx(), updates: []Update{Confirm{}, Transfer{ToUser: true, Wei: amt(110)}},
			want: next(cs, func(s *state.ChannelState) {
				s.Pending, s.Timeout = state.Pending{}, 0
				s.WeiHub, s.WeiUser = amt(0), amt(160)
			})},
		{name: "confirm nothing pending", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Confirm{}}, wantErr: ErrNothingPending},
		{name: "confirm twice", ch: coll, ctx: baseCtx(), updates: []Update{Confirm{}, Confirm{}}, wantErr: ErrNothingPending},
		{name: "confirm new pending in a batch", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Collateral{Wei: amt(1), Timeout: timeout}, Confirm{}}, wantErr: ErrNothingPending},
		{name: "invalidate collateral", ch: coll, ctx: late, updates: []Update{Invalidate{}}, want: next(cs, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain = state.Pending{}, 0, 3
			s.WeiHub, s.TokenHub = amt(100), amt(1000)
		})},
		{name: "invalidate withdrawal", ch: wd, ctx: late, updates: []Update{Invalidate{}}, want: next(ws, func(s *state.ChannelState) {
			s.Pending, s.Timeout, s.TxCountChain = state.Pending{}, 0, 3
			s.WeiUser, s.TokenHub = amt(50), amt(1000)
		})},
		{name: "invalidate spent deposit", ch: spent, ctx: late, updates: []Update{Invalidate{}}, wantErr: ErrInsufficientBalance},
		{name: "collateral overflow", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Collateral{Wei: huge, Timeout: timeout}},
			wantErr: ErrOverflow},
		{name: "collateral above 2^128", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Collateral{Token: *new(uint256.Int).Lsh(uint256.NewInt(1), 128), Timeout: timeout}}, wantErr: ErrStateRefused},
		{name: "invalidate at timeout", ch: coll, ctx: Context{Now: timeout}, updates: []Update{Invalidate{}}, wantErr: ErrTimeoutNotPassed},
		{name: "invalidate nothing pending", ch: baseChannel(), ctx: late, updates: []Update{Invalidate{}}, wantErr: ErrNothingPending},
		{name: "invalidate after confirm", ch: coll, ctx: late, updates: []Update{Confirm{}, Invalidate{}}, wantErr: ErrNothingPending},
	})
}
