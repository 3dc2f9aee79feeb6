package node

import (
	"context"
	"fmt"
	"time"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// malloryMove is one of Mallory's moves: it reads her channel, acts, and describes what it did.
type malloryMove func(m *propMallory, ch protocol.Channel) string

// malloryMoves are her moves by name, drawn uniformly.
var malloryMoves = []struct {
	name string
	move malloryMove
}{
	{"transfer", (*propMallory).transfer},
	{"zero transfer", (*propMallory).zeroTransfer},
	{"pay", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 1, false, false, 0) }},
	{"pay twice with one hashlock", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 2, false, false, 0) }},
	{"pay with a hashlock she knows", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 1, true, false, 0) }},
	{"pay with the wrong secret", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 1, false, true, 0) }},
	{"pay expiring too soon", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 1, false, false, 1200) }},
	{"pay expiring in 30 days", func(m *propMallory, ch protocol.Channel) string { return m.pay(ch, 1, false, false, 30*86400) }},
	{"expire a lock", (*propMallory).expire},
	{"cancel a lock", (*propMallory).cancel},
	{"settle a lock", (*propMallory).settle},
	{"replay", (*propMallory).replay},
	{"skip a nonce", (*propMallory).skipNonce},
	{"unanswered", (*propMallory).unanswered},
	{"garbage", (*propMallory).garbage},
	{"silent", (*propMallory).beSilent},
	{"refuse", (*propMallory).beRefusing},
	{"forged sync", (*propMallory).forgedSync},
}

// act makes one random move of hers.
func (m *propMallory) act() string {
	mv := malloryMoves[m.w.rng.IntN(len(malloryMoves))]
	return "mallory " + mv.name + ": " + mv.move(m, m.latest())
}

func (m *propMallory) transfer(ch protocol.Channel) string {
	return describe(m.propose(ch, nil, wei(1+m.w.rng.Uint64N(1000))))
}

func (m *propMallory) zeroTransfer(ch protocol.Channel) string {
	return describe(m.propose(ch, nil, protocol.Transfer{}))
}

// pay locks to a random honest user: n locks with one hashlock (a fresh one, or one she knows if reuse),
// the note sealing the wrong secret if wrong, expiring in lasts seconds (default an hour).
func (m *propMallory) pay(ch protocol.Channel, n int, reuse, wrong bool, lasts uint64) string {
	w := m.w
	pre := randomPreimage()
	if p, ok := m.knownPreimage(); reuse && ok {
		pre = p
	}
	if lasts == 0 {
		lasts = 3600
	}
	nonce := ch.Latest.State.TxCountGlobal + 1
	var updates []protocol.Update
	var notes []protocol.Note
	for i := range n {
		to := w.users[w.rng.IntN(len(w.users))]
		l, note := m.lockTo(to, 1+w.rng.Uint64N(2000), pre, w.clock.Load()+lasts, nonce<<lockIDShift|uint64(i), wrong)
		updates, notes = append(updates, l), append(notes, note)
	}
	return fmt.Sprintf("%d lock(s) with hashlock %.10s: %s", n, state.Hashlock(pre).Hex(), describe(m.propose(ch, notes, updates...)))
}

// pick returns one of ch's open locks, sent by her if mine, else received (none: false).
func (m *propMallory) pick(ch protocol.Channel, mine bool) (state.Lock, bool) {
	var ls []state.Lock
	for _, l := range ch.Locks {
		if l.ToUser != mine {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		return state.Lock{}, false
	}
	return ls[m.w.rng.IntN(len(ls))], true
}

// expire asks to expire one of her locks, expired or not.
func (m *propMallory) expire(ch protocol.Channel) string {
	l, ok := m.pick(ch, true)
	if !ok {
		return "no lock of hers"
	}
	return fmt.Sprintf("lock %d (expiry %d, now %d): %s", l.ID, l.Expiry, m.w.clock.Load(),
		describe(m.propose(ch, nil, protocol.ExpireLock{ID: l.ID})))
}

// cancel asks to cancel any open lock: one the hub sends her (hers to give up) or one of her own.
func (m *propMallory) cancel(ch protocol.Channel) string {
	l, ok := m.pick(ch, m.w.rng.IntN(2) == 0)
	if !ok {
		return "no such lock"
	}
	return fmt.Sprintf("lock %d (to user %v): %s", l.ID, l.ToUser, describe(m.propose(ch, nil, protocol.CancelLock{ID: l.ID})))
}

// settle settles a lock the hub sends her, with its preimage if she knows it.
func (m *propMallory) settle(ch protocol.Channel) string {
	l, ok := m.pick(ch, false)
	if !ok {
		return "no lock to her"
	}
	pre, known := m.preimageOf(l.Hashlock)
	return fmt.Sprintf("lock %d (known %v, expiry %d, now %d): %s", l.ID, known, l.Expiry, m.w.clock.Load(),
		describe(m.propose(ch, nil, protocol.SettleLock{ID: l.ID, Preimage: pre})))
}

// replay sends one of her earlier proposals again.
func (m *propMallory) replay(protocol.Channel) string {
	if len(m.sent) == 0 {
		return "nothing to replay"
	}
	i := m.w.rng.IntN(len(m.sent))
	return fmt.Sprintf("proposal %d of %d: %s", i, len(m.sent), describe(m.send(testCtx(m.w.t), m.sent[i])))
}

// skipNonce proposes a valid transfer at a nonce two or more ahead, or at her latest nonce.
func (m *propMallory) skipNonce(ch protocol.Channel) string {
	by := []uint64{0, 2, 5}[m.w.rng.IntN(3)]
	req := m.proposal(ch, func(s *state.ChannelState) { s.TxCountGlobal = ch.Latest.State.TxCountGlobal + by }, nil, wei(1))
	return fmt.Sprintf("nonce +%d: %s", by, describe(m.send(testCtx(m.w.t), req)))
}

// unanswered proposes a valid transfer and hangs up before the answer.
func (m *propMallory) unanswered(ch protocol.Channel) string {
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(m.w.rng.IntN(3000))*time.Microsecond)
	defer cancel()
	return describe(m.send(ctx, m.proposal(ch, nil, nil, wei(1))))
}

func (m *propMallory) garbage(protocol.Channel) string {
	b := make([]byte, 1+m.w.rng.IntN(200))
	for i := range b {
		b[i] = byte(m.w.rng.Uint32())
	}
	return describe(m.send(testCtx(m.w.t), b))
}

func (m *propMallory) beSilent(protocol.Channel) string {
	n := 1 + m.w.rng.Int32N(3)
	m.silent.Store(n)
	return fmt.Sprintf("the next %d hub proposals go unanswered", n)
}

func (m *propMallory) beRefusing(protocol.Channel) string {
	m.refuse.Store(1)
	return "the next hub proposal is refused"
}

// forgedSync pushes a state where she took the hub's balance, signed by her alone (the hub's signature
// copied from her latest).
func (m *propMallory) forgedSync(ch protocol.Channel) string {
	s := ch.Latest
	s.State.TxCountGlobal++
	s.State.WeiUser.Add(&s.State.WeiUser, &s.State.WeiHub)
	s.State.WeiHub = uint256.Int{}
	sig, err := state.Sign(domain.ChannelDigest(&s.State), m.key)
	if err != nil {
		m.w.t.Fatal(err)
	}
	s.SigUser = sig[:]
	req, err := protocol.MarshalMessage(protocol.Sync{Latest: s, Locks: ch.Locks})
	if err != nil {
		return "unencodable"
	}
	return describe(m.send(testCtx(m.w.t), req))
}
