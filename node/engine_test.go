package node

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// credit makes the user credit its whole wei deposit.
func credit(t *testing.T, p pair) {
	t.Helper()
	if _, err := p.user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}); err != nil {
		t.Fatalf("credit: %v", err)
	}
}

// payConcurrently makes n transfers of 1..n wei at once and returns their sum.
func payConcurrently(t *testing.T, p pair, n int) uint64 {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 1; i <= n; i++ {
		wg.Go(func() {
			if _, err := p.user.eng.Update(testCtx(t), hubAddr, wei(uint64(i))); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent transfer: %v", err)
	}
	return uint64(n * (n + 1) / 2)
}

// paySequentially makes n transfers of amount wei one after the other, checking each returned state.
func paySequentially(t *testing.T, p pair, n int, amount uint64) uint64 {
	t.Helper()
	for range n {
		s, err := p.user.eng.Update(testCtx(t), hubAddr, wei(amount))
		if err != nil {
			t.Fatalf("transfer: %v", err)
		}
		if err := s.Verify(domain); err != nil {
			t.Fatalf("returned state does not verify: %v", err)
		}
	}
	return uint64(n) * amount
}

func TestPaymentsSequentialAndBatched(t *testing.T) {
	p := startPair(t, t.TempDir())
	credit(t, p)
	total := deposited[0].Uint64()
	paid := paySequentially(t, p, 20, 3)
	afterSeq := checkBalances(t, p, total-paid, paid)
	if afterSeq.State.TxCountGlobal != 21 {
		t.Fatalf("nonce %d after credit and 20 sequential transfers, want 21", afterSeq.State.TxCountGlobal)
	}
	paid += payConcurrently(t, p, 80)
	got := checkBalances(t, p, total-paid, paid)
	states := got.State.TxCountGlobal - afterSeq.State.TxCountGlobal
	if states >= 80 {
		t.Fatalf("80 concurrent transfers took %d states, want fewer (batched)", states)
	}
	t.Logf("80 concurrent transfers in %d states", states)
	hist, err := p.hub.store.History(testCtx(t), hubAddr, userAddr, 0, 0)
	if err != nil || uint64(len(hist)) != got.State.TxCountGlobal {
		t.Fatalf("hub history has %d states (err %v), want %d", len(hist), err, got.State.TxCountGlobal)
	}
}

func TestRestartResumes(t *testing.T) {
	dir := t.TempDir()
	p := startPair(t, dir)
	credit(t, p)
	paid := paySequentially(t, p, 5, 10) + payConcurrently(t, p, 10)
	before := checkBalances(t, p, 1_000_000-paid, paid)
	p.stop()

	p = startPair(t, dir)
	paid += paySequentially(t, p, 5, 10) + payConcurrently(t, p, 10)
	after := checkBalances(t, p, 1_000_000-paid, paid)
	if after.State.TxCountGlobal <= before.State.TxCountGlobal+5 {
		t.Fatalf("nonce %d after restart, was %d", after.State.TxCountGlobal, before.State.TxCountGlobal)
	}
}

func TestPayRefusedUpdateFailsOnlyItsCall(t *testing.T) {
	p := startPair(t, t.TempDir())
	credit(t, p)
	_, err := p.user.eng.Update(testCtx(t), hubAddr, wei(2_000_000))
	if !errors.Is(err, protocol.ErrInsufficientBalance) {
		t.Fatalf("overspend: %v, want ErrInsufficientBalance", err)
	}
	_, err = p.user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: *uint256.NewInt(1)})
	if !errors.Is(err, protocol.ErrCreditExceedsDeposits) {
		t.Fatalf("over-credit: %v, want ErrCreditExceedsDeposits", err)
	}
	paid := paySequentially(t, p, 1, 7)
	checkBalances(t, p, 1_000_000-paid, paid)
}

