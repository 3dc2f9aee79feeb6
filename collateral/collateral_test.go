package collateral

import (
	"testing"
	"time"

	"github.com/holiman/uint256"
)

func wei(x uint64) Amounts { return Amounts{*uint256.NewInt(x)} }

var limits = Limits{Floor: wei(100), Ceiling: wei(1000), MinTopUp: wei(10)}

func TestTarget(t *testing.T) {
	for _, c := range []struct {
		name         string
		volume, need uint64
		funded       bool
		want         uint64
	}{
		{"funded, no volume: the floor", 0, 0, true, 100},
		{"unfunded, no volume: nothing", 0, 0, false, 0},
		{"unfunded: what a refused payment needed", 0, 7, false, 7},
		{"1.5 x the volume above the floor", 200, 0, true, 300},
		{"1.5 x an odd volume rounds down", 101, 0, false, 151},
		{"need above 1.5 x the volume", 200, 450, true, 450},
		{"the ceiling caps volume", 900, 0, true, 1000},
		{"the ceiling caps need", 0, 5000, true, 1000},
	} {
		if got := Target(wei(c.volume), wei(c.need), limits, c.funded); got[0].Uint64() != c.want || !got[1].IsZero() {
			t.Errorf("%s: target %s/%s, want %d", c.name, got[0].Dec(), got[1].Dec(), c.want)
		}
	}
}

func TestTopUpAndExcess(t *testing.T) {
	for _, c := range []struct {
		name                  string
		balance, target, need uint64
		add                   uint64
	}{
		{"at the target", 100, 100, 0, 0},
		{"above the target", 150, 100, 0, 0},
		{"short by more than MinTopUp", 50, 100, 0, 50},
		{"short by less than MinTopUp: waits", 95, 100, 0, 0},
		{"short by less than MinTopUp, but needed", 95, 100, 3, 5},
	} {
		if got := TopUp(wei(c.balance), wei(c.target), wei(c.need), limits); got[0].Uint64() != c.add {
			t.Errorf("%s: top-up %s, want %d", c.name, got[0].Dec(), c.add)
		}
	}
	if got := Excess(wei(1500), limits); got[0].Uint64() != 500 {
		t.Errorf("excess of 1500: %s, want 500", got[0].Dec())
	}
	if got := Excess(wei(1000), limits); !IsZero(&got) {
		t.Errorf("excess at the ceiling: %s", got[0].Dec())
	}
}

func TestVolumeWindow(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0)
	var v Volume
	v.Add(t0, wei(10), time.Minute)
	v.Add(t0.Add(30*time.Second), wei(20), time.Minute)
	if got := v.Sum(t0.Add(time.Minute), time.Minute); got[0].Uint64() != 30 {
		t.Fatalf("sum at the window's end: %s, want 30", got[0].Dec())
	}
	if got := v.Sum(t0.Add(61*time.Second), time.Minute); got[0].Uint64() != 20 {
		t.Fatalf("sum past the first's window: %s, want 20", got[0].Dec())
	}
	v.Add(t0.Add(2*time.Minute), wei(5), time.Minute) // forgets both
	if len(v.entries) != 1 {
		t.Fatalf("%d entries kept, want 1", len(v.entries))
	}
}

func TestBudget(t *testing.T) {
	b := &Budget{Max: 3}
	start := time.Unix(1_800_000_000, 0)
	for i := range 3 {
		if !b.Take(start.Add(time.Duration(i) * time.Minute)) {
			t.Fatalf("top-up %d refused within the budget", i)
		}
	}
	if b.Take(start.Add(59 * time.Minute)) {
		t.Fatal("a fourth top-up within the hour was allowed")
	}
	if !b.Take(start.Add(61 * time.Minute)) {
		t.Fatal("the budget did not free up after an hour")
	}
}
