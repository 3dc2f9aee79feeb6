package main

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/grafana/grafana-foundation-sdk/go/cog"
	"github.com/grafana/grafana-foundation-sdk/go/dashboard"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"spoke/metrics"
	"spoke/node"
	"spoke/p2p"
)

// inProcess runs a devnet and spoke daemons in the test's process, each until the test ends.
type inProcess struct {
	t      *testing.T
	dir    string
	ctx    context.Context
	cancel context.CancelFunc // stops every daemon
	outs   map[string]*syncBuffer
}

func newInProcess(t *testing.T) *inProcess {
	ctx, cancel := context.WithCancel(context.Background())
	return &inProcess{t: t, dir: t.TempDir(), ctx: ctx, cancel: cancel, outs: map[string]*syncBuffer{}}
}

// start runs f (a daemon's run function) with args until the test ends, and waits until its output
// matches ready; it returns the first submatch.
func (p *inProcess) start(name string, ready *regexp.Regexp, f func(context.Context, []string, *syncBuffer) error, args ...string) string {
	p.t.Helper()
	out := &syncBuffer{}
	p.outs[name] = out
	done := make(chan error, 1)
	go func() { done <- f(p.ctx, args, out) }()
	p.t.Cleanup(func() {
		p.cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			p.t.Errorf("%s did not stop", name)
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		if m := ready.FindStringSubmatch(out.String()); m != nil {
			return m[len(m)-1]
		}
		select {
		case err := <-done:
			p.t.Fatalf("%s stopped: %v\n%s", name, err, out.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s not ready\n%s", name, out.String())
		}
	}
}

// daemon starts `spoke hub` or `spoke user` in datadir name and returns its metrics URL.
func (p *inProcess) daemon(role node.Role, name string, args ...string) string {
	p.t.Helper()
	args = append([]string{"--datadir", filepath.Join(p.dir, name), "--devnet", filepath.Join(p.dir, "devnet.json"),
		"--metrics", "127.0.0.1:0", "--log-level", "error"}, args...)
	return p.start(name, regexp.MustCompile(`metrics (http://\S+/metrics)`), func(ctx context.Context, args []string, out *syncBuffer) error {
		return runDaemon(ctx, role, args, out)
	}, args...)
}

// run runs a client verb in the process and returns its exit code and output.
func (p *inProcess) run(args ...string) (int, string) {
	ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second)
	defer cancel()
	out := &syncBuffer{}
	code := run(ctx, args, out, out)
	return code, out.String()
}

// must runs a client verb that must succeed.
func (p *inProcess) must(args ...string) string {
	p.t.Helper()
	code, out := p.run(args...)
	if code != 0 {
		p.t.Fatalf("spoke %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	return out
}

// datadir is the data directory of node name.
func (p *inProcess) datadir(name string) string { return filepath.Join(p.dir, name) }

// scrape gets url and parses it with Prometheus's text parser.
func scrape(t *testing.T, url string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("parsing %s: %v", url, err)
	}
	return fams
}

// sample finds the value of the series name{labels} (a counter's or gauge's value, a histogram's
// count); ok is false when the series is absent.
func sample(fams map[string]*dto.MetricFamily, name string, labels ...string) (v float64, ok bool) {
	f := fams[name]
	if f == nil {
		return 0, false
	}
next:
	for _, m := range f.GetMetric() {
		have := map[string]string{}
		for _, l := range m.GetLabel() {
			have[l.GetName()] = l.GetValue()
		}
		for i := 0; i+1 < len(labels); i += 2 {
			if have[labels[i]] != labels[i+1] {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue(), true
		case m.Gauge != nil:
			return m.Gauge.GetValue(), true
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount()), true
		}
	}
	return 0, false
}

// expect checks series name{labels} against want: "==" value, ">" value, or "present".
type expect struct {
	name   string
	labels []string
	op     string
	want   float64
}

func checkSeries(t *testing.T, node string, fams map[string]*dto.MetricFamily, exps []expect) {
	t.Helper()
	for _, e := range exps {
		v, ok := sample(fams, e.name, e.labels...)
		switch {
		case !ok:
			t.Errorf("%s: no series %s%v", node, e.name, e.labels)
		case e.op == "==" && v != e.want, e.op == ">" && v <= e.want:
			t.Errorf("%s: %s%v = %v, want %s %v", node, e.name, e.labels, v, e.op, e.want)
		}
	}
}

// TestMetricsScrape runs a devnet, a hub and two users in this process, each with --metrics: Alice
// deposits, the hub (also Alice's watchtower) collateralizes Bob, Alice pays Bob three times and pays an
// unknown recipient once.
// Each node's /metrics, parsed with Prometheus's text parser, counts exactly that.
func TestMetricsScrape(t *testing.T) {
	p := newInProcess(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rpcAddr := l.Addr().String()
	_ = l.Close()
	p.start("devnet", regexp.MustCompile(`Wrote (.*) \(keys included`), func(ctx context.Context, args []string, out *syncBuffer) error {
		return runDevnet(ctx, args, out)
	}, "--rpc", rpcAddr, "--block-period", "100ms", "--out", filepath.Join(p.dir, "devnet.json"))
	df, err := readDevnetFile(filepath.Join(p.dir, "devnet.json"))
	if err != nil {
		t.Fatal(err)
	}
	addr := map[string]string{}
	for _, a := range df.Accounts {
		addr[a.Name] = a.Address.Hex()
	}
	// The hub is also Alice's watchtower.
	hubURL := p.daemon(node.Hub, "hub", "--account", "hub", "--autocollateral=false", "--reserve-wei", "10000000000000000000",
		"--serve-tower", "--tower-clients", addr["alice"])
	hubP2P, err := os.ReadFile(filepath.Join(p.datadir("hub"), p2pAddrFile))
	if err != nil {
		t.Fatal(err)
	}
	userURL := map[string]string{}
	for _, u := range []string{"alice", "bob"} {
		userURL[u] = p.daemon(node.User, u, "--account", u, "--hub", p.datadir("hub"), "--backup-dir", p.datadir(u+"-backups"),
			"--tower", strings.TrimSpace(string(hubP2P)))
		p.must("deposit", "--datadir", p.datadir(u), "--wei", "1000000000000000000")
	}
	bob := addr["bob"]
	p.must("collateral", "--datadir", p.datadir("hub"), "--user", bob, "--wei", "1000000")

	retries := 0 // payments refused while the hub's collateral was not usable yet
	for range 3 {
		for {
			code, out := p.run("pay", "--datadir", p.datadir("alice"), "--to", p.datadir("bob"), "--wei", "1000")
			if code == 0 {
				break
			}
			if !strings.Contains(out, "needs collateral") || retries > 50 {
				t.Fatalf("pay: exit %d\n%s", code, out)
			}
			retries++
			time.Sleep(200 * time.Millisecond)
		}
	}
	stranger, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	strangerID, err := p2p.PeerIDOf(&stranger.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	if code, out := p.run("--verbose", "pay", "--datadir", p.datadir("alice"), "--to", strangerID.String(), "--wei", "5"); code == 0 ||
		!strings.Contains(out, node.ErrUnknownRecipient.Error()) { // the node's words, under --verbose
		t.Fatalf("a payment to a stranger: exit %d\n%s", code, out)
	}

	// The counters follow the engine's events: give them a moment to catch up.
	waitSeries(t, hubURL, "spoke_payments_forwarded_total", 3)
	waitSeries(t, userURL["bob"], "spoke_payments_received_total", 3)
	waitSeries(t, hubURL, "spoke_tower_channels", 1)
	checkSeries(t, "hub", scrape(t, hubURL), []expect{
		{"spoke_payments_forwarded_total", nil, "==", 3},
		{"spoke_node_info", []string{"role", "hub"}, "==", 1},
		{"spoke_channels", []string{"side", "hub", "phase", "open"}, "==", 2},
		{"spoke_channels", []string{"side", "hub", "phase", "exiting"}, "==", 0},
		{"spoke_channels", []string{"side", "user", "phase", "open"}, "==", 0},
		// Alice paid the hub 3,000 wei, the hub paid Bob 3,000 out of its 1,000,000: no fee, so the hub
		// still holds exactly what it put in.
		{"spoke_collateral_base_units", []string{"asset", "wei"}, "==", 1000000},
		{"spoke_open_locks", nil, "==", 0},
		{"spoke_fees_earned_wei_total", nil, "==", 0},
		{"spoke_payments_forwarded_wei_total", nil, "==", 3000},
		{"spoke_reserve_base_units", []string{"asset", "wei"}, ">", 0},
		{"spoke_draining", nil, "==", 0},
		{"spoke_peers_connected", nil, ">", 1},
		{"spoke_store_write_duration_seconds", []string{"method", "commit"}, ">", 0},
		{"spoke_chain_confirmation_wait_seconds", []string{"op", "collateral"}, "==", 1},
		{"spoke_proposals_resent_total", nil, "==", 0},
		{"spoke_tower_clients", nil, "==", 1},
		{"spoke_tower_channels", nil, "==", 1}, // Alice's; Bob is no client
		{"go_goroutines", nil, ">", 0},
		{"process_resident_memory_bytes", nil, ">", 0},
	})
	if _, ok := sample(scrape(t, hubURL), "spoke_forwards_failed_total"); ok {
		t.Error("hub: a forward failed, but the stranger's payment was refused at the hub's door, never forwarded")
	}
	alice := scrape(t, userURL["alice"])
	checkSeries(t, "alice", alice, []expect{
		{"spoke_payments_sent_total", nil, "==", 3},
		{"spoke_payments_failed_total", []string{"reason", metrics.ReasonUnknownRecipient}, "==", 1},
		{"spoke_payment_duration_seconds", []string{"result", "settled"}, "==", 3},
		{"spoke_payment_duration_seconds", []string{"result", "failed"}, "==", float64(1 + retries)},
		{"spoke_chain_confirmation_wait_seconds", []string{"op", "deposit"}, "==", 1},
		{"spoke_channels", []string{"side", "user", "phase", "open"}, "==", 1},
		{"spoke_hubs", nil, "==", 1},
		{"spoke_backup_last_success_timestamp_seconds", nil, ">", float64(time.Now().Add(-time.Hour).Unix())},
		{"spoke_node_info", []string{"role", "user"}, "==", 1},
	})
	if retries > 0 {
		checkSeries(t, "alice", alice, []expect{{"spoke_payments_failed_total", []string{"reason", metrics.ReasonNeedsCollateral}, "==", float64(retries)}})
	}
	failed := 0.0
	for _, m := range alice["spoke_payments_failed_total"].GetMetric() {
		failed += m.Counter.GetValue()
	}
	if failed != float64(1+retries) {
		t.Errorf("alice: %v failed payments in all, want %d", failed, 1+retries)
	}
	bobs := scrape(t, userURL["bob"])
	checkDocs(t, scrape(t, hubURL), alice, bobs)
	checkSeries(t, "bob", bobs, []expect{
		{"spoke_payments_received_total", nil, "==", 3},
		{"spoke_payments_sent_total", nil, "==", 0},
		{"spoke_store_write_duration_seconds", []string{"method", "commit"}, ">", 0},
	})
}

// waitSeries waits until the series name at url reaches want.
func waitSeries(t *testing.T, url, name string, want float64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if v, _ := sample(scrape(t, url), name); v >= want || time.Now().After(deadline) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestMetricsLoopbackOnly: --metrics on any address but loopback is refused before the node starts, with
// a sentence that says why; loopback addresses pass.
func TestMetricsLoopbackOnly(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:9464", "[::]:9464", "192.0.2.1:9464", "example.com:9464", ":9464"} {
		out := &syncBuffer{}
		err := runDaemon(context.Background(), node.User, []string{"--datadir", t.TempDir(), "--metrics", addr}, out)
		if !errors.Is(err, metrics.ErrNotLoopback) || !strings.Contains(err.Error(), "--metrics "+addr) {
			t.Errorf("--metrics %s: %v, want a refusal naming the flag (metrics.ErrNotLoopback)", addr, err)
		}
	}
	if err := metrics.CheckAddr("9464"); err == nil {
		t.Error("--metrics 9464 (no host) was accepted")
	}
	for _, addr := range []string{"127.0.0.1:9464", "[::1]:9464", "localhost:0", "127.0.0.2:1"} {
		if err := metrics.CheckAddr(addr); err != nil {
			t.Errorf("--metrics %s refused: %v", addr, err)
		}
	}
}

// quietSeries are the documented series that appear only once they have a value (a label's first).
var quietSeries = map[string]bool{"spoke_forwards_failed_total": true, "spoke_store_write_errors_total": true}

// checkDocs checks docs/metrics.md against the scraped families, both ways, and the Grafana dashboard
// against docs/metrics.md: valid JSON with a Prometheus data source variable that every panel uses, and
// only documented series in its queries.
func checkDocs(t *testing.T, scraped ...map[string]*dto.MetricFamily) {
	t.Helper()
	doc, err := os.ReadFile("../../docs/metrics.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{} // the first column of the tables
	for _, m := range regexp.MustCompile("(?m)^\\| `(spoke_[a-z_]+)`").FindAllStringSubmatch(string(doc), -1) {
		documented[m[1]] = true
	}
	name := regexp.MustCompile(`\bspoke_[a-z_]+`)
	seen := map[string]bool{}
	for _, fams := range scraped {
		for n := range fams {
			if strings.HasPrefix(n, "spoke_") {
				seen[n] = true
				if !documented[n] {
					t.Errorf("%s is served but not in docs/metrics.md", n)
				}
			}
		}
	}
	for n := range documented {
		if !seen[n] && !quietSeries[n] {
			t.Errorf("docs/metrics.md lists %s, which no node served", n)
		}
	}
	checkDashboard(t, name, documented)
}

// checkDashboard checks docs/grafana/spoke.json.
func checkDashboard(t *testing.T, name *regexp.Regexp, documented map[string]bool) {
	t.Helper()
	b, err := os.ReadFile("../../docs/grafana/spoke.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		UID        string `json:"uid"`
		Title      string `json:"title"`
		Schema     int    `json:"schemaVersion"`
		Templating struct {
			List []struct {
				Name, Type string
				Query      any
			} `json:"list"`
		} `json:"templating"`
		Panels []struct {
			ID         int                         `json:"id"`
			Type       string                      `json:"type"`
			Title      string                      `json:"title"`
			Datasource *struct{ Type, UID string } `json:"datasource"`
			Targets    []struct{ Expr string }     `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(b, &dash); err != nil {
		t.Fatalf("docs/grafana/spoke.json: %v", err)
	}
	// Grafana's own dashboard model (its foundation SDK, generated from the schema Grafana loads
	// dashboards with), decoding strictly: an unknown or missing required field fails.
	var model dashboard.Dashboard
	if err := model.UnmarshalJSONStrict(b); err != nil {
		var errs cog.BuildErrors
		if !errors.As(err, &errs) || len(errs) > 0 {
			t.Fatalf("docs/grafana/spoke.json is not a dashboard Grafana's schema accepts: %v", err)
		}
	}
	if err := model.Validate(); err != nil {
		t.Fatalf("docs/grafana/spoke.json: Grafana's schema: %v", err)
	}
	if dash.UID == "" || dash.Title == "" || dash.Schema == 0 || len(dash.Templating.List) == 0 ||
		dash.Templating.List[0].Type != "datasource" || dash.Templating.List[0].Query != "prometheus" {
		t.Fatalf("dashboard: uid %q, title %q, schema %d, variables %+v: want a Prometheus data source variable first",
			dash.UID, dash.Title, dash.Schema, dash.Templating.List)
	}
	ids := map[int]bool{}
	queries := 0
	for _, p := range dash.Panels {
		if ids[p.ID] {
			t.Errorf("dashboard: panel id %d twice", p.ID)
		}
		ids[p.ID] = true
		if p.Type == "row" {
			continue
		}
		if p.Datasource == nil || p.Datasource.UID != "${"+dash.Templating.List[0].Name+"}" || len(p.Targets) == 0 {
			t.Errorf("dashboard: panel %q does not query the data source variable", p.Title)
		}
		for _, q := range p.Targets {
			queries++
			for _, n := range name.FindAllString(q.Expr, -1) {
				base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(n, "_bucket"), "_count"), "_sum")
				if !documented[base] && !documented[n] {
					t.Errorf("dashboard: panel %q queries %s, not in docs/metrics.md", p.Title, n)
				}
			}
		}
	}
	if queries < 20 {
		t.Errorf("dashboard: %d queries", queries)
	}
}
