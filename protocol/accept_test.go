package protocol

import (
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// signedBy returns s with the signature of key in the hub's (hub) or the user's slot.
func signedBy(t *testing.T, s state.ChannelState, key *ecdsa.PrivateKey, hub bool) state.SignedState {
	t.Helper()
	sig, err := state.Sign(domain.ChannelDigest(&s), key)
	if err != nil {
		t.Fatal(err)
	}
	if hub {
		return state.SignedState{State: s, SigHub: sig[:]}
	}
	return state.SignedState{State: s, SigUser: sig[:]}
}

func TestAccept(t *testing.T) {
	ch, ctx := baseChannel(), baseCtx()
	ups := []Update{Transfer{ToUser: true, Wei: amt(7)}, AddLock{lock(1, true, 3, 0)}}
	good, locks, err := Apply(ch, ctx, ups...)
	if err != nil {
		t.Fatal(err)
	}
	tampered := good
	tampered.WeiUser = amt(58)
	stale := good
	stale.TxCountGlobal = ch.Latest.State.TxCountGlobal
	cases := []struct {
		name     string
		me       common.Address
		proposal state.SignedState
		wantErr  error
	}{
		{"hub proposes", usrAddr, signedBy(t, good, hubKey, true), nil},
		{"user proposes", hubAddr, signedBy(t, good, userKey, false), nil},
		{"changed balance", usrAddr, signedBy(t, tampered, hubKey, true), ErrProposalMismatch},
		{"stale nonce", usrAddr, signedBy(t, stale, hubKey, true), ErrProposalMismatch},
		{"wrong signer", usrAddr, signedBy(t, good, userKey, true), state.ErrSignatureSigner},
		{"signature in the wrong slot", usrAddr, signedBy(t, good, hubKey, false), state.ErrSignatureLength},
		{"not a party", recip, signedBy(t, good, hubKey, true), ErrNotParty},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Accept(ch, ctx, domain, tc.me, ups, tc.proposal)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("error %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := Channel{Latest: tc.proposal, Locks: locks}
			if got.Latest.State != want.Latest.State || string(got.Latest.SigHub) != string(want.Latest.SigHub) ||
				string(got.Latest.SigUser) != string(want.Latest.SigUser) || len(got.Locks) != 1 || got.Locks[0] != locks[0] {
				t.Fatalf("channel\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestAcceptApplyError(t *testing.T) {
	_, err := Accept(baseChannel(), baseCtx(), domain, usrAddr, []Update{Transfer{Wei: amt(1000)}}, state.SignedState{})
	if !errors.Is(err, ErrInsufficientBalance) {
		t.Fatalf("error %v, want %v", err, ErrInsufficientBalance)
	}
}

// TestAcceptCancelLock checks that only a lock's receiver may propose to cancel it: the acceptor must be
// the lock's sender, who gets the amounts back.
func TestAcceptCancelLock(t *testing.T) {
	toUser, toHub := lock(1, true, 10, 100), lock(2, false, 5, 0) // sent by the hub, by the user
	open := chanWithLocks(toUser, toHub)
	added := lock(3, false, 1, 0) // the user sends it
	cases := []struct {
		name    string
		ch      Channel
		me      common.Address // the acceptor; the other party proposes
		updates []Update
		wantErr error
	}{
		{"user receiver cancels the hub's lock", open, hubAddr, []Update{CancelLock{ID: 1}}, nil},
		{"hub receiver cancels the user's lock", open, usrAddr, []Update{CancelLock{ID: 2}}, nil},
		{"hub sender cancels its own lock", open, usrAddr, []Update{CancelLock{ID: 1}}, ErrNotLockSender},
		{"user sender cancels its own lock", open, hubAddr, []Update{CancelLock{ID: 2}}, ErrNotLockSender},
		{"refused among other updates", open, hubAddr, []Update{CancelLock{ID: 1}, CancelLock{ID: 2}}, ErrNotLockSender},
		{"sender adds and cancels in a batch", baseChannel(), hubAddr, []Update{AddLock{added}, CancelLock{ID: 3}}, ErrNotLockSender},
		{"receiver cancels a lock added in the batch", baseChannel(), usrAddr, []Update{AddLock{added}, CancelLock{ID: 3}}, nil},
		{"unknown lock", open, hubAddr, []Update{CancelLock{ID: 3}}, ErrUnknownLock},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			proposed, _, err := Apply(tc.ch, baseCtx(), tc.updates...) // party-agnostic: any open lock cancels
			if err != nil && !errors.Is(err, ErrUnknownLock) {
				t.Fatalf("Apply: %v", err)
			}
			hubProposes := tc.me == usrAddr
			key := userKey
			if hubProposes {
				key = hubKey
			}
			got, err := Accept(tc.ch, baseCtx(), domain, tc.me, tc.updates, signedBy(t, proposed, key, hubProposes))
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if err == nil && got.Latest.State != proposed {
				t.Fatalf("accepted state\n got %+v\nwant %+v", got.Latest.State, proposed)
			}
		})
	}
}
