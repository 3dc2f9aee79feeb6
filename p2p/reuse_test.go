package p2p

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"testing"
	"time"
)

func TestStreamReuse(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo)
	client := connected(t, server)
	for i := range 50 {
		if _, err := client.Request(testCtx(t), server.ID(), echoProto, []byte(fmt.Sprint(i))); err != nil {
			t.Fatal(err)
		}
	}
	if n := client.pool.size(server.ID(), echoProto); n != 1 {
		t.Fatalf("%d idle streams after sequential requests, want 1", n)
	}
	conns := client.h.Network().ConnsToPeer(server.ID())
	if len(conns) != 1 {
		t.Fatalf("%d connections, want 1", len(conns))
	}
	echoStreams := 0
	for _, s := range conns[0].GetStreams() {
		if s.Protocol() == echoProto {
			echoStreams++
		}
	}
	if echoStreams != 1 {
		t.Fatalf("%d echo streams open, want the 1 reused stream", echoStreams)
	}
}

func TestOneShotStreams(t *testing.T) {
	server := newTestHost(t, func(c *Config) { c.OneShotStreams = true }) // no effect on serving
	server.Handle(echoProto, echo)
	client := connected(t, server)
	client.cfg.OneShotStreams = true
	for i := range 20 {
		req := []byte(fmt.Sprint(i))
		if resp, err := client.Request(testCtx(t), server.ID(), echoProto, req); err != nil || !bytes.Equal(resp, req) {
			t.Fatalf("request %d: %q, %v", i, resp, err)
		}
	}
	if n := client.pool.size(server.ID(), echoProto); n != 0 {
		t.Fatalf("one-shot mode pooled %d streams", n)
	}
	if n := len(client.h.Network().ConnsToPeer(server.ID())); n != 1 {
		t.Fatalf("%d connections, want 1", n)
	}
}

func TestExpiredIdleStreamsAreNotReused(t *testing.T) {
	server := newTestHost(t, nil)
	server.idleTimeout = 300 * time.Millisecond
	server.Handle(echoProto, echo)
	client := connected(t, server)
	client.pool.maxIdle = 100 * time.Millisecond
	for range 3 {
		if _, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("x")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(400 * time.Millisecond) // past both: the client must not send on the server-reset stream
	}
	if n := client.pool.size(server.ID(), echoProto); n != 1 {
		t.Fatalf("%d idle streams, want the latest one only", n)
	}
}

func TestPooledStreamOfClosedConnectionIsDropped(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo)
	client := connected(t, server)
	if _, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("x")); err != nil {
		t.Fatal(err)
	}
	_ = server.h.Network().ClosePeer(client.ID())
	waitFor(t, "the client to see the connection close", func() bool {
		return len(client.h.Network().ConnsToPeer(server.ID())) == 0
	})
	if resp, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("again")); err != nil || string(resp) != "again" {
		t.Fatalf("after the connection closed: %q, %v", resp, err)
	}
}

// TestWireManyRequestsPerStream pins the wire protocol: request frames on one stream, each answered by a
// status byte and body in one frame, until the requester closes its side and the server closes too. An
// empty request frame is one too on a protocol served with AcceptEmpty.
func TestWireManyRequestsPerStream(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo, AcceptEmpty())
	raw := secpRawPeer(t, server)
	s, err := raw.NewStream(testCtx(t), server.ID(), echoProto)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	_ = s.SetDeadline(time.Now().Add(5 * time.Second))
	for _, msg := range []string{"one", "", "three"} {
		if err := WriteFrame(s, []byte(msg), MaxFrameSize); err != nil {
			t.Fatal(err)
		}
		resp, err := ReadFrame(s, MaxFrameSize)
		if err != nil || !bytes.Equal(resp, append([]byte{statusOK}, msg...)) {
			t.Fatalf("response to %q: %x, %v", msg, resp, err)
		}
	}
	_ = s.CloseWrite()
	if rest, err := io.ReadAll(s); err != nil || len(rest) != 0 {
		t.Fatalf("after closing the request side: %x, %v; want a clean end", rest, err)
	}
}

// TestWireBadFrameAfterGoodOnes: a bad frame later on a stream is rejected like a first one.
func TestWireBadFrameAfterGoodOnes(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, withLogs(logs))
	server.Handle(echoProto, echo)
	raw := secpRawPeer(t, server)
	s, err := raw.NewStream(testCtx(t), server.ID(), echoProto)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	_ = s.SetDeadline(time.Now().Add(5 * time.Second))
	if err := WriteFrame(s, []byte("fine"), MaxFrameSize); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFrame(s, MaxFrameSize); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write(binary.AppendUvarint(nil, MaxFrameSize+1)); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(s); err == nil {
		t.Fatal("the server answered an oversized frame")
	}
	if !warnedAbout(logs.String(), raw.ID().String(), "frame too large") {
		t.Fatalf("no warning in:\n%s", logs)
	}
}
