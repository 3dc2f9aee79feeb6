package p2p

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"runtime/debug"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Handler serves one request on a stream protocol. from is the Ethereum address the requesting peer's id
// proves; req is the request frame's payload, owned by the handler. ctx ends when the stream's deadline
// passes or the host closes. A returned error reaches the requester as a *RemoteError carrying
// err.Error(), so it must not hold secrets. An error wrapping ErrMalformed is the handler's verdict that
// the peer sent malformed input: the requester still gets the error, but the host then closes the stream
// without reading it again and counts a strike against the peer (see Limits). A handler may panic
// without harming the host: the stream is reset and the panic logged.
type Handler func(ctx context.Context, from common.Address, req []byte) ([]byte, error)

// Response frames start with one of these status bytes; the rest is the body (ok) or an error message.
const (
	statusOK    byte = 0
	statusError byte = 1
)

// errResponseTooLarge is what a requester is told when a handler's response does not fit in a frame.
var errResponseTooLarge = errors.New("p2p: response too large")

// HandleOption adjusts how Handle serves a protocol.
type HandleOption func(*handleOpts)

type handleOpts struct {
	acceptEmpty bool    // empty request frames reach the handler
	ownRate     float64 // if positive, the protocol's own message rate per peer
}

// AcceptEmpty lets a protocol's requests be empty frames, for a request that carries nothing (a quote).
// Otherwise an empty request frame is refused like a malformed one: a zero byte is a complete empty
// frame, so a peer writing zeros would otherwise make a request of every byte.
func AcceptEmpty() HandleOption { return func(o *handleOpts) { o.acceptEmpty = true } }

// OwnRate gives a protocol its own message rate per peer, r request frames a second sustained (two
// seconds' worth at once), instead of a share of the peer's Limits.MessageRate; its bytes still count
// against the peer's ByteRate. It is for a protocol whose legitimate peers send faster than the shared
// rate allows (a thread's payments stream at the speed of a signature) and whose handler refuses a
// stranger's frames cheaply.
func OwnRate(r float64) HandleOption { return func(o *handleOpts) { o.ownRate = r } }

// Handle serves proto with handler. An inbound stream carries request frames, each answered by one
// response frame, until the requester closes its side. Streams from peers whose ids prove no Ethereum
// address, malformed, oversized or (unless AcceptEmpty) empty request frames, and requests over the
// peer's rate limits are reset without calling handler, and count as the peer's misbehaviour: logged at
// warn (a peer's warnings are spaced, see Limits.LogEvery) and, past Limits.Strikes, punished by a ban.
// Handle replaces an earlier handler for proto. It panics if proto is not a spoke protocol id (see
// ProtocolID) or handler is nil: both are programming errors.
func (h *Host) Handle(proto protocol.ID, handler Handler, opts ...HandleOption) {
	if _, _, err := ParseProtocolID(proto); err != nil {
		panic(err)
	}
	if handler == nil {
		panic("p2p: Handle with a nil handler")
	}
	var o handleOpts
	for _, opt := range opts {
		opt(&o)
	}
	h.h.SetStreamHandler(proto, func(s network.Stream) { h.serve(s, handler, o) })
}

// RemoveHandler stops serving proto on new streams; later requests on it fail protocol negotiation.
func (h *Host) RemoveHandler(proto protocol.ID) { h.h.RemoveStreamHandler(proto) }

// errEndStream ends a stream gracefully after an answer: the handler called the request malformed.
var errEndStream = errors.New("p2p: stream ended after a malformed request")

// serve runs the exchanges of one inbound stream: Close when the requester ends it or after answering a
// malformed request, Reset on any other error or a panic.
func (h *Host) serve(s network.Stream, handler Handler, o handleOpts) {
	log := h.log.With("peer", s.Conn().RemotePeer(), "protocol", s.Protocol()) // formatted only if logged
	defer func() {
		if r := recover(); r != nil {
			_ = s.Reset()
			log.Error("p2p: handler panicked", "panic", r, "stack", string(debug.Stack()))
		}
	}()
	err := h.serveStream(s, handler, o, log)
	if err != nil && !errors.Is(err, errEndStream) {
		_ = s.Reset()
		return
	}
	_ = s.Close()
}

// serveStream answers requests until the requester closes its side (nil) or anything fails (the error).
func (h *Host) serveStream(s network.Stream, handler Handler, o handleOpts, log *slog.Logger) error {
	if h.guard.banned(s.Conn().RemotePeer()) { // a stream that raced the ban's disconnection
		return ErrBanned
	}
	from, err := h.addressOf(s.Conn().RemotePeer())
	if err != nil {
		h.misbehaved(s, "p2p: rejected stream from a peer without an Ethereum address", err)
		return err
	}
	for n := 0; ; n++ {
		req, ok, err := h.readRequest(s, n, o, log)
		if err != nil || !ok {
			return err
		}
		if err := h.admit(s, req, o); err != nil {
			return err
		}
		if err := h.answer(s, handler, from, req, log); err != nil {
			return err
		}
	}
}

