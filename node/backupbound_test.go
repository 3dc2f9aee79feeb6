package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// Signing bounded by the last stored backup (backupbound.go; ADR 18).

// boundUser is backUpMalloryUser for a user whose signing is bounded by its backups: backed up before its
// first state (the marks of an empty store), then with its deposit credited and 500,000 wei paid to her.
func boundUser(t *testing.T) backedUp {
	t.Helper()
	b := backedUp{clock: newClock(), dir: t.TempDir()}
	b.m, b.user = newMalloryHub(t, devchain.DevKey(5), b.dir, b.clock, boundConfig)
	var err error
	if b.backups, err = backup.NewDir(filepath.Join(b.dir, "backups")); err != nil {
		t.Fatal(err)
	}
	saveBound(t, b.user, b.backups)
	if _, err := b.user.eng.Update(testCtx(t), b.m.addr, protocol.Credit{Wei: deposited[0]}, wei(500_000)); err != nil {
		t.Fatal(err)
	}
	b.atBackup = b.m.latest()
	saveBound(t, b.user, b.backups)
	return b
}

// boundConfig bounds a node's signing by its backups, and has it store every backup's marks.
func boundConfig(c *Config) {
	c.BoundByBackups = true
	c.BackupMarksEvery = time.Nanosecond
}

// saveBound backs the user up once, its marks handed to its engine.
func saveBound(t *testing.T, user *testNode, backups backup.Backend) {
	t.Helper()
	saveNode(t, user, userKey, backups)
}

// saveNode backs n, with key, up once, its marks handed to its engine.
func saveNode(t *testing.T, n *testNode, key *ecdsa.PrivateKey, backups backup.Backend) {
	t.Helper()
	s := backup.NewSaver(backups, n.store, key, domain, testLogger())
	s.OnSaved(n.eng.BackedUp)
	if _, err := s.Save(testCtx(t)); err != nil {
		t.Fatal(err)
	}
}

// keepBackingUp backs the user up every 20 ms until the test ends, as a node's Saver does after changes.
func keepBackingUp(t *testing.T, user *testNode, backups backup.Backend) {
	keepBackingUpNode(t, user, userKey, backups)
}

// keepBackingUpNode is keepBackingUp for n, with key.
func keepBackingUpNode(t *testing.T, n *testNode, key *ecdsa.PrivateKey, backups backup.Backend) {
	backingUpNode(t, n, key, backups)
}

// backingUpNode backs n, with key, up every 20 ms until the returned stop is called, n stops (its stop
// stops the backups first, as Node.Close does: a Save on a closed store panics) or the test ends.
func backingUpNode(t *testing.T, n *testNode, key *ecdsa.PrivateKey, backups backup.Backend) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s := backup.NewSaver(backups, n.store, key, domain, testLogger())
	s.OnSaved(n.eng.BackedUp)
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			_, _ = s.Save(ctx)
			select {
			case <-ctx.Done():
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	nodeStop := n.stop
	n.stop = func() { stop(); nodeStop() }
	t.Cleanup(stop)
	return stop
}

// restoreBoundUser stops the user, restores its store from backups and starts it again, bounded by its
// backups, connected to Mallory.
func restoreBoundUser(t *testing.T, b backedUp, user *testNode) *testNode {
	t.Helper()
	user.stop()
	restoreUserStore(t, b.dir, b.backups)
	return restartBound(t, b, user)
}

// wantCode fails the test unless msg is a Reject with code whose reason contains err's message.
func wantCode(t *testing.T, msg protocol.Message, code protocol.RejectCode, err error) {
	t.Helper()
	r, ok := msg.(protocol.Reject)
	if !ok || r.Code != code || !strings.Contains(r.Reason, err.Error()) {
		t.Fatalf("got %T %+v, want code %d for %v", msg, msg, code, err)
	}
}

