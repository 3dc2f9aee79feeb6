package protocol

import (
	"errors"
	"testing"

	"github.com/holiman/uint256"

	"spoke/state"
)

// initialThread is a thread from the user (sender) to a receiver through the hub: 100 wei, 10 tokens.
func initialThread() state.ThreadState {
	return state.ThreadState{Hub: hubAddr, Sender: usrAddr, Receiver: recip, ThreadID: 7,
		WeiSender: amt(100), TokenSender: amt(10)}
}

// payThread is t after the sender pays wei and token more, at count.
func payThread(t state.ThreadState, count uint64, wei, token uint64) state.ThreadState {
	w, k := uint256.NewInt(wei), uint256.NewInt(token)
	t.WeiSender.Sub(&t.WeiSender, w)
	t.WeiReceiver.Add(&t.WeiReceiver, w)
	t.TokenSender.Sub(&t.TokenSender, k)
	t.TokenReceiver.Add(&t.TokenReceiver, k)
	t.TxCount = count
	return t
}

func signThread(t *testing.T, s *state.ThreadState) []byte {
	t.Helper()
	sig, err := state.Sign(domain.ThreadDigest(s), userKey)
	if err != nil {
		t.Fatal(err)
	}
	return sig[:]
}

func TestCheckThreadInitial(t *testing.T) {
	for _, asset := range []func(*state.ThreadState){
		func(s *state.ThreadState) { s.TokenSender = amt(0) },
		func(s *state.ThreadState) { s.WeiSender = amt(0) },
	} {
		good := initialThread()
		asset(&good)
		if err := CheckThreadInitial(&good); err != nil {
			t.Fatalf("a good initial state: %v", err)
		}
	}
	cases := []struct {
		name string
		edit func(*state.ThreadState)
		want error
	}{
		{"sender is receiver", func(s *state.ThreadState) { s.Receiver = s.Sender }, ErrThreadParties},
		{"hub is a party", func(s *state.ThreadState) { s.Receiver = s.Hub }, ErrThreadParties},
		{"no hub", func(s *state.ThreadState) { s.Hub = [20]byte{} }, ErrThreadParties},
		{"counted", func(s *state.ThreadState) { s.TxCount = 1 }, ErrThreadInitial},
		{"receiver has wei", func(s *state.ThreadState) { s.WeiReceiver = amt(1) }, ErrThreadInitial},
		{"receiver has tokens", func(s *state.ThreadState) { s.TokenReceiver = amt(1) }, ErrThreadInitial},
		{"above uint128", func(s *state.ThreadState) { s.WeiSender.Lsh(uint256.NewInt(1), 128) }, ErrThreadTooLarge},
		{"wei and tokens", func(s *state.ThreadState) { s.TokenSender = amt(10) }, ErrThreadAssets},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := initialThread()
			s.TokenSender = amt(0)
			tc.edit(&s)
			if err := CheckThreadInitial(&s); !errors.Is(err, tc.want) {
				t.Fatalf("%v, want %v", err, tc.want)
			}
		})
	}
}

