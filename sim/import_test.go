package sim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConvertCLoTH: CLoTH's three files become hubs (nodes with several channels, the median of their
// edges' policies), hub-to-hub channels with both balances, and users (nodes with one channel) with
// their deposit and their hub's collateral; the result runs.
func TestConvertCLoTH(t *testing.T) {
	topo, err := ConvertCLoTH("testdata/cloth", ClothOptions{WeiPerUnit: 1000, BlockSeconds: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(topo.Hubs) != 3 || len(topo.Channels) != 3 || len(topo.Users) != 3 {
		t.Fatalf("%d hubs, %d channels, %d users", len(topo.Hubs), len(topo.Channels), len(topo.Users))
	}
	h0 := topo.Hubs[0] // edges out of node 0: base 1000, 1000, 1000; ppm 10, 10, 10
	if h0.FeeBaseWei.Uint64() != 1000*1000 || h0.FeePPM != 10 || h0.ExpiryDelta != 400 {
		t.Fatalf("hub 0 policy %+v", h0)
	}
	u := topo.Users[0] // node 3: 5e7 each way, with node 0
	if u.Hubs[0] != 0 || u.DepositWei.Uint64() != 5e10 || u.CollateralWei.Uint64() != 5e10 {
		t.Fatalf("user 0 %+v", u)
	}
	c := topo.Channels[0]
	if c.A != 0 || c.B != 1 || c.AWei.Uint64() != 1e12 || c.BWei.Uint64() != 1e12 {
		t.Fatalf("channel 0 %+v", c)
	}
	cfg := Default()
	cfg.Workload.Payments = 50
	cfg.Workload.AmountWei = Dist{Kind: "fixed", Value: 1e9}
	res, err := Run(cfg, Options{Topology: topo})
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary.Succeeded == 0 {
		t.Fatalf("nothing paid on the CLoTH network: %v", res.Summary.FailureReasons)
	}
	if _, err := ConvertCLoTH(t.TempDir(), ClothOptions{}); err == nil || !strings.Contains(err.Error(), "nodes.csv") {
		t.Fatalf("missing files: %v", err)
	}
}

// TestImportCSVAndJSON: the CSV form loads with names, multi-hub users and policies; its JSON form
// round-trips; a file topology runs from a config; bad rows name their line.
func TestImportCSVAndJSON(t *testing.T) {
	topo, err := LoadTopology("testdata/topology.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(topo.Hubs) != 3 || topo.Hubs[2].FeePPM != 500 || topo.Hubs[2].ExpiryDelta != 300 ||
		len(topo.Users[2].Hubs) != 2 || topo.Channels[1].BWei.Dec() != "500000000000000000" {
		t.Fatalf("loaded %+v", topo)
	}
	dir := t.TempDir()
	data, _ := json.Marshal(topo)
	path := filepath.Join(dir, "topo.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	again, err := LoadTopology(path)
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := json.Marshal(again); string(back) != string(data) {
		t.Fatal("JSON round trip changed the topology")
	}
	cfg, err := Parse([]byte(`{"topology":{"kind":"file","file":"topo.json"},"workload":{"payments":40}}`))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(cfg, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if res.Summary.Hubs != 3 || res.Summary.Succeeded == 0 {
		t.Fatalf("file topology run: %+v", res.Summary)
	}
	bad := "kind,a,b,a_wei,b_wei,fee_base_wei,fee_ppm,expiry_delta\nhub,x,,,,1,2,3\nchannel,x,y,1,1,,,\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.csv"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadTopology(filepath.Join(dir, "bad.csv")); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("bad row: %v", err)
	}
}
