package sim

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/announce"
	"spoke/collateral"
	"spoke/p2p"
	"spoke/protocol"
	"spoke/routing"
	"spoke/state"
)

// The chain and contract every simulated node works with.
var (
	simChainID  = uint64(1337)
	simContract = common.HexToAddress("0x5ce0000000000000000000000000000000000001")
)

// node is one simulated hub or user.
type node struct {
	idx    int
	name   string
	addr   common.Address
	key    *ecdsa.PrivateKey // nil for a user when signatures are skipped
	hub    bool
	chans  map[int]int // peer node -> channel index
	hubs   []int       // a user's hubs, first the one it routes through by default
	hubSet []common.Address

	// a hub's
	policy routing.Policy
	peerID peer.ID
	online bool
	censor bool
	hold   float64
	mesh   []int // gossip peers (hubs); a hub also relays to its users in "own" mode
	users  []int // a hub's users, in the order they were added
	topUps collateral.Budget

	// a node with its own view (every hub; users in "own" mode)
	table *announce.Table
	view  *announce.View
	seen  map[seenKey]bool

	mem       *routing.Memory // a user's own failure memory in "hub" mode
	memPruned time.Duration
}

// channel is one simulated channel: its protocol.Channel (the latest state and open locks), run through
// protocol.Apply for every change.
type channel struct {
	hub, user int // node indices: the state's Hub and User
	ch        protocol.Channel
	nextID    uint64
	start     [2]uint256.Int // initial user-side and hub-side balances, for liquidity
	hubToHub  bool
	// autocollateral of the hub side
	volume  collateral.Volume
	chainOp bool          // a top-up or reclaim waits for its confirmation
	changed time.Duration // virtual time of the last change, for idle reclaim
}

// side returns the balance from can spend in c (from is c.user or c.hub).
func (c *channel) side(from int) *uint256.Int {
	if from == c.hub {
		return &c.ch.Latest.State.WeiHub
	}
	return &c.ch.Latest.State.WeiUser
}

// World is one run's state: nodes, channels, the scheduler and the generators.
type World struct {
	cfg       Config
	sched     Scheduler
	nodes     []*node
	hubs      []int // node indices of hubs, in topology order
	users     []int
	chans     []*channel
	domain    *state.Domain
	netRnd    *rand.Rand
	gosRnd    *rand.Rand
	wlRnd     *rand.Rand
	fltRnd    *rand.Rand
	verify    map[*announce.Signed]error // memoized announcement checks
	addrIndex map[common.Address]int
	links     map[[2]int]time.Duration // gossip link busy-until, for bandwidth
	gossip    gossipState
	m         *metrics
}

// newWorld builds the nodes and channels of t.
func newWorld(cfg Config, t *Topology) (*World, error) {
	w := &World{cfg: cfg, domain: state.NewDomain(new(big.Int).SetUint64(simChainID), simContract),
		netRnd: newRand(cfg.Seed, streamNetwork), gosRnd: newRand(cfg.Seed, streamGossip),
		wlRnd: newRand(cfg.Seed, streamWorkload), fltRnd: newRand(cfg.Seed, streamFaults),
		verify: map[*announce.Signed]error{}, addrIndex: map[common.Address]int{}, links: map[[2]int]time.Duration{}}
	for i, h := range t.Hubs {
		n, err := w.addNode(fmt.Sprintf("hub%d", i), true)
		if err != nil {
			return nil, err
		}
		if h.Name != "" {
			n.name = h.Name
		}
		n.policy = routing.Policy{FeeBase: h.FeeBaseWei.Int, FeePPM: h.FeePPM, ExpiryDelta: uint64(h.ExpiryDelta)}
		n.online = true
		n.topUps.Max = cfg.Collateral.MaxTopUpsPerHour
	}
	for _, c := range t.Channels {
		w.addChannel(w.hubs[c.B], w.hubs[c.A], c.BWei.Int, c.AWei.Int, true)
	}
	for i, u := range t.Users {
		n, err := w.addNode(fmt.Sprintf("user%d", i), false)
		if err != nil {
			return nil, err
		}
		if u.Name != "" {
			n.name = u.Name
		}
		for _, h := range u.Hubs {
			n.hubs = append(n.hubs, w.hubs[h])
			n.hubSet = append(n.hubSet, w.nodes[w.hubs[h]].addr)
			w.addChannel(w.hubs[h], n.idx, u.CollateralWei.Int, u.DepositWei.Int, false)
			w.nodes[w.hubs[h]].users = append(w.nodes[w.hubs[h]].users, n.idx)
		}
	}
	return w, w.initViews()
}

