package node

import (
	"crypto/ecdsa"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/contracts/devchain"
	"spoke/protocol"
	"spoke/routing"
)

// staticRouter routes over a graph the test builds (the node's Network builds it from announcements).
type staticRouter struct {
	mu       sync.Mutex
	g        *routing.Graph
	mem      *routing.Memory
	policies map[common.Address]routing.Policy
	keys     map[common.Address]*ecdsa.PublicKey
	infos    map[common.Address]peer.AddrInfo
}

func newStaticRouter() *staticRouter {
	mem, _ := routing.NewMemory()
	return &staticRouter{g: routing.NewGraph(), mem: mem, policies: map[common.Address]routing.Policy{},
		keys: map[common.Address]*ecdsa.PublicKey{}, infos: map[common.Address]peer.AddrInfo{}}
}

// PeerInfo is how to reach a hub, as its announcement would say.
func (r *staticRouter) PeerInfo(hub common.Address) (peer.AddrInfo, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	info, ok := r.infos[hub]
	return info, ok
}

// hub adds a hub with its policy.
func (r *staticRouter) hub(t testing.TB, key *ecdsa.PrivateKey, p routing.Policy) {
	a := crypto.PubkeyToAddress(key.PublicKey)
	r.policies[a], r.keys[a] = p, &key.PublicKey
	if err := r.g.AddHub(a); err != nil {
		t.Fatal(err)
	}
}

// channel adds both directions of a hub-to-hub channel.
func (r *staticRouter) channel(t testing.TB, a, b common.Address) {
	for _, e := range []routing.Edge{{From: a, To: b, Policy: r.policies[a], Announced: time.Now()},
		{From: b, To: a, Policy: r.policies[b], Announced: time.Now()}} {
		if err := r.g.SetEdge(e); err != nil {
			t.Fatal(err)
		}
	}
}

func (r *staticRouter) Route(payer common.Address, payerHubs []common.Address, payee common.Address, payeeHubs []common.Address,
	amount *uint256.Int, exclude routing.Exclusion) (routing.Route, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, h := range payerHubs {
		_ = r.g.AttachUser(payer, h, r.policies[h], time.Now())
	}
	for _, h := range payeeHubs {
		_ = r.g.AttachUser(payee, h, r.policies[h], time.Now())
	}
	opts := routing.DefaultOptions()
	opts.Exclude = exclude
	return routing.FindRoute(r.g, r.mem, payer, payee, amount, time.Now(), opts)
}

func (r *staticRouter) Failed(from, to common.Address, amount *uint256.Int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.mem.RecordFailure(routing.Pair{From: from, To: to}, amount, time.Now())
}

func (r *staticRouter) Succeeded(from, to common.Address, amount *uint256.Int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.mem.RecordSuccess(routing.Pair{From: from, To: to}, amount, time.Now())
}

func (r *staticRouter) Policy(hub common.Address) (routing.Policy, *ecdsa.PublicKey, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.policies[hub]
	return p, r.keys[hub], ok
}

// hubChain is hubs in a line, each the user of the next (hub i+1 is hub i's hub), a user on the first and
// one on the last.
type hubChain struct {
	hubs        []*testNode
	payer, paid *testNode
	router      *staticRouter
	dir         string
	fees        []Fees
	userEdit    func(*Config) // applied to every user's Config, if set
}

// startHubChain starts len(fees) hubs in a line with those fee policies (expiry delta ForwardDelta's
// default), the payer on the first, the recipient on the last.
func startHubChain(t testing.TB, fees []Fees) hubChain {
	t.Helper()
	var links [][2]int
	for i := 0; i+1 < len(fees); i++ {
		links = append(links, [2]int{i, i + 1})
	}
	return startHubGraph(t, fees, links, 0, len(fees)-1)
}

// startHubGraph starts len(fees) hubs with those fee policies, a hub-to-hub channel for each link (its
// first hub the user of the second), the payer on hub from and the recipient on hub to.
func startHubGraph(t testing.TB, fees []Fees, links [][2]int, from, to int) hubChain {
	t.Helper()
	return startHubGraphWith(t, fees, links, from, to, nil)
}

