package protocol

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

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
		return Propose{Updates: r.updates(), Notes: r.notes(), Proposal: r.signedState()}
	case msgCountersign:
		return Countersign{TxCountGlobal: r.uint64(), Sig: bytes.Clone(r.take(state.SignatureLength))}
	case msgReject:
		return Reject{TxCountGlobal: r.uint64(), Code: r.rejectCode(), Reason: r.reason()}
	case msgSync:
		m := Sync{Latest: r.signedState(), Locks: r.locks()}
		m.Threads, m.Preimages = r.threadsAndPreimages()
		return m
	}
	r.fail(fmt.Errorf("%w: %d", ErrUnknownMessage, t))
	return nil
}

// count reads the uvarint count of a list whose items take at least minSize bytes each. It checks the
// count against limit (failing with tooMany) and against the bytes left (ErrTruncated) before the caller
// allocates for it. It returns 0 on error.
func (r *reader) count(limit uint64, tooMany error, minSize int, what string) uint64 {
	n := r.uvarint()
	switch {
	case r.err != nil:
		return 0
	case n > limit:
		r.fail(fmt.Errorf("%w: %d, at most %d", tooMany, n, limit))
		return 0
	case n > uint64(len(r.b)/minSize):
		r.fail(fmt.Errorf("%w: %d %s in %d bytes", ErrTruncated, n, what, len(r.b)))
		return 0
	}
	return n
}

// updates reads a count and that many updates; each takes at least its kind byte.
func (r *reader) updates() []Update {
	n := r.count(MaxUpdates, ErrTooManyUpdates, 1, "updates")
	if n == 0 {
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
	case kindCancelLock:
		return CancelLock{ID: r.uint64()}
	case kindExchange:
		return Exchange{WeiToToken: r.bool(), Wei: r.amount(), Token: r.amount()}
	case kindWithdraw:
		return Withdraw{UserWei: r.amount(), UserToken: r.amount(), HubWei: r.amount(), HubToken: r.amount(),
			Recipient: r.address(), Timeout: r.uint64()}
	case kindCollateral:
		return Collateral{Wei: r.amount(), Token: r.amount(), Timeout: r.uint64()}
	case kindConfirm:
		return Confirm{}
	case kindInvalidate:
		return Invalidate{}
	case kindOpenThread:
		return OpenThread{Thread: r.signedThread()}
	case kindCloseThread:
		return CloseThread{Final: r.signedThread()}
	case kindBump:
		return Bump{}
	}
	r.fail(fmt.Errorf("%w: %d", ErrUnknownUpdate, k)) // no-op after an earlier error
	return nil
}

// noteMinSize is the length of a note with an empty payload: LockID, Recipient, a one-byte length.
const noteMinSize = 8 + common.AddressLength + 1

// notes reads a count and that many notes.
func (r *reader) notes() []Note {
	n := r.count(MaxNotes, ErrTooManyNotes, noteMinSize, "notes")
	if n == 0 {
		return nil
	}
	notes := make([]Note, 0, n)
	total := 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		notes = append(notes, Note{LockID: r.uint64(), Recipient: r.address(), Payload: r.payload()})
		if total += len(notes[i].Payload); total > MaxNotesPayload {
			r.fail(fmt.Errorf("%w: %d bytes by note %d, at most %d", ErrNotesTooLong, total, i, MaxNotesPayload))
		}
	}
	return notes
}

// payload reads a note payload as a copy, nil when empty.
func (r *reader) payload() []byte {
	n := r.uvarint()
	if n > MaxNotePayload {
		r.fail(fmt.Errorf("%w: %d bytes, at most %d", ErrNotePayloadTooLong, n, MaxNotePayload))
		return nil
	}
	p := r.take(int(n))
	if len(p) == 0 {
		return nil
	}
	return bytes.Clone(p)
}

// locks reads a count and that many locks.
func (r *reader) locks() []state.Lock {
	n := r.count(state.MaxLocks, state.ErrTooManyLocks, state.LockSize, "locks")
	if n == 0 {
		return nil
	}
	locks := make([]state.Lock, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		locks = append(locks, r.lock())
	}
	return locks
}

// threadsAndPreimages reads a Sync's thread set and preimages: nothing if no bytes are left, else a thread
// count (0 only if preimages follow, else 1 to state.MaxThreads), that many signed threads, then, if bytes
// are left, a preimage count (1 to state.MaxLocks) and that many preimages.
func (r *reader) threadsAndPreimages() ([]state.SignedThread, [][32]byte) {
	if r.err != nil || len(r.b) == 0 {
		return nil, nil
	}
	n := r.count(state.MaxThreads, state.ErrTooManyThreads, state.SignedThreadSize, "threads")
	if r.err != nil {
		return nil, nil
	}
	if n == 0 && len(r.b) == 0 {
		r.fail(fmt.Errorf("%w: a zero thread count says preimages follow", ErrTruncated))
		return nil, nil
	}
	var threads []state.SignedThread
	if n > 0 {
		threads = make([]state.SignedThread, 0, n)
	}
	for i := uint64(0); i < n && r.err == nil; i++ {
		threads = append(threads, r.signedThread())
	}
	if r.err != nil || len(r.b) == 0 {
		return threads, nil
	}
	m := r.count(state.MaxLocks, state.ErrTooManyLocks, 32, "preimages")
	if r.err == nil && m == 0 {
		r.fail(fmt.Errorf("%w: a zero preimage count (no preimages are encoded as nothing)", ErrTrailingBytes))
	}
	if r.err != nil {
		return nil, nil
	}
	pre := make([][32]byte, 0, m)
	for i := uint64(0); i < m && r.err == nil; i++ {
		pre = append(pre, r.bytes32())
	}
	return threads, pre
}

func (r *reader) signedThread() (t state.SignedThread) {
	if p := r.take(state.SignedThreadSize); p != nil {
		if err := t.UnmarshalBinary(p); err != nil {
			r.fail(fmt.Errorf("%w: %w", ErrMalformedThread, err))
		}
	}
	return t
}

func (r *reader) rejectCode() RejectCode {
	c := RejectCode(r.byte())
	if !c.known() {
		r.fail(fmt.Errorf("%w: %d", ErrUnknownRejectCode, c))
	}
	return c
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
