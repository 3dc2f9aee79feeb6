package p2p

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// Request sends req to peer on proto and returns the response body. The exchange's deadline is the
// host's StreamTimeout or ctx's deadline, whichever is sooner, and cancelling ctx aborts it. It dials the
// peer if no connection is open (using addresses learnt by Connect), otherwise reuses the open connection
// and, unless Config.OneShotStreams, an idle stream left by an earlier request. It fails with
// ErrFrameTooLarge before sending if req does not fit in a frame, with a *RemoteError if the peer's
// handler returned an error, and with a wrapped transport error otherwise: a request is never dropped
// silently. A request that fails may or may not have reached the handler.
func (h *Host) Request(ctx context.Context, to peer.ID, proto protocol.ID, req []byte) ([]byte, error) {
	if len(req) > h.cfg.MaxFrameSize {
		return nil, fmt.Errorf("p2p: request %s: %w: %d bytes, max %d", proto, ErrFrameTooLarge, len(req), h.cfg.MaxFrameSize)
	}
	if _, err := h.addressOf(to); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, h.cfg.StreamTimeout) // keeps ctx's deadline if sooner
	defer cancel()
	s, err := h.openStream(ctx, to, proto)
	if err != nil {
		return nil, requestErr(ctx, to, proto, err)
	}
	return h.exchange(ctx, s, req)
}

// openStream takes an idle stream to the peer from the pool or opens a new one.
func (h *Host) openStream(ctx context.Context, to peer.ID, proto protocol.ID) (network.Stream, error) {
	if s := h.pool.get(to, proto); s != nil {
		return s, nil
	}
	return h.h.NewStream(ctx, to, proto)
}

// exchange runs one request on s, resetting s if ctx ends first or anything fails. A stream whose
// request the peer's handler failed is closed, not reused.
func (h *Host) exchange(ctx context.Context, s network.Stream, req []byte) ([]byte, error) {
	stop := context.AfterFunc(ctx, func() { _ = s.Reset() })
	frame, err := h.roundTrip(ctx, s, req)
	if err != nil {
		_ = s.Reset()
		return nil, requestErr(ctx, s.Conn().RemotePeer(), s.Protocol(), err)
	}
	body, err := parseResponse(s, frame)
	if err != nil && !errors.As(err, new(*RemoteError)) {
		_ = s.Reset()
		return nil, err
	}
	switch {
	case !stop(): // ctx ended just now and s is being reset
	case err != nil: // the handler failed: the server may be ending the stream (it does after ErrMalformed)
		_ = s.Close()
	default:
		h.release(s)
	}
	return body, err
}

// roundTrip writes the request frame and reads one response frame.
func (h *Host) roundTrip(ctx context.Context, s network.Stream, req []byte) ([]byte, error) {
	deadline, _ := ctx.Deadline() // always set by Request
	if err := s.SetDeadline(deadline); err != nil {
		return nil, err
	}
	if err := WriteFrame(s, req, h.cfg.MaxFrameSize); err != nil {
		return nil, err
	}
	if h.cfg.OneShotStreams {
		if err := s.CloseWrite(); err != nil {
			return nil, err
		}
	}
	frame, err := ReadFrame(s, h.cfg.MaxFrameSize)
	if errors.Is(err, io.EOF) {
		return nil, ErrNoResponse
	}
	return frame, err
}

// release ends a stream after a complete exchange: back to the pool, or closed in one-shot mode.
func (h *Host) release(s network.Stream) {
	if h.cfg.OneShotStreams {
		_ = s.Close()
		return
	}
	h.pool.put(s)
}

// parseResponse splits a response frame into its body or the peer's *RemoteError.
func parseResponse(s network.Stream, frame []byte) ([]byte, error) {
	if len(frame) == 0 {
		return nil, fmt.Errorf("%w: empty frame from %s", ErrBadResponse, s.Conn().RemotePeer())
	}
	switch frame[0] {
	case statusOK:
		return frame[1:], nil
	case statusError:
		msg := strings.ToValidUTF8(string(frame[1:]), "\uFFFD")
		return nil, &RemoteError{Peer: s.Conn().RemotePeer(), Protocol: s.Protocol(), Message: msg}
	}
	return nil, fmt.Errorf("%w: status %d from %s", ErrBadResponse, frame[0], s.Conn().RemotePeer())
}

// requestErr wraps a failed request's error, naming ctx's error when ctx ended first.
func requestErr(ctx context.Context, to peer.ID, proto protocol.ID, err error) error {
	if cerr := ctxErr(ctx); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("p2p: request %s to %s: %w: %w", proto, to, cerr, err)
	}
	return fmt.Errorf("p2p: request %s to %s: %w", proto, to, err)
}

// ctxErr is ctx.Err(), also reporting a deadline that has passed but whose timer has not fired yet (the
// stream's deadline timer may fire first).
func ctxErr(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}
