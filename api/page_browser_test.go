package api

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/internal/chromiumtest"
	"spoke/node"
)

// walletNet is a dev chain, a hub with a reserve, and Alice and Bob, each serving the API and its page.
type walletNet struct {
	env                *chaintest.Env
	hub, alice, bob    *node.Node
	aliceSrv, bobSrv   *Server
	aliceBase, bobBase string
}

func startWalletNet(t *testing.T) *walletNet {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env, err := chaintest.NewWith(ctx, devchain.Config{BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); env.Close() })
	dir := t.TempDir()
	start := func(name string, key *ecdsa.PrivateKey, role node.Role, hub peer.AddrInfo) *node.Node {
		n, err := node.Start(ctx, node.Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub,
			Client: env.Client, Manager: env.Dep.Manager, Confirmations: 2, PollInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatalf("start %s: %v", name, err)
		}
		t.Cleanup(func() { _ = n.Close() })
		return n
	}
	w := &walletNet{env: env}
	w.hub = start("hub", env.Hub.Key, node.Hub, peer.AddrInfo{})
	w.alice = start("alice", env.Alice.Key, node.User, w.hub.Host.AddrInfo())
	w.bob = start("bob", env.Bob.Key, node.User, w.hub.Host.AddrInfo())
	serve := func(n *node.Node) *Server {
		s, err := Serve(n, "127.0.0.1:0", "token-"+n.Address().Hex())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	w.aliceSrv, w.bobSrv = serve(w.alice), serve(w.bob)
	w.aliceBase, w.bobBase = "http://"+w.aliceSrv.Addr(), "http://"+w.bobSrv.Addr()
	if _, err := w.hub.Chain.HubDeposit(ctx, chaintest.Ether, new(big.Int).Mul(big.NewInt(1000), chaintest.Ether)); err != nil {
		t.Fatal(err)
	}
	// Bob has a channel (a deposit of 0.001 ETH); Alice makes hers from her page.
	if _, err := w.bob.Deposit(ctx, *uint256.NewInt(1e15), uint256.Int{}); err != nil {
		t.Fatal(err)
	}
	return w
}

// pageDriver drives one tab of the wallet page, failing the test with a screenshot and the page's text.
type pageDriver struct {
	t         *testing.T
	name      string
	tab       context.Context
	artifacts string
}

func (p *pageDriver) fail(format string, args ...any) {
	p.t.Helper()
	chromiumtest.Screenshot(p.t, p.tab, p.artifacts, p.name+"-failed")
	text, _ := chromedp.Run(p.tab, chromedp.Evaluate[string]("document.body ? document.body.innerText : ''"))
	p.t.Fatalf("%s's page: %s\n--- the page says:\n%s", p.name, fmt.Sprintf(format, args...), text)
}

func (p *pageDriver) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.tab, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.fail("%s: %v", what, err)
	}
}

// wait waits until the JavaScript expression is truthy.
func (p *pageDriver) wait(what, expr string, timeout time.Duration) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.tab, timeout+5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(timeout),
		chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		p.fail("waiting for %s: %v", what, err)
	}
}

// text returns the text of the first element sel (a CSS selector) matches.
func (p *pageDriver) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.tab, chromedp.Evaluate[string](fmt.Sprintf("document.querySelector(%q).textContent", sel)))
	if err != nil {
		p.fail("reading %s: %v", sel, err)
	}
	return s
}

// result waits for a form's outcome (#id with class ok or err) and returns it, failing on an error.
func (p *pageDriver) result(id string, timeout time.Duration) string {
	p.t.Helper()
	p.wait("#"+id, fmt.Sprintf(`(e => e.classList.contains("ok") || e.classList.contains("err"))(document.getElementById(%q))`, id), timeout)
	if cls, _ := chromedp.Run(p.tab, chromedp.Evaluate[string](fmt.Sprintf("document.getElementById(%q).className", id))); strings.Contains(cls, "err") {
		p.fail("#%s says %q", id, p.text("#"+id))
	}
	return p.text("#" + id)
}

