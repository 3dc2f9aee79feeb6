package node

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
)

var (
	errCannotCountersign = errors.New("node: cannot countersign now")
	errAnswerLost        = errors.New("node: answer lost (test hook)")
)

// inbound is a peer's proposal handed by the network handler to the loop.
type inbound struct {
	from  common.Address
	msg   protocol.Propose
	reply chan protocol.Message // buffered: the loop never blocks on it
}

// handle serves UpdateProtocol. It decodes the request, rejects anything but a Propose, and otherwise
// waits (at most until the stream deadline) for the loop's Countersign, Reject or Sync.
func (e *Engine) handle(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return marshalReject(0, fmt.Errorf("%w: %w", ErrMalformed, err))
	}
	p, ok := msg.(protocol.Propose)
	if !ok {
		return marshalReject(0, fmt.Errorf("%w: %T", ErrUnexpected, msg))
	}
	in := &inbound{from: from, msg: p, reply: make(chan protocol.Message, 1)}
	select {
	case e.inbound <- in:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-e.done:
		return nil, ErrStopped
	}
	select {
	case m := <-in.reply:
		if e.cfg.loseAnswer != nil && e.cfg.loseAnswer(m) {
			return nil, errAnswerLost
		}
		return protocol.MarshalMessage(m)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// acceptPropose runs protocol.Accept on a peer's proposal; if it passes, it countersigns and queues the
// double-signed state for the turn's Put, and only once that Put succeeded answers with the Countersign.
// A proposal at or below the latest stored state is answered, after the Put, with a Sync of that state
// (the proposer fell behind, e.g. it lost our last Countersign). Anything else is a Reject that changes
// nothing.
func (e *Engine) acceptPropose(t *turn, in *inbound) {
	from, p := in.from, in.msg
	nonce := p.Proposal.State.TxCountGlobal
	ch, err := e.acceptable(from, nonce)
	if errors.Is(err, ErrStaleProposal) && ch.ch.Latest.State.TxCountGlobal > 0 {
		t.later(func(perr error) { in.reply <- e.syncAnswer(ch, nonce, err, perr) })
		return
	}
	if err != nil {
		in.reply <- reject(nonce, err)
		return
	}
	next, err := protocol.Accept(ch.ch, e.context(ch), e.cfg.Domain, e.me, p.Updates, p.Proposal)
	if err == nil {
		err = e.countersign(t, ch, next, in)
	}
	if err != nil {
		in.reply <- reject(nonce, err)
	}
}

// countersign signs next, makes it ch's state and queues it for the turn's Put; the Countersign goes to
// in.reply after the Put. If the Put fails, ch goes back to its previous state and the answer is a Reject.
func (e *Engine) countersign(t *turn, ch *channel, next protocol.Channel, in *inbound) error {
	nonce := next.Latest.State.TxCountGlobal
	sig, err := e.sign(&next.Latest)
	if err != nil {
		e.log.Error("node: cannot countersign", "peer", in.from, "nonce", nonce, "err", err)
		return errCannotCountersign
	}
	prev := ch.ch
	ch.ch = next // a later proposal of this turn builds on it
	e.channels[in.from] = ch
	t.add(next.Latest, func(perr error) {
		if perr != nil {
			ch.ch = prev
			in.reply <- reject(nonce, errCannotCountersign)
			return
		}
		in.reply <- protocol.Countersign{TxCountGlobal: nonce, Sig: sig}
	})
	return nil
}

// syncAnswer is the answer to a stale proposal once the turn's Put returned perr: a Sync of ch's latest
// (stored now), or the stale Reject if the Put failed.
func (e *Engine) syncAnswer(ch *channel, nonce uint64, stale, perr error) protocol.Message {
	if perr != nil {
		return reject(nonce, stale)
	}
	return protocol.Sync{Latest: ch.ch.Latest}
}

// acceptable returns the channel with from if a proposal with nonce may be considered on it now. A stale
// nonce gives the channel too, with an error wrapping ErrStaleProposal.
func (e *Engine) acceptable(from common.Address, nonce uint64) (*channel, error) {
	ch, err := e.lookup(from)
	switch {
	case err != nil:
		return nil, err
	case ch.out != nil:
		return nil, ErrBusy
	case nonce <= ch.ch.Latest.State.TxCountGlobal:
		return ch, fmt.Errorf("%w: proposal %d, latest %d", ErrStaleProposal, nonce, ch.ch.Latest.State.TxCountGlobal)
	}
	return ch, nil
}

// reject is a Reject for nonce whose reason is err's message, cut to MaxReasonLength bytes.
func reject(nonce uint64, err error) protocol.Reject {
	reason := strings.ToValidUTF8(err.Error(), "?")
	if len(reason) > protocol.MaxReasonLength {
		reason = strings.ToValidUTF8(reason[:protocol.MaxReasonLength], "")
	}
	return protocol.Reject{TxCountGlobal: nonce, Reason: reason}
}

// marshalReject encodes reject(nonce, err).
func marshalReject(nonce uint64, err error) ([]byte, error) {
	return protocol.MarshalMessage(reject(nonce, err))
}
