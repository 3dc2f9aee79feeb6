package node

import (
	"context"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/onion"
	"spoke/protocol"
	"spoke/state"
)

// The many-channel benchmark's users (issue 13 point 4). The hub is a real Engine on its real store; its
// users are light in-process signers: a key and the channel in memory, no engine, no store, no libp2p
// host. They build, sign and check real states with protocol.Apply, protocol.Accept and state.Sign, and
// talk to the hub through its handler (users to hub) and Config.link (hub to users) instead of libp2p.
// Their work runs on a few goroutines locked to their OS threads, so that the CPU those threads used can
// be taken out of the process's: what is left is the hub's.

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

// threadCPU is the CPU time (user + system) the calling OS thread has used.
func threadCPU() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD (Linux)
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU is the CPU time (user + system) of the whole process.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// userPool runs the users' work on goroutines locked to their own OS threads, and tells the CPU time
// those threads used.
type userPool struct {
	work chan func()
	ctl  []chan chan time.Duration
	wg   sync.WaitGroup
}

func newUserPool(workers int) *userPool {
	p := &userPool{work: make(chan func())}
	for range workers {
		ctl := make(chan chan time.Duration)
		p.ctl = append(p.ctl, ctl)
		p.wg.Go(func() {
			runtime.LockOSThread() // never unlocked: the thread exits with the goroutine
			for {
				select {
				case f, ok := <-p.work:
					if !ok {
						return
					}
					f()
				case reply := <-ctl:
					reply <- threadCPU()
				}
			}
		})
	}
	return p
}

// do runs f on one of the pool's threads and waits for it.
func (p *userPool) do(f func()) {
	done := make(chan struct{})
	p.work <- func() { f(); close(done) }
	<-done
}

// cpu is the CPU time the pool's threads used so far.
func (p *userPool) cpu() time.Duration {
	var total time.Duration
	for _, ctl := range p.ctl {
		reply := make(chan time.Duration)
		ctl <- reply
		total += <-reply
	}
	return total
}

func (p *userPool) close() { close(p.work); p.wg.Wait() }

// scaleUser is one light user: its key and its channel with the hub.
type scaleUser struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	pub  []byte      // compressed public key: its onion header
	aead cipher.AEAD // its onion key with the hub
	mu   sync.Mutex  // one update of the channel at a time
	ch   protocol.Channel
}

// scaleUsers is the users of a scale benchmark and the way the hub reaches them (a peerLink).
type scaleUsers struct {
	users  []*scaleUser
	byAddr map[common.Address]*scaleUser
	pool   *userPool
	hub    func() *Engine // the running hub
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
		u := &scaleUser{key: key, addr: r.State.User, pub: crypto.CompressPubkey(&key.PublicKey), aead: a,
			ch: protocol.Channel{Latest: r.SignedState}}
		s.users = append(s.users, u)
		s.byAddr[u.addr] = u
	}
	return s
}

func (s *scaleUsers) connected(addr common.Address) bool { _, ok := s.byAddr[addr]; return ok }

// request is the hub's proposal to a user, answered by the user on a pool thread.
func (s *scaleUsers) request(_ context.Context, addr common.Address, req []byte) ([]byte, error) {
	u := s.byAddr[addr]
	if u == nil {
		return nil, ErrUnreachable
	}
	var resp []byte
	var settle []protocol.Update
	var err error
	u.mu.Lock()
	s.pool.do(func() { resp, settle, err = s.answer(u, req) })
	u.mu.Unlock()
	if settle != nil {
		go func() { // the payee claims its lock at once, as an engine does
			if err := s.propose(u, settle); err != nil {
				s.fail(err)
			}
		}()
	}
	return resp, err
}

// answer checks and countersigns the hub's proposal to u (in the pool, u.mu held). It returns the settles
// u proposes next for the payments to u the proposal locked.
func (s *scaleUsers) answer(u *scaleUser, req []byte) ([]byte, []protocol.Update, error) {
	msg, err := protocol.UnmarshalMessage(req)
	if err != nil {
		return nil, nil, err
	}
	p, ok := msg.(protocol.Propose)
	if !ok {
		return nil, nil, fmt.Errorf("scale user: unexpected %T", msg)
	}
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain}
	next, err := protocol.Accept(u.ch, ctx, domain, u.addr, p.Updates, p.Proposal)
	if err != nil {
		s.fail(fmt.Errorf("user %s refuses the hub's proposal: %w", u.addr, err))
		resp, err := protocol.MarshalMessage(protocol.Reject{TxCountGlobal: p.Proposal.State.TxCountGlobal,
			Code: protocol.CodeRefused, Reason: err.Error()})
		return resp, nil, err
	}
	sig, err := state.Sign(domain.ChannelDigest(&next.Latest.State), u.key)
	if err != nil {
		return nil, nil, err
	}
	next.Latest.SigUser = sig[:]
	prev := u.ch
	u.ch = next
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
	resp, err := protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: next.Latest.State.TxCountGlobal, Sig: sig[:]})
	return resp, settle, err
}

