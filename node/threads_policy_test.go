package node

import (
	"crypto/ecdsa"
	"testing"

	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// TestReceiverRefusesThreadsBeyondItsPolicy (rule T7): Mallory, a hub, opens threads to her honest user
// in its channel, backing them herself. The user takes none below its own minimum, nor more than its
// share of slots for one sender, in one proposal or over several; each refusal leaves its stored state as
// it was. Threads within its policy open, a second sender's too.
func TestReceiverRefusesThreadsBeyondItsPolicy(t *testing.T) {
	clock := newClock()
	policy := ThreadPolicy{Min: [2]uint256.Int{*uint256.NewInt(1000)}, SenderSlots: 2}
	m, user := newMalloryHub(t, devchain.DevKey(5), t.TempDir(), clock, func(c *Config) { c.Threads = &policy })
	if _, err := user.eng.Update(testCtx(t), m.addr, protocol.Credit{Wei: deposited[0]},
		protocol.Transfer{Wei: *uint256.NewInt(500_000)}); err != nil {
		t.Fatal(err)
	}
	carol, dave := devchain.DevKey(8), devchain.DevKey(9)
	id := uint64(0)
	open := func(sender *ecdsa.PrivateKey, wei uint64) protocol.Update {
		id++
		return protocol.OpenThread{Thread: signTestThread(t, state.ThreadState{Hub: m.addr, Sender: addrOf(sender),
			Receiver: userAddr, ThreadID: id, WeiSender: *uint256.NewInt(wei)}, sender)}
	}
	refused := func(want error, us ...protocol.Update) {
		t.Helper()
		before := stored(t, user, m.addr, userAddr)
		wantRefused(t, m.forge(nil, us...), want)
		if after := stored(t, user, m.addr, userAddr); after.State != before.State {
			t.Fatal("a refused OpenThread changed the user's state")
		}
	}
	accepted := func(us ...protocol.Update) {
		t.Helper()
		if ans, ok := m.proposeAll(us...).(protocol.Countersign); !ok {
			t.Fatalf("the user refused threads within its policy: %+v", ans)
		}
	}
	refused(ErrThreadTooSmall, open(carol, 999))
	refused(ErrThreadSenderShare, open(carol, 1000), open(carol, 1000), open(carol, 1000))
	accepted(open(carol, 1000), open(carol, 5000))
	refused(ErrThreadSenderShare, open(carol, 1000))
	accepted(open(dave, 1000))
	if got := len(stored(t, user, m.addr, userAddr).Threads); got != 3 {
		t.Fatalf("the user's channel holds %d threads, want 3", got)
	}
}

// TestThreadPolicyDust: a thread is dust when it holds less than the minimum in every asset; a zero
// minimum takes any amount of its asset.
func TestThreadPolicyDust(t *testing.T) {
	p := ThreadPolicy{Min: [2]uint256.Int{*uint256.NewInt(100), *uint256.NewInt(10)}, SenderSlots: 1}
	for _, c := range []struct {
		wei, token uint64
		dust       bool
	}{{99, 0, true}, {100, 0, false}, {0, 9, true}, {0, 10, false}, {99, 9, true}, {1, 10, false}} {
		ts := state.ThreadState{WeiSender: *uint256.NewInt(c.wei), TokenSender: *uint256.NewInt(c.token)}
		if got := p.dust(&ts); got != c.dust {
			t.Errorf("%d wei, %d token: dust %v, want %v", c.wei, c.token, got, c.dust)
		}
	}
	none := ThreadPolicy{}
	if ts := (state.ThreadState{WeiSender: *uint256.NewInt(1)}); none.dust(&ts) {
		t.Error("no minimum refuses 1 wei")
	}
	if ts := (state.ThreadState{TokenSender: *uint256.NewInt(1)}); none.dust(&ts) {
		t.Error("no minimum refuses 1 token unit")
	}
}
