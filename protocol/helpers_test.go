package protocol

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/state"
)

var (
	hubKey  = mustKey(1)
	userKey = mustKey(2)
	hubAddr = crypto.PubkeyToAddress(hubKey.PublicKey)
	usrAddr = crypto.PubkeyToAddress(userKey.PublicKey)
	recip   = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	domain  = state.NewDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000cc"))
)

const now = 1_000_000

func mustKey(b byte) *ecdsa.PrivateKey {
	var k [32]byte
	k[31] = b
	key, err := crypto.ToECDSA(k[:])
	if err != nil {
		panic(err)
	}
	return key
}

func amt(n uint64) uint256.Int { return *uint256.NewInt(n) }

// baseState is an open channel: hub 100 wei / 1000 tokens, user 50 wei / 500 tokens, nothing pending.
func baseState() state.ChannelState {
	return state.ChannelState{
		Hub: hubAddr, User: usrAddr,
		WeiHub: amt(100), WeiUser: amt(50), TokenHub: amt(1000), TokenUser: amt(500),
		CreditedDepositWei: amt(20), CreditedDepositToken: amt(30),
		TxCountGlobal: 10, TxCountChain: 3,
	}
}

func baseChannel() Channel { return Channel{Latest: state.SignedState{State: baseState()}} }

func baseCtx() Context {
	return Context{Now: now, Deposited: [2]uint256.Int{amt(60), amt(90)}}
}

// next returns the expected successor of prev: TxCountGlobal+1, then edit.
func next(prev state.ChannelState, edit func(s *state.ChannelState)) state.ChannelState {
	prev.TxCountGlobal++
	if edit != nil {
		edit(&prev)
	}
	return prev
}

// withLocks sets the lock commitment of s for locks.
func withLocks(s *state.ChannelState, locks []state.Lock) {
	s.LockRoot = state.LockRoot(locks)
	w, t, _ := lockSums(locks)
	s.LockedWei, s.LockedToken = *w, *t
}

// preimage returns a deterministic preimage numbered i.
func preimage(i uint64) [32]byte {
	var p [32]byte
	big.NewInt(int64(i) + 1).FillBytes(p[:])
	return p
}

// lock returns a lock of id paying wei and token to the user (toUser) or the hub, hashlocked by preimage(id).
func lock(id uint64, toUser bool, wei, token uint64) state.Lock {
	return state.Lock{ID: id, ToUser: toUser, AmountWei: amt(wei), AmountToken: amt(token),
		Hashlock: state.Hashlock(preimage(id)), Expiry: now + 100}
}

// chanWithLocks is the base channel with locks added in one signed state.
func chanWithLocks(locks ...state.Lock) Channel {
	s := baseState()
	for _, l := range locks {
		w, t := &s.WeiUser, &s.TokenUser
		if l.ToUser {
			w, t = &s.WeiHub, &s.TokenHub
		}
		w.Sub(w, &l.AmountWei)
		t.Sub(t, &l.AmountToken)
	}
	withLocks(&s, locks)
	return Channel{Latest: state.SignedState{State: s}, Locks: locks}
}

// applyCase is one table row of Apply.
type applyCase struct {
	name      string
	ch        Channel
	ctx       Context
	updates   []Update
	want      state.ChannelState // checked when wantErr is nil
	wantLocks []state.Lock
	wantErr   error
}

func runApplyCases(t *testing.T, cases []applyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, locks, err := Apply(tc.ch, tc.ctx, tc.updates...)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("error %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if got != tc.want {
				t.Fatalf("state\n got %+v\nwant %+v", got, tc.want)
			}
			if len(locks) != len(tc.wantLocks) || (len(locks) > 0 && !reflect.DeepEqual(locks, tc.wantLocks)) {
				t.Fatalf("locks\n got %+v\nwant %+v", locks, tc.wantLocks)
			}
		})
	}
}
func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
