package node

import (
	"context"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/protocol"
	"spoke/state"
)

// The many-channel benchmark's users (issue 13 point 4). The hub is a real Engine on its real store; its
// users are light in-process signers: a key and the channel in memory, no engine, no store, no libp2p
// host. They build and check real states with protocol.ApplyAll and protocol.AcceptSigned, sign them
// (with nonces precomputed before the run: scale_sign_test.go), and talk to the hub through its handler
// (users to hub) and Config.link (hub to users) instead of libp2p. They are the load, not what is
// measured, and cheap on purpose: they do not check the hub's signatures (on its proposals and its
// countersignatures), and they countersign whatever the hub proposes that applies to their channel; what
// they do keep is ADR 18's nonce rules, which the hub enforces. Their work runs on a few goroutines
// locked to their OS threads, so that the CPU those threads used can be taken out of the process's: what
// is left is the hub's.

// scaleUserKey is the deterministic key of user i.
func scaleUserKey(i int) *ecdsa.PrivateKey {
	var seed [32]byte
	copy(seed[:], "spoke scale user")
	binary.BigEndian.PutUint64(seed[24:], uint64(i)+1)
	k, err := crypto.ToECDSA(crypto.Keccak256(seed[:]))
	if err != nil {
		panic(err)
	}
	return k
}

// scaleShare is each side's wei in a channel at the start: deposited[0] split in two.
const scaleShare = 500_000

// scaleChannel is user key's first double-signed channel state with the hub: deposited[0] credited to the
// user, half of it transferred to the hub, signed by both.
func scaleChannel(key *ecdsa.PrivateKey) (state.Record, error) {
	user := crypto.PubkeyToAddress(key.PublicKey)
	ch := protocol.Channel{Latest: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: user}}}
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain}
	s, _, err := protocol.Apply(ch, ctx, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(scaleShare)})
	if err != nil {
		return state.Record{}, err
	}
	d := domain.ChannelDigest(&s)
	sh, err := state.Sign(d, hubKey)
	if err != nil {
		return state.Record{}, err
	}
	su, err := state.Sign(d, key)
	if err != nil {
		return state.Record{}, err
	}
	return state.Record{SignedState: state.SignedState{State: s, SigHub: sh[:], SigUser: su[:]}}, nil
}

// buildScaleStore writes n channels (users 0..n-1) straight into store, 2,000 states per Put, building
// and signing them on every core. It is how the benchmark opens many channels without a chain: the hub
// finds them as if its users had deposited and made one update each.
func buildScaleStore(tb testing.TB, store state.Store, n int) {
	tb.Helper()
	const batch = 2000
	for from := 0; from < n; from += batch {
		to := min(from+batch, n)
		recs := make([]state.Record, to-from)
		var wg sync.WaitGroup
		errs := make(chan error, runtime.GOMAXPROCS(0))
		workers := runtime.GOMAXPROCS(0)
		for w := range workers {
			wg.Go(func() {
				for i := from + w; i < to; i += workers {
					r, err := scaleChannel(scaleUserKey(i))
					if err != nil {
						errs <- err
						return
					}
					recs[i-from] = r
				}
			})
		}
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			tb.Fatal(err)
		}
		if err := store.Put(context.Background(), recs...); err != nil {
			tb.Fatal(err)
		}
	}
}

// scaleUser is one light user: its key and its channel with the hub. It keeps ADR 18's rules as a user
// engine does (docs/adr/0018-one-state-per-nonce.md): it signs at most one state at a nonce, proposes
// above its floor and the hub's nonces it saw, has at most one proposal outstanding, and holds no lock
// while the hub handles its proposal, so that it answers the hub's proposals meanwhile.
type scaleUser struct {
	key  *ecdsa.PrivateKey
	d    secp256k1.ModNScalar // key as a scalar, for presigner.sign
	addr common.Address
	pub  []byte        // compressed public key: its onion header
	aead cipher.AEAD   // its onion key with the hub
	turn chan struct{} // held by the user's one proposer at a time: its proposals go out one by one
	mu   sync.Mutex    // guards what follows; never held while the hub runs
	ch   protocol.Channel
	// floor is the highest nonce at which the user signed a state: its latest, its proposal
	// outstanding, its proposals the hub did not countersign (they bind it: the hub holds them signed).
	floor uint64
	// peerFloor is the highest nonce of the hub's proposals the user saw or the hub named in a Taken.
	peerFloor uint64
	out       *scaleOut // the user's proposal outstanding, or nil
}

// scaleOut is a light user's proposal outstanding.
type scaleOut struct {
	msg  []byte           // the encoded Propose: a Busy answer has it sent again as is
	next protocol.Channel // the channel once the hub countersigns (its SigHub empty)
	// taken is set once the proposal can no longer be countersigned: the hub answered Taken, or
	// proposed at its nonce (a conflict). Its nonce stays in the user's floor.
	taken    bool
	answered chan struct{} // closed once it is countersigned or taken
}

