package p2p

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync/atomic"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
)

// HubsTopic is the versioned gossipsub topic of hub announcements.
const HubsTopic = "/spoke/hubs/1.0.0"

// DefaultMaxGossipSize caps a gossip message unless GossipConfig.MaxMessageSize says otherwise: larger
// messages are rejected before the validator runs.
const DefaultMaxGossipSize = 8 << 10

// GossipVerdict is a gossip validator's decision on one message.
type GossipVerdict int

const (
	// GossipAccept delivers the message to subscribers and relays it.
	GossipAccept GossipVerdict = iota + 1
	// GossipReject drops the message and counts it against the peer that relayed it (peer scoring).
	GossipReject
	// GossipIgnore drops the message without blaming the peer (stale, duplicate, too frequent).
	GossipIgnore
)

// GossipValidator decides on a message's data, received from (relayed by) peer from, before anyone else
// sees it. It runs concurrently and must not block long; data must not be modified.
type GossipValidator func(ctx context.Context, from peer.ID, data []byte) GossipVerdict

// GossipConfig wires a Gossip.
type GossipConfig struct {
	// Topic to join; default HubsTopic.
	Topic string
	// Validate is the door every message passes, including this host's own. Required.
	Validate GossipValidator
	// MaxMessageSize rejects larger messages before Validate; default DefaultMaxGossipSize.
	MaxMessageSize int
	// Buffer is how many validated messages wait for Next before newer ones are dropped; default 64.
	Buffer int
}

// Gossip is a host's membership of one gossipsub topic whose messages all pass a validator.
type Gossip struct {
	ps     *pubsub.PubSub
	topic  *pubsub.Topic
	sub    *pubsub.Subscription
	name   string
	cancel context.CancelFunc
	stats  *gossipCounters
	host   *Host
}

// GossipStats counts the verdicts of a Gossip's door since it joined, this host's own messages included.
type GossipStats struct {
	Accepted, Rejected, Ignored uint64
}

// gossipCounters are GossipStats, updated concurrently by validators.
type gossipCounters struct{ accepted, rejected, ignored atomic.Uint64 }

// count records verdict v and returns it.
func (c *gossipCounters) count(v pubsub.ValidationResult) pubsub.ValidationResult {
	switch v {
	case pubsub.ValidationAccept:
		c.accepted.Add(1)
	case pubsub.ValidationIgnore:
		c.ignored.Add(1)
	default:
		c.rejected.Add(1)
	}
	return v
}

// Stats returns the verdicts counted so far.
func (g *Gossip) Stats() GossipStats {
	return GossipStats{Accepted: g.stats.accepted.Load(), Rejected: g.stats.rejected.Load(), Ignored: g.stats.ignored.Load()}
}

// GossipMessage is a validated message.
type GossipMessage struct {
	Data []byte
	From peer.ID // the peer that relayed it to this host (this host's own id for its own messages)
}

// JoinGossip starts gossipsub on the host with peer scoring (ScoreParams, ScoreThresholds), joins
// cfg.Topic, registers cfg.Validate as its validator and subscribes. A host can join one Gossip.
func (h *Host) JoinGossip(cfg GossipConfig) (*Gossip, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(h.ctx)
	g, err := h.joinGossip(ctx, cfg)
	if err != nil {
		cancel()
		return nil, err
	}
	g.cancel = cancel
	return g, nil
}

func (cfg GossipConfig) withDefaults() (GossipConfig, error) {
	if cfg.Validate == nil {
		return cfg, fmt.Errorf("%w: GossipConfig.Validate is required", ErrBadConfig)
	}
	if cfg.MaxMessageSize < 0 || cfg.Buffer < 0 {
		return cfg, fmt.Errorf("%w: negative GossipConfig size", ErrBadConfig)
	}
	if cfg.Topic == "" {
		cfg.Topic = HubsTopic
	}
	if cfg.MaxMessageSize == 0 {
		cfg.MaxMessageSize = DefaultMaxGossipSize
	}
	if cfg.Buffer == 0 {
		cfg.Buffer = 64
	}
	return cfg, nil
}

// gossipQueue is the length of pubsub's validation queue and of each peer's outbound queue.
const gossipQueue = 4096

