package main

import (
	"context"
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts"
	"spoke/internal/chaintest"
	"spoke/state"
)

// demo narrates one channel's life on an embedded dev chain.
type demo struct {
	e    *chaintest.Env
	out  io.Writer
	prev *state.ChannelState // latest state both parties signed
	step int
}

func runDemo(ctx context.Context, args []string, out io.Writer) error {
	fs := newFlags("demo", "Starts an embedded dev chain (a real EVM, in process), deploys the ChannelManager and a test\n"+
		"token, and walks a hub and a user (Alice) through a deposit, off-chain payments, a cooperative\n"+
		"on-chain update and a withdrawal, printing balances and gas after each step.", out)
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintln(out, "Starting an embedded dev chain and deploying the contracts...")
	e, err := chaintest.New(ctx)
	if err != nil {
		return fmt.Errorf("start dev chain: %w", err)
	}
	defer e.Close()
	d := &demo{e: e, out: out}
	fmt.Fprintf(out, "  chain id 1337, ChannelManager %s, token %s, challenge period %d s\n",
		e.Dep.Manager, e.Dep.Token, chaintest.ChallengePeriod)
	fmt.Fprintf(out, "  hub %s\n  alice %s\n", e.Hub.Addr, e.Alice.Addr)
	for _, step := range []func() error{d.hubReserve, d.aliceDeposits, d.payOffChain, d.hubCollateral, d.withdraw} {
		if err := step(); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, "\nDone: every amount above is exact, in wei and token base units, and the channel holds nothing.")
	return nil
}

var ether = big.NewInt(1e18)

func eth(tenths int64) uint256.Int {
	return *uint256.MustFromBig(new(big.Int).Mul(big.NewInt(tenths), big.NewInt(1e17)))
}

func (d *demo) title(s string) {
	d.step++
	fmt.Fprintf(d.out, "\n%d. %s\n", d.step, s)
}

func (d *demo) hubReserve() error {
	d.title("The hub deposits 10 ETH and 1,000 tokens into its reserve (hubDeposit)")
	tokens := new(big.Int).Mul(big.NewInt(1000), ether)
	r, err := d.e.Do(d.e.Hub, new(big.Int).Mul(big.NewInt(10), ether), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.e.Manager.HubDeposit(o, tokens)
	})
	if err != nil {
		return fmt.Errorf("hub deposit: %w", err)
	}
	return d.report(r)
}

func (d *demo) aliceDeposits() error {
	d.title("Alice deposits 5 ETH into her channel with the hub (deposit: no state, no signature needed)")
	five := eth(50)
	r, err := d.e.Do(d.e.Alice, five.ToBig(), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.e.Manager.Deposit(o, d.e.Hub.Addr, d.e.Alice.Addr, new(big.Int))
	})
	if err != nil {
		return fmt.Errorf("alice deposit: %w", err)
	}
	dd, err := d.e.Manager.GetDirectDeposits(nil, d.e.Hub.Addr, d.e.Alice.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "   mined in block %d, gas %d; deposited into the channel so far: %s ETH\n", r.BlockNumber, r.GasUsed,
		formatUnits(dd.WeiAmount, 18))
	d.prev = &state.ChannelState{Hub: d.e.Hub.Addr, User: d.e.Alice.Addr, Recipient: d.e.Alice.Addr}
	return nil
}

func (d *demo) payOffChain() error {
	d.title("Off-chain: both sign a state crediting the deposit, then Alice pays the hub 0.5 ETH three times")
	next := d.next()
	next.CreditedDepositWei, next.WeiUser = eth(50), eth(50)
	if err := d.cosign(next, "credit deposit"); err != nil {
		return err
	}
	for i := 0; i < 3; i++ {
		next = d.next()
		half := eth(5)
		next.WeiUser.Sub(&next.WeiUser, &half)
		next.WeiHub.Add(&next.WeiHub, &half)
		if err := d.cosign(next, fmt.Sprintf("payment %d", i+1)); err != nil {
			return err
		}
	}
	return d.report(nil)
}

func (d *demo) hubCollateral() error {
	d.title("Cooperative on-chain update: the hub moves 100 tokens of collateral from its reserve (hubAuthorizedUpdate)")
	next := d.next()
	next.TxCountChain++
	next.Timeout = d.e.Now() + 600
	hundred := *uint256.MustFromBig(new(big.Int).Mul(big.NewInt(100), ether))
	next.Pending.DepositTokenHub = hundred
	next.TokenHub.Add(&next.TokenHub, &hundred)
	return d.applyByHub(next, "collateral")
}

