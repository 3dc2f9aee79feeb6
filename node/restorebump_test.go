package node

import (
	"context"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/backup"
	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// userSigned are the states carrying the honest user's signature that Mallory holds, by nonce: the user's
// proposals she got and her states it countersigned.
type userSigned map[uint64][]state.ChannelState

// add notes s, once.
func (u userSigned) add(s state.ChannelState) {
	for _, h := range u[s.TxCountGlobal] {
		if h == s {
			return
		}
	}
	u[s.TxCountGlobal] = append(u[s.TxCountGlobal], s)
}

// addProposals notes every proposal of the user she got.
func (u userSigned) addProposals(m *mallory) {
	for _, p := range m.proposals() {
		u.add(p.Proposal.State)
	}
}

// twice fails the test if she holds two different states of the user's signature at one nonce.
func (u userSigned) twice(t *testing.T) {
	t.Helper()
	for n, ss := range u {
		if len(ss) > 1 {
			t.Fatalf("LOSS: Mallory holds %d different states signed by the user at nonce %d", len(ss), n)
		}
	}
}

// backedUp is an honest user of Mallory's backed up with its deposit credited and 500,000 wei paid to her.
type backedUp struct {
	m        *mallory
	user     *testNode
	dir      string
	clock    *testClock
	atBackup protocol.Channel // the latest state the backup holds
	backups  backup.Backend
}

// backUpMalloryUser starts Mallory as the hub of an honest user, has the user credit its deposit and pay
// her 500,000 wei, and backs the user up.
func backUpMalloryUser(t *testing.T) backedUp {
	t.Helper()
	b := backedUp{clock: newClock(), dir: t.TempDir()}
	b.m, b.user = newMalloryHub(t, devchain.DevKey(5), b.dir, b.clock, nil)
	if _, err := b.user.eng.Update(testCtx(t), b.m.addr, protocol.Credit{Wei: deposited[0]}, wei(500_000)); err != nil {
		t.Fatal(err)
	}
	b.atBackup = b.m.latest()
	b.backups = backupUser(t, b.user, b.dir) // mal9_attack_test.go
	return b
}

// TestMal9TakenLiftsPastTheRestoreFloor (user's double signature; review 9's open finding): the user
// backs up at nonce N. Mallory, its hub, answers its next payment (1,000 wei) with CodeTaken naming
// latest+maxPeerSkip, the most a peer's Taken lifts a proposer, and countersigns it proposed again one
// above; she does so again for each of the user's next payments before its next backup (lifts). The user
// loses its data and is restored from the backup. Then the lift was 32,768 and so was RestoreSkip: one
// lift reached the floor, and with the floor raised to 49,152 two lifts still passed it. Mallory then
// proposes, on the backup's state, a payment of 5,000 wei to the user at each nonce she holds the user's
// signature at; and the user pays her 7 wei. Before, her proposal at N+32,769 was countersigned (and the
// user's own payment went there too): she held two states of the user's signature at N+32,769, exited
// with the one in which it paid her 1,000 wei after it was told it received 5,000. Safe outcome: the floor
// is above every lift (RestoreSkip > maxPeerSkip + maxBinding) and above many in a row (lifts are capped at
// 1,024), her proposals at those nonces are answered Taken, and the user's proposals go above the floor:
// she holds no two states of its signature at one nonce.
func TestMal9TakenLiftsPastTheRestoreFloor(t *testing.T) {
	for _, lifts := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("lifts=%d", lifts), func(t *testing.T) { takenLiftsPastTheRestoreFloor(t, lifts) })
	}
}

