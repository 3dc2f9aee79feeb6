package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"

	"spoke/state"
)

// Thread stream messages (docs/threads.md): a thread's sender talks to its receiver directly, without the
// hub. Each is a request with one answer, a ThreadAck or the handler's error. Encoding: ThreadWireVersion,
// a type byte, then a signed thread (state.SignedThreadSize bytes) or, for ThreadAck, a count (8 bytes
// big-endian). Decoding is strict.
const ThreadWireVersion = 1

// ThreadMessage is one of ThreadPay, ThreadReady, ThreadCloseAsk and ThreadAck.
type ThreadMessage interface{ isThreadMessage() }

// ThreadPay carries a later thread state, signed by the sender: the receiver checks it against its latest
// (CheckThreadUpdate), stores it and answers a ThreadAck of its count.
type ThreadPay struct{ State state.SignedThread }

// ThreadReady asks the receiver whether its channel holds the thread Initial opens; the answer is a
// ThreadAck of the receiver's latest count, or an error while the thread is not open there.
type ThreadReady struct{ Initial state.SignedThread }

// ThreadCloseAsk asks the receiver to close the thread with Latest (the sender's latest state) or a later
// one it holds; the answer is a ThreadAck of the count the thread closed with.
type ThreadCloseAsk struct{ Latest state.SignedThread }

// ThreadAck answers with a thread state count.
type ThreadAck struct{ TxCount uint64 }

func (ThreadPay) isThreadMessage()      {}
func (ThreadReady) isThreadMessage()    {}
func (ThreadCloseAsk) isThreadMessage() {}
func (ThreadAck) isThreadMessage()      {}

const (
	threadMsgPay byte = 1 + iota
	threadMsgReady
	threadMsgCloseAsk
	threadMsgAck
)

// ErrThreadMessage reports a thread message that does not decode.
var ErrThreadMessage = errors.New("protocol: malformed thread message")

// MarshalThreadMessage encodes m. It fails only for a signature of the wrong length.
func MarshalThreadMessage(m ThreadMessage) ([]byte, error) {
	b := []byte{ThreadWireVersion, 0}
	var st *state.SignedThread
	switch m := m.(type) {
	case ThreadPay:
		b[1], st = threadMsgPay, &m.State
	case ThreadReady:
		b[1], st = threadMsgReady, &m.Initial
	case ThreadCloseAsk:
		b[1], st = threadMsgCloseAsk, &m.Latest
	case ThreadAck:
		b[1] = threadMsgAck
		return binary.BigEndian.AppendUint64(b, m.TxCount), nil
	default:
		return nil, fmt.Errorf("%w: %T", ErrThreadMessage, m)
	}
	return st.AppendBinary(b)
}

// UnmarshalThreadMessage decodes b strictly.
func UnmarshalThreadMessage(b []byte) (ThreadMessage, error) {
	if len(b) < 2 || b[0] != ThreadWireVersion {
		return nil, fmt.Errorf("%w: bad header", ErrThreadMessage)
	}
	body := b[2:]
	if b[1] == threadMsgAck {
		if len(body) != 8 {
			return nil, fmt.Errorf("%w: ack of %d bytes", ErrThreadMessage, len(body))
		}
		return ThreadAck{TxCount: binary.BigEndian.Uint64(body)}, nil
	}
	var st state.SignedThread
	if err := st.UnmarshalBinary(body); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrThreadMessage, err)
	}
	switch b[1] {
	case threadMsgPay:
		return ThreadPay{State: st}, nil
	case threadMsgReady:
		return ThreadReady{Initial: st}, nil
	case threadMsgCloseAsk:
		return ThreadCloseAsk{Latest: st}, nil
	}
	return nil, fmt.Errorf("%w: type %d", ErrThreadMessage, b[1])
}
