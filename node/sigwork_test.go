package node

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// TestSignTurnFillsEverySlot signs many states in one turn on several workers and checks that every slot
// holds this node's signature of its own state (whichever side of the channel the node is on), and that
// the then functions run in the order of the jobs, after every signature is made.
func TestSignTurnFillsEverySlot(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // several workers even on a small machine
	e := &Engine{cfg: Config{Key: hubKey, Domain: domain}, me: hubAddr}
	tr := &turn{}
	const n = 40
	states := make([]state.SignedState, n)
	var order []int
	for i := range states {
		s := &states[i]
		s.State = state.ChannelState{Hub: hubAddr, User: userAddr, TxCountGlobal: uint64(i + 1)}
		if i%2 == 1 { // this node as the user of another hub's channel
			s.State.Hub, s.State.User = userAddr, hubAddr
		}
		e.signLater(tr, s, nil, func() {
			for j := range states { // every slot is filled before the first then runs
				if err := mySignature(e, &states[j]); err != nil {
					t.Errorf("then %d: state %d not signed yet: %v", i, j, err)
				}
			}
			order = append(order, i)
		})
	}
	if err := e.signTurn(tr); err != nil {
		t.Fatal(err)
	}
	for i := range states {
		if err := mySignature(e, &states[i]); err != nil {
			t.Errorf("state %d: %v", i, err)
		}
	}
	for i, j := range order {
		if i != j {
			t.Fatalf("then functions ran in order %v", order)
		}
	}
	if len(order) != n || len(tr.signs) != 0 {
		t.Fatalf("%d then functions ran, %d jobs left", len(order), len(tr.signs))
	}
}

// mySignature checks the signature in e's slot of s.
func mySignature(e *Engine, s *state.SignedState) error {
	sig := s.SigUser
	if s.State.Hub == e.me {
		sig = s.SigHub
	}
	return state.Verify(e.cfg.Domain.ChannelDigest(&s.State), sig, e.me)
}

// TestSignTurnFailsOnEncoding checks that an encoding that fails on a worker stops the turn with an error
// and runs no then function: the engine then stops before its Commit.
func TestSignTurnFailsOnEncoding(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	e := &Engine{cfg: Config{Key: hubKey, Domain: domain}, me: hubAddr}
	tr := &turn{}
	bad := errors.New("cannot encode")
	ran := false
	for i := range 8 {
		s := &state.SignedState{State: state.ChannelState{Hub: hubAddr, User: userAddr, TxCountGlobal: uint64(i + 1)}}
		encode := func() error { return nil }
		if i == 5 {
			encode = func() error { return bad }
		}
		e.signLater(tr, s, encode, func() { ran = true })
	}
	if err := e.signTurn(tr); !errors.Is(err, bad) || ran {
		t.Fatalf("signTurn: %v (then ran: %v), want %v and no then", err, ran, bad)
	}
}

// TestCheckAnswer checks the answer check that runs on a send's goroutine: only a Countersign of the
// proposal's nonce carrying the peer's valid signature over the proposal is marked signed.
func TestCheckAnswer(t *testing.T) {
	e := &Engine{cfg: Config{Domain: domain}, me: hubAddr}
	s := state.ChannelState{Hub: hubAddr, User: userAddr, TxCountGlobal: 7}
	sign := func(st state.ChannelState, key bool) []byte {
		k := userKey
		if key {
			k = hubKey
		}
		sig, err := state.Sign(domain.ChannelDigest(&st), k)
		if err != nil {
			t.Fatal(err)
		}
		return sig[:]
	}
	other := s
	other.WeiUser = *uint256.NewInt(1)
	cases := []struct {
		name string
		msg  protocol.Message
		want bool
	}{
		{"the peer's countersignature", protocol.Countersign{TxCountGlobal: 7, Sig: sign(s, false)}, true},
		{"signed by another key", protocol.Countersign{TxCountGlobal: 7, Sig: sign(s, true)}, false},
		{"over another state", protocol.Countersign{TxCountGlobal: 7, Sig: sign(other, false)}, false},
		{"for another nonce", protocol.Countersign{TxCountGlobal: 8, Sig: sign(s, false)}, false},
		{"a reject", protocol.Reject{TxCountGlobal: 7, Code: protocol.CodeBusy}, false},
	}
	for _, tc := range cases {
		resp, err := protocol.MarshalMessage(tc.msg)
		if err != nil {
			t.Fatal(err)
		}
		r := sendResult{peer: userAddr, resp: resp}
		e.checkAnswer(&r, &s)
		if r.signed != tc.want || r.msg == nil {
			t.Errorf("%s: signed %v (decoded %v), want %v", tc.name, r.signed, r.msg != nil, tc.want)
		}
	}
	r := sendResult{peer: userAddr, resp: []byte{0xff}}
	if e.checkAnswer(&r, &s); r.msg != nil || r.signed {
		t.Fatalf("garbage answer decoded: %+v", r)
	}
}

