package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"spoke/contracts/chain"
)

// result is what a submit call returned.
type result struct {
	r   chain.Receipt
	err error
}

// nextProgress returns the next progress report, failing the test after patience.
func nextProgress(t *testing.T, ch <-chan chain.Progress) chain.Progress {
	t.Helper()
	select {
	case p := <-ch:
		return p
	case <-time.After(patience):
		t.Fatal("no progress report")
		return chain.Progress{}
	}
}

// notYet fails the test if the call has returned within a few poll intervals (a call that must still
// be waiting; the check cannot fail because of a slow machine).
func notYet(t *testing.T, done <-chan result) {
	t.Helper()
	select {
	case res := <-done:
		t.Fatalf("returned early: %+v", res)
	case <-time.After(20 * poll):
	}
}

// TestConfirmationsAndProgress: with Confirmations 3 on a chain mined on demand, a deposit returns only
// once two blocks are on top of the one including it, and its progress reports the confirmations one by
// one.
func TestConfirmationsAndProgress(t *testing.T) {
	e := newEnv(t)
	a := newAdapter(t, e, e.Alice, 3)
	progress, done := make(chan chain.Progress, 16), make(chan result, 1)
	go func() {
		r, err := a.Deposit(testCtx(t), e.Hub.Addr, e.Alice.Addr, ether(1), nil,
			chain.WithProgress(func(p chain.Progress) { progress <- p }))
		done <- result{r, err}
	}()
	p := nextProgress(t, progress)
	if p.Mined || p.Confirmations != 0 || p.Needed != 3 {
		t.Fatalf("first report %+v, want sent and not mined", p)
	}
	var block uint64
	for want := uint64(1); want <= 3; want++ {
		e.Chain.Commit()
		if want == 1 {
			block = head(t, e.Client)
		}
		if got := nextProgress(t, progress); !got.Mined || got.Confirmations != want || got.TxHash != p.TxHash {
			t.Fatalf("report %+v, want %d confirmations of %s", got, want, p.TxHash)
		}
		if want < 3 {
			notYet(t, done)
		}
	}
	res := <-done
	must(t, res.err)
	if res.r.Block != block || res.r.TxHash != p.TxHash {
		t.Fatalf("receipt %+v, want block %d", res.r, block)
	}
	if len(progress) != 0 {
		t.Fatalf("%d more reports after the last confirmation", len(progress))
	}
}

func head(t *testing.T, c chain.Client) uint64 {
	t.Helper()
	h, err := c.HeaderByNumber(context.Background(), nil)
	must(t, err)
	return h.Number.Uint64()
}

// TestCancelStopsWait: cancelling the context ends the wait promptly with a *WaitError naming the
// transaction; Wait resumes the wait and returns once it is mined.
func TestCancelStopsWait(t *testing.T) {
	e := newEnv(t)
	a := newAdapter(t, e, e.Alice, 1)
	ctx, cancel := context.WithCancel(testCtx(t))
	progress, done := make(chan chain.Progress, 16), make(chan result, 1)
	go func() {
		r, err := a.Deposit(ctx, e.Hub.Addr, e.Alice.Addr, ether(1), big.NewInt(0),
			chain.WithProgress(func(p chain.Progress) { progress <- p }))
		done <- result{r, err}
	}()
	sent := nextProgress(t, progress)
	cancel()
	var res result
	select {
	case res = <-done:
	case <-time.After(patience):
		t.Fatal("the wait did not stop on cancel")
	}
	var we *chain.WaitError
	if !errors.As(res.err, &we) || we.TxHash != sent.TxHash || !errors.Is(res.err, context.Canceled) {
		t.Fatalf("error %v, want a WaitError for %s wrapping context.Canceled", res.err, sent.TxHash)
	}
	e.Chain.Commit()
	r, err := a.Wait(testCtx(t), we.TxHash)
	must(t, err)
	if r.TxHash != sent.TxHash || r.Block == 0 {
		t.Fatalf("resumed wait returned %+v", r)
	}
}
