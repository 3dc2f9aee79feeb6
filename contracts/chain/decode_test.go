package chain

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
)

func TestDevChainID(t *testing.T) {
	if devChainID != devchain.ChainID {
		t.Fatalf("devChainID %d, devchain.ChainID %d", devChainID, devchain.ChainID)
	}
}

// sample returns a value of ABI type t for a synthetic log.
func sample(t abi.Type, n int64) any {
	switch t.T {
	case abi.AddressTy:
		return common.BigToAddress(big.NewInt(n))
	case abi.BoolTy:
		return true
	case abi.FixedBytesTy:
		return common.BigToHash(big.NewInt(n))
	case abi.UintTy:
		return big.NewInt(n)
	}
	panic("sample: unsupported type " + t.String())
}

// synthLog is a log of ev whose n-th argument is n+1, or override for the uint256 ones when not nil.
func synthLog(t *testing.T, ev abi.Event, override *big.Int) types.Log {
	t.Helper()
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		v := sample(in.Type, int64(i+1))
		if override != nil && in.Type.T == abi.UintTy {
			v = override
		}
		if !in.Indexed {
			data = append(data, v)
			continue
		}
		ts, err := abi.MakeTopics([]any{v})
		if err != nil {
			t.Fatal(err)
		}
		topics = append(topics, ts[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Topics: topics, Data: packed, BlockNumber: 7, Index: 3, TxHash: common.Hash{9}}
}

// TestDecodeEveryEvent: every event of the ABI decodes, from a synthetic log, into its Go type with its
// position.
func TestDecodeEveryEvent(t *testing.T) {
	d, err := newDecoder(common.Address{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.byTopic) != len(managerABI.Events) {
		t.Fatalf("%d decoders for %d events", len(d.byTopic), len(managerABI.Events))
	}
	for name, ev := range managerABI.Events {
		got, err := d.decode(synthLog(t, ev, nil))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := strings.TrimPrefix(name, "EIP712")
		if typ := reflect.TypeOf(got).Name(); typ != want {
			t.Fatalf("%s decoded as %s", name, typ)
		}
		if got.Position() != (Position{Block: 7, Index: 3}) || got.Tx() != (common.Hash{9}) {
			t.Fatalf("%s: position %+v tx %s", name, got.Position(), got.Tx())
		}
	}
}

func TestDecodeFields(t *testing.T) {
	d, _ := newDecoder(common.Address{1}, nil)
	got, err := d.decode(synthLog(t, managerABI.Events["ChannelEmptied"], nil))
	if err != nil {
		t.Fatal(err)
	}
	em := got.(ChannelEmptied)
	if em.Hub != common.BigToAddress(big.NewInt(1)) || em.User != common.BigToAddress(big.NewInt(2)) ||
		em.WeiToUser.Uint64() != 3 || em.TokenToUser.Uint64() != 4 || em.WeiToHub.Uint64() != 5 ||
		em.TokenToHub.Uint64() != 6 {
		t.Fatalf("ChannelEmptied %+v", em)
	}
}

// The thread events but ThreadChallenged belong to a channel: ForChannel delivers them. A challenge
// moves the thread's record, shared by its two channels.
var (
	_ ChannelEvent = ThreadExitStarted{}
	_ ChannelEvent = ThreadEmptied{}
	_ ChannelEvent = ThreadsNuked{}
)

// TestDecodeThreadEvents: each thread event decodes, from a synthetic log whose n-th argument is n+1,
// into its Go value, field by field.
func TestDecodeThreadEvents(t *testing.T) {
	d, _ := newDecoder(common.Address{1}, nil)
	m := Meta{BlockNumber: 7, LogIndex: 3, TxHash: common.Hash{9}}
	key := ChannelKey{Hub: common.BigToAddress(big.NewInt(1)), User: common.BigToAddress(big.NewInt(2))}
	thread := common.BigToHash(big.NewInt(3))
	for name, want := range map[string]Event{
		"ThreadExitStarted": ThreadExitStarted{Meta: m, ChannelKey: key, ThreadKey: thread, TxCount: 4, ClosingTime: 5},
		"ThreadChallenged":  ThreadChallenged{Meta: m, Hub: key.Hub, ThreadKey: common.BigToHash(big.NewInt(2)), TxCount: 3},
		"ThreadEmptied": ThreadEmptied{Meta: m, ChannelKey: key, ThreadKey: thread,
			WeiToUser: *uint256.NewInt(4), TokenToUser: *uint256.NewInt(5)},
		"ThreadsNuked": ThreadsNuked{Meta: m, ChannelKey: key,
			WeiToUser: *uint256.NewInt(3), TokenToUser: *uint256.NewInt(4)},
	} {
		got, err := d.decode(synthLog(t, managerABI.Events[name], nil))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Fatalf("%s decoded as %+v, want %+v", name, got, want)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	d, _ := newDecoder(common.Address{1}, nil)
	huge := new(big.Int).Lsh(big.NewInt(1), 64)
	for _, name := range []string{"ChannelUpdated", "ThreadExitStarted", "ThreadChallenged"} {
		if _, err := d.decode(synthLog(t, managerABI.Events[name], huge)); err == nil {
			t.Fatalf("%s: a nonce over 64 bits decoded", name)
		}
	}
	if _, err := d.decode(types.Log{Topics: []common.Hash{{1}}}); !errors.Is(err, ErrUnknownEvent) {
		t.Fatalf("unknown topic: %v", err)
	}
	if _, err := d.decode(types.Log{}); !errors.Is(err, ErrUnknownEvent) {
		t.Fatalf("anonymous log: %v", err)
	}
}

// dataError is an RPC error carrying revert data, as go-ethereum's clients return.
type dataError struct{ data string }

func (e dataError) Error() string  { return "execution reverted" }
func (e dataError) ErrorData() any { return e.data }

func revertData(t *testing.T, sig string, args abi.Arguments, vals ...any) string {
	t.Helper()
	packed, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	id := abi.NewMethod("", sig[:strings.Index(sig, "(")], abi.Function, "", false, false, args, nil).ID
	return hexutil.Encode(append(id, packed...))
}

func TestDecodeRevert(t *testing.T) {
	u256, _ := abi.NewType("uint256", "", nil)
	str, _ := abi.NewType("string", "", nil)
	stale := revertData(t, "StaleNonce(uint256,uint256)", abi.Arguments{{Type: u256}, {Type: u256}}, big.NewInt(4), big.NewInt(3))
	for _, tc := range []struct {
		name     string
		err      error
		wantName string
		args     string
	}{
		{"custom error", dataError{stale}, "StaleNonce", "[4 3]"},
		{"reason string", dataError{revertData(t, "Error(string)", abi.Arguments{{Type: str}}, "no")}, "Error", "[no]"},
		{"panic", dataError{revertData(t, "Panic(uint256)", abi.Arguments{{Type: u256}}, big.NewInt(0x11))}, "Panic", ""},
		{"unknown selector", dataError{"0xdeadbeef"}, "", "[]"},
		{"no data", dataError{"0x"}, "", "[]"},
		{"text only", errors.New("execution reverted"), "", "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var re *RevertError
			if !errors.As(DecodeRevert(tc.err), &re) || re.Name != tc.wantName {
				t.Fatalf("DecodeRevert: %v, want %q", DecodeRevert(tc.err), tc.wantName)
			}
			if got := fmt.Sprint(re.Args); tc.args != "" && got != tc.args {
				t.Fatalf("args %s, want %s", got, tc.args)
			}
			if !errors.Is(re, tc.err) {
				t.Fatal("does not wrap the original error")
			}
		})
	}
	plain := errors.New("connection refused")
	if DecodeRevert(plain) != plain || DecodeRevert(nil) != nil {
		t.Fatal("a non-revert error changed")
	}
}