func TestPayArgumentErrors(t *testing.T) {
	p := startPair(t, t.TempDir())
	cases := []struct {
		name string
		pay  func() error
		want error
	}{
		{"no updates", func() error { _, err := p.user.eng.Update(testCtx(t), hubAddr); return err }, protocol.ErrNoUpdates},
		{"too many", func() error {
			_, err := p.user.eng.Update(testCtx(t), hubAddr, make([]protocol.Update, protocol.MaxUpdates+1)...)
			return err
		}, protocol.ErrTooManyUpdates},
		{"not my hub", func() error { _, err := p.user.eng.Update(testCtx(t), userAddr, wei(1)); return err }, ErrNotMyChannel},
		{"hub pays without balance", func() error {
			_, err := p.hub.eng.Update(testCtx(t), userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(1)})
			return err
		}, protocol.ErrInsufficientBalance},
		{"hub pays with the wrong direction", func() error { _, err := p.hub.eng.Update(testCtx(t), userAddr, wei(1)); return err }, protocol.ErrInsufficientBalance},
		{"user pays", func() error { _, err := p.user.eng.Pay(testCtx(t)); return err }, ErrBadPayment},
		{"hub makes a payment", func() error {
			_, err := p.hub.eng.Pay(testCtx(t), Payment{To: &userKey.PublicKey, Wei: *uint256.NewInt(1)})
			return err
		}, ErrNotSupported},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.pay(); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// A send that fails leaves the proposal stored and outstanding: the engine resends it until the peer
// answers, and the caller's context bounds its wait.
func TestFailedSendKeepsTheProposal(t *testing.T) {
	hubHost := newHost(t, hubKey) // serves no update protocol
	user := startNode(t, userKey, User, filepath.Join(t.TempDir(), "user.db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, hubHost.ID()
	})
	if err := user.host.Connect(testCtx(t), hubHost.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(testCtx(t), 300*time.Millisecond)
	defer cancel()
	_, err := user.eng.Update(ctx, hubAddr, protocol.Credit{Wei: *uint256.NewInt(1)})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the caller's deadline", err)
	}
	if _, err := user.store.Latest(testCtx(t), hubAddr, userAddr); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("user stored a state after a failed send: %v", err)
	}
	if p, err := user.store.Proposal(testCtx(t), hubAddr, userAddr); err != nil || p.State.TxCountGlobal != 1 {
		t.Fatalf("stored proposal: %+v, %v; want the proposal at 1", p.State, err)
	}
}

func TestStoppedEngine(t *testing.T) {
	p := startPair(t, t.TempDir())
	p.user.stop()
	if _, err := p.user.eng.Update(testCtx(t), hubAddr, wei(1)); !errors.Is(err, ErrStopped) {
		t.Fatalf("Pay after stop: %v, want ErrStopped", err)
	}
	if err := p.user.eng.Run(testCtx(t)); !errors.Is(err, ErrRunning) {
		t.Fatalf("second Run: %v, want ErrRunning", err)
	}
}

func TestNewValidatesConfig(t *testing.T) {
	dir := t.TempDir()
	host := newHost(t, userKey)
	store := openStore(t, filepath.Join(dir, "s.db"))
	t.Cleanup(func() { _ = store.Close() })
	hubPeer := newHost(t, hubKey).ID()
	cases := map[string]func(*Config){
		"no key":          func(c *Config) { c.Key = nil },
		"no store":        func(c *Config) { c.Store = nil },
		"no domain":       func(c *Config) { c.Domain = nil },
		"no host":         func(c *Config) { c.Host = nil },
		"host key":        func(c *Config) { c.Key = hubKey },
		"bad role":        func(c *Config) { c.Role = 7 },
		"no hub peer":     func(c *Config) { c.HubPeer = "" },
		"hub mismatch":    func(c *Config) { c.Hub = userAddr },
		"hub is oneself":  func(c *Config) { c.Hub, c.HubPeer = userAddr, host.ID() },
		"reveal too late": func(c *Config) { c.ConfirmTime = 300 },                      // the default RevealMargin is 300
		"reveal margin":   func(c *Config) { c.ForwardDelta, c.ConfirmTime = 200, 120 }, // RevealMargin 100
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			cfg := baseConfig(userKey, User, host, store)
			cfg.Hub, cfg.HubPeer = hubAddr, hubPeer
			edit(&cfg)
			if _, err := New(cfg); !errors.Is(err, ErrBadConfig) {
				t.Fatalf("got %v, want ErrBadConfig", err)
			}
		})
	}
}
