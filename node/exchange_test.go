package node

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
)

// The user's balances in its channel once startExchangeNet has set it up; the hub holds the rest of
// deposited.
const (
	setupUserWei   = 500_000
	setupUserToken = 3_000
)

// startExchangeNet starts a hub quoting with rates and one user connected to it, whose channel is credited
// with deposited (wei and token) and then gives the hub part of each.
func startExchangeNet(t testing.TB, rates RateProvider) hubNet {
	t.Helper()
	dir := t.TempDir()
	net := hubNet{hub: startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), func(c *Config) { c.Rates = rates })}
	key := devchain.DevKey(1)
	u := startNode(t, key, User, filepath.Join(dir, crypto.PubkeyToAddress(key.PublicKey).Hex()+".db"), func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, net.hub.host.ID()
	})
	if err := u.host.Connect(testCtx(t), net.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	give := protocol.Transfer{Wei: *uint256.NewInt(deposited[0].Uint64() - setupUserWei),
		Token: *uint256.NewInt(deposited[1].Uint64() - setupUserToken)}
	if _, err := u.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0], Token: deposited[1]}, give); err != nil {
		t.Fatalf("setup: %v", err)
	}
	net.users = append(net.users, u)
	return net
}

// wantAssets checks that hub and user agree on the user's channel, which holds userWei and userToken for
// the user and the rest of deposited for the hub.
func (n hubNet) wantAssets(t testing.TB, u *testNode, userWei, userToken uint64) {
	t.Helper()
	s := n.channelOf(t, u).State
	got := [4]uint64{s.WeiUser.Uint64(), s.TokenUser.Uint64(), s.WeiHub.Uint64(), s.TokenHub.Uint64()}
	want := [4]uint64{userWei, userToken, deposited[0].Uint64() - userWei, deposited[1].Uint64() - userToken}
	if got != want {
		t.Fatalf("user wei, token, hub wei, token = %v, want %v", got, want)
	}
}

// failingRates is a provider that has no rate.
type failingRates struct{}

func (failingRates) Rate() (Rate, error) { return Rate{}, errors.New("oracle down") }

func staticRate(num, den int64) StaticRate {
	return StaticRate{Num: big.NewInt(num), Den: big.NewInt(den)}
}

func TestExchangeAtTheQuote(t *testing.T) {
	n := startExchangeNet(t, staticRate(3, 2)) // one wei buys 1.5 token
	u := n.users[0]
	ctx := testCtx(t)

	var wg sync.WaitGroup // quotes are served outside the loop, concurrently
	for range 20 {
		wg.Go(func() {
			if r, err := u.eng.Quote(ctx); err != nil || r.Num.Int64() != 3 || r.Den.Int64() != 2 {
				t.Errorf("quote %v, %v; want 3/2", r, err)
			}
		})
	}
	wg.Wait()

	steps := []struct {
		name               string
		weiToToken         bool
		amount             uint64
		userWei, userToken uint64 // afterwards
	}{
		{"wei to token", true, 1001, setupUserWei - 1001, setupUserToken + 1501},               // 1501.5 rounded down
		{"token to wei", false, 1000, setupUserWei - 1001 + 666, setupUserToken + 1501 - 1000}, // 666.6 rounded down
	}
	for _, s := range steps {
		got, err := u.eng.Exchange(ctx, s.weiToToken, *uint256.NewInt(s.amount))
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got.State.WeiUser.Uint64() != s.userWei || got.State.TokenUser.Uint64() != s.userToken {
			t.Fatalf("%s: returned state %+v", s.name, got.State)
		}
		n.wantAssets(t, u, s.userWei, s.userToken)
	}
	last := steps[len(steps)-1]
	if s := n.channelOf(t, u).State; s.TokenHub.Uint64() != 1499 {
		t.Fatalf("hub token %s, want 1499", s.TokenHub.Dec())
	}

	// 1000 wei buy 1500 token; the hub holds 1499.
	if _, err := u.eng.Exchange(ctx, true, *uint256.NewInt(1000)); !errors.Is(err, ErrHubLacksBalance) {
		t.Fatalf("exchange the hub cannot cover: %v", err)
	}
	n.wantAssets(t, u, last.userWei, last.userToken)
	if _, err := u.eng.Exchange(ctx, true, *uint256.NewInt(999)); err != nil {
		t.Fatalf("exchange the hub can cover: %v", err)
	}
	n.wantAssets(t, u, last.userWei-999, last.userToken+1498)
}

