package state

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignedThreadSize is the length of an encoded SignedThread: the thread state and its sender's signature.
const SignedThreadSize = ThreadStateSize + SignatureLength

// MaxThreads is the largest number of open threads a channel state may commit to (ThreadRoot). The
// contract allows 2^32-1; a node bounds what it stores and sends per channel, as it does for locks.
const MaxThreads = 256

// ErrTooManyThreads reports a thread set above MaxThreads.
var ErrTooManyThreads = errors.New("state: too many open threads")

// ErrThreadOrder reports a thread set not in strictly increasing key order (or holding a thread twice).
var ErrThreadOrder = errors.New("state: threads are not in strictly increasing key order")

// SignedThread is a thread state with its sender's signature of its EIP-712 digest. In a channel's
// thread set it is the thread's initial state, which the contract's thread dispute starts from.
type SignedThread struct {
	State ThreadState
	Sig   []byte
}

// ThreadKey is the key of a thread inside one channel, as the contract computes it:
// keccak256(abi.encode(sender, receiver, threadId)).
func ThreadKey(sender, receiver common.Address, id uint64) common.Hash {
	var b [96]byte
	copy(b[12:32], sender[:])
	copy(b[44:64], receiver[:])
	binary.BigEndian.PutUint64(b[88:96], id)
	return crypto.Keccak256Hash(b[:])
}

// Key is the thread's key inside a channel (ThreadKey of its sender, receiver and id).
func (t *ThreadState) Key() common.Hash { return ThreadKey(t.Sender, t.Receiver, t.ThreadID) }

// Initials returns the states of threads, in order.
func Initials(threads []SignedThread) []ThreadState {
	out := make([]ThreadState, len(threads))
	for i := range threads {
		out[i] = threads[i].State
	}
	return out
}

// SortThreads sorts a thread set by key, the order in which records hold it.
func SortThreads(threads []SignedThread) {
	slices.SortFunc(threads, func(a, b SignedThread) int {
		ka, kb := a.State.Key(), b.State.Key()
		return bytes.Compare(ka[:], kb[:])
	})
}

// CheckThreadOrder checks that a thread set is in strictly increasing key order and at most MaxThreads.
func CheckThreadOrder(threads []SignedThread) error {
	if len(threads) > MaxThreads {
		return fmt.Errorf("%w: %d threads, at most %d", ErrTooManyThreads, len(threads), MaxThreads)
	}
	for i := 1; i < len(threads); i++ {
		a, b := threads[i-1].State.Key(), threads[i].State.Key()
		if bytes.Compare(a[:], b[:]) >= 0 {
			return fmt.Errorf("%w: thread %d", ErrThreadOrder, i)
		}
	}
	return nil
}

// FindThread returns the index of the thread with key k in a sorted thread set, and whether it is there.
func FindThread(threads []SignedThread, k common.Hash) (int, bool) {
	return slices.BinarySearchFunc(threads, k, func(t SignedThread, k common.Hash) int {
		tk := t.State.Key()
		return cmp.Compare(string(tk[:]), string(k[:]))
	})
}

// Verify checks that Sig is a canonical signature of the state's digest by its sender.
func (t *SignedThread) Verify(d *Domain) error {
	if len(t.Sig) == 0 {
		return ErrSignatureMissing
	}
	return Verify(d.ThreadDigest(&t.State), t.Sig, t.State.Sender)
}

// MarshalBinary returns the SignedThreadSize-byte encoding of t: the thread state, then the signature. It
// fails unless the signature is SignatureLength bytes.
func (t *SignedThread) MarshalBinary() ([]byte, error) {
	return t.AppendBinary(make([]byte, 0, SignedThreadSize))
}

// AppendBinary appends the encoding of t to b; see MarshalBinary.
func (t *SignedThread) AppendBinary(b []byte) ([]byte, error) {
	if len(t.Sig) != SignatureLength {
		return b, fmt.Errorf("%w (thread signature has %d bytes)", ErrSignatureLength, len(t.Sig))
	}
	enc, _ := t.State.MarshalBinary()
	return append(append(b, enc...), t.Sig...), nil
}

// UnmarshalBinary decodes b, exactly SignedThreadSize bytes. The signature is copied. On error t is
// unchanged.
func (t *SignedThread) UnmarshalBinary(b []byte) error {
	if len(b) != SignedThreadSize {
		return fmt.Errorf("%w: signed thread must be %d bytes, got %d", ErrEncodingLength, SignedThreadSize, len(b))
	}
	var d SignedThread
	if err := d.State.UnmarshalBinary(b[:ThreadStateSize]); err != nil {
		return err
	}
	d.Sig = bytes.Clone(b[ThreadStateSize:])
	*t = d
	return nil
}

// EncodeThreads returns the concatenated encodings of a thread set (nil for none), checked with
// CheckThreadOrder.
func EncodeThreads(threads []SignedThread) ([]byte, error) {
	if err := CheckThreadOrder(threads); err != nil || len(threads) == 0 {
		return nil, err
	}
	b := make([]byte, 0, len(threads)*SignedThreadSize)
	for i := range threads {
		var err error
		if b, err = threads[i].AppendBinary(b); err != nil {
			return nil, fmt.Errorf("thread %d: %w", i, err)
		}
	}
	return b, nil
}

// DecodeThreads decodes EncodeThreads' output (empty: no threads) and checks the order.
func DecodeThreads(b []byte) ([]SignedThread, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b)%SignedThreadSize != 0 {
		return nil, fmt.Errorf("%w: threads blob has %d bytes, not a multiple of %d", ErrEncodingLength, len(b), SignedThreadSize)
	}
	out := make([]SignedThread, len(b)/SignedThreadSize)
	for i := range out {
		if err := out[i].UnmarshalBinary(b[i*SignedThreadSize : (i+1)*SignedThreadSize]); err != nil {
			return nil, fmt.Errorf("thread %d: %w", i, err)
		}
	}
	if err := CheckThreadOrder(out); err != nil {
		return nil, err
	}
	return out, nil
}

// ThreadRecord is what a thread's sender or receiver keeps of a thread: its initial state (as the
// channels committed to it) and the latest state the sender signed (the initial one before any payment).
// Status tells where the thread is in its life.
type ThreadRecord struct {
	Initial SignedThread
	Latest  SignedThread
	Status  ThreadStatus
}

// ThreadStatus is where a thread is in its life, as its sender or receiver sees it.
type ThreadStatus uint8

// Thread statuses.
const (
	ThreadOpening ThreadStatus = iota // the sender's channel is opening it; not yet usable
	ThreadOpen                        // both channels hold it: payments flow
	ThreadClosing                     // a close was asked for: no more payments
	ThreadClosed                      // both channels dropped it (closed off-chain, or settled on-chain)
	ThreadFailed                      // its opening failed: the sender's channel never held it (the hub refused it)
)

// Known reports whether s is one of the thread statuses.
func (s ThreadStatus) Known() bool { return s <= ThreadFailed }

func (s ThreadStatus) String() string {
	switch s {
	case ThreadOpening:
		return "opening"
	case ThreadOpen:
		return "open"
	case ThreadClosing:
		return "closing"
	case ThreadClosed:
		return "closed"
	case ThreadFailed:
		return "failed"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}
