package p2p

import (
	"context"
	"time"
)

// Republish publishes next() at once and then every interval until ctx ends or the host closes: a hub
// re-signs and re-sends its announcement so that peers that missed a round, or pruned it, get it again.
// next builds the message (a fresh timestamp each time); a round whose next or Publish fails is logged
// at warn and skipped. Republish blocks; run it in its own goroutine. interval must exceed the
// receivers' minimum interval per sender, or they ignore the rounds in between.
func (g *Gossip) Republish(ctx context.Context, interval time.Duration, next func() ([]byte, error)) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		g.publishRound(ctx, next)
		select {
		case <-ticker.C:
		case <-ctx.Done():
			return
		case <-g.host.ctx.Done():
			return
		}
	}
}

// publishRound runs one round of Republish.
func (g *Gossip) publishRound(ctx context.Context, next func() ([]byte, error)) {
	data, err := next()
	if err == nil {
		err = g.Publish(ctx, data)
	}
	if err != nil && ctx.Err() == nil {
		g.host.log.Warn("p2p: republish failed", "topic", g.name, "err", err)
	}
}
