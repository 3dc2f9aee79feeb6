package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// updPack ABI-encodes a ChannelManager call, the payload a malicious contract re-enters with.
func updPack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	a, err := bindings.ChannelManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// updRigged is a ChannelManager whose token is a ReentrantToken, with Hub and Alice holding 1,000 tokens
// approved to it.
type updRigged struct {
	e        *chaintest.Env
	mgrAddr  common.Address
	tok      *bindings.ReentrantToken
	mgr      *bindings.ChannelManager
	dom      *state.Domain
	receiver common.Address
}

func updDeployRigged(t *testing.T, e *chaintest.Env) *updRigged {
	t.Helper()
	tokAddr := updDo(t, e, e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployReentrantToken(o, e.Client)
		return tx, err
	}).ContractAddress
	r := &updRigged{e: e}
	r.mgrAddr = updDo(t, e, e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployChannelManager(o, e.Client, tokAddr, big.NewInt(3600))
		return tx, err
	}).ContractAddress
	var err1, err2 error
	r.tok, err1 = bindings.NewReentrantToken(tokAddr, e.Client)
	r.mgr, err2 = bindings.NewChannelManager(r.mgrAddr, e.Client)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	r.dom = state.NewDomain(big.NewInt(devchain.ChainID), r.mgrAddr)
	for _, a := range []chaintest.Actor{e.Hub, e.Alice} {
		updDo(t, e, e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.tok.Mint(o, a.Addr, updBig(updEther(1000)))
		})
		updDo(t, e, a, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.tok.Approve(o, r.mgrAddr, abi.MaxUint256)
		})
	}
	return r
}

// arm makes every later token transfer call the manager with payload (Mallory arms it: anyone can).
func (r *updRigged) arm(t *testing.T, payload []byte) {
	t.Helper()
	updDo(t, r.e, r.e.Mallory, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.tok.Arm(o, r.mgrAddr, payload)
	})
}

// ledger prints every balance an attack could move: wei and tokens of Hub, Alice and the manager, the
// hub's reserve and the (Hub, Alice) channel record.
func (r *updRigged) ledger(t *testing.T) string {
	t.Helper()
	e, out := r.e, ""
	for _, a := range []common.Address{e.Hub.Addr, e.Alice.Addr, r.mgrAddr} {
		tk, err := r.tok.BalanceOf(nil, a)
		if err != nil {
			t.Fatal(err)
		}
		out += fmt.Sprintf("%s wei %s tok %s\n", a, e.WeiBalance(a), tk)
	}
	rw, err1 := r.mgr.ReserveWei(nil, e.Hub.Addr)
	rt, err2 := r.mgr.ReserveToken(nil, e.Hub.Addr)
	c, err3 := r.mgr.GetChannel(nil, e.Hub.Addr, e.Alice.Addr)
	if err1 != nil || err2 != nil || err3 != nil {
		t.Fatal(err1, err2, err3)
	}
	return out + fmt.Sprintf("reserve %s %s\nchannel %+v", rw, rt, c)
}

func (r *updRigged) send(by chaintest.Actor, value *big.Int, fn func(*bind.TransactOpts) (*types.Transaction, error)) error {
	_, err := r.e.Do(by, value, fn)
	return err
}

// withdrawalState opens Alice's channel with 100 tokens and returns the signed state withdrawing them.
func (r *updRigged) withdrawalState(t *testing.T) (state.ChannelState, []byte) {
	t.Helper()
	e := r.e
	s1 := updState(e, e.Alice)
	s1.TokenUser, s1.Pending.DepositTokenUser = updEther(100), updEther(100)
	if err := r.send(e.Alice, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.mgr.UserAuthorizedUpdate(o, contracts.ChannelState(&s1), updSig(t, e, r.dom, &s1, e.Hub))
	}); err != nil {
		t.Fatal(err)
	}
	s3 := updNext(t, e, updConfirm(t, s1), func(s *state.ChannelState) {
		s.TokenUser, s.Pending.WithdrawalTokenUser = uint256.Int{}, updEther(100)
	})
	return s3, updSig(t, e, r.dom, &s3, e.Alice)
}

// updEntry prepares an attack on a rigged deployment: the payload the token re-enters with and the call
// whose token transfer triggers it.
type updEntry func(r *updRigged, t *testing.T) (payload []byte, attack func() error)

