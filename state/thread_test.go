package state

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

func TestThreadKeyIsAbiEncoded(t *testing.T) {
	addr, _ := abi.NewType("address", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	args := abi.Arguments{{Type: addr}, {Type: addr}, {Type: u256}}
	s, r := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	for _, id := range []uint64{0, 1, 1 << 63} {
		packed, err := args.Pack(s, r, new(uint256.Int).SetUint64(id).ToBig())
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ThreadKey(s, r, id), crypto.Keccak256Hash(packed); got != want {
			t.Fatalf("id %d: key %s, abi.encode gives %s", id, got, want)
		}
	}
}

func TestSignedThreadsRoundTripAndOrder(t *testing.T) {
	key, _ := crypto.GenerateKey()
	d := NewDomain(big.NewInt(1337), common.HexToAddress("0xc0"))
	var set []SignedThread
	for id := range uint64(5) {
		ts := ThreadState{Hub: common.HexToAddress("0x01"), Sender: crypto.PubkeyToAddress(key.PublicKey),
			Receiver: common.HexToAddress("0x02"), ThreadID: id}
		ts.WeiSender.SetUint64(100 + id)
		sig, err := Sign(d.ThreadDigest(&ts), key)
		if err != nil {
			t.Fatal(err)
		}
		set = append(set, SignedThread{State: ts, Sig: sig[:]})
	}
	SortThreads(set)
	b, err := EncodeThreads(set)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeThreads(b)
	if err != nil || len(got) != len(set) {
		t.Fatalf("decode: %v, %d threads", err, len(got))
	}
	for i := range got {
		if got[i].State != set[i].State || !bytes.Equal(got[i].Sig, set[i].Sig) {
			t.Fatalf("thread %d differs after a round trip", i)
		}
		if err := got[i].Verify(d); err != nil {
			t.Fatalf("thread %d: %v", i, err)
		}
		if j, ok := FindThread(got, got[i].State.Key()); !ok || j != i {
			t.Fatalf("FindThread(%d) = %d, %v", i, j, ok)
		}
	}
	set[0], set[1] = set[1], set[0]
	if _, err := EncodeThreads(set); !errors.Is(err, ErrThreadOrder) {
		t.Fatalf("unsorted set encoded: %v", err)
	}
	if _, err := DecodeThreads(b[:len(b)-1]); !errors.Is(err, ErrEncodingLength) {
		t.Fatalf("truncated blob: %v", err)
	}
	other := got[0]
	other.State.WeiSender.SetUint64(1)
	if err := other.Verify(d); err == nil {
		t.Fatal("a changed state still verifies")
	}
}
