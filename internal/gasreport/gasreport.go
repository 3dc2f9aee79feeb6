package gasreport

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/internal/chaintest"
)

// Op is the gas one operation used, as the receipt reports it (21,000 base and calldata included,
// refunds deducted).
type Op struct {
	Name  string
	Gas   uint64
	Nitro uint64 // go-nitro's published figure for the comparable operation; 0 when none compares
	Note  string // the setting the operation was measured in
}

// Operation names.
const (
	opHubDeposit      = "hub reserve deposit (ETH)"
	opHubTopUp        = "hub reserve top-up (ETH)"
	opDirectNew       = "ETH deposit (new channel)"
	opDirectExisting  = "ETH deposit (existing channel)"
	opDepositNew      = "ETH deposit by authorized update (new channel)"
	opDepositExisting = "ETH deposit by authorized update (existing channel)"
	opTokenDeposit    = "token deposit"
	opCollateral      = "hub collateral deposit from reserve"
	opCoopWithdrawal  = "cooperative withdrawal"
	opSwapWithdrawal  = "withdrawal with tokens sold for wei"
	opStartExit       = "start exit"
	opStartExitUpdate = "start exit with update"
	opStartExitRoots  = "start exit with update (open threads and locks)"
	opChallenge       = "challenge"
	opChallengeBoth   = "challenge (watchtower, both signatures)"
	opEmptyChannel    = "empty channel"
	opThreadStart     = "thread dispute: start"
	opThreadChallenge = "thread dispute: challenge"
	opThreadEmpty     = "thread dispute: empty"
	opRevealPreimage  = "reveal preimage"
	opLockResolution  = "lock resolution"
)

// go-nitro's published figures (its nitro-protocol gas benchmarks), measured by go-nitro on its own
// toolchain and not re-measured here.
const (
	nitroDeposit    = 46_496  // deposit ETH into a channel (first deposit)
	nitroWithdraw   = 111_514 // withdraw: conclude a double-signed final state and pay out
	nitroChallenge  = 113_146 // challenge: register a signed state and start the timeout
	nitroCheckpoint = 73_936  // checkpoint: record a newer supported state
	nitroSettle     = 82_026  // settle: transferAllAssets once the challenge has timed out
)

// farFuture (2100-01-01) is every timeout and lock expiry: a realistic width of calldata that, unlike
// "now + 10 minutes", does not depend on the wall clock the simulated chain stamps blocks with.
const farFuture = 4_102_444_800

// order is the report's order of operations.
var order = []string{
	opHubDeposit, opHubTopUp, opDirectNew, opDirectExisting, opDepositNew, opDepositExisting, opTokenDeposit, opCollateral,
	opCoopWithdrawal, opSwapWithdrawal, opStartExit, opStartExitUpdate, opStartExitRoots, opChallenge,
	opChallengeBoth, opEmptyChannel, opThreadStart, opThreadChallenge, opRevealPreimage, opLockResolution,
	opThreadEmpty,
}

// spec names a measured transaction; the zero spec marks a setup transaction that is not reported.
type spec struct {
	name  string
	nitro uint64
	note  string
}

var setup spec

// run is one measurement: a fresh chain, the channels it drives, and the operations measured so far.
type run struct {
	ctx                 context.Context
	e                   *chaintest.Env
	alice, bob, mallory *channel
	ops                 []Op
	settle              settlement
}

// Measure deploys spoke on a fresh simulated chain, drives channels through every operation of the
// report, and returns the gas each used, in the report's order.
func Measure(ctx context.Context) ([]Op, error) {
	e, err := chaintest.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("gasreport: start chain: %w", err)
	}
	defer e.Close()
	r := &run{ctx: ctx, e: e,
		alice: newChannel(e.Hub, e.Alice), bob: newChannel(e.Hub, e.Bob), mallory: newChannel(e.Hub, e.Mallory)}
	steps := []func() error{
		r.reserve, r.directDeposits, r.aliceDeposits, r.aliceWithdraws, r.bobExits, r.malloryDisputes, r.aliceOpensThreadsAndLocks,
		r.aliceExits, r.afterChallengePeriod, r.emptyMallory, r.emptyAlice, r.threadDispute, r.resolveLock,
		r.afterChallengePeriod, r.emptyThread,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return r.ordered()
}

// ordered returns the measured operations in report order, checking each was measured exactly once.
func (r *run) ordered() ([]Op, error) {
	byName := make(map[string]Op, len(r.ops))
	for _, op := range r.ops {
		if _, dup := byName[op.Name]; dup {
			return nil, fmt.Errorf("gasreport: %q measured twice", op.Name)
		}
		byName[op.Name] = op
	}
	out := make([]Op, 0, len(order))
	for _, name := range order {
		op, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("gasreport: %q not measured", name)
		}
		out = append(out, op)
	}
	return out, nil
}

// Shorthands for the binding calls the scenarios make.
type (
	txOpts   = *bind.TransactOpts
	txResult = *types.Transaction
	txFunc   = func(txOpts) (txResult, error)
)

// send sends fn's transaction as a, mines it, and records its gas under sp unless sp is setup.
func (r *run) send(sp spec, a chaintest.Actor, value *big.Int, fn txFunc) error {
	if value != nil && value.Sign() == 0 {
		value = nil
	}
	label := sp.name
	if label == "" {
		label = "setup"
	}
	rcpt, err := r.e.Do(a, value, fn)
	if err != nil {
		return fmt.Errorf("gasreport: %s: %w", label, err)
	}
	if sp == setup {
		return nil
	}
	data, intrinsic, err := r.intrinsic(rcpt, a)
	if err != nil {
		return fmt.Errorf("gasreport: %s: %w", label, err)
	}
	note := fmt.Sprintf("%s Calldata %s bytes; intrinsic gas (21,000 + calldata) %s.", sp.note, commas(uint64(data)), commas(intrinsic))
	r.ops = append(r.ops, Op{Name: sp.name, Gas: rcpt.GasUsed, Nitro: sp.nitro, Note: note})
	return nil
}

// intrinsic returns the calldata length of the receipt's transaction and its intrinsic gas.
func (r *run) intrinsic(rcpt *types.Receipt, from chaintest.Actor) (int, uint64, error) {
	tx, _, err := r.e.Client.TransactionByHash(r.ctx, rcpt.TxHash)
	if err != nil {
		return 0, 0, err
	}
	header, err := r.e.Client.HeaderByNumber(r.ctx, rcpt.BlockNumber)
	if err != nil {
		return 0, 0, err
	}
	rules := devchain.MainnetRules().Rules(rcpt.BlockNumber, true, header.Time)
	gas, err := core.IntrinsicGas(tx.Data(), tx.AccessList(), nil, from.Addr, tx.To(), uint256.MustFromBig(tx.Value()), rules)
	return len(tx.Data()), gas, err
}

// afterChallengePeriod moves chain time past the challenge period.
func (r *run) afterChallengePeriod() error {
	if err := r.e.Advance(chaintest.ChallengePeriod + 1); err != nil {
		return fmt.Errorf("gasreport: advance time: %w", err)
	}
	return nil
}

// milliEther is n thousandths of an ether, in wei.
func milliEther(n uint64) uint256.Int {
	var v uint256.Int
	v.Mul(uint256.NewInt(n), uint256.NewInt(1e15))
	return v
}

// tokens is n whole tokens (18 decimals), in base units.
func tokens(n uint64) uint256.Int {
	var v uint256.Int
	v.Mul(uint256.NewInt(n), uint256.NewInt(1e18))
	return v
}