func TestExchangeRefusals(t *testing.T) {
	n := startExchangeNet(t, staticRate(3, 2))
	u := n.users[0]
	forged := func(x protocol.Exchange) func() error {
		return func() error { _, err := u.eng.Update(testCtx(t), hubAddr, x); return err }
	}
	exchange := func(weiToToken bool, amount uint64) func() error {
		return func() error { _, err := u.eng.Exchange(testCtx(t), weiToToken, *uint256.NewInt(amount)); return err }
	}
	cases := []struct {
		name   string
		run    func() error
		want   error
		reason error // in the hub's Reject
	}{
		{"forged wei to token", forged(protocol.Exchange{WeiToToken: true, Wei: *uint256.NewInt(100),
			Token: *uint256.NewInt(151)}), ErrRejected, ErrBadRate},
		{"forged token to wei", forged(protocol.Exchange{Wei: *uint256.NewInt(3),
			Token: *uint256.NewInt(3)}), ErrRejected, ErrBadRate},
		{"zero amount", exchange(true, 0), ErrBadExchange, nil},
		{"buys nothing", exchange(false, 1), ErrBadExchange, nil}, // 1 token is 2/3 wei
		{"more than the user has", exchange(true, setupUserWei+1), protocol.ErrInsufficientBalance, nil},
		{"hub exchanges", func() error {
			_, err := n.hub.eng.Exchange(testCtx(t), true, *uint256.NewInt(1))
			return err
		}, ErrNotSupported, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if !errors.Is(err, tc.want) || tc.reason != nil && !strings.Contains(err.Error(), tc.reason.Error()) {
				t.Fatalf("got %v, want %v (%v)", err, tc.want, tc.reason)
			}
		})
	}
	n.wantAssets(t, u, setupUserWei, setupUserToken)
}

func TestQuoteWithoutRate(t *testing.T) {
	for _, rates := range []RateProvider{failingRates{}, staticRate(0, 1), StaticRate{Num: big.NewInt(1)}} {
		n := startExchangeNet(t, rates)
		u := n.users[0]
		if _, err := u.eng.Quote(testCtx(t)); !errors.Is(err, ErrBadQuote) || !strings.Contains(err.Error(), "no rate available") {
			t.Fatalf("%v: user's quote: %v", rates, err)
		}
		if _, err := n.hub.eng.Quote(testCtx(t)); !errors.Is(err, ErrBadQuote) {
			t.Fatalf("%v: hub's quote: %v", rates, err)
		}
		if _, err := u.eng.Exchange(testCtx(t), true, *uint256.NewInt(10)); !errors.Is(err, ErrBadQuote) {
			t.Fatalf("%v: exchange: %v", rates, err)
		}
		n.wantAssets(t, u, setupUserWei, setupUserToken)
	}
}

func TestQuoteServing(t *testing.T) {
	n := startExchangeNet(t, staticRate(3, 2))
	u := n.users[0]
	if _, err := u.host.Request(testCtx(t), n.hub.host.ID(), QuoteProtocol, []byte{0}); err == nil ||
		!strings.Contains(err.Error(), "a quote request is empty") {
		t.Fatalf("non-empty request: %v", err)
	}
	if _, err := n.hub.host.Request(testCtx(t), u.host.ID(), QuoteProtocol, nil); err == nil {
		t.Fatal("a user serves quotes")
	}
	r, err := n.hub.eng.Quote(testCtx(t))
	if err != nil || r.Num.Int64() != 3 || r.Den.Int64() != 2 {
		t.Fatalf("hub's own quote %v, %v", r, err)
	}
	r.Num.SetInt64(100) // the caller's copy: the provider's rate is untouched
	if r, err := u.eng.Quote(testCtx(t)); err != nil || r.Num.Int64() != 3 {
		t.Fatalf("quote after the caller changed its copy: %v, %v", r, err)
	}
}

