package protocol

import (
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
//	Propose     uvarint update count (at most MaxUpdates), each update, uvarint note count (at most
//	            MaxNotes), each note, then the proposal's signed state
//	Countersign TxCountGlobal (8 bytes), signature (state.SignatureLength bytes)
//	Reject      TxCountGlobal (8 bytes), code (1 byte: a known RejectCode), uvarint reason length (at most
//	            MaxReasonLength), reason bytes
//	Sync        the latest signed state, uvarint lock count (at most state.MaxLocks), each lock, then, only
//	            if the state has open threads or preimages follow, uvarint thread count (0 only if
//	            preimages follow, else 1 to state.MaxThreads) and each thread's initial state in its
//	            state.SignedThread binary form, then, only if there are preimages, uvarint preimage count
//	            (1 to state.MaxLocks) and each preimage (32 bytes)
//
// An update is a kind byte (Credit 1, Transfer, AddLock, SettleLock, ExpireLock, Withdraw, Collateral,
// Confirm, Invalidate, CancelLock, Exchange, OpenThread, CloseThread 13, Bump 14: no fields), then its fields in declaration order: amounts as 32 bytes
// big-endian, uint64s as 8 bytes big-endian, addresses as 20 bytes, bools as one byte 0 or 1, preimages as
// 32 bytes, a lock in its state.LockSize-byte binary form, a thread state with its signature in its
// state.SignedThreadSize-byte binary form. A note is its LockID (8 bytes), Recipient (20
// bytes), uvarint payload length (at most MaxNotePayload; a Propose's payloads at most MaxNotesPayload
// together) and payload bytes. A signed state is its
// state.SignedState binary form, which is self-delimiting (its signature length bytes say how long it is).
// Decoding is strict: every message has exactly one encoding, so encoding a decoded message gives back the
// same bytes. Version 2 added notes, reject codes, the Sync lock set, CancelLock and Exchange; later, without a
// new version (older nodes refuse the new kinds as unknown), OpenThread, CloseThread, the Sync thread set,
// Bump and the Sync preimages.
const (
	// WireVersion is the only version byte UnmarshalMessage accepts.
	WireVersion = 2
	// MaxUpdates is the largest number of updates in one Propose.
	MaxUpdates = 1024
	// MaxNotes is the largest number of notes in one Propose (as many as MaxUpdates).
	MaxNotes = MaxUpdates
	// MaxNotePayload is the longest note payload, in bytes. A note's payload may carry a payment's
	// forwarding onion (package onion, which protocol does not import): onion.MaxSize (3592 bytes, 20
	// layers around a 512-byte final payload) must fit, and onion's tests check that it does.
	MaxNotePayload = 4096
	// MaxNotesPayload bounds the payloads of one Propose's notes together, in bytes: 512 KiB, as much as
	// MaxNotes notes of 512 bytes (the note limit before notes carried onions). MaxNotes notes of
	// MaxNotePayload bytes (4 MiB) would not fit in a p2p frame (1 MiB); with this bound the largest
	// Propose is as large as before.
	MaxNotesPayload = 512 << 10
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
	kindCancelLock
	kindExchange
	kindOpenThread
	kindCloseThread
	kindBump
)

// Errors of MarshalMessage and UnmarshalMessage. An unknown update kind is ErrUnknownUpdate.
var (
	ErrUnknownVersion     = errors.New("protocol: unknown wire version")
	ErrUnknownMessage     = errors.New("protocol: unknown message type")
	ErrTruncated          = errors.New("protocol: message truncated")
	ErrTrailingBytes      = errors.New("protocol: trailing bytes after message")
	ErrNonCanonicalBool   = errors.New("protocol: bool byte is neither 0 nor 1")
	ErrBadVarint          = errors.New("protocol: varint overflows or is not minimally encoded")
	ErrReasonTooLong      = errors.New("protocol: reject reason too long")
	ErrTooManyUpdates     = errors.New("protocol: too many updates")
	ErrCountersigLength   = errors.New("protocol: countersignature must be 65 bytes")
	ErrMalformedLock      = errors.New("protocol: malformed lock")
	ErrMalformedThread    = errors.New("protocol: malformed thread state")
	ErrMalformedState     = errors.New("protocol: malformed signed state")
	ErrTooManyNotes       = errors.New("protocol: too many notes")
	ErrNotePayloadTooLong = errors.New("protocol: note payload too long")
	ErrNotesTooLong       = errors.New("protocol: note payloads too long together")
	ErrUnknownRejectCode  = errors.New("protocol: unknown reject code")
)

// Message is one message of the update protocol. The set is closed: only the types of this package
// implement it, and MarshalMessage accepts them as values (not pointers).
type Message interface{ isMessage() }

// Propose is the proposer's batch of updates, the notes that go with its new locks and its signed next
// state (signed by the proposer only).
type Propose struct {
	Updates  []Update
	Notes    []Note
	Proposal state.SignedState
}

// Note travels with a lock added in a Propose's batch, outside the signed state: a hub forwarding a
// payment hands with it, for instance, the preimage encrypted to the payment's final Recipient. At most
// MaxNotes notes per Propose, each Payload at most MaxNotePayload bytes and all of them at most
// MaxNotesPayload bytes together. The codec does not check that
// LockID is a lock of the batch; the node that reads the note does.
type Note struct {
	LockID    uint64
	Recipient common.Address
	Payload   []byte
}

// Countersign is the acceptor's signature over the proposed state numbered TxCountGlobal. Sig is exactly
// state.SignatureLength bytes.
type Countersign struct {
	TxCountGlobal uint64
	Sig           []byte
}

// Reject refuses the proposed state numbered TxCountGlobal, with a code that tells the proposer what to do
// and a short reason for people (at most MaxReasonLength bytes, not necessarily UTF-8).
type Reject struct {
	TxCountGlobal uint64
	Code          RejectCode
	Reason        string
}

// RejectCode says why a proposal was rejected. The set is closed: the codec refuses other values.
type RejectCode byte

// Reject codes.
const (
	// CodeRefused: the proposal is invalid or refused; the proposer should not send it again as is.
	CodeRefused RejectCode = 1
	// CodeBusy: the acceptor has its own proposal outstanding; the proposer may retry later.
	CodeBusy RejectCode = 2
	// CodeBehind: the proposal is above the acceptor's latest state plus one; the proposer should send
	// its latest state in a Sync, then the proposal again.
	CodeBehind RejectCode = 3
	// CodeTaken: the acceptor signed another state at the proposal's nonce (a proposal of its own, which
	// the proposer refused or answered with this one), and never signs two states at one nonce. The
	// Reject's TxCountGlobal is the highest nonce the acceptor signed a state at: the proposer proposes
	// again above it.
	CodeTaken RejectCode = 4
)

// known reports whether c is one of the codes above.
func (c RejectCode) known() bool { return c >= CodeRefused && c <= CodeTaken }

// Sync carries the latest double-signed state and the locks it commits to (at most state.MaxLocks, sorted
// by ID), sent by or to a party that fell behind. The codec does not check the locks against the state:
// the receiver does, with CheckLocks.
type Sync struct {
	Latest  state.SignedState
	Locks   []state.Lock
	Threads []state.SignedThread // the initial states of the open threads, sorted by key
	// Preimages, in a Sync that answers a pushed one, are the preimages of locks the pusher's state holds
	// that the answering node received and settled since (at most state.MaxLocks): a node restored from
	// a backup that missed a settle learns what it was paid with, and a hub claims the payer's lock.
	Preimages [][32]byte
}

func (Propose) isMessage()     {}
func (Countersign) isMessage() {}
func (Reject) isMessage()      {}
func (Sync) isMessage()        {}

// MarshalMessage returns the wire encoding of m. It fails on a message or update of an unknown type, more
// than MaxUpdates updates, more than MaxNotes notes, a note payload over MaxNotePayload bytes, note
// payloads over MaxNotesPayload bytes together (ErrNotesTooLong), an unknown
// reject code, a reason over MaxReasonLength bytes, more than state.MaxLocks locks (an error wrapping
// state.ErrTooManyLocks) or a signature of the wrong length. The encoding is deterministic.
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
		b, err = appendSync(b, &m)
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
	b, err := appendNotes(b, p.Notes)
	if err != nil {
		return nil, err
	}
	return p.Proposal.AppendBinary(b)
}