// TestCheckThreadUpdate: the receiver accepts a state that counts higher, keeps the totals, pays it more
// and is signed by the sender; and refuses, with its reason, a malicious sender's lower count, smaller
// receiver share, other signer, another hub's or another thread's state, or more than the thread holds.
func TestCheckThreadUpdate(t *testing.T) {
	initial := initialThread()
	latest := payThread(initial, 5, 30, 2)
	good := payThread(latest, 6, 1, 0)
	if err := CheckThreadUpdate(domain, &latest, &good, signThread(t, &good)); err != nil {
		t.Fatalf("a good payment: %v", err)
	}
	if err := CheckThreadUpdate(domain, &initial, &latest, signThread(t, &latest)); err != nil {
		t.Fatalf("a first payment of several at once: %v", err)
	}
	cases := []struct {
		name string
		next func() state.ThreadState
		sig  func(*state.ThreadState) []byte
		want error
	}{
		{"same count", func() state.ThreadState { return payThread(latest, 5, 1, 0) }, nil, ErrThreadCount},
		{"lower count", func() state.ThreadState { return payThread(latest, 4, 1, 0) }, nil, ErrThreadCount},
		{"takes back wei", func() state.ThreadState {
			s := payThread(latest, 6, 0, 1)
			s.WeiReceiver.SubUint64(&s.WeiReceiver, 1)
			s.WeiSender.AddUint64(&s.WeiSender, 1)
			return s
		}, nil, ErrThreadTakes},
		{"pays nothing more", func() state.ThreadState { return payThread(latest, 6, 0, 0) }, nil, ErrThreadNoGain},
		{"wei from nowhere", func() state.ThreadState {
			s := payThread(latest, 6, 1, 0)
			s.WeiReceiver.AddUint64(&s.WeiReceiver, 1)
			return s
		}, nil, ErrThreadTotals},
		{"beyond the locked amount", func() state.ThreadState {
			s := latest
			s.TxCount, s.WeiSender, s.WeiReceiver = 6, amt(0), amt(101)
			return s
		}, nil, ErrThreadTotals},
		{"another hub's thread", func() state.ThreadState {
			s := payThread(latest, 6, 1, 0)
			s.Hub = recip
			return s
		}, nil, ErrThreadParties},
		{"another thread", func() state.ThreadState {
			s := payThread(latest, 6, 1, 0)
			s.ThreadID++
			return s
		}, nil, ErrThreadParties},
		{"signed by the receiver", func() state.ThreadState { return payThread(latest, 6, 1, 0) },
			func(s *state.ThreadState) []byte {
				sig, _ := state.Sign(domain.ThreadDigest(s), hubKey)
				return sig[:]
			}, ErrThreadSigner},
		{"signed for another state", func() state.ThreadState { return payThread(latest, 6, 1, 0) },
			func(*state.ThreadState) []byte { return signThread(t, &latest) }, ErrThreadSigner},
		{"no signature", func() state.ThreadState { return payThread(latest, 6, 1, 0) },
			func(*state.ThreadState) []byte { return nil }, ErrThreadSigner},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			next := tc.next()
			sig := signThread(t, &next)
			if tc.sig != nil {
				sig = tc.sig(&next)
			}
			if err := CheckThreadUpdate(domain, &latest, &next, sig); !errors.Is(err, tc.want) {
				t.Fatalf("%v, want %v", err, tc.want)
			}
		})
	}
}

// TestCheckThreadClaimOrdersByThePayment: in a dispute, states are ordered by what they pay the receiver,
// not by count: a state the sender signed with the largest count there is and one wei more for the
// receiver (a jam) gives way to any state paying the receiver more, whatever its count; and a state paying
// the receiver less, or trading one asset for the other, never replaces it.
func TestCheckThreadClaimOrdersByThePayment(t *testing.T) {
	initial := initialThread()
	jam := payThread(initial, ^uint64(0), 1, 0)
	if err := CheckThreadClaim(domain, &initial, &jam, signThread(t, &jam)); err != nil {
		t.Fatalf("the jam state over the initial one: %v", err)
	}
	later := payThread(initial, 40, 30, 0)
	if err := CheckThreadClaim(domain, &jam, &later, signThread(t, &later)); err != nil {
		t.Fatalf("state 40 paying 30 wei over the jam: %v", err)
	}
	if err := CheckThreadUpdate(domain, &jam, &later, signThread(t, &later)); !errors.Is(err, ErrThreadCount) {
		t.Fatalf("a receiver's stream still needs counts going up: %v", err)
	}
	for _, tc := range []struct {
		name       string
		over, next state.ThreadState
	}{
		{"pays less", later, payThread(initial, 41, 29, 0)},
		{"pays the same", later, payThread(initial, 41, 30, 0)},
		{"more tokens, less wei", later, payThread(initial, 41, 29, 1)},
		{"more wei, fewer tokens", payThread(initial, 40, 1, 2), payThread(initial, 41, 2, 1)},
	} {
		if err := CheckThreadClaim(domain, &tc.over, &tc.next, signThread(t, &tc.next)); err == nil {
			t.Fatalf("%s: a claim over %+v accepted", tc.name, tc.over)
		}
	}
}
