package node

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// TestQueryWaitsForTheDisk holds the hub's first Commit (a user's credit, accepted) and asks the hub for
// that channel's latest state meanwhile: the loop is free (the Commit runs beside it), but the answer
// must wait until the state is stored, as a query may hand the state to an on-chain exit.
func TestQueryWaitsForTheDisk(t *testing.T) {
	g, hub := startGatedHub(t)
	var once sync.Once
	release := func() { once.Do(func() { close(g.release) }) }
	t.Cleanup(release) // a failed check must not leave the Commit held: the hub's stop waits for it
	from, req := creditProposal(t, 2)
	answered := make(chan error, 1)
	go func() {
		_, err := hub.eng.handle(testCtx(t), from, req)
		answered <- err
	}()
	<-g.entered
	got := make(chan state.Record, 1)
	go func() {
		r, err := hub.eng.Latest(testCtx(t), from)
		if err != nil {
			t.Error(err)
		}
		got <- r
	}()
	select {
	case r := <-got:
		t.Fatalf("query answered with nonce %d before the state was stored", r.State.TxCountGlobal)
	case err := <-answered:
		t.Fatalf("proposal answered before its state was stored: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	release()
	if r := <-got; r.State.TxCountGlobal != 1 {
		t.Fatalf("query after the Commit: nonce %d, want 1", r.State.TxCountGlobal)
	}
	if err := <-answered; err != nil {
		t.Fatal(err)
	}
}

// TestPreimageOnItsWay checks that the rule "never sign away a lock whose preimage this node holds"
// sees a preimage learned by the turn whose Commit is still running, not only the stored ones and the
// current turn's.
func TestPreimageOnItsWay(t *testing.T) {
	e := &Engine{cfg: Config{Store: openStore(t, filepath.Join(t.TempDir(), "s.db"))}}
	var inFlight, current, unknown [32]byte
	inFlight[0], current[0], unknown[0] = 1, 2, 3
	e.committing = &turn{batch: state.Batch{Preimages: [][32]byte{inFlight}}}
	e.cur = &turn{batch: state.Batch{Preimages: [][32]byte{current}}}
	for _, c := range []struct {
		p    [32]byte
		want bool
	}{{inFlight, true}, {current, true}, {unknown, false}} {
		if got := e.knowsPreimage(state.Hashlock(c.p)); got != c.want {
			t.Errorf("preimage %x: known %v, want %v", c.p[0], got, c.want)
		}
	}
}

// TestRefusedWhileEncoding checks a proposal refused (here: lost to the hub's at the same nonce) while
// the turn that signed it is still in its Commit: its message, encoded on that turn's worker, is set on
// the refused record only once that Commit is done (the turn's fixups), not read while being written.
func TestRefusedWhileEncoding(t *testing.T) {
	e := &Engine{me: hubAddr}
	signing := &turn{}
	e.committing = signing
	user := crypto.PubkeyToAddress(devchain.DevKey(2).PublicKey)
	ch := &channel{peer: user, hubSide: true}
	out := &outstanding{proposal: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: user, TxCountGlobal: 4}},
		signedIn: signing, cmds: []*cmd{{}}}
	next := &turn{}
	e.keepRefused(next, ch, out)
	if next.batch.Proposals[0].Message != nil || next.batch.Refused[0].Message != nil {
		t.Fatal("the refused record took the message while it was being encoded")
	}
	msg, err := protocol.MarshalMessage(protocol.Countersign{TxCountGlobal: 4, Sig: make([]byte, state.SignatureLength)})
	if err != nil {
		t.Fatal(err)
	}
	out.msg = msg // the worker's encoding, done
	e.committing = nil
	for _, f := range next.fixups {
		f()
	}
	if string(next.batch.Proposals[0].Message) != string(msg) || string(next.batch.Refused[0].Message) != string(msg) {
		t.Fatal("the fixup did not set the refused record's message")
	}
	if len(ch.refused) != 1 || out.cmds[0].refusedIn != 1 {
		t.Fatalf("refused %d, refusedIn %d", len(ch.refused), out.cmds[0].refusedIn)
	}
}
