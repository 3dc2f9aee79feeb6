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
	encoding := out.signedIn != nil && out.signedIn == e.committing // out.msg is being made (commit.go)
	var p state.Proposal
	if encoding {
		p = state.Proposal{Record: out.record(), Refused: true}
	} else {
		p = state.Proposal{Record: out.record(), Message: out.msg, Refused: true}
	}
	i := len(t.batch.Proposals)
	t.addProposal(p) // the outstanding proposal, marked: not resent after a restart
	j := -1
	if !ch.wasRefused(&out.proposal.State) { // else the same proposal again (Busy to every resend): kept once
		ch.refused = append(ch.refused, out)
		for _, c := range out.cmds {
			c.refusedIn++
		}
		j = len(t.batch.Refused)
		t.batch.Refused = append(t.batch.Refused, p)
	}
	if encoding {
		t.fixup(func() {
			t.batch.Proposals[i].Message = out.msg
			if j >= 0 {
				t.batch.Refused[j].Message = out.msg
			}
		})
	}
}

// supersede drops ch's refused proposals that its latest double-signed state has moved past (stored by
// the current turn's Commit) or that it is (the peer countersigned it after all), and runs the voided
// functions of the failed commands no refused proposal binds any more.
func (e *Engine) supersede(ch *channel) {
	latest := &ch.ch.Latest.State
	var kept, gone []*outstanding
	moved := false
	for _, r := range ch.refused {
		switch {
		case r.proposal.State == *latest:
			gone = append(gone, r)
		case r.nonce() >= latest.TxCountGlobal:
			kept = append(kept, r)
		default:
			gone, moved = append(gone, r), true
		}
	}
	if len(gone) == 0 {
		return
	}
	ch.refused = kept
	if moved && e.cur != nil {
		e.cur.batch.Superseded = append(e.cur.batch.Superseded,
			state.Supersession{Hub: latest.Hub, User: latest.User, Below: latest.TxCountGlobal})
	}
	for _, r := range gone {
		for _, c := range r.cmds {
			c.refusedIn--
			if c.refusedIn == 0 && c.failed && c.voided != nil {
				c.voided()
				c.voided = nil
			}
		}
	}
}

// bound reports whether a refused proposal that may still be countersigned carries c.
func (c *cmd) bound() bool { return c.refusedIn > 0 }

// loadRefused loads ch's refused proposals that its latest state has not moved past (and that are not
// that state: the peer countersigned it after all). They share one command, failed, whose voided function
// runs once every one of them is superseded: the hub then gives back the payers' locks of the forwards
// they carry (unless placed since), the custody their transfers paid out (each distinct amount once: a
// claim proposed again after a Busy answer is one claim) and the senders' sides of the threads whose
// receiver's side they opened (unless opened since).
func (e *Engine) loadRefused(ctx context.Context, ch *channel, hub, user common.Address) error {
	props, err := e.cfg.Store.Refused(ctx, hub, user)
	if err != nil {
		return err
	}
	c := &cmd{ctx: context.Background(), to: ch.peer, failed: true}
	var hashlocks []common.Hash
	var threads []state.SignedThread // the receiver's sides of threads this hub proposed
	refunds := map[[2]uint256.Int]bool{}
	for _, p := range props {
		if p.State.TxCountGlobal < ch.ch.Latest.State.TxCountGlobal || p.State == ch.ch.Latest.State {
			continue
		}
		out, err := resumed(p, ch.peer)
		if err != nil {
			return err
		}
		out.cmds = []*cmd{c}
		c.refusedIn++
		ch.refused = append(ch.refused, out)
		for _, u := range out.updates {
			switch u := u.(type) {
			case protocol.AddLock:
				hashlocks = append(hashlocks, u.Lock.Hashlock)
			case protocol.Transfer:
				if ch.hubSide && u.ToUser {
					refunds[[2]uint256.Int{u.Wei, u.Token}] = true
				}
			case protocol.OpenThread:
				if ch.hubSide && u.Thread.State.Receiver == ch.peer {
					threads = append(threads, u.Thread)
				}
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
		for amount := range refunds {
			e.refundCustody(peer, amount)
		}
		for _, th := range threads {
			e.undoUnpaired(th)
		}
	}
	return nil
}

// waitRefused marks fw, whose lock to the recipient the recipient refused, as waiting: the payer's lock
// is given back once no refused proposal carries the hub's lock (giveBack, from the command's voided
// function) or once that lock expired unclaimed (expireWaiting).
func (e *Engine) waitRefused(fw *forward, downExpiry uint64) {
	if fw.waiting {
		return
	}
	fw.waiting, fw.waitUntil = true, downExpiry+e.cfg.ConfirmTime
	e.forwards.waits[fw] = struct{}{}
}

// giveBack gives the payer's lock of fw back (CancelLock) and forgets fw; a link's lock stays held,
// redeemable again.
func (e *Engine) giveBack(fw *forward) { e.giveBackFor(fw, Failure{}) }

// giveBackFor is giveBack saying why (f, if set).
func (e *Engine) giveBackFor(fw *forward, f Failure) {
	e.forwards.remove(fw)
	if ref, link := e.links.held[fw.hashlock]; link && ref == fw.up {
		return
	}
	e.log.Info("node: giving the payer's lock back", "payer", fw.up.peer, "lock", fw.up.id, "hashlock", fw.hashlock)
	e.publish(Event{Kind: EventForwardFailed, Peer: fw.up.peer, Hashlock: fw.hashlock, Err: f.Reason})
	for _, r := range e.upstreams(fw) {
		if f.Node == (common.Address{}) {
			e.queueEngine(r.peer, protocol.CancelLock{ID: r.id})
		} else {
			e.cancelFor(r.peer, r.id, f)
		}
	}
}

// expireWaiting gives back the payer's locks of waiting forwards whose lock to the recipient expired
// (with ConfirmTime to spare) without its preimage showing up on-chain: the recipient cannot claim it
// any more, even with a refused proposal countersigned. With a chain, "expired" is by the chain's clock
// as the node's watcher last saw it confirmed (the contract pays a lock whose preimage was revealed by its
// expiry in block time; a watcher that lags, or a wall clock ahead of the chain, must not give back what
// a reveal the node has not seen yet would claim); without one, by the node's clock.
func (e *Engine) expireWaiting() {
	now := e.cfg.Clock()
	if e.cfg.Chain != nil {
		now = e.watch.time.Load() // 0 before the watcher's first report: nothing expires yet
	}
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