// hubWithdrawEntry: the hub withdraws its reserve; the token transfer re-enters hubWithdraw.
func (r *updRigged) hubWithdrawEntry(t *testing.T) ([]byte, func() error) {
	t.Helper()
	e := r.e
	updDo(t, e, e.Hub, updBig(updEther(10)), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return r.mgr.HubDeposit(o, updBig(updEther(100)))
	})
	return updPack(t, "hubWithdraw", updBig(updEther(10)), updBig(updEther(100))), func() error {
		return r.send(e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.mgr.HubWithdraw(o, updBig(updEther(10)), updBig(updEther(100)))
		})
	}
}

// userWithdrawalEntry: the hub applies Alice's token withdrawal; the transfer to Alice re-enters either
// hubAuthorizedUpdate with the same state (a double withdrawal) or hubWithdraw.
func updUserWithdrawalEntry(method string) updEntry {
	return func(r *updRigged, t *testing.T) ([]byte, func() error) {
		s, sig := r.withdrawalState(t)
		payload := updPack(t, "hubAuthorizedUpdate", contracts.ChannelState(&s), sig)
		if method == "hubWithdraw" {
			payload = updPack(t, "hubWithdraw", new(big.Int), new(big.Int))
		}
		return payload, func() error {
			return r.send(r.e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return r.mgr.HubAuthorizedUpdate(o, contracts.ChannelState(&s), sig)
			})
		}
	}
}

// userDepositEntry: Alice deposits tokens; the pull after the state is stored re-enters emptyChannel.
func (r *updRigged) userDepositEntry(t *testing.T) ([]byte, func() error) {
	t.Helper()
	e := r.e
	s := updState(e, e.Alice)
	s.TokenUser, s.Pending.DepositTokenUser = updEther(100), updEther(100)
	return updPack(t, "emptyChannel", e.Hub.Addr, e.Alice.Addr), func() error {
		return r.send(e.Alice, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.mgr.UserAuthorizedUpdate(o, contracts.ChannelState(&s), updSig(t, e, r.dom, &s, e.Hub))
		})
	}
}

// hubDepositEntry: the hub deposits tokens into its reserve; the pull re-enters claim.
func (r *updRigged) hubDepositEntry(t *testing.T) ([]byte, func() error) {
	t.Helper()
	return updPack(t, "claim"), func() error {
		return r.send(r.e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return r.mgr.HubDeposit(o, updBig(updEther(100)))
		})
	}
}

// Every token transfer the manager makes or pulls happens under its reentrancy guard: a token that calls
// back into the manager makes the whole transaction revert with ReentrancyGuardReentrantCall, and nothing
// moves. A harmless callback (a view) shows the same transaction succeeds when nothing re-enters a guard.
func TestReentrancyThroughToken(t *testing.T) {
	for _, tc := range []struct {
		name  string
		entry updEntry
	}{
		{"hubWithdraw re-entering hubWithdraw", (*updRigged).hubWithdrawEntry},
		{"user token withdrawal re-entering hubAuthorizedUpdate", updUserWithdrawalEntry("hubAuthorizedUpdate")},
		{"user token withdrawal re-entering hubWithdraw", updUserWithdrawalEntry("hubWithdraw")},
		{"user token deposit re-entering emptyChannel", (*updRigged).userDepositEntry},
		{"hubDeposit re-entering claim", (*updRigged).hubDepositEntry},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := updDeployRigged(t, newEnv(t))
			payload, attack := tc.entry(r, t)
			r.arm(t, payload)
			before := r.ledger(t)
			updRevert(t, attack(), "ReentrancyGuardReentrantCall")
			if after := r.ledger(t); after != before {
				t.Fatalf("funds moved:\n%s\nwas\n%s", after, before)
			}
			r.arm(t, updPack(t, "reserveWei", r.e.Hub.Addr))
			if err := attack(); err != nil {
				t.Fatalf("same call with a harmless callback: %v", err)
			}
			if r.ledger(t) == before {
				t.Fatal("the harmless call moved nothing")
			}
		})
	}
}

