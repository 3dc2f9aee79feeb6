package p2p

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestRequestRoundTrip(t *testing.T) {
	server := newTestHost(t, nil)
	var from atomic.Value
	server.Handle(echoProto, func(_ context.Context, addr common.Address, req []byte) ([]byte, error) {
		from.Store(addr)
		return append([]byte("re: "), req...), nil
	})
	client := connected(t, server)
	resp, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("hello"))
	if err != nil {
		t.Fatal(err)
	}
	if string(resp) != "re: hello" {
		t.Fatalf("response %q", resp)
	}
	if got := from.Load(); got != client.Address() {
		t.Fatalf("handler saw sender %v, want %s", got, client.Address())
	}
}

func TestHandlerErrorIsRemoteError(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, func(context.Context, common.Address, []byte) ([]byte, error) {
		return nil, errors.New("insufficient collateral")
	})
	client := connected(t, server)
	_, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("pay"))
	var remote *RemoteError
	if !errors.As(err, &remote) {
		t.Fatalf("error %v (%T), want *RemoteError", err, err)
	}
	if remote.Message != "insufficient collateral" || remote.Peer != server.ID() || remote.Protocol != echoProto {
		t.Fatalf("RemoteError %+v", remote)
	}
}

func TestOversizedResponseIsRemoteError(t *testing.T) {
	server := newTestHost(t, func(c *Config) { c.MaxFrameSize = 64 })
	server.Handle(echoProto, func(context.Context, common.Address, []byte) ([]byte, error) {
		return make([]byte, 64), nil // 64 + the status byte does not fit
	})
	client := connected(t, server)
	_, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("x"))
	var remote *RemoteError
	if !errors.As(err, &remote) || remote.Message != errResponseTooLarge.Error() {
		t.Fatalf("error %v, want a RemoteError %q", err, errResponseTooLarge)
	}
}

func TestOversizedRequestRefusedByClient(t *testing.T) {
	server := newTestHost(t, nil)
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	client := connected(t, server)
	_, err := client.Request(testCtx(t), server.ID(), echoProto, make([]byte, MaxFrameSize+1))
	if !errors.Is(err, ErrFrameTooLarge) {
		t.Fatalf("error %v, want ErrFrameTooLarge", err)
	}
	if calls.Load() != 0 {
		t.Fatal("handler ran for an oversized request")
	}
}

func TestOversizedRequestRejectedByServer(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, func(c *Config) { c.MaxFrameSize = 1024; withLogs(logs)(c) })
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	client := connected(t, server) // its own cap is the default 1 MiB
	if _, err := client.Request(testCtx(t), server.ID(), echoProto, make([]byte, 4096)); err == nil {
		t.Fatal("a request over the server's cap succeeded")
	}
	if calls.Load() != 0 {
		t.Fatal("handler ran for an oversized request")
	}
	waitFor(t, "a warning naming the client", func() bool {
		return warnedAbout(logs.String(), client.ID().String(), "frame too large")
	})
	if resp, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("small")); err != nil || string(resp) != "small" {
		t.Fatalf("after an oversized request: %q, %v", resp, err)
	}
}

// countCalls is an echo handler that counts its calls.
func countCalls(calls *atomic.Int32) Handler {
	return func(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
		calls.Add(1)
		return echo(ctx, from, req)
	}
}

func TestUnreachablePeer(t *testing.T) {
	client := newTestHost(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	nowhere, err := PeerID(newTestHost(t, nil).cfg.Key) // a real id, never connected, no known address
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Request(ctx, nowhere, echoProto, []byte("x")); err == nil {
		t.Fatal("request to a peer with no known address succeeded")
	}

	gone := newTestHost(t, nil)
	info := gone.AddrInfo()
	_ = gone.Close()
	if err := client.Connect(ctx, info); err == nil {
		t.Fatal("Connect to a closed host succeeded")
	}
	if _, err := client.Request(ctx, info.ID, echoProto, []byte("x")); err == nil {
		t.Fatal("request to a closed host succeeded")
	}
	if ctx.Err() != nil {
		t.Fatal("unreachable peers took the whole context to fail")
	}
}

func TestRequestHonoursContextDeadline(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, func(ctx context.Context, _ common.Address, _ []byte) ([]byte, error) {
		select {
		case <-ctx.Done(): // the server's own stream timeout, 10 s
		case <-time.After(5 * time.Second):
		}
		return []byte("late"), nil
	})
	client := connected(t, server)
	const deadline = 300 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	_, err := client.Request(ctx, server.ID(), echoProto, []byte("x"))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want context.DeadlineExceeded", err)
	}
	if took := time.Since(start); took > deadline+500*time.Millisecond {
		t.Fatalf("request returned %s after a %s deadline", took, deadline)
	}
}

