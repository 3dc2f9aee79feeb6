package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// mallory is a raw peer with her own key and no engine: she signs her own proposals and answers the
// honest node's at message level, over libp2p, so that attacks on real engines are scripted in a few
// lines. She is either a user of an honest hub or the hub of an honest user.
type mallory struct {
	t     testing.TB
	key   *ecdsa.PrivateKey
	addr  common.Address
	host  *p2p.Host
	peer  peer.ID // the honest node
	isHub bool
	clock *testClock

	mu sync.Mutex
	ch protocol.Channel // her view: the latest double-signed state and its locks
	// answer is how she answers the honest node's proposals; default: countersign.
	answer func(protocol.Propose) protocol.Message
	got    []protocol.Propose // the honest node's proposals, in order
	// at, if set, is the nonce of her next proposal (proposeAt); else her latest's plus one.
	at uint64
	// ids maps lock ids idsAt moved to the ids they got.
	ids map[uint64]uint64
}

// testClock is a settable clock shared by the engines of a test.
type testClock struct{ now atomic.Uint64 }

func newClock() *testClock {
	c := &testClock{}
	c.now.Store(now)
	return c
}

func (c *testClock) Now() uint64         { return c.now.Load() }
func (c *testClock) Advance(secs uint64) { c.now.Add(secs) }

// newMalloryUser is Mallory, with key, as a user of the honest hub.
func newMalloryUser(t testing.TB, key *ecdsa.PrivateKey, hub *testNode, clock *testClock) *mallory {
	m := newMallory(t, key, clock)
	m.peer = hub.host.ID()
	m.ch.Latest.State = state.ChannelState{Hub: hub.eng.Address(), User: m.addr}
	if err := m.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return m
}

// newMalloryHub is Mallory, with key, as the hub of an honest user started with userKey (its store in
// dir, edit applied to its config); the user keeps a connection to her.
func newMalloryHub(t testing.TB, key *ecdsa.PrivateKey, dir string, clock *testClock, edit func(*Config)) (*mallory, *testNode) {
	m := newMallory(t, key, clock)
	m.isHub = true
	user := startNode(t, userKey, User, dir+"/user.db", func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs = m.addr, m.host.ID(), m.host.Addrs()
		c.Clock = clock.Now
		if edit != nil {
			edit(c)
		}
	})
	m.peer = user.host.ID()
	m.ch.Latest.State = state.ChannelState{Hub: m.addr, User: userAddr}
	waitFor(t, "the user's connection to Mallory", func() bool { return m.host.Connected(user.host.ID()) })
	return m, user
}

func newMallory(t testing.TB, key *ecdsa.PrivateKey, clock *testClock) *mallory {
	m := &mallory{t: t, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), host: newHost(t, key), clock: clock}
	m.answer = m.countersign
	m.host.Handle(UpdateProtocol, m.handle)
	return m
}

// context is her protocol context now.
func (m *mallory) context() protocol.Context {
	return protocol.Context{Now: m.clock.Now(), Deposited: deposited, Nonce: m.at}
}

// sign puts her signature in her slot of s.
func (m *mallory) sign(s *state.SignedState) {
	sig, err := state.Sign(domain.ChannelDigest(&s.State), m.key)
	if err != nil {
		m.t.Fatal(err)
	}
	if m.isHub {
		s.SigHub = sig[:]
	} else {
		s.SigUser = sig[:]
	}
}

// next builds, on her latest state, a Propose of updates with notes, signed by her, and the channel it
// makes once countersigned.
func (m *mallory) next(notes []protocol.Note, updates ...protocol.Update) (protocol.Propose, protocol.Channel) {
	m.t.Helper()
	m.mu.Lock()
	defer m.mu.Unlock()
	s, locks, err := protocol.Apply(m.ch, m.context(), updates...)
	if err != nil {
		m.t.Fatalf("mallory cannot even build her proposal: %v", err)
	}
	p := protocol.Propose{Updates: updates, Notes: notes, Proposal: state.SignedState{State: s}}
	m.sign(&p.Proposal)
	return p, protocol.Channel{Latest: p.Proposal, Locks: locks}
}

