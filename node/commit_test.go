package node

import (
	"context"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/state"
)

// gatedStore records the size of every Put; its first Put waits until release is closed.
type gatedStore struct {
	state.Store
	entered, release chan struct{}
	mu               sync.Mutex
	puts             []int
}

func (g *gatedStore) Commit(ctx context.Context, b state.Batch) error {
	g.mu.Lock()
	g.puts = append(g.puts, len(b.States))
	first := len(g.puts) == 1
	g.mu.Unlock()
	if first {
		close(g.entered)
		<-g.release
	}
	return g.Store.Commit(ctx, b)
}

// creditProposal is a Propose of a 1-wei credit on the zero state of key's channel with the hub.
func creditProposal(t *testing.T, key int) (common.Address, []byte) {
	t.Helper()
	k := devchain.DevKey(key)
	user := crypto.PubkeyToAddress(k.PublicKey)
	up := protocol.Credit{Wei: *uint256.NewInt(1)}
	ch := protocol.Channel{Latest: state.SignedState{State: state.ChannelState{Hub: hubAddr, User: user}}}
	next, _, err := protocol.Apply(ch, protocol.Context{Now: now, Deposited: deposited}, up)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := state.Sign(domain.ChannelDigest(&next), k)
	if err != nil {
		t.Fatal(err)
	}
	req, err := protocol.MarshalMessage(protocol.Propose{Updates: []protocol.Update{up}, Proposal: state.SignedState{State: next, SigUser: sig[:]}})
	if err != nil {
		t.Fatal(err)
	}
	return user, req
}

// startGatedHub starts a hub whose store is a gatedStore.
func startGatedHub(t *testing.T) (*gatedStore, *testNode) {
	t.Helper()
	g := &gatedStore{entered: make(chan struct{}), release: make(chan struct{})}
	hub := startNode(t, hubKey, Hub, filepath.Join(t.TempDir(), "hub.db"), func(c *Config) {
		g.Store = c.Store
		c.Store = g
	})
	return g, hub
}

func TestGroupCommitAcrossChannels(t *testing.T) {
	g, hub := startGatedHub(t)
	var wg sync.WaitGroup
	var answered atomic.Int32
	propose := func(key int) {
		from, req := creditProposal(t, key)
		wg.Go(func() {
			resp, err := hub.eng.handle(testCtx(t), from, req)
			answered.Add(1)
			if err != nil {
				t.Errorf("user %d: %v", key, err)
				return
			}
			if msg, _ := protocol.UnmarshalMessage(resp); msg == nil {
				t.Errorf("user %d: undecodable answer", key)
			} else if _, ok := msg.(protocol.Countersign); !ok {
				t.Errorf("user %d: got %T %+v, want a Countersign", key, msg, msg)
			}
		})
	}
	propose(2)
	<-g.entered // the loop is stuck in the first Put; the next proposals wait for it
	for key := 3; key <= 6; key++ {
		propose(key)
	}
	time.Sleep(300 * time.Millisecond)
	if n := answered.Load(); n != 0 {
		t.Fatalf("%d proposals answered before their state was stored", n)
	}
	close(g.release)
	wg.Wait()
	g.mu.Lock()
	puts := append([]int(nil), g.puts...)
	g.mu.Unlock()
	total, most := 0, 0
	for _, n := range puts {
		total, most = total+n, max(most, n)
	}
	if total != 5 || most < 2 {
		t.Fatalf("puts %v: want 5 states in all, several in one Put", puts)
	}
	t.Logf("puts %v", puts)
	for key := 2; key <= 6; key++ {
		user := crypto.PubkeyToAddress(devchain.DevKey(key).PublicKey)
		if s, err := g.Latest(testCtx(t), hubAddr, user); err != nil || s.State.TxCountGlobal != 1 {
			t.Fatalf("user %d: stored nonce %d, err %v", key, s.State.TxCountGlobal, err)
		}
	}
}
