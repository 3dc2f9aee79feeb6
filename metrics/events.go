package metrics

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/node"
)

// maxWaits bounds the transactions whose confirmations are being timed; a wait that never ends (its
// context ended) is dropped after waitTTL.
const (
	maxWaits = 1024
	waitTTL  = 24 * time.Hour
)

// follow counts the engine's events until the subscription ends.
func (m *Metrics) follow(events <-chan node.Event) {
	waits := map[common.Hash]time.Time{}
	for ev := range events {
		m.missed.Add(float64(ev.Missed))
		m.count(ev)
		if ev.Kind == node.EventProgress {
			m.confirmation(waits, ev, time.Now())
		}
	}
}

// count adds ev to its counters.
func (m *Metrics) count(ev node.Event) {
	switch ev.Kind {
	case node.EventState:
		m.lastChange.Store(time.Now().UnixNano())
	case node.EventSent:
		m.sent.Inc()
	case node.EventReceived:
		m.received.Inc()
	case node.EventThreadReceived:
		m.threadReceived.Inc()
	case node.EventForwarded:
		m.forwarded.Inc()
		m.forwardedWei.Add(approx(&ev.Wei))
		m.feesWei.Add(approx(&ev.Fee))
	case node.EventForwardFailed:
		m.forwardFailed.WithLabelValues(ReasonText(ev.Err)).Inc()
	}
}

// confirmation times a transaction's way from sent to its last needed confirmation, from the progress
// events the engine publishes for it (first: sent, not mined; last: Confirmations reached Needed).
func (m *Metrics) confirmation(waits map[common.Hash]time.Time, ev node.Event, now time.Time) {
	if ev.TxHash == (common.Hash{}) {
		return // a step without a transaction
	}
	start, ok := waits[ev.TxHash]
	if !ok {
		start = now
		waits[ev.TxHash] = now
		if len(waits) > maxWaits {
			expire(waits, now)
		}
	}
	if ev.Confirmations > 0 && ev.Confirmations >= ev.Needed {
		delete(waits, ev.TxHash)
		m.confirmSeconds.WithLabelValues(opLabel(ev.Op)).Observe(now.Sub(start).Seconds())
	}
}

// expire drops the waits older than waitTTL, and arbitrary ones while there are still too many.
func expire(waits map[common.Hash]time.Time, now time.Time) {
	for h, t := range waits {
		if now.Sub(t) > waitTTL || len(waits) > maxWaits {
			delete(waits, h)
		}
	}
}

// ops are the operations the engine names in its progress events; any other is "other", so that the
// label stays bounded.
var ops = map[string]bool{"deposit": true, "withdraw": true, "collateral": true, "exit": true}

func opLabel(op string) string {
	if ops[op] {
		return op
	}
	return "other"
}

// approx is v as a float64 (rounded above 2^53).
func approx(v *uint256.Int) float64 { return v.Float64() }
