package p2p

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/connmgr"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"github.com/multiformats/go-multiaddr"
	"golang.org/x/time/rate"
)

// Defaults that New fills in for zero Limits fields.
const (
	DefaultMessageRate = 2000     // request frames per second and peer
	DefaultByteRate    = 16 << 20 // request bytes per second and peer
	DefaultStrikes     = 10
	DefaultBan         = time.Minute
	DefaultMaxBan      = time.Hour
	DefaultLogEvery    = time.Minute
)

const (
	// maxGuardedPeers bounds the guard's per-peer table (about 400 bytes an entry): beyond it the least
	// recently active peer is forgotten, its buckets, strikes and ban with it. Forgetting a ban early
	// gives a peer nothing a fresh key would not.
	maxGuardedPeers = 4096
	// strikeForgiven is how often one strike is forgiven.
	strikeForgiven = time.Minute
	// burstSeconds is how many seconds of its rate a bucket holds.
	burstSeconds = 2
	// logRate and logBurst bound misbehaviour lines per second over all peers, so many keys do not
	// add up to a flood.
	logRate, logBurst = 2, 20
)

// Limits bound what one peer may do to a Host. Zero fields take the defaults; rate.Inf as a rate means
// no limit.
type Limits struct {
	// MessageRate is how many request frames per second a peer may send over all its streams, sustained;
	// it may send two seconds' worth at once. Default DefaultMessageRate.
	MessageRate float64
	// ByteRate is how many request payload bytes per second a peer may send, sustained; it may send two
	// seconds' worth, and always one maximum-size frame, at once. Default DefaultByteRate.
	ByteRate float64
	// Strikes is how many misbehaviours a peer may commit before it is banned: a malformed, empty or
	// oversized request frame, a request over the rates above, a request its handler calls malformed
	// (ErrMalformed). One strike is forgiven a minute. Default DefaultStrikes.
	Strikes int
	// Ban is how long a peer's first ban lasts: its connections are closed and refused until it ends.
	// Each further ban of the peer lasts twice the one before, up to MaxBan. Defaults DefaultBan and
	// DefaultMaxBan.
	Ban, MaxBan time.Duration
	// LogEvery spaces a peer's misbehaviour warnings: at most one per LogEvery (and a ban's), each
	// counting the events suppressed since the last. Default DefaultLogEvery.
	LogEvery time.Duration
}

// withDefaults returns l with its zero fields filled in, or ErrBadConfig for a negative field.
func (l Limits) withDefaults() (Limits, error) {
	if l.MessageRate < 0 || l.ByteRate < 0 || l.Strikes < 0 || l.Ban < 0 || l.MaxBan < 0 || l.LogEvery < 0 {
		return l, fmt.Errorf("%w: negative Limits field in %+v", ErrBadConfig, l)
	}
	l.MessageRate = orDefault(l.MessageRate, DefaultMessageRate)
	l.ByteRate = orDefault(l.ByteRate, DefaultByteRate)
	l.Strikes = orDefault(l.Strikes, DefaultStrikes)
	l.Ban = orDefault(l.Ban, DefaultBan)
	l.MaxBan = max(orDefault(l.MaxBan, DefaultMaxBan), l.Ban)
	l.LogEvery = orDefault(l.LogEvery, DefaultLogEvery)
	return l, nil
}

