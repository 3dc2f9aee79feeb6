package node

import (
	"crypto/ecdsa"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// The attacks of a malicious hub or user on the acceptance rules (docs/update-protocol.md §3.1), each
// scripted with the Mallory harness against real engines over libp2p.

// waitFor polls cond until it holds, failing after 10 s with what.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// proposed reports whether Mallory got a proposal carrying an update that match accepts.
func (m *mallory) proposed(match func(protocol.Update) bool) bool {
	for _, p := range m.proposals() {
		for _, u := range p.Updates {
			if match(u) {
				return true
			}
		}
	}
	return false
}

// proposeUntilAnswered proposes until the honest node answers with anything but Busy (its own proposal
// may be in flight).
func (m *mallory) proposeUntilAnswered(notes []protocol.Note, updates ...protocol.Update) protocol.Message {
	m.t.Helper()
	for range 200 {
		ans := m.propose(notes, updates...)
		if r, ok := ans.(protocol.Reject); !ok || r.Code != protocol.CodeBusy {
			return ans
		}
		time.Sleep(10 * time.Millisecond)
	}
	m.t.Fatal("the honest node stays busy")
	return nil
}

// fundedMalloryHub is Mallory as the hub of an honest user who credited its deposit and paid her share
// of it, so that she has balance to lock to the user.
func fundedMalloryHub(t *testing.T, clock *testClock) (*mallory, *testNode) {
	return fundedMalloryHubWith(t, devchain.DevKey(5), clock)
}

func fundedMalloryHubWith(t *testing.T, key *ecdsa.PrivateKey, clock *testClock) (*mallory, *testNode) {
	m, user := newMalloryHub(t, key, t.TempDir(), clock, nil)
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]},
		protocol.Transfer{Wei: *uint256.NewInt(500_000)}); err != nil {
		t.Fatal(err)
	}
	return m, user
}

// TestHubCannotTakeAReceivedPayment (issue case 1): Mallory, a hub, locks a payment to an honest user.
// A lock expiring too soon to be claimed on-chain is refused. One in time is taken, reported received
// and settled by the user; Mallory answers Busy to the settle, lets the lock expire and proposes to
// expire it: the user refuses, since it holds the preimage, and the lock stays its own.
func TestHubCannotTakeAReceivedPayment(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	before := stored(t, user, m.addr, userAddr)
	userPub := &userKey.PublicKey

	soon, note, _ := m.lockTo(userPub, 1000, clock.Now()+60)
	wantRefused(t, m.propose([]protocol.Note{note}, protocol.AddLock{Lock: soon}), ErrLockTooShort)
	late, note, _ := m.lockTo(userPub, 1000, clock.Now()+100*24*3600)
	wantRefused(t, m.propose([]protocol.Note{note}, protocol.AddLock{Lock: late}), ErrLockTooLong)
	if got := stored(t, user, m.addr, userAddr); got.State != before.State {
		t.Fatalf("a refused lock changed the user's state: %+v", got.State)
	}

	events := user.eng.Subscribe(testCtx(t))
	m.setAnswer(busy)
	l, note, pre := m.lockTo(userPub, 1000, clock.Now()+3000)
	if ans, ok := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}).(protocol.Countersign); !ok {
		t.Fatalf("a lock in time was answered with %+v", ans)
	}
	for ev := range events {
		if ev.Kind == EventReceived && ev.Hashlock == l.Hashlock {
			break
		}
	}
	waitFor(t, "the user's settle", func() bool {
		return m.proposed(func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == l.ID })
	})
	clock.Advance(3001)
	wantRefused(t, m.proposeUntilAnswered(nil, protocol.ExpireLock{ID: l.ID}), ErrPreimageKnown)
	got := stored(t, user, m.addr, userAddr)
	if len(got.Locks) != 1 || got.Locks[0].ID != l.ID {
		t.Fatalf("the received lock left the user's latest state: %+v", got.Locks)
	}
	if p, err := user.store.Preimage(testCtx(t), l.Hashlock); err != nil || p != pre {
		t.Fatalf("the user lost the preimage: %v", err)
	}
}