func appendNotes(b []byte, notes []Note) ([]byte, error) {
	if len(notes) > MaxNotes {
		return nil, fmt.Errorf("%w: %d, at most %d", ErrTooManyNotes, len(notes), MaxNotes)
	}
	b = binary.AppendUvarint(b, uint64(len(notes)))
	total := 0
	for i := range notes {
		n := &notes[i]
		if len(n.Payload) > MaxNotePayload {
			return nil, fmt.Errorf("%w: note %d has %d bytes, at most %d", ErrNotePayloadTooLong, i, len(n.Payload), MaxNotePayload)
		}
		if total += len(n.Payload); total > MaxNotesPayload {
			return nil, fmt.Errorf("%w: %d bytes by note %d, at most %d", ErrNotesTooLong, total, i, MaxNotesPayload)
		}
		b = append(binary.BigEndian.AppendUint64(b, n.LockID), n.Recipient[:]...)
		b = append(binary.AppendUvarint(b, uint64(len(n.Payload))), n.Payload...)
	}
	return b, nil
}

func appendCountersign(b []byte, c *Countersign) ([]byte, error) {
	if len(c.Sig) != state.SignatureLength {
		return nil, fmt.Errorf("%w, got %d", ErrCountersigLength, len(c.Sig))
	}
	return append(binary.BigEndian.AppendUint64(b, c.TxCountGlobal), c.Sig...), nil
}

