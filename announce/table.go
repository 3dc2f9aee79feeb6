package announce

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// Verdict is what a Table makes of an announcement, as a gossip validator reports it.
type Verdict int

const (
	// Accept: the announcement is valid and newer than the held one; it is held and may be relayed.
	Accept Verdict = iota + 1
	// Reject: the announcement is invalid (malformed, oversized, forged, for another chain or contract,
	// or from the future); whoever relayed it misbehaved.
	Reject
	// Ignore: the announcement is valid but not wanted (stale, too old or too frequent); drop it without
	// blaming the relayer, who may have seen it first.
	Ignore
)

// String names the verdict.
func (v Verdict) String() string {
	switch v {
	case Accept:
		return "accept"
	case Reject:
		return "reject"
	case Ignore:
		return "ignore"
	}
	return fmt.Sprintf("verdict(%d)", int(v))
}

// Defaults of Config's zero fields.
const (
	DefaultMinInterval = 10 * time.Second
	DefaultMaxSkew     = 5 * time.Minute
	DefaultMaxAge      = 2 * time.Hour
)

// Config sets a Table's rules. Zero durations take the defaults.
type Config struct {
	// Domain is the chain and contract this node works with; announcements for others are rejected.
	Domain *state.Domain
	// MinInterval is the least time between two accepted announcements of one hub, by the clock of the
	// Table's caller; a newer one that comes sooner is ignored. Default DefaultMinInterval.
	MinInterval time.Duration
	// MaxSkew is how far a timestamp may be ahead of the caller's clock before it is rejected.
	MaxSkew time.Duration
	// MaxAge is how far a timestamp may be behind the caller's clock before it is ignored: a replay of an
	// announcement pruned long ago does not come back. Default DefaultMaxAge.
	MaxAge time.Duration
	// Verify checks an announcement's domain, identity and signature; nil means (*Signed).Verify. The
	// check is a pure function of the announcement and Domain, so a caller that sees one announcement
	// many times (`spoke sim`) may pass a memoized one.
	Verify func(*Signed, *state.Domain) error
}

// entry is the held announcement of one hub.
type entry struct {
	ann      *Signed
	raw      []byte    // its encoding, for catch-up
	accepted time.Time // when Apply accepted it
	// next is the newest valid announcement that came too soon after ann (ErrTooFrequent): Due holds it
	// once MinInterval has passed, so the latest word of a hub is late, never lost.
	next *Signed
}

// Table holds the latest valid announcement of each hub. It does no I/O and reads no clock: callers pass
// the time. A Table is safe for concurrent use (gossip validators run in parallel).
//
// MinInterval counts from when this table accepted the hub's previous announcement, so a node that just
// caught up ignores a round that follows within MinInterval; the next round gets through. A relayer whose
// clock runs more than MaxSkew ahead may relay announcements its peers reject, and lose score with them.
type Table struct {
	cfg     Config
	mu      sync.Mutex
	entries map[common.Address]entry
}

// NewTable returns an empty table. It fails if cfg has no Domain or a negative duration.
func NewTable(cfg Config) (*Table, error) {
	if cfg.Domain == nil || cfg.Domain.ChainID == nil {
		return nil, errors.New("announce: Config.Domain is required")
	}
	if cfg.MinInterval < 0 || cfg.MaxSkew < 0 || cfg.MaxAge < 0 {
		return nil, errors.New("announce: negative duration in Config")
	}
	cfg.MinInterval = orDefault(cfg.MinInterval, DefaultMinInterval)
	cfg.MaxSkew = orDefault(cfg.MaxSkew, DefaultMaxSkew)
	cfg.MaxAge = orDefault(cfg.MaxAge, DefaultMaxAge)
	if cfg.Verify == nil {
		cfg.Verify = (*Signed).Verify
	}
	return &Table{cfg: cfg, entries: make(map[common.Address]entry)}, nil
}

func orDefault(d, def time.Duration) time.Duration {
	if d == 0 {
		return def
	}
	return d
}

// ApplyRaw decodes data and applies it (see Apply); a message Decode refuses is rejected.
func (t *Table) ApplyRaw(data []byte, now time.Time) (Verdict, error) {
	s, err := Decode(data)
	if err != nil {
		return Reject, err
	}
	return t.Apply(s, now)
}