func (d *demo) withdraw() error {
	d.title("Withdrawal: Alice takes her 3.5 ETH out; the hub's 1.5 ETH and 100 tokens return to its reserve")
	confirm := d.next()
	confirm.Pending, confirm.Timeout = state.Pending{}, 0
	if err := d.cosign(confirm, "confirm collateral"); err != nil {
		return err
	}
	next := d.next()
	next.TxCountChain++
	next.Timeout = d.e.Now() + 600
	next.Pending.WithdrawalWeiUser, next.Pending.WithdrawalWeiHub = next.WeiUser, next.WeiHub
	next.Pending.WithdrawalTokenHub = next.TokenHub
	next.WeiUser, next.WeiHub, next.TokenHub = uint256.Int{}, uint256.Int{}, uint256.Int{}
	before := d.e.WeiBalance(d.e.Alice.Addr)
	if err := d.applyByHub(next, "withdrawal"); err != nil {
		return err
	}
	got := new(big.Int).Sub(d.e.WeiBalance(d.e.Alice.Addr), before)
	fmt.Fprintf(d.out, "   Alice's wallet received %s ETH (%s wei)\n", formatUnits(got, 18), got)
	return nil
}

// next copies the latest state with the next global count.
func (d *demo) next() *state.ChannelState {
	s := *d.prev
	s.TxCountGlobal++
	return &s
}

// cosign validates next against the latest state and has both parties sign it.
func (d *demo) cosign(next *state.ChannelState, what string) error {
	if err := state.ValidateTransition(d.prev, next); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	sigHub, sigUser := d.e.Sign(next, d.e.Hub, d.e.Alice)
	digest := d.e.Domain.ChannelDigest(next)
	if err := state.Verify(digest, sigHub, next.Hub); err != nil {
		return err
	}
	if err := state.Verify(digest, sigUser, next.User); err != nil {
		return err
	}
	d.prev = next
	fmt.Fprintf(d.out, "   state #%d (%s) signed by both: alice %s ETH, hub %s ETH\n", next.TxCountGlobal, what,
		formatUnits(next.WeiUser.ToBig(), 18), formatUnits(next.WeiHub.ToBig(), 18))
	return nil
}

func (d *demo) applyByHub(next *state.ChannelState, what string) error {
	if err := d.cosign(next, what); err != nil {
		return err
	}
	_, sigUser := d.e.Sign(next, d.e.Alice)
	r, err := d.e.Do(d.e.Hub, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return d.e.Manager.HubAuthorizedUpdate(o, contracts.ChannelState(next), sigUser)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return d.report(r)
}

// report prints the on-chain channel record and the hub's reserve.
func (d *demo) report(r *types.Receipt) error {
	c := d.e.Channel(d.e.Hub.Addr, d.e.Alice.Addr)
	rw, err := d.e.Manager.ReserveWei(nil, d.e.Hub.Addr)
	if err != nil {
		return err
	}
	rt, err := d.e.Manager.ReserveToken(nil, d.e.Hub.Addr)
	if err != nil {
		return err
	}
	if r != nil {
		fmt.Fprintf(d.out, "   mined in block %d, gas %d\n", r.BlockNumber, r.GasUsed)
	}
	fmt.Fprintf(d.out, "   on-chain channel: alice %s ETH / %s tokens, hub %s ETH / %s tokens, held %s ETH / %s tokens, txCount %d/%d\n",
		formatUnits(c.WeiUser, 18), formatUnits(c.TokenUser, 18), formatUnits(c.WeiHub, 18), formatUnits(c.TokenHub, 18),
		formatUnits(c.WeiTotal, 18), formatUnits(c.TokenTotal, 18), c.TxCountGlobal, c.TxCountChain)
	fmt.Fprintf(d.out, "   hub reserve: %s ETH, %s tokens\n", formatUnits(rw, 18), formatUnits(rt, 18))
	dd, err := d.e.Manager.GetDirectDeposits(nil, d.e.Hub.Addr, d.e.Alice.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "   direct deposits: %s ETH, of which the chain has seen %s ETH credited by a state\n",
		formatUnits(dd.WeiAmount, 18), formatUnits(c.CreditedWei, 18))
	return nil
}
