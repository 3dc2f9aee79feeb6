package protocol

import (
	"errors"
	"testing"

	"spoke/state"
)

func TestApplyCancelLock(t *testing.T) {
	l1, l2 := lock(1, true, 10, 100), lock(2, false, 5, 0)
	open := chanWithLocks(l1, l2)
	openState := open.Latest.State
	runApplyCases(t, []applyCase{
		{name: "cancel refunds hub before expiry", ch: open, ctx: baseCtx(), updates: []Update{CancelLock{ID: 1}},
			want: next(openState, func(s *state.ChannelState) {
				s.WeiHub, s.TokenHub = amt(100), amt(1000)
				withLocks(s, []state.Lock{l2})
			}), wantLocks: []state.Lock{l2}},
		{name: "cancel refunds user after expiry", ch: open, ctx: Context{Now: l2.Expiry + 1}, updates: []Update{CancelLock{ID: 2}},
			want: next(chanWithLocks(l1).Latest.State, nil), wantLocks: []state.Lock{l1}},
		{name: "cancel at expiry", ch: open, ctx: Context{Now: l1.Expiry}, updates: []Update{CancelLock{ID: 1}, CancelLock{ID: 2}},
			want: next(baseState(), nil)},
		{name: "add and cancel in a batch", ch: baseChannel(), ctx: baseCtx(), updates: []Update{AddLock{l2}, CancelLock{ID: 2}},
			want: next(baseState(), nil)},
		{name: "cancel unknown", ch: open, ctx: baseCtx(), updates: []Update{CancelLock{ID: 3}}, wantErr: ErrUnknownLock},
		{name: "cancel on an empty set", ch: baseChannel(), ctx: baseCtx(), updates: []Update{CancelLock{ID: 0}}, wantErr: ErrUnknownLock},
		{name: "cancel twice", ch: open, ctx: baseCtx(), updates: []Update{CancelLock{ID: 1}, CancelLock{ID: 1}}, wantErr: ErrUnknownLock},
		{name: "settle after cancel", ch: open, ctx: baseCtx(),
			updates: []Update{CancelLock{ID: 1}, SettleLock{ID: 1, Preimage: preimage(1)}}, wantErr: ErrUnknownLock},
	})
}

func TestApplyExchange(t *testing.T) {
	base := baseState()
	coll := applied(t, baseChannel(), baseCtx(), Collateral{Wei: amt(10), Token: amt(20), Timeout: timeout})
	runApplyCases(t, []applyCase{
		{name: "wei to token", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Exchange{WeiToToken: true, Wei: amt(10), Token: amt(200)}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(110), amt(40), amt(800), amt(700)
			})},
		{name: "token to wei, whole balances", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Exchange{Wei: amt(100), Token: amt(500)}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(0), amt(150), amt(1500), amt(0)
			})},
		{name: "round trip in a batch", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Exchange{WeiToToken: true, Wei: amt(50), Token: amt(1)}, Exchange{Wei: amt(150), Token: amt(501)}},
			want: next(base, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(0), amt(150), amt(1500), amt(0)
			})},
		{name: "user lacks wei", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Exchange{WeiToToken: true, Wei: amt(51), Token: amt(1)}}, wantErr: ErrInsufficientBalance},
		{name: "hub lacks token", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Exchange{WeiToToken: true, Wei: amt(1), Token: amt(1001)}}, wantErr: ErrInsufficientBalance},
		{name: "user lacks token", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Exchange{Wei: amt(1), Token: amt(501)}}, wantErr: ErrInsufficientBalance},
		{name: "hub lacks wei", ch: baseChannel(), ctx: baseCtx(),
			updates: []Update{Exchange{Wei: amt(101), Token: amt(1)}}, wantErr: ErrInsufficientBalance},
		{name: "hub's pending deposit not exchangeable", ch: coll, ctx: baseCtx(),
			updates: []Update{Exchange{Wei: amt(101), Token: amt(1)}}, wantErr: ErrInsufficientBalance},
		{name: "hub pays from the rest", ch: coll, ctx: baseCtx(), updates: []Update{Exchange{Wei: amt(100), Token: amt(1)}},
			want: next(coll.Latest.State, func(s *state.ChannelState) {
				s.WeiHub, s.WeiUser, s.TokenHub, s.TokenUser = amt(10), amt(150), amt(1021), amt(499)
			})},
		{name: "zero wei", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Exchange{WeiToToken: true, Token: amt(1)}},
			wantErr: ErrZeroAmount},
		{name: "zero token", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Exchange{Wei: amt(1)}}, wantErr: ErrZeroAmount},
		{name: "zero both", ch: baseChannel(), ctx: baseCtx(), updates: []Update{Exchange{WeiToToken: true}}, wantErr: ErrZeroAmount},
	})
}

// fullChannel is a hand-built channel with state.MaxLocks open locks of 1 token each from the hub, ids 0
// to MaxLocks-1, over the base balances.
func fullChannel() Channel {
	locks := make([]state.Lock, state.MaxLocks)
	for i := range locks {
		locks[i] = lock(uint64(i), true, 0, 1)
	}
	ch := baseChannel()
	withLocks(&ch.Latest.State, locks)
	ch.Locks = locks
	return ch
}

func TestApplyMaxLocks(t *testing.T) {
	full := fullChannel()
	_, _, err := Apply(full, baseCtx(), AddLock{lock(state.MaxLocks, true, 0, 1)})
	if !errors.Is(err, state.ErrTooManyLocks) {
		t.Fatalf("adding lock %d: error %v, want %v", state.MaxLocks+1, err, state.ErrTooManyLocks)
	}
	_, locks, err := Apply(full, baseCtx(), CancelLock{ID: 0}, AddLock{lock(state.MaxLocks, true, 0, 1)})
	if err != nil || len(locks) != state.MaxLocks {
		t.Fatalf("cancel then add at the limit: %d locks, error %v", len(locks), err)
	}
}

func TestCheckLocks(t *testing.T) {
	l1, l2 := lock(1, true, 10, 100), lock(2, false, 5, 0)
	s := chanWithLocks(l1, l2).Latest.State
	over := fullChannel()
	over.Locks = append(over.Locks, lock(state.MaxLocks, true, 0, 1))
	withLocks(&over.Latest.State, over.Locks)
	cases := []struct {
		name  string
		s     state.ChannelState
		locks []state.Lock
		want  error
	}{
		{"matching", s, []state.Lock{l1, l2}, nil},
		{"none", baseState(), nil, nil},
		{"at the limit", fullChannel().Latest.State, fullChannel().Locks, nil},
		{"over the limit", over.Latest.State, over.Locks, state.ErrTooManyLocks},
		{"missing lock", s, []state.Lock{l1}, ErrInconsistentChannel},
		{"unsorted", s, []state.Lock{l2, l1}, ErrInconsistentChannel},
		{"duplicate id", s, []state.Lock{l1, l1}, ErrInconsistentChannel},
		{"other lock, same sums", s, []state.Lock{l1, lock(3, false, 5, 0)}, ErrInconsistentChannel},
		{"locks of no state", baseState(), []state.Lock{l1}, ErrInconsistentChannel},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckLocks(&tc.s, tc.locks); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}