// TestMal11JumpPastTheBackup (user's double signature; review 11's open finding): the user backs up at
// nonce N. Mallory, its hub, proposes a Bump at N+RestoreSkip+2, above the floor a restore from that
// backup records and above the Bump the restored user proposes at the floor plus one; then a Bump at
// N+RestoreSkip+1 and her payment of 5,000 wei to the user above it. The user loses its data and is
// restored from the backup: its floor is N+RestoreSkip, it bumps at N+RestoreSkip+1 and pays her 7 wei
// at the next nonce. Before (review 11), the user countersigned each of her proposals (any nonce within
// state.MaxNonceStep of its latest): she held its signature on her payment and on its own at one nonce,
// and exited with hers after it was told it paid. Safe outcome: the user signs nothing above what its
// last stored backup covers: the Bump at N+RestoreSkip+2 is refused (ErrBeyondBackup), the one at
// N+RestoreSkip+1 is countersigned (it is the very state the restored user proposes there), her payment
// above it waits (Busy, ErrAwaitingBackup) while no backup holds that Bump, and she holds no two states
// of the user's signature at one nonce.
func TestMal11JumpPastTheBackup(t *testing.T) {
	b := boundUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	held := userSigned{}
	wantRefused(t, m.proposeAt(floor+bumpWindow+1, nil, protocol.Bump{}), ErrBeyondBackup)
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	wantRefused(t, m.proposeAt(floor+1, nil, five), ErrBeyondBackup)
	if _, ok := m.proposeAt(floor+1, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatalf("the Bump of the backed-up state at the floor plus one was not countersigned")
	}
	held.add(m.latest().Latest.State)
	wantCode(t, m.proposeAt(floor+2, nil, five), protocol.CodeBusy, ErrAwaitingBackup)

	// She answers a proposal at or below her latest with a Sync of it, as an honest hub does: the
	// restored user's Bump at the floor plus one is the state she holds there.
	m.setAnswer(func(p protocol.Propose) protocol.Message {
		if l := m.latest(); p.Proposal.State.TxCountGlobal <= l.Latest.State.TxCountGlobal {
			return protocol.Sync{Latest: l.Latest, Locks: l.Locks}
		}
		return m.countersign(p)
	})
	user = restoreBoundUser(t, b, user)
	keepBackingUp(t, user, b.backups)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.twice(t)
	got := stored(t, user, m.addr, userAddr).State
	want := new(uint256.Int).SubUint64(&atBackup.Latest.State.WeiUser, 7)
	// Past the Bump (adopted from her Sync), the user's payment goes above the Bump window (channel.floor).
	if got != m.latest().Latest.State || !got.WeiUser.Eq(want) || got.TxCountGlobal != floor+bumpWindow+1 {
		t.Fatalf("the user's latest (nonce %d, %s wei) is not hers (nonce %d), or not at %d with the backup's less 7 (%s wei)",
			got.TxCountGlobal, got.WeiUser.Dec(), m.latest().Latest.State.TxCountGlobal, floor+bumpWindow+1, want.Dec())
	}
}