// updReceiverSetup deploys a ReentrantReceiver and returns it with Alice's signed state withdrawing 2 ether
// and 60 tokens to it (her channel holds 3 ether and 100 tokens; the hub has 5 ether in reserve).
func updReceiverSetup(t *testing.T, e *chaintest.Env) (common.Address, *bindings.ReentrantReceiver, state.ChannelState) {
	t.Helper()
	addr := updDo(t, e, e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bindings.DeployReentrantReceiver(o, e.Client)
		return tx, err
	}).ContractAddress
	recv, err := bindings.NewReentrantReceiver(addr, e.Client)
	if err != nil {
		t.Fatal(err)
	}
	updHubDeposit(t, e, updEther(5), uint256.Int{})
	s1 := updOpen(t, e, updEther(3), updEther(100), 1)
	s3 := updNext(t, e, updConfirm(t, s1), func(s *state.ChannelState) {
		s.Recipient = addr
		s.WeiUser, s.Pending.WithdrawalWeiUser = updEther(1), updEther(2)
		s.TokenUser, s.Pending.WithdrawalTokenUser = updEther(40), updEther(60)
	})
	return addr, recv, s3
}

// A withdrawal recipient that re-enters the manager when paid wei is refused by the reentrancy guard.
// The manager does not bubble the receiver's revert: the failed wei push reverts the whole update with
// WeiTransferFailed(recipient), so neither the wei nor the tokens paid before it move, and the state is not
// applied. With a harmless callback the same update pays the recipient exactly once.
func TestReentrancyThroughRecipient(t *testing.T) {
	for _, tc := range []struct{ name, method string }{{"hubWithdraw", "hubWithdraw"}, {"claim", "claim"}} {
		for _, byHub := range []bool{true, false} {
			t.Run(fmt.Sprintf("%s byHub=%v", tc.name, byHub), func(t *testing.T) {
				e := newEnv(t)
				addr, recv, s := updReceiverSetup(t, e)
				apply := func() error {
					if byHub {
						_, err := updHubUpdate(e, e.Hub, &s, updSig(t, e, nil, &s, e.Alice))
						return err
					}
					_, err := updUserUpdate(e, e.Alice, &s, updSig(t, e, nil, &s, e.Hub), nil)
					return err
				}
				payload := updPack(t, "claim")
				if tc.method == "hubWithdraw" {
					payload = updPack(t, "hubWithdraw", new(big.Int), new(big.Int))
				}
				updDo(t, e, e.Mallory, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return recv.Arm(o, e.Dep.Manager, payload)
				})
				record := updRecord(e, e.Alice.Addr)
				b := updOpenBooks(t, e, addr, e.Alice.Addr, e.Dep.Manager)
				updRevert(t, apply(), "WeiTransferFailed", addr)
				if updRecord(e, e.Alice.Addr) != record {
					t.Fatal("channel changed")
				}
				b.want(t, addr, updZero, updZero)
				b.want(t, e.Dep.Manager, updZero, updZero)
				b.wantReserve(t, updZero, updZero)

				updDo(t, e, e.Mallory, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return recv.Arm(o, e.Dep.Manager, updPack(t, "reserveWei", e.Hub.Addr))
				})
				if err := apply(); err != nil {
					t.Fatalf("with a harmless callback: %v", err)
				}
				updWantChannel(t, e, &s, updEther(1), updEther(40))
				b.want(t, addr, updBig(updEther(2)), updBig(updEther(60)))
				b.want(t, e.Dep.Manager, updNeg(updBig(updEther(2))), updNeg(updBig(updEther(60))))
				b.wantReserve(t, updZero, updZero)
			})
		}
	}
}

// The receiver's hubWithdraw(0, 0) callback is a valid call outside a guarded function: paid directly by an
// account, the armed receiver re-enters nothing and the call succeeds. So the WeiTransferFailed above comes
// from the guard, not from the payload.
func TestReceiverCallbackValidOutsideGuard(t *testing.T) {
	e := newEnv(t)
	addr, recv, _ := updReceiverSetup(t, e)
	updDo(t, e, e.Mallory, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return recv.Arm(o, e.Dep.Manager, updPack(t, "hubWithdraw", new(big.Int), new(big.Int)))
	})
	r := updDo(t, e, e.Mallory, big.NewInt(1), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return recv.Receive(o)
	})
	var events int
	for _, l := range r.Logs {
		if ev, err := e.Manager.ParseHubReserveWithdrawn(*l); err == nil && ev.Hub == addr {
			events++
		}
	}
	if events != 1 || e.WeiBalance(addr).Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("%d HubReserveWithdrawn events from the receiver, balance %s", events, e.WeiBalance(addr))
	}
}
