package protocol

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// Wire format of the update protocol's messages. A message is a version byte (WireVersion), a type byte,
// then its fields:
//
//	Propose     uvarint update count (at most MaxUpdates), each update, then the proposal's signed state
//	Countersign TxCountGlobal (8 bytes), signature (state.SignatureLength bytes)
//	Reject      TxCountGlobal (8 bytes), uvarint reason length (at most MaxReasonLength), reason bytes
//	Sync        the latest signed state
//
// An update is a kind byte, then its fields in declaration order: amounts as 32 bytes big-endian, uint64s
// as 8 bytes big-endian, addresses as 20 bytes, bools as one byte 0 or 1, preimages as 32 bytes, a lock in
// its state.LockSize-byte binary form. A signed state is its state.SignedState binary form, which is
// self-delimiting (its signature length bytes say how long it is). Decoding is strict: every message has
// exactly one encoding, so encoding a decoded message gives back the same bytes.
const (
	// WireVersion is the only version byte UnmarshalMessage accepts.
	WireVersion = 1
	// MaxUpdates is the largest number of updates in one Propose.
	MaxUpdates = 1024
	// MaxReasonLength is the longest Reject reason, in bytes.
	MaxReasonLength = 256
)

// Message type bytes and update kind bytes.
const (
	msgPropose byte = 1 + iota
	msgCountersign
	msgReject
	msgSync
)
const (
	kindCredit byte = 1 + iota
	kindTransfer
	kindAddLock
	kindSettleLock
	kindExpireLock
	kindWithdraw
	kindCollateral
	kindConfirm
	kindInvalidate
)

// Errors of MarshalMessage and UnmarshalMessage. An unknown update kind is ErrUnknownUpdate.
var (
	ErrUnknownVersion   = errors.New("protocol: unknown wire version")
	ErrUnknownMessage   = errors.New("protocol: unknown message type")
	ErrTruncated        = errors.New("protocol: message truncated")
	ErrTrailingBytes    = errors.New("protocol: trailing bytes after message")
	ErrNonCanonicalBool = errors.New("protocol: bool byte is neither 0 nor 1")
	ErrBadVarint        = errors.New("protocol: varint overflows or is not minimally encoded")
	ErrReasonTooLong    = errors.New("protocol: reject reason too long")
	ErrTooManyUpdates   = errors.New("protocol: too many updates")
	ErrCountersigLength = errors.New("protocol: countersignature must be 65 bytes")
	ErrMalformedLock    = errors.New("protocol: malformed lock")
	ErrMalformedState   = errors.New("protocol: malformed signed state")
)

// Message is one message of the update protocol. The set is closed: only the types of this package
// implement it, and MarshalMessage accepts them as values (not pointers).
type Message interface{ isMessage() }

// Propose is the proposer's batch of updates and its signed next state (signed by the proposer only).
type Propose struct {
	Updates  []Update
	Proposal state.SignedState
}

// Countersign is the acceptor's signature over the proposed state numbered TxCountGlobal. Sig is exactly
// state.SignatureLength bytes.
type Countersign struct {
	TxCountGlobal uint64
	Sig           []byte
}

// Reject refuses the proposed state numbered TxCountGlobal, with a short reason (at most MaxReasonLength
// bytes, not necessarily UTF-8).
type Reject struct {
	TxCountGlobal uint64
	Reason        string
}

// Sync carries the latest double-signed state, sent by or to a party that fell behind.
type Sync struct{ Latest state.SignedState }

func (Propose) isMessage()     {}
func (Countersign) isMessage() {}
func (Reject) isMessage()      {}
func (Sync) isMessage()        {}

// MarshalMessage returns the wire encoding of m. It fails on a message or update of an unknown type, more
// than MaxUpdates updates, a reason over MaxReasonLength bytes, or a signature of the wrong length.
// The encoding is deterministic.
func MarshalMessage(m Message) ([]byte, error) {
	b := make([]byte, 2, 64)
	b[0] = WireVersion
	var err error
	switch m := m.(type) {
	case Propose:
		b[1] = msgPropose
		b, err = appendPropose(b, &m)
	case Countersign:
		b[1] = msgCountersign
		b, err = appendCountersign(b, &m)
	case Reject:
		b[1] = msgReject
		b, err = appendReject(b, &m)
	case Sync:
		b[1] = msgSync
		b, err = m.Latest.AppendBinary(b)
	default:
		return nil, fmt.Errorf("%w: %T", ErrUnknownMessage, m)
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

func appendPropose(b []byte, p *Propose) ([]byte, error) {
	if len(p.Updates) > MaxUpdates {
		return nil, fmt.Errorf("%w: %d, at most %d", ErrTooManyUpdates, len(p.Updates), MaxUpdates)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Updates)))
	for i, u := range p.Updates {
		var err error
		if b, err = appendUpdate(b, u); err != nil {
			return nil, fmt.Errorf("update %d: %w", i, err)
		}
	}
	return p.Proposal.AppendBinary(b)
}