// failure waits for a form's error (#id with class err) and returns it.
func (p *pageDriver) failure(id string, timeout time.Duration) string {
	p.t.Helper()
	p.wait("an error in #"+id, fmt.Sprintf(`document.getElementById(%q).classList.contains("err")`, id), timeout)
	return p.text("#" + id)
}

// tokens waits until the page shows amount as the token balance, in the token's own unit.
func (p *pageDriver) tokens(amount string) {
	p.t.Helper()
	p.wait("the balance "+amount+" STT", fmt.Sprintf(`document.getElementById("bal-token").textContent === %q`, amount), 10*time.Second)
}

// balance waits until the page shows eth as the ETH balance.
func (p *pageDriver) balance(eth string) {
	p.t.Helper()
	p.wait("the balance "+eth+" ETH", fmt.Sprintf(`document.getElementById("bal-eth").textContent === %q`, eth), 10*time.Second)
}

// threadOpenPay opens a thread to the contact bob from the page's open Threads form, locking lock
// ("0.1 STT") in unit (the form's choice), and pays each ("0.01 STT") through it, in the thread's asset.
func (p *pageDriver) threadOpenPay(unit, lock, each string) {
	p.t.Helper()
	lockAmount, asset, _ := strings.Cut(lock, " ")
	p.do("open a thread", chromedp.SetValue(chromedp.CSS("#thread-to"), "bob"), chromedp.SetValue(chromedp.CSS("#thread-unit"), unit),
		chromedp.SetValue(chromedp.CSS("#thread-lock"), lockAmount), chromedp.Click(chromedp.CSS("#thread-open-button")))
	if got := p.result("thread-result", 40*time.Second); !strings.Contains(got, "open with "+lock+" locked") {
		p.fail("thread open result %q", got)
	}
	p.wait("the open thread", fmt.Sprintf(`document.querySelector('#thread-list .thread-amount[placeholder=%q]') !== null`, asset), 5*time.Second)
	p.do("pay through the thread", chromedp.SetValue(chromedp.CSS("#thread-list .thread-amount"), strings.TrimSuffix(each, " "+asset)),
		chromedp.Click(chromedp.CSS("#thread-list .thread-pay")))
	if got := p.result("thread-result", 20*time.Second); !strings.Contains(got, "Paid "+each+" through thread") {
		p.fail("thread pay result %q", got)
	}
}

func (p *pageDriver) shot(name string) {
	p.t.Helper()
	chromiumtest.Screenshot(p.t, p.tab, p.artifacts, name)
}

// open opens the page through a login link and waits until it has loaded and follows the node's events.
func (p *pageDriver) open(link string) {
	p.t.Helper()
	p.do("open the login link", chromedp.Navigate(link))
	p.wait("the page to load", `document.body.dataset.ready === "1"`, 15*time.Second)
	p.wait("live events", `document.getElementById("live").textContent === "live"`, 10*time.Second)
}

