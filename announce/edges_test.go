package announce

import (
	"testing"

	"spoke/routing"
)

func TestEdgesFeedTheRoutingGraph(t *testing.T) {
	s := mustSign(t, sample(t0), newKey(t))
	edges := s.Edges()
	if len(edges) != 2 {
		t.Fatalf("%d edges", len(edges))
	}
	g := routing.NewGraph()
	for _, e := range edges {
		if err := g.SetEdge(e); err != nil {
			t.Fatal(err)
		}
	}
	e, ok := g.Edge(s.Hub, s.Channels[1].Peer)
	if !ok || e.Policy.FeeBase != s.FeeBase || e.Policy.FeePPM != s.FeePPM || e.Policy.ExpiryDelta != 600 ||
		e.Policy.Capacity != s.Channels[1].CapacityWei || !e.Announced.Equal(t0) {
		t.Fatalf("edge %+v", e)
	}
}
