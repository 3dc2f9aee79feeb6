package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/p2p/net/swarm"
)

// strikesOf returns how many strikes id has left on server (refills within a test are negligible).
func strikesOf(server *Host, id host.Host) float64 {
	server.guard.mu.Lock()
	defer server.guard.mu.Unlock()
	p, ok := server.guard.peers.get(id.ID())
	if !ok {
		return float64(server.cfg.Limits.Strikes)
	}
	return p.strikes.Tokens()
}

// openRaw opens an echoProto stream from raw to server with a deadline that only stops a broken test.
func openRaw(t *testing.T, raw host.Host, server *Host) network.Stream {
	t.Helper()
	s, err := raw.NewStream(testCtx(t), server.ID(), echoProto)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Reset() })
	_ = s.SetDeadline(time.Now().Add(10 * time.Second))
	return s
}

func TestZeroBytesResetAfterFirstEmptyFrame(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, withLogs(logs))
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	raw := secpRawPeer(t, server)
	s := openRaw(t, raw, server)
	go func() { _, _ = s.Write(make([]byte, 1<<20)) }() // stops when the stream is reset
	if _, err := io.ReadAll(s); !errors.Is(err, network.ErrReset) {
		t.Fatalf("read %v, want the server's reset", err)
	}
	if calls.Load() != 0 {
		t.Fatalf("the handler ran %d times for empty frames", calls.Load())
	}
	if left := strikesOf(server, raw); left < DefaultStrikes-1.01 || left > DefaultStrikes-0.99 {
		t.Fatalf("%.2f strikes left, want %d: one empty frame read, then the reset", left, DefaultStrikes-1)
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 || !warnedAbout(logs.String(), raw.ID().String(), "empty request frame") {
		t.Fatalf("%d warnings, want one about the empty frame:\n%s", n, logs)
	}
	checkStillServes(t, server)
}

// malformedEcho echoes requests, except that it calls a request starting with "bad" malformed.
func malformedEcho(calls *atomic.Int32) Handler {
	return func(_ context.Context, _ common.Address, req []byte) ([]byte, error) {
		calls.Add(1)
		if bytes.HasPrefix(req, []byte("bad")) {
			return nil, fmt.Errorf("%w: %q", ErrMalformed, req)
		}
		return req, nil
	}
}

func TestMalformedVerdictEndsStream(t *testing.T) {
	server := newTestHost(t, nil)
	var calls atomic.Int32
	server.Handle(echoProto, malformedEcho(&calls))
	raw := secpRawPeer(t, server)
	s := openRaw(t, raw, server)
	var both bytes.Buffer // a malformed request and a good one, sent at once
	_ = WriteFrame(&both, []byte("bad one"), MaxFrameSize)
	_ = WriteFrame(&both, []byte("good one"), MaxFrameSize)
	if _, err := s.Write(both.Bytes()); err != nil {
		t.Fatal(err)
	}
	resp, err := ReadFrame(s, MaxFrameSize)
	if err != nil || resp[0] != statusError || !strings.Contains(string(resp), ErrMalformed.Error()) {
		t.Fatalf("answer %q, %v: want the handler's error", resp, err)
	}
	if rest, err := io.ReadAll(s); len(rest) != 0 || err != nil {
		t.Fatalf("after the malformed request: %q, %v; want the stream's end", rest, err)
	}
	if calls.Load() != 1 {
		t.Fatalf("the handler ran %d times, want once: the request after the malformed one is not read", calls.Load())
	}
	if left := strikesOf(server, raw); left > DefaultStrikes-0.99 {
		t.Fatal("no strike for the malformed request")
	}
}

func TestMalformedVerdictRequesterDoesNotReuseStream(t *testing.T) {
	server := newTestHost(t, nil)
	var calls atomic.Int32
	server.Handle(echoProto, malformedEcho(&calls))
	client := connected(t, server)
	_, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("bad"))
	if !errors.As(err, new(*RemoteError)) {
		t.Fatalf("error %v, want a RemoteError", err)
	}
	if n := client.pool.size(server.ID(), echoProto); n != 0 {
		t.Fatal("the ended stream was kept for reuse")
	}
	if resp, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("fine")); err != nil || string(resp) != "fine" {
		t.Fatalf("next request: %q, %v", resp, err)
	}
}

