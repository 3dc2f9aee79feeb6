package node

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// raw encodes a Propose of updates on any prev state, signed by signer in the user's slot; tamper, if
// set, may change the signature first. It returns the proposed state and the request.
func (m *mallory) raw(prev state.ChannelState, signer *ecdsa.PrivateKey, tamper func(sig []byte), updates ...protocol.Update) (state.ChannelState, []byte) {
	m.t.Helper()
	ctx := protocol.Context{Now: now, Deposited: deposited}
	next, _, err := protocol.Apply(protocol.Channel{Latest: state.SignedState{State: prev}}, ctx, updates...)
	if err != nil {
		m.t.Fatal(err)
	}
	sig, err := state.Sign(domain.ChannelDigest(&next), signer)
	if err != nil {
		m.t.Fatal(err)
	}
	if tamper != nil {
		tamper(sig[:])
	}
	req, err := protocol.MarshalMessage(protocol.Propose{Updates: updates, Proposal: state.SignedState{State: next, SigUser: sig[:]}})
	if err != nil {
		m.t.Fatal(err)
	}
	return next, req
}

// rawPropose sends raw(prev, signer, nil, updates...) and returns the answer.
func (m *mallory) rawPropose(prev state.ChannelState, signer *ecdsa.PrivateKey, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	_, req := m.raw(prev, signer, nil, updates...)
	return m.send(req)
}

// wantMalformed sends req on UpdateProtocol and fails unless the hub's handler called it malformed: the
// request fails with the hub's error naming want and p2p.ErrMalformed (the hub then ends the stream; the
// p2p tests check that), and the hub still serves her next request.
func (m *mallory) wantMalformed(req []byte, want error) {
	m.t.Helper()
	_, err := m.host.Request(testCtx(m.t), m.peer, UpdateProtocol, req)
	var remote *p2p.RemoteError
	if !errors.As(err, &remote) {
		m.t.Fatalf("error %v, want the hub's error", err)
	}
	for _, text := range []string{want.Error(), p2p.ErrMalformed.Error()} {
		if !strings.Contains(remote.Message, text) {
			m.t.Fatalf("hub's error %q does not say %q", remote.Message, text)
		}
	}
}

// wantReject fails unless msg is a Reject whose reason contains text.
func wantReject(t testing.TB, msg protocol.Message, text string) {
	t.Helper()
	r, ok := msg.(protocol.Reject)
	if !ok {
		t.Fatalf("got %T %+v, want a Reject", msg, msg)
	}
	if !strings.Contains(r.Reason, text) {
		t.Fatalf("reject reason %q does not mention %q", r.Reason, text)
	}
}