// orDefault is v, or def if v is zero.
func orDefault[T int | float64 | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// peerState is what the guard knows of one peer.
type peerState struct {
	msgs, bytes *rate.Limiter                 // request rate buckets
	own         map[protocol.ID]*rate.Limiter // message buckets of protocols served with OwnRate
	strikes     *rate.Limiter                 // strikes left
	bans        int                           // bans so far, which set the next one's length
	bannedUntil time.Time
	lastStrike  time.Time
	lastLog     time.Time // of the peer's last warning
	suppressed  int       // events not logged since lastLog
}

// verdict is what the host does about one misbehaviour.
type verdict struct {
	log        bool          // log this event
	suppressed int           // events of the peer not logged since its last line
	ban        time.Duration // if positive, the peer is banned for that long from now
}

// guard keeps each peer's rate buckets, strikes, bans and log budget. It is safe for concurrent use.
type guard struct {
	lim      Limits
	maxFrame int
	now      func() time.Time // injected by tests
	mu       sync.Mutex
	peers    *lru[peer.ID, *peerState]
	logs     *rate.Limiter // warnings over all peers
}

// newGuard returns a guard enforcing lim (defaults filled in) for frames of at most maxFrame bytes.
func newGuard(lim Limits, maxFrame int) *guard {
	return &guard{lim: lim, maxFrame: maxFrame, now: time.Now,
		peers: newLRU[peer.ID, *peerState](maxGuardedPeers), logs: rate.NewLimiter(logRate, logBurst)}
}

// allow takes one request of n bytes from id's buckets and reports whether they held it.
func (g *guard) allow(id peer.ID, n int) bool {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	p := g.state(id)
	return p.msgs.AllowN(now, 1) && p.bytes.AllowN(now, n)
}

// allowOwn takes one request of n bytes of proto, served with its own message rate r, from id's
// buckets: the message from proto's bucket for id, the bytes from id's shared byte bucket.
func (g *guard) allowOwn(id peer.ID, proto protocol.ID, r float64, n int) bool {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	p := g.state(id)
	b, ok := p.own[proto]
	if !ok {
		if p.own == nil {
			p.own = map[protocol.ID]*rate.Limiter{}
		}
		b = rate.NewLimiter(rate.Limit(r), burst(r, 1))
		p.own[proto] = b
	}
	return b.AllowN(now, 1) && p.bytes.AllowN(now, n)
}

// banned reports whether id is banned now.
func (g *guard) banned(id peer.ID) bool {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	p, ok := g.peers.get(id)
	return ok && now.Before(p.bannedUntil)
}

// strike records one misbehaviour of id and says whether to log it and whether to ban id. A peer out of
// strikes is banned (unless it already is); a ban is always logged unless the overall log budget is spent.
func (g *guard) strike(id peer.ID) verdict {
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	p := g.state(id)
	if now.Sub(p.lastStrike) > 2*g.lim.MaxBan && !now.Before(p.bannedUntil) {
		p.bans = 0 // quiet for long enough: a first offender again
	}
	p.lastStrike = now
	var v verdict
	if !p.strikes.AllowN(now, 1) && !now.Before(p.bannedUntil) {
		v.ban = g.banLength(p.bans)
		p.bans++
		p.bannedUntil = now.Add(v.ban)
	}
	due := p.lastLog.IsZero() || now.Sub(p.lastLog) >= g.lim.LogEvery || v.ban > 0
	if !due || !g.logs.AllowN(now, 1) {
		p.suppressed++
		return v
	}
	v.log, v.suppressed = true, p.suppressed
	p.lastLog, p.suppressed = now, 0
	return v
}

// banLength is the length of a peer's ban after it has been banned bans times: Ban doubled each time,
// capped at MaxBan.
func (g *guard) banLength(bans int) time.Duration {
	d := g.lim.Ban
	for i := 0; i < bans && d < g.lim.MaxBan; i++ {
		d *= 2
	}
	return min(d, g.lim.MaxBan)
}

// state returns id's entry, creating it with full buckets; the caller holds mu.
func (g *guard) state(id peer.ID) *peerState {
	if p, ok := g.peers.get(id); ok {
		return p
	}
	p := &peerState{
		msgs:    rate.NewLimiter(rate.Limit(g.lim.MessageRate), burst(g.lim.MessageRate, 1)),
		bytes:   rate.NewLimiter(rate.Limit(g.lim.ByteRate), burst(g.lim.ByteRate, g.maxFrame)),
		strikes: rate.NewLimiter(rate.Every(strikeForgiven), g.lim.Strikes),
	}
	g.peers.put(id, p)
	return p
}

// burst is the size of a bucket refilled at r per second: burstSeconds of r, at least least.
func burst(r float64, least int) int {
	return int(max(min(r*burstSeconds, math.MaxInt32), float64(least)))
}

// gater refuses connections to and from banned peers: libp2p asks it once the peer's id is known.
type gater struct{ g *guard }

var _ connmgr.ConnectionGater = gater{}

// InterceptPeerDial refuses to dial a banned peer.
func (c gater) InterceptPeerDial(id peer.ID) bool { return !c.g.banned(id) }

// InterceptAddrDial allows every address: the peer was checked by InterceptPeerDial.
func (gater) InterceptAddrDial(peer.ID, multiaddr.Multiaddr) bool { return true }

// InterceptAccept allows every inbound connection: its peer is not known before the handshake.
func (gater) InterceptAccept(network.ConnMultiaddrs) bool { return true }

// InterceptSecured refuses a connection, either way, whose authenticated peer is banned.
func (c gater) InterceptSecured(_ network.Direction, id peer.ID, _ network.ConnMultiaddrs) bool {
	return !c.g.banned(id)
}

// InterceptUpgraded allows every connection that got this far.
func (gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