func appendCountersign(b []byte, c *Countersign) ([]byte, error) {
	if len(c.Sig) != state.SignatureLength {
		return nil, fmt.Errorf("%w, got %d", ErrCountersigLength, len(c.Sig))
	}
	return append(binary.BigEndian.AppendUint64(b, c.TxCountGlobal), c.Sig...), nil
}

func appendReject(b []byte, r *Reject) ([]byte, error) {
	if len(r.Reason) > MaxReasonLength {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrReasonTooLong, len(r.Reason), MaxReasonLength)
	}
	b = binary.BigEndian.AppendUint64(b, r.TxCountGlobal)
	return append(binary.AppendUvarint(b, uint64(len(r.Reason))), r.Reason...), nil
}

// appendUpdate appends u's kind byte and fields.
func appendUpdate(b []byte, u Update) ([]byte, error) {
	switch u := u.(type) {
	case Credit:
		return appendAmounts(append(b, kindCredit), &u.Wei, &u.Token), nil
	case Transfer:
		return appendAmounts(appendBool(append(b, kindTransfer), u.ToUser), &u.Wei, &u.Token), nil
	case AddLock:
		l, _ := u.Lock.MarshalBinary() // never fails
		return append(append(b, kindAddLock), l...), nil
	case SettleLock:
		return append(binary.BigEndian.AppendUint64(append(b, kindSettleLock), u.ID), u.Preimage[:]...), nil
	case ExpireLock:
		return binary.BigEndian.AppendUint64(append(b, kindExpireLock), u.ID), nil
	case Withdraw:
		b = appendAmounts(append(b, kindWithdraw), &u.UserWei, &u.UserToken, &u.HubWei, &u.HubToken)
		return binary.BigEndian.AppendUint64(append(b, u.Recipient[:]...), u.Timeout), nil
	case Collateral:
		b = appendAmounts(append(b, kindCollateral), &u.Wei, &u.Token)
		return binary.BigEndian.AppendUint64(b, u.Timeout), nil
	case Confirm:
		return append(b, kindConfirm), nil
	case Invalidate:
		return append(b, kindInvalidate), nil
	}
	return nil, fmt.Errorf("%w: %T", ErrUnknownUpdate, u)
}

func appendAmounts(b []byte, vs ...*uint256.Int) []byte {
	for _, v := range vs {
		w := v.Bytes32()
		b = append(b, w[:]...)
	}
	return b
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// UnmarshalMessage decodes one message strictly: a known version and type, every field well formed, and
// nothing after the message. Byte slices in the result are copies, so b may be reused. It never panics
// and allocates in proportion to len(b) only.
func UnmarshalMessage(b []byte) (Message, error) {
	r := &reader{b: b}
	if v := r.byte(); r.err != nil {
		return nil, r.err
	} else if v != WireVersion {
		return nil, fmt.Errorf("%w: %d", ErrUnknownVersion, v)
	}
	m := r.message(r.byte())
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d", ErrTrailingBytes, len(r.b))
	}
	return m, nil
}

// reader decodes fields from the front of b. The first error sticks; later reads return zero values, so a
// decoder reads every field and checks err once.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// take returns the next n bytes, or nil (and a sticky ErrTruncated) when fewer remain.
func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.fail(fmt.Errorf("%w: need %d bytes, have %d", ErrTruncated, n, len(r.b)))
		return nil
	}
	p := r.b[:n:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) message(t byte) Message {
	switch t {
	case msgPropose:
		return Propose{Updates: r.updates(), Proposal: r.signedState()}
	case msgCountersign:
		return Countersign{TxCountGlobal: r.uint64(), Sig: bytes.Clone(r.take(state.SignatureLength))}
	case msgReject:
		return Reject{TxCountGlobal: r.uint64(), Reason: r.reason()}
	case msgSync:
		return Sync{Latest: r.signedState()}
	}
	r.fail(fmt.Errorf("%w: %d", ErrUnknownMessage, t))
	return nil
}