// TestMal11LiftsPastTheBackupWait (user's double signature; ADR 18's "about 47 lifts"): the user backs up
// at nonce N and, with no backup after, pays Mallory 1,000 wei again and again; she answers each payment
// CodeTaken naming its latest plus maxPeerSkip and countersigns it proposed again above, 1,025 nonces a
// payment. Restored from that backup, the user's floor is N+RestoreSkip: after 48 lifts its payments
// would pass it, and her payment at a nonce she holds the user's signature at would be countersigned.
// Safe outcome: the lifted payment that would go above N+RestoreSkip waits for a newer backup instead
// (its caller gives up); restored, the user answers her proposals at the nonces she holds Taken, its own
// payment goes above the floor, and she holds no two states of its signature at one nonce.
func TestMal11LiftsPastTheBackupWait(t *testing.T) {
	b := boundUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	floor := n + backup.RestoreSkip
	m.setAnswer(liftEach(m))
	lifts := int(backup.RestoreSkip / (maxPeerSkip + 1)) // the payments that fit below the floor
	for i := range lifts {
		if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
			t.Fatalf("lifted payment %d: %v", i, err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	if _, err := user.eng.Update(ctx, m.addr, wei(1000)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("the payment lifted past the backup's floor: %v, want it waiting for a backup", err)
	}
	held := userSigned{}
	held.addProposals(m)
	for nonce := range held {
		if nonce > floor {
			t.Fatalf("the user signed a proposal at nonce %d, above its backup's floor %d", nonce, floor)
		}
	}

	m.setAnswer(busy) // nothing of the restored user's is countersigned while she tries the nonces she holds
	user = restoreBoundUser(t, b, user)
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	for at := range held {
		if at <= n {
			continue // in the backup
		}
		m.mu.Lock()
		m.ch = atBackup // she builds on the state the user was restored to
		m.mu.Unlock()
		if _, ok := m.proposeAt(at, nil, five).(protocol.Countersign); ok {
			held.add(m.latest().Latest.State)
		}
	}
	m.setAnswer(m.countersign)
	keepBackingUp(t, user, b.backups)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.twice(t)
	if got := stored(t, user, m.addr, userAddr).State; got.TxCountGlobal <= floor {
		t.Fatalf("the restored user's payment is at nonce %d, at or below its floor %d", got.TxCountGlobal, floor)
	}
}

// TestBoundNodeWaitsForItsFirstBackup: a user and a hub that both back up, neither with a backup stored
// yet, sign nothing: the user's payment waits, and the hub answers the user's proposal Busy. Once each
// is backed up the payment goes through, and a payment the other way too.
func TestBoundNodeWaitsForItsFirstBackup(t *testing.T) {
	dir := t.TempDir()
	bp := newBoundPair(t, dir)
	hub, user, hubBackups, userBackups := bp.hub, bp.user, bp.hubBackups, bp.userBackups
	pay := func(timeout time.Duration) error {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		_, err := user.eng.Update(ctx, hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000))
		return err
	}
	if err := pay(300 * time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("the user's payment with no backup stored: %v, want it waiting", err)
	}
	if _, err := user.store.Proposal(testCtx(t), hubAddr, userAddr); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the user signed a proposal with no backup stored: %v", err)
	}
	if g, err := user.eng.Gauges(testCtx(t)); err != nil || g.AwaitingBackup != 1 {
		t.Fatalf("gauges: %d channels awaiting a backup (%v), want 1", g.AwaitingBackup, err)
	}

	saveBound(t, user, userBackups) // the user may sign now; the hub may not
	hs := backup.NewSaver(hubBackups, hub.store, hubKey, domain, testLogger())
	hs.OnSaved(hub.eng.BackedUp)
	errc := make(chan error, 1)
	go func() { errc <- pay(30 * time.Second) }()
	waitFor(t, "the user's proposal", func() bool {
		_, err := user.store.Proposal(testCtx(t), hubAddr, userAddr)
		return err == nil
	})
	time.Sleep(100 * time.Millisecond) // answered Busy, and sent again, for a while
	if _, err := hub.store.Latest(testCtx(t), hubAddr, userAddr); !errors.Is(err, state.ErrNotFound) {
		t.Fatalf("the hub countersigned with no backup stored: %v", err)
	}
	if _, err := hs.Save(testCtx(t)); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatalf("the user's payment once both are backed up: %v", err)
	}
	if _, err := hub.eng.Update(testCtx(t), userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(400)}); err != nil {
		t.Fatalf("the hub's payment: %v", err)
	}
	if got := latest(t, user.store).State; got.TxCountGlobal != 2 {
		t.Fatalf("latest nonce %d, want 2", got.TxCountGlobal)
	}
}

// boundPair is a hub and its user, both bounded by their backups (in directories beside their stores).
type boundPair struct {
	hub, user               *testNode
	hubBackups, userBackups backup.Backend
	hubDB, userDB           string
}

