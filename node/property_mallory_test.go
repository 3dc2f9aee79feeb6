package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// propMallory is the property test's cheating user: a raw peer of the hub with her own key and channel,
// no engine. She signs whatever proposals she likes and countersigns the hub's (unless told to stay
// silent or refuse), learning the secrets of the payments the hub forwards to her.
type propMallory struct {
	w      *propWorld
	key    *ecdsa.PrivateKey
	addr   common.Address
	host   *p2p.Host
	sec    *secrets
	silent atomic.Int32 // hub proposals to leave unanswered
	refuse atomic.Int32 // hub proposals to refuse
	mu     sync.Mutex
	known  map[common.Hash][32]byte // preimages she knows: her payments' and those she received
	sent   [][]byte                 // her proposals so far, to replay
	// hubSigned holds, by nonce, a state of her channel that she holds the hub's signature on (its
	// proposals, and hers it countersigned); twice lists the nonces at which she got two different ones,
	// which she could choose between on-chain (ADR 18).
	hubSigned map[uint64]state.ChannelState
	twice     []string
}

func newPropMallory(w *propWorld, key *ecdsa.PrivateKey) *propMallory {
	m := &propMallory{w: w, key: key, addr: addrOf(key), host: newHost(w.t, key), sec: newSecrets(key),
		known: map[common.Hash][32]byte{}, hubSigned: map[uint64]state.ChannelState{}}
	m.host.Handle(UpdateProtocol, m.handle)
	w.connect(m.host)
	return m
}

// handle answers the hub's requests: a Propose is countersigned blindly (its secrets learned), a pushed
// Sync echoed.
func (m *propMallory) handle(_ context.Context, _ common.Address, req []byte) ([]byte, error) {
	if take(&m.silent) {
		return nil, errors.New("mallory: silent")
	}
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return nil, err
	}
	switch msg := msg.(type) {
	case protocol.Propose:
		m.learn(msg)
		m.hubSigns(msg.Proposal.State)
		nonce := msg.Proposal.State.TxCountGlobal
		if take(&m.refuse) {
			return protocol.MarshalMessage(protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeRefused, Reason: "no"})
		}
		sig, err := state.Sign(domain.ChannelDigest(&msg.Proposal.State), m.key)
		if err != nil {
			return nil, err
		}
		return protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: nonce, Sig: sig[:]})
	case protocol.Sync:
		return protocol.MarshalMessage(msg)
	}
	return nil, errors.New("mallory: unexpected request")
}

// take decrements n if it is positive and reports whether it did.
func take(n *atomic.Int32) bool {
	for {
		v := n.Load()
		if v <= 0 {
			return false
		}
		if n.CompareAndSwap(v, v-1) {
			return true
		}
	}
}

// hubSigns notes a state of her channel that carries the hub's signature.
func (m *propMallory) hubSigns(s state.ChannelState) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if prev, ok := m.hubSigned[s.TxCountGlobal]; ok && prev != s {
		m.twice = append(m.twice, fmt.Sprintf("nonce %d: %+v and %+v", s.TxCountGlobal, prev, s))
		return
	}
	m.hubSigned[s.TxCountGlobal] = s
}

// signedTwice returns the nonces at which the hub signed two different states of her channel.
func (m *propMallory) signedTwice() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.twice)
}

// learn opens the notes of locks the hub sends her.
func (m *propMallory) learn(p protocol.Propose) {
	for _, n := range p.Notes {
		if s, err := m.sec.open(n.Payload, m.addr); err == nil {
			m.mu.Lock()
			m.known[state.Hashlock(s.Preimage)] = s.Preimage
			m.mu.Unlock()
		}
	}
}

// fund credits her deposit and gives the hub share wei, so that the hub can forward to her.
func (m *propMallory) fund(share uint64) {
	ch := m.latest()
	if msg := m.propose(ch, nil, protocol.Credit{Wei: deposited[0]}, wei(share)); !isCountersign(msg) {
		m.w.t.Fatalf("mallory's setup answered with %T %+v", msg, msg)
	}
}

func isCountersign(msg protocol.Message) bool { _, ok := msg.(protocol.Countersign); return ok }

// send sends a request to the hub and decodes the answer (nil if there is none).
func (m *propMallory) send(ctx context.Context, req []byte) protocol.Message {
	resp, err := m.host.Request(ctx, m.w.hubID, UpdateProtocol, req)
	if err != nil {
		return nil
	}
	msg, err := protocol.UnmarshalMessage(resp)
	if err != nil {
		return nil
	}
	return msg
}

// latest asks the hub for her channel's latest state with a stale proposal, which it answers with a Sync.
func (m *propMallory) latest() protocol.Channel {
	zero := state.ChannelState{Hub: hubAddr, User: m.addr}
	req, err := protocol.MarshalMessage(protocol.Propose{Updates: []protocol.Update{protocol.Credit{}},
		Proposal: state.SignedState{State: zero, SigUser: make([]byte, 65)}})
	if err != nil {
		m.w.t.Fatal(err)
	}
	for range 50 {
		if s, ok := m.send(testCtx(m.w.t), req).(protocol.Sync); ok {
			return protocol.Channel{Latest: s.Latest, Locks: s.Locks}
		}
		time.Sleep(20 * time.Millisecond) // the hub is restarting
	}
	m.w.fatalf("mallory cannot learn her latest state")
	return protocol.Channel{}
}

