package sqlitestore_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
	"spoke/state/sqlitestore"
)

var ctx = context.Background()

// addr returns a small distinct address for party i.
func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i) + 1)) }

// channelState returns a state of channel (hub, user) at txCount tx, with placeholder signatures: the
// store neither checks nor needs real ones.
func channelState(hub, user common.Address, tx uint64) state.SignedState {
	s := state.ChannelState{Hub: hub, User: user, Recipient: user, TxCountGlobal: tx, TxCountChain: 1}
	s.WeiHub.SetUint64(1000 - tx)
	s.WeiUser.SetUint64(tx)
	return state.SignedState{State: s, SigHub: bytes.Repeat([]byte{byte(tx)}, 65), SigUser: bytes.Repeat([]byte{0xee}, 65)}
}

// run returns states tx from..to of channel (hub, user).
func run(hub, user common.Address, from, to uint64) []state.SignedState {
	var out []state.SignedState
	for tx := from; tx <= to; tx++ {
		out = append(out, channelState(hub, user, tx))
	}
	return out
}

// testKey derives a deterministic private key from a small index.
func testKey(t testing.TB, i byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{i, 0x5a}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// signedState returns a state of the channel between testKey(1) and testKey(2), signed by both.
func signedState(t testing.TB, d *state.Domain, tx uint64) state.SignedState {
	t.Helper()
	hub, user := testKey(t, 1), testKey(t, 2)
	s := channelState(crypto.PubkeyToAddress(hub.PublicKey), crypto.PubkeyToAddress(user.PublicKey), tx)
	s.State.LockedToken = *uint256.NewInt(tx)
	s.State.LockRoot = crypto.Keccak256Hash([]byte{byte(tx)})
	for _, p := range []struct {
		key *ecdsa.PrivateKey
		dst *[]byte
	}{{hub, &s.SigHub}, {user, &s.SigUser}} {
		sig, err := state.Sign(s.Digest(d), p.key)
		if err != nil {
			t.Fatal(err)
		}
		*p.dst = sig[:]
	}
	return s
}

// openAt opens the store at path and closes it at the end of the test unless the test closed it.
func openAt(t testing.TB, path string) *sqlitestore.Store {
	t.Helper()
	s, err := sqlitestore.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// openTemp opens a store in a new file of the test's temporary directory and returns its path.
func openTemp(t testing.TB) (*sqlitestore.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "states.db")
	return openAt(t, path), path
}

func mustPut(t testing.TB, s state.Store, states ...state.SignedState) {
	t.Helper()
	if err := s.Put(ctx, states...); err != nil {
		t.Fatal(err)
	}
}

// txCounts lists the txCountGlobal of each state.
func txCounts(states []state.SignedState) []uint64 {
	out := make([]uint64, len(states))
	for i := range states {
		out[i] = states[i].State.TxCountGlobal
	}
	return out
}
