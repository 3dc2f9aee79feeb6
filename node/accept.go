package node

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"spoke/protocol"
)

// inbound is a peer's proposal handed by the network handler to the loop.
type inbound struct {
	from  common.Address
	msg   protocol.Propose
	reply chan protocol.Message // buffered: the loop never blocks on it
}

// handle serves UpdateProtocol. It decodes the request, rejects anything but a Propose, and otherwise
// waits (at most until the stream deadline) for the loop's Countersign or Reject.
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
		return protocol.MarshalMessage(m)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// acceptPropose runs protocol.Accept on a peer's proposal; if it passes, it countersigns, stores the
// double-signed state and only then returns the Countersign. Anything else is a Reject that changes
// nothing.
func (e *Engine) acceptPropose(ctx context.Context, from common.Address, p protocol.Propose) protocol.Message {
	nonce := p.Proposal.State.TxCountGlobal
	ch, err := e.acceptable(from, nonce)
	if err != nil {
		return reject(nonce, err)
	}
	next, err := protocol.Accept(ch.ch, e.context(ch), e.cfg.Domain, e.me, p.Updates, p.Proposal)
	if err != nil {
		return reject(nonce, err)
	}
	sig, err := e.sign(&next.Latest)
	if err == nil {
		err = e.cfg.Store.Put(ctx, next.Latest)
	}
	if err != nil {
		e.log.Error("node: cannot countersign", "peer", from, "nonce", nonce, "err", err)
		return reject(nonce, fmt.Errorf("node: cannot countersign now"))
	}
	ch.ch = next
	e.channels[from] = ch
	return protocol.Countersign{TxCountGlobal: nonce, Sig: sig}
}

// acceptable returns the channel with from if a proposal with nonce may be considered on it now.
func (e *Engine) acceptable(from common.Address, nonce uint64) (*channel, error) {
	ch, err := e.lookup(from)
	switch {
	case err != nil:
		return nil, err
	case ch.out != nil:
		return nil, ErrBusy
	case nonce <= ch.ch.Latest.State.TxCountGlobal:
		return nil, fmt.Errorf("%w: proposal %d, latest %d", ErrStaleProposal, nonce, ch.ch.Latest.State.TxCountGlobal)
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