// newBoundPair starts a hub and its user with stores in dir, connected, with backup directories but no
// backup stored yet.
func newBoundPair(t *testing.T, dir string) *boundPair {
	t.Helper()
	p := &boundPair{hubDB: filepath.Join(dir, "hub.db"), userDB: filepath.Join(dir, "user.db")}
	var err error
	if p.hubBackups, err = backup.NewDir(filepath.Join(dir, "hub-backups")); err != nil {
		t.Fatal(err)
	}
	if p.userBackups, err = backup.NewDir(filepath.Join(dir, "user-backups")); err != nil {
		t.Fatal(err)
	}
	p.hub = p.startHub(t)
	p.user = p.startUser(t, p.hub)
	if err := p.user.host.Connect(testCtx(t), p.hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	return p
}

func (p *boundPair) startHub(t *testing.T) *testNode {
	return startNode(t, hubKey, Hub, p.hubDB, boundConfig)
}

func (p *boundPair) startUser(t *testing.T, hub *testNode) *testNode {
	return startNode(t, userKey, User, p.userDB, func(c *Config) {
		c.Hub, c.HubPeer = hubAddr, hub.host.ID()
		boundConfig(c)
	})
}

// TestBoundMarksSurviveARestart: the marks of the last stored backup are stored with the node's states, so
// a restarted node signs at once what that backup covers, without waiting for a new one.
func TestBoundMarksSurviveARestart(t *testing.T) {
	b := boundUser(t)
	user := restartBound(t, b, b.user)
	ctx, cancel := context.WithTimeout(testCtx(t), 10*time.Second)
	defer cancel()
	if _, err := user.eng.Update(ctx, b.m.addr, wei(5)); err != nil {
		t.Fatalf("the restarted user's payment with no new backup: %v", err)
	}
	m := storedMarksOf(t, user)
	if want := b.atBackup.Latest.State.TxCountGlobal + backup.RestoreSkip; m.Floor(b.m.addr, userAddr) != want || m.Channels() != 1 {
		t.Fatalf("stored marks: floor %d over %d channels, want %d over 1", m.Floor(b.m.addr, userAddr), m.Channels(), want)
	}
}

// storedMarksOf reads the backup marks n's store holds.
func storedMarksOf(t *testing.T, n *testNode) backup.Marks {
	t.Helper()
	got, err := n.store.Meta(testCtx(t), backup.MetaBackupMarks)
	if err != nil {
		t.Fatal(err)
	}
	floors, err := backup.DecodeFloors(got)
	if err != nil {
		t.Fatal(err)
	}
	return backup.MarksOf(floors)
}

// TestBoundMarksStoredAtMostEveryInterval: with the default BackupMarksEvery (a minute), a backup's marks
// raise the bound at once but are stored with the states only if the last ones stored are that old: a
// hub's marks are 64 bytes a channel, and a backup is taken every second.
func TestBoundMarksStoredAtMostEveryInterval(t *testing.T) {
	dir := t.TempDir()
	m, user := newMalloryHub(t, devchain.DevKey(5), dir, newClock(), func(c *Config) { c.BoundByBackups = true })
	backups, err := backup.NewDir(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	saveBound(t, user, backups) // stored: the first
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]}, wei(5)); err != nil {
		t.Fatal(err)
	}
	saveBound(t, user, backups) // taken, not stored
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(5)); err != nil {
		t.Fatal(err)
	}
	if got := storedMarksOf(t, user); got.Channels() != 0 {
		t.Fatalf("stored marks hold %d channels, want those of the first backup (none)", got.Channels())
	}
}

// restartBound stops the user and starts it again on its store, bounded by its backups.
func restartBound(t *testing.T, b backedUp, user *testNode) *testNode {
	t.Helper()
	user.stop()
	user = startNode(t, userKey, User, b.dir+"/user.db", func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs = b.m.addr, b.m.host.ID(), b.m.host.Addrs()
		c.Clock = b.clock.Now
		boundConfig(c)
	})
	b.m.peer = user.host.ID()
	waitFor(t, "the restarted user's connection to Mallory", func() bool { return b.m.host.Connected(user.host.ID()) })
	return user
}

