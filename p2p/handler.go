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
// err.Error(), so it must not hold secrets. A handler may panic without harming the host: the stream is
// reset and the panic logged.
type Handler func(ctx context.Context, from common.Address, req []byte) ([]byte, error)

// Response frames start with one of these status bytes; the rest is the body (ok) or an error message.
const (
	statusOK    byte = 0
	statusError byte = 1
)

// errResponseTooLarge is what a requester is told when a handler's response does not fit in a frame.
var errResponseTooLarge = errors.New("p2p: response too large")

// Handle serves proto with handler. An inbound stream carries request frames, each answered by one
// response frame, until the requester closes its side. Streams from peers whose ids prove no Ethereum
// address, and malformed or oversized request frames, are reset and logged at warn without calling
// handler. Handle replaces an earlier handler for proto. It panics if proto is not a spoke protocol id
// (see ProtocolID) or handler is nil: both are programming errors.
func (h *Host) Handle(proto protocol.ID, handler Handler) {
	if _, _, err := ParseProtocolID(proto); err != nil {
		panic(err)
	}
	if handler == nil {
		panic("p2p: Handle with a nil handler")
	}
	h.h.SetStreamHandler(proto, func(s network.Stream) { h.serve(s, handler) })
}

// RemoveHandler stops serving proto on new streams; later requests on it fail protocol negotiation.
func (h *Host) RemoveHandler(proto protocol.ID) { h.h.RemoveStreamHandler(proto) }

// serve runs the exchanges of one inbound stream: Close when the requester ends it, Reset on any error or
// panic.
func (h *Host) serve(s network.Stream, handler Handler) {
	log := h.log.With("peer", s.Conn().RemotePeer(), "protocol", s.Protocol()) // formatted only if logged
	defer func() {
		if r := recover(); r != nil {
			_ = s.Reset()
			log.Error("p2p: handler panicked", "panic", r, "stack", string(debug.Stack()))
		}
	}()
	if err := h.serveStream(s, handler, log); err != nil {
		_ = s.Reset()
		return
	}
	_ = s.Close()
}

// serveStream answers requests until the requester closes its side (nil) or anything fails (the error).
func (h *Host) serveStream(s network.Stream, handler Handler, log *slog.Logger) error {
	from, err := h.addressOf(s.Conn().RemotePeer())
	if err != nil {
		log.Warn("p2p: rejected stream from a peer without an Ethereum address", "err", err)
		return err
	}
	for n := 0; ; n++ {
		req, ok, err := h.readRequest(s, n, log)
		if err != nil || !ok {
			return err
		}
		if err := h.answer(s, handler, from, req, log); err != nil {
			return err
		}
	}
}

// readRequest reads the stream's n-th request frame (counting from 0), waiting StreamTimeout for the
// first and idleTimeout for later ones. ok is false when the requester closed its side after an exchange.
func (h *Host) readRequest(s network.Stream, n int, log *slog.Logger) (req []byte, ok bool, err error) {
	wait := h.cfg.StreamTimeout
	if n > 0 {
		wait = h.idleTimeout
	}
	if err := s.SetDeadline(time.Now().Add(wait)); err != nil {
		log.Warn("p2p: cannot set stream deadline", "err", err)
		return nil, false, err
	}
	req, err = ReadFrame(s, h.cfg.MaxFrameSize)
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
	log.Warn("p2p: rejected request frame", "err", err)
	return nil, false, err
}

// answer runs handler on req under a StreamTimeout deadline and writes its response frame.
func (h *Host) answer(s network.Stream, handler Handler, from common.Address, req []byte, log *slog.Logger) error {
	deadline := time.Now().Add(h.cfg.StreamTimeout)
	if err := s.SetDeadline(deadline); err != nil {
		return err
	}
	ctx, cancel := context.WithDeadline(h.ctx, deadline)
	defer cancel()
	body, herr := handler(ctx, from, req)
	status, body := h.response(body, herr, log)
	return writeFrame(s, h.cfg.MaxFrameSize, []byte{status}, body)
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