func (o *scaleOut) nonce() uint64 { return o.next.Latest.State.TxCountGlobal }

// scaleUsers is the users of a scale benchmark and the way the hub reaches them (a peerLink).
type scaleUsers struct {
	users  []*scaleUser
	byAddr map[common.Address]*scaleUser
	pool   *userPool
	hub    func() *Engine            // the running hub
	signer atomic.Pointer[presigner] // the run's precomputed nonces (presign)
	signed atomic.Uint64             // the double-signed states the users adopted
	taken  atomic.Uint64             // the users' proposals the hub did not countersign (Taken, conflicts)
	busy   atomic.Uint64             // the users' proposals the hub answered Busy
	mu     sync.Mutex
	secret map[common.Hash][32]byte      // preimages of payments in flight: what the payee's note holds
	done   map[common.Hash]chan struct{} // closed when the payer accepted the hub's settle
	errs   []error                       // what went wrong outside a payer's call
}

// newScaleUsers makes the light users 0..n-1 at their first channel state (scaleChannel).
func newScaleUsers(tb testing.TB, n int, pool *userPool) *scaleUsers {
	tb.Helper()
	s := &scaleUsers{byAddr: map[common.Address]*scaleUser{}, pool: pool, secret: map[common.Hash][32]byte{},
		done: map[common.Hash]chan struct{}{}}
	hubPub := crypto.CompressPubkey(&hubKey.PublicKey)
	for i := range n {
		key := scaleUserKey(i)
		r, err := scaleChannel(key)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := onion.Key(key, hubPub)
		if err != nil {
			tb.Fatal(err)
		}
		u := &scaleUser{key: key, d: signingKey(key), addr: r.State.User, pub: crypto.CompressPubkey(&key.PublicKey), aead: a,
			turn: make(chan struct{}, 1), ch: protocol.Channel{Latest: r.SignedState}, floor: r.State.TxCountGlobal}
		s.users = append(s.users, u)
		s.byAddr[u.addr] = u
	}
	s.signer.Store(&presigner{}) // none precomputed: every signature as state.Sign makes it
	return s
}

// presign precomputes n signing nonces for the users' next run, on every core; the nonces left from
// the last run are dropped, never used again.
func (s *scaleUsers) presign(n int) error {
	ps, err := newPresigner(n)
	if err == nil {
		s.signer.Store(ps)
	}
	return err
}

// sign is u's signature over digest.
func (s *scaleUsers) sign(u *scaleUser, digest common.Hash) (state.Signature, error) {
	return s.signer.Load().sign(digest, &u.d, u.key)
}

func (s *scaleUsers) connected(addr common.Address) bool { _, ok := s.byAddr[addr]; return ok }

// scaleWaitAnswer bounds how long a light user waits for the hub: longer is a hang, reported.
const scaleWaitAnswer = 30 * time.Second

// request is the hub's proposal to a user, answered on a pool thread. A proposal above the user's own
// in flight waits for that one's answer, as a user engine defers it (the hub countersigned the user's
// proposal and built on it; its answer is on its way).
func (s *scaleUsers) request(ctx context.Context, addr common.Address, req []byte) ([]byte, error) {
	u := s.byAddr[addr]
	if u == nil {
		return nil, ErrUnreachable
	}
	var p protocol.Propose
	var err error
	for {
		var resp []byte
		var settle []protocol.Update
		var wait chan struct{}
		s.pool.do(func() { // one hand-off to the pool: each costs a thread's wake-up and sleep
			if len(p.Updates) == 0 {
				if p, err = decodePropose(req); err != nil {
					return
				}
			}
			resp, settle, wait, err = s.answer(u, p)
		})
		if wait == nil {
			if settle != nil {
				go func() { // the payee claims its lock at once, as an engine does
					if err := s.propose(u, settle); err != nil {
						s.fail(err)
					}
				}()
			}
			return resp, err
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(scaleWaitAnswer):
			err := fmt.Errorf("user %s: the hub's proposal %d waited %s for the answer to the user's own",
				u.addr, p.Proposal.State.TxCountGlobal, scaleWaitAnswer)
			s.fail(err)
			return nil, err
		}
	}
}

// decodePropose decodes a Propose.
func decodePropose(req []byte) (protocol.Propose, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return protocol.Propose{}, err
	}
	p, ok := msg.(protocol.Propose)
	if !ok {
		return protocol.Propose{}, fmt.Errorf("scale user: unexpected %T", msg)
	}
	return p, nil
}

