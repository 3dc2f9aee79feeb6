package state_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
)

// fuzzReader decodes fuzz bytes deterministically; past the end it reads zeros.
type fuzzReader struct{ b []byte }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzReader) take(n int) []byte {
	n = min(n, len(r.b))
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

// amount reads a length byte (mod 18, so up to 17 bytes: past the 2^128 limit) and that many big-endian bytes.
func (r *fuzzReader) amount() uint256.Int {
	var v uint256.Int
	v.SetBytes(r.take(int(r.byte() % 18)))
	return v
}

// count reads a length byte (mod 9) and that many big-endian bytes.
func (r *fuzzReader) count() uint64 {
	var v uint64
	for _, c := range r.take(int(r.byte() % 9)) {
		v = v<<8 | uint64(c)
	}
	return v
}

// addr picks among the zero address and three small ones, so parties collide often.
func (r *fuzzReader) addr() common.Address {
	if c := r.byte() % 4; c != 0 {
		return common.BytesToAddress([]byte{c})
	}
	return common.Address{}
}

func (r *fuzzReader) root() common.Hash { return common.BytesToHash([]byte{r.byte() % 3}) }

// fuzzAmounts lists the amount fields in decoding order.
func fuzzAmounts(s *state.ChannelState) [14]*uint256.Int {
	p := &s.Pending
	return [14]*uint256.Int{&s.WeiHub, &s.WeiUser, &s.TokenHub, &s.TokenUser, &s.LockedWei, &s.LockedToken,
		&p.DepositWeiHub, &p.WithdrawalWeiHub, &p.DepositWeiUser, &p.WithdrawalWeiUser,
		&p.DepositTokenHub, &p.WithdrawalTokenHub, &p.DepositTokenUser, &p.WithdrawalTokenUser}
}

// decodeState reads: hub, user, recipient; 14 amounts; txCountGlobal, txCountChain, threadCount, timeout;
// threadRoot, lockRoot.
func decodeState(r *fuzzReader) state.ChannelState {
	s := state.ChannelState{Hub: r.addr(), User: r.addr(), Recipient: r.addr()}
	for _, a := range fuzzAmounts(&s) {
		*a = r.amount()
	}
	s.TxCountGlobal, s.TxCountChain, s.ThreadCount, s.Timeout = r.count(), r.count(), r.count(), r.count()
	s.ThreadRoot, s.LockRoot = r.root(), r.root()
	return s
}

// decodeNext starts from prev with txCountGlobal + 1 and applies edits until the bytes run out: an op byte
// (mod 22) picks an amount (0-13), a count (14-17), a party (18), a root (19) or a credited direct
// deposit (20-21), followed by its new value.
func decodeNext(r *fuzzReader, prev *state.ChannelState) state.ChannelState {
	next := *prev
	next.TxCountGlobal++
	for len(r.b) > 0 {
		switch op := int(r.byte() % 22); {
		case op < 14:
			*fuzzAmounts(&next)[op] = r.amount()
		case op < 18:
			*[]*uint64{&next.TxCountGlobal, &next.TxCountChain, &next.ThreadCount, &next.Timeout}[op-14] = r.count()
		case op == 18:
			*[]*common.Address{&next.Hub, &next.User, &next.Recipient}[r.byte()%3] = r.addr()
		case op == 19:
			*[]*common.Hash{&next.ThreadRoot, &next.LockRoot}[r.byte()%2] = r.root()
		default:
			*[]*uint256.Int{&next.CreditedDepositWei, &next.CreditedDepositToken}[op-20] = r.amount()
		}
	}
	return next
}

// fuzzBase encodes a valid state without pending operations: parties 0x01, 0x02, 0x02; wei 10 + 5;
// tokens 100 + 50; nonce 7; chain count 3. fuzzPending is its successor with a pending 5-wei user deposit.
var (
	fuzzBase    = []byte{1, 2, 2, 1, 10, 1, 5, 1, 100, 1, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 7, 1, 3, 0, 0, 0, 0}
	fuzzPending = []byte{1, 2, 2, 1, 10, 1, 10, 1, 100, 1, 50, 0, 0, 0, 0, 1, 5, 0, 0, 0, 0, 0, 1, 8, 1, 4, 0, 1, 9, 0, 0}
)

func fuzzSeed(base []byte, ops ...byte) []byte { return append(bytes.Clone(base), ops...) }

// transitionSeeds are the seed corpus with the result each must give.
var transitionSeeds = []struct {
	name string
	data []byte
	want error
}{
	{"unchanged", fuzzSeed(fuzzBase), nil},
	{"payment", fuzzSeed(fuzzBase, 0, 1, 11, 1, 1, 4), nil},
	{"pending deposit", fuzzSeed(fuzzBase, 8, 1, 5, 1, 1, 10, 15, 1, 4, 17, 1, 9), nil},
	{"pending withdrawal", fuzzSeed(fuzzBase, 9, 1, 3, 1, 1, 2, 15, 1, 4, 17, 1, 9), nil},
	{"token sale", fuzzSeed(fuzzBase, 6, 1, 6, 9, 1, 9, 1, 0, 0, 1, 12, 2, 1, 120, 3, 1, 30, 15, 1, 4, 17, 1, 9), nil},
	{"payment into a lock", fuzzSeed(fuzzBase, 4, 1, 1, 19, 1, 1, 1, 1, 4), nil},
	{"carried with payment", fuzzSeed(fuzzPending, 0, 1, 11, 1, 1, 9), nil},
	{"confirmation", fuzzSeed(fuzzPending, 8, 0, 17, 0), nil},
	{"invalidation", fuzzSeed(fuzzPending, 8, 0, 17, 0, 15, 1, 3, 1, 1, 5), nil},
	{"amount 2^128", fuzzSeed(fuzzBase, 0, 17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), state.ErrAmountTooLarge},
	{"hub is user", fuzzSeed(fuzzBase, 18, 1, 1), state.ErrParties},
	{"thread opens", fuzzSeed(fuzzBase, 19, 0, 1, 16, 1, 1), state.ErrThreadsChanged},
	{"nonce max", fuzzSeed(fuzzBase, 14, 8, 255, 255, 255, 255, 255, 255, 255, 255), state.ErrNonce},
	{"deposit not credited", fuzzSeed(fuzzBase, 8, 1, 5, 15, 1, 4, 17, 1, 9), state.ErrFundsNotConserved},
	{"invalidation by two", fuzzSeed(fuzzPending, 8, 0, 17, 0, 15, 1, 2, 1, 1, 5), state.ErrChainCount},
}

// TestFuzzSeeds checks the decoder: every seed gives the result it was written for.
func TestFuzzSeeds(t *testing.T) {
	for _, tc := range transitionSeeds {
		r := &fuzzReader{b: tc.data}
		prev := decodeState(r)
		next := decodeNext(r, &prev)
		if err := state.ValidateTransition(&prev, &next); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v\nprev %s\nnext %s", tc.name, err, tc.want, show(&prev), show(&next))
		}
	}
}

