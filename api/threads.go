package api

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"spoke/node"
	"spoke/state"
)

// The threads' methods: spoke_threadOpen, spoke_threadPay, spoke_threadClose, spoke_threads. A thread is
// named by its key in hex (0x optional), or by a prefix of it of at least MinThreadPrefix digits that
// names only one of the node's threads.

// MinThreadPrefix is the fewest hex digits of a key that name a thread: fewer would let a typo pay
// through another thread.
const MinThreadPrefix = 4

// Errors of the threads' arguments.
var (
	ErrThreadArg       = fmt.Errorf("api: a thread is its key in hex, or a prefix of at least %d hex digits", MinThreadPrefix)
	ErrNoThread        = errors.New("api: no thread of this node has a key starting so")
	ErrAmbiguousThread = errors.New("api: several threads have a key starting so; give more digits")
)

// ThreadJSON is a thread this node sends (role "sending") or receives ("receiving"): its parties, its
// key, its status (opening, open, closing, closed, failed: the hub refused to open it), the count of its
// latest state this node holds, each side's share in that state (decimal base units), and, sending, the
// highest count the receiver acknowledged.
type ThreadJSON struct {
	Hub      common.Address `json:"hub"`
	Sender   common.Address `json:"sender"`
	Receiver common.Address `json:"receiver"`
	// ID is decimal: ids use 63 bits, more than a JSON number holds exactly.
	ID            string      `json:"id"`
	Key           common.Hash `json:"key"`
	Role          string      `json:"role"`
	Status        string      `json:"status"`
	Count         uint64      `json:"count"`
	SenderShare   Amounts     `json:"senderShare"`
	ReceiverShare Amounts     `json:"receiverShare"`
	Acked         uint64      `json:"acked"`
}

// threadJSON renders a thread for the node me.
func threadJSON(me common.Address, th node.ThreadInfo) ThreadJSON {
	role := "receiving"
	if th.Sender == me {
		role = "sending"
	}
	s := &th.Latest
	return ThreadJSON{Hub: th.Hub, Sender: th.Sender, Receiver: th.Receiver, ID: strconv.FormatUint(th.ID, 10), Key: th.Key,
		Role: role, Status: th.Status.String(), Count: th.TxCount, SenderShare: Amounts{s.WeiSender.Dec(), s.TokenSender.Dec()},
		ReceiverShare: Amounts{s.WeiReceiver.Dec(), s.TokenReceiver.Dec()}, Acked: th.Acked}
}

// ThreadOpen opens a thread holding wei and token of this node's balance to the user to (an address or
// peer id) of the hub via (default: this node's hub), reaching to directly (the hub introduces it), and
// returns it once both channels hold it (spoke_threadOpen).
func (s *Service) ThreadOpen(ctx context.Context, to, wei string, token, via *string) (ThreadJSON, error) {
	addr, err := parsePeer(to)
	if err != nil {
		return ThreadJSON{}, fmt.Errorf("to: %w", err)
	}
	w, t, err := amounts(wei, deref(token))
	if err != nil {
		return ThreadJSON{}, err
	}
	if w.IsZero() && t.IsZero() {
		return ThreadJSON{}, fmt.Errorf("%w: a thread needs wei or token", ErrAmount)
	}
	var hub common.Address
	if via != nil && *via != "" {
		if hub, err = parsePeer(*via); err != nil {
			return ThreadJSON{}, fmt.Errorf("via: %w", err)
		}
	}
	th, err := s.n.OpenThread(ctx, addr, w, t, hub)
	if err != nil {
		return ThreadJSON{}, hintCollateral(err)
	}
	return threadJSON(s.n.Address(), th), nil
}

