package state_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// digestRounds is how many random structs of each kind are compared with the contract.
const digestRounds = 200

// newChainEnv starts the simulated chain with the ChannelManager deployed.
func newChainEnv(t *testing.T) *chaintest.Env {
	t.Helper()
	e, err := chaintest.New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

// seededRand returns a PCG generator seeded from STATE_TEST_SEED, or from the clock, and logs the seed so
// that a failure can be reproduced with STATE_TEST_SEED=<seed>.
func seededRand(t *testing.T) (*rand.Rand, uint64) {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if env := os.Getenv("STATE_TEST_SEED"); env != "" {
		v, err := strconv.ParseUint(env, 10, 64)
		if err != nil {
			t.Fatalf("STATE_TEST_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (rerun with STATE_TEST_SEED=%d)", seed, seed)
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), seed
}

// randAmount returns a random amount of a random bit length in [0, 128].
func randAmount(rng *rand.Rand) uint256.Int {
	bits := rng.IntN(129)
	if bits == 0 {
		return uint256.Int{}
	}
	var b [16]byte
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	v := new(big.Int).SetBytes(b[:])
	v.Rsh(v, uint(128-bits)).SetBit(v, bits-1, 1) // exactly `bits` bits long
	return *uint256.MustFromBig(v)
}

func randAddr(rng *rand.Rand) (a common.Address) {
	for i := range a {
		a[i] = byte(rng.UintN(256))
	}
	return a
}

// randHash returns the zero hash one time in four, else a random one.
func randHash(rng *rand.Rand) (h common.Hash) {
	if rng.IntN(4) == 0 {
		return h
	}
	for i := range h {
		h[i] = byte(rng.UintN(256))
	}
	return h
}

// randCount returns a uint64 of a random bit length in [0, 64].
func randCount(rng *rand.Rand) uint64 {
	bits := rng.IntN(65)
	if bits == 0 {
		return 0
	}
	return rng.Uint64()>>(64-bits) | 1<<(bits-1)
}

func randChannelState(rng *rand.Rand) state.ChannelState {
	s := state.ChannelState{Hub: randAddr(rng), User: randAddr(rng), Recipient: randAddr(rng),
		TxCountGlobal: randCount(rng), TxCountChain: randCount(rng), ThreadRoot: randHash(rng),
		ThreadCount: randCount(rng), LockRoot: randHash(rng), Timeout: randCount(rng)}
	p := &s.Pending
	for _, a := range []*uint256.Int{&s.WeiHub, &s.WeiUser, &s.TokenHub, &s.TokenUser, &s.LockedWei, &s.LockedToken,
		&p.DepositWeiHub, &p.WithdrawalWeiHub, &p.DepositWeiUser, &p.WithdrawalWeiUser,
		&p.DepositTokenHub, &p.WithdrawalTokenHub, &p.DepositTokenUser, &p.WithdrawalTokenUser,
		&s.CreditedDepositWei, &s.CreditedDepositToken} {
		*a = randAmount(rng)
	}
	return s
}

func randThreadState(rng *rand.Rand) state.ThreadState {
	return state.ThreadState{Hub: randAddr(rng), Sender: randAddr(rng), Receiver: randAddr(rng),
		ThreadID: randCount(rng), WeiSender: randAmount(rng), WeiReceiver: randAmount(rng),
		TokenSender: randAmount(rng), TokenReceiver: randAmount(rng), TxCount: randCount(rng)}
}

func randLock(rng *rand.Rand) state.Lock {
	return state.Lock{ID: randCount(rng), ToUser: rng.IntN(2) == 1, AmountWei: randAmount(rng),
		AmountToken: randAmount(rng), Hashlock: randHash(rng), Expiry: randCount(rng)}
}

func TestRandAmountBitLength(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[int]bool{}
	for range 5000 {
		v := randAmount(rng)
		if v.BitLen() > 128 {
			t.Fatalf("amount %s has %d bits", v.Dec(), v.BitLen())
		}
		seen[v.BitLen()] = true
	}
	if len(seen) != 129 {
		t.Fatalf("saw %d of the 129 bit lengths 0..128", len(seen))
	}
}

func TestDigestsMatchContract(t *testing.T) {
	e := newChainEnv(t)
	rng, seed := seededRand(t)
	for i := range digestRounds {
		s, th, l := randChannelState(rng), randThreadState(rng), randLock(rng)
		got, err := e.Manager.ChannelStateDigest(nil, contracts.ChannelState(&s))
		if err != nil {
			t.Fatal(err)
		}
		if want := e.Domain.ChannelDigest(&s); common.Hash(got) != want {
			t.Fatalf("seed %d round %d: channel digest: go %s, contract %x\nstate %+v", seed, i, want, got, s)
		}
		got, err = e.Manager.ThreadStateDigest(nil, contracts.ThreadState(&th))
		if err != nil {
			t.Fatal(err)
		}
		if want := e.Domain.ThreadDigest(&th); common.Hash(got) != want {
			t.Fatalf("seed %d round %d: thread digest: go %s, contract %x\nthread %+v", seed, i, want, got, th)
		}
		got, err = e.Manager.LockLeaf(nil, contracts.Lock(&l))
		if err != nil {
			t.Fatal(err)
		}
		if want := l.Leaf(); common.Hash(got) != want {
			t.Fatalf("seed %d round %d: lock leaf: go %s, contract %x\nlock %+v", seed, i, want, got, l)
		}
	}
	// Control: the view does depend on its input, so equal digests above are not vacuous.
	s := randChannelState(rng)
	a, _ := e.Manager.ChannelStateDigest(nil, contracts.ChannelState(&s))
	s.Timeout++
	if b, _ := e.Manager.ChannelStateDigest(nil, contracts.ChannelState(&s)); a == b {
		t.Fatal("contract digest ignores the timeout")
	}
}

func TestDomainSeparatorMatchesContract(t *testing.T) {
	e := newChainEnv(t)
	dom, err := e.Manager.Eip712Domain(nil)
	if err != nil {
		t.Fatal(err)
	}
	if dom.Fields != [1]byte{0x0f} || dom.Name != state.DomainName || dom.Version != state.DomainVersion ||
		dom.VerifyingContract != e.Dep.Manager || dom.Salt != [32]byte{} || len(dom.Extensions) != 0 {
		t.Fatalf("contract domain %+v, want fields 0x0f, %q, %q, %s", dom, state.DomainName, state.DomainVersion, e.Dep.Manager)
	}
	// Rebuild the separator from what the contract reports, by hand (EIP-712's hashStruct of the domain).
	enc := crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	enc = append(enc, crypto.Keccak256([]byte(dom.Name))...)
	enc = append(enc, crypto.Keccak256([]byte(dom.Version))...)
	enc = append(enc, common.LeftPadBytes(dom.ChainId.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(dom.VerifyingContract[:], 32)...)
	want := crypto.Keccak256Hash(enc)
	if got := state.NewDomain(dom.ChainId, dom.VerifyingContract).Separator(); got != want {
		t.Fatalf("NewDomain separator %s, contract's %s", got, want)
	}
	if got := e.Domain.Separator(); got != want {
		t.Fatalf("harness domain separator %s, contract's %s", got, want)
	}
}

// TestDigestsMatchApitypes hashes the same structs with go-ethereum's eth_signTypedData_v4 implementation:
// wallets signing these typed data produce signatures the contract and state.Verify accept.
func TestDigestsMatchApitypes(t *testing.T) {
	rng, seed := seededRand(t)
	chainID, contract := big.NewInt(1337), randAddr(rng)
	d := state.NewDomain(chainID, contract)
	domain := apitypes.TypedDataDomain{Name: state.DomainName, Version: state.DomainVersion,
		ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex()}
	for i := range 50 {
		s, th, l := randChannelState(rng), randThreadState(rng), randLock(rng)
		if got := typedDataDigest(t, domain, state.ChannelStateType, channelMessage(&s)); got != d.ChannelDigest(&s) {
			t.Fatalf("seed %d round %d: channel digest: apitypes %s, state %s", seed, i, got, d.ChannelDigest(&s))
		}
		if got := typedDataDigest(t, domain, state.ThreadStateType, threadMessage(&th)); got != d.ThreadDigest(&th) {
			t.Fatalf("seed %d round %d: thread digest: apitypes %s, state %s", seed, i, got, d.ThreadDigest(&th))
		}
		td := typedData(t, domain, state.LockType, lockMessage(&l))
		leaf, err := td.HashStruct("Lock", td.Message)
		if err != nil {
			t.Fatal(err)
		}
		if common.BytesToHash(leaf) != l.Leaf() {
			t.Fatalf("seed %d round %d: lock leaf: apitypes %x, state %s", seed, i, leaf, l.Leaf())
		}
		sep, err := td.HashStruct("EIP712Domain", domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(sep, d.Separator().Bytes()) {
			t.Fatalf("domain separator: apitypes %x, state %s", sep, d.Separator())
		}
	}
}

// typedData builds apitypes typed data whose primary type is declared by typeString, e.g. "Lock(uint256 id,...)".
func typedData(t *testing.T, domain apitypes.TypedDataDomain, typeString string, msg map[string]any) apitypes.TypedData {
	t.Helper()
	name, fields, ok := strings.Cut(strings.TrimSuffix(typeString, ")"), "(")
	if !ok {
		t.Fatalf("bad type string %q", typeString)
	}
	var members []apitypes.Type
	for _, f := range strings.Split(fields, ",") {
		typ, field, _ := strings.Cut(f, " ")
		members = append(members, apitypes.Type{Name: field, Type: typ})
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			name: members,
		},
		PrimaryType: name, Domain: domain, Message: msg,
	}
}

func typedDataDigest(t *testing.T, domain apitypes.TypedDataDomain, typeString string, msg map[string]any) common.Hash {
	t.Helper()
	h, _, err := apitypes.TypedDataAndHash(typedData(t, domain, typeString, msg))
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToHash(h)
}

func dec(v *uint256.Int) string { return v.Dec() }
func num(v uint64) string       { return strconv.FormatUint(v, 10) }

func channelMessage(s *state.ChannelState) map[string]any {
	p := &s.Pending
	return map[string]any{
		"hub": s.Hub.Hex(), "user": s.User.Hex(), "recipient": s.Recipient.Hex(),
		"weiHub": dec(&s.WeiHub), "weiUser": dec(&s.WeiUser), "tokenHub": dec(&s.TokenHub), "tokenUser": dec(&s.TokenUser),
		"pendingDepositWeiHub": dec(&p.DepositWeiHub), "pendingWithdrawalWeiHub": dec(&p.WithdrawalWeiHub),
		"pendingDepositWeiUser": dec(&p.DepositWeiUser), "pendingWithdrawalWeiUser": dec(&p.WithdrawalWeiUser),
		"pendingDepositTokenHub": dec(&p.DepositTokenHub), "pendingWithdrawalTokenHub": dec(&p.WithdrawalTokenHub),
		"pendingDepositTokenUser": dec(&p.DepositTokenUser), "pendingWithdrawalTokenUser": dec(&p.WithdrawalTokenUser),
		"creditedDepositWei": dec(&s.CreditedDepositWei), "creditedDepositToken": dec(&s.CreditedDepositToken),
		"txCountGlobal": num(s.TxCountGlobal), "txCountChain": num(s.TxCountChain),
		"threadRoot": s.ThreadRoot.Hex(), "threadCount": num(s.ThreadCount), "lockRoot": s.LockRoot.Hex(),
		"lockedWei": dec(&s.LockedWei), "lockedToken": dec(&s.LockedToken), "timeout": num(s.Timeout),
	}
}

func threadMessage(t *state.ThreadState) map[string]any {
	return map[string]any{
		"hub": t.Hub.Hex(), "sender": t.Sender.Hex(), "receiver": t.Receiver.Hex(), "threadId": num(t.ThreadID),
		"weiSender": dec(&t.WeiSender), "weiReceiver": dec(&t.WeiReceiver),
		"tokenSender": dec(&t.TokenSender), "tokenReceiver": dec(&t.TokenReceiver), "txCount": num(t.TxCount),
	}
}

func lockMessage(l *state.Lock) map[string]any {
	return map[string]any{
		"id": num(l.ID), "toUser": l.ToUser, "amountWei": dec(&l.AmountWei), "amountToken": dec(&l.AmountToken),
		"hashlock": l.Hashlock.Hex(), "expiry": num(l.Expiry),
	}
}
