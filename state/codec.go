package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"golang.org/x/crypto/sha3"
)

// The binary encoding of a struct is exactly its EIP-712 encodeData without the type hash: one 32-byte
// big-endian word per field in type-string order, addresses left-padded with zeros, bools as 0 or 1. The
// stored and sent form is therefore the signed form: keccak256(typeHash || encoding) is the struct hash.
const (
	wordSize = 32

	// ChannelStateSize is the length of an encoded ChannelState: 25 words.
	ChannelStateSize = 25 * wordSize
	// ThreadStateSize is the length of an encoded ThreadState: 9 words.
	ThreadStateSize = 9 * wordSize
	// LockSize is the length of an encoded Lock: 6 words.
	LockSize = 6 * wordSize
)

// Decoding errors. Decoding is strict: every encoding has exactly one decoded value and back.
var (
	ErrEncodingLength = errors.New("state: encoding has the wrong length")
	ErrAddressPadding = errors.New("state: address word has non-zero padding")
	ErrUint64Range    = errors.New("state: word of a uint64 field exceeds 2^64-1")
	ErrBoolWord       = errors.New("state: bool word is neither 0 nor 1")
)

// MarshalBinary returns the ChannelStateSize-byte encoding of s. It never fails.
func (s *ChannelState) MarshalBinary() ([]byte, error) {
	return s.AppendBinary(make([]byte, 0, ChannelStateSize))
}

// AppendBinary appends the encoding of s to b. It never fails.
func (s *ChannelState) AppendBinary(b []byte) ([]byte, error) {
	var w words
	s.encode(&w)
	return append(b, w.buf[:w.n]...), nil
}

// UnmarshalBinary decodes b, which must be exactly ChannelStateSize bytes. On error s is unchanged.
// Amounts may use all 256 bits; Validate bounds them.
func (s *ChannelState) UnmarshalBinary(b []byte) error {
	r, err := newWordReader(b, ChannelStateSize, "channel state")
	if err != nil {
		return err
	}
	var d ChannelState
	d.Hub, d.User, d.Recipient = r.address(), r.address(), r.address()
	for _, a := range []*uint256.Int{&d.WeiHub, &d.WeiUser, &d.TokenHub, &d.TokenUser} {
		r.amount(a)
	}
	for _, a := range d.Pending.amounts() {
		r.amount(a)
	}
	r.amount(&d.CreditedDepositWei)
	r.amount(&d.CreditedDepositToken)
	d.TxCountGlobal, d.TxCountChain = r.uint64(), r.uint64()
	d.ThreadRoot, d.ThreadCount = r.hash(), r.uint64()
	d.LockRoot = r.hash()
	r.amount(&d.LockedWei)
	r.amount(&d.LockedToken)
	d.Timeout = r.uint64()
	if r.err != nil {
		return r.err
	}
	*s = d
	return nil
}

// encode writes the fields of s in ChannelStateType order.
func (s *ChannelState) encode(w *words) {
	w.address(s.Hub)
	w.address(s.User)
	w.address(s.Recipient)
	w.amount(&s.WeiHub)
	w.amount(&s.WeiUser)
	w.amount(&s.TokenHub)
	w.amount(&s.TokenUser)
	for _, a := range s.Pending.amounts() {
		w.amount(a)
	}
	w.amount(&s.CreditedDepositWei)
	w.amount(&s.CreditedDepositToken)
	w.uint(s.TxCountGlobal)
	w.uint(s.TxCountChain)
	w.hash(s.ThreadRoot)
	w.uint(s.ThreadCount)
	w.hash(s.LockRoot)
	w.amount(&s.LockedWei)
	w.amount(&s.LockedToken)
	w.uint(s.Timeout)
}

// MarshalBinary returns the ThreadStateSize-byte encoding of t. It never fails.
func (t *ThreadState) MarshalBinary() ([]byte, error) {
	var w words
	t.encode(&w)
	return w.bytes(), nil
}

// UnmarshalBinary decodes b, which must be exactly ThreadStateSize bytes. On error t is unchanged.
func (t *ThreadState) UnmarshalBinary(b []byte) error {
	r, err := newWordReader(b, ThreadStateSize, "thread state")
	if err != nil {
		return err
	}
	var d ThreadState
	d.Hub, d.Sender, d.Receiver = r.address(), r.address(), r.address()
	d.ThreadID = r.uint64()
	for _, a := range []*uint256.Int{&d.WeiSender, &d.WeiReceiver, &d.TokenSender, &d.TokenReceiver} {
		r.amount(a)
	}
	d.TxCount = r.uint64()
	if r.err != nil {
		return r.err
	}
	*t = d
	return nil
}