// updates reads a count and that many updates. The count is checked against MaxUpdates and against the
// bytes left (each update takes at least its kind byte) before anything is allocated.
func (r *reader) updates() []Update {
	n := r.uvarint()
	switch {
	case r.err != nil || n == 0:
		return nil
	case n > MaxUpdates:
		r.fail(fmt.Errorf("%w: %d, at most %d", ErrTooManyUpdates, n, MaxUpdates))
		return nil
	case n > uint64(len(r.b)):
		r.fail(fmt.Errorf("%w: %d updates in %d bytes", ErrTruncated, n, len(r.b)))
		return nil
	}
	ups := make([]Update, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		ups = append(ups, r.update())
	}
	return ups
}

func (r *reader) update() Update {
	k := r.byte()
	switch k {
	case kindCredit:
		return Credit{Wei: r.amount(), Token: r.amount()}
	case kindTransfer:
		return Transfer{ToUser: r.bool(), Wei: r.amount(), Token: r.amount()}
	case kindAddLock:
		return AddLock{Lock: r.lock()}
	case kindSettleLock:
		return SettleLock{ID: r.uint64(), Preimage: r.bytes32()}
	case kindExpireLock:
		return ExpireLock{ID: r.uint64()}
	case kindWithdraw:
		return Withdraw{UserWei: r.amount(), UserToken: r.amount(), HubWei: r.amount(), HubToken: r.amount(),
			Recipient: r.address(), Timeout: r.uint64()}
	case kindCollateral:
		return Collateral{Wei: r.amount(), Token: r.amount(), Timeout: r.uint64()}
	case kindConfirm:
		return Confirm{}
	case kindInvalidate:
		return Invalidate{}
	}
	r.fail(fmt.Errorf("%w: %d", ErrUnknownUpdate, k)) // no-op after an earlier error
	return nil
}

func (r *reader) byte() byte {
	if p := r.take(1); p != nil {
		return p[0]
	}
	return 0
}

func (r *reader) bool() bool {
	c := r.byte()
	if c > 1 {
		r.fail(fmt.Errorf("%w: %d", ErrNonCanonicalBool, c))
	}
	return c == 1
}

func (r *reader) uint64() uint64 {
	if p := r.take(8); p != nil {
		return binary.BigEndian.Uint64(p)
	}
	return 0
}

func (r *reader) amount() (v uint256.Int) { v.SetBytes(r.take(32)); return v }

func (r *reader) bytes32() (h [32]byte)       { copy(h[:], r.take(32)); return h }
func (r *reader) address() (a common.Address) { copy(a[:], r.take(common.AddressLength)); return a }

// uvarint reads a minimally encoded unsigned varint.
func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	switch {
	case n == 0:
		r.fail(fmt.Errorf("%w: varint", ErrTruncated))
		return 0
	case n < 0 || n != binary.PutUvarint(make([]byte, binary.MaxVarintLen64), v):
		r.fail(ErrBadVarint)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) reason() string {
	n := r.uvarint()
	if n > MaxReasonLength {
		r.fail(fmt.Errorf("%w: %d bytes, at most %d", ErrReasonTooLong, n, MaxReasonLength))
		return ""
	}
	return string(r.take(int(n)))
}

func (r *reader) lock() (l state.Lock) {
	if p := r.take(state.LockSize); p != nil {
		if err := l.UnmarshalBinary(p); err != nil {
			r.fail(fmt.Errorf("%w: %w", ErrMalformedLock, err))
		}
	}
	return l
}

// signedState reads a signed state, whose length its two signature length bytes give.
func (r *reader) signedState() (s state.SignedState) {
	if p := r.take(signedStateLen(r.b)); p != nil {
		if err := s.UnmarshalBinary(p); err != nil {
			r.fail(fmt.Errorf("%w: %w", ErrMalformedState, err))
		}
	}
	return s
}

// signedStateLen returns the length of the signed state encoded at the start of b, or a length over
// len(b) when b cannot hold it.
func signedStateLen(b []byte) int {
	n := state.ChannelStateSize + 1 // state, hub signature length byte
	if len(b) < n {
		return n
	}
	n += int(b[n-1]) + 1 // hub signature, user signature length byte
	if len(b) < n {
		return n
	}
	return n + int(b[n-1])
}