func TestRateLimitResetsFastPeerOnly(t *testing.T) {
	server := newTestHost(t, func(c *Config) {
		c.Limits = Limits{MessageRate: 50, ByteRate: 64 << 10, Strikes: 1000}
		c.MaxFrameSize = 16 << 10
	})
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	fast, bulky, honest := connected(t, server), connected(t, server), connected(t, server)
	if n := requestsUntilFailure(t, fast, server, 300, []byte("x")); n >= 300 || n < 100 {
		t.Fatalf("a peer sending 300 requests at once had %d served, want its burst of 100", n)
	}
	if n := requestsUntilFailure(t, bulky, server, 20, make([]byte, 16<<10-1)); n >= 20 || n < 8 {
		t.Fatalf("a peer sending 20 x 16 KiB at once had %d served, want its burst of 128 KiB", n)
	}
	for i := range 40 { // 40/s, under the limit, for a second
		if _, err := honest.Request(testCtx(t), server.ID(), echoProto, []byte("x")); err != nil {
			t.Fatalf("honest request %d: %v", i, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// TestOwnRateServesAFastStreamer: a protocol served with its own message rate (a thread's payments)
// serves a peer far past the shared rate, which still applies to the peer's other requests.
func TestOwnRateServesAFastStreamer(t *testing.T) {
	server := newTestHost(t, func(c *Config) {
		c.Limits = Limits{MessageRate: 50, Strikes: 1000}
	})
	streamProto := ProtocolID("stream-test", "1.0.0")
	server.Handle(echoProto, echo)
	server.Handle(streamProto, echo, OwnRate(1000))
	client := connected(t, server)
	for i := range 1000 { // ten times the shared burst, at once
		if _, err := client.Request(testCtx(t), server.ID(), streamProto, []byte("x")); err != nil {
			t.Fatalf("own-rate request %d: %v", i, err)
		}
	}
	if n := requestsUntilFailure(t, client, server, 300, []byte("x")); n >= 300 || n < 100 {
		t.Fatalf("the same peer's 300 requests on a shared-rate protocol had %d served, want its burst of 100", n)
	}
}

// requestsUntilFailure sends up to n requests from client as fast as it can and returns how many
// succeeded before the first failure.
func requestsUntilFailure(t *testing.T, client, server *Host, n int, req []byte) int {
	t.Helper()
	for i := range n {
		if _, err := client.Request(testCtx(t), server.ID(), echoProto, req); err != nil {
			if errors.As(err, new(*RemoteError)) {
				t.Fatalf("request %d: %v, want a reset", i, err)
			}
			return i
		}
	}
	return n
}

func TestMisbehavingPeerIsBannedAndRefused(t *testing.T) {
	logs := &logBuffer{}
	const ban = 2 * time.Second
	server := newTestHost(t, func(c *Config) { c.Limits = Limits{Strikes: 2, Ban: ban}; withLogs(logs)(c) })
	server.Handle(echoProto, echo)
	raw := secpRawPeer(t, server)
	before := time.Now() // the ban starts after this: until before+ban, it is on
	for range 3 {        // the third strike bans
		_, _ = sendRaw(t, raw, server, []byte{0}, false)
	}
	waitFor(t, "the server to drop the banned peer", func() bool { return !server.Connected(raw.ID()) })
	after := time.Now() // the ban started before this: from after+ban, it is over
	if !warnedAbout(logs.String(), raw.ID().String(), "banned_for=2s") {
		t.Fatalf("no warning of the ban in:\n%s", logs)
	}
	checkStillServes(t, server) // another peer is served meanwhile
	for time.Since(before) < ban-500*time.Millisecond {
		if err := reconnect(t, raw, server); err == nil && time.Since(before) < ban {
			t.Fatalf("the banned peer reconnected %s after its ban started", time.Since(before))
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Until(after.Add(ban + 100*time.Millisecond)))
	if err := reconnect(t, raw, server); err != nil {
		t.Fatalf("after the ban: %v", err)
	}
	if _, err := sendRaw(t, raw, server, []byte{1, 'x'}, true); err != nil {
		t.Fatalf("after the ban, a good request: %v", err)
	}
}

// reconnect dials server from raw, clearing raw's dial backoff (libp2p would otherwise not try again).
func reconnect(t *testing.T, raw host.Host, server *Host) error {
	t.Helper()
	raw.Network().(*swarm.Swarm).Backoff().Clear(server.ID())
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := raw.Connect(ctx, server.AddrInfo()); err != nil {
		return err
	}
	// The dialer may see its side of a connection the server refused before it learns of the refusal.
	time.Sleep(50 * time.Millisecond)
	if raw.Network().Connectedness(server.ID()) != network.Connected {
		return errors.New("connection closed by the server")
	}
	return nil
}

func TestPeerWarningsAreSpaced(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, func(c *Config) { c.Limits.Strikes = 1000; withLogs(logs)(c) })
	server.Handle(echoProto, echo)
	raw := secpRawPeer(t, server)
	for range 30 {
		_, _ = sendRaw(t, raw, server, []byte{0}, false)
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 {
		t.Fatalf("%d warnings for 30 bad streams within a minute, want 1:\n%s", n, logs)
	}
}

func TestPoolForgetsDisconnectedPeer(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo)
	client := connected(t, server)
	if _, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if client.pool.size(server.ID(), echoProto) != 1 {
		t.Fatal("no idle stream after a request")
	}
	_ = client.h.Network().ClosePeer(server.ID())
	waitFor(t, "the pool to forget the peer", func() bool {
		client.pool.mu.Lock()
		defer client.pool.mu.Unlock()
		return len(client.pool.idle) == 0
	})
}