// TestWalletPageInChromium opens Alice's and Bob's wallet pages in a real headless Chromium, each through
// its one-time login link, at a phone's width: Alice deposits ETH and tokens (progress shown), pays Bob
// by a contact's name, and Bob's page shows the payment arrive live; Alice makes a link payment that Bob
// redeems on his page; both pages show the balances the nodes hold. Token amounts are shown and typed in
// the token's own unit (STT, 18 decimals, as its contract says): deposit, exchange, a payment Bob's page
// sees arrive, a withdrawal, a thread; too many digits after the point are refused. A login link does not open a second time, and the
// page without a session shows no wallet. Screenshots are kept (chromiumtest.Artifacts).
func TestWalletPageInChromium(t *testing.T) {
	browser := chromiumtest.Browser(t)
	artifacts := chromiumtest.Artifacts(t)
	w := startWalletNet(t)
	aliceLink, err := w.aliceSrv.LoginURL()
	if err != nil {
		t.Fatal(err)
	}
	bobLink, err := w.bobSrv.LoginURL()
	if err != nil {
		t.Fatal(err)
	}
	alice := &pageDriver{t: t, name: "alice", tab: chromiumtest.Tab(t, browser), artifacts: artifacts}
	bob := &pageDriver{t: t, name: "bob", tab: chromiumtest.Tab(t, browser), artifacts: artifacts}
	stranger := &pageDriver{t: t, name: "stranger", tab: chromiumtest.Tab(t, browser), artifacts: artifacts}

	// Without a session there is no wallet; a login link opens it once.
	res, err := chromedp.RunResponse(stranger.tab, chromedp.Navigate(w.aliceBase+PagePath))
	if err != nil || res.Status != http.StatusUnauthorized || !strings.Contains(stranger.text("h1"), "login link") {
		t.Fatalf("the page without a session: %v, %v", res, err)
	}
	alice.open(aliceLink)
	res, err = chromedp.RunResponse(stranger.tab, chromedp.Navigate(aliceLink))
	if err != nil || res.Status != http.StatusForbidden || !strings.Contains(stranger.text("h1"), "does not work") {
		t.Fatalf("the login link a second time: %v, %v", res, err)
	}
	stranger.shot("0-login-link-spent")
	bob.open(bobLink)
	if got := alice.text("#me"); !strings.EqualFold(got, w.env.Alice.Addr.Hex()) {
		t.Fatalf("alice's page shows address %q", got)
	}
	alice.shot("1-alice-opened")

	// The page names the token by its symbol, and reads and shows its amounts with its decimals (the dev
	// token: STT, 18), exactly.
	if got := alice.text("#balances .token-symbol"); got != "STT" {
		t.Fatalf("alice's page names the token %q, want STT (its contract's symbol)", got)
	}
	// Alice deposits 0.01 ETH and 1.5 STT from her page; the on-chain wait shows progress.
	alice.do("deposit", chromedp.Click(chromedp.CSS("#deposit > summary")),
		chromedp.SendKeys(chromedp.CSS("#deposit-eth"), "0.01"), chromedp.SendKeys(chromedp.CSS("#deposit-token"), "1.5"),
		chromedp.Click(chromedp.CSS("#deposit-button")))
	if got := alice.result("deposit-result", 20*time.Second); !strings.Contains(got, "Deposited 0.01 ETH and 1.5 STT") {
		t.Fatalf("deposit result %q", got)
	}
	alice.wait("the deposit's progress", `document.getElementById("progress").dataset.seen === "deposit"`, time.Second)
	alice.balance("0.01")
	alice.tokens("1.5")
	if got := alice.text("#bal-token-base"); got != "1500000000000000000 STT base units" {
		t.Fatalf("alice's page shows the token's base units as %q", got)
	}
	alice.do("close deposit", chromedp.Click(chromedp.CSS("#deposit > summary")))

	// Alice saves Bob as a contact and pays him by that name; his page shows it arrive, live.
	alice.do("save contact", chromedp.Click(chromedp.CSS("#contacts > summary")),
		chromedp.SendKeys(chromedp.CSS("#contact-name"), "bob"),
		chromedp.SendKeys(chromedp.CSS("#contact-addr"), w.env.Bob.Addr.Hex()),
		chromedp.Click(chromedp.CSS("#contact-form button")), chromedp.Click(chromedp.CSS("#contacts > summary")))
	// Values set, not typed: typed keys go where the focus is, and a live update may move it on a loaded
	// machine (a run once clicked Pay with the amount empty).
	alice.do("pay", chromedp.SetValue(chromedp.CSS("#pay-to"), "bob"), chromedp.SetValue(chromedp.CSS("#pay-amount"), "0.001"),
		chromedp.SetValue(chromedp.CSS("#pay-memo"), "coffee"), chromedp.Click(chromedp.CSS("#pay-button")))
	if got := alice.result("pay-result", 40*time.Second); !strings.Contains(got, "Paid 0.001 ETH to bob") {
		t.Fatalf("pay result %q", got)
	}
	bob.wait("the payment on Bob's page", `document.getElementById("history").textContent.includes("Received 0.001 ETH from 0x")`+
		` && document.getElementById("history").textContent.includes("coffee")`, 10*time.Second)
	bob.balance("0.002")
	alice.balance("0.009")
	alice.shot("2-alice-paid")
	bob.shot("3-bob-received")

	// Alice makes a link payment; Bob redeems it on his page.
	alice.do("make a link", chromedp.Click(chromedp.CSS("#links > summary")),
		chromedp.SendKeys(chromedp.CSS("#link-amount"), "0.0005"), chromedp.SendKeys(chromedp.CSS("#link-memo"), "gift"),
		chromedp.Click(chromedp.CSS("#link-button")))
	alice.result("link-result", 20*time.Second)
	link, err := chromedp.Run(alice.tab, chromedp.Value(chromedp.CSS("#link-text")))
	if err != nil || !strings.HasPrefix(link, "spokelink1:") {
		t.Fatalf("the link on Alice's page: %q, %v", link, err)
	}
	alice.shot("4-alice-link")
	bob.do("redeem", chromedp.Click(chromedp.CSS("#links > summary")), chromedp.SetValue(chromedp.CSS("#redeem-link"), link),
		chromedp.Click(chromedp.CSS("#redeem-button")))
	if got := bob.result("redeem-result", 20*time.Second); !strings.Contains(got, "Redeemed: 0.0005 ETH") || !strings.Contains(got, "gift") {
		t.Fatalf("redeem result %q", got)
	}
	bob.balance("0.0025")
	alice.balance("0.0085")
	bob.shot("5-bob-redeemed")

	// A payee that is neither an address nor a contact is refused in words, before anything is sent.
	alice.do("pay a stranger", chromedp.SetValue(chromedp.CSS("#pay-to"), "carol"), chromedp.SetValue(chromedp.CSS("#pay-amount"), "0.001"),
		chromedp.Click(chromedp.CSS("#pay-button")))
	if got := alice.failure("pay-result", 5*time.Second); !strings.Contains(got, `No contact is named "carol"`) {
		t.Fatalf("paying a stranger: %q", got)
	}
	// Token amounts typed with more digits than the token has, or base units with a point, are refused
	// before anything is sent.
	for _, c := range []struct{ unit, amount, want string }{
		{"token", "0.0000000000000000001", "at most 18 digits after the point"},
		{"token-base", "1.5", "a whole number"},
	} {
		alice.do("pay too fine an amount", chromedp.SetValue(chromedp.CSS("#pay-to"), "bob"), chromedp.SetValue(chromedp.CSS("#pay-unit"), c.unit),
			chromedp.SetValue(chromedp.CSS("#pay-amount"), c.amount), chromedp.Click(chromedp.CSS("#pay-button")))
		if got := alice.failure("pay-result", 5*time.Second); !strings.Contains(got, c.want) {
			t.Fatalf("paying %s %s: %q, want %q", c.amount, c.unit, got, c.want)
		}
	}

	alice.do("close the forms", chromedp.Click(chromedp.CSS("#links > summary")), chromedp.Click(chromedp.CSS("#pay > summary")))

	// Alice exchanges 0.001 ETH for tokens at the hub's rate (1 token base unit per wei: 1 STT per ETH),
	// pays Bob 0.25 STT, and withdraws 0.001 ETH and 0.5 STT on-chain (progress shown).
	if got := alice.text("#quote"); got != "The hub's rate: 1 STT per ETH." {
		t.Fatalf("alice's page shows the rate as %q", got)
	}
	alice.do("exchange", chromedp.Click(chromedp.CSS("#exchange > summary")),
		chromedp.SendKeys(chromedp.CSS("#exchange-amount"), "0.001"), chromedp.Click(chromedp.CSS("#exchange-button")))
	if got := alice.result("exchange-result", 20*time.Second); !strings.Contains(got, "Sold 0.001 ETH for 0.001 STT") {
		t.Fatalf("exchange result %q", got)
	}
	alice.balance("0.0075")
	alice.tokens("1.501")
	alice.do("pay tokens", chromedp.Click(chromedp.CSS("#pay > summary")), chromedp.SetValue(chromedp.CSS("#pay-to"), "bob"),
		chromedp.SetValue(chromedp.CSS("#pay-unit"), "token"), chromedp.SetValue(chromedp.CSS("#pay-amount"), "0.25"),
		chromedp.Click(chromedp.CSS("#pay-button")))
	if got := alice.result("pay-result", 40*time.Second); !strings.Contains(got, "Paid 0.25 STT to bob") {
		t.Fatalf("token pay result %q", got)
	}
	bob.wait("the token payment on Bob's page", `document.getElementById("history").textContent.includes("Received 0.25 STT from 0x")`, 10*time.Second)
	bob.tokens("0.25")
	alice.do("close pay", chromedp.Click(chromedp.CSS("#pay > summary")))
	recipient := common.HexToAddress("0x000000000000000000000000000000000000b0b0")
	alice.do("withdraw", chromedp.Click(chromedp.CSS("#exchange > summary")), chromedp.Click(chromedp.CSS("#withdraw > summary")),
		chromedp.SendKeys(chromedp.CSS("#withdraw-eth"), "0.001"), chromedp.SendKeys(chromedp.CSS("#withdraw-token"), "0.5"),
		chromedp.SendKeys(chromedp.CSS("#withdraw-to"), recipient.Hex()), chromedp.Click(chromedp.CSS("#withdraw-button")))
	if got := alice.result("withdraw-result", 20*time.Second); !strings.Contains(got, "Withdrew 0.001 ETH and 0.5 STT") {
		t.Fatalf("withdraw result %q", got)
	}
	alice.wait("the withdrawal's progress", `document.getElementById("progress").dataset.seen === "withdraw"`, time.Second)
	alice.balance("0.0065")
	alice.tokens("0.751")
	if got, err := w.env.Client.BalanceAt(context.Background(), recipient, nil); err != nil || got.String() != "1000000000000000" {
		t.Fatalf("the withdrawal's recipient holds %v wei: %v", got, err)
	}
	if got := w.env.TokenBalance(recipient); got.String() != "500000000000000000" {
		t.Fatalf("the withdrawal's recipient holds %v token base units, want 0.5 STT", got)
	}
	alice.shot("6-alice-exchanged-withdrew")

	// A thread: Alice opens one to Bob with 0.001 ETH and pays 0.0001 ETH through it; Bob's page shows the
	// payment and closes the thread; both channels are rebalanced.
	alice.do("open threads", chromedp.Click(chromedp.CSS("#withdraw > summary")), chromedp.Click(chromedp.CSS("#threads > summary")))
	alice.threadOpenPay("eth", "0.001 ETH", "0.0001 ETH")
	bob.wait("the thread payment on Bob's page", `document.getElementById("history").textContent.includes("Received 0.0001 ETH in a thread")`, 10*time.Second)
	bob.do("open threads", chromedp.Click(chromedp.CSS("#links > summary")), chromedp.Click(chromedp.CSS("#threads > summary")))
	bob.wait("the thread on Bob's page", `document.querySelector("#thread-list .thread-close") !== null`, 5*time.Second)
	bob.shot("7-bob-thread")
	bob.do("close the thread", chromedp.Click(chromedp.CSS("#thread-list .thread-close")))
	if got := bob.result("thread-result", 20*time.Second); !strings.Contains(got, "closed") {
		t.Fatalf("thread close result %q", got)
	}
	bob.balance("0.0026")
	alice.balance("0.0064")
	alice.shot("8-alice-thread-closed")

	// A thread in tokens: Alice locks 0.1 STT into one (the lock's unit chosen) and pays 0.01 STT through
	// it (a thread's payments are in its asset); Bob's page shows the payment arrive.
	alice.threadOpenPay("token", "0.1 STT", "0.01 STT")
	alice.tokens("0.651") // 0.1 STT locked into the thread
	bob.wait("the token thread payment on Bob's page", `document.getElementById("history").textContent.includes("Received 0.01 STT in a thread")`, 10*time.Second)
	alice.shot("9-alice-token-thread")

	// The pages show what the nodes hold.
	for _, c := range []struct {
		n   *node.Node
		wei string
	}{{w.alice, "6400000000000000"}, {w.bob, "2600000000000000"}} {
		r, err := c.n.Latest(context.Background(), c.n.Hub())
		if err != nil || r.State.WeiUser.Dec() != c.wei {
			b, _ := json.Marshal(r.State)
			t.Fatalf("%s holds %s, the page showed %s wei: %v", c.n.Address(), b, c.wei, err)
		}
	}
	if got := bob.text("#bal-wei"); got != "2600000000000000 wei" {
		t.Fatalf("bob's page shows %q", got)
	}
}