// readRequest reads the stream's n-th request frame (counting from 0), waiting StreamTimeout for the
// first and idleTimeout for later ones. ok is false when the requester closed its side after an exchange.
func (h *Host) readRequest(s network.Stream, n int, o handleOpts, log *slog.Logger) (req []byte, ok bool, err error) {
	wait := h.cfg.StreamTimeout
	if n > 0 {
		wait = h.idleTimeout
	}
	if err := s.SetDeadline(time.Now().Add(wait)); err != nil {
		log.Warn("p2p: cannot set stream deadline", "err", err)
		return nil, false, err
	}
	req, err = ReadFrame(s, h.cfg.MaxFrameSize)
	if err == nil && len(req) == 0 && !o.acceptEmpty {
		err = ErrEmptyFrame
	}
	switch {
	case err == nil:
		return req, true, nil
	case n > 0 && errors.Is(err, io.EOF):
		return nil, false, nil
	case n > 0 && isTimeout(err):
		log.Debug("p2p: idle stream expired", "requests", n)
		return nil, false, err
	case errors.Is(err, network.ErrReset) || h.ctx.Err() != nil:
		log.Debug("p2p: stream closed while waiting for a request", "requests", n, "err", err) // a peer or this host shutting down
		return nil, false, err
	}
	h.misbehaved(s, "p2p: rejected request frame", err)
	return nil, false, err
}

// admit takes a request from its peer's rate limits (or the protocol's own message rate, see OwnRate);
// over them, it fails with ErrRateLimited and counts a strike.
func (h *Host) admit(s network.Stream, req []byte, o handleOpts) error {
	id := s.Conn().RemotePeer()
	if o.ownRate > 0 && h.guard.allowOwn(id, s.Protocol(), o.ownRate, len(req)) ||
		o.ownRate <= 0 && h.guard.allow(id, len(req)) {
		return nil
	}
	h.misbehaved(s, "p2p: rejected request over the peer's rate limit", ErrRateLimited)
	return ErrRateLimited
}

// misbehaved counts a strike against s's peer for err, logs it if the peer's and the host's log budgets
// allow (with the number of events suppressed since the peer's last line), and bans the peer, closing
// its connections, if it is out of strikes.
func (h *Host) misbehaved(s network.Stream, msg string, err error) {
	id := s.Conn().RemotePeer()
	v := h.guard.strike(id)
	if v.log {
		attrs := []any{"peer", id, "protocol", s.Protocol(), "err", err, "suppressed", v.suppressed}
		if v.ban > 0 {
			attrs = append(attrs, "banned_for", v.ban)
		}
		h.log.Warn(msg, attrs...)
	}
	if v.ban > 0 {
		_ = h.h.Network().ClosePeer(id)
	}
}

// answer runs handler on req under a StreamTimeout deadline and writes its response frame. It fails with
// errEndStream after answering a request the handler called malformed.
func (h *Host) answer(s network.Stream, handler Handler, from common.Address, req []byte, log *slog.Logger) error {
	deadline := time.Now().Add(h.cfg.StreamTimeout)
	if err := s.SetDeadline(deadline); err != nil {
		return err
	}
	ctx, cancel := context.WithDeadline(h.ctx, deadline)
	defer cancel()
	body, herr := handler(ctx, from, req)
	status, body := h.response(body, herr, log)
	err := writeFrame(s, h.cfg.MaxFrameSize, []byte{status}, body)
	if errors.Is(herr, ErrMalformed) { // a strike even if the peer reset the stream before the answer
		h.misbehaved(s, "p2p: malformed request", herr)
		if err == nil {
			err = errEndStream
		}
	}
	return err
}

// response turns a handler's result into a status byte and a body that fits in one frame.
func (h *Host) response(body []byte, herr error, log *slog.Logger) (byte, []byte) {
	limit := h.cfg.MaxFrameSize - 1 // the status byte takes one
	if herr == nil && len(body) <= limit {
		return statusOK, body
	}
	if herr == nil {
		log.Error("p2p: handler response too large", "bytes", len(body), "max", limit)
		herr = errResponseTooLarge
	}
	msg := herr.Error()
	if len(msg) > limit {
		msg = msg[:limit]
	}
	return statusError, []byte(msg)
}

// isTimeout reports whether err is a passed deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
