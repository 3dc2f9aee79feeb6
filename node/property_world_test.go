package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// propWorld is one run of the property test: a hub, honest users, Mallory, a shared clock, and what the
// honest parties were told.
type propWorld struct {
	t      *testing.T
	seed   uint64
	rng    *rand.Rand
	dir    string
	hubAt  multiaddr.Multiaddr
	hubID  peer.ID
	clock  atomic.Uint64
	hub    *propNode
	users  []*propNode
	mal    *propMallory
	h0     uint64 // the hub's wei across its channels after the setup
	pays   sync.WaitGroup
	opens  sync.WaitGroup // the threads' opens in flight (closeAll waits for them)
	mu     sync.Mutex
	log    []string         // the moves so far, and what came of the asynchronous ones
	errs   []string         // engines that stopped on their own, with their error
	reveal map[lockKey]bool // received locks seen claimable (preimage held, not expired)
	// hubKnew holds the locks the hub sent whose preimage it was seen to know before their expiry.
	hubKnew map[lockKey]bool
	// received holds the locks each user reported received (EventReceived), by user and hashlock.
	received map[receivedKey]bool
	threads  []propThread // the threads opened between honest users, in the order OpenThread returned
	// hubLost is set once the hub crashed and was restored from a backup that may miss its last states.
	hubLost bool
	// signed holds every channel state each honest node signed, by node, channel and nonce: none may sign
	// two different states at one nonce, whatever restarts and restores (ADR 18).
	signed map[signedKey]state.ChannelState
}

// signedKey names a nonce of a channel an honest node signed at.
type signedKey struct {
	node, hub, user common.Address
	nonce           uint64
}

// noteSigned records that node signed s, and a failure if it signed another state at s's nonce before.
func (w *propWorld) noteSigned(node common.Address, s state.ChannelState) {
	w.mu.Lock()
	defer w.mu.Unlock()
	k := signedKey{node, s.Hub, s.User, s.TxCountGlobal}
	if had, ok := w.signed[k]; ok && had != s {
		w.errs = append(w.errs, fmt.Sprintf("%s signed two different states of channel %s/%s at nonce %d",
			node, s.Hub, s.User, s.TxCountGlobal))
		return
	}
	w.signed[k] = s
}

// lockKey names a lock in one honest node's channel.
type lockKey struct {
	node, peer common.Address
	id         uint64
}

// propNode is an honest node of the world; n changes with every restart, the rest stays.
type propNode struct {
	key  *ecdsa.PrivateKey
	role Role
	path string
	n    *testNode
	lose atomic.Int32 // answers to lose (loseAnswer), from the next one on
	told told
	// backups receives the node's backups (every propBackupEvery while it runs, and when it stops); what
	// it signs is bounded by them (Config.BoundByBackups).
	backups backup.Backend
	// crash makes the next stop take no last backup (a crash: the restore after it is from the last
	// periodic one).
	crash atomic.Bool
}

// propBackupEvery is how often a node of the world backs up while it runs.
const propBackupEvery = 50 * time.Millisecond

// told is what an honest user was told it has, from its setup, the Pay calls made for it and its events:
// base + received - paid + back (see TestProperty).
type told struct {
	mu                         sync.Mutex
	base, received, paid, back uint64
}

func (t *told) add(f func(*told)) { t.mu.Lock(); f(t); t.mu.Unlock() }

func (t *told) value() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.base + t.received + t.back - t.paid
}

func (t *told) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return fmt.Sprintf("base %d + received %d - paid %d + back %d", t.base, t.received, t.paid, t.back)
}