// Apply checks s (Verify against the table's domain, then its timestamp against now) and, if accepted,
// holds it as its hub's latest. Reject: Verify fails or the timestamp is more than MaxSkew ahead of now.
// Ignore: the timestamp is not newer than the held one's (ErrStale), more than MaxAge behind now
// (ErrTooOld), or the hub's previous announcement was accepted less than MinInterval ago (ErrTooFrequent).
func (t *Table) Apply(s *Signed, now time.Time) (Verdict, error) {
	if err := t.cfg.Verify(s, t.cfg.Domain); err != nil {
		return Reject, err
	}
	if v, err := t.checkTime(s, now); err != nil {
		return v, err
	}
	raw, err := s.Encode()
	if err != nil {
		return Reject, err
	}
	return t.hold(s, raw, now)
}

// ApplyEncoded is Apply for a caller that already holds s's encoding: raw must be exactly what s.Encode
// returns, and neither may change afterwards (the table keeps both for catch-ups). `spoke sim` shares one
// announcement and its encoding among all its nodes this way, saving an encoding per node.
func (t *Table) ApplyEncoded(s *Signed, raw []byte, now time.Time) (Verdict, error) {
	if err := t.cfg.Verify(s, t.cfg.Domain); err != nil {
		return Reject, err
	}
	if v, err := t.checkTime(s, now); err != nil {
		return v, err
	}
	return t.hold(s, raw, now)
}

// checkTime rejects a timestamp more than MaxSkew ahead of now and ignores one more than MaxAge behind.
func (t *Table) checkTime(s *Signed, now time.Time) (Verdict, error) {
	ts := s.announced()
	if ts.After(now.Add(t.cfg.MaxSkew)) {
		return Reject, fmt.Errorf("%w: %s, now %s", ErrFuture, ts.UTC(), now.UTC())
	}
	if ts.Before(now.Add(-t.cfg.MaxAge)) {
		return Ignore, fmt.Errorf("%w: %s", ErrTooOld, ts.UTC())
	}
	return Accept, nil
}

// hold keeps s unless the hub's held announcement is as new, or was accepted too recently.
func (t *Table) hold(s *Signed, raw []byte, now time.Time) (Verdict, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if old, ok := t.entries[s.Hub]; ok {
		if s.Timestamp <= old.ann.Timestamp {
			return Ignore, fmt.Errorf("%w: %d, held %d", ErrStale, s.Timestamp, old.ann.Timestamp)
		}
		if now.Sub(old.accepted) < t.cfg.MinInterval {
			if old.next == nil || s.Timestamp > old.next.Timestamp {
				old.next = s
				t.entries[s.Hub] = old
			}
			return Ignore, fmt.Errorf("%w: %s since the last", ErrTooFrequent, now.Sub(old.accepted))
		}
	}
	t.entries[s.Hub] = entry{ann: s, raw: raw, accepted: now}
	return Accept, nil
}

// Due returns, and forgets, the announcements that came too soon after their hub's previous one and
// whose MinInterval has now passed: each hub's newest such one. The caller applies them again (a node
// publishes them through its gossip door, so that they reach its peers too); a replay of one is stale.
func (t *Table) Due(now time.Time) []*Signed {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []*Signed
	for hub, e := range t.entries {
		if e.next == nil || now.Sub(e.accepted) < t.cfg.MinInterval {
			continue
		}
		out = append(out, e.next)
		e.next = nil
		t.entries[hub] = e
	}
	return out
}

// Get returns the held announcement of hub.
func (t *Table) Get(hub common.Address) (*Signed, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.entries[hub]
	return e.ann, ok
}

// Prune drops the announcements whose timestamp is more than maxAge before now and returns how many.
func (t *Table) Prune(now time.Time, maxAge time.Duration) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for hub, e := range t.entries {
		if e.ann.announced().Before(now.Add(-maxAge)) {
			delete(t.entries, hub)
			n++
		}
	}
	return n
}

// All returns the encodings of the held announcements, sorted by hub: what a peer catching up is sent.
func (t *Table) All() [][]byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	hubs := make([]common.Address, 0, len(t.entries))
	for hub := range t.entries {
		hubs = append(hubs, hub)
	}
	sort.Slice(hubs, func(i, j int) bool { return hubs[i].Cmp(hubs[j]) < 0 })
	out := make([][]byte, len(hubs))
	for i, hub := range hubs {
		out[i] = t.entries[hub].raw
	}
	return out
}

// Len returns the number of hubs held.
func (t *Table) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.entries)
}
