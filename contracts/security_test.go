package contracts_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// updSigned is a state ready to apply: the counterparty's signature and who sends it.
type updSigned struct {
	s      state.ChannelState
	sig    []byte
	sender chaintest.Actor
	value  *big.Int
}

// updSignedUser is Alice's one-ether deposit signed by the hub; updSignedHub is a one-ether hub collateral
// deposit (reserve funded here) signed by Alice. d is the domain to sign under (nil: the harness's).
func updSignedUser(t *testing.T, e *chaintest.Env, d *state.Domain) updSigned {
	t.Helper()
	s := updUserPath.base(t, e)
	return updSigned{s: s, sig: updSig(t, e, d, &s, e.Hub), sender: e.Alice, value: updBig(updEther(1))}
}

func updSignedHub(t *testing.T, e *chaintest.Env, d *state.Domain) updSigned {
	t.Helper()
	s := updHubPath.base(t, e)
	return updSigned{s: s, sig: updSig(t, e, d, &s, e.Alice), sender: e.Hub}
}

// apply sends the state to mgr (nil: the harness's manager) as the given sender with the given signature.
func (p updSigned) apply(e *chaintest.Env, mgr *bindings.ChannelManager, s *state.ChannelState, by chaintest.Actor, sig []byte) error {
	if mgr == nil {
		mgr = e.Manager
	}
	_, err := e.Do(by, p.value, func(o *bind.TransactOpts) (*types.Transaction, error) {
		if p.sender.Addr == e.Hub.Addr {
			return mgr.HubAuthorizedUpdate(o, contracts.ChannelState(s), sig)
		}
		return mgr.UserAuthorizedUpdate(o, contracts.ChannelState(s), sig)
	})
	return err
}

// updBothPaths runs f for a user-applied and a hub-applied state.
func updBothPaths(t *testing.T, f func(t *testing.T, e *chaintest.Env, mk func(*testing.T, *chaintest.Env, *state.Domain) updSigned)) {
	t.Run("userAuthorizedUpdate", func(t *testing.T) { f(t, newEnv(t), updSignedUser) })
	t.Run("hubAuthorizedUpdate", func(t *testing.T) { f(t, newEnv(t), updSignedHub) })
}

// A state Hub and Alice signed cannot be moved to Bob's channel: the signature covers the user.
func TestReplayOntoAnotherChannel(t *testing.T) {
	updBothPaths(t, func(t *testing.T, e *chaintest.Env, mk func(*testing.T, *chaintest.Env, *state.Domain) updSigned) {
		p := mk(t, e, nil)
		moved := p.s
		moved.User, moved.Recipient = e.Bob.Addr, e.Bob.Addr
		by, signer := e.Bob, e.Hub // Bob replays the hub's signature...
		if p.sender.Addr == e.Hub.Addr {
			by, signer = e.Hub, e.Bob // ...or the hub replays Alice's as if it were Bob's
		}
		bobRecord := updRecord(e, e.Bob.Addr)
		b := updOpenBooks(t, e, e.Bob.Addr, e.Dep.Manager)
		updRevert(t, p.apply(e, nil, &moved, by, p.sig), "InvalidSignature", signer.Addr)
		if updRecord(e, e.Bob.Addr) != bobRecord {
			t.Fatal("Bob's channel changed")
		}
		b.want(t, e.Bob.Addr, updZero, updZero)
		b.want(t, e.Dep.Manager, updZero, updZero)
		b.wantReserve(t, updZero, updZero)
		if err := p.apply(e, nil, &p.s, p.sender, p.sig); err != nil {
			t.Fatalf("the state on its own channel: %v", err)
		}
	})
}

// A state signed for one ChannelManager is refused by another deployment on the same chain: the EIP-712
// domain binds the contract address.
func TestReplayOntoAnotherDeployment(t *testing.T) {
	updBothPaths(t, func(t *testing.T, e *chaintest.Env, mk func(*testing.T, *chaintest.Env, *state.Domain) updSigned) {
		dep2, err := contracts.DeployWithTestToken(context.Background(), e.Opts(e.Deployer, nil), e.Client,
			chaintest.ChallengePeriod, func() { e.Chain.Commit() })
		if err != nil {
			t.Fatal(err)
		}
		mgr2, dom2 := dep2.ManagerContract, state.NewDomain(big.NewInt(devchain.ChainID), dep2.Manager)
		updDo(t, e, e.Hub, updBig(updEther(1)), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return mgr2.HubDeposit(o, new(big.Int))
		})
		p := mk(t, e, nil)
		d1, err1 := e.Manager.ChannelStateDigest(nil, contracts.ChannelState(&p.s))
		d2, err2 := mgr2.ChannelStateDigest(nil, contracts.ChannelState(&p.s))
		if err := errors.Join(err1, err2); err != nil || d1 == d2 || d2 != dom2.ChannelDigest(&p.s) {
			t.Fatalf("digests %x and %x (Go %x), %v", d1, d2, dom2.ChannelDigest(&p.s), err)
		}
		signer := e.Hub
		if p.sender.Addr == e.Hub.Addr {
			signer = e.Alice
		}
		updRevert(t, p.apply(e, mgr2, &p.s, p.sender, p.sig), "InvalidSignature", signer.Addr)
		if c, err := mgr2.GetChannel(nil, e.Hub.Addr, e.Alice.Addr); err != nil || c.TxCountGlobal != 0 || c.WeiTotal.Sign() != 0 {
			t.Fatalf("second deployment's channel changed: %+v %v", c, err)
		}
		if err := p.apply(e, nil, &p.s, p.sender, p.sig); err != nil {
			t.Fatalf("the state on its own deployment: %v", err)
		}
		if err := p.apply(e, mgr2, &p.s, p.sender, updSig(t, e, dom2, &p.s, signer)); err != nil {
			t.Fatalf("the state signed for the second deployment: %v", err)
		}
	})
}

