package node

import (
	"bytes"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestPeerWarningsAreSpaced: a peer's repeated warnings make one line per message a minute, whoever else
// is warned about, and the table of peers stays bounded.
func TestPeerWarningsAreSpaced(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	var w peerWarnings
	a, b := common.Address{1}, common.Address{2}
	for range 100 {
		w.warn(log, a, "node: proposal refused", "nonce", 1)
		w.warn(log, a, "node: pushed state refused")
		w.warn(log, b, "node: proposal refused", "nonce", 1)
	}
	if lines := strings.Count(buf.String(), "\n"); lines != 3 {
		t.Fatalf("%d lines for 300 warnings of 3 kinds, want 3:\n%s", lines, buf.String())
	}
	for i := range 2 * maxWarnPeers {
		w.warn(log, common.BigToAddress(big.NewInt(int64(i+10))), "x")
	}
	if len(w.last) > maxWarnPeers {
		t.Fatalf("%d entries, at most %d", len(w.last), maxWarnPeers)
	}
}