// startHubGraphWith is startHubGraph with edit applied to hub i's Config. Hubs listen on fixed addresses,
// so that a hub restarted by hc.restart is found where it was.
func startHubGraphWith(t testing.TB, fees []Fees, links [][2]int, from, to int, edit func(i int, c *Config)) hubChain {
	t.Helper()
	dir := t.TempDir()
	hc := hubChain{router: newStaticRouter(), dir: dir, fees: fees}
	if edit != nil {
		hc.userEdit = func(c *Config) { edit(-1, c) }
	}
	for i, f := range fees {
		key := devchain.DevKey(20 + i)
		hc.router.hub(t, key, routing.Policy{FeeBase: f.Base, FeePPM: f.PPM, ExpiryDelta: 600})
		hc.hubs = append(hc.hubs, hc.startHub(t, i, freeAddr(t).String(), edit))
	}
	for i, link := range links {
		a, b := hc.hubs[link[0]], hc.hubs[link[1]]
		hc.router.channel(t, a.eng.Address(), b.eng.Address())
		if _, err := a.eng.ConnectHub(testCtx(t), b.host.AddrInfo()); err != nil {
			t.Fatal(err)
		}
		// The user side (a) credits its deposit and gives half to b: both can forward either way.
		half := new(uint256.Int).Div(&deposited[0], uint256.NewInt(2))
		if _, err := a.eng.Update(testCtx(t), b.eng.Address(), protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *half}); err != nil {
			t.Fatalf("hub channel %d: %v", i, err)
		}
	}
	hc.payer = hc.addUser(t, devchain.DevKey(30), hc.hubs[from])
	hc.paid = hc.addUser(t, devchain.DevKey(31), hc.hubs[to])
	return hc
}

// startHub starts hub i on addr (its store in hc.dir: a second start restarts it).
func (hc hubChain) startHub(t testing.TB, i int, addr string, edit func(int, *Config)) *testNode {
	t.Helper()
	key := devchain.DevKey(20 + i)
	n := startNodeAt(t, key, Hub, filepath.Join(hc.dir, addrOf(key).Hex()+".db"), addr, func(c *Config) {
		c.Fees, c.Router = hc.fees[i], hc.router
		if edit != nil {
			edit(i, c)
		}
	})
	hc.router.mu.Lock()
	hc.router.infos[n.eng.Address()] = n.host.AddrInfo()
	hc.router.mu.Unlock()
	return n
}

// addUser starts a user of hub that credits its deposit and gives half of it to the hub.
func (hc hubChain) addUser(t testing.TB, key *ecdsa.PrivateKey, hub *testNode) *testNode {
	t.Helper()
	u := startNode(t, key, User, filepath.Join(hc.dir, addrOf(key).Hex()+".db"), func(c *Config) {
		c.Hub, c.HubPeer, c.HubAddrs, c.Router = hub.eng.Address(), hub.host.ID(), hub.host.Addrs(), hc.router
		if hc.userEdit != nil {
			hc.userEdit(c)
		}
	})
	if err := u.host.Connect(testCtx(t), hub.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	half := new(uint256.Int).Div(&deposited[0], uint256.NewInt(2))
	if _, err := u.eng.Update(testCtx(t), hub.eng.Address(), protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *half}); err != nil {
		t.Fatal(err)
	}
	return u
}

// userWei is a node's wei balance in its channel with peer, by its own store.
func userWei(t testing.TB, n *testNode, hub common.Address) (mine, hubs uint256.Int) {
	t.Helper()
	r, err := n.eng.Latest(testCtx(t), hub)
	if err != nil {
		t.Fatal(err)
	}
	return r.State.WeiUser, r.State.WeiHub
}