// TestBoundCoverage is the rule itself, channel by channel.
func TestBoundCoverage(t *testing.T) {
	const latest uint64 = 100
	const s uint64 = backup.RestoreSkip
	cases := []struct {
		name   string
		marks  uint64 // the backup's latest nonce of the channel
		known  bool
		nonce  uint64
		bump   bool
		want   coverage
		isHere bool
	}{
		{"next state, backed up", latest, true, latest + 1, false, covered, true},
		{"at the floor", latest, true, latest + s, false, covered, true},
		{"Bump at the floor plus one", latest, true, latest + s + 1, true, covered, true},
		{"other state at the floor plus one", latest, true, latest + s + 1, false, beyondBackup, true},
		{"Bump at the top of the window", latest, true, latest + s + bumpWindow, true, covered, true},
		{"Bump above the window", latest, true, latest + s + bumpWindow + 1, true, beyondBackup, true},
		{"backup behind, within its floor", latest - 10, true, latest + s - 10, false, covered, true},
		{"backup behind, above its floor", latest - 10, true, latest + s - 9, false, awaitsBackup, true},
		{"backup behind, Bump of the latest", latest - 10, true, latest + s + 1, true, awaitsBackup, true},
		{"no backup yet", 0, false, latest + 1, false, awaitsBackup, true},
		{"channel not in the backup", 0, true, s, false, covered, false},
		{"channel not in the backup, above", 0, true, s + 1, false, awaitsBackup, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := &Engine{}
			e.bound.on, e.bound.known = true, c.known
			if c.isHere {
				e.bound.marks = backup.MarksOf([]backup.Floor{{Hub: hubAddr, User: userAddr, Nonce: c.marks + s, Latest: c.marks}, {Nonce: s}})
			} else {
				e.bound.marks = backup.MarksOf([]backup.Floor{{Nonce: s}})
			}
			ch := &channel{ch: protocol.Channel{Latest: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: userAddr, TxCountGlobal: latest}}}}
			if got := e.coverage(ch, c.nonce, c.bump); got != c.want {
				t.Fatalf("coverage of nonce %d (bump %v): %d, want %d", c.nonce, c.bump, got, c.want)
			}
		})
	}
	e := &Engine{}
	ch := &channel{}
	if got := e.coverage(ch, state.MaxNonceStep, false); got != covered {
		t.Fatalf("a node that does not back up: %d, want covered", got)
	}
}

// TestBothRestoredBumpsCross: a hub and its user, both backed up at the same latest state and both
// restored from those backups while apart, each propose the same Bump at the same nonce (the latest
// plus RestoreSkip plus one), and each has it outstanding when the other's arrives. Answered as any
// conflict (each CodeTaken, proposing again above), neither could go on: the next nonce is beyond what
// their backups cover, and no backup can move past the latest they share. Safe outcome: each takes the
// other's proposal of the very state it signed as the countersignature of its own, and payments both
// ways go on above it.
func TestBothRestoredBumpsCross(t *testing.T) {
	bp := newBoundPair(t, t.TempDir())
	hub, user, hubBackups, userBackups := bp.hub, bp.user, bp.hubBackups, bp.userBackups
	hubDB, userDB := bp.hubDB, bp.userDB
	save := func() {
		saveNode(t, hub, hubKey, hubBackups)
		saveNode(t, user, userKey, userBackups)
	}
	save()
	if _, err := user.eng.Update(testCtx(t), hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatal(err)
	}
	n := latest(t, user.store).State.TxCountGlobal
	save()
	hub.stop()
	user.stop()
	restoreStore(t, hubDB, hubKey, hubBackups)
	restoreStore(t, userDB, userKey, userBackups)
	hub = bp.startHub(t)
	user = bp.startUser(t, hub)
	bump := n + backup.RestoreSkip + 1
	for _, p := range []*testNode{hub, user} { // each has its Bump stored and outstanding, unsent
		waitFor(t, "the restored node's Bump", func() bool {
			prop, err := p.store.Proposal(testCtx(t), hubAddr, userAddr)
			return err == nil && prop.State.TxCountGlobal == bump
		})
	}
	if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	keepBackingUpNode(t, hub, hubKey, hubBackups)
	keepBackingUpNode(t, user, userKey, userBackups)
	ctx, cancel := context.WithTimeout(testCtx(t), 30*time.Second)
	defer cancel()
	paid, err := user.eng.Update(ctx, hubAddr, wei(5))
	if err != nil {
		t.Fatalf("the user's payment after both Bumps crossed: %v", err)
	}
	if paid.State.TxCountGlobal <= bump {
		t.Fatalf("the payment is at nonce %d, not above the Bump at %d", paid.State.TxCountGlobal, bump)
	}
	if _, err := hub.eng.Update(ctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(3)}); err != nil {
		t.Fatalf("the hub's payment: %v", err)
	}
	if h, u := latest(t, hub.store).State, latest(t, user.store).State; h != u {
		t.Fatalf("hub and user hold different latest states: %d and %d", h.TxCountGlobal, u.TxCountGlobal)
	}
}