func takenLiftsPastTheRestoreFloor(t *testing.T, lifts int) {
	b := backUpMalloryUser(t)
	m, user, atBackup := b.m, b.user, b.atBackup
	n := atBackup.Latest.State.TxCountGlobal
	m.setAnswer(liftEach(m))
	held := userSigned{}
	for i := range lifts {
		if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
			t.Fatal(err)
		}
		want := n + uint64(i+1)*(maxPeerSkip+1)
		if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got != want {
			t.Fatalf("lifted payment %d is at nonce %d, want %d", i, got, want)
		}
	}
	held.addProposals(m)

	m.setAnswer(busy) // nothing of the restored user's is countersigned while she tries the nonces she holds
	user = restoreMalloryUser(t, m, user, b.dir, b.backups, b.clock)
	five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
	tries := []uint64{n + 1}
	for i := range uint64(lifts) {
		tries = append(tries, n+(i+1)*(maxPeerSkip+1)-1, n+(i+1)*(maxPeerSkip+1))
	}
	for _, at := range tries {
		m.mu.Lock()
		m.ch = atBackup // she builds on the state the user was restored to
		m.mu.Unlock()
		if _, ok := m.proposeAt(at, nil, five).(protocol.Countersign); ok {
			held.add(m.latest().Latest.State)
		}
	}
	m.setAnswer(m.countersign)
	if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
		t.Fatalf("the restored user's payment: %v", err)
	}
	held.addProposals(m)
	held.twice(t)
	got := stored(t, user, m.addr, userAddr).State
	want := new(uint256.Int).SubUint64(&atBackup.Latest.State.WeiUser, 7)
	if got != m.latest().Latest.State || !got.WeiUser.Eq(want) {
		t.Fatalf("the user's latest (nonce %d, %s wei) is not hers (nonce %d) or not the backup's less 7 (%s wei)",
			got.TxCountGlobal, got.WeiUser.Dec(), m.latest().Latest.State.TxCountGlobal, want.Dec())
	}
}

// liftEach is Mallory answering each proposal of the honest node once with CodeTaken naming her latest
// plus maxPeerSkip (the most a Taken lifts a proposer) and countersigning it proposed again above: 1,025
// nonces a proposal.
func liftEach(m *mallory) func(protocol.Propose) protocol.Message {
	var top uint64 // the nonce her Taken names for the proposal under way
	return func(p protocol.Propose) protocol.Message {
		at := p.Proposal.State.TxCountGlobal
		if top == 0 {
			top = m.latest().Latest.State.TxCountGlobal + maxPeerSkip
		}
		if at <= top {
			return takenAt(top)(p)
		}
		top = 0
		return m.countersign(p)
	}
}

// TestRestoredUserBumpsPastItsFloorWithItsHub (held, no livelock): the user backs up at nonce N, pays its
// honest hub twice more and loses its data; while it is down the hub starts paying it 10 wei. Restored,
// its floor is N+RestoreSkip, above every nonce the hub's proposals can be lifted to, so the hub's
// payment is answered Taken until the user's Bump (built on N, answered Behind; the user catches up with
// the hub's latest and bumps again on top of it) moves the channel past the floor. Safe outcome: the hub's
// payment and payments in both directions after it succeed, both hold the same latest state above the
// floor, every payment counted once, and the hub's refused proposals are all superseded.
func TestRestoredUserBumpsPastItsFloorWithItsHub(t *testing.T) {
	dir := t.TempDir()
	p, n, backups := pairAheadOfItsBackup(t, dir) // mal9_attack_test.go
	ctx := testCtx(t)
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	p.user.stop()
	paid := make(chan error, 1)
	var first state.SignedState
	go func() {
		var err error
		first, err = p.hub.eng.Update(pctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(10)})
		paid <- err
	}()
	waitFor(t, "the hub's payment outstanding while the user is down", func() bool {
		var out bool
		if err := p.hub.eng.query(ctx, func() { out = p.hub.eng.channels[userAddr].out != nil }); err != nil {
			t.Fatal(err)
		}
		return out
	})
	user := restorePairUser(t, p, dir, backups) // mal9_attack_test.go
	if err := <-paid; err != nil {
		t.Fatalf("LIVELOCK: the hub's payment to the restored user: %v", err)
	}
	if first.State.TxCountGlobal <= n+backup.RestoreSkip {
		t.Fatalf("the hub's payment went through at nonce %d, at or below the restored user's floor %d",
			first.State.TxCountGlobal, n+backup.RestoreSkip)
	}
	if _, err := user.eng.Update(pctx, hubAddr, wei(5)); err != nil {
		t.Fatalf("the restored user's payment to its hub: %v", err)
	}
	if _, err := p.hub.eng.Update(pctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(20)}); err != nil {
		t.Fatalf("the hub's next payment to the restored user: %v", err)
	}
	u, h := stored(t, user, hubAddr, userAddr).State, stored(t, p.hub, hubAddr, userAddr).State
	if u != h || u.TxCountGlobal <= n+backup.RestoreSkip {
		t.Fatalf("the user's latest (nonce %d) and the hub's (nonce %d) differ or are not above the floor %d",
			u.TxCountGlobal, h.TxCountGlobal, n+backup.RestoreSkip)
	}
	want := new(uint256.Int).SubUint64(&deposited[0], 1000+200+5)
	want.AddUint64(want, 10+20)
	if !u.WeiUser.Eq(want) {
		t.Fatalf("the user holds %s wei, want %s (every payment once)", u.WeiUser.Dec(), want.Dec())
	}
	var refused int
	if err := p.hub.eng.query(ctx, func() { refused = len(p.hub.eng.channels[userAddr].refused) }); err != nil {
		t.Fatal(err)
	}
	if refused != 0 {
		t.Fatalf("the hub keeps %d refused proposals binding after the channel moved past them", refused)
	}
}