// TestSameHashlockTwice (issue case 2): Mallory, a payer, opens two locks with one hashlock, a big one
// to Bob and a small one; the hub refuses them together, and the second while the first is in flight.
// Bob settles the big one; Mallory refuses the hub's settle upstream, lets her lock expire and proposes
// to expire it: the hub refuses (it knows the preimage), so it is not left paying Bob for nothing.
func TestSameHashlockTwice(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	bobPub := &bob.eng.cfg.Key.PublicKey
	big, note, _ := m.lockTo(bobPub, 100_000, clock.Now()+3600)
	small, smallNote := big, note
	small.ID, small.AmountWei, smallNote.LockID = big.ID+1, *uint256.NewInt(1), big.ID+1
	wantRefused(t, m.propose([]protocol.Note{note, smallNote}, protocol.AddLock{Lock: big}, protocol.AddLock{Lock: small}),
		ErrHashlockInFlight)

	m.setAnswer(refuseAll) // she never countersigns the hub's settle of her lock
	if ans, ok := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: big}).(protocol.Countersign); !ok {
		t.Fatalf("her lock was answered with %+v", ans)
	}
	waitFor(t, "Bob paid", func() bool {
		r := stored(t, bob, hubAddr, userAddr)
		return len(r.Locks) == 0 && r.State.WeiUser.Uint64() == deposited[0].Uint64()-500_000+100_000
	})
	waitFor(t, "the hub's settle upstream", func() bool {
		return m.proposed(func(u protocol.Update) bool { s, ok := u.(protocol.SettleLock); return ok && s.ID == big.ID })
	})
	small.ID, smallNote.LockID = (m.latest().Latest.State.TxCountGlobal+1)<<lockIDShift, (m.latest().Latest.State.TxCountGlobal+1)<<lockIDShift
	wantRefused(t, m.proposeUntilAnswered([]protocol.Note{smallNote}, protocol.AddLock{Lock: small}), ErrHashlockInFlight)
	clock.Advance(3601)
	wantRefused(t, m.proposeUntilAnswered(nil, protocol.ExpireLock{ID: big.ID}), ErrPreimageKnown)
	if got := stored(t, n.hub, hubAddr, m.addr); len(got.Locks) != 1 || got.Locks[0].ID != big.ID {
		t.Fatalf("Mallory's lock left the hub's state: %+v", got.Locks)
	}
}

// TestPendingTimeoutRules (issue case 3): Mallory, a hub, proposes collateral that times out a second
// from now, or months ahead: refused. Collateral in the accepted window is taken, payments go on on top
// of it (such states stay enforceable: ADR 11), and after the timeout, the chain (no chain here: none
// applied) never having applied it, the user invalidates it on its own.
func TestPendingTimeoutRules(t *testing.T) {
	clock := newClock()
	m, user := fundedMalloryHub(t, clock)
	before := stored(t, user, m.addr, userAddr)
	c := protocol.Collateral{Wei: *uint256.NewInt(1000), Timeout: clock.Now() + 1}
	wantRefused(t, m.propose(nil, c), ErrPendingTimeout)
	c.Timeout = clock.Now() + 1_000_000
	wantRefused(t, m.propose(nil, c), ErrPendingTimeout)
	if got := stored(t, user, m.addr, userAddr); got.State != before.State {
		t.Fatalf("a refused collateral changed the user's state: %+v", got.State)
	}

	c.Timeout = clock.Now() + 1300 // the default window: 1200 s to 7200 s
	if ans, ok := m.propose(nil, c).(protocol.Countersign); !ok {
		t.Fatalf("collateral in the window was answered with %+v", ans)
	}
	l, note, _ := m.lockTo(&userKey.PublicKey, 1000, clock.Now()+3000)
	if ans, ok := m.propose([]protocol.Note{note}, protocol.AddLock{Lock: l}).(protocol.Countersign); !ok {
		t.Fatalf("a lock on top of the pending state was answered with %+v", ans)
	}
	clock.Advance(1301)
	waitFor(t, "the user's Invalidate", func() bool {
		got := stored(t, user, m.addr, userAddr)
		return got.State.Pending.IsZero()
	})
	if !m.proposed(func(u protocol.Update) bool { _, ok := u.(protocol.Invalidate); return ok }) {
		t.Fatal("the pending set went without the user's Invalidate")
	}
}

