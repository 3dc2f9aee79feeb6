package p2p

import (
	"errors"
	"strings"
	"testing"
	"time"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

func TestNewRejectsBadConfig(t *testing.T) {
	key, err := ethcrypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]Config{
		"no key":           {},
		"negative frame":   {Key: key, MaxFrameSize: -1},
		"negative timeout": {Key: key, StreamTimeout: -time.Second},
		"bad address":      {Key: key, ListenAddrs: []string{"127.0.0.1:4001"}},
	}
	for name, cfg := range cases {
		if h, err := New(cfg); !errors.Is(err, ErrBadConfig) {
			if h != nil {
				_ = h.Close()
			}
			t.Errorf("%s: New error %v, want ErrBadConfig", name, err)
		}
	}
}

func TestNewDefaultsAndIdentity(t *testing.T) {
	h := newTestHost(t, nil)
	if h.cfg.MaxFrameSize != MaxFrameSize || h.cfg.StreamTimeout != DefaultStreamTimeout {
		t.Fatalf("defaults: MaxFrameSize %d, StreamTimeout %s", h.cfg.MaxFrameSize, h.cfg.StreamTimeout)
	}
	if want := ethcrypto.PubkeyToAddress(h.cfg.Key.PublicKey); h.Address() != want {
		t.Fatalf("Address %s, want %s", h.Address(), want)
	}
	if id, err := PeerID(h.cfg.Key); err != nil || id != h.ID() {
		t.Fatalf("ID %s, PeerID %s (%v)", h.ID(), id, err)
	}
	addrs := h.Addrs()
	if len(addrs) == 0 || !strings.HasPrefix(addrs[0].String(), "/ip4/127.0.0.1/tcp/") {
		t.Fatalf("Addrs %v, want a loopback TCP address", addrs)
	}
}
