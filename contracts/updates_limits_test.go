package contracts_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/internal/chaintest"
	"spoke/state"
)

// TestAuthorizedUpdateNeedsPendingAndTimeout shows an authorized update must carry pending operations and
// a timeout, as state.Validate requires, and that nothing changes when it does not.
func TestAuthorizedUpdateNeedsPendingAndTimeout(t *testing.T) {
	e := newEnv(t)
	open := updOpen(t, e, updEther(2), updEther(0), 1)
	before := updRecord(e, e.Alice.Addr)

	noPending := open
	noPending.TxCountGlobal, noPending.TxCountChain, noPending.Pending = 2, 2, state.Pending{}
	_, err := updUserUpdate(e, e.Alice, &noPending, updSig(t, e, nil, &noPending, e.Hub), nil)
	updRevert(t, err, "NothingPending")

	noTimeout := open
	noTimeout.TxCountGlobal, noTimeout.TxCountChain, noTimeout.Timeout = 2, 2, 0
	noTimeout.Pending = state.Pending{DepositWeiUser: updEther(1)}
	noTimeout.WeiUser = updEther(3)
	_, err = updUserUpdate(e, e.Alice, &noTimeout, updSig(t, e, nil, &noTimeout, e.Hub), updBig(updEther(1)))
	updRevert(t, err, "TimeoutRequired")

	if after := updRecord(e, e.Alice.Addr); after != before {
		t.Fatalf("channel changed:\n%s\n%s", before, after)
	}
}

// TestCountsBeyondStorageRevert shows counts the contract cannot store are refused (SafeCast), not
// truncated: a txCountGlobal of 2^64 and a thread count of 2^32.
func TestCountsBeyondStorageRevert(t *testing.T) {
	e := newEnv(t)
	s := updState(e, e.Alice)
	s.WeiUser, s.Pending.DepositWeiUser = updEther(1), updEther(1)
	s.TxCountGlobal = math.MaxUint64
	// The Go type cannot express 2^64, so go one past through the binding.
	b := contractsState(&s)
	b.TxCountGlobal.Add(b.TxCountGlobal, bigOne)
	_, err := updUserUpdateBinding(e, b, updSigDigest(t, e, b), updBig(updEther(1)))
	updRevert(t, err, "SafeCastOverflowedUintDowncast", 64, b.TxCountGlobal)

	s.TxCountGlobal = 1
	b = contractsState(&s)
	b.ThreadCount.SetUint64(math.MaxUint32 + 1)
	b.ThreadRoot = [32]byte{1}
	_, err = updUserUpdateBinding(e, b, updSigDigest(t, e, b), updBig(updEther(1)))
	updRevert(t, err, "SafeCastOverflowedUintDowncast", 32, b.ThreadCount)

	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); c.TxCountGlobal != 0 || c.WeiTotal.Sign() != 0 {
		t.Fatalf("channel changed: %+v", c)
	}
}

var bigOne = big.NewInt(1)

func contractsState(s *state.ChannelState) bindings.ChannelTypesChannelState {
	return contracts.ChannelState(s)
}

// updSigDigest has the hub sign a binding state through the contract's own digest, for states the Go
// types cannot express.
func updSigDigest(t *testing.T, e *chaintest.Env, b bindings.ChannelTypesChannelState) []byte {
	t.Helper()
	d, err := e.Manager.ChannelStateDigest(nil, b)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := state.Sign(d, e.Hub.Key)
	if err != nil {
		t.Fatal(err)
	}
	return sig[:]
}

func updUserUpdateBinding(e *chaintest.Env, b bindings.ChannelTypesChannelState, sigHub []byte, value *big.Int) (*types.Receipt, error) {
	return e.Do(e.Alice, value, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Manager.UserAuthorizedUpdate(o, b, sigHub)
	})
}