func TestRequestHonoursCancel(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, func(ctx context.Context, _ common.Address, _ []byte) ([]byte, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	})
	client := connected(t, server)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	if _, err := client.Request(ctx, server.ID(), echoProto, []byte("x")); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("cancelled request returned after %s", took)
	}
}

func TestServerStreamTimeout(t *testing.T) {
	server := newTestHost(t, func(c *Config) { c.StreamTimeout = 200 * time.Millisecond })
	var sawDeadline atomic.Bool
	server.Handle(echoProto, func(ctx context.Context, _ common.Address, _ []byte) ([]byte, error) {
		<-ctx.Done()
		sawDeadline.Store(errors.Is(ctx.Err(), context.DeadlineExceeded))
		time.Sleep(100 * time.Millisecond) // a handler that overruns its context
		return []byte("too late"), nil
	})
	client := connected(t, server)
	if _, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("x")); err == nil {
		t.Fatal("a response written after the server's stream deadline arrived")
	}
	waitFor(t, "the handler's context to end at the deadline", sawDeadline.Load)
}

func TestHandlerPanicDoesNotCrashHost(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, withLogs(logs))
	server.Handle(echoProto, func(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
		if string(req) == "panic" {
			panic("handler bug")
		}
		return echo(ctx, from, req)
	})
	client := connected(t, server)
	_, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("panic"))
	if err == nil || errors.As(err, new(*RemoteError)) {
		t.Fatalf("error %v, want a reset stream", err)
	}
	waitFor(t, "the panic in the log", func() bool { return bytes.Contains([]byte(logs.String()), []byte("handler bug")) })
	if resp, err := client.Request(testCtx(t), server.ID(), echoProto, []byte("ok")); err != nil || string(resp) != "ok" {
		t.Fatalf("after a panic: %q, %v", resp, err)
	}
}

func TestRequestToUnservedProtocolFails(t *testing.T) {
	server := newTestHost(t, nil)
	client := connected(t, server)
	if _, err := client.Request(testCtx(t), server.ID(), ProtocolID("missing", "1.0.0"), []byte("x")); err == nil {
		t.Fatal("request on a protocol the peer does not serve succeeded")
	}
}

func TestConnectionReuse(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo)
	client := connected(t, server)
	for i := range 100 {
		req := []byte(fmt.Sprint(i))
		resp, err := client.Request(testCtx(t), server.ID(), echoProto, req)
		if err != nil || !bytes.Equal(resp, req) {
			t.Fatalf("request %d: %q, %v", i, resp, err)
		}
	}
	if n := len(client.h.Network().ConnsToPeer(server.ID())); n != 1 {
		t.Fatalf("client has %d connections to the server, want 1", n)
	}
	if n := len(server.h.Network().ConnsToPeer(client.ID())); n != 1 {
		t.Fatalf("server has %d connections to the client, want 1", n)
	}
}

func TestConcurrentRequests(t *testing.T) {
	server := newTestHost(t, nil)
	server.Handle(echoProto, echo)
	client := connected(t, server)
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 32 {
		wg.Go(func() { errs <- requestMany(testCtx(t), client, server.ID(), 10) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// requestMany sends n random requests and checks each echo.
func requestMany(ctx context.Context, client *Host, to peer.ID, n int) error {
	for range n {
		req := make([]byte, 64)
		_, _ = rand.Read(req)
		resp, err := client.Request(ctx, to, echoProto, req)
		if err != nil {
			return err
		}
		if !bytes.Equal(resp, req) {
			return fmt.Errorf("echo mismatch")
		}
	}
	return nil
}