// addNode makes a node with a key derived from the seed (hubs always have one: their peer id proves
// their address; users only when signatures are verified).
func (w *World) addNode(name string, hub bool) (*node, error) {
	n := &node{idx: len(w.nodes), name: name, hub: hub, chans: map[int]int{}}
	seed := crypto.Keccak256(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, w.cfg.Seed), uint64(n.idx)))
	if hub || w.cfg.VerifySignatures {
		key, err := crypto.ToECDSA(seed)
		if err != nil {
			return nil, err
		}
		n.key, n.addr = key, crypto.PubkeyToAddress(key.PublicKey)
	} else {
		n.addr = common.BytesToAddress(seed[12:])
	}
	if hub {
		id, err := p2p.PeerID(n.key)
		if err != nil {
			return nil, err
		}
		n.peerID = id
		w.hubs = append(w.hubs, n.idx)
	} else {
		w.users = append(w.users, n.idx)
	}
	w.addrIndex[n.addr] = n.idx
	w.nodes = append(w.nodes, n)
	return n, nil
}

// addChannel opens a channel between hub (the state's hub side) and user with their balances.
func (w *World) addChannel(hub, user int, hubWei, userWei uint256.Int, hubToHub bool) {
	c := &channel{hub: hub, user: user, hubToHub: hubToHub, start: [2]uint256.Int{userWei, hubWei}}
	s := &c.ch.Latest.State
	s.Hub, s.User, s.WeiHub, s.WeiUser, s.TxCountGlobal = w.nodes[hub].addr, w.nodes[user].addr, hubWei, userWei, 1
	s.LockRoot = state.LockRoot(nil)
	w.nodes[hub].chans[user] = len(w.chans)
	w.nodes[user].chans[hub] = len(w.chans)
	w.chans = append(w.chans, c)
}

// channelOf returns the channel between a and b.
func (w *World) channelOf(a, b int) (*channel, bool) {
	i, ok := w.nodes[a].chans[b]
	if !ok {
		return nil, false
	}
	return w.chans[i], true
}

// unix is the virtual time in unix seconds, as the protocol's Context takes it.
func (w *World) unix() uint64 { return uint64(w.sched.Now().Unix()) }

// apply runs updates through protocol.ApplyAll on c at the virtual time and keeps the result; with
// signatures on, both parties sign the new state and it is verified, as a countersigned state is.
func (w *World) apply(c *channel, deposited *uint256.Int, updates ...protocol.Update) error {
	ctx := protocol.Context{Now: w.unix()}
	if deposited != nil {
		ctx.Deposited[0] = *deposited
	}
	_, next, err := protocol.ApplyAll(c.ch, ctx, updates...)
	if err != nil {
		return err
	}
	if w.cfg.VerifySignatures {
		if err := w.sign(c, &next.Latest); err != nil {
			return err
		}
	}
	c.ch, c.changed = next, w.sched.Elapsed()
	w.autoCollateral(c, nil) // as the node looks at a channel after each batch
	return nil
}

// sign has both parties sign s and checks the signatures.
func (w *World) sign(c *channel, s *state.SignedState) error {
	d := s.Digest(w.domain)
	hs, err := state.Sign(d, w.nodes[c.hub].key)
	if err != nil {
		return err
	}
	us, err := state.Sign(d, w.nodes[c.user].key)
	if err != nil {
		return err
	}
	s.SigHub, s.SigUser = hs[:], us[:]
	return s.Verify(w.domain)
}

// lockDir returns the channel from -> to and whether a lock from `from` goes to the user side.
func (w *World) lockDir(from, to int) (*channel, bool, bool) {
	c, ok := w.channelOf(from, to)
	if !ok {
		return nil, false, false
	}
	return c, from == c.hub, true
}

// addLock opens a lock from -> to through the protocol machine and returns its id.
func (w *World) addLock(from, to int, amount *uint256.Int, hashlock common.Hash, expiry uint64) (uint64, error) {
	c, toUser, ok := w.lockDir(from, to)
	if !ok {
		return 0, fmt.Errorf("no channel %d -> %d", from, to)
	}
	c.nextID++
	l := state.Lock{ID: c.nextID, ToUser: toUser, AmountWei: *amount, Hashlock: hashlock, Expiry: expiry}
	w.collateralVolume(c, from, amount) // as the node records it when it forwards, before the lock is taken
	return l.ID, w.apply(c, nil, protocol.AddLock{Lock: l})
}