// TestRestoredBoundNodesOpenNewChannels: a node bounded by its backups and restored from one that holds
// no channel signs nothing on a new channel at or below RestoreSkip, and above it first only the Bump of
// the zero state (what a restore from that backup would make there). A restored user opens a channel with
// a hub it never met (its first payment puts a Bump ahead of itself, which the hub takes since the chain
// shows the user's deposit: rule B1), and a restored hub takes a user it never met (its Taken makes it
// bump the user's channel). Before the hub's rule allowed such a Bump, the user's first payment failed
// with ErrBeyondBackup after its Bumps were refused.
func TestRestoredBoundNodesOpenNewChannels(t *testing.T) {
	t.Run("user", func(t *testing.T) {
		dir := t.TempDir()
		userDB := filepath.Join(dir, "user.db")
		hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), nil)
		edit := func(c *Config) { c.Hub, c.HubPeer = hubAddr, hub.host.ID(); boundConfig(c) }
		backups := backUpAndRestore(t, startNode(t, userKey, User, userDB, edit), userKey, userDB)
		user := startNode(t, userKey, User, userDB, edit)
		keepBackingUpNode(t, user, userKey, backups)
		if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		payNewChannel(t, user, hub)
	})
	t.Run("hub", func(t *testing.T) {
		dir := t.TempDir()
		hubDB := filepath.Join(dir, "hub.db")
		backups := backUpAndRestore(t, startNode(t, hubKey, Hub, hubDB, boundConfig), hubKey, hubDB)
		hub := startNode(t, hubKey, Hub, hubDB, boundConfig)
		keepBackingUpNode(t, hub, hubKey, backups)
		user := startNode(t, userKey, User, filepath.Join(dir, "user.db"), func(c *Config) { c.Hub, c.HubPeer = hubAddr, hub.host.ID() })
		if err := user.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		payNewChannel(t, user, hub)
	})
}

// backUpAndRestore backs n (with key, its store at db) up to a directory beside it, stops it, and restores
// its store from that backup; it returns the backend.
func backUpAndRestore(t *testing.T, n *testNode, key *ecdsa.PrivateKey, db string) backup.Backend {
	t.Helper()
	backups, err := backup.NewDir(filepath.Join(filepath.Dir(db), "backups-"+filepath.Base(db)))
	if err != nil {
		t.Fatal(err)
	}
	saveNode(t, n, key, backups)
	n.stop()
	restoreStore(t, db, key, backups)
	return backups
}

// payNewChannel has the user credit its deposit and pay the hub, and the hub pay it back, on a channel the
// restored one of them never had; the channel's states are all above RestoreSkip.
func payNewChannel(t *testing.T, user, hub *testNode) {
	t.Helper()
	ctx, cancel := context.WithTimeout(testCtx(t), 20*time.Second)
	defer cancel()
	if _, err := user.eng.Update(ctx, hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatalf("the user's first payment on the new channel: %v", err)
	}
	if _, err := hub.eng.Update(ctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(10)}); err != nil {
		t.Fatalf("the hub's payment on the new channel: %v", err)
	}
	if got := latest(t, user.store).State; got.TxCountGlobal <= backup.RestoreSkip || got != latest(t, hub.store).State {
		t.Fatalf("the new channel's latest: nonce %d (hub's %d), want one state above %d", got.TxCountGlobal,
			latest(t, hub.store).State.TxCountGlobal, backup.RestoreSkip)
	}
}
