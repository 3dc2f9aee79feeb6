package protocol

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// TestProposerSigned checks the signature check a node runs where a proposal arrives: only the named
// proposer's valid signature, in its own slot, over the proposal's state passes.
func TestProposerSigned(t *testing.T) {
	good, _, err := Apply(baseChannel(), baseCtx(), Transfer{ToUser: true, Wei: amt(7)})
	if err != nil {
		t.Fatal(err)
	}
	byUser := signedBy(t, good, userKey, false)
	changed := byUser
	changed.State.WeiUser = amt(58)
	cases := []struct {
		name     string
		proposer common.Address
		proposal state.SignedState
		want     bool
	}{
		{"user's own signature", usrAddr, byUser, true},
		{"hub's own signature", hubAddr, signedBy(t, good, hubKey, true), true},
		{"another party's signature", usrAddr, signedBy(t, good, hubKey, false), false},
		{"signature in the other slot", hubAddr, byUser, false},
		{"state changed after signing", usrAddr, changed, false},
		{"not a party of the channel", recip, byUser, false},
	}
	for _, tc := range cases {
		if got := ProposerSigned(domain, tc.proposer, &tc.proposal); got != tc.want {
			t.Errorf("%s: ProposerSigned = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestAcceptSignedChecksOtherSigners checks that AcceptSigned skips the signature only for the proposer
// the caller vouches for: vouching for anyone else (or no one) leaves the check to Accept, so a forged
// proposal is refused.
func TestAcceptSignedChecksOtherSigners(t *testing.T) {
	ch, ctx := baseChannel(), baseCtx()
	ups := []Update{Transfer{ToUser: true, Wei: amt(7)}}
	good, _, err := Apply(ch, ctx, ups...)
	if err != nil {
		t.Fatal(err)
	}
	forged := signedBy(t, good, userKey, true) // the user's signature in the hub's slot
	for _, signer := range []common.Address{{}, usrAddr, recip} {
		if _, err := AcceptSigned(ch, ctx, domain, usrAddr, ups, forged, signer); !errors.Is(err, state.ErrSignatureSigner) {
			t.Errorf("vouched for %s: error %v, want %v", signer, err, state.ErrSignatureSigner)
		}
	}
	got, err := AcceptSigned(ch, ctx, domain, usrAddr, ups, signedBy(t, good, hubKey, true), hubAddr)
	if err != nil || got.Latest.State != good || len(got.Latest.SigHub) != state.SignatureLength {
		t.Fatalf("vouched proposal: %+v, %v", got.Latest, err)
	}
}