// sigCheckStore checks every Commit: each double-signed state carries both parties' valid signatures and
// each proposal carries this node's, and its stored message is a Propose of exactly that signed state.
// A signature slot filled after the Commit (or never) fails it.
type sigCheckStore struct {
	state.Store
	domain *state.Domain
	me     common.Address
	mu     sync.Mutex
	errs   []error
	states int
}

func (s *sigCheckStore) Commit(ctx context.Context, b state.Batch) error {
	var errs []error
	for _, r := range b.States {
		if err := r.Verify(s.domain); err != nil {
			errs = append(errs, fmt.Errorf("state %d of %s: %w", r.State.TxCountGlobal, r.State.User, err))
		}
	}
	for _, p := range b.Proposals {
		sig := p.SigUser
		if p.State.Hub == s.me {
			sig = p.SigHub
		}
		if err := state.Verify(s.domain.ChannelDigest(&p.State), sig, s.me); err != nil {
			errs = append(errs, fmt.Errorf("proposal %d to %s: %w", p.State.TxCountGlobal, p.State.User, err))
		}
		msg, err := protocol.UnmarshalMessage(p.Message)
		prop, ok := msg.(protocol.Propose)
		if err != nil || !ok || prop.Proposal.State != p.State || string(prop.Proposal.SigHub) != string(p.SigHub) ||
			string(prop.Proposal.SigUser) != string(p.SigUser) {
			errs = append(errs, fmt.Errorf("proposal %d to %s: stored message is not its signed state (%v)",
				p.State.TxCountGlobal, p.State.User, err))
		}
	}
	s.mu.Lock()
	s.errs = append(s.errs, errs...)
	s.states += len(b.States) + len(b.Proposals)
	s.mu.Unlock()
	return s.Store.Commit(ctx, b)
}

// TestHubStoresOnlySignedStates runs payments among four users through a hub whose store checks every
// Commit (sigCheckStore): with several channels busy at once, a hub turn signs several states on
// several workers, and each must be signed, and its proposal encoded, before the Commit.
func TestHubStoresOnlySignedStates(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(runtime.GOMAXPROCS(0), 2)))
	check := &sigCheckStore{domain: domain, me: hubAddr}
	const users, each = 4, 12
	n := startHubNetWith(t, func(c *Config) {
		if c.Role == Hub {
			check.Store, c.Store = c.Store, check
		}
	}, 100_000, 100_000, 100_000, 100_000)
	var wg sync.WaitGroup
	for i := range users {
		from, to := n.users[i], n.users[(i+1)%users]
		for range each {
			wg.Go(func() {
				if _, err := from.eng.Pay(testCtx(t), payTo(to, 1)); err != nil {
					t.Errorf("payment %d -> %d: %v", i, (i+1)%users, err)
				}
			})
		}
	}
	wg.Wait()
	check.mu.Lock()
	defer check.mu.Unlock()
	for _, err := range check.errs {
		t.Error(err)
	}
	if check.states < users*2 {
		t.Fatalf("the hub stored %d states and proposals, want at least %d", check.states, users*2)
	}
}