func appendReject(b []byte, r *Reject) ([]byte, error) {
	if !r.Code.known() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownRejectCode, r.Code)
	}
	if len(r.Reason) > MaxReasonLength {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrReasonTooLong, len(r.Reason), MaxReasonLength)
	}
	b = append(binary.BigEndian.AppendUint64(b, r.TxCountGlobal), byte(r.Code))
	return append(binary.AppendUvarint(b, uint64(len(r.Reason))), r.Reason...), nil
}

func appendSync(b []byte, s *Sync) ([]byte, error) {
	if len(s.Locks) > state.MaxLocks {
		return nil, fmt.Errorf("%w: %d, at most %d", state.ErrTooManyLocks, len(s.Locks), state.MaxLocks)
	}
	b, err := s.Latest.AppendBinary(b)
	if err != nil {
		return nil, err
	}
	b = binary.AppendUvarint(b, uint64(len(s.Locks)))
	for i := range s.Locks {
		b = appendLock(b, &s.Locks[i])
	}
	if len(s.Threads) == 0 && len(s.Preimages) == 0 {
		return b, nil
	}
	if len(s.Threads) > state.MaxThreads {
		return nil, fmt.Errorf("%w: %d, at most %d", state.ErrTooManyThreads, len(s.Threads), state.MaxThreads)
	}
	if len(s.Preimages) > state.MaxLocks {
		return nil, fmt.Errorf("%w: %d preimages, at most %d", state.ErrTooManyLocks, len(s.Preimages), state.MaxLocks)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Threads)))
	for i := range s.Threads {
		if b, err = s.Threads[i].AppendBinary(b); err != nil {
			return nil, err
		}
	}
	if len(s.Preimages) == 0 {
		return b, nil
	}
	b = binary.AppendUvarint(b, uint64(len(s.Preimages)))
	for _, p := range s.Preimages {
		b = append(b, p[:]...)
	}
	return b, nil
}

// appendUpdate appends u's kind byte and fields.
func appendUpdate(b []byte, u Update) ([]byte, error) {
	switch u := u.(type) {
	case Credit:
		return appendAmounts(append(b, kindCredit), &u.Wei, &u.Token), nil
	case Transfer:
		return appendAmounts(appendBool(append(b, kindTransfer), u.ToUser), &u.Wei, &u.Token), nil
	case AddLock:
		return appendLock(append(b, kindAddLock), &u.Lock), nil
	case SettleLock:
		return append(binary.BigEndian.AppendUint64(append(b, kindSettleLock), u.ID), u.Preimage[:]...), nil
	case ExpireLock:
		return binary.BigEndian.AppendUint64(append(b, kindExpireLock), u.ID), nil
	case CancelLock:
		return binary.BigEndian.AppendUint64(append(b, kindCancelLock), u.ID), nil
	case Exchange:
		return appendAmounts(appendBool(append(b, kindExchange), u.WeiToToken), &u.Wei, &u.Token), nil
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
	case OpenThread:
		return u.Thread.AppendBinary(append(b, kindOpenThread))
	case CloseThread:
		return u.Final.AppendBinary(append(b, kindCloseThread))
	case Bump:
		return append(b, kindBump), nil
	}
	return nil, fmt.Errorf("%w: %T", ErrUnknownUpdate, u)
}

func appendLock(b []byte, l *state.Lock) []byte {
	p, _ := l.MarshalBinary() // never fails
	return append(b, p...)
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