// propose sends a proposal of updates with notes and returns the answer; a countersigned one becomes
// her latest state. Told that the nonce is taken (the honest node signed another state there: a
// proposal of its own that she refused, say), she proposes again above the nonce it names, as an honest
// proposer does (ADR 18); proposeOnce does not.
func (m *mallory) propose(notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	notes, updates = m.idsAt(m.latest().Latest.State.TxCountGlobal+1, notes, updates)
	ans := m.proposeOnce(notes, updates...)
	if r, ok := ans.(protocol.Reject); ok && r.Code == protocol.CodeTaken {
		// above the nonce named and above her latest: the honest node's own proposal (a Bump past its
		// restore floor, say) may have been countersigned by her while her proposal was answered
		at := max(r.TxCountGlobal, m.latest().Latest.State.TxCountGlobal) + 1
		notes, updates = m.idsAt(at, notes, updates)
		return m.proposeAt(at, notes, updates...)
	}
	return ans
}

// idsAt gives the new locks of updates whose ids were made for an earlier nonce (lockTo makes them for
// the nonce after her latest state, which the honest node's own proposals may have taken since) the ids
// of nonce, as an honest proposer does (rule L6), and moves their notes along; lockID tells a test the id
// a lock ended with. Other ids (a test's deliberately wrong ones) are left alone.
func (m *mallory) idsAt(nonce uint64, notes []protocol.Note, updates []protocol.Update) ([]protocol.Note, []protocol.Update) {
	moved := map[uint64]uint64{}
	updates = slices.Clone(updates)
	for i, u := range updates {
		if a, ok := u.(protocol.AddLock); ok && a.Lock.ID>>lockIDShift > 0 && a.Lock.ID>>lockIDShift < nonce {
			id := nonce<<lockIDShift | a.Lock.ID&(1<<lockIDShift-1)
			moved[a.Lock.ID], a.Lock.ID = id, id
			updates[i] = a
		}
	}
	if len(moved) == 0 {
		return notes, updates
	}
	notes = slices.Clone(notes)
	for i := range notes {
		if id, ok := moved[notes[i].LockID]; ok {
			notes[i].LockID = id
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ids == nil {
		m.ids = map[uint64]uint64{}
	}
	maps.Copy(m.ids, moved)
	return notes, updates
}

// lockID is the id a lock made with id ended with after idsAt moved it (id itself if it was not moved).
func (m *mallory) lockID(id uint64) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	for {
		next, ok := m.ids[id]
		if !ok || next == id {
			return id
		}
		id = next
	}
}

// proposeOnce is propose without proposing again when the nonce is taken.
func (m *mallory) proposeOnce(notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	p, next := m.next(notes, updates...)
	req, err := protocol.MarshalMessage(p)
	if err != nil {
		m.t.Fatal(err)
	}
	ans := m.send(req)
	if c, ok := ans.(protocol.Countersign); ok {
		if m.isHub {
			next.Latest.SigUser = c.Sig
		} else {
			next.Latest.SigHub = c.Sig
		}
		if err := next.Latest.Verify(domain); err != nil {
			m.t.Fatalf("countersignature: %v", err)
		}
		m.mu.Lock()
		m.ch = next
		m.mu.Unlock()
	}
	return ans
}

// proposeAt is propose at nonce, above her latest state's plus one: past the nonces of proposals that
// were not countersigned.
func (m *mallory) proposeAt(nonce uint64, notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	m.mu.Lock()
	m.at = nonce
	m.mu.Unlock()
	defer func() {
		m.mu.Lock()
		m.at = 0
		m.mu.Unlock()
	}()
	return m.proposeOnce(notes, updates...)
}

// forge sends a proposal of updates whose state is her latest with only the nonce moved on, signed by
// her: for updates the protocol refuses, which she cannot build with next.
func (m *mallory) forge(notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	s := m.latest().Latest.State
	s.TxCountGlobal++
	p := protocol.Propose{Updates: updates, Notes: notes, Proposal: state.SignedState{State: s}}
	m.sign(&p.Proposal)
	req, err := protocol.MarshalMessage(p)
	if err != nil {
		m.t.Fatal(err)
	}
	return m.send(req)
}

// send sends raw bytes on UpdateProtocol to the honest node and decodes the answer.
func (m *mallory) send(req []byte) protocol.Message {
	m.t.Helper()
	resp, err := m.host.Request(testCtx(m.t), m.peer, UpdateProtocol, req)
	if err != nil {
		m.t.Fatalf("request: %v", err)
	}
	msg, err := protocol.UnmarshalMessage(resp)
	if err != nil {
		m.t.Fatalf("answer: %v", err)
	}
	return msg
}

// handle answers the honest node's messages: a Propose as m.answer says, a Sync with her latest.
func (m *mallory) handle(_ context.Context, _ common.Address, req []byte) ([]byte, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	answer := m.answer
	if p, ok := msg.(protocol.Propose); ok {
		m.got = append(m.got, p)
	}
	latest := protocol.Sync{Latest: m.ch.Latest, Locks: m.ch.Locks}
	m.mu.Unlock()
	switch msg := msg.(type) {
	case protocol.Propose:
		return protocol.MarshalMessage(answer(msg))
	case protocol.Sync:
		return protocol.MarshalMessage(latest)
	}
	return nil, fmt.Errorf("mallory: unexpected %T", msg)
}

// countersign accepts an honest proposal on her latest state (her default answer).
func (m *mallory) countersign(p protocol.Propose) protocol.Message {
	m.mu.Lock()
	defer m.mu.Unlock()
	ctx := m.context()
	ctx.Nonce = p.Proposal.State.TxCountGlobal // she takes whatever nonce the honest node proposes at
	next, err := protocol.Accept(m.ch, ctx, domain, m.addr, p.Updates, p.Proposal)
	if err != nil {
		return reject(p.Proposal.State.TxCountGlobal, err)
	}
	m.sign(&next.Latest)
	m.ch = next
	sig := next.Latest.SigUser
	if m.isHub {
		sig = next.Latest.SigHub
	}
	return protocol.Countersign{TxCountGlobal: next.Latest.State.TxCountGlobal, Sig: sig}
}

// busy answers every proposal with CodeBusy, as a hub whose own proposal "wins".
func busy(p protocol.Propose) protocol.Message {
	return protocol.Reject{TxCountGlobal: p.Proposal.State.TxCountGlobal, Code: protocol.CodeBusy, Reason: ErrBusy.Error()}
}

// refuseAll answers every proposal with CodeRefused.
func refuseAll(p protocol.Propose) protocol.Message {
	return reject(p.Proposal.State.TxCountGlobal, fmt.Errorf("mallory says no"))
}

// setAnswer changes how she answers the honest node's proposals.
func (m *mallory) setAnswer(f func(protocol.Propose) protocol.Message) {
	m.mu.Lock()
	m.answer = f
	m.mu.Unlock()
}

// proposals returns the honest node's proposals so far.
func (m *mallory) proposals() []protocol.Propose {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]protocol.Propose(nil), m.got...)
}

