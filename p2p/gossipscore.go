package p2p

import (
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ScoreParams are the gossipsub peer-score parameters of a topic of hub announcements: a small network
// (tens of hubs) where each hub speaks every few minutes. Gossipsub's scores are built for busy topics
// with many peers; here silence is normal, so every score that punishes silence is off, and only
// misbehaviour (invalid messages, broken gossip promises) costs. Each choice:
//
//   - P1 time in mesh: small positive credit (0.01 per minute, capped at 1 after 100 min), so a
//     long-standing honest peer outweighs one invalid message it relayed by mistake.
//   - P2 first deliveries: +1 per message first delivered, capped at 10, decaying over an hour: rewards
//     peers that relay announcements, which are rare.
//   - P3 mesh message deliveries and P3b mesh failure: off (weight 0). They punish mesh peers that
//     deliver fewer messages than a threshold per window: on a quiet topic every honest peer would fail.
//   - P4 invalid messages: -2 times the square of the count, decaying over an hour. One forged or
//     malformed message costs 2, five cost 50 (below the publish threshold), seven reach the graylist.
//   - P5 application score: off (0): spoke has no other reputation signal yet.
//   - P6 IP colocation: off (weight 0). Hubs behind one NAT, in one data centre or on one test machine
//     share an address; the network is small enough that Sybils are not fought by address.
//   - P7 behaviour penalty: -1 times the square of the excess over 5, decaying over 10 minutes: gossip
//     promises broken (IWANT not answered) and re-grafting during backoff.
//   - Counters decay every second to zero below 0.01; a departed peer's score is kept for an hour, so
//     reconnecting does not wash it.
func ScoreParams(topic string) *pubsub.PeerScoreParams {
	return &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{topic: topicScoreParams()},
		TopicScoreCap:               20,
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           0,
		IPColocationFactorWeight:    0,
		IPColocationFactorThreshold: 1,
		BehaviourPenaltyWeight:      -1,
		BehaviourPenaltyThreshold:   5,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               pubsub.DefaultDecayInterval,
		DecayToZero:                 pubsub.DefaultDecayToZero,
		RetainScore:                 time.Hour,
	}
}

// topicScoreParams are the per-topic weights ScoreParams documents.
func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight:                    1,
		TimeInMeshWeight:               0.01,
		TimeInMeshQuantum:              time.Minute,
		TimeInMeshCap:                  100,
		FirstMessageDeliveriesWeight:   1,
		FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(time.Hour),
		FirstMessageDeliveriesCap:      10,
		MeshMessageDeliveriesWeight:    0, // off: a quiet topic is not a failing peer
		MeshFailurePenaltyWeight:       0, // off, with P3
		InvalidMessageDeliveriesWeight: -2,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
	}
}

// ScoreThresholds go with ScoreParams. A peer under GossipThreshold (-10, two invalid messages plus
// change) gets no gossip from this host and its gossip is ignored; under PublishThreshold (-50) this
// host's own messages are not flooded to it; under GraylistThreshold (-80) all its messages are dropped.
// Peer exchange is off (JoinGossip), so AcceptPXThreshold is moot but set high; opportunistic grafting
// replaces poor mesh peers once the mesh's median score falls under 1.
func ScoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             -10,
		PublishThreshold:            -50,
		GraylistThreshold:           -80,
		AcceptPXThreshold:           100,
		OpportunisticGraftThreshold: 1,
	}
}
