package sim

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/holiman/uint256"
)

// LoadTopology reads an imported topology: JSON (Topology's form) if the file starts with '{', else the
// CSV form documented in docs/sim.md (rows "hub", "channel" and "user").
func LoadTopology(path string) (*Topology, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, bad("topology.file", "%v", err)
	}
	var t *Topology
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		t = &Topology{}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(t); err != nil {
			return nil, bad("topology.file", "%s: %v", path, err)
		}
	} else if t, err = parseTopologyCSV(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("%w (%s)", err, path)
	}
	return t, t.Check()
}

// topologyHeader is the CSV form's header.
var topologyHeader = []string{"kind", "a", "b", "a_wei", "b_wei", "fee_base_wei", "fee_ppm", "expiry_delta"}

// parseTopologyCSV reads the CSV form: hubs first, named in column a; channels name hubs a and b with
// what each can send; users name themselves in a, their hubs in b (separated by ';'), their deposit in
// a_wei and their hubs' collateral in b_wei.
func parseTopologyCSV(r io.Reader) (*Topology, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, bad("topology.file", "%v", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(topologyHeader, ",") {
		return nil, bad("topology.file", "the first line must be %q", strings.Join(topologyHeader, ","))
	}
	t := &Topology{}
	hubs := map[string]int{}
	for i, row := range rows[1:] {
		line := fmt.Sprintf("topology.file line %d", i+2)
		if err := t.csvRow(row, hubs); err != nil {
			return nil, bad(line, "%v", err)
		}
	}
	return t, nil
}

func (t *Topology) csvRow(row []string, hubs map[string]int) error {
	hub := func(name string) (int, error) {
		i, ok := hubs[name]
		if !ok {
			return 0, fmt.Errorf("unknown hub %q (hubs come first)", name)
		}
		return i, nil
	}
	var aw, bw, base Wei
	var err error
	for _, p := range []struct {
		s string
		w *Wei
	}{{row[3], &aw}, {row[4], &bw}, {row[5], &base}} {
		if p.s != "" {
			if *p.w, err = ParseWei(p.s); err != nil {
				return err
			}
		}
	}
	switch row[0] {
	case "hub":
		ppm, err1 := strconv.ParseUint(orZero(row[6]), 10, 32)
		delta, err2 := strconv.ParseUint(orZero(row[7]), 10, 32)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("fee_ppm %q and expiry_delta %q must be whole numbers", row[6], row[7])
		}
		hubs[row[1]] = len(t.Hubs)
		t.Hubs = append(t.Hubs, HubSpec{Name: row[1], FeeBaseWei: base, FeePPM: uint32(ppm), ExpiryDelta: uint32(delta)})
	case "channel":
		a, err := hub(row[1])
		if err != nil {
			return err
		}
		b, err := hub(row[2])
		if err != nil {
			return err
		}
		t.Channels = append(t.Channels, ChannelSpec{A: a, B: b, AWei: aw, BWei: bw})
	case "user":
		u := UserSpec{Name: row[1], DepositWei: aw, CollateralWei: bw}
		for _, name := range strings.Split(row[2], ";") {
			h, err := hub(name)
			if err != nil {
				return err
			}
			u.Hubs = append(u.Hubs, h)
		}
		t.Users = append(t.Users, u)
	default:
		return fmt.Errorf("kind %q is not hub, channel or user", row[0])
	}
	return nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// ClothOptions convert CLoTH's units: amounts (millisatoshi) times WeiPerUnit, timelocks (blocks) times
// BlockSeconds.
type ClothOptions struct {
	WeiPerUnit   uint64
	BlockSeconds uint32
}

// clothEdge is one row of CLoTH's edges.csv.
type clothEdge struct {
	from, to             int
	balance, base, ppm   uint64
	timelock             uint64
	channel, counterEdge int
}

// ConvertCLoTH reads a CLoTH network (nodes.csv, channels.csv, edges.csv in dir, as CLoTH writes and
// reads them) into a Topology. A node with a single channel becomes a user of its peer; every other node
// becomes a hub whose one policy is the median of its edges' (spoke announces one fee per hub). A user's
// deposit is its edge's balance, the hub's collateral the counter edge's.
func ConvertCLoTH(dir string, o ClothOptions) (*Topology, error) {
	o.WeiPerUnit, o.BlockSeconds = max(o.WeiPerUnit, 1), max(o.BlockSeconds, 1)
	nodes, err := readCSV(filepath.Join(dir, "nodes.csv"), []string{"id"})
	if err != nil {
		return nil, err
	}
	edgeRows, err := readCSV(filepath.Join(dir, "edges.csv"), []string{"id", "channel_id", "counter_edge_id",
		"from_node_id", "to_node_id", "balance", "fee_base", "fee_proportional", "min_htlc", "timelock"})
	if err != nil {
		return nil, err
	}
	if _, err := readCSV(filepath.Join(dir, "channels.csv"), []string{"id", "edge1_id", "edge2_id", "node1_id",
		"node2_id", "capacity"}); err != nil {
		return nil, err
	}
	edges := map[int]clothEdge{}
	var order []int
	degree := map[int]int{}
	for i, row := range edgeRows {
		v, err := uints(row, 10)
		if err != nil {
			return nil, bad(fmt.Sprintf("edges.csv line %d", i+2), "%v", err)
		}
		e := clothEdge{from: int(v[3]), to: int(v[4]), balance: v[5], base: v[6], ppm: v[7], timelock: v[9],
			channel: int(v[1]), counterEdge: int(v[2])}
		edges[int(v[0])] = e
		order = append(order, int(v[0]))
		degree[e.from]++
	}
	return buildCloth(len(nodes), edges, order, degree, o)
}

// buildCloth turns CLoTH's edges into hubs, hub-to-hub channels and users.
func buildCloth(n int, edges map[int]clothEdge, order []int, degree map[int]int, o ClothOptions) (*Topology, error) {
	peer := map[int]int{} // of the nodes with one channel
	for _, e := range edges {
		if degree[e.from] == 1 {
			peer[e.from] = e.to
		}
	}
	isUser := func(id int) bool {
		p, ok := peer[id]
		return ok && (degree[p] > 1 || p < id) // a pair of single-channel nodes: the lower id is the hub
	}
	t := &Topology{}
	hubIdx := map[int]int{}
	var fees = map[int][][3]uint64{}
	for id := 0; id < n; id++ {
		if !isUser(id) && degree[id] > 0 {
			hubIdx[id] = len(t.Hubs)
			t.Hubs = append(t.Hubs, HubSpec{Name: fmt.Sprintf("cloth%d", id)})
		}
	}
	wei := func(v uint64) Wei { w := NewWei(v); w.Mul(&w.Int, uint256.NewInt(o.WeiPerUnit)); return w }
	for _, id := range order {
		e := edges[id]
		fees[e.from] = append(fees[e.from], [3]uint64{e.base, e.ppm, e.timelock})
		counter, ok := edges[e.counterEdge]
		if !ok {
			return nil, bad("edges.csv", "edge %d: counter edge %d missing", id, e.counterEdge)
		}
		a, aHub := hubIdx[e.from]
		b, bHub := hubIdx[e.to]
		switch {
		case aHub && bHub && id < e.counterEdge:
			t.Channels = append(t.Channels, ChannelSpec{A: a, B: b, AWei: wei(e.balance), BWei: wei(counter.balance)})
		case !aHub && bHub:
			t.Users = append(t.Users, UserSpec{Name: fmt.Sprintf("cloth%d", e.from), Hubs: []int{b},
				DepositWei: wei(e.balance), CollateralWei: wei(counter.balance)})
		}
	}
	for id, i := range hubIdx {
		base, ppm, tl := medians(fees[id])
		t.Hubs[i].FeeBaseWei, t.Hubs[i].FeePPM = wei(base), uint32(min(ppm, 1<<32-1))
		t.Hubs[i].ExpiryDelta = uint32(min(tl*uint64(o.BlockSeconds), 1<<32-1))
	}
	return t, t.Check()
}

// medians returns the median of each column.
func medians(rows [][3]uint64) (a, b, c uint64) {
	if len(rows) == 0 {
		return 0, 0, 0
	}
	col := func(k int) uint64 {
		v := make([]uint64, len(rows))
		for i, r := range rows {
			v[i] = r[k]
		}
		sortU64(v)
		return v[len(v)/2]
	}
	return col(0), col(1), col(2)
}

// readCSV reads a CSV file whose header starts with want, returning the rows after it.
func readCSV(path string, want []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, bad("cloth", "%v", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, bad("cloth", "%s: %v", path, err)
	}
	if len(rows) == 0 || len(rows[0]) < len(want) || strings.Join(rows[0][:len(want)], ",") != strings.Join(want, ",") {
		return nil, bad("cloth", "%s: header must start %q", path, strings.Join(want, ","))
	}
	return rows[1:], nil
}

// uints parses the first n fields of row as unsigned integers.
func uints(row []string, n int) ([]uint64, error) {
	if len(row) < n {
		return nil, fmt.Errorf("%d fields, want %d", len(row), n)
	}
	out := make([]uint64, n)
	for i := range out {
		v, err := strconv.ParseUint(strings.TrimSpace(row[i]), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("field %d: %v", i+1, err)
		}
		out[i] = v
	}
	return out, nil
}
