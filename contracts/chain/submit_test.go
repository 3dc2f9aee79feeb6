package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"spoke/contracts/chain"
	"spoke/internal/chaintest"
	"spoke/state"
)

// otherChain reports a chain id that is not a dev chain's.
type otherChain struct{ chain.Client }

func (otherChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(1), nil }

func TestNewValidatesConfig(t *testing.T) {
	e := newEnv(t)
	ok := chain.Config{Client: e.Client, Manager: e.Dep.Manager}
	for _, tc := range []struct {
		name string
		edit func(c *chain.Config)
		want error
	}{
		{"no client", func(c *chain.Config) { c.Client = nil }, chain.ErrNoClient},
		{"no manager", func(c *chain.Config) { c.Manager = common.Address{} }, chain.ErrNoManager},
		{"negative poll interval", func(c *chain.Config) { c.PollInterval = -1 }, chain.ErrPollInterval},
		{"no contract", func(c *chain.Config) { c.Manager = e.Alice.Addr }, chain.ErrNotAContract},
		{"confirmations on another chain", func(c *chain.Config) { c.Client = otherChain{e.Client} }, chain.ErrConfirmations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := ok
			tc.edit(&cfg)
			if _, err := chain.New(testCtx(t), cfg); !errors.Is(err, tc.want) {
				t.Fatalf("New: %v, want %v", err, tc.want)
			}
		})
	}
	a, err := chain.New(testCtx(t), ok)
	must(t, err)
	if a.Confirmations() != 1 || a.ChainID().Int64() != 1337 || a.From() != (common.Address{}) {
		t.Fatalf("defaults: confirmations %d, chain id %s, from %s", a.Confirmations(), a.ChainID(), a.From())
	}
	if _, err := a.StartExit(testCtx(t), e.Hub.Addr, e.Alice.Addr); !errors.Is(err, chain.ErrNoKey) {
		t.Fatalf("watch-only adapter sent: %v", err)
	}
}

