package protocol

import (
	"errors"
	"reflect"
	"testing"

	"spoke/state"
)

var otherKey = mustKey(3) // another user of the hub: the sender of threads the channel's user receives

// sentThread is a thread from the channel's user: 10 tokens of its 500 (a thread holds one asset).
func sentThread(t *testing.T) state.SignedThread {
	s := state.ThreadState{Hub: hubAddr, Sender: usrAddr, Receiver: recip, ThreadID: 7, TokenSender: amt(10)}
	return state.SignedThread{State: s, Sig: signThread(t, &s)}
}

// receivedThread is a thread to the channel's user from another user: the hub backs its 60 wei.
func receivedThread(t *testing.T) state.SignedThread {
	t.Helper()
	s := state.ThreadState{Hub: hubAddr, Sender: addrOf(otherKey), Receiver: usrAddr, ThreadID: 9, WeiSender: amt(60)}
	sig, err := state.Sign(domain.ThreadDigest(&s), otherKey)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedThread{State: s, Sig: sig[:]}
}

func threadCtx() Context { c := baseCtx(); c.Domain = domain; return c }

// signedAs is s signed by key (the sender's key for states of th).
func signedAs(t *testing.T, s state.ThreadState, sender bool) state.SignedThread {
	t.Helper()
	key := userKey
	if !sender {
		key = otherKey
	}
	sig, err := state.Sign(domain.ThreadDigest(&s), key)
	if err != nil {
		t.Fatal(err)
	}
	return state.SignedThread{State: s, Sig: sig[:]}
}

func TestOpenThreadMovesThePayersBalance(t *testing.T) {
	sent, recv := sentThread(t), receivedThread(t)
	s, after, err := ApplyAll(baseChannel(), threadCtx(), OpenThread{Thread: sent}, OpenThread{Thread: recv})
	if err != nil {
		t.Fatal(err)
	}
	if s.WeiUser != amt(50) || s.TokenUser != amt(490) || s.WeiHub != amt(40) || s.TokenHub != amt(1000) {
		t.Fatalf("balances after opening: user %s/%s, hub %s/%s", s.WeiUser.Dec(), s.TokenUser.Dec(), s.WeiHub.Dec(), s.TokenHub.Dec())
	}
	if s.ThreadCount != 2 || s.ThreadRoot != state.ThreadRoot([]state.ThreadState{sent.State, recv.State}) {
		t.Fatalf("thread count %d, root %s", s.ThreadCount, s.ThreadRoot)
	}
	if len(after.Threads) != 2 || CheckThreads(&s, after.Threads) != nil {
		t.Fatalf("thread set %v does not match the state", after.Threads)
	}
	if err := state.Validate(&s); err != nil {
		t.Fatal(err)
	}
}