// hintCollateral says what to do when the hub refused a thread for want of balance in the receiver's
// channel: it starts collateralizing the channel when it refuses.
func hintCollateral(err error) error {
	msg := err.Error()
	if strings.Contains(msg, node.ErrThreadReceiver.Error()) && strings.Contains(msg, "insufficient") {
		return fmt.Errorf("%w (the hub lacks balance in the receiver's channel; it is collateralizing it, retry shortly)", err)
	}
	return err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// ThreadPayment is what spoke_threadPay and spoke_threadClose did: the thread and the count of the state
// that carried the payment (or that the thread closed with).
type ThreadPayment struct {
	Key   common.Hash `json:"key"`
	Count uint64      `json:"count"`
}

// ThreadPay pays wei and token through a thread this node sends and returns once the receiver stored the
// state carrying the payment (spoke_threadPay). Calls may overlap: payments made while a state is on its
// way go out together in the next one.
func (s *Service) ThreadPay(ctx context.Context, thread, wei string, token *string) (ThreadPayment, error) {
	th, err := s.findThread(thread)
	if err != nil {
		return ThreadPayment{}, err
	}
	w, t, err := amounts(wei, deref(token))
	if err != nil {
		return ThreadPayment{}, err
	}
	if w.IsZero() && t.IsZero() {
		return ThreadPayment{}, fmt.Errorf("%w: a payment needs wei or token", ErrAmount)
	}
	count, err := s.n.PayThread(ctx, th.Hub, th.Key, w, t)
	if err != nil {
		return ThreadPayment{}, err
	}
	return ThreadPayment{Key: th.Key, Count: count}, nil
}

// ThreadClose closes a thread: the receiver closes it with the hub, which rebalances both channels; the
// sender asks the receiver to (spoke_threadClose).
func (s *Service) ThreadClose(ctx context.Context, thread string) (ThreadPayment, error) {
	th, err := s.findThread(thread)
	if err != nil {
		return ThreadPayment{}, err
	}
	count, err := s.n.CloseThread(ctx, th.Hub, th.Key)
	if err != nil {
		return ThreadPayment{}, err
	}
	return ThreadPayment{Key: th.Key, Count: count}, nil
}

// Threads lists the threads this node sends or receives: open ones first, then opening, closing, closed
// and failed, each group by key (spoke_threads).
func (s *Service) Threads() []ThreadJSON {
	me := s.n.Address()
	out := []ThreadJSON{}
	for _, th := range s.n.Threads() {
		out = append(out, threadJSON(me, th))
	}
	rank := map[string]int{state.ThreadOpen.String(): 0, state.ThreadOpening.String(): 1, state.ThreadClosing.String(): 2,
		state.ThreadClosed.String(): 3, state.ThreadFailed.String(): 4}
	slices.SortFunc(out, func(a, b ThreadJSON) int {
		ra, oka := rank[a.Status]
		rb, okb := rank[b.Status]
		if !oka {
			ra = len(rank)
		}
		if !okb {
			rb = len(rank)
		}
		if ra != rb {
			return ra - rb
		}
		return a.Key.Cmp(b.Key)
	})
	return out
}

// findThread returns the node's thread whose key is arg or starts with it.
func (s *Service) findThread(arg string) (node.ThreadInfo, error) {
	p := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(arg), "0x"), "0X"))
	if strings.Trim(p, "0123456789abcdef") != "" || len(p) < MinThreadPrefix || len(p) > 2*common.HashLength {
		return node.ThreadInfo{}, fmt.Errorf("%w, not %q", ErrThreadArg, arg)
	}
	var found []node.ThreadInfo
	for _, th := range s.n.Threads() {
		if strings.HasPrefix(hex.EncodeToString(th.Key[:]), p) {
			found = append(found, th)
		}
	}
	switch len(found) {
	case 0:
		return node.ThreadInfo{}, fmt.Errorf("%w: %q (spoke_threads lists them)", ErrNoThread, arg)
	case 1:
		return found[0], nil
	}
	return node.ThreadInfo{}, fmt.Errorf("%w: %q names %d threads", ErrAmbiguousThread, arg, len(found))
}