func FuzzValidateTransition(f *testing.F) {
	for _, tc := range transitionSeeds {
		f.Add(tc.data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &fuzzReader{b: data}
		prev := decodeState(r)
		next := decodeNext(r, &prev)
		_ = state.Validate(&prev)
		_ = state.Validate(&next)
		if err := state.ValidateTransition(&prev, &next); err == nil {
			checkTransition(t, &prev, &next)
		}
	})
}

// checkTransition re-derives, in big.Int arithmetic, what an accepted transition must satisfy.
func checkTransition(t *testing.T, prev, next *state.ChannelState) {
	t.Helper()
	if state.Validate(prev) != nil || state.Validate(next) != nil {
		t.Fatalf("accepted an invalid state\nprev %s\nnext %s", show(prev), show(next))
	}
	if prev.Hub != next.Hub || prev.User != next.User || prev.ThreadRoot != next.ThreadRoot || prev.ThreadCount != next.ThreadCount {
		t.Fatalf("accepted a change of channel or threads\nprev %s\nnext %s", show(prev), show(next))
	}
	if !plus(prev.TxCountGlobal, 1).IsUint64() || plus(prev.TxCountGlobal, 1).Uint64() != next.TxCountGlobal {
		t.Fatalf("accepted nonce %d after %d", next.TxCountGlobal, prev.TxCountGlobal)
	}
	wantWei, wantToken, ok := expectedTotals(prev, next)
	if !ok {
		t.Fatalf("accepted txCountChain %d after %d (pending %v -> %v)\nprev %s\nnext %s", next.TxCountChain,
			prev.TxCountChain, !prev.Pending.IsZero(), !next.Pending.IsZero(), show(prev), show(next))
	}
	gotWei, gotToken := bigTotals(next)
	if gotWei.Cmp(wantWei) != 0 || gotToken.Cmp(wantToken) != 0 {
		t.Fatalf("accepted totals wei %s token %s, want %s %s\nprev %s\nnext %s", gotWei, gotToken, wantWei, wantToken, show(prev), show(next))
	}
}