func TestReplaySameStateTwice(t *testing.T) {
	updBothPaths(t, func(t *testing.T, e *chaintest.Env, mk func(*testing.T, *chaintest.Env, *state.Domain) updSigned) {
		p := mk(t, e, nil)
		updHubDeposit(t, e, updEther(1), uint256.Int{}) // enough reserve for a second hub deposit
		if err := p.apply(e, nil, &p.s, p.sender, p.sig); err != nil {
			t.Fatal(err)
		}
		record := updRecord(e, e.Alice.Addr)
		b := updOpenBooks(t, e, e.Alice.Addr, e.Dep.Manager)
		updRevert(t, p.apply(e, nil, &p.s, p.sender, p.sig), "StaleNonce", 1, 1)
		if updRecord(e, e.Alice.Addr) != record {
			t.Fatal("channel changed by the replay")
		}
		b.want(t, e.Alice.Addr, updZero, updZero)
		b.want(t, e.Dep.Manager, updZero, updZero)
		b.wantReserve(t, updZero, updZero)
	})
}

// updHighS returns the other valid signature of the same digest: s' = n - s with v flipped 27 <-> 28.
func updHighS(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

func updWithV(sig []byte, v byte) []byte {
	out := bytes.Clone(sig)
	out[64] = v
	return out
}

// The contract and state.ParseSignature both refuse every non-canonical form of a valid signature.
func TestSignatureMalleability(t *testing.T) {
	for _, tc := range []struct {
		name    string
		mangle  func(sig []byte) []byte
		want    string
		args    func(bad []byte) []any
		wantErr error
	}{
		{"high S", updHighS, "ECDSAInvalidSignatureS", func(b []byte) []any { return []any{[32]byte(b[32:64])} }, state.ErrSignatureHighS},
		{"64 bytes", func(s []byte) []byte { return s[:64] }, "ECDSAInvalidSignatureLength", func([]byte) []any { return []any{64} }, state.ErrSignatureLength},
		{"66 bytes", func(s []byte) []byte { return append(bytes.Clone(s), 0) }, "ECDSAInvalidSignatureLength", func([]byte) []any { return []any{66} }, state.ErrSignatureLength},
		{"empty", func([]byte) []byte { return nil }, "ECDSAInvalidSignatureLength", func([]byte) []any { return []any{0} }, state.ErrSignatureLength},
		{"v 0", func(s []byte) []byte { return updWithV(s, 0) }, "ECDSAInvalidSignature", nil, state.ErrSignatureV},
		{"v 1", func(s []byte) []byte { return updWithV(s, 1) }, "ECDSAInvalidSignature", nil, state.ErrSignatureV},
	} {
		t.Run(tc.name, func(t *testing.T) {
			updBothPaths(t, func(t *testing.T, e *chaintest.Env, mk func(*testing.T, *chaintest.Env, *state.Domain) updSigned) {
				p := mk(t, e, nil)
				bad := tc.mangle(p.sig)
				if _, err := state.ParseSignature(bad); !errors.Is(err, tc.wantErr) {
					t.Fatalf("ParseSignature: %v, want %v", err, tc.wantErr)
				}
				var args []any
				if tc.args != nil {
					args = tc.args(bad)
				}
				updRevert(t, p.apply(e, nil, &p.s, p.sender, bad), tc.want, args...)
				if err := p.apply(e, nil, &p.s, p.sender, p.sig); err != nil {
					t.Fatalf("canonical signature after the rejected one: %v", err)
				}
			})
		})
	}
}

// The high-S twin is a genuine signature for the precompile: it recovers the same key. Only the explicit
// checks (OpenZeppelin's ECDSA on-chain, ParseSignature in Go) make it unusable.
func TestHighSTwinRecoversSameSigner(t *testing.T) {
	e := newEnv(t)
	s := updState(e, e.Alice)
	digest := e.Domain.ChannelDigest(&s)
	twin := updHighS(updSig(t, e, nil, &s, e.Hub))
	raw := updWithV(twin, twin[64]-27)
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil || crypto.PubkeyToAddress(*pub) != e.Hub.Addr {
		t.Fatalf("twin recovers %v (%v), want the hub", pub, err)
	}
	if _, err := state.Recover(digest, twin); !errors.Is(err, state.ErrSignatureHighS) {
		t.Fatalf("state.Recover accepted the twin: %v", err)
	}
}
