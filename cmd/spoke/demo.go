package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
	"spoke/node"
	"spoke/p2p"
)

// demoRate is the demo hub's price: 100 token base units per wei (1 ETH buys 100 tokens).
const demoRate = 100

// demo narrates a hub and two users on an embedded dev chain, all in one process.
type demo struct {
	ctx              context.Context
	out              io.Writer
	env              *chaintest.Env
	hub, alice, bob  *node.Node
	hub2, carol      *node.Node // the hub network step's
	bobEvents        <-chan node.Event
	step             int
	wallet           common.Address // where Bob withdraws to: a fresh address, so its balance is what he took out
	aliceDir, bobDir string
}

func runDemo(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("demo", "Runs everything in one process: an embedded dev chain (a real EVM mining a block every\n"+
		"--block-period) with the contracts deployed, a hub and two users (Alice and Bob) talking over libp2p on\n"+
		"loopback, each with its own store. Narrates deposits, an exchange, a purchase and a withdrawal, then a\n"+
		"second hub joining and a payment routed across both hubs, with the balances after each step. Amounts are exact; nothing is written outside a temporary directory.", out)
	period := fs.Duration("block-period", 100*time.Millisecond, "mine a block this often")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *period <= 0 {
		return fmt.Errorf("--block-period must be positive, got %s", *period)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Fprintln(out, "Starting an embedded dev chain and deploying the contracts...")
	env, err := chaintest.NewWith(ctx, devchain.Config{BlockPeriod: *period})
	if err != nil {
		return fmt.Errorf("start dev chain: %w", err)
	}
	defer env.Close()
	fmt.Fprintf(out, "  chain id %d, ChannelManager %s, token %s\n", devchain.ChainID, env.Dep.Manager, env.Dep.Token)
	dir, err := os.MkdirTemp("", "spoke-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	d := &demo{ctx: ctx, out: out, env: env, wallet: common.HexToAddress("0x00000000000000000000000000000000000b0b00"),
		aliceDir: filepath.Join(dir, "alice"), bobDir: filepath.Join(dir, "bob")}
	if err := d.start(dir); err != nil {
		return err
	}
	defer d.hub.Close()
	defer d.alice.Close()
	defer d.bob.Close()
	defer func() {
		for _, n := range []*node.Node{d.carol, d.hub2} {
			if n != nil {
				n.Close()
			}
		}
	}()
	network := func() error { return d.network(dir) }
	for _, step := range []func() error{d.reserve, d.deposits, d.exchange, d.purchase, d.withdraw, network} {
		if err := step(); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, "\nDone. Every amount above is exact (wei and token base units, shown with 18 decimals); every state\n"+
		"was signed by both sides and stored before it was used, and no hub could take a payment without\n"+
		"paying it forward.")
	return nil
}

// start starts the hub and the two users.
func (d *demo) start(dir string) error {
	fmt.Fprintln(d.out, "Starting a hub and two users (Alice, Bob), each with its own store, talking over libp2p...")
	start := func(name string, key *ecdsa.PrivateKey, role node.Role, hub peer.AddrInfo) (*node.Node, error) {
		n, err := node.Start(d.ctx, node.Options{Key: key, Role: role, DataDir: filepath.Join(dir, name), Hub: hub,
			Client: d.env.Client, Manager: d.env.Dep.Manager, Confirmations: 2, PollInterval: 20 * time.Millisecond,
			Engine: func(c *node.Config) {
				c.Rates = node.StaticRate{Num: big.NewInt(demoRate), Den: big.NewInt(1)}
			}})
		if err != nil {
			return nil, fmt.Errorf("start %s: %w", name, err)
		}
		fmt.Fprintf(d.out, "  %-5s %s  peer %s\n", name, n.Address(), n.Host.ID())
		return n, nil
	}
	var err error
	if d.hub, err = start("hub", d.env.Hub.Key, node.Hub, peer.AddrInfo{}); err != nil {
		return err
	}
	if d.alice, err = start("alice", d.env.Alice.Key, node.User, d.hub.Host.AddrInfo()); err != nil {
		return err
	}
	if d.bob, err = start("bob", d.env.Bob.Key, node.User, d.hub.Host.AddrInfo()); err != nil {
		return err
	}
	d.bobEvents = d.bob.Subscribe(d.ctx)
	return nil
}

func (d *demo) title(s string) {
	d.step++
	fmt.Fprintf(d.out, "\n%d. %s\n", d.step, s)
}

// units is n whole units (18 decimals).
func units(n int64) uint256.Int {
	return *new(uint256.Int).Mul(uint256.NewInt(uint64(n)), uint256.NewInt(1e18))
}

// hundredths is n hundredths of a unit (18 decimals).
func hundredths(n int64) uint256.Int {
	return *new(uint256.Int).Mul(uint256.NewInt(uint64(n)), uint256.NewInt(1e16))
}

func show(v *uint256.Int) string { return formatUnits(v.ToBig(), 18) }

// settle waits until the hub's background work (its autocollateral) is done: neither channel has a
// pending on-chain operation and neither changed for a few blocks.
func (d *demo) settle() error {
	var last [2]uint64
	for stable := 0; stable < 3; {
		var now [2]uint64
		busy := false
		for i, u := range []*node.Node{d.alice, d.bob} {
			r, err := u.Latest(d.ctx, d.hub.Address())
			if errors.Is(err, node.ErrNotMyChannel) {
				continue
			}
			if err != nil {
				return err
			}
			now[i] = r.State.TxCountGlobal
			busy = busy || !r.State.Pending.IsZero()
		}
		if busy || now != last {
			stable = 0
		} else {
			stable++
		}
		last = now
		select {
		case <-time.After(100 * time.Millisecond):
		case <-d.ctx.Done():
			return d.ctx.Err()
		}
	}
	return nil
}

// balances prints both channels and the hub's reserve once the hub's background work is done.
func (d *demo) balances() error {
	if err := d.settle(); err != nil {
		return err
	}
	for _, u := range []struct {
		name string
		n    *node.Node
	}{{"alice", d.alice}, {"bob", d.bob}} {
		r, err := u.n.Latest(d.ctx, d.hub.Address())
		if errors.Is(err, node.ErrNotMyChannel) {
			fmt.Fprintf(d.out, "   %-5s channel: none yet\n", u.name)
			continue
		}
		if err != nil {
			return err
		}
		s := &r.State
		fmt.Fprintf(d.out, "   %-5s channel (state %d): %-5s %s ETH, %s tokens | hub %s ETH, %s tokens\n", u.name, s.TxCountGlobal,
			u.name, show(&s.WeiUser), show(&s.TokenUser), show(&s.WeiHub), show(&s.TokenHub))
	}
	wei, tok, err := d.hub.Chain.Reserve(d.ctx, d.hub.Address())
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "   hub reserve on-chain: %s ETH, %s tokens\n", formatUnits(wei, 18), formatUnits(tok, 18))
	return nil
}