// encode writes the fields of t in ThreadStateType order.
func (t *ThreadState) encode(w *words) {
	w.address(t.Hub)
	w.address(t.Sender)
	w.address(t.Receiver)
	w.uint(t.ThreadID)
	w.amount(&t.WeiSender)
	w.amount(&t.WeiReceiver)
	w.amount(&t.TokenSender)
	w.amount(&t.TokenReceiver)
	w.uint(t.TxCount)
}

// MarshalBinary returns the LockSize-byte encoding of l. It never fails.
func (l *Lock) MarshalBinary() ([]byte, error) {
	var w words
	l.encode(&w)
	return w.bytes(), nil
}

// UnmarshalBinary decodes b, which must be exactly LockSize bytes. On error l is unchanged.
func (l *Lock) UnmarshalBinary(b []byte) error {
	r, err := newWordReader(b, LockSize, "lock")
	if err != nil {
		return err
	}
	var d Lock
	d.ID, d.ToUser = r.uint64(), r.flag()
	r.amount(&d.AmountWei)
	r.amount(&d.AmountToken)
	d.Hashlock, d.Expiry = r.hash(), r.uint64()
	if r.err != nil {
		return r.err
	}
	*l = d
	return nil
}

// encode writes the fields of l in LockType order.
func (l *Lock) encode(w *words) {
	w.uint(l.ID)
	w.flag(l.ToUser)
	w.amount(&l.AmountWei)
	w.amount(&l.AmountToken)
	w.hash(l.Hashlock)
	w.uint(l.Expiry)
}

// words builds an ABI encoding of 32-byte words without allocating per field: the largest is a channel
// state's type hash and 25 fields.
type words struct {
	buf [26 * wordSize]byte
	n   int
}

func (w *words) next() []byte             { b := w.buf[w.n : w.n+wordSize]; w.n += wordSize; return b }
func (w *words) hash(h common.Hash)       { copy(w.next(), h[:]) }
func (w *words) address(a common.Address) { copy(w.next()[12:], a[:]) }
func (w *words) amount(v *uint256.Int)    { v.WriteToSlice(w.next()) }
func (w *words) uint(v uint64)            { binary.BigEndian.PutUint64(w.next()[24:], v) }
func (w *words) big(v *big.Int)           { v.FillBytes(w.next()) }

func (w *words) flag(v bool) {
	if v {
		w.uint(1)
	} else {
		w.uint(0)
	}
}

// bytes returns a copy of the words written so far.
func (w *words) bytes() []byte { return append([]byte(nil), w.buf[:w.n]...) }

func (w *words) keccak() (h common.Hash) {
	k := sha3.NewLegacyKeccak256()
	k.Write(w.buf[:w.n])
	k.Sum(h[:0])
	return h
}

// wordReader decodes words strictly. The first error sticks and names its word; later reads return zero
// values, so a decoder reads every field and checks err once.
type wordReader struct {
	b   []byte
	i   int // index of the next word
	err error
}

// newWordReader checks that b is exactly size bytes long, the encoding of the named type.
func newWordReader(b []byte, size int, name string) (*wordReader, error) {
	if len(b) != size {
		return nil, fmt.Errorf("%w: %s must be %d bytes, got %d", ErrEncodingLength, name, size, len(b))
	}
	return &wordReader{b: b}, nil
}

// next returns the next word, or nil after an error.
func (r *wordReader) next() []byte {
	if r.err != nil {
		return nil
	}
	w := r.b[r.i*wordSize : (r.i+1)*wordSize]
	r.i++
	return w
}

// fail records err for the word just read, unless an error is already recorded.
func (r *wordReader) fail(err error) {
	if r.err == nil {
		r.err = fmt.Errorf("%w (word %d)", err, r.i-1)
	}
}

func (r *wordReader) hash() (h common.Hash) {
	if w := r.next(); w != nil {
		copy(h[:], w)
	}
	return h
}

func (r *wordReader) amount(v *uint256.Int) {
	if w := r.next(); w != nil {
		v.SetBytes32(w)
	}
}

func (r *wordReader) address() (a common.Address) {
	w := r.next()
	if w == nil {
		return a
	}
	if !allZero(w[:12]) {
		r.fail(ErrAddressPadding)
		return a
	}
	copy(a[:], w[12:])
	return a
}

func (r *wordReader) uint64() uint64 {
	w := r.next()
	if w == nil {
		return 0
	}
	if !allZero(w[:24]) {
		r.fail(ErrUint64Range)
		return 0
	}
	return binary.BigEndian.Uint64(w[24:])
}

func (r *wordReader) flag() bool {
	w := r.next()
	if w == nil {
		return false
	}
	if !allZero(w[:31]) || w[31] > 1 {
		r.fail(ErrBoolWord)
		return false
	}
	return w[31] == 1
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