// newPropWorld starts a hub, users honest users and Mallory, and funds every channel as startHubNet does.
func newPropWorld(t *testing.T, seed uint64, users int) *propWorld {
	w := &propWorld{t: t, seed: seed, rng: rand.New(rand.NewPCG(seed, 0x5ec0de)), dir: t.TempDir(),
		hubAt: freeAddr(t), reveal: map[lockKey]bool{}, hubKnew: map[lockKey]bool{}, received: map[receivedKey]bool{},
		signed: map[signedKey]state.ChannelState{}}
	w.clock.Store(now)
	id, err := p2p.PeerID(hubKey)
	if err != nil {
		t.Fatal(err)
	}
	w.hubID = id
	w.hub = &propNode{key: hubKey, role: Hub, path: filepath.Join(w.dir, "hub.db")}
	w.start(w.hub)
	half := deposited[0].Uint64() / 2
	for i := range users {
		key := devchain.DevKey(1 + i)
		u := &propNode{key: key, role: User, path: filepath.Join(w.dir, fmt.Sprintf("user%d.db", i))}
		w.start(u)
		if _, err := u.n.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(half)); err != nil {
			t.Fatalf("user %d setup: %v", i, err)
		}
		u.told.base = half
		w.users = append(w.users, u)
	}
	w.mal = newPropMallory(w, devchain.DevKey(5))
	w.mal.fund(half)
	w.h0 = w.hubWei()
	return w
}

// start starts p's engine over its store (the hub on its fixed address) and connects it.
func (w *propWorld) start(p *propNode) {
	t := w.t
	var listen []string
	if p.role == Hub {
		listen = []string{w.hubAt.String()}
	}
	host, err := p2p.New(p2p.Config{Key: p.key, ListenAddrs: listen})
	if err != nil {
		t.Fatal(err)
	}
	if p.backups == nil {
		if p.backups, err = backup.NewDir(filepath.Join(filepath.Dir(p.path), "backups-"+filepath.Base(p.path))); err != nil {
			t.Fatal(err)
		}
	}
	n := &testNode{host: host, store: openStore(t, p.path)}
	cfg := baseConfig(p.key, p.role, host, n.store)
	cfg.Clock = w.clock.Load
	cfg.BoundByBackups = true
	me := addrOf(p.key)
	cfg.signed = func(s state.ChannelState) { w.noteSigned(me, s) }
	cfg.loseAnswer = func(m protocol.Message) bool { return p.loseOne(m) }
	cfg.loseThreadAnswer = func(protocol.ThreadMessage) bool { return take(&p.lose) }
	if p.role == User {
		cfg.Hub, cfg.HubPeer, cfg.HubAddrs = hubAddr, w.hubID, []multiaddr.Multiaddr{w.hubAt}
	}
	eng, err := New(cfg)
	if err != nil {
		t.Fatalf("start %s: %v", p.role, err)
	}
	n.eng = eng
	w.run(p, n)
	p.n = n
	if p.role == User {
		w.connect(host)
	}
}

// reconnect connects a restarted node to those it talks to: the hub to every user and Mallory, a user to
// the other users (the threads' senders and receivers talk directly).
func (w *propWorld) reconnect(p *propNode) {
	if p.role == Hub {
		for _, u := range w.users {
			w.connect(u.n.host)
		}
		w.connect(w.mal.host)
		return
	}
	w.reconnectUser(p)
}

// run runs n's engine, counting its events into p's told, and its backups, and sets n.stop; an engine
// that stops on its own, or with an error other than its cancellation, is recorded as a failure. A stop
// takes a last backup once Run has returned, as Node.Close does, and then closes the store: by then the
// engine's thread work is over too (Engine.stop).
func (w *propWorld) run(p *propNode, n *testNode) {
	ctx, cancel := context.WithCancel(context.Background())
	go w.follow(p, n.eng.Subscribe(ctx))
	done := make(chan struct{})
	go func() {
		err := n.eng.Run(ctx)
		if ctx.Err() == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, ErrStore) {
			w.failed(fmt.Sprintf("%s %s stopped: %v", p.role, addrOf(p.key), err))
		}
		close(done)
	}()
	saver := backup.NewSaver(p.backups, n.store, p.key, domain, nil)
	saver.OnSaved(n.eng.BackedUp)
	saving := make(chan struct{})
	go func() {
		defer close(saving)
		for ctx.Err() == nil {
			_, _ = saver.Save(ctx) // a failure is retried at the next round
			select {
			case <-ctx.Done():
			case <-time.After(propBackupEvery):
			}
		}
	}()
	var once sync.Once
	n.stop = func() {
		once.Do(func() {
			cancel()
			<-done
			<-saving
			if p.crash.Swap(false) {
				// no last backup
			} else if _, err := saver.Save(context.Background()); err != nil {
				w.failed(fmt.Sprintf("%s %s: last backup: %v", p.role, addrOf(p.key), err))
			}
			_ = n.host.Close()
			_ = n.store.Close()
		})
	}
	w.t.Cleanup(n.stop)
}