// TestInvalidateFollowsTheChain (issue case 4): Mallory, a user, withdraws; the hub's chain view shows
// the withdrawal applied, so her Invalidate after the timeout (which would give her the withdrawn
// amount back off-chain) is refused. Once the chain view shows it not applied, the hub invalidates it.
func TestInvalidateFollowsTheChain(t *testing.T) {
	clock := newClock()
	var applied = make(chan bool, 1)
	applied <- true
	count := func(common.Address, common.Address) uint64 {
		a := <-applied
		applied <- a
		if a {
			return 1
		}
		return 0
	}
	n := startHubNetWith(t, func(c *Config) { c.Clock, c.ChainCount = clock.Now, count }, 500_000)
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	w := protocol.Withdraw{UserWei: *uint256.NewInt(1000), Recipient: m.addr, Timeout: clock.Now() + 3600}
	if ans, ok := m.propose(nil, w).(protocol.Countersign); !ok {
		t.Fatalf("her withdrawal was answered with %+v", ans)
	}
	clock.Advance(3601)
	wantRefused(t, m.proposeUntilAnswered(nil, protocol.Invalidate{}), ErrNotInvalidatable)
	if got := stored(t, n.hub, hubAddr, m.addr); got.State.Pending.IsZero() {
		t.Fatal("the refused Invalidate cleared the hub's pending withdrawal")
	}
	<-applied
	applied <- false
	waitFor(t, "the hub's Invalidate", func() bool {
		return m.proposed(func(u protocol.Update) bool { _, ok := u.(protocol.Invalidate); return ok })
	})
}

// TestStrangersCannotSpendOrStore (issue cases 5 and 6): fresh keys with no deposit send zero-value
// transfers; each is refused and the hub stores nothing for them.
func TestStrangersCannotSpendOrStore(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	before, err := n.hub.store.Channels(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		m := newMalloryUser(t, devchain.DevKey(10+i), n.hub, clock)
		wantRefused(t, m.forge(nil, protocol.Transfer{}), protocol.ErrZeroAmount)
		wantRefused(t, m.forge(nil, protocol.Credit{}), protocol.ErrZeroAmount)
	}
	after, err := n.hub.store.Channels(testCtx(t))
	if err != nil || len(after) != len(before) {
		t.Fatalf("the hub stores %d channels after the strangers, %d before (%v)", len(after), len(before), err)
	}
}

// TestAutoCollateralBudget: the floor is kept only for channels whose user put money in, and automatic
// top-ups stop at the hourly budget (its sliding hour is tested in package collateral).
func TestAutoCollateralBudget(t *testing.T) {
	e := &Engine{cfg: Config{Collateral: &CollateralPolicy{Window: time.Minute}}, coll: newCollateralBook(0)}
	e.cfg.Collateral.Floor[0] = *uint256.NewInt(100)
	e.cfg.Collateral.Ceiling[0] = *uint256.NewInt(1000)
	var none [2]uint256.Int
	if got := e.collateralTarget(userAddr, none, true); got[0].Uint64() != 100 {
		t.Fatalf("funded channel target %s, want the floor", got[0].Dec())
	}
	if got := e.collateralTarget(userAddr, none, false); !got[0].IsZero() {
		t.Fatalf("unfunded channel with no payments has target %s, want 0", got[0].Dec())
	}
	need := [2]uint256.Int{*uint256.NewInt(7)}
	if got := e.collateralTarget(userAddr, need, false); got[0].Uint64() != 7 {
		t.Fatalf("unfunded channel target %s for a payment of 7", got[0].Dec())
	}
	// The hourly budget (collateral.Budget) is the engine's, sized by MaxTopUpsPerHour.
	if got := newCollateralBook(3).topUps.Max; got != 3 {
		t.Fatalf("the engine's budget allows %d top-ups an hour, want 3", got)
	}
}