// fail records an error of a user's own: a settle refused, a hub's proposal refused.
func (s *scaleUsers) fail(err error) {
	s.mu.Lock()
	s.errs = append(s.errs, err)
	s.mu.Unlock()
}

// states counts the channel states of all users: the sum of their nonces.
func (s *scaleUsers) states() uint64 {
	var n uint64
	for _, u := range s.users {
		u.mu.Lock()
		n += u.ch.Latest.State.TxCountGlobal
		u.mu.Unlock()
	}
	return n
}

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

// scaleLock is a payment's lock to propose: 1 wei to the user to.
type scaleLock struct {
	hashlock common.Hash
	to       *scaleUser
}

// errScaleBusy is the hub's Busy answer: the user proposes again shortly.
var errScaleBusy = errors.New("scale user: hub busy")

// propose proposes a payment's lock (a scaleLock) or settles ([]protocol.Update) on u's channel until the hub countersigns
// it, waiting while the hub is busy with its own proposal.
func (s *scaleUsers) propose(u *scaleUser, what any) error {
	for wait := 50 * time.Microsecond; ; wait = min(2*wait, 5*time.Millisecond) {
		err := s.proposeOnce(u, what)
		if !errors.Is(err, errScaleBusy) {
			return err
		}
		time.Sleep(wait)
	}
}

func (s *scaleUsers) proposeOnce(u *scaleUser, what any) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	var msg []byte
	var next protocol.Channel
	var err error
	s.pool.do(func() { msg, next, err = s.build(u, what) })
	if err != nil {
		return err
	}
	resp, err := s.hub().handle(context.Background(), u.addr, msg) // the hub's work: on this goroutine
	if err != nil {
		return err
	}
	s.pool.do(func() { err = s.countersigned(u, next, resp) })
	return err
}

// build makes u's signed proposal of what on its latest state (in the pool).
func (s *scaleUsers) build(u *scaleUser, what any) ([]byte, protocol.Channel, error) {
	nonce := u.ch.Latest.State.TxCountGlobal + 1
	var p protocol.Propose
	switch w := what.(type) {
	case scaleLock:
		lock := state.Lock{ID: nonce << lockIDShift, AmountWei: *uint256.NewInt(1), Hashlock: w.hashlock, Expiry: now + 3600}
		hop := onion.Hop{Key: &hubKey.PublicKey, Instruction: onion.Instruction{Next: w.to.addr, Wei: lock.AmountWei, Expiry: now + 3000}}
		final := make([]byte, 120) // stands for the note sealed to the payee: opaque to the hub
		packet, err := onion.BuildWith(w.hashlock, []onion.Hop{hop}, final, onion.First{Header: u.pub, AEAD: u.aead})
		if err != nil {
			return nil, protocol.Channel{}, err
		}
		p.Updates = []protocol.Update{protocol.AddLock{Lock: lock}}
		p.Notes = []protocol.Note{{LockID: lock.ID, Recipient: hubAddr, Payload: packet}}
	case []protocol.Update: // settles
		p.Updates = w
	default:
		return nil, protocol.Channel{}, fmt.Errorf("scale user: cannot propose %T", what)
	}
	ctx := protocol.Context{Now: now, Deposited: deposited, Domain: domain}
	st, after, err := protocol.ApplyAll(u.ch, ctx, p.Updates...)
	if err != nil {
		return nil, protocol.Channel{}, err
	}
	sig, err := state.Sign(domain.ChannelDigest(&st), u.key)
	if err != nil {
		return nil, protocol.Channel{}, err
	}
	p.Proposal = state.SignedState{State: st, SigUser: sig[:]}
	msg, err := protocol.MarshalMessage(p)
	after.Latest = p.Proposal
	return msg, after, err
}

// countersigned adopts next once the hub's answer countersigns it (in the pool).
func (s *scaleUsers) countersigned(u *scaleUser, next protocol.Channel, resp []byte) error {
	msg, err := protocol.UnmarshalMessage(resp)
	if err != nil {
		return err
	}
	switch m := msg.(type) {
	case protocol.Countersign:
		if err := state.Verify(domain.ChannelDigest(&next.Latest.State), m.Sig, hubAddr); err != nil {
			return err
		}
		next.Latest.SigHub = m.Sig
		u.ch = next
		return nil
	case protocol.Reject:
		if m.Code == protocol.CodeBusy {
			return errScaleBusy
		}
		return fmt.Errorf("scale user %s: hub refused nonce %d: %s", u.addr, m.TxCountGlobal, m.Reason)
	}
	return fmt.Errorf("scale user: unexpected answer %T", msg)
}

// rssBytes is the process's resident set size (VmRSS), or 0 where /proc is missing.
func rssBytes() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, rss uint64
	if _, err := fmt.Sscan(string(b), &size, &rss); err != nil {
		return 0
	}
	return rss * uint64(syscall.Getpagesize())
}

// heapInUse is the Go heap in use after a full collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}