func TestDeposit(t *testing.T) {
	e := newEnv(t)
	autoMine(t, e)
	r, err := newAdapter(t, e, e.Alice, 1).Deposit(testCtx(t), e.Hub.Addr, e.Alice.Addr, ether(1), big.NewInt(100))
	must(t, err)
	rcpt, err := e.Client.TransactionReceipt(testCtx(t), r.TxHash)
	must(t, err)
	if rcpt.Status != types.ReceiptStatusSuccessful || rcpt.BlockNumber.Uint64() != r.Block || rcpt.GasUsed != r.GasUsed || r.GasUsed == 0 {
		t.Fatalf("receipt %+v, chain says block %d gas %d status %d", r, rcpt.BlockNumber, rcpt.GasUsed, rcpt.Status)
	}
	d, err := e.Manager.GetDirectDeposits(nil, e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	if !eq(d.WeiAmount, ether(1)) || d.TokenAmount.Int64() != 100 {
		t.Fatalf("direct deposits %+v", d)
	}
}

func TestHubDepositAndWithdraw(t *testing.T) {
	e := newEnv(t)
	autoMine(t, e)
	hub := newAdapter(t, e, e.Hub, 1)
	_, err := hub.HubDeposit(testCtx(t), ether(5), big.NewInt(1000))
	must(t, err)
	_, err = hub.HubWithdraw(testCtx(t), ether(2), big.NewInt(400))
	must(t, err)
	w, err := e.Manager.ReserveWei(nil, e.Hub.Addr)
	must(t, err)
	tk, err := e.Manager.ReserveToken(nil, e.Hub.Addr)
	must(t, err)
	if !eq(w, ether(3)) || tk.Int64() != 600 {
		t.Fatalf("reserve %s wei %s tokens, want 3 ether and 600", w, tk)
	}
}

func TestUserAuthorizedUpdate(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	autoMine(t, e)
	s := firstState(e, e.Alice)
	sigHub, _ := e.Sign(&s, e.Hub)
	_, err := newAdapter(t, e, e.Alice, 1).UserAuthorizedUpdate(testCtx(t), &s, sigHub)
	must(t, err)
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if !eq(c.WeiUser, ether(5)) || !eq(c.WeiHub, ether(3)) || c.TxCountGlobal != 1 {
		t.Fatalf("channel after userAuthorizedUpdate: %+v", c)
	}
}

func TestHubAuthorizedUpdate(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	autoMine(t, e)
	s := firstState(e, e.Alice)
	_, sigUser := e.Sign(&s, e.Alice)
	_, err := newAdapter(t, e, e.Hub, 1).HubAuthorizedUpdate(testCtx(t), &s, sigUser)
	must(t, err)
	c := e.Channel(e.Hub.Addr, e.Alice.Addr)
	if !eq(c.WeiTotal, ether(8)) || c.TxCountGlobal != 1 {
		t.Fatalf("channel after hubAuthorizedUpdate: %+v", c)
	}
}

// TestExitChallengeEmpty: Alice exits with the on-chain state, the hub challenges with the newer
// double-signed one, and after the challenge period anyone (Bob) empties the channel.
func TestExitChallengeEmpty(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	s2 := payment(openChannel(t, e, e.Alice))
	autoMine(t, e)
	ctx := testCtx(t)
	_, err := newAdapter(t, e, e.Alice, 1).StartExit(ctx, e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	sigHub, sigUser := e.Sign(&s2, e.Hub, e.Alice)
	_, err = newAdapter(t, e, e.Hub, 1).Challenge(ctx, &s2, sigHub, sigUser)
	must(t, err)
	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); c.TxCountGlobal != 2 || c.Status != 1 {
		t.Fatalf("after challenge: %+v", c)
	}
	must(t, e.Advance(chaintest.ChallengePeriod))
	before := e.WeiBalance(e.Alice.Addr)
	_, err = newAdapter(t, e, e.Bob, 1).EmptyChannel(ctx, e.Hub.Addr, e.Alice.Addr)
	must(t, err)
	if got := new(big.Int).Sub(e.WeiBalance(e.Alice.Addr), before); !eq(got, ether(4)) {
		t.Fatalf("alice received %s wei, want 4 ether", got)
	}
}

func TestStartExitWithUpdate(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	s2 := payment(openChannel(t, e, e.Alice))
	autoMine(t, e)
	sigHub, sigUser := e.Sign(&s2, e.Hub, e.Alice)
	_, err := newAdapter(t, e, e.Hub, 1).StartExitWithUpdate(testCtx(t), &s2, sigHub, sigUser)
	must(t, err)
	if c := e.Channel(e.Hub.Addr, e.Alice.Addr); c.TxCountGlobal != 2 || c.Status != 1 || !eq(c.WeiHub, ether(4)) {
		t.Fatalf("after startExitWithUpdate: %+v", c)
	}
}

// revertCase is a call the contract rejects, sent by an actor.
type revertCase struct {
	name string
	by   chaintest.Actor
	send func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error)
	want string
	args []any
}

// revertCases are calls that revert on a chain where Alice's channel is open at nonce 1.
func revertCases(e *chaintest.Env, s1 state.ChannelState) []revertCase {
	stale := s1
	stale.TxCountChain = 2 // a new on-chain update that reuses nonce 1
	staleSig, _ := e.Sign(&stale, e.Hub)
	s2 := payment(s1)
	h2, u2 := e.Sign(&s2, e.Hub, e.Alice)
	return []revertCase{
		{"stale nonce", e.Alice, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.UserAuthorizedUpdate(ctx, &stale, staleSig)
		}, "StaleNonce", []any{uint64(1), uint64(1)}},
		{"reserve too small", e.Hub, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.HubWithdraw(ctx, ether(101), nil)
		}, "InsufficientReserve", []any{e.Hub.Addr}},
		{"not a party", e.Bob, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.StartExit(ctx, e.Hub.Addr, e.Alice.Addr)
		}, "NotAParty", []any{e.Bob.Addr}},
		{"user sends hub's update", e.Alice, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.HubAuthorizedUpdate(ctx, &stale, staleSig)
		}, "NotAParty", []any{e.Alice.Addr}},
		{"challenge without dispute", e.Hub, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.Challenge(ctx, &s2, h2, u2)
		}, "ChannelNotInDispute", []any{uint8(0)}},
		{"empty without dispute", e.Bob, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.EmptyChannel(ctx, e.Hub.Addr, e.Alice.Addr)
		}, "ChannelNotInDispute", []any{uint8(0)}},
		{"deposit to oneself", e.Alice, func(ctx context.Context, a *chain.Adapter) (chain.Receipt, error) {
			return a.Deposit(ctx, e.Alice.Addr, e.Alice.Addr, ether(1), nil)
		}, "InvalidParties", nil},
	}
}

