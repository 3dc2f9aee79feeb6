package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// sseKeepAlive is how often the event stream sends a comment when nothing happened, so that a browser
// (and anything between) sees the connection alive.
const sseKeepAlive = 15 * time.Second

// events streams the node's events to a session or a token holder as server-sent events: one "data:"
// line of JSON per event (the shape of spoke_subscribe "events"), from the moment of the request on.
// The stream opens with a "ready" event, sent once the subscription is in place: whatever happens after
// it reaches the stream.
func (p *page) events(w http.ResponseWriter, r *http.Request) {
	if !authorized(r, p.token) {
		if err := p.checkSession(r, false); err != nil {
			refuse(w, err)
			return
		}
	}
	if r.Method != http.MethodGet {
		http.Error(w, "GET the event stream", http.StatusMethodNotAllowed)
		return
	}
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	events := p.svc.n.Subscribe(r.Context())
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	fmt.Fprint(w, "retry: 2000\nevent: ready\ndata: {}\n\n")
	flusher.Flush()
	tick := time.NewTicker(sseKeepAlive)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
			fmt.Fprint(w, ": still here\n\n")
		case ev, ok := <-events:
			if !ok {
				return // the node stopped
			}
			b, err := json.Marshal(eventJSON(ev))
			if err != nil {
				continue
			}
			fmt.Fprintf(w, "data: %s\n\n", b)
		}
		flusher.Flush()
	}
}
