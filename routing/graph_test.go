package routing

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestGraphUpdates(t *testing.T) {
	g := NewGraph()
	both(t, g, 1, 2, pol(1, 1, 60))
	edge(t, g, 2, 3, pol(2, 2, 60))
	attach(t, g, 1000, 1, pol(0, 0, 30))
	attach(t, g, 1000, 3, pol(0, 0, 30))
	attach(t, g, 1001, 3, pol(0, 0, 30))
	if g.NumHubs() != 3 || g.NumUsers() != 2 || g.NumEdges() != 6 {
		t.Fatalf("sizes %d/%d/%d, want 3/2/6", g.NumHubs(), g.NumUsers(), g.NumEdges())
	}
	if got := g.HubsOf(addr(1000)); !reflect.DeepEqual(got, nodes(1, 3)) {
		t.Fatalf("hubs of user %v", got)
	}
	edge(t, g, 2, 3, pol(9, 9, 90))
	if e, _ := g.Edge(addr(2), addr(3)); e.Policy.FeePPM != 9 || g.NumEdges() != 6 {
		t.Fatalf("replace: %+v, %d edges", e, g.NumEdges())
	}
	if !g.RemoveEdge(addr(1), addr(2)) || g.RemoveEdge(addr(1), addr(2)) {
		t.Fatal("RemoveEdge reports wrongly")
	}
	if !g.RemoveHub(addr(3)) || g.IsUser(addr(1001)) || !g.IsUser(addr(1000)) {
		t.Fatal("RemoveHub must drop its attachments and the users it alone served")
	}
	if _, ok := g.Edge(addr(2), addr(3)); ok || g.NumEdges() != 2 {
		t.Fatalf("edges into a removed hub remain: %d", g.NumEdges())
	}
}

func TestGraphPrune(t *testing.T) {
	g := NewGraph()
	edge(t, g, 1, 2, pol(0, 0, 0))
	if err := g.SetEdge(Edge{From: addr(2), To: addr(1), Announced: t0.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	attach(t, g, 1000, 1, pol(0, 0, 0))
	if n := g.Prune(t0.Add(3*time.Hour), 90*time.Minute); n != 2 {
		t.Fatalf("pruned %d, want 2", n)
	}
	if _, ok := g.Edge(addr(2), addr(1)); !ok || g.IsUser(addr(1000)) || g.NumHubs() != 2 {
		t.Fatal("prune removed the fresh edge, kept the stale user, or dropped hubs")
	}
}

func TestGraphRejects(t *testing.T) {
	g := NewGraph()
	attach(t, g, 1000, 1, pol(0, 0, 0))
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"self edge", g.SetEdge(Edge{From: addr(1), To: addr(1)}), ErrSelfEdge},
		{"user as hub", g.SetEdge(Edge{From: addr(1000), To: addr(1)}), ErrRoleConflict},
		{"hub as user", g.AttachUser(addr(1), addr(2), Policy{}, t0), ErrRoleConflict},
		{"user on itself", g.AttachUser(addr(5), addr(5), Policy{}, t0), ErrSelfEdge},
	}
	for _, tt := range tests {
		if !errors.Is(tt.err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.err, tt.want)
		}
	}
}