// TestRevertsAreTyped: a call the contract rejects fails before anything is sent, as a *RevertError
// naming the contract's custom error with its arguments; the channel, the sender's balance and its nonce
// are unchanged. No block is mined during these tests: a transaction sent would hang the call.
func TestRevertsAreTyped(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	for _, tc := range revertCases(e, openChannel(t, e, e.Alice)) {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testCtx(t)
			rec, bal := record(e, e.Alice), e.WeiBalance(tc.by.Addr)
			nonce, err := e.Client.PendingNonceAt(ctx, tc.by.Addr)
			must(t, err)
			_, err = tc.send(ctx, newAdapter(t, e, tc.by, 1))
			wantRevert(t, err, tc.want, tc.args...)
			if got := record(e, e.Alice); got != rec {
				t.Fatalf("channel changed:\n%s\nwas\n%s", got, rec)
			}
			after, _ := e.Client.PendingNonceAt(ctx, tc.by.Addr)
			if !eq(e.WeiBalance(tc.by.Addr), bal) || after != nonce {
				t.Fatalf("sender balance or nonce changed (nonce %d -> %d)", nonce, after)
			}
		})
	}
}

// wantRevert fails the test unless err is a *RevertError named name whose arguments print as args.
func wantRevert(t *testing.T, err error, name string, args ...any) *chain.RevertError {
	t.Helper()
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("error %v, want revert %s", err, name)
	}
	if args == nil {
		return re
	}
	if len(re.Args) != len(args) {
		t.Fatalf("%s args %v, want %v", name, re.Args, args)
	}
	for i := range args {
		if !argEq(re.Args[i], args[i]) {
			t.Fatalf("%s arg %d = %v (%T), want %v", name, i, re.Args[i], re.Args[i], args[i])
		}
	}
	return re
}

// argEq compares a decoded argument with an expected one (a *big.Int compares with a uint64).
func argEq(got, want any) bool {
	if b, ok := got.(*big.Int); ok {
		w, ok := want.(uint64)
		return ok && b.IsUint64() && b.Uint64() == w
	}
	return got == want
}

// TestRevertAfterMining: two transactions that each pass gas estimation land in one block where the
// second reverts (both parties start an exit); the loser gets a *RevertError wrapping ErrTxFailed with
// the reason replayed from the chain.
func TestRevertAfterMining(t *testing.T) {
	e := newEnv(t)
	hubReserve(t, e)
	openChannel(t, e, e.Alice)
	ctx := testCtx(t)
	sent := make(chan struct{}, 2)
	errs := make(chan error, 2)
	for _, a := range []chaintest.Actor{e.Hub, e.Alice} {
		ad := newAdapter(t, e, a, 1)
		go func() {
			_, err := ad.StartExit(ctx, e.Hub.Addr, e.Alice.Addr, chain.WithProgress(func(p chain.Progress) {
				if !p.Mined {
					sent <- struct{}{}
				}
			}))
			errs <- err
		}()
	}
	<-sent
	<-sent
	e.Chain.Commit()
	var failed []error
	for range 2 {
		if err := <-errs; err != nil {
			failed = append(failed, err)
		}
	}
	if len(failed) != 1 {
		t.Fatalf("%d calls failed (%v), want 1", len(failed), failed)
	}
	wantRevert(t, failed[0], "ChannelNotOpen", uint8(1))
	if !errors.Is(failed[0], chain.ErrTxFailed) {
		t.Fatalf("%v does not wrap ErrTxFailed", failed[0])
	}
}