func (d *demo) reserve() error {
	d.title("The hub puts 10 ETH and 1,000 tokens into its on-chain reserve, to collateralize channels with")
	ten, thousand := units(10), units(1000)
	if _, err := d.hub.Chain.HubDeposit(d.ctx, ten.ToBig(), thousand.ToBig()); err != nil {
		return fmt.Errorf("hub deposit: %w", err)
	}
	return d.balances()
}

func (d *demo) deposits() error {
	d.title("Alice deposits 2 ETH and Bob 1 ETH on-chain; once confirmed, the hub countersigns a state crediting\n" +
		"   each. The hub keeps at least its floor (0.1 ETH, 10 tokens) in every channel, from its reserve")
	for _, u := range []struct {
		n   *node.Node
		eth int64
	}{{d.alice, 2}, {d.bob, 1}} {
		if _, err := u.n.Deposit(d.ctx, units(u.eth), uint256.Int{}); err != nil {
			return fmt.Errorf("deposit: %w", err)
		}
	}
	return d.balances()
}

func (d *demo) exchange() error {
	d.title(fmt.Sprintf("Alice sells 0.5 ETH for tokens at the hub's quote (1 ETH = %d tokens). The hub first moves 100\n"+
		"   tokens from its reserve into her channel (a state both sign, applied on-chain), then the exchange is\n"+
		"   one off-chain state", demoRate))
	r, err := d.alice.Quote(d.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "   quote: %s token base units per %s wei\n", r.Num, r.Den)
	if _, err := d.hub.Collateralize(d.ctx, d.alice.Address(), uint256.Int{}, units(100)); err != nil {
		return fmt.Errorf("collateralize alice: %w", err)
	}
	if _, err := d.alice.Exchange(d.ctx, true, hundredths(50)); err != nil {
		return fmt.Errorf("exchange: %w", err)
	}
	return d.balances()
}

func (d *demo) purchase() error {
	d.title("Alice buys from Bob: one purchase of two payments (20 tokens for coffee beans, 1 token tip), each\n" +
		"   locked with a hashlock whose secret is sealed to Bob, so the hub is paid only if Bob is")
	twentyOne := units(21)
	for asked := false; ; asked = true {
		needs, err := d.alice.RecipientNeedsCollateral(d.ctx, d.bob.Address(), uint256.Int{}, twentyOne)
		if err != nil {
			return err
		}
		if !needs {
			break
		}
		if !asked {
			fmt.Fprintln(d.out, "   The hub has too few tokens in Bob's channel to pay him 21; Alice's asking makes it collateralize...")
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-d.ctx.Done():
			return d.ctx.Err()
		}
	}
	bobKey, err := p2p.PublicKeyOf(d.bob.Host.ID())
	if err != nil {
		return err
	}
	receipts, err := d.alice.Pay(d.ctx,
		node.Payment{To: bobKey, Token: units(20), Memo: "coffee beans"},
		node.Payment{To: bobKey, Token: units(1), Memo: "tip"})
	if err != nil {
		return fmt.Errorf("purchase: %w", err)
	}
	fmt.Fprintf(d.out, "   purchase settled: %d payments\n", len(receipts))
	for got := 0; got < len(receipts); {
		select {
		case ev := <-d.bobEvents:
			if ev.Kind == node.EventReceived {
				got++
				fmt.Fprintf(d.out, "   Bob received %s tokens from %s: %q\n", show(&ev.Token), ev.From, ev.Memo)
			}
		case <-time.After(10 * time.Second):
			return fmt.Errorf("bob saw %d of %d payments", got, len(receipts))
		}
	}
	return d.balances()
}

func (d *demo) withdraw() error {
	d.title("Bob withdraws 1 ETH and his 21 tokens to a fresh wallet: a state both sign, applied on-chain by Bob")
	if _, err := d.bob.Withdraw(d.ctx, units(1), units(21), d.wallet); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	if err := d.balances(); err != nil {
		return err
	}
	fmt.Fprintf(d.out, "   Bob's wallet %s holds %s ETH and %s tokens\n", d.wallet,
		formatUnits(d.env.WeiBalance(d.wallet), 18), formatUnits(d.env.TokenBalance(d.wallet), 18))
	return nil
}