// TestRestoredHubBumpsItsUsersChannel (held): the hub backs up at nonce N, its user pays it twice more,
// and the hub loses its data. Restored, the hub bumps the channel at start, built on N, while the user is
// at N+2: the user answers Behind, the hub catches up with the user's latest and bumps again on top of it.
// Safe outcome: the user's payment to the restored hub and the hub's to the user succeed, both hold the
// same latest state above the hub's floor, every payment counted once.
func TestRestoredHubBumpsItsUsersChannel(t *testing.T) {
	dir := t.TempDir()
	p := startPair(t, dir)
	ctx := testCtx(t)
	if _, err := p.user.eng.Update(ctx, hubAddr, protocol.Credit{Wei: deposited[0]}, wei(1000)); err != nil {
		t.Fatal(err)
	}
	n := stored(t, p.hub, hubAddr, userAddr).State.TxCountGlobal
	backups := backupNode(t, p.hub, hubKey, dir) // mal9_attack_test.go
	for range 2 {
		if _, err := p.user.eng.Update(ctx, hubAddr, wei(100)); err != nil {
			t.Fatal(err)
		}
	}
	p.hub.stop()
	restoreStore(t, filepath.Join(dir, "hub.db"), hubKey, backups)
	hub := startNode(t, hubKey, Hub, filepath.Join(dir, "hub.db"), nil)
	if err := p.user.host.Connect(ctx, hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	paid, err := p.user.eng.Update(pctx, hubAddr, wei(5))
	if err != nil {
		t.Fatalf("the user's payment to its restored hub: %v", err)
	}
	if paid.State.TxCountGlobal <= n+backup.RestoreSkip+1 { // the user's lifts stop below the floor: the hub bumped
		t.Fatalf("the user's payment went through at nonce %d, not above the hub's Bump at %d", paid.State.TxCountGlobal,
			n+backup.RestoreSkip+1)
	}
	if _, err := hub.eng.Update(pctx, userAddr, protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(20)}); err != nil {
		t.Fatalf("the restored hub's payment to its user: %v", err)
	}
	u, h := stored(t, p.user, hubAddr, userAddr).State, stored(t, hub, hubAddr, userAddr).State
	if u != h || u.TxCountGlobal <= n+backup.RestoreSkip {
		t.Fatalf("the user's latest (nonce %d) and the hub's (nonce %d) differ or are not above the floor %d",
			u.TxCountGlobal, h.TxCountGlobal, n+backup.RestoreSkip)
	}
	want := new(uint256.Int).SubUint64(&deposited[0], 1000+200+5)
	want.AddUint64(want, 20)
	if !u.WeiUser.Eq(want) {
		t.Fatalf("the user holds %s wei, want %s (every payment once)", u.WeiUser.Dec(), want.Dec())
	}
}

