package node

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// A proposal the counterparty refused (or answered Busy, or that lost a conflict) was signed by this
// node: the counterparty can still countersign it and use it, pushed back in a Sync or on-chain in a
// dispute, until the channel holds a double-signed state of a higher nonce (a state of the same nonce
// does not beat it on-chain). So it binds this node until then, and its effects on this node's money are
// undone only when it is superseded (ADR 12). The engine keeps each channel's refused proposals, stored
// until superseded and never resent after a restart, and a failed command in one waits for every one of
// them to be superseded before its voided function runs: a hub gives back a payer's lock only then (or
// once its own lock to the recipient expired unclaimed), and takes back custody it tried to pay out only
// then.

// keepRefused keeps out, just refused by the peer, as a refused proposal of ch, stored as such in t's Commit.
func (e *Engine) keepRefused(t *turn, ch *channel, out *outstanding) {
	ch.refused = append(ch.refused, out)
	for _, c := range out.cmds {
		c.refusedIn++
	}
	p := state.Proposal{Record: state.Record{SignedState: out.proposal, Locks: out.locks}, Message: out.msg, Refused: true}
	t.addProposal(p) // the outstanding proposal, marked: not resent after a restart
	t.batch.Refused = append(t.batch.Refused, p)
}

// supersede drops ch's refused proposals that its latest double-signed state has moved past (stored by
// the current turn's Commit), and runs the voided functions of the failed commands no refused proposal
// binds any more.
func (e *Engine) supersede(ch *channel) {
	latest := ch.ch.Latest.State.TxCountGlobal
	kept := ch.refused[:0]
	for _, r := range ch.refused {
		if r.nonce() >= latest {
			kept = append(kept, r)
			continue
		}
		for _, c := range r.cmds {
			c.refusedIn--
			if c.refusedIn == 0 && c.failed && c.voided != nil {
				c.voided()
				c.voided = nil
			}
		}
	}
	if len(kept) < len(ch.refused) && e.cur != nil {
		s := &ch.ch.Latest.State
		e.cur.batch.Superseded = append(e.cur.batch.Superseded, state.Supersession{Hub: s.Hub, User: s.User, Below: latest})
	}
	ch.refused = kept
}

// bound reports whether a refused proposal that may still be countersigned carries c.
func (c *cmd) bound() bool { return c.refusedIn > 0 }

// loadRefused loads ch's refused proposals that its latest state has not moved past.
func (e *Engine) loadRefused(ctx context.Context, ch *channel, hub, user common.Address) error {
	props, err := e.cfg.Store.Refused(ctx, hub, user)
	if err != nil {
		return err
	}
	for _, p := range props {
		if p.State.TxCountGlobal >= ch.ch.Latest.State.TxCountGlobal {
			if err := e.resumedRefused(ch, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// resumedRefused is a refused proposal loaded from the store: it is not resent; the hub's forwards whose
// lock it carries wait for it to be superseded (or for their lock's expiry), and custody it paid out
// comes back once it is superseded.
func (e *Engine) resumedRefused(ch *channel, p state.Proposal) error {
	out, err := resumed(p, ch.peer)
	if err != nil {
		return err
	}
	c := out.cmds[0]
	c.failed = true
	var hashlocks []common.Hash
	var refund [2]uint256.Int // a hub's transfers to the user are custody payouts
	for _, u := range out.updates {
		switch u := u.(type) {
		case protocol.AddLock:
			hashlocks = append(hashlocks, u.Lock.Hashlock)
		case protocol.Transfer:
			if e.cfg.Role == Hub && u.ToUser {
				refund[0].Add(&refund[0], &u.Wei)
				refund[1].Add(&refund[1], &u.Token)
			}
		}
	}
	peer := ch.peer
	c.voided = func() {
		for _, h := range hashlocks {
			if fw := e.forwards.hash(h); fw != nil && fw.waiting {
				e.giveBack(fw)
			}
		}
		if !refund[0].IsZero() || !refund[1].IsZero() {
			e.refundCustody(peer, refund)
		}
	}
	ch.refused = append(ch.refused, out)
	c.refusedIn = 1
	return nil
}

// waitRefused marks fw, whose lock to the recipient the recipient refused, as waiting: the payer's lock
// is given back once no refused proposal carries the hub's lock (giveBack, from the command's voided
// function) or once that lock expired unclaimed (expireWaiting).
func (e *Engine) waitRefused(fw *forward, downExpiry uint64) {
	fw.waiting, fw.waitUntil = true, downExpiry+e.cfg.ConfirmTime
	e.forwards.waits[fw] = struct{}{}
}

// giveBack gives the payer's lock of fw back (CancelLock) and forgets fw; a link's lock stays held,
// redeemable again.
func (e *Engine) giveBack(fw *forward) {
	e.forwards.remove(fw)
	if ref, link := e.links[fw.hashlock]; link && ref == fw.up {
		return
	}
	e.log.Info("node: giving the payer's lock back", "payer", fw.up.peer, "lock", fw.up.id, "hashlock", fw.hashlock)
	e.queueEngine(fw.up.peer, protocol.CancelLock{ID: fw.up.id})
}

// expireWaiting gives back the payer's locks of waiting forwards whose lock to the recipient expired
// (with ConfirmTime to spare) without its preimage showing up on-chain: the recipient cannot claim it
// any more, even with a refused proposal countersigned.
func (e *Engine) expireWaiting(now uint64) {
	for fw := range e.forwards.waits {
		if now > fw.waitUntil {
			e.log.Info("node: a refused forward's lock expired unclaimed; giving the payer's lock back", "payer", fw.up.peer, "lock", fw.up.id)
			e.giveBack(fw)
		}
	}
}

// wasRefused reports whether s is one of ch's refused proposals: the counterparty turned it down, so this
// node undoes its effects once it is superseded and never adopts it from a Sync.
func (ch *channel) wasRefused(s *state.ChannelState) bool {
	for _, r := range ch.refused {
		if r.proposal.State == *s {
			return true
		}
	}
	return false
}