func TestRateCodec(t *testing.T) {
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, r := range []Rate{Rate(staticRate(1, 1)), Rate(staticRate(3, 2)), {Num: max256, Den: big.NewInt(255)},
		{Num: big.NewInt(256), Den: max256}} {
		b, err := marshalRate(r)
		if err != nil {
			t.Fatalf("marshal %v: %v", r, err)
		}
		got, err := unmarshalRate(b)
		if err != nil || got.Num.Cmp(r.Num) != 0 || got.Den.Cmp(r.Den) != 0 {
			t.Fatalf("round trip of %v: %v, %v", r, got, err)
		}
	}
	if b, _ := marshalRate(Rate(staticRate(3, 256))); !bytes.Equal(b, []byte{1, 3, 2, 1, 0}) {
		t.Fatalf("3/256 encodes as %x", b)
	}
	over := new(big.Int).Add(max256, big.NewInt(1))
	for _, r := range []Rate{{}, {Num: big.NewInt(1)}, Rate(staticRate(0, 1)), Rate(staticRate(1, -1)), {Num: over, Den: big.NewInt(1)}} {
		if _, err := marshalRate(r); !errors.Is(err, ErrBadQuote) {
			t.Fatalf("marshal %v: %v", r, err)
		}
	}
	bad := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"no denominator", []byte{1, 3}},
		{"zero length", []byte{0, 1, 2}},
		{"zero-length denominator", []byte{1, 3, 0}},
		{"too long", append([]byte{33, 1}, make([]byte, 32)...)},
		{"truncated", []byte{2, 3}},
		{"truncated denominator", []byte{1, 3, 2, 1}},
		{"leading zero", []byte{2, 0, 3, 1, 2}},
		{"zero", []byte{1, 0, 1, 2}},
		{"zero denominator", []byte{1, 3, 1, 0}},
		{"trailing byte", []byte{1, 3, 1, 2, 0}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			if r, err := unmarshalRate(tc.b); !errors.Is(err, ErrBadQuote) {
				t.Fatalf("decoded %v, %v", r, err)
			}
		})
	}
}

// TestExchangeAtPassesRateCheck checks over many rates and amounts that the exchange the user computes
// passes the hub's check and is the best the user can get: one more unit received would not pass.
func TestExchangeAtPassesRateCheck(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rates := []Rate{Rate(staticRate(1, 1)), Rate(staticRate(3, 2)), Rate(staticRate(2, 3)), Rate(staticRate(1, 1000)),
		Rate(staticRate(1000, 1)), Rate(staticRate(7, 13)), Rate(staticRate(1_000_000_007, 998_244_353)),
		{Num: max256, Den: big.NewInt(3)}, {Num: big.NewInt(5), Den: max256}, {Num: max256, Den: max256}}
	for range 20 {
		rates = append(rates, Rate{Num: randBig(rng, 1+rng.IntN(32)), Den: randBig(rng, 1+rng.IntN(32))})
	}
	amounts := []uint256.Int{*uint256.NewInt(1), *uint256.NewInt(2), *uint256.NewInt(3), *new(uint256.Int).SetAllOne()}
	for i := range 40 {
		var a uint256.Int
		a.SetFromBig(randBig(rng, 1+i%32))
		amounts = append(amounts, a)
	}
	for _, r := range rates {
		for _, amount := range amounts {
			for _, weiToToken := range []bool{true, false} {
				checkExchangeAt(t, r, weiToToken, amount)
			}
		}
	}
}

// checkExchangeAt checks exchangeAt(r, weiToToken, amount) against checkRate.
func checkExchangeAt(t *testing.T, r Rate, weiToToken bool, amount uint256.Int) {
	t.Helper()
	x, err := exchangeAt(r, weiToToken, amount)
	mul, div := r.Num, r.Den
	if !weiToToken {
		mul, div = r.Den, r.Num
	}
	exact := new(big.Int).Quo(new(big.Int).Mul(amount.ToBig(), mul), div)
	if err != nil {
		if !errors.Is(err, ErrBadExchange) || exact.Sign() != 0 && exact.BitLen() <= 256 {
			t.Fatalf("%s/%s, %s, weiToToken %v: %v (exact %s)", r.Num, r.Den, amount.Dec(), weiToToken, err, exact)
		}
		return
	}
	given, got := &x.Wei, &x.Token
	if !weiToToken {
		given, got = &x.Token, &x.Wei
	}
	if x.WeiToToken != weiToToken || *given != amount || got.ToBig().Cmp(exact) != 0 {
		t.Fatalf("%s/%s, %s: exchange %+v, want %s received", r.Num, r.Den, amount.Dec(), x, exact)
	}
	if err := checkRate(r, x); err != nil {
		t.Fatalf("hub refuses the computed exchange: %v", err)
	}
	if got.Eq(new(uint256.Int).SetAllOne()) {
		return
	}
	got.AddUint64(got, 1)
	if err := checkRate(r, x); !errors.Is(err, ErrBadRate) {
		t.Fatalf("%s/%s, %s: one unit more passes the check: %v", r.Num, r.Den, amount.Dec(), err)
	}
}

// randBig is a random positive integer of at most n bytes.
func randBig(rng *rand.Rand, n int) *big.Int {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	x := new(big.Int).SetBytes(b)
	if x.Sign() == 0 {
		x.SetInt64(1)
	}
	return x
}