// malloryWithCustody is a hub with Alice and Mallory, who holds 500 wei in the hub's custody (Alice paid
// her custodially) and has paid the hub 5000 wei of her deposit, so that the hub can pay a claim out.
func malloryWithCustody(t *testing.T) (hubNet, *mallory) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	m := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(5000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	if _, err := n.users[0].eng.PayCustodial(testCtx(t), m.addr, *uint256.NewInt(500), uint256.Int{}, ""); err != nil {
		t.Fatal(err)
	}
	return n, m
}

// TestFailedClaimRefundIsStored (issue case 7): Mallory claims her custody and refuses the hub's
// transfer; once her channel moved past the refused proposal (which binds the hub until then), the hub
// gives the custody back, and that is stored.
func TestFailedClaimRefundIsStored(t *testing.T) {
	n, m := malloryWithCustody(t)
	ctx := testCtx(t)
	m.setAnswer(refuseAll)
	if _, err := m.host.Request(ctx, m.peer, CustodialProtocol, []byte{custodyClaim}); err == nil {
		t.Fatal("a claim whose transfer she refused succeeded")
	}
	for range 2 {
		if ans, ok := m.proposeUntilAnswered(nil, protocol.Transfer{Wei: *uint256.NewInt(1)}).(protocol.Countersign); !ok {
			t.Fatalf("her transfer answered with %+v", ans)
		}
	}
	waitFor(t, "the stored custody back at 500 wei", func() bool {
		c, err := n.hub.store.Custodial(ctx)
		got := c[m.addr]
		return err == nil && got[0].Uint64() == 500
	})
}

