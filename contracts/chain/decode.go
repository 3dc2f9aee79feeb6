package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"spoke/contracts/bindings"
)

// ErrUnknownEvent is returned for a log of the manager that matches no event of its ABI (the contract at
// Config.Manager is not the ChannelManager these bindings were generated from).
var ErrUnknownEvent = errors.New("chain: log matches no ChannelManager event")

// decodeFunc decodes one log whose first topic it was registered for.
type decodeFunc func(types.Log) (Event, error)

// decoder turns the manager's logs into Events.
type decoder struct {
	byTopic map[common.Hash]decodeFunc
}

func newDecoder(addr common.Address, f bind.ContractFilterer) (*decoder, error) {
	fl, err := bindings.NewChannelManagerFilterer(addr, f)
	if err != nil {
		return nil, fmt.Errorf("chain: bind manager events: %w", err)
	}
	d := &decoder{byTopic: map[common.Hash]decodeFunc{}}
	for name, fn := range decoders(fl) {
		ev, ok := managerABI.Events[name]
		if !ok {
			return nil, fmt.Errorf("chain: event %s is not in the ChannelManager ABI", name)
		}
		d.byTopic[ev.ID] = fn
	}
	return d, nil
}

// decode decodes one log of the manager.
func (d *decoder) decode(l types.Log) (Event, error) {
	if len(l.Topics) == 0 {
		return nil, fmt.Errorf("%w (anonymous log, tx %s)", ErrUnknownEvent, l.TxHash)
	}
	fn, ok := d.byTopic[l.Topics[0]]
	if !ok {
		return nil, fmt.Errorf("%w (topic %s, tx %s)", ErrUnknownEvent, l.Topics[0], l.TxHash)
	}
	ev, err := fn(l)
	if err != nil {
		return nil, fmt.Errorf("chain: decode log %d of block %d: %w", l.Index, l.BlockNumber, err)
	}
	return ev, nil
}

// decoders maps every event of the ChannelManager ABI to its decoder.
func decoders(f *bindings.ChannelManagerFilterer) map[string]decodeFunc {
	return map[string]decodeFunc{
		"HubReserveDeposited": with(f.ParseHubReserveDeposited, reserveDeposited),
		"HubReserveWithdrawn": with(f.ParseHubReserveWithdrawn, reserveWithdrawn),
		"Deposited":           with(f.ParseDeposited, deposited),
		"ChannelUpdated":      with(f.ParseChannelUpdated, channelUpdated),
		"ExitStarted":         with(f.ParseExitStarted, exitStarted),
		"ExitChallenged":      with(f.ParseExitChallenged, exitChallenged),
		"ChannelEmptied":      with(f.ParseChannelEmptied, channelEmptied),
		"ChannelReopened":     with(f.ParseChannelReopened, channelReopened),
		"ThreadExitStarted":   with(f.ParseThreadExitStarted, threadExitStarted),
		"ThreadChallenged":    with(f.ParseThreadChallenged, threadChallenged),
		"ThreadEmptied":       with(f.ParseThreadEmptied, threadEmptied),
		"ThreadsNuked":        with(f.ParseThreadsNuked, threadsNuked),
		"PreimageRevealed":    with(f.ParsePreimageRevealed, preimageRevealed),
		"LockResolved":        with(f.ParseLockResolved, lockResolved),
		"PayoutDeferred":      with(f.ParsePayoutDeferred, payoutDeferred),
		"Claimed":             with(f.ParseClaimed, claimed),
		"EIP712DomainChanged": with(f.ParseEIP712DomainChanged, domainChanged),
	}
}

// with composes a binding's parser with a conversion to an Event.
func with[T any](parse func(types.Log) (*T, error), conv func(Meta, *T) (Event, error)) decodeFunc {
	return func(l types.Log) (Event, error) {
		v, err := parse(l)
		if err != nil {
			return nil, err
		}
		return conv(Meta{BlockNumber: l.BlockNumber, LogIndex: l.Index, TxHash: l.TxHash}, v)
	}
}

func reserveDeposited(m Meta, e *bindings.ChannelManagerHubReserveDeposited) (Event, error) {
	return HubReserveDeposited{Meta: m, Hub: e.Hub, Wei: amount(e.WeiAmount), Token: amount(e.TokenAmount)}, nil
}

func reserveWithdrawn(m Meta, e *bindings.ChannelManagerHubReserveWithdrawn) (Event, error) {
	return HubReserveWithdrawn{Meta: m, Hub: e.Hub, Wei: amount(e.WeiAmount), Token: amount(e.TokenAmount)}, nil
}

