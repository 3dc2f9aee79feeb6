package protocol

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"

	"spoke/state"
)

// Threads (issue 11) are direct payments between two users of one hub: the sender signs thread states,
// each with a higher count and a larger share for the receiver, and the receiver keeps the latest. The
// rules here are the contract's (ChannelSettlement: a thread dispute starts from the initial state under
// the channel's thread root and accepts only states its rules accept), so that a state a node accepts is
// one it can enforce on-chain.

// Errors of thread states.
var (
	ErrThreadParties  = errors.New("protocol: thread's parties or hub are not the thread's")
	ErrThreadInitial  = errors.New("protocol: a thread's initial state has count 0 and nothing for the receiver")
	ErrThreadCount    = errors.New("protocol: thread state does not count higher than the latest")
	ErrThreadTotals   = errors.New("protocol: thread state changes the thread's totals")
	ErrThreadTakes    = errors.New("protocol: thread state takes from the receiver")
	ErrThreadNoGain   = errors.New("protocol: thread state pays the receiver nothing more")
	ErrThreadAssets   = errors.New("protocol: a thread holds one asset, wei or token, not both")
	ErrThreadSigner   = errors.New("protocol: thread state is not signed by its sender")
	ErrThreadTooLarge = errors.New("protocol: thread amount above what the contract stores")
)

// maxThreadAmount is the largest thread amount the contract stores (uint128).
var maxThreadAmount = new(uint256.Int).Sub(new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1))

// CheckThreadInitial checks a thread's opening state: distinct parties, a hub, count 0, the receiver's
// side empty, one asset, amounts the contract can store.
//
// One asset, because the contract orders a thread's states by what they pay the receiver (at least as
// much of each asset, more of one): with two assets a sender could sign states that trade one asset for
// the other, none of which beats the others, and put first whichever suits it.
func CheckThreadInitial(t *state.ThreadState) error {
	switch {
	case t.Sender == t.Receiver || t.Hub == t.Sender || t.Hub == t.Receiver || t.Hub == ([20]byte{}):
		return ErrThreadParties
	case t.TxCount != 0 || !t.WeiReceiver.IsZero() || !t.TokenReceiver.IsZero():
		return ErrThreadInitial
	case !t.WeiSender.IsZero() && !t.TokenSender.IsZero():
		return ErrThreadAssets
	}
	return checkThreadAmounts(t)
}

// CheckThreadUpdate checks next, signed by sig, against latest (the thread's latest accepted state, or
// its initial one): the same thread, a higher count, and what the contract checks in a dispute
// (CheckThreadClaim). It is what a receiver checks before it stores a payment.
func CheckThreadUpdate(d *state.Domain, latest, next *state.ThreadState, sig []byte) error {
	if next.TxCount <= latest.TxCount {
		return fmt.Errorf("%w: %d, latest %d", ErrThreadCount, next.TxCount, latest.TxCount)
	}
	return CheckThreadClaim(d, latest, next, sig)
}

// CheckThreadClaim is the contract's rule for a state that replaces latest in a thread dispute: the same
// thread and hub, the same totals, at least as much of each asset for the receiver and more of one
// (ThreadPaysMore), and the sender's signature in d. The count plays no part: states are ordered by what
// they pay the receiver, so that no state, whatever its count, shuts out one that pays the receiver more.
func CheckThreadClaim(d *state.Domain, latest, next *state.ThreadState, sig []byte) error {
	if next.Hub != latest.Hub || next.Sender != latest.Sender || next.Receiver != latest.Receiver ||
		next.ThreadID != latest.ThreadID {
		return ErrThreadParties
	}
	if err := checkThreadAmounts(next); err != nil {
		return err
	}
	if !sameSum(&next.WeiSender, &next.WeiReceiver, &latest.WeiSender, &latest.WeiReceiver) ||
		!sameSum(&next.TokenSender, &next.TokenReceiver, &latest.TokenSender, &latest.TokenReceiver) {
		return ErrThreadTotals
	}
	if next.WeiReceiver.Lt(&latest.WeiReceiver) || next.TokenReceiver.Lt(&latest.TokenReceiver) {
		return ErrThreadTakes
	}
	if !ThreadPaysMore(next, latest) {
		return ErrThreadNoGain
	}
	if err := state.Verify(d.ThreadDigest(next), sig, next.Sender); err != nil {
		return fmt.Errorf("%w: %w", ErrThreadSigner, err)
	}
	return nil
}

// ThreadPaysMore reports whether next pays the thread's receiver more than latest: at least as much of
// each asset and more of one. It is the order in which the contract takes a thread's states.
func ThreadPaysMore(next, latest *state.ThreadState) bool {
	return !next.WeiReceiver.Lt(&latest.WeiReceiver) && !next.TokenReceiver.Lt(&latest.TokenReceiver) &&
		(next.WeiReceiver.Gt(&latest.WeiReceiver) || next.TokenReceiver.Gt(&latest.TokenReceiver))
}

// checkThreadAmounts refuses amounts above uint128.
func checkThreadAmounts(t *state.ThreadState) error {
	for _, a := range []*uint256.Int{&t.WeiSender, &t.WeiReceiver, &t.TokenSender, &t.TokenReceiver} {
		if a.Gt(maxThreadAmount) {
			return ErrThreadTooLarge
		}
	}
	return nil
}

// sameSum reports whether a+b equals c+d (all below 2^128, so no sum overflows).
func sameSum(a, b, c, d *uint256.Int) bool {
	var x, y uint256.Int
	return x.Add(a, b).Eq(y.Add(c, d))
}