// TestRoutedPaymentAcrossThreeHubs pays from a user of the first hub to a user of the third: the payer's
// lock carries the amount plus every hub's announced fee, each hub keeps exactly its fee, the recipient
// gets the amount, and every channel on the way ends without locks.
func TestRoutedPaymentAcrossThreeHubs(t *testing.T) {
	fees := []Fees{{Base: *uint256.NewInt(10)}, {PPM: 1000}, {Base: *uint256.NewInt(5), PPM: 10}}
	hc := startHubChain(t, fees)
	ctx := testCtx(t)
	amount := uint256.NewInt(100_000)
	last := hc.hubs[2].eng.Address()
	middle := hc.hubs[1].eng.Subscribe(ctx)
	receipts, err := hc.payer.eng.Pay(ctx, Payment{To: &devchain.DevKey(31).PublicKey, Wei: *amount, Memo: "across",
		Via: []common.Address{last}})
	if err != nil {
		t.Fatal(err)
	}
	// Fees from the payee back: H3 5 + ceil(100000*10/1e6)=1 -> 6; H2 on 100006: ceil(100.006)=101; H1: 10.
	wantFee := uint64(6 + 101 + 10)
	r := receipts[0]
	if r.Fee.Uint64() != wantFee || len(r.Route) != 3 {
		t.Fatalf("receipt fee %s route %v, want fee %d through 3 hubs", r.Fee.Dec(), r.Route, wantFee)
	}
	// The middle hub reports its forward and its fee.
	if ev := nextEvent(t, middle, EventForwarded); ev.Fee.Uint64() != 101 || ev.Wei.Uint64() != 100_006 || ev.Peer != last {
		t.Fatalf("middle hub's event %+v, want 100006 wei forwarded to the last hub for 101 wei", ev)
	}
	half := deposited[0].Uint64() / 2
	waitFor(t, "the recipient's balance", func() bool {
		w, _ := userWei(t, hc.paid, last)
		return w.Uint64() == half+amount.Uint64()
	})
	waitFor(t, "the payer's balance", func() bool {
		w, _ := userWei(t, hc.payer, hc.hubs[0].eng.Address())
		return w.Uint64() == half-amount.Uint64()-wantFee
	})
	// Each hub's net gain across its two channels is its fee, once every channel on the route settled
	// (each node stores its side of a settle in its own time).
	gains := []uint64{10, 101, 6}
	kept := func(i int) (up, down uint64) { // the hub's balance in the channel it received on, and the one it paid on
		h := hc.hubs[i]
		if i == 0 {
			_, hw := userWei(t, hc.payer, h.eng.Address())
			up = hw.Uint64() - half
		} else {
			_, hw := userWei(t, hc.hubs[i-1], h.eng.Address()) // hub i-1 is the user of hub i
			up = hw.Uint64() - half
		}
		if i == len(hc.hubs)-1 {
			_, hw := userWei(t, hc.paid, h.eng.Address())
			down = half - hw.Uint64()
		} else {
			w, _ := userWei(t, h, hc.hubs[i+1].eng.Address()) // hub i is the user of hub i+1
			down = half - w.Uint64()
		}
		return up, down
	}
	waitFor(t, "every hub to keep its fee", func() bool {
		for i := range hc.hubs {
			if up, down := kept(i); up-down != gains[i] {
				return false
			}
		}
		return true
	})
}

// TestRoutedPaymentRefusesShortFee: a hub refuses a lock whose onion asks it to forward more than the
// lock pays for, and the payer's lock comes back.
func TestRoutedPaymentRefusesShortFee(t *testing.T) {
	hc := startHubChain(t, []Fees{{Base: *uint256.NewInt(10)}, {Base: *uint256.NewInt(50)}})
	hc.router.mu.Lock()
	hc.router.policies[hc.hubs[1].eng.Address()] = routing.Policy{FeeBase: *uint256.NewInt(1), ExpiryDelta: 600} // the payer's view is stale
	hc.router.mu.Unlock()
	_, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(1000),
		Via: []common.Address{hc.hubs[1].eng.Address()}})
	if at, ok := failedAt(err); !errors.Is(err, ErrPaymentFailed) || !ok || at != hc.hubs[1].eng.Address() ||
		!strings.Contains(err.Error(), ErrFeeTooLow.Error()) {
		t.Fatalf("pay with a short fee: %v, want ErrPaymentFailed at hub 1 for its fee", err)
	}
	half := deposited[0].Uint64() / 2
	waitFor(t, "the payer's refund", func() bool {
		w, _ := userWei(t, hc.payer, hc.hubs[0].eng.Address())
		return w.Uint64() == half
	})
}