// TestRestoredUserBumpRefusedOrIgnored (held, bounded): a restored user's Bump goes to Mallory, its hub,
// who refuses every Bump (then countersigns the user's own payment) or answers it Busy for ever, while
// proposing at the nonces she holds the user's signature at. Safe outcome: she holds no two states of the
// user's signature at one nonce; a refused Bump is proposed again above it, at most maxFailedBumps times
// in all (each one binds the user, so a peer refusing them gets a few of its maxBinding, not all), and the
// user's own payment still moves the channel past the floor; a Busy one is resent as it is, nothing new
// signed.
func TestRestoredUserBumpRefusedOrIgnored(t *testing.T) {
	bumps := func(ps []protocol.Propose) map[state.ChannelState]bool {
		out := map[state.ChannelState]bool{}
		for _, p := range ps {
			if len(p.Updates) == 1 && p.Updates[0] == (protocol.Bump{}) {
				out[p.Proposal.State] = true
			}
		}
		return out
	}
	refuseBumps := func(m *mallory) func(protocol.Propose) protocol.Message {
		return func(p protocol.Propose) protocol.Message {
			if len(p.Updates) == 1 && p.Updates[0] == (protocol.Bump{}) {
				return refuseAll(p)
			}
			return m.countersign(p)
		}
	}
	for _, tc := range []struct {
		name   string
		answer func(*mallory) func(protocol.Propose) protocol.Message
		want   int // Bump states she gets
	}{
		{"refused", refuseBumps, maxFailedBumps},
		{"busy", func(*mallory) func(protocol.Propose) protocol.Message { return busy }, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := backUpMalloryUser(t)
			m, user, atBackup := b.m, b.user, b.atBackup
			n := atBackup.Latest.State.TxCountGlobal
			if _, err := user.eng.Update(testCtx(t), m.addr, wei(1000)); err != nil {
				t.Fatal(err)
			}
			held := userSigned{}
			held.addProposals(m)
			seen := len(m.proposals())
			m.mu.Lock()
			m.ch = atBackup
			m.answer = tc.answer(m)
			m.mu.Unlock()
			user = restoreMalloryUser(t, m, user, b.dir, b.backups, b.clock)
			five := protocol.Transfer{ToUser: true, Wei: *uint256.NewInt(5000)}
			if ans, ok := m.proposeAt(n+1, nil, five).(protocol.Countersign); ok {
				t.Fatalf("the restored user countersigned %+v at a nonce it signed before", ans)
			}
			deadline := time.Now().Add(30 * time.Second)
			for len(bumps(m.proposals()[seen:])) < tc.want {
				if time.Now().After(deadline) {
					t.Fatalf("%d Bumps proposed, want %d", len(bumps(m.proposals()[seen:])), tc.want)
				}
				time.Sleep(10 * time.Millisecond)
			}
			time.Sleep(3 * bumpCheckEvery) // a Bump more would go out by now
			got := bumps(m.proposals()[seen:])
			if len(got) != tc.want {
				t.Fatalf("LOOP: %d Bump states proposed, want %d", len(got), tc.want)
			}
			for s := range got {
				if s.TxCountGlobal <= n+backup.RestoreSkip {
					t.Fatalf("a Bump at nonce %d, at or below the floor %d", s.TxCountGlobal, n+backup.RestoreSkip)
				}
			}
			if tc.name == "refused" {
				if _, err := user.eng.Update(testCtx(t), m.addr, wei(7)); err != nil {
					t.Fatalf("the restored user's payment: %v", err)
				}
				if got := stored(t, user, m.addr, userAddr).State.TxCountGlobal; got <= n+backup.RestoreSkip+maxFailedBumps {
					t.Fatalf("the user's payment is at nonce %d, not above its refused Bumps", got)
				}
			}
			held.addProposals(m)
			held.twice(t)
		})
	}
}

// TestStrangersBumpIsRefused (rule B1): a Bump from a key whose channel the hub has not stored and in
// which the chain shows no deposit is refused, and the hub stores nothing for it; once she deposited, a
// Bump of the zero state (what a restored user bounded by its backups opens a channel with) is
// countersigned, and so is a Bump of a stored channel, nothing but its nonce changed.
func TestStrangersBumpIsRefused(t *testing.T) {
	clock := newClock()
	var paidIn atomic.Bool
	hub := startNode(t, hubKey, Hub, t.TempDir()+"/hub.db", func(c *Config) {
		c.Clock = clock.Now
		c.Deposits = func(common.Address, common.Address) [2]uint256.Int {
			if paidIn.Load() {
				return deposited
			}
			return [2]uint256.Int{}
		}
	})
	m := newMalloryUser(t, devchain.DevKey(7), hub, clock)
	wantRefused(t, m.proposeOnce(nil, protocol.Bump{}), ErrBumpUnknown)
	if _, err := hub.store.Latest(testCtx(t), hubAddr, m.addr); err == nil {
		t.Fatal("the hub stored a state of a stranger's channel")
	}
	paidIn.Store(true)
	if _, ok := m.propose(nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatal("her Bump of the zero state once she deposited was refused")
	}
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("her credit was refused")
	}
	before := stored(t, hub, hubAddr, m.addr).State
	if ans, ok := m.proposeAt(before.TxCountGlobal+1000, nil, protocol.Bump{}).(protocol.Countersign); !ok {
		t.Fatalf("her Bump of a stored channel: %+v, want a countersignature", ans)
	}
	after := stored(t, hub, hubAddr, m.addr).State
	before.TxCountGlobal += 1000
	if after != before {
		t.Fatalf("the hub's state after her Bump: %+v, want %+v", after, before)
	}
}