// proposal signs the state that updates make of ch (or, if the protocol refuses them, ch's latest with the
// next nonce), after tweak if set, and encodes it with notes.
func (m *propMallory) proposal(ch protocol.Channel, tweak func(*state.ChannelState), notes []protocol.Note, updates ...protocol.Update) []byte {
	req, _ := m.proposalAt(ch, 0, tweak, notes, updates...)
	return req
}

// proposalAt is proposal at nonce (0: ch's latest's plus one), also returning the proposed state.
func (m *propMallory) proposalAt(ch protocol.Channel, nonce uint64, tweak func(*state.ChannelState), notes []protocol.Note,
	updates ...protocol.Update) ([]byte, state.ChannelState) {
	ctx := protocol.Context{Now: m.w.clock.Load(), Deposited: deposited, Nonce: nonce}
	next, _, err := protocol.Apply(ch, ctx, updates...)
	if err != nil {
		next = ch.Latest.State
		next.TxCountGlobal = max(nonce, next.TxCountGlobal+1)
	}
	if tweak != nil {
		tweak(&next)
	}
	sig, err := state.Sign(domain.ChannelDigest(&next), m.key)
	if err != nil {
		m.w.t.Fatal(err)
	}
	req, err := protocol.MarshalMessage(protocol.Propose{Updates: updates, Notes: notes,
		Proposal: state.SignedState{State: next, SigUser: sig[:]}})
	if err != nil {
		return []byte{0xff, 0x00}, next // unencodable: send garbage instead
	}
	m.sent = append(m.sent, req)
	return req, next
}

// propose sends proposal(ch, nil, notes, updates...) and returns the answer; told the nonce is taken,
// she proposes again once, above the nonce the hub names, as an honest user would.
func (m *propMallory) propose(ch protocol.Channel, notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	req, next := m.proposalAt(ch, 0, nil, notes, updates...)
	ans := m.send(testCtx(m.w.t), req)
	if r, ok := ans.(protocol.Reject); ok && r.Code == protocol.CodeTaken && r.TxCountGlobal >= next.TxCountGlobal {
		req, next = m.proposalAt(ch, r.TxCountGlobal+1, nil, notes, updates...)
		ans = m.send(testCtx(m.w.t), req)
	}
	if c, ok := ans.(protocol.Countersign); ok && c.TxCountGlobal == next.TxCountGlobal {
		m.hubSigns(next)
	}
	return ans
}

// lockTo is a lock of amount wei to the honest user to, its note sealing preimage (or, if wrong, another
// one), expiring at expiry; id is the lock's id in the proposal at nonce.
func (m *propMallory) lockTo(to *propNode, amount uint64, preimage [32]byte, expiry, id uint64, wrong bool) (protocol.AddLock, protocol.Note) {
	sealed := preimage
	if wrong {
		sealed = randomPreimage()
	}
	payload, err := m.sec.seal(&to.key.PublicKey, sealed, "from mallory", uint256.Int{}, uint256.Int{})
	if err != nil {
		m.w.t.Fatal(err)
	}
	h := state.Hashlock(preimage)
	m.mu.Lock()
	m.known[h] = preimage
	m.mu.Unlock()
	l := state.Lock{ID: id, AmountWei: *uint256.NewInt(amount), Hashlock: h, Expiry: expiry}
	return protocol.AddLock{Lock: l}, protocol.Note{LockID: id, Recipient: addrOf(to.key), Payload: payload}
}

func randomPreimage() [32]byte {
	var p [32]byte
	_, _ = rand.Read(p[:])
	return p
}

// knownPreimage returns one of the preimages she knows, picked by the run's generator, if any.
func (m *propMallory) knownPreimage() ([32]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.known) == 0 {
		return [32]byte{}, false
	}
	hs := make([]common.Hash, 0, len(m.known))
	for h := range m.known {
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Cmp(hs[j]) < 0 })
	return m.known[hs[m.w.rng.IntN(len(hs))]], true
}

// preimageOf returns the preimage of h if she knows it.
func (m *propMallory) preimageOf(h common.Hash) ([32]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.known[h]
	return p, ok
}

// describe names an answer for the step log.
func describe(msg protocol.Message) string {
	switch m := msg.(type) {
	case nil:
		return "no answer"
	case protocol.Countersign:
		return fmt.Sprintf("countersigned %d", m.TxCountGlobal)
	case protocol.Reject:
		return fmt.Sprintf("reject %d code %d: %.90s", m.TxCountGlobal, m.Code, m.Reason)
	case protocol.Sync:
		return fmt.Sprintf("sync %d", m.Latest.State.TxCountGlobal)
	}
	return fmt.Sprintf("%T", msg)
}