// connect connects host to the hub, as a restarted node's keepHub would within 200 ms (which still
// reconnects it if this fails: a dial racing keepHub's may).
func (w *propWorld) connect(h *p2p.Host) {
	for range 3 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err := h.Connect(ctx, peer.AddrInfo{ID: w.hubID, Addrs: []multiaddr.Multiaddr{w.hubAt}})
		cancel()
		if err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// restart stops p and starts it again over the same store.
func (w *propWorld) restart(p *propNode) {
	p.n.stop()
	w.start(p)
	w.reconnect(p)
}

// restore stops p (which takes its last backup), deletes its store and restores it from its backups, and
// starts it again: a node whose disk was lost after a clean stop, on a new one.
func (w *propWorld) restore(p *propNode) {
	p.n.stop()
	restoreStore(w.t, p.path, p.key, p.backups)
	w.start(p)
	w.reconnect(p)
}

// loseOne reports whether the answer m is to be lost: a Countersign or a Sync, while p.lose > 0. (Thread
// acknowledgements are lost from the same count: loseThreadAnswer.)
func (p *propNode) loseOne(m protocol.Message) bool {
	switch m.(type) {
	case protocol.Countersign, protocol.Sync:
		return take(&p.lose)
	}
	return false
}

// follow counts a user's payment events into its told: received payments, and failed ones given back.
func (w *propWorld) follow(p *propNode, events <-chan Event) {
	for ev := range events {
		if ev.Missed > 0 {
			w.failed(fmt.Sprintf("%s missed %d events", addrOf(p.key), ev.Missed))
		}
		switch ev.Kind {
		case EventReceived:
			// Received means the lock is in a double-signed state with its preimage stored, and rule L1
			// left the receiver time to reveal that preimage on-chain: the lock is its own whatever the clock
			// does next (w.claimable).
			w.mu.Lock()
			w.received[receivedKey{addrOf(p.key), ev.Hashlock}] = true
			w.mu.Unlock()
			p.told.add(func(t *told) { t.received += ev.Wei.Uint64() })
		case EventFailed:
			p.told.add(func(t *told) { t.back += ev.Wei.Uint64() })
		case EventThreadReceived:
			// Stored before it is published: the thread's latest state pays the receiver this much more.
			p.told.add(func(t *told) { t.received += ev.Wei.Uint64() })
		}
	}
}

// failed records a failure seen outside the test goroutine; check reports it.
func (w *propWorld) failed(s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.errs = append(w.errs, s)
}

// logf appends to the step log.
func (w *propWorld) logf(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.log = append(w.log, fmt.Sprintf(format, args...))
}

// fatalf fails the run with its seed and step log.
func (w *propWorld) fatalf(format string, args ...any) {
	w.t.Helper()
	w.mu.Lock()
	log := strings.Join(w.log, "\n  ")
	w.mu.Unlock()
	w.t.Fatalf("seed %d: %s\nreplay: SPOKE_PROPERTY_SEED=%d go test -run TestProperty ./node/\nmoves:\n  %s",
		w.seed, fmt.Sprintf(format, args...), w.seed, log)
}

// stopAll stops every engine and waits for the payments in flight to return.
func (w *propWorld) stopAll() {
	for _, p := range append([]*propNode{w.hub}, w.users...) {
		p.n.stop()
	}
	w.pays.Wait()
}

// receivedKey names a lock a user reported received.
type receivedKey struct {
	user     common.Address
	hashlock common.Hash
}
