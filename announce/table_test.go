package announce

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"
)

func newTable(t *testing.T) *Table {
	t.Helper()
	tb, err := NewTable(Config{Domain: testDomain})
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// TestTableApply runs steps against a fresh table: each applies the announcement of hub 0 or 1 with
// timestamp t0+ts, at local time t0+at.
func TestTableApply(t *testing.T) {
	type step struct {
		hub     int
		ts, at  time.Duration
		verdict Verdict
		err     error
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"first accepted", []step{{0, 0, 0, Accept, nil}}},
		{"newer after the interval", []step{{0, 0, 0, Accept, nil}, {0, 20 * time.Second, 20 * time.Second, Accept, nil}}},
		{"replay is stale", []step{{0, 0, 0, Accept, nil}, {0, 0, time.Minute, Ignore, ErrStale}}},
		{"older is stale", []step{{0, time.Minute, time.Minute, Accept, nil}, {0, 0, 2 * time.Minute, Ignore, ErrStale}}},
		{"too frequent", []step{{0, 0, 0, Accept, nil}, {0, time.Second, 5 * time.Second, Ignore, ErrTooFrequent}}},
		{"other hub not limited", []step{{0, 0, 0, Accept, nil}, {1, time.Second, time.Second, Accept, nil}}},
		{"from the future", []step{{0, 10 * time.Minute, 0, Reject, ErrFuture}}},
		{"slightly ahead", []step{{0, time.Minute, 0, Accept, nil}}},
		{"too old", []step{{0, 0, 3 * time.Hour, Ignore, ErrTooOld}}},
	}
	signers := [2]func(time.Time) *Signed{}
	for i := range signers {
		key := newKey(t)
		signers[i] = func(ts time.Time) *Signed { return mustSign(t, sample(ts), key) }
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTable(t)
			for i, st := range tt.steps {
				v, err := tb.Apply(signers[st.hub](t0.Add(st.ts)), t0.Add(st.at))
				if v != st.verdict || !errors.Is(err, st.err) {
					t.Fatalf("step %d: %s, %v; want %s, %v", i, v, err, st.verdict, st.err)
				}
			}
		})
	}
}

func TestTableApplyRawRejectsMalformed(t *testing.T) {
	tb := newTable(t)
	if v, err := tb.ApplyRaw([]byte{1, 2, 3}, t0); v != Reject || !errors.Is(err, ErrMalformed) {
		t.Fatalf("%s, %v", v, err)
	}
	if v, err := tb.ApplyRaw(make([]byte, MaxSize+1), t0); v != Reject || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("%s, %v", v, err)
	}
}

func TestTablePruneAndAll(t *testing.T) {
	tb := newTable(t)
	old := mustSign(t, sample(t0), newKey(t))
	fresh := mustSign(t, sample(t0.Add(30*time.Minute)), newKey(t))
	for _, s := range []*Signed{old, fresh} {
		if v, err := tb.Apply(s, t0.Add(30*time.Minute)); v != Accept {
			t.Fatal(v, err)
		}
	}
	if n := len(tb.All()); n != 2 {
		t.Fatalf("All has %d", n)
	}
	if n := tb.Prune(t0.Add(time.Hour), 45*time.Minute); n != 1 {
		t.Fatalf("pruned %d, want 1", n)
	}
	if _, ok := tb.Get(old.Hub); ok {
		t.Fatal("old announcement kept")
	}
	all := tb.All()
	if len(all) != 1 {
		t.Fatalf("All has %d", len(all))
	}
	// A fresh table catches up from All.
	other := newTable(t)
	if n := other.ApplyAll(append(all, []byte("junk")), t0.Add(time.Hour)); n != 1 {
		t.Fatalf("caught up %d", n)
	}
	if got, _ := other.Get(fresh.Hub); got == nil || got.Timestamp != fresh.Timestamp {
		t.Fatal("catch-up lost the announcement")
	}
}

func TestNewTableNeedsDomain(t *testing.T) {
	if _, err := NewTable(Config{}); err == nil {
		t.Fatal("no error")
	}
	if _, err := NewTable(Config{Domain: testDomain, MinInterval: -1}); err == nil {
		t.Fatal("no error")
	}
}

// TestTableHoldsBackTooFrequent: an announcement that comes too soon after its hub's last is ignored,
// and Due holds the newest such one once MinInterval has passed (never before, and only once).
func TestTableHoldsBackTooFrequent(t *testing.T) {
	tb := newTable(t)
	key := newKey(t)
	apply := func(ts, at time.Duration) Verdict {
		v, _ := tb.Apply(mustSign(t, sample(t0.Add(ts)), key), t0.Add(at))
		return v
	}
	if v := apply(0, 0); v != Accept {
		t.Fatalf("first: %v", v)
	}
	if v := apply(2*time.Second, 2*time.Second); v != Ignore {
		t.Fatalf("too soon: %v", v)
	}
	if v := apply(3*time.Second, 3*time.Second); v != Ignore {
		t.Fatalf("too soon again: %v", v)
	}
	if due := tb.Due(t0.Add(5 * time.Second)); len(due) != 0 {
		t.Fatalf("due before the interval: %d", len(due))
	}
	due := tb.Due(t0.Add(DefaultMinInterval))
	want := uint64(t0.Add(3 * time.Second).Unix())
	if len(due) != 1 || due[0].Timestamp != want {
		t.Fatalf("due after the interval: %d, want the newest (%d)", len(due), want)
	}
	if v, err := tb.Apply(due[0], t0.Add(DefaultMinInterval)); v != Accept {
		t.Fatalf("applying the due one: %v, %v", v, err)
	}
	if again := tb.Due(t0.Add(time.Hour)); len(again) != 0 {
		t.Fatalf("due twice: %d", len(again))
	}
}

// TestApplyEncodedMatchesApply: with the announcement's own encoding, ApplyEncoded gives Apply's verdicts
// (accept, stale, too frequent, forged) and hands the same bytes to a catch-up.
func TestApplyEncodedMatchesApply(t *testing.T) {
	a, b := newTable(t), newTable(t)
	key := newKey(t)
	s1 := mustSign(t, sample(t0), key)
	s2 := mustSign(t, sample(t0.Add(time.Second)), key)
	forged := *s2
	forged.FeePPM++
	for i, s := range []*Signed{s1, s1, s2, &forged} {
		raw := mustEncode(t, s)
		va, ea := a.Apply(s, t0.Add(time.Duration(i)*time.Second))
		vb, eb := b.ApplyEncoded(s, raw, t0.Add(time.Duration(i)*time.Second))
		if va != vb || (ea == nil) != (eb == nil) || (ea != nil && ea.Error() != eb.Error()) {
			t.Fatalf("step %d: Apply %v %v, ApplyEncoded %v %v", i, va, ea, vb, eb)
		}
	}
	if !slices.EqualFunc(a.All(), b.All(), bytes.Equal) {
		t.Fatal("the tables hold different encodings")
	}
}