// joinGossip does JoinGossip's work under ctx, which stops the router.
func (h *Host) joinGossip(ctx context.Context, cfg GossipConfig) (*Gossip, error) {
	ps, err := pubsub.NewGossipSub(ctx, h.h,
		pubsub.WithPeerScore(ScoreParams(cfg.Topic), ScoreThresholds()),
		pubsub.WithPeerExchange(false), // peers come from config and discovery, not from strangers' lists
		// A hub's own announcement goes to every topic peer at once (scored above PublishThreshold),
		// not only to its mesh: the network is small, messages rare, and a fresh host has no mesh until
		// its first heartbeat. go-libp2p-pubsub v0.19 has this off by default.
		pubsub.WithFloodPublish(true),
		// Every message a spoke topic carries is signed by its author already (a hub's announcement by its
		// Ethereum key) and checked by the topic's validator: pubsub's own author signature would only
		// double the signature work per message and hop. Messages are identified by their content, so a
		// replay of the same bytes is a duplicate.
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(func(m *pb.Message) string { h := sha256.Sum256(m.Data); return string(h[:]) }),
		// Bursts (a network starting at once, a round of announcements) must not overflow the queues: a
		// dropped announcement is only made good by its hub's next round.
		pubsub.WithValidateQueueSize(gossipQueue),
		pubsub.WithPeerOutboundQueueSize(gossipQueue),
	)
	if err != nil {
		return nil, fmt.Errorf("p2p: start gossipsub: %w", err)
	}
	stats := new(gossipCounters)
	if err := ps.RegisterTopicValidator(cfg.Topic, validator(cfg, stats)); err != nil {
		return nil, fmt.Errorf("p2p: gossip validator: %w", err)
	}
	topic, err := ps.Join(cfg.Topic)
	if err != nil {
		return nil, fmt.Errorf("p2p: join %s: %w", cfg.Topic, err)
	}
	sub, err := topic.Subscribe(pubsub.WithBufferSize(cfg.Buffer))
	if err != nil {
		_ = topic.Close()
		return nil, fmt.Errorf("p2p: subscribe %s: %w", cfg.Topic, err)
	}
	return &Gossip{ps: ps, topic: topic, sub: sub, name: cfg.Topic, stats: stats, host: h}, nil
}

// validator adapts cfg.Validate to pubsub, rejecting oversized messages first, and counts verdicts.
func validator(cfg GossipConfig, stats *gossipCounters) pubsub.ValidatorEx {
	return func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		if len(m.Data) > cfg.MaxMessageSize {
			return stats.count(pubsub.ValidationReject)
		}
		return stats.count(pubsubResult(cfg.Validate(ctx, from, m.Data)))
	}
}

// pubsubResult translates a GossipVerdict; anything but accept or ignore rejects.
func pubsubResult(v GossipVerdict) pubsub.ValidationResult {
	switch v {
	case GossipAccept:
		return pubsub.ValidationAccept
	case GossipIgnore:
		return pubsub.ValidationIgnore
	}
	return pubsub.ValidationReject
}

// Publish validates data with the topic's own validator and sends it to the topic's peers. It fails if
// the validator does not accept it or the host is closing.
func (g *Gossip) Publish(ctx context.Context, data []byte) error {
	if err := g.topic.Publish(ctx, data); err != nil {
		return fmt.Errorf("p2p: publish on %s: %w", g.name, err)
	}
	return nil
}

// Next waits for the next validated message on the topic, this host's own included. It fails when ctx
// ends or the Gossip is closed.
func (g *Gossip) Next(ctx context.Context) (GossipMessage, error) {
	m, err := g.sub.Next(ctx)
	if err != nil {
		return GossipMessage{}, fmt.Errorf("p2p: gossip %s: %w", g.name, err)
	}
	return GossipMessage{Data: m.Data, From: m.ReceivedFrom}, nil
}

// Peers returns the connected peers known to be subscribed to the topic.
func (g *Gossip) Peers() []peer.ID { return g.topic.ListPeers() }

// Close leaves the topic and stops the router.
func (g *Gossip) Close() error {
	g.sub.Cancel()
	err := g.topic.Close()
	g.cancel()
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("p2p: leave %s: %w", g.name, err)
	}
	return nil
}
