package metrics

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"spoke/node"
	"spoke/state"
	"spoke/state/sqlitestore"
)

func TestReason(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("%w: %q", node.ErrRejected, "lock 1: node: unknown recipient: 0xabc has no channel with this hub"), ReasonUnknownRecipient},
		{fmt.Errorf("%w: %q", node.ErrRejected, "node: recipient needs collateral: 0xabc (hub can spend 0 wei)"), ReasonNeedsCollateral},
		{fmt.Errorf("%w: %q", node.ErrRejected, "something new"), ReasonRejected},
		{&node.PaymentError{Why: "lock expired"}, ReasonExpired},
		{&node.PaymentError{Why: "lock cancelled by its receiver", Failure: node.Failure{Node: common.Address{1}, Reason: "node: 0xabc is offline: " + node.ErrUnreachable.Error()}}, ReasonUnreachable},
		{&node.PaymentError{Why: "lock cancelled by its receiver"}, ReasonCancelled},
		{fmt.Errorf("pay: %w", context.DeadlineExceeded), ReasonTimeout},
		{node.ErrStopped, ReasonStopped},
		{fmt.Errorf("%w: peer gone", node.ErrSend), ReasonSend},
		{errors.New("a peer's free text \x00 with \"quotes\""), ReasonOther},
	} {
		if got := Reason(c.err); got != c.want {
			t.Errorf("Reason(%v) = %q, want %q", c.err, got, c.want)
		}
	}
	if got := ReasonText("0x01: lock expired"); got != ReasonExpired {
		t.Errorf("ReasonText of an expired forward = %q", got)
	}
}

// TestTimedStore: the engine's store, through Metrics.Engine, times each Commit and counts the failed
// ones, and reads and Close go to the wrapped store.
func TestTimedStore(t *testing.T) {
	st, err := sqlitestore.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	m := New(nil)
	cfg := node.Config{Store: st}
	m.Engine(&cfg)
	if cfg.Monitor == nil {
		t.Fatal("Engine set no Monitor")
	}
	ctx := context.Background()
	if err := cfg.Store.Commit(ctx, state.Batch{Meta: map[string][]byte{"k": []byte("v")}}); err != nil {
		t.Fatal(err)
	}
	if v, err := cfg.Store.Meta(ctx, "k"); err != nil || string(v) != "v" {
		t.Fatalf("Meta through the wrapper: %q, %v", v, err)
	}
	if n := testutil.CollectAndCount(m.storeSeconds); n != 1 {
		t.Fatalf("%d store series after one commit, want 1", n)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := cfg.Store.Commit(cancelled, state.Batch{Meta: map[string][]byte{"k": []byte("w")}}); err == nil {
		t.Fatal("a commit with a cancelled context succeeded")
	}
	if err := cfg.Store.Close(); err != nil {
		t.Fatal(err)
	}
	if v := testutil.ToFloat64(m.storeErrors.WithLabelValues("commit")); v != 1 {
		t.Errorf("store_write_errors_total{method=commit} = %v, want 1", v)
	}
}

// TestConfirmationWait: a transaction's progress events, from sent to its last confirmation, make one
// observation of their op; other ops are "other", and events without a transaction nothing.
func TestConfirmationWait(t *testing.T) {
	m := New(nil)
	waits := map[common.Hash]time.Time{}
	t0 := time.Unix(1000, 0)
	tx := common.Hash{1}
	m.confirmation(waits, node.Event{Kind: node.EventProgress, Op: "deposit", Stage: "waiting"}, t0)
	m.confirmation(waits, node.Event{Kind: node.EventProgress, Op: "deposit", TxHash: tx, Needed: 2}, t0)
	m.confirmation(waits, node.Event{Kind: node.EventProgress, Op: "deposit", TxHash: tx, Confirmations: 1, Needed: 2}, t0.Add(time.Second))
	m.confirmation(waits, node.Event{Kind: node.EventProgress, Op: "deposit", TxHash: tx, Confirmations: 2, Needed: 2}, t0.Add(3*time.Second))
	m.confirmation(waits, node.Event{Kind: node.EventProgress, Op: "something", TxHash: common.Hash{2}, Confirmations: 1, Needed: 1}, t0)
	if len(waits) != 0 {
		t.Errorf("%d waits left", len(waits))
	}
	for _, c := range []struct {
		op         string
		count, sum float64
	}{{"deposit", 1, 3}, {"other", 1, 0}} {
		count, sum := histogram(t, m, "spoke_chain_confirmation_wait_seconds", c.op)
		if count != c.count || sum != c.sum {
			t.Errorf("op %s: %v observations summing to %vs, want %v and %vs", c.op, count, sum, c.count, c.sum)
		}
	}
}

// histogram returns the sample count and sum of the histogram name whose one label has value label.
func histogram(t *testing.T, m *Metrics, name, label string) (count, sum float64) {
	t.Helper()
	fams, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		for _, s := range f.GetMetric() {
			if f.GetName() == name && s.GetLabel()[0].GetValue() == label {
				return float64(s.GetHistogram().GetSampleCount()), s.GetHistogram().GetSampleSum()
			}
		}
	}
	return 0, 0
}

func TestBackupLag(t *testing.T) {
	now := time.Unix(10_000, 0)
	saved := time.Unix(9_990, 0)
	from := time.Unix(9_000, 0)
	for _, c := range []struct {
		name   string
		saved  time.Time
		change int64
		want   float64
	}{
		{"no change seen", saved, 0, 0},
		{"backed up since the change", saved, time.Unix(9_980, 0).UnixNano(), 0},
		{"changed since the backup", saved, time.Unix(9_995, 0).UnixNano(), 10},
		{"no backup yet", time.Time{}, time.Unix(9_995, 0).UnixNano(), 1000},
	} {
		if got := backupLag(c.saved, c.change, from, now); got != c.want {
			t.Errorf("%s: lag %v, want %v", c.name, got, c.want)
		}
	}
}
