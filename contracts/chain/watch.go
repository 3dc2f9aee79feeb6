package chain

import (
	"cmp"
	"context"
	"errors"
	"math"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultBlockRange is the most blocks one log query spans unless WithBlockRange says otherwise (public
// endpoints commonly refuse wider ranges).
const DefaultBlockRange = 2000

// Synced is delivered, with WithSynced only, once every block up to Through has been scanned and its
// events delivered. It is not a contract event: it lets a caller persist progress while its channels are
// quiet. Its Position sorts after every log of block Through, so After(s.Position()) resumes after it.
type Synced struct {
	Through uint64
	// Time is block Through's timestamp (unix seconds): the chain's clock as of the scan, which pending
	// operations' timeouts and challenge periods run on; 0 if the header could not be read.
	Time uint64
}

// Block is the last block scanned.
func (s Synced) Block() uint64 { return s.Through }

// Position is after every log of block Through.
func (s Synced) Position() Position { return Position{Block: s.Through, Index: math.MaxUint} }

// Tx is the zero hash: no transaction emitted a Synced.
func (Synced) Tx() common.Hash { return common.Hash{} }

func (Synced) isEvent() {}

// WatchOption tunes Watch.
type WatchOption func(*watchOptions) error

type watchOptions struct {
	after      *Position
	channels   map[ChannelKey]bool
	synced     bool
	blockRange uint64
}

// After skips every event at or before p and starts scanning at p.Block at the earliest: pass the
// Position of the last event processed to resume exactly after it.
func After(p Position) WatchOption {
	return func(o *watchOptions) error {
		o.after = &p
		return nil
	}
}

// ForChannel delivers only the events of the (hub, user) channel (the ChannelEvents). Repeat it to watch
// several channels; without it, every event of the manager is delivered.
func ForChannel(hub, user common.Address) WatchOption {
	return func(o *watchOptions) error {
		if hub == (common.Address{}) || user == (common.Address{}) {
			return errors.New("chain: ForChannel with a zero address")
		}
		o.channels[ChannelKey{Hub: hub, User: user}] = true
		return nil
	}
}

// WithSynced also delivers a Synced after each scanned range of blocks.
func WithSynced() WatchOption {
	return func(o *watchOptions) error {
		o.synced = true
		return nil
	}
}

// WithBlockRange caps how many blocks one log query spans.
func WithBlockRange(n uint64) WatchOption {
	return func(o *watchOptions) error {
		if n == 0 {
			return errors.New("chain: WithBlockRange(0)")
		}
		o.blockRange = n
		return nil
	}
}

// Watch delivers the manager's events from block from on, in chain order and each once, as soon as
// their block has Confirmations confirmations; it polls every PollInterval. The event channel is
// unbuffered: the watcher waits for the caller. Failing queries are logged and retried at the next
// poll; a log that cannot be decoded stops the watcher, which then sends that error on the error channel.
// When ctx ends, or after such an error, both channels are closed (the error channel without a value
// when ctx ended).
func (a *Adapter) Watch(ctx context.Context, from uint64, opts ...WatchOption) (<-chan Event, <-chan error) {
	events, errs := make(chan Event), make(chan error, 1)
	w, err := a.newWatcher(from, events, opts)
	if err != nil {
		errs <- err
		close(events)
		close(errs)
		return events, errs
	}
	go func() {
		defer close(errs)
		defer close(events)
		if err := w.run(ctx); err != nil && ctx.Err() == nil {
			errs <- err
		}
	}()
	return events, errs
}

// watcher scans the manager's logs block range by block range.
type watcher struct {
	a      *Adapter
	o      *watchOptions
	next   uint64 // first block not scanned yet
	topics [][]common.Hash
	out    chan<- Event
}

func (a *Adapter) newWatcher(from uint64, out chan<- Event, opts []WatchOption) (*watcher, error) {
	o := &watchOptions{channels: map[ChannelKey]bool{}, blockRange: DefaultBlockRange}
	for _, opt := range opts {
		if err := opt(o); err != nil {
			return nil, err
		}
	}
	if o.after != nil && o.after.Block > from {
		from = o.after.Block
	}
	return &watcher{a: a, o: o, next: from, topics: channelTopics(o.channels), out: out}, nil
}

// channelTopics narrows the log query to the channels' hubs (topic 1) and users (topic 2); the exact
// pairs are checked after decoding.
func channelTopics(channels map[ChannelKey]bool) [][]common.Hash {
	if len(channels) == 0 {
		return nil
	}
	var hubs, users []common.Hash
	for k := range channels {
		hubs = append(hubs, common.BytesToHash(k.Hub.Bytes()))
		users = append(users, common.BytesToHash(k.User.Bytes()))
	}
	return [][]common.Hash{nil, hubs, users}
}

func (w *watcher) run(ctx context.Context) error {
	t := time.NewTicker(w.a.cfg.PollInterval)
	defer t.Stop()
	for {
		if err := w.catchUp(ctx); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// catchUp scans every confirmed block not scanned yet. A failing query is logged and left to the next
// poll; only decoding errors and the end of ctx are returned.
func (w *watcher) catchUp(ctx context.Context) error {
	safe, ok, err := w.safeHead(ctx)
	for err == nil && ok && w.next <= safe {
		to := safe
		if safe-w.next >= w.o.blockRange {
			to = w.next + w.o.blockRange - 1
		}
		var logs []types.Log
		if logs, err = w.a.cfg.Client.FilterLogs(ctx, w.query(to)); err == nil {
			if err := w.deliverRange(ctx, logs, to); err != nil {
				return err
			}
		}
	}
	if err != nil && ctx.Err() == nil {
		w.a.log.Warn("polling logs", "from", w.next, "err", err)
	}
	return nil
}

// safeHead returns the last block with enough confirmations; ok is false while there is none.
func (w *watcher) safeHead(ctx context.Context) (uint64, bool, error) {
	head, err := w.a.Head(ctx)
	if err != nil || head+1 < w.a.cfg.Confirmations {
		return 0, false, err
	}
	return head + 1 - w.a.cfg.Confirmations, true, nil
}

func (w *watcher) query(to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.next), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.a.cfg.Manager}, Topics: w.topics,
	}
}

// deliverRange delivers the logs of blocks next..to and moves past them.
func (w *watcher) deliverRange(ctx context.Context, logs []types.Log, to uint64) error {
	slices.SortFunc(logs, func(x, y types.Log) int {
		if x.BlockNumber != y.BlockNumber {
			return cmp.Compare(x.BlockNumber, y.BlockNumber)
		}
		return cmp.Compare(uint64(x.Index), uint64(y.Index))
	})
	for _, l := range logs {
		if err := w.deliverLog(ctx, l); err != nil {
			return err
		}
	}
	w.next = to + 1
	if w.o.synced {
		s := Synced{Through: to}
		if h, err := w.a.cfg.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err == nil {
			s.Time = h.Time
		}
		return w.send(ctx, s)
	}
	return nil
}

func (w *watcher) deliverLog(ctx context.Context, l types.Log) error {
	pos := Position{Block: l.BlockNumber, Index: l.Index}
	if l.Removed || (w.o.after != nil && !w.o.after.Before(pos)) {
		return nil
	}
	ev, err := w.a.dec.decode(l)
	if err != nil || !w.wants(ev) {
		return err
	}
	return w.send(ctx, ev)
}

func (w *watcher) wants(ev Event) bool {
	if len(w.o.channels) == 0 {
		return true
	}
	ce, ok := ev.(ChannelEvent)
	return ok && w.o.channels[ce.Channel()]
}

func (w *watcher) send(ctx context.Context, ev Event) error {
	select {
	case w.out <- ev:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
