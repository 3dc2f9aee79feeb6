package node

import (
	"crypto/ecdsa"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
)

// TestCustodialPayment: Alice pays Bob through the hub's custody although the hub has nothing in Bob's
// channel; Bob sees the custody, cannot claim it until the hub has balance in his channel, then claims
// what the hub can pay; the custody is stored.
func TestCustodialPayment(t *testing.T) {
	half := deposited[0].Uint64() / 2
	n := startHubNet(t, half, 0) // no hub balance in Bob's channel
	alice, bob := n.users[0], n.users[1]
	ctx := testCtx(t)
	if _, err := alice.eng.PayCustodial(ctx, bob.eng.Address(), *uint256.NewInt(500), uint256.Int{}, "rent"); err != nil {
		t.Fatalf("custodial payment: %v", err)
	}
	n.wantWei(t, alice, half-500)
	if got, err := bob.eng.CustodialBalance(ctx); err != nil || got[0].Uint64() != 500 {
		t.Fatalf("custody %v, %v; want 500 wei", got, err)
	}
	if _, err := bob.eng.ClaimCustodial(ctx); err == nil || !strings.Contains(err.Error(), ErrNothingToClaim.Error()) {
		t.Fatalf("claim with no hub balance: %v", err)
	}
	if _, err := bob.eng.Update(ctx, hubAddr, protocol.Transfer{Wei: *uint256.NewInt(300)}); err != nil {
		t.Fatal(err)
	}
	got, err := bob.eng.ClaimCustodial(ctx)
	if err != nil || got[0].Uint64() != 300 {
		t.Fatalf("claim: %v, %v; want 300 wei", got, err)
	}
	n.wantWei(t, bob, deposited[0].Uint64()) // gave the hub 300, got 300 back from custody
	if left, err := bob.eng.CustodialBalance(ctx); err != nil || left[0].Uint64() != 200 {
		t.Fatalf("custody left %v, %v; want 200", left, err)
	}
	stored, err := n.hub.store.Custodial(ctx)
	if b := stored[bob.eng.Address()]; err != nil || b[0].Uint64() != 200 {
		t.Fatalf("stored custody %v, %v; want 200", stored, err)
	}
}

func TestCustodialRefusals(t *testing.T) {
	n := startHubNet(t, 1000, 1000)
	alice := n.users[0]
	ctx := testCtx(t)
	stranger := devchain.DevKey(7)
	_, err := alice.eng.PayCustodial(ctx, addrOf(stranger), *uint256.NewInt(1), uint256.Int{}, "")
	if !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), ErrUnknownRecipient.Error()) {
		t.Fatalf("custodial payment to a stranger: %v", err)
	}
	if _, err := alice.eng.PayCustodial(ctx, n.users[1].eng.Address(), uint256.Int{}, uint256.Int{}, ""); !errors.Is(err, ErrBadPayment) {
		t.Fatalf("zero custodial payment: %v", err)
	}
	if _, err := alice.eng.PayCustodial(ctx, hubAddr, *uint256.NewInt(1), uint256.Int{}, ""); !errors.Is(err, ErrBadPayment) {
		t.Fatalf("custodial payment to the hub: %v", err)
	}
	if _, err := n.hub.eng.CustodialBalance(ctx); !errors.Is(err, ErrNotSupported) {
		t.Fatalf("hub asking for custody: %v", err)
	}
	n.wantWei(t, alice, deposited[0].Uint64()-1000)
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
