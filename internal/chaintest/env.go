package chaintest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"spoke/contracts"
	"spoke/contracts/bindings"
	"spoke/contracts/chain"
	"spoke/contracts/devchain"
	"spoke/state"
)

// ChallengePeriod is the challenge period of the harness's deployment, in seconds.
const ChallengePeriod = 3600

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Actor is a named key.
type Actor struct {
	Name string
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// NewActor derives an actor from the i-th dev key.
func NewActor(name string, i int) Actor {
	k := devchain.DevKey(i)
	return Actor{Name: name, Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// Env is a dev chain with spoke's contracts deployed.
type Env struct {
	Chain   *devchain.Chain
	Client  simulated.Client
	Dep     *contracts.Deployment
	Manager *bindings.ChannelManager
	Token   *bindings.TestToken
	Domain  *state.Domain

	Deployer, Hub, Alice, Bob, Mallory Actor
	// Hub2, Hub3 and Carol are funded too, for hub networks (not in Actors).
	Hub2, Hub3, Carol Actor
	// Extra are ten more actors with ether only (no tokens), for larger networks.
	Extra []Actor
	// Period is the manager's challenge period, in seconds.
	Period uint64
	ctx    context.Context
}

// New starts a dev chain (mining on demand), deploys the contracts, and gives every actor 1,000 ether
// and 1,000,000 tokens (18 decimals) approved to the manager.
func New(ctx context.Context) (*Env, error) { return NewWith(ctx, devchain.Config{}) }

// NewWith is New on a dev chain started with cfg (its JSON-RPC address and block period; the genesis
// allocation is New's).
func NewWith(ctx context.Context, cfg devchain.Config) (*Env, error) {
	return NewWithPeriod(ctx, cfg, ChallengePeriod)
}

// NewWithPeriod is NewWith deploying the manager with a challenge period of period seconds.
func NewWithPeriod(ctx context.Context, cfg devchain.Config, period uint64) (*Env, error) {
	e := &Env{Period: period,
		Deployer: NewActor("Deployer", 0), Hub: NewActor("Hub", 1), Alice: NewActor("Alice", 2),
		Bob: NewActor("Bob", 3), Mallory: NewActor("Mallory", 4), ctx: ctx,
		Hub2: NewActor("Hub2", 5), Hub3: NewActor("Hub3", 6), Carol: NewActor("Carol", 7),
	}
	funds := new(big.Int).Mul(big.NewInt(1000), Ether)
	funded := []common.Address{e.Deployer.Addr, e.Hub.Addr, e.Alice.Addr, e.Bob.Addr, e.Mallory.Addr,
		e.Hub2.Addr, e.Hub3.Addr, e.Carol.Addr}
	for i := range 10 {
		a := NewActor(fmt.Sprintf("Extra%d", i), 8+i)
		e.Extra = append(e.Extra, a)
		funded = append(funded, a.Addr)
	}
	alloc := devchain.FundedAlloc(funds, funded...)
	cfg.Alloc = alloc
	chain, err := devchain.Start(cfg)
	if err != nil {
		return nil, err
	}
	e.Chain, e.Client = chain, chain.Client()
	e.Dep, err = contracts.DeployWithTestToken(ctx, e.Opts(e.Deployer, nil), e.Client, period, func() { chain.Commit() })
	if err != nil {
		chain.Close()
		return nil, err
	}
	e.Manager, e.Token = e.Dep.ManagerContract, e.Dep.TokenContract
	e.Domain = state.NewDomain(big.NewInt(devchain.ChainID), e.Dep.Manager)
	tokens := new(big.Int).Mul(big.NewInt(1_000_000), Ether)
	for _, a := range append(e.Actors(), e.Hub2, e.Hub3, e.Carol) {
		if _, err := e.Do(e.Deployer, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.Token.Mint(o, a.Addr, tokens)
		}); err != nil {
			return nil, err
		}
		if _, err := e.Do(a, nil, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.Token.Approve(o, e.Dep.Manager, abi.MaxUint256)
		}); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// Close stops the chain.
func (e *Env) Close() { e.Chain.Close() }

// Actors lists the named actors that hold funds.
func (e *Env) Actors() []Actor { return []Actor{e.Hub, e.Alice, e.Bob, e.Mallory} }

// Opts returns transaction options for a, sending value wei (nil for none).
func (e *Env) Opts(a Actor, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(a.Key, big.NewInt(devchain.ChainID))
	o.Context = e.ctx
	o.Value = value
	return o
}

// RevertError is a transaction that reverted, with the contract's custom error decoded when known. It is
// the chain adapter's type, so tests and the adapter share one decoding.
type RevertError = chain.RevertError

// Do sends the transaction fn builds as actor a, mines it, and returns its receipt. A transaction that
// reverts returns a *RevertError.
func (e *Env) Do(a Actor, value *big.Int, fn func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := fn(e.Opts(a, value))
	if err != nil {
		return nil, decodeRevert(err)
	}
	e.Chain.Commit()
	rcpt, err := bind.WaitMined(e.ctx, e.Client, tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, &RevertError{Err: errors.New("status 0")}
	}
	return rcpt, nil
}

// RevertName returns the custom error name of err, or "" when err is not a decoded revert.
func RevertName(err error) string {
	var r *RevertError
	if errors.As(err, &r) {
		return r.Name
	}
	return ""
}

// reentrantTokenABI decodes the errors of the reentrancy tests' token, besides the manager's.
var reentrantTokenABI = func() *abi.ABI {
	a, err := bindings.ReentrantTokenMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	return a
}()

func decodeRevert(err error) error { return chain.DecodeRevert(err, reentrantTokenABI) }

// Now is the timestamp of the latest block.
func (e *Env) Now() uint64 {
	h, err := e.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		panic(err)
	}
	return h.Time
}

// Advance moves chain time forward by seconds and mines a block.
func (e *Env) Advance(seconds uint64) error {
	return e.Chain.AdjustTime(time.Duration(seconds) * time.Second)
}

// Sign signs the channel state with each actor given and returns the signatures of hub and user (nil when
// the actor was not given).
func (e *Env) Sign(s *state.ChannelState, signers ...Actor) (sigHub, sigUser []byte) {
	d := e.Domain.ChannelDigest(s)
	for _, a := range signers {
		sig, err := state.Sign(d, a.Key)
		if err != nil {
			panic(err)
		}
		switch a.Addr {
		case s.Hub:
			sigHub = sig[:]
		case s.User:
			sigUser = sig[:]
		}
	}
	return sigHub, sigUser
}

// SignThread signs a thread state as its sender.
func (e *Env) SignThread(t *state.ThreadState, sender Actor) []byte {
	sig, err := state.Sign(e.Domain.ThreadDigest(t), sender.Key)
	if err != nil {
		panic(err)
	}
	return sig[:]
}

// Channel reads the on-chain record of the (hub, user) channel.
func (e *Env) Channel(hub, user common.Address) bindings.ChannelBaseChannel {
	c, err := e.Manager.GetChannel(&bind.CallOpts{Context: e.ctx}, hub, user)
	if err != nil {
		panic(err)
	}
	return c
}

// WeiBalance is the chain balance of addr.
func (e *Env) WeiBalance(addr common.Address) *big.Int {
	b, err := e.Client.BalanceAt(e.ctx, addr, nil)
	if err != nil {
		panic(err)
	}
	return b
}

// TokenBalance is the token balance of addr.
func (e *Env) TokenBalance(addr common.Address) *big.Int {
	b, err := e.Token.BalanceOf(&bind.CallOpts{Context: e.ctx}, addr)
	if err != nil {
		panic(err)
	}
	return b
}