// expectedTotals returns next's required totals for the transition kind, or ok = false when the chain
// counts fit no allowed kind.
func expectedTotals(prev, next *state.ChannelState) (wei, token *big.Int, ok bool) {
	wei, token = bigTotals(prev)
	// Newly credited direct deposits join the channel.
	wei.Add(wei, next.CreditedDepositWei.ToBig()).Sub(wei, prev.CreditedDepositWei.ToBig())
	token.Add(token, next.CreditedDepositToken.ToBig()).Sub(token, prev.CreditedDepositToken.ToBig())
	pp, np := !prev.Pending.IsZero(), !next.Pending.IsZero()
	chainPrev, chainNext := new(big.Int).SetUint64(prev.TxCountChain), new(big.Int).SetUint64(next.TxCountChain)
	switch {
	case pp && np: // carried
		ok = prev.Pending == next.Pending && prev.Timeout == next.Timeout && chainNext.Cmp(chainPrev) == 0
	case np: // new pending: deposits in, withdrawals out
		ok = chainNext.Cmp(plus(prev.TxCountChain, 1)) == 0
		wei, token = netBig(wei, token, &next.Pending, 1)
	case chainNext.Cmp(chainPrev) == 0: // ordinary or confirmation
		ok = true
	case pp: // invalidation: prev's pending undone
		ok = plus(next.TxCountChain, 1).Cmp(chainPrev) == 0
		wei, token = netBig(wei, token, &prev.Pending, -1)
	}
	return wei, token, ok
}

func plus(v uint64, d int64) *big.Int {
	return new(big.Int).Add(new(big.Int).SetUint64(v), big.NewInt(d))
}

func bigTotals(s *state.ChannelState) (wei, token *big.Int) {
	wei = new(big.Int).Add(s.WeiHub.ToBig(), s.WeiUser.ToBig())
	wei.Add(wei, s.LockedWei.ToBig())
	token = new(big.Int).Add(s.TokenHub.ToBig(), s.TokenUser.ToBig())
	token.Add(token, s.LockedToken.ToBig())
	return wei, token
}

// netBig returns totals + sign * (deposits - withdrawals).
func netBig(wei, token *big.Int, p *state.Pending, sign int64) (*big.Int, *big.Int) {
	dw := new(big.Int).Add(p.DepositWeiHub.ToBig(), p.DepositWeiUser.ToBig())
	dw.Sub(dw, p.WithdrawalWeiHub.ToBig()).Sub(dw, p.WithdrawalWeiUser.ToBig())
	dt := new(big.Int).Add(p.DepositTokenHub.ToBig(), p.DepositTokenUser.ToBig())
	dt.Sub(dt, p.WithdrawalTokenHub.ToBig()).Sub(dt, p.WithdrawalTokenUser.ToBig())
	s := big.NewInt(sign)
	return dw.Mul(dw, s).Add(dw, wei), dt.Mul(dt, s).Add(dt, token)
}

func FuzzParseSignature(f *testing.F) {
	key, _ := crypto.ToECDSA(common.LeftPadBytes([]byte{1, 0x5a}, 32))
	d := testDigest(0)
	good, _ := state.Sign(d, key)
	f.Add(good[:])
	f.Add(highS(good))
	f.Add(withV(good, 0))
	f.Add(withR(good, new(big.Int)))
	f.Add(withS(good, new(big.Int).Set(secpN)))
	f.Add(withS(good, new(big.Int).Set(secpHalfN)))
	f.Add([]byte{})
	f.Add(good[:64])
	f.Add(append(good[:], 27))
	f.Add(bytes.Repeat([]byte{0xff}, 65))
	f.Fuzz(func(t *testing.T, b []byte) {
		sig, err := state.ParseSignature(b)
		if err != nil {
			if !isSigError(err) {
				t.Fatalf("ParseSignature(%x): unnamed error %v", b, err)
			}
			if _, rerr := state.Recover(d, b); rerr == nil || rerr.Error() != err.Error() {
				t.Fatalf("Recover(%x) = %v, ParseSignature said %v", b, rerr, err)
			}
			return
		}
		checkAccepted(t, sig, b)
		if addr, err := state.Recover(d, b); err == nil {
			if verr := state.Verify(d, b, addr); verr != nil {
				t.Fatalf("Verify(%x) by the recovered %s: %v", b, addr, verr)
			}
		}
	})
}

func isSigError(err error) bool {
	for _, e := range []error{state.ErrSignatureLength, state.ErrSignatureV, state.ErrSignatureRange, state.ErrSignatureHighS} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

func checkAccepted(t *testing.T, sig state.Signature, b []byte) {
	t.Helper()
	r, s := new(big.Int).SetBytes(b[:32]), new(big.Int).SetBytes(b[32:64])
	switch {
	case len(b) != 65 || !bytes.Equal(sig[:], b):
		t.Fatalf("accepted %x as %x", b, sig)
	case b[64] != 27 && b[64] != 28:
		t.Fatalf("accepted v %d", b[64])
	case r.Sign() == 0 || s.Sign() == 0 || r.Cmp(secpN) >= 0:
		t.Fatalf("accepted r %x s %x", r, s)
	case s.Cmp(secpHalfN) > 0:
		t.Fatalf("accepted high s %x", s)
	}
}