// latest returns her latest double-signed state.
func (m *mallory) latest() protocol.Channel {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.ch
}

// lockTo builds a lock of amount wei with a fresh preimage, the note sealed to recipient (a payment she
// makes, so she knows the preimage), expiring at expiry.
func (m *mallory) lockTo(recipient *ecdsa.PublicKey, amount uint64, expiry uint64) (state.Lock, protocol.Note, [32]byte) {
	m.t.Helper()
	var pre [32]byte
	if _, err := rand.Read(pre[:]); err != nil {
		m.t.Fatal(err)
	}
	sealed, err := newSecrets(m.key).seal(recipient, pre, "", uint256.Int{}, uint256.Int{})
	if err != nil {
		m.t.Fatal(err)
	}
	id := (m.latest().Latest.State.TxCountGlobal + 1) << lockIDShift
	l := state.Lock{ID: id, ToUser: m.isHub, AmountWei: *uint256.NewInt(amount), Hashlock: state.Hashlock(pre), Expiry: expiry}
	return l, protocol.Note{LockID: id, Recipient: crypto.PubkeyToAddress(*recipient), Payload: sealed}, pre
}

// wantRefused fails unless msg is a CodeRefused Reject whose reason mentions err.
func wantRefused(t testing.TB, msg protocol.Message, err error) {
	t.Helper()
	r, ok := msg.(protocol.Reject)
	if !ok || r.Code != protocol.CodeRefused {
		t.Fatalf("got %T %+v, want a refusal for %v", msg, msg, err)
	}
	wantReject(t, r, err.Error())
}

// stored returns the latest record a node stored of the channel (hub, user).
func stored(t testing.TB, n *testNode, hub, user common.Address) state.Record {
	t.Helper()
	r, err := n.store.Latest(testCtx(t), hub, user)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