// TestAcceptanceRules proves the rows of the acceptance table (docs/update-protocol.md §3.1) that no
// scenario test above covers: Mallory makes each violation, as a user of an honest hub or as the hub of
// an honest user; each is refused with its error and leaves the honest node's stored state as it was.
func TestAcceptanceRules(t *testing.T) {
	clock := newClock()
	n := startHubNetWith(t, func(c *Config) { c.Clock = clock.Now }, 500_000)
	bob := n.users[0]
	user := newMalloryUser(t, devchain.DevKey(7), n.hub, clock)
	if _, ok := user.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(1000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	hub, honest := fundedMalloryHub(t, clock)
	one := *uint256.NewInt(1)
	bobPub := &bob.eng.cfg.Key.PublicKey
	link, linkNote, _ := user.lockTo(bobPub, 10, clock.Now()+3600) // a link payment: the hub holds it
	linkNote.Recipient, linkNote.Payload = common.Address{}, nil
	if ans, ok := user.propose([]protocol.Note{linkNote}, protocol.AddLock{Lock: link}).(protocol.Countersign); !ok {
		t.Fatalf("her link lock answered with %+v", ans)
	}
	toBob := func(expiry uint64) (protocol.Update, []protocol.Note) {
		l, note, _ := user.lockTo(bobPub, 1, expiry)
		return protocol.AddLock{Lock: l}, []protocol.Note{note}
	}
	noNote, _ := toBob(clock.Now() + 3600)
	soon, soonNote := toBob(clock.Now() + 1000)
	far, farNote := toBob(clock.Now() + 3*3600)
	self, selfNote, _ := user.lockTo(&devchain.DevKey(7).PublicKey, 1, clock.Now()+3600) // to herself
	pendingHub, pendingUser := fundedMalloryHubWith(t, devchain.DevKey(6), clock)        // a hub whose collateral the user's chain view never shows applied
	if ans, ok := pendingHub.propose(nil, protocol.Collateral{Wei: one, Timeout: clock.Now() + 3600}).(protocol.Countersign); !ok {
		t.Fatalf("collateral answered with %+v", ans)
	}
	cases := []struct {
		rule    string
		m       *mallory
		notes   []protocol.Note
		updates []protocol.Update
		want    error
		forged  bool // a proposal the protocol refuses too: only the nonce moves
	}{
		{"A1", user, nil, []protocol.Update{protocol.Transfer{ToUser: true, Wei: one}}, ErrNotAuthorized, false},
		{"A2", user, nil, []protocol.Update{protocol.AddLock{Lock: state.Lock{ID: 1 << 20, ToUser: true, AmountWei: one,
			Hashlock: common.Hash{1}, Expiry: clock.Now() + 3600}}}, ErrNotAuthorized, false},
		{"A3", user, nil, []protocol.Update{protocol.Withdraw{HubWei: one, Recipient: user.addr, Timeout: clock.Now() + 3600}}, ErrNotAuthorized, false},
		{"A4", user, nil, []protocol.Update{protocol.Collateral{Wei: one, Timeout: clock.Now() + 3600}}, ErrNotAuthorized, false},
		{"A5", hub, nil, []protocol.Update{protocol.Exchange{WeiToToken: true, Wei: one, Token: one}}, ErrNotAuthorized, true},
		{"P2", pendingHub, nil, []protocol.Update{protocol.Confirm{}}, ErrNotOnChain, false},
		{"S2", user, nil, []protocol.Update{protocol.CancelLock{ID: link.ID}}, protocol.ErrNotLockSender, false},
		{"H4", user, nil, []protocol.Update{noNote}, ErrCannotForward, false},
		{"H6 too soon", user, soonNote, []protocol.Update{soon}, ErrExpiryTooSoon, false},
		{"H6 too far", user, farNote, []protocol.Update{far}, ErrLockTooLong, false},
		{"H5", user, []protocol.Note{selfNote}, []protocol.Update{protocol.AddLock{Lock: self}}, ErrCannotForward, false},
	}
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			honestNode, h, u := n.hub, n.hub.eng.Address(), tc.m.addr
			switch tc.m {
			case hub:
				honestNode, h, u = honest, tc.m.addr, userAddr
			case pendingHub:
				honestNode, h, u = pendingUser, tc.m.addr, userAddr
			}
			before := stored(t, honestNode, h, u)
			if tc.forged {
				wantRefused(t, tc.m.forge(tc.notes, tc.updates...), tc.want)
			} else {
				wantRefused(t, tc.m.propose(tc.notes, tc.updates...), tc.want)
			}
			if after := stored(t, honestNode, h, u); after.State != before.State {
				t.Fatalf("the refused proposal changed the stored state:\n%+v\n%+v", before.State, after.State)
			}
		})
	}
	t.Run("C1", func(t *testing.T) { // last: the channel takes nothing more
		before := stored(t, n.hub, hubAddr, user.addr)
		if err := n.hub.eng.query(testCtx(t), func() { n.hub.eng.channels[user.addr].exiting = true }); err != nil {
			t.Fatal(err)
		}
		wantRefused(t, user.propose(nil, protocol.Transfer{Wei: one}), ErrExiting)
		if after := stored(t, n.hub, hubAddr, user.addr); after.State != before.State {
			t.Fatalf("a proposal on an exiting channel changed the stored state")
		}
	})
}

// quietWith reports whether n has no proposal to peer outstanding, queued or deferred.
func quietWith(t testing.TB, n *testNode, peer common.Address) bool {
	t.Helper()
	quiet := false
	if err := n.eng.query(testCtx(t), func() {
		ch := n.eng.channels[peer]
		quiet = ch != nil && ch.out == nil && len(ch.queue) == 0 && len(ch.deferred) == 0
	}); err != nil {
		t.Fatal(err)
	}
	return quiet
}