func TestOpenThreadRefusals(t *testing.T) {
	sent := sentThread(t)
	opened, after, err := ApplyAll(baseChannel(), threadCtx(), OpenThread{Thread: sent})
	if err != nil {
		t.Fatal(err)
	}
	withThread := Channel{Latest: state.SignedState{State: opened}, Threads: after.Threads}
	badSig := sent
	badSig.Sig = signedAs(t, sent.State, false).Sig
	counted := sent
	counted.State.TxCount = 1
	counted = signedAs(t, counted.State, true)
	otherHub := sent
	otherHub.State.Hub = recip
	otherHub.State.Receiver = hubAddr
	otherHub = signedAs(t, otherHub.State, true)
	zero := sent
	zero.State.WeiSender, zero.State.TokenSender = amt(0), amt(0)
	zero = signedAs(t, zero.State, true)
	tooMuch := sent
	tooMuch.State.TokenSender = amt(501)
	tooMuch = signedAs(t, tooMuch.State, true)
	twoAssets := sent
	twoAssets.State.WeiSender = amt(1)
	twoAssets = signedAs(t, twoAssets.State, true)
	cases := []struct {
		name string
		ch   Channel
		ctx  Context
		th   state.SignedThread
		want error
	}{
		{"signed by another key", baseChannel(), threadCtx(), badSig, ErrThreadSigner},
		{"not an initial state", baseChannel(), threadCtx(), counted, ErrThreadInitial},
		{"another hub's thread", baseChannel(), threadCtx(), otherHub, ErrThreadChannel},
		{"nothing in it", baseChannel(), threadCtx(), zero, ErrZeroAmount},
		{"more than the balance", baseChannel(), threadCtx(), tooMuch, ErrInsufficientBalance},
		{"wei and tokens", baseChannel(), threadCtx(), twoAssets, ErrThreadAssets},
		{"open already", withThread, threadCtx(), sent, ErrThreadOpen},
		{"no domain", baseChannel(), baseCtx(), sent, ErrNoDomain},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := ApplyAll(tc.ch, tc.ctx, OpenThread{Thread: tc.th}); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCloseThreadPaysEachSide(t *testing.T) {
	sent, recv := sentThread(t), receivedThread(t)
	opened, after, err := ApplyAll(baseChannel(), threadCtx(), OpenThread{Thread: sent}, OpenThread{Thread: recv})
	if err != nil {
		t.Fatal(err)
	}
	ch := Channel{Latest: state.SignedState{State: opened}, Threads: after.Threads}
	paid := signedAs(t, payThread(sent.State, 5, 0, 3), true) // the user paid 3 tokens
	got := recv.State
	got.WeiSender, got.WeiReceiver, got.TxCount = amt(35), amt(25), 2 // the user received 25 wei
	gotSigned := signedAs(t, got, false)
	s, after, err := ApplyAll(ch, threadCtx(), CloseThread{Final: paid}, CloseThread{Final: gotSigned})
	if err != nil {
		t.Fatal(err)
	}
	// user: 50 + 25 received = 75 wei, 490 + 7 back of its thread = 497 tokens;
	// hub: 40 + 35 back = 75 wei, 1000 + 3 received = 1003 tokens.
	if s.WeiUser != amt(75) || s.TokenUser != amt(497) || s.WeiHub != amt(75) || s.TokenHub != amt(1003) {
		t.Fatalf("balances after closing: user %s/%s, hub %s/%s", s.WeiUser.Dec(), s.TokenUser.Dec(), s.WeiHub.Dec(), s.TokenHub.Dec())
	}
	if s.ThreadCount != 0 || s.ThreadRoot != ([32]byte{}) || len(after.Threads) != 0 {
		t.Fatalf("threads left: %d, root %s", s.ThreadCount, s.ThreadRoot)
	}
	// Closing with the initial state gives everything back to the payer.
	s, _, err = ApplyAll(ch, threadCtx(), CloseThread{Final: sent})
	if err != nil || s.WeiUser != amt(50) || s.TokenUser != amt(500) {
		t.Fatalf("close with the initial state: %v, user %s/%s", err, s.WeiUser.Dec(), s.TokenUser.Dec())
	}
}

func TestCloseThreadRefusals(t *testing.T) {
	sent := sentThread(t)
	opened, after, err := ApplyAll(baseChannel(), threadCtx(), OpenThread{Thread: sent})
	if err != nil {
		t.Fatal(err)
	}
	ch := Channel{Latest: state.SignedState{State: opened}, Threads: after.Threads}
	paid := payThread(sent.State, 5, 0, 3)
	unknown := signedAs(t, func() state.ThreadState { u := paid; u.ThreadID = 8; return u }(), true)
	forged := signedAs(t, paid, false)
	more := paid
	more.TokenReceiver = amt(4)
	cases := []struct {
		name string
		f    state.SignedThread
		want error
	}{
		{"unknown thread", unknown, ErrUnknownThread},
		{"not the sender's signature", forged, ErrThreadSigner},
		{"changes the totals", signedAs(t, more, true), ErrThreadTotals},
		{"initial state, forged", state.SignedThread{State: sent.State, Sig: forged.Sig}, ErrThreadSigner},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := ApplyAll(ch, threadCtx(), CloseThread{Final: tc.f}); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
	if _, _, err := ApplyAll(Channel{Latest: ch.Latest}, threadCtx(), Transfer{ToUser: true, Wei: amt(1)}); !errors.Is(err, ErrInconsistentChannel) {
		t.Fatalf("a channel without its thread set applied: %v", err)
	}
}

func TestThreadUpdatesOnTheWire(t *testing.T) {
	sent, recv := sentThread(t), receivedThread(t)
	opened, after, err := ApplyAll(baseChannel(), threadCtx(), OpenThread{Thread: sent}, OpenThread{Thread: recv})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []Message{
		Propose{Updates: []Update{OpenThread{Thread: sent}, CloseThread{Final: recv}}, Proposal: halfSigned()},
		Sync{Latest: state.SignedState{State: opened}, Threads: after.Threads},
		Sync{Latest: state.SignedState{State: opened}, Threads: after.Threads, Preimages: [][32]byte{{1}, {2}}},
	} {
		b, err := MarshalMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalMessage(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, m) {
			t.Fatalf("%T changed on the wire:\n%#v\n%#v", m, got, m)
		}
	}
}

func TestAcceptOpenThreadKeepsTheThreadSet(t *testing.T) {
	sent := sentThread(t)
	ch := baseChannel()
	s, _, err := Apply(ch, threadCtx(), OpenThread{Thread: sent})
	if err != nil {
		t.Fatal(err)
	}
	prop := signedBy(t, s, userKey, false)
	out, err := Accept(ch, baseCtx(), domain, hubAddr, []Update{OpenThread{Thread: sent}}, prop)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Threads) != 1 || out.Threads[0].State != sent.State {
		t.Fatalf("accepted channel's threads: %v", out.Threads)
	}
}

func TestThreadMessagesRoundTrip(t *testing.T) {
	sent := sentThread(t)
	for _, m := range []ThreadMessage{ThreadPay{State: sent}, ThreadReady{Initial: sent}, ThreadCloseAsk{Latest: sent}, ThreadAck{TxCount: 1 << 40}} {
		b, err := MarshalThreadMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := UnmarshalThreadMessage(b)
		if err != nil || !reflect.DeepEqual(got, m) {
			t.Fatalf("%T: %v, %#v", m, err, got)
		}
		for _, bad := range [][]byte{b[:len(b)-1], append(b, 0), append([]byte{2}, b[1:]...)} {
			if _, err := UnmarshalThreadMessage(bad); !errors.Is(err, ErrThreadMessage) {
				t.Fatalf("%T: malformed message decoded: %v", m, err)
			}
		}
	}
	if _, err := UnmarshalThreadMessage([]byte{ThreadWireVersion, 9}); !errors.Is(err, ErrThreadMessage) {
		t.Fatal("unknown type decoded")
	}
}
