package p2p

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"sync/atomic"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
)

// newRawPeer starts a plain libp2p host (no spoke framing) with the given identity, connected to server.
func newRawPeer(t *testing.T, priv crypto.PrivKey, server *Host) host.Host {
	t.Helper()
	raw, err := libp2p.New(libp2p.Identity(priv), libp2p.ListenAddrStrings(DefaultListenAddr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = raw.Close() })
	if err := raw.Connect(testCtx(t), server.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return raw
}

// secpRawPeer is a raw peer whose id does prove an Ethereum address, so its frames reach the framing code.
func secpRawPeer(t *testing.T, server *Host) host.Host {
	t.Helper()
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	priv, err := PrivKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return newRawPeer(t, priv, server)
}

// sendRaw opens an echoProto stream from raw, writes data (closing the write side if closeWrite), and
// returns how long the server took to react and the read error (nil if it answered).
func sendRaw(t *testing.T, raw host.Host, server *Host, data []byte, closeWrite bool) (time.Duration, error) {
	t.Helper()
	s, err := raw.NewStream(testCtx(t), server.ID(), echoProto)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Reset()
	_ = s.SetDeadline(time.Now().Add(10 * time.Second)) // only so a broken server fails the test, not hangs it
	start := time.Now()
	if _, err := s.Write(data); err != nil {
		return time.Since(start), err
	}
	if closeWrite {
		_ = s.CloseWrite()
	}
	_, err = io.ReadAll(s)
	return time.Since(start), err
}

func TestRawPeerBadFrames(t *testing.T) {
	logs := &logBuffer{}
	const timeout = 500 * time.Millisecond
	server := newTestHost(t, func(c *Config) {
		c.StreamTimeout, c.Limits.LogEvery = timeout, time.Nanosecond // every warning logged
		withLogs(logs)(c)
	})
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	raw := secpRawPeer(t, server)
	garbage := make([]byte, 64)
	_, _ = rand.Read(garbage)
	garbage[0] = 0xff // a multi-byte length, then noise
	cases := []struct {
		name       string
		data       []byte
		closeWrite bool
		warning    string // expected in the server's warning
	}{
		{"nothing", nil, true, "EOF"},
		{"overlong varint", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, true, "malformed frame length"},
		{"huge declared length", binary.AppendUvarint(nil, 1<<40), false, "frame too large"},
		{"just over the cap", binary.AppendUvarint(nil, MaxFrameSize+1), false, "frame too large"},
		{"random garbage", garbage, true, "rejected request frame"},
		{"truncated payload", append(binary.AppendUvarint(nil, 100), "only a few bytes"...), true, "truncated frame"},
		{"stalled mid-frame", append(binary.AppendUvarint(nil, 100), "and then silence"...), false, "deadline"},
	}
	for _, c := range cases {
		before := len(logs.String())
		took, err := sendRaw(t, raw, server, c.data, c.closeWrite)
		if err == nil {
			t.Errorf("%s: the server answered instead of resetting the stream", c.name)
		}
		if took > timeout+2*time.Second {
			t.Errorf("%s: the server took %s to give up", c.name, took)
		}
		// The server logs before it resets, so the warning is there once the reset arrived.
		if !warnedAbout(logs.String()[before:], raw.ID().String(), c.warning) {
			t.Errorf("%s: no warning naming the peer and %q in:\n%s", c.name, c.warning, logs.String()[before:])
		}
	}
	if calls.Load() != 0 {
		t.Fatalf("the handler ran %d times for bad frames", calls.Load())
	}
	checkStillServes(t, server)
}

func TestStalledPeerDoesNotBlockOthers(t *testing.T) {
	server := newTestHost(t, func(c *Config) { c.StreamTimeout = 2 * time.Second })
	server.Handle(echoProto, echo)
	raw := secpRawPeer(t, server)
	stalled := make(chan error, 1)
	go func() {
		_, err := sendRaw(t, raw, server, []byte{50, 'x'}, false)
		stalled <- err
	}()
	time.Sleep(100 * time.Millisecond) // let the stalled stream reach the handler's ReadFrame
	start := time.Now()
	checkStillServes(t, server)
	if took := time.Since(start); took > time.Second {
		t.Fatalf("a stalled stream held up another request for %s", took)
	}
	if err := <-stalled; err == nil {
		t.Fatal("the stalled stream got an answer")
	}
}

func TestRejectsNonSecp256k1Peer(t *testing.T) {
	logs := &logBuffer{}
	server := newTestHost(t, withLogs(logs))
	var calls atomic.Int32
	server.Handle(echoProto, countCalls(&calls))
	priv, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	raw := newRawPeer(t, priv, server)
	var frame []byte
	frame = binary.AppendUvarint(frame, 2)
	// The server resets the stream, during the protocol negotiation or after it (which one depends on
	// timing; 1 CI run failed on the first): either way the peer gets no answer.
	if s, err := raw.NewStream(testCtx(t), server.ID(), echoProto); err == nil {
		_ = s.SetDeadline(time.Now().Add(10 * time.Second))
		_, werr := s.Write(append(frame, "hi"...))
		_ = s.CloseWrite()
		resp, rerr := io.ReadAll(s)
		s.Reset()
		if werr == nil && rerr == nil {
			t.Fatalf("a peer without an Ethereum address got an answer: %q", resp)
		}
	}
	if calls.Load() != 0 {
		t.Fatal("the handler ran for a peer without an Ethereum address")
	}
	if !warnedAbout(logs.String(), raw.ID().String(), "not secp256k1") {
		t.Fatalf("no warning naming the ed25519 peer in:\n%s", logs)
	}
	if _, err := server.Request(testCtx(t), raw.ID(), echoProto, []byte("x")); err == nil {
		t.Fatal("Request to an ed25519 peer succeeded")
	}
}

// checkStillServes sends a normal request from a fresh spoke host and expects its echo.
func checkStillServes(t *testing.T, server *Host) {
	t.Helper()
	client := connected(t, server)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if resp, err := client.Request(ctx, server.ID(), echoProto, []byte("still there?")); err != nil || string(resp) != "still there?" {
		t.Fatalf("server no longer serves: %q, %v", resp, err)
	}
}

func TestRawServerBadResponses(t *testing.T) {
	cases := []struct {
		name  string
		reply []byte // written after the request is read, then the stream is closed
		want  error
	}{
		{"no response", nil, ErrNoResponse},
		{"empty frame", []byte{0}, ErrBadResponse},
		{"unknown status", []byte{2, 7, 'x'}, ErrBadResponse},
		{"oversized frame", binary.AppendUvarint(nil, MaxFrameSize+1), ErrFrameTooLarge},
		{"truncated frame", []byte{10, statusOK, 'x'}, ErrTruncatedFrame},
	}
	for _, c := range cases {
		client := newTestHost(t, nil)
		raw := secpRawPeer(t, client) // connected to client; serves echoProto badly
		raw.SetStreamHandler(echoProto, func(s network.Stream) {
			_, _ = ReadFrame(s, MaxFrameSize)
			_, _ = s.Write(c.reply)
			_ = s.Close()
		})
		_, err := client.Request(testCtx(t), raw.ID(), echoProto, []byte("x"))
		if !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
		if n := client.pool.size(raw.ID(), echoProto); n != 0 {
			t.Errorf("%s: the failed stream was kept for reuse", c.name)
		}
	}
}
