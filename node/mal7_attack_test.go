package node

import (
	"testing"

	"github.com/holiman/uint256"

	"spoke/protocol"
	"spoke/state"
)

// Review 7 (Mallory): the rules of one state per nonce (ADR 18) under a counterparty that lies about
// nonces, answers with them, and picks when.

// takenAt answers every proposal with CodeTaken naming nonce.
func takenAt(nonce uint64) func(protocol.Propose) protocol.Message {
	return func(p protocol.Propose) protocol.Message {
		return protocol.Reject{TxCountGlobal: nonce, Code: protocol.CodeTaken, Reason: ErrNonceTaken.Error()}
	}
}

// TestMal7OneLieDoesNotFreezeTheChannel: the nonces a peer names (in a CodeTaken answer, or by signing
// a proposal of its own) lift the floor a node proposes above, up to state.MaxNonceStep above its
// latest state. Mallory, a hub, names the very top of that window once: the user's next proposal would
// step past MaxNonceStep, so it could never propose on the channel again (every command failing with
// state.ErrNonce) until she moves the channel, after a single message and with at most one of its
// proposals refused (ADR 18 promises it proposes until 32 are). Safe outcome: the nonces a peer names
// lift the floor by at most half the window; the user proposes again, and the payment goes through
// once she countersigns.
func TestMal7OneLieDoesNotFreezeTheChannel(t *testing.T) {
	for _, c := range []struct {
		name string
		lie  func(m *mallory, top uint64)
	}{
		{"taken", func(m *mallory, top uint64) { m.setAnswer(takenAt(top)) }},
		{"proposal", func(m *mallory, top uint64) {
			// Her own proposal at the top, signed by her and refused (a hub cannot move the user's
			// balance): the user notes its nonce all the same.
			wantRefused(t, m.proposeAt(top, nil, protocol.Transfer{Wei: *uint256.NewInt(1)}), ErrNotAuthorized)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			clock := newClock()
			m, user := fundedMalloryHub(t, clock)
			before := stored(t, user, m.addr, userAddr)
			top := before.State.TxCountGlobal + state.MaxNonceStep
			c.lie(m, top)
			seen := len(m.proposals())
			paid := make(chan error, 1)
			go func() {
				_, err := user.eng.Update(testCtx(t), m.addr, protocol.Transfer{Wei: *uint256.NewInt(1000)})
				paid <- err
			}()
			waitFor(t, "the user's payment", func() bool { return len(m.proposals()) > seen })
			m.setAnswer(m.countersign)
			if err := <-paid; err != nil {
				t.Fatalf("the user's payment after one lie: %v", err)
			}
			got := stored(t, user, m.addr, userAddr)
			if want := new(uint256.Int).SubUint64(&before.State.WeiUser, 1000); !got.State.WeiUser.Eq(want) {
				t.Fatalf("the user holds %s wei, want %s", got.State.WeiUser.Dec(), want.Dec())
			}
		})
	}
}