func TestMalloryIsRejectedAndChangesNothing(t *testing.T) {
	p := startPair(t, t.TempDir())
	credit(t, p)
	paid := paySequentially(t, p, 3, 5)
	honest := checkBalances(t, p, 1_000_000-paid, paid)
	m := newMalloryUser(t, devchain.DevKey(3), p.hub, newClock())
	mAddr := m.ch.Latest.State
	key := devchain.DevKey(3)
	one := protocol.Credit{Wei: *uint256.NewInt(1)}
	sync, _ := protocol.MarshalMessage(protocol.Sync{Latest: honest})

	t.Run("malformed", func(t *testing.T) { m.wantMalformed([]byte{0xff, 0x01, 0x02}, ErrMalformed) })
	countersign, _ := protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: 1, Sig: make([]byte, 65)})
	t.Run("not a request", func(t *testing.T) { m.wantMalformed(countersign, ErrUnexpected) })
	t.Run("someone else's state pushed", func(t *testing.T) { wantReject(t, m.send(sync), ErrSyncRefused.Error()) })
	t.Run("wrong signer", func(t *testing.T) {
		wantReject(t, m.rawPropose(mAddr, devchain.DevKey(4), one), state.ErrSignatureSigner.Error())
	})
	t.Run("honest user's channel", func(t *testing.T) {
		tokenCredit := protocol.Credit{Token: *uint256.NewInt(1)}
		wantReject(t, m.rawPropose(honest.State, key, tokenCredit), ErrForeignChannel.Error())
	})
	t.Run("high-S", func(t *testing.T) {
		// The same signature's twin: s' = n - s, v flipped. Ecrecover accepts it; spoke must not.
		_, req := m.raw(mAddr, key, func(sig []byte) {
			s := new(big.Int).SetBytes(sig[32:64])
			s.Sub(secp256k1N, s)
			s.FillBytes(sig[32:64])
			sig[64] = 55 - sig[64] // 27 <-> 28
		}, one)
		wantReject(t, m.send(req), state.ErrSignatureHighS.Error())
	})
	t.Run("custodial note without a transfer", func(t *testing.T) {
		for _, updates := range [][]protocol.Update{nil, {one}, {one, one}} {
			next := mAddr
			next.TxCountGlobal = 1
			req, err := protocol.MarshalMessage(protocol.Propose{Updates: updates,
				Notes:    []protocol.Note{{LockID: CustodialNote, Recipient: honest.State.User}},
				Proposal: state.SignedState{State: next, SigUser: make([]byte, 65)}})
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := m.send(req).(protocol.Reject); !ok {
				t.Fatalf("custodial note with %d updates was not rejected", len(updates))
			}
		}
	})
	t.Run("out of order", func(t *testing.T) {
		ahead := mAddr
		ahead.TxCountGlobal = 5 // her channel is at 0: a proposal for 6 on a state 5 the hub never signed
		ahead.CreditedDepositWei, ahead.WeiUser = *uint256.NewInt(1), *uint256.NewInt(1)
		r, ok := m.rawPropose(ahead, key, one).(protocol.Reject)
		if !ok || r.Code != protocol.CodeBehind {
			t.Fatalf("out-of-order proposal answered with %+v, want a CodeBehind Reject", r)
		}
	})
	t.Run("nonce too far ahead", func(t *testing.T) {
		ahead := mAddr
		ahead.TxCountGlobal = state.MaxNonceStep // a proposal for MaxNonceStep + 1 from 0
		wantRefused(t, m.rawPropose(ahead, key, one), ErrNonceStep)
	})
	t.Run("oversized", func(t *testing.T) {
		big := make([]byte, p2p.MaxFrameSize+1)
		if _, err := m.host.Request(testCtx(t), m.peer, UpdateProtocol, big); err == nil {
			t.Fatal("an oversized request was answered")
		}
	})
	t.Run("valid then replayed", func(t *testing.T) {
		next, req := m.raw(mAddr, key, nil, one)
		if _, ok := m.send(req).(protocol.Countersign); !ok {
			t.Fatal("a valid proposal on her own channel was not countersigned")
		}
		s, ok := m.send(req).(protocol.Sync) // the same bytes again: she only learns her latest
		if !ok || s.Latest.State != next {
			t.Fatalf("replayed proposal answered with %+v, want a Sync of state 1", s)
		}
	})
	t.Run("stale", func(t *testing.T) {
		s, ok := m.rawPropose(mAddr, key, one).(protocol.Sync) // stale: she gets her channel's latest
		if !ok || s.Latest.State.User != mAddr.User || s.Latest.State.TxCountGlobal != 1 {
			t.Fatalf("stale proposal answered with %+v, want a Sync of her state 1", s)
		}
	})
	got := latest(t, p.hub.store)
	if got.State != honest.State {
		t.Fatalf("hub's state of the honest channel changed:\n got %+v\nwant %+v", got.State, honest.State)
	}
	mine, err := p.hub.store.Latest(testCtx(t), hubAddr, mAddr.User)
	if err != nil || mine.State.TxCountGlobal != 1 {
		t.Fatalf("mallory's channel at %d (err %v), want 1", mine.State.TxCountGlobal, err)
	}
	paid += paySequentially(t, p, 1, 5)
	checkBalances(t, p, 1_000_000-paid, paid)
}

func TestRejectReasonFitsTheWire(t *testing.T) {
	long := errors.New(strings.Repeat("é", protocol.MaxReasonLength))
	if _, err := marshalReject(1, long); err != nil {
		t.Fatalf("long reason: %v", err)
	}
}

// secp256k1N is the order of the secp256k1 group.
var secp256k1N, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
