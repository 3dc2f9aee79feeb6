package node

import (
	"testing"
	"time"
)

// TestRetryJitter checks that retry delays fall in [backoff/2, backoff] and differ between draws, so that
// two nodes whose proposals crossed do not retry in lockstep.
func TestRetryJitter(t *testing.T) {
	for _, d := range []time.Duration{minBackoff, 8 * time.Millisecond, maxBackoff} {
		seen := map[time.Duration]bool{}
		for range 200 {
			j := jittered(d)
			if j < d/2 || j > d {
				t.Fatalf("jittered(%s) = %s, want within [%s, %s]", d, j, d/2, d)
			}
			seen[j] = true
		}
		if len(seen) < 10 {
			t.Errorf("jittered(%s) drew %d distinct delays in 200 draws", d, len(seen))
		}
	}
	var ch channel
	for range 20 {
		ch.retryLater()
	}
	if ch.backoff != maxBackoff {
		t.Errorf("backoff after 20 retries %s, want the cap %s", ch.backoff, maxBackoff)
	}
	if wait := time.Until(ch.retryAt); wait < maxBackoff/2-time.Second/10 || wait > maxBackoff {
		t.Errorf("next retry in %s, want within [%s, %s]", wait, maxBackoff/2, maxBackoff)
	}
}