// TestRefusedForwardSurvivesHubRestart: Mallory refuses the hub's lock of Alice's first payment to her,
// and the hub restarts. The refused proposal still binds the hub (Mallory's channel has not moved past
// its nonce), so the restarted hub neither gives Alice's first lock back nor adopts the refused state
// from Mallory's Sync. Its next lock to her goes above the refused nonce (ADR 18: never a second state
// at it); once she countersigns that, the refused one binds no more and Alice's first lock comes back.
func TestRefusedForwardSurvivesHubRestart(t *testing.T) {
	dir, addr := t.TempDir(), freeAddr(t)
	hub := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	alice := usersOf(t, hub, dir, addr)[0]
	mKey := devchain.DevKey(7)
	m := newMalloryUser(t, mKey, hub.testNode, newClock())
	if _, ok := m.propose(nil, protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *uint256.NewInt(200_000)}).(protocol.Countersign); !ok {
		t.Fatal("Mallory's credit was refused")
	}
	m.setAnswer(refuseAll)
	pay := func(amount uint64) {
		go func() { _, _ = alice.eng.Pay(testCtx(t), Payment{To: &mKey.PublicKey, Wei: *uint256.NewInt(amount)}) }()
	}
	pay(100)
	waitFor(t, "the refused forward", func() bool { _, ok := m.refusedWith(isAddLock); return ok })
	refused, _ := m.refusedWith(isAddLock)
	base := m.latest()
	waitFor(t, "the hub to store its refused lock", func() bool {
		rs, err := hub.store.Refused(testCtx(t), hubAddr, m.addr)
		return err == nil && len(rs) > 0
	})
	stopHub(t, hub, m.host)
	restarted := startHubAt(t, filepath.Join(dir, "hub.db"), addr, nil)
	if err := m.host.Connect(testCtx(t), restarted.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	m.peer = restarted.host.ID()
	if m.resurrectOn(base, refused) {
		t.Fatal("the restarted hub adopted its refused forward from Mallory's Sync")
	}
	// A restarted hub gives back at once (queued while it loads) what it thinks was never forwarded: once
	// nothing is queued or in flight to Alice, any give-back has reached the store.
	waitFor(t, "the restarted hub to have nothing in flight to Alice", func() bool {
		return quietWith(t, restarted.testNode, alice.eng.Address())
	})
	hasFirst := func() bool {
		locks := stored(t, restarted.testNode, hubAddr, alice.eng.Address()).Locks
		return slices.ContainsFunc(locks, func(l state.Lock) bool { return l.AmountWei.Uint64() == 100 })
	}
	if !hasFirst() {
		t.Fatal("the restarted hub gave Alice's first lock back while its refused forward still binds it")
	}
	m.setAnswer(m.countersign)
	pay(200)
	waitFor(t, "the second forward countersigned above the refused nonce", func() bool {
		return m.latest().Latest.State.TxCountGlobal > refused.Proposal.State.TxCountGlobal
	})
	waitFor(t, "Alice's first lock given back once the refused forward is superseded", func() bool { return !hasFirst() })
}

// TestChannelCollateralPolicy: a channel with a policy of its own (another hub's) is collateralized by it,
// the others by the hub's.
func TestChannelCollateralPolicy(t *testing.T) {
	own := &CollateralPolicy{}
	own.Floor[0], own.Ceiling[0] = *uint256.NewInt(5000), *uint256.NewInt(9000)
	peer := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	cfg := Config{Collateral: &CollateralPolicy{Window: time.Minute}, ChannelCollateral: map[common.Address]*CollateralPolicy{peer: own}}
	cfg.Collateral.Floor[0], cfg.Collateral.Ceiling[0] = *uint256.NewInt(100), *uint256.NewInt(1000)
	e := &Engine{cfg: cfg, coll: newCollateralBook(0)}
	var none [2]uint256.Int
	if got := e.collateralTarget(peer, none, true); got[0].Uint64() != 5000 {
		t.Fatalf("the channel's own floor: target %s, want 5000", got[0].Dec())
	}
	if got := e.collateralTarget(userAddr, none, true); got[0].Uint64() != 100 {
		t.Fatalf("another channel: target %s, want the hub's floor 100", got[0].Dec())
	}
	big := [2]uint256.Int{*uint256.NewInt(50_000)}
	if got := e.collateralTarget(peer, big, true); got[0].Uint64() != 9000 {
		t.Fatalf("the channel's own ceiling: target %s, want 9000", got[0].Dec())
	}
}