// answer answers the hub's proposal p to u (in the pool), as a user engine's onPropose does: a Sync if
// it is at or below u's latest; Taken naming u's floor if it is at or below the floor (at the nonce of u's
// proposal outstanding, a conflict: u's proposal is dropped, kept as refused); otherwise, unless it is
// above u's proposal in flight (then wait is that proposal's answered, to wait for before answering), a
// Countersign. It returns the settles u proposes next for the payments to u the proposal locked.
func (s *scaleUsers) answer(u *scaleUser, p protocol.Propose) (resp []byte, settle []protocol.Update, wait chan struct{}, err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	nonce, latest := p.Proposal.State.TxCountGlobal, u.ch.Latest.State.TxCountGlobal
	if nonce > latest {
		u.peerFloor = max(u.peerFloor, latest+min(nonce-latest, maxPeerSkip))
	}
	switch {
	case nonce <= latest:
		resp, err = protocol.MarshalMessage(protocol.Sync{Latest: u.ch.Latest, Locks: u.ch.Locks, Threads: u.ch.Threads})
		return resp, nil, nil, err
	case u.out != nil && nonce > u.out.nonce():
		return nil, nil, u.out.answered, nil
	case u.out != nil && nonce == u.out.nonce(): // a conflict: the hub proposes again above, u after it
		s.drop(u, u.out)
		fallthrough
	case nonce <= u.floor:
		resp, err = protocol.MarshalMessage(protocol.Reject{TxCountGlobal: u.floor, Code: protocol.CodeTaken,
			Reason: fmt.Sprintf("%v: proposal %d, signed up to %d", ErrNonceTaken, nonce, u.floor)})
		return resp, nil, nil, err
	}
	resp, settle, err = s.countersign(u, p)
	return resp, settle, nil, err
}

// countersign accepts and signs the hub's proposal p above u's floor (u.mu held).
func (s *scaleUsers) countersign(u *scaleUser, p protocol.Propose) ([]byte, []protocol.Update, error) {
	nonce := p.Proposal.State.TxCountGlobal
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain, Nonce: nonce}
	next, err := protocol.AcceptSigned(u.ch, ctx, domain, u.addr, p.Updates, p.Proposal, hubAddr) // not checked: load
	if err != nil {
		s.fail(fmt.Errorf("user %s refuses the hub's proposal: %w", u.addr, err))
		resp, err := protocol.MarshalMessage(protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeRefused, Reason: err.Error()})
		return resp, nil, err
	}
	sig, err := s.sign(u, domain.ChannelDigest(&next.Latest.State))
	if err != nil {
		return nil, nil, err
	}
	next.Latest.SigUser = sig[:]
	prev := u.ch
	u.ch, u.floor = next, nonce
	s.signed.Add(1)
	var settle []protocol.Update
	for _, up := range p.Updates {
		switch up := up.(type) {
		case protocol.AddLock:
			s.mu.Lock()
			pre, ok := s.secret[up.Lock.Hashlock]
			s.mu.Unlock()
			if ok && up.Lock.ToUser {
				settle = append(settle, protocol.SettleLock{ID: up.Lock.ID, Preimage: pre})
			}
		case protocol.SettleLock:
			if l, ok := findLock(prev.Locks, up.ID); ok {
				s.finish(l.Hashlock)
			}
		}
	}
	resp, err := protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: nonce, Sig: sig[:]})
	return resp, settle, err
}

// fail records an error of a user's own: a settle refused, a hub's proposal refused.
func (s *scaleUsers) fail(err error) {
	s.mu.Lock()
	s.errs = append(s.errs, err)
	s.mu.Unlock()
}

// failed returns the users' errors so far.
func (s *scaleUsers) failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(s.errs...)
}

// states counts the double-signed channel states the users adopted so far.
func (s *scaleUsers) states() uint64 { return s.signed.Load() }

// finish reports the payment of hashlock h settled at its payer.
func (s *scaleUsers) finish(h common.Hash) {
	s.mu.Lock()
	done := s.done[h]
	delete(s.done, h)
	delete(s.secret, h)
	s.mu.Unlock()
	if done != nil {
		close(done)
	}
}

// pay pays 1 wei from payer to payee through the hub and returns once the hub settled the payer's lock.
func (s *scaleUsers) pay(ctx context.Context, payer, payee *scaleUser) error {
	var pre [32]byte
	if _, err := rand.Read(pre[:]); err != nil {
		return err
	}
	h := state.Hashlock(pre)
	done := make(chan struct{})
	s.mu.Lock()
	s.secret[h], s.done[h] = pre, done
	s.mu.Unlock()
	if err := s.propose(payer, scaleLock{hashlock: h, to: payee}); err != nil {
		return err
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		s.mu.Lock()
		defer s.mu.Unlock()
		return fmt.Errorf("payment %s: %w (users' errors: %v)", h, ctx.Err(), errors.Join(s.errs...))
	}
}
