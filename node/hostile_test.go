package node

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"

	"spoke/p2p"
	"spoke/protocol"
)

// countingWriter counts the bytes and lines written to it and keeps the first few KiB for a failure's
// message; safe for concurrent use.
type countingWriter struct {
	mu           sync.Mutex
	bytes, lines int
	head         []byte
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.bytes += len(p)
	for _, b := range p {
		if b == '\n' {
			w.lines++
		}
	}
	if room := 8<<10 - len(w.head); room > 0 {
		w.head = append(w.head, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (w *countingWriter) counts() (bytes, lines int, head string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.bytes, w.lines, string(w.head)
}

// hostileSeconds is how long TestHostilePeerLogVolume attacks: SPOKE_HOSTILE_SECONDS, default 3.
func hostileSeconds(t *testing.T) time.Duration {
	s := os.Getenv("SPOKE_HOSTILE_SECONDS")
	if s == "" {
		return 3 * time.Second
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		t.Fatalf("SPOKE_HOSTILE_SECONDS=%q: want a positive number of seconds", s)
	}
	return time.Duration(n) * time.Second
}

// startLoggingHub starts a hub engine whose host and engine log at info into w.
func startLoggingHub(t *testing.T, w io.Writer) *p2p.Host {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(w, nil))
	h, err := p2p.New(p2p.Config{Key: hubKey, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	store := openStore(t, filepath.Join(t.TempDir(), "hub.db"))
	cfg := baseConfig(hubKey, Hub, h, store)
	cfg.Logger = logger
	eng, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done; _ = h.Close(); _ = store.Close() })
	return h
}

// attacker is a raw libp2p peer with a throwaway secp256k1 key and no channel: it writes garbage on
// UpdateProtocol and takes a new key whenever the hub refuses it.
type attacker struct {
	t    *testing.T
	hub  *p2p.Host
	raw  host.Host
	keys int   // identities used
	sent int64 // bytes it wrote (the hub reads only the first of a frame it refuses)
}

// connect gives the attacker a fresh identity connected to the hub.
func (a *attacker) connect() {
	a.t.Helper()
	if a.raw != nil {
		_ = a.raw.Close()
	}
	priv, _, err := crypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		a.t.Fatal(err)
	}
	if a.raw, err = libp2p.New(libp2p.Identity(priv), libp2p.NoListenAddrs); err != nil {
		a.t.Fatal(err)
	}
	a.keys++
	if err := a.raw.Connect(context.Background(), a.hub.AddrInfo()); err != nil {
		a.t.Fatal(err)
	}
}

// garbage returns the i-th attack: a MiB of zero bytes (a MiB of empty frames), random frames, or
// well-formed messages that are not requests.
func garbage(i int) []byte {
	switch i % 3 {
	case 0:
		return make([]byte, 1<<20)
	case 1:
		var b []byte
		for range 64 {
			payload := make([]byte, 1+i%512)
			_, _ = rand.Read(payload)
			b = append(binary.AppendUvarint(b, uint64(len(payload))), payload...)
		}
		return b
	}
	msg, _ := protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: uint64(i), Sig: make([]byte, 65)})
	var b []byte
	for range 16 {
		b = append(binary.AppendUvarint(b, uint64(len(msg))), msg...)
	}
	return b
}

// attack sends the i-th garbage on a new stream and reads until the hub ends it; false if the hub would
// not open a stream (the attacker is banned).
func (a *attacker) attack(i int) bool {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s, err := a.raw.NewStream(ctx, a.hub.ID(), UpdateProtocol)
	if err != nil {
		return false
	}
	defer s.Reset()
	_ = s.SetDeadline(time.Now().Add(2 * time.Second))
	n, _ := s.Write(garbage(i))
	a.sent += int64(n)
	_, _ = io.Copy(io.Discard, s)
	return true
}

// TestHostilePeerLogVolume: a peer with no channel sends garbage (zero bytes, random frames, messages
// that are not requests) on new streams as fast as it can, taking a new key whenever it is banned, for
// SPOKE_HOSTILE_SECONDS (default 3). The hub's log must grow by less than 10 MiB in five minutes at
// that pace. The five-minute run: SPOKE_HOSTILE_SECONDS=300 go test -run HostilePeerLogVolume -v -timeout 10m ./node/
func TestHostilePeerLogVolume(t *testing.T) {
	d := hostileSeconds(t)
	logs := &countingWriter{}
	hub := startLoggingHub(t, logs)
	before, _, _ := logs.counts()
	a := &attacker{t: t, hub: hub}
	a.connect()
	start, streams := time.Now(), 0
	for ; time.Since(start) < d; streams++ {
		if !a.attack(streams) {
			a.connect()
		}
	}
	_ = a.raw.Close()
	elapsed := time.Since(start)
	after, lines, head := logs.counts()
	logged := after - before
	perFiveMin := float64(logged) / elapsed.Seconds() * 300
	t.Logf("%s: %d streams, %d keys, %d bytes written by the attacker; log +%d bytes in %d lines (%.5f log bytes per byte); %.2f MiB per five minutes at this pace",
		elapsed.Round(time.Millisecond), streams, a.keys, a.sent, logged, lines, float64(logged)/float64(max(a.sent, 1)), perFiveMin/(1<<20))
	if testing.Verbose() {
		t.Logf("first lines:\n%s", head)
	}
	if perFiveMin >= 10<<20 {
		t.Fatalf("the log would grow %.1f MiB in five minutes; first lines:\n%s", perFiveMin/(1<<20), head)
	}
	if streams < 10 {
		t.Fatalf("only %d attacking streams: the attack did not run", streams)
	}
}