// TestRoutedPaymentRoutesAroundACensor: of two routes to the recipient's hub, the cheaper goes through a
// hub that stops forwarding; the payment fails there with that hub named, and the payer's node pays on
// the other route. Nobody loses: the first attempt's lock came back whole.
func TestRoutedPaymentRoutesAroundACensor(t *testing.T) {
	fees := []Fees{{}, {Base: *uint256.NewInt(1)}, {Base: *uint256.NewInt(50)}, {}}
	hc := startHubGraph(t, fees, [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}}, 0, 3)
	censor, detour := hc.hubs[1], hc.hubs[2]
	censor.eng.SetForwarding(false)
	refusals := censor.eng.Subscribe(testCtx(t))
	amount := uint256.NewInt(5000)
	receipts, err := hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *amount,
		Via: []common.Address{hc.hubs[3].eng.Address()}})
	if err != nil {
		t.Fatal(err)
	}
	r := receipts[0]
	want := []common.Address{hc.hubs[0].eng.Address(), detour.eng.Address(), hc.hubs[3].eng.Address()}
	if len(r.Route) != 3 || r.Route[1] != want[1] || r.Fee.Uint64() != 50 {
		t.Fatalf("paid over %v for %s wei fees, want %v for 50", r.Route, r.Fee.Dec(), want)
	}
	half := deposited[0].Uint64() / 2
	waitFor(t, "the payer's balance", func() bool {
		w, _ := userWei(t, hc.payer, hc.hubs[0].eng.Address())
		return w.Uint64() == half-amount.Uint64()-50
	})
	if ev := nextEvent(t, refusals, EventForwardFailed); !strings.Contains(ev.Err, ErrNotForwarding.Error()) {
		t.Fatalf("censor's event %+v", ev)
	}
	// The censor holds no lock and lost nothing.
	_, hw := userWei(t, hc.hubs[0], censor.eng.Address())
	if hw.Uint64() != half {
		t.Fatalf("the censor's balance toward the first hub is %s, want %d", hw.Dec(), half)
	}
}

// nextEvent returns the next event of kind from events, failing after 10 s.
func nextEvent(t testing.TB, events <-chan Event, kind EventKind) Event {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("events ended before a %s event", kind)
			}
			if ev.Kind == kind {
				return ev
			}
		case <-timeout:
			t.Fatalf("no %s event", kind)
		}
	}
}

// TestUserWithTwoHubsPaysThroughEither: a user with channels to two hubs pays a user of a third. Its
// cheaper hub censors it (stops forwarding): that payment is refused with the reason, and the next one
// goes through the other hub.
func TestUserWithTwoHubsPaysThroughEither(t *testing.T) {
	fees := []Fees{{}, {Base: *uint256.NewInt(40)}, {}}
	hc := startHubGraph(t, fees, [][2]int{{0, 2}, {1, 2}}, 0, 2)
	second := hc.hubs[1]
	if _, err := hc.payer.eng.ConnectHub(testCtx(t), second.host.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	half := new(uint256.Int).Div(&deposited[0], uint256.NewInt(2))
	if _, err := hc.payer.eng.Update(testCtx(t), second.eng.Address(), protocol.Credit{Wei: deposited[0]}, protocol.Transfer{Wei: *half}); err != nil {
		t.Fatal(err)
	}
	hc.hubs[0].eng.SetForwarding(false)
	pay := func() ([]Receipt, error) {
		return hc.payer.eng.Pay(testCtx(t), Payment{To: &devchain.DevKey(31).PublicKey, Wei: *uint256.NewInt(1000),
			Via: []common.Address{hc.hubs[2].eng.Address()}})
	}
	if _, err := pay(); !errors.Is(err, ErrRejected) || !strings.Contains(err.Error(), ErrNotForwarding.Error()) {
		t.Fatalf("through the censoring hub: %v, want its refusal", err)
	}
	rs, err := pay()
	if err != nil {
		t.Fatalf("through the other hub: %v", err)
	}
	if r := rs[0]; len(r.Route) != 2 || r.Route[0] != second.eng.Address() || r.Fee.Uint64() != 40 {
		t.Fatalf("paid over %v for %s wei, want through the second hub for 40", r.Route, r.Fee.Dec())
	}
}