func deposited(m Meta, e *bindings.ChannelManagerDeposited) (Event, error) {
	return Deposited{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User},
		Wei: amount(e.WeiAmount), Token: amount(e.TokenAmount)}, nil
}

func channelUpdated(m Meta, e *bindings.ChannelManagerChannelUpdated) (Event, error) {
	g, err := count("txCountGlobal", e.TxCountGlobal)
	if err != nil {
		return nil, err
	}
	c, err := count("txCountChain", e.TxCountChain)
	return ChannelUpdated{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, ByHub: e.ByHub,
		TxCountGlobal: g, TxCountChain: c}, err
}

func exitStarted(m Meta, e *bindings.ChannelManagerExitStarted) (Event, error) {
	n, err := count("txCountGlobal", e.TxCountGlobal)
	return ExitStarted{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, Initiator: e.Initiator,
		TxCountGlobal: n}, err
}

func exitChallenged(m Meta, e *bindings.ChannelManagerExitChallenged) (Event, error) {
	n, err := count("txCountGlobal", e.TxCountGlobal)
	return ExitChallenged{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, Challenger: e.Challenger,
		TxCountGlobal: n}, err
}

func channelEmptied(m Meta, e *bindings.ChannelManagerChannelEmptied) (Event, error) {
	return ChannelEmptied{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User},
		WeiToUser: amount(e.WeiToUser), TokenToUser: amount(e.TokenToUser),
		WeiToHub: amount(e.WeiToHub), TokenToHub: amount(e.TokenToHub)}, nil
}

func channelReopened(m Meta, e *bindings.ChannelManagerChannelReopened) (Event, error) {
	return ChannelReopened{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}}, nil
}

func threadExitStarted(m Meta, e *bindings.ChannelManagerThreadExitStarted) (Event, error) {
	n, err := count("txCount", e.TxCount)
	if err != nil {
		return nil, err
	}
	c, err := count("closingTime", e.ClosingTime)
	return ThreadExitStarted{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, ThreadKey: e.ThreadKey,
		TxCount: n, ClosingTime: c}, err
}

func threadChallenged(m Meta, e *bindings.ChannelManagerThreadChallenged) (Event, error) {
	n, err := count("txCount", e.TxCount)
	return ThreadChallenged{Meta: m, Hub: e.Hub, ThreadKey: e.ThreadKey, TxCount: n}, err
}

func threadEmptied(m Meta, e *bindings.ChannelManagerThreadEmptied) (Event, error) {
	return ThreadEmptied{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, ThreadKey: e.ThreadKey,
		WeiToUser: amount(e.WeiToUser), TokenToUser: amount(e.TokenToUser)}, nil
}

func threadsNuked(m Meta, e *bindings.ChannelManagerThreadsNuked) (Event, error) {
	return ThreadsNuked{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User},
		WeiToUser: amount(e.WeiToUser), TokenToUser: amount(e.TokenToUser)}, nil
}

func preimageRevealed(m Meta, e *bindings.ChannelManagerPreimageRevealed) (Event, error) {
	return PreimageRevealed{Meta: m, Hashlock: e.Hashlock, Preimage: e.Preimage}, nil
}

func lockResolved(m Meta, e *bindings.ChannelManagerLockResolved) (Event, error) {
	return LockResolved{Meta: m, ChannelKey: ChannelKey{e.Hub, e.User}, Leaf: e.Leaf, PaidTo: e.PaidTo}, nil
}

func payoutDeferred(m Meta, e *bindings.ChannelManagerPayoutDeferred) (Event, error) {
	return PayoutDeferred{Meta: m, Account: e.Account, Wei: amount(e.WeiAmount), Token: amount(e.TokenAmount)}, nil
}

func claimed(m Meta, e *bindings.ChannelManagerClaimed) (Event, error) {
	return Claimed{Meta: m, Account: e.Account, Wei: amount(e.WeiAmount), Token: amount(e.TokenAmount)}, nil
}

func domainChanged(m Meta, _ *bindings.ChannelManagerEIP712DomainChanged) (Event, error) {
	return DomainChanged{Meta: m}, nil
}

// amount converts a decoded uint256, which always fits.
func amount(v *big.Int) uint256.Int {
	var u uint256.Int
	u.SetFromBig(v)
	return u
}

// count converts a decoded nonce, which the contract stores as a uint64.
func count(name string, v *big.Int) (uint64, error) {
	if !v.IsUint64() {
		return 0, fmt.Errorf("%s %s does not fit 64 bits", name, v)
	}
	return v.Uint64(), nil
}
