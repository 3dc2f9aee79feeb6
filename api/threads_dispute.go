package api

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// The threads' on-chain methods: spoke_threadDispute settles a thread on-chain by exiting the channel that
// holds it; spoke_threadNuke reaches the contract's escape hatch for thread disputes nobody finishes.

// Errors of spoke_threadNuke's hub.
var (
	ErrNoHub    = errors.New("api: this node is a user of no hub; name the channel's counterparty (via)")
	ErrWhichHub = errors.New("api: this node is a user of several hubs; name the one whose channel to nuke (via)")
)

// SettledThread is a thread as it settled on-chain in this node's channel: the count of the state it
// settled by and each side's share in that state (decimal base units); the channel's user got its side
// at its address, the hub's reserve the other.
type SettledThread struct {
	Hub           common.Address `json:"hub"`
	Sender        common.Address `json:"sender"`
	Receiver      common.Address `json:"receiver"`
	ID            string         `json:"id"`
	Key           common.Hash    `json:"key"`
	Count         uint64         `json:"count"`
	SenderShare   Amounts        `json:"senderShare"`
	ReceiverShare Amounts        `json:"receiverShare"`
}

func settledThread(s state.ThreadState) SettledThread {
	return SettledThread{Hub: s.Hub, Sender: s.Sender, Receiver: s.Receiver, ID: strconv.FormatUint(s.ThreadID, 10), Key: s.Key(),
		Count: s.TxCount, SenderShare: Amounts{s.WeiSender.Dec(), s.TokenSender.Dec()},
		ReceiverShare: Amounts{s.WeiReceiver.Dec(), s.TokenReceiver.Dec()}}
}

func settledThreads(ts []state.ThreadState) []SettledThread {
	out := []SettledThread{}
	for _, s := range ts {
		out = append(out, settledThread(s))
	}
	return out
}

// ThreadDisputeResult is what spoke_threadDispute did: the thread as it settled, and the exit of this
// node's channel with the thread's hub that settled it (with every other thread of that channel).
type ThreadDisputeResult struct {
	Thread SettledThread `json:"thread"`
	Exit   ExitResult    `json:"exit"`
}

// ThreadDispute settles a thread on-chain, for when the hub does not close it or the other party
// vanished: it exits this node's channel with the thread's hub (as spoke_exit does), waits out the
// channel's challenge period, then takes each of the channel's threads through its dispute with the
// latest state this node holds (answering an older one) and empties it after the thread's challenge
// period. It returns when done; progress events (op "exit") follow it. A thread unknown, closed already
// or not held by the channel is refused before anything happens on-chain (spoke_threadDispute).
func (s *Service) ThreadDispute(ctx context.Context, thread string) (ThreadDisputeResult, error) {
	th, err := s.findThread(thread)
	if err != nil {
		return ThreadDisputeResult{}, err
	}
	d, err := s.n.DisputeThread(ctx, th.Hub, th.Key)
	if err != nil {
		return ThreadDisputeResult{}, fmt.Errorf("thread %s: %w", th.Key.Hex(), err)
	}
	return ThreadDisputeResult{Thread: settledThread(d.Settled), Exit: exitResult(d.Exit)}, nil
}

// ThreadNukeResult is what spoke_threadNuke did: the channel's counterparty, the transaction, and what
// the channel held for its threads, paid to the channel's user.
type ThreadNukeResult struct {
	Hub      common.Address `json:"hub"`
	TxHash   common.Hash    `json:"txHash"`
	Released Amounts        `json:"released"`
}

// ThreadNuke nukes the threads left of this node's channel with via (an address or peer id; omitted: the
// node's hub, if it is a user of exactly one): once the contract's nuke delay has passed since the
// channel's exit, every thread fund the channel still holds goes to its user. Before then it fails
// saying from when it is allowed; a channel with no thread left to settle on-chain is refused
// (spoke_threadNuke).
func (s *Service) ThreadNuke(ctx context.Context, via *string) (ThreadNukeResult, error) {
	hub, err := s.nukeHub(via)
	if err != nil {
		return ThreadNukeResult{}, err
	}
	rep, err := s.n.NukeThreads(ctx, hub)
	if err != nil {
		return ThreadNukeResult{}, err
	}
	return ThreadNukeResult{Hub: hub, TxHash: rep.TxHash, Released: Amounts{rep.Wei.Dec(), rep.Token.Dec()}}, nil
}

// nukeHub is the channel spoke_threadNuke names: via, or the node's only hub.
func (s *Service) nukeHub(via *string) (common.Address, error) {
	if via != nil && *via != "" {
		hub, err := parsePeer(*via)
		if err != nil {
			return common.Address{}, fmt.Errorf("via: %w", err)
		}
		return hub, nil
	}
	switch hubs := s.n.Hubs(); len(hubs) {
	case 0:
		return common.Address{}, ErrNoHub
	case 1:
		return hubs[0], nil
	default:
		return common.Address{}, fmt.Errorf("%w: %d hubs", ErrWhichHub, len(hubs))
	}
}
