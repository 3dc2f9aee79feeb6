package protocol

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// fuzzReader hands out bytes of fuzz input, zeros once exhausted.
type fuzzReader struct{ b []byte }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzReader) u16() uint64 { return uint64(binary.BigEndian.Uint16([]byte{r.byte(), r.byte()})) }

// amount is mostly small, sometimes huge (to reach overflow checks).
func (r *fuzzReader) amount() uint256.Int {
	if c := r.byte(); c == 0xff {
		return *new(uint256.Int).SetAllOne()
	} else if c == 0xfe {
		return *new(uint256.Int).Lsh(uint256.NewInt(1), 128)
	}
	return amt(r.u16() % 300)
}

// update decodes one update; ids and preimages come from a small range so locks can be settled.
func (r *fuzzReader) update() Update {
	id := uint64(r.byte() % 8)
	switch r.byte() % 12 {
	case 0:
		return Credit{Wei: r.amount(), Token: r.amount()}
	case 1:
		return Transfer{ToUser: r.byte()&1 == 1, Wei: r.amount(), Token: r.amount()}
	case 2:
		return AddLock{state.Lock{ID: id, ToUser: r.byte()&1 == 1, AmountWei: r.amount(), AmountToken: r.amount(),
			Hashlock: state.Hashlock(preimage(id % 4)), Expiry: now + r.u16()%64}}
	case 3:
		return SettleLock{ID: id, Preimage: preimage(uint64(r.byte() % 4))}
	case 4:
		return ExpireLock{ID: id}
	case 5:
		return Withdraw{UserWei: r.amount(), UserToken: r.amount(), HubWei: r.amount(), HubToken: r.amount(),
			Recipient: recip, Timeout: now + r.u16()%64}
	case 6:
		return Collateral{Wei: r.amount(), Token: r.amount(), Timeout: now + r.u16()%64}
	case 7:
		return Confirm{}
	case 8:
		return CancelLock{ID: id}
	case 9:
		return Exchange{WeiToToken: r.byte()&1 == 1, Wei: r.amount(), Token: r.amount()}
	case 10:
		return Bump{}
	}
	return Invalidate{}
}

func FuzzApply(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{2, 3, 2, 0, 1, 10, 0, 0, 0, 9, 1, 3, 3, 3, 3})
	f.Add([]byte{4, 1, 1, 6, 0, 1, 0, 5, 0, 0, 20, 1, 0, 7, 0, 1, 0, 8})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &fuzzReader{b: data}
		ch := baseChannel()
		for round := 0; round < 8 && len(r.b) > 0; round++ {
			ctx := Context{Now: now + r.u16()%128, Deposited: [2]uint256.Int{r.amount(), r.amount()}}
			ups := make([]Update, 1+r.byte()%4)
			for i := range ups {
				ups[i] = r.update()
			}
			s, locks, err := Apply(ch, ctx, ups...)
			checkAcceptorOnlyRestricts(t, ch, ctx, ups, s, err)
			if err != nil {
				continue
			}
			if err := state.ValidateTransition(&ch.Latest.State, &s); err != nil {
				t.Fatalf("Apply returned a refused state: %v", err)
			}
			if err := CheckLocks(&s, locks); err != nil {
				t.Fatalf("Apply returned an inconsistent lock set: %v", err)
			}
			ch = Channel{Latest: state.SignedState{State: s}, Locks: locks}
		}
	})
}

// checkAcceptorOnlyRestricts checks that applying ups for either party as acceptor gives Apply's result
// (s, or applyErr) or an ErrNotLockSender.
func checkAcceptorOnlyRestricts(t *testing.T, ch Channel, ctx Context, ups []Update, s state.ChannelState, applyErr error) {
	t.Helper()
	for _, me := range []common.Address{hubAddr, usrAddr} {
		got, _, err := apply(ch, ctx, &me, ups)
		switch {
		case errors.Is(err, ErrNotLockSender):
		case (err == nil) != (applyErr == nil) || got != s:
			t.Fatalf("acceptor %s: state %+v, error %v; Apply: %+v, %v", me, got, err, s, applyErr)
		}
	}
}
