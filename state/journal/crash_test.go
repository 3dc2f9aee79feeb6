package journal

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
	"spoke/state/sqlitestore"
	"spoke/state/storetest"
)

// Kill at any point (Mallory's review of the journal): a workload of batches of every kind a node
// commits (channel states with locks and threads, proposals, refused proposals and supersessions,
// preimages, custodial balances, links, meta values, thread records, and all of them at once) and folds
// that reuse the files, interrupted at every step in turn: a crash after each operation, each flush's sync
// failing with what it wrote intact, lost or torn on the disk, each inner Commit failing (before or after
// it stored), and the replay's own fold failing once. After the crash the store is reopened (replayed) and
// must read exactly as a plain SQLite store into which every batch whose Commit returned was committed in
// order, and no other: nothing acknowledged lost, nothing refused or half-applied present; its inner store
// must read the same; and a second generation of batches, committed and crashed again, must survive the
// same way (sequence numbers go on past the files' reused tails).

// flaky is an inner store whose Commit or CommitAll number failAt (1-based) fails, before storing or, with
// stored, after.
type flaky struct {
	state.Store
	calls, failAt int
	stored        bool
}

func (f *flaky) Commit(ctx context.Context, b state.Batch) error {
	return f.CommitAll(ctx, []state.Batch{b})
}

func (f *flaky) CommitAll(ctx context.Context, bs []state.Batch) error {
	f.calls++
	if f.calls == f.failAt && !f.stored {
		return errInjected
	}
	if err := f.Store.(BatchCommitter).CommitAll(ctx, bs); err != nil {
		return err
	}
	if f.calls == f.failAt {
		return errInjected
	}
	return nil
}

// Ways a failed flush leaves the disk.
const (
	writeIntact = iota // written, the sync reported an error anyway
	writeLost          // nothing reached the disk
	writeTorn          // the first half of the write and its last quarter reached the disk (pages out of order)
)

// crashCase is one interruption of the workload.
type crashCase struct {
	stopAfter  int // operations run before the crash (all when negative)
	syncFail   int // the flush sync that fails (1-based; 0 none), leaving the disk as tear says
	tear       int
	innerFail  int // the inner Commit that fails (1-based; 0 none), after storing when stored
	stored     bool
	replayFail bool // the first reopen's fold fails once
}

// crashOp is one step of the workload: a batch of the kind named, or a fold.
type crashOp = string

func crashWorkload() []crashOp {
	return strings.Fields(`threads state proposal threads state-locks fold
		refused preimage proposal answer meta fold
		custodial links all threads state fold
		refused-again all threads-state proposal state`)
}

// crashModel makes the workload's batches and records those whose Commit returned.
type crashModel struct {
	tx     [2]uint64 // each channel's last txCountGlobal tried
	thread uint64    // the last thread record version tried
	n      uint64    // batches made
	acked  []state.Batch
	// names and hashes read back: every meta name and preimage hashlock tried
	names  []string
	hashes []common.Hash
}

var crashChannels = [2][2]common.Address{{hub, alice}, {hub, bob}}

// record is the next state of channel c, with locks and threads when asked.
func (m *crashModel) record(c int, locks bool) state.Record {
	m.tx[c]++
	r := storetest.Record(crashChannels[c][0], crashChannels[c][1], m.tx[c])
	if locks {
		r = storetest.WithLocks(r, 1, m.tx[c]+1)
		r = storetest.WithThreads(r, storetest.Threads(hub, m.tx[c]))
	}
	return r
}

// proposal is the next state of channel c as this node's proposal.
func (m *crashModel) proposal(c int, refused bool) state.Proposal {
	r := m.record(c, m.tx[c]%2 == 0)
	return state.Proposal{Record: r, Message: []byte(fmt.Sprintf("proposal %d/%d", c, r.State.TxCountGlobal)), Refused: refused}
}

func (m *crashModel) threads(ids ...uint64) []state.ThreadRecord {
	m.thread++
	var out []state.ThreadRecord
	for _, id := range ids {
		out = append(out, rec(id, m.thread))
	}
	return out
}

func (m *crashModel) preimage() [32]byte {
	p := [32]byte{byte(m.n), 0x5a}
	m.hashes = append(m.hashes, state.Hashlock(p))
	return p
}

func (m *crashModel) meta() map[string][]byte {
	name := fmt.Sprintf("name-%d", m.n%3)
	m.names = append(m.names, name)
	return map[string][]byte{name: []byte(fmt.Sprintf("value %d", m.n))}
}

// batch makes the batch of op.
func (m *crashModel) batch(op crashOp) state.Batch {
	m.n++
	var b state.Batch
	switch op {
	case "threads":
		b.Threads = m.threads(1, 2)
	case "state":
		b.States = []state.Record{m.record(0, false)}
	case "state-locks":
		b.States = []state.Record{m.record(0, true), m.record(0, false), m.record(1, true)}
		b.Preimages = [][32]byte{m.preimage()}
	case "proposal":
		b.Proposals = []state.Proposal{m.proposal(1, false)}
	case "answer": // the proposal answered: its state stored, the proposal dropped
		b.States = []state.Record{m.record(1, false)}
	case "refused", "refused-again":
		p := m.proposal(0, true)
		b.Refused = []state.Proposal{p}
		b.Superseded = []state.Supersession{{Hub: hub, User: alice, Below: p.Record.State.TxCountGlobal - 2}}
	case "preimage":
		b.Preimages = [][32]byte{m.preimage(), m.preimage()}
	case "meta":
		b.Meta = m.meta()
	case "custodial":
		b.Custodial = map[common.Address][2]uint256.Int{alice: {*uint256.NewInt(m.n), *uint256.NewInt(2 * m.n)}}
	case "links":
		b.Links = []common.Hash{{byte(m.n)}, {byte(m.n), 1}}
	case "threads-state":
		b.Threads = m.threads(3)
		b.States = []state.Record{m.record(1, true)}
	case "all":
		b = state.Batch{States: []state.Record{m.record(0, true)}, Proposals: []state.Proposal{m.proposal(1, false)},
			Refused: []state.Proposal{m.proposal(0, true)}, Preimages: [][32]byte{m.preimage()}, Meta: m.meta(),
			Custodial:  map[common.Address][2]uint256.Int{bob: {*uint256.NewInt(m.n), {}}},
			Links:      []common.Hash{{byte(m.n), 2}},
			Superseded: []state.Supersession{{Hub: hub, User: alice, Below: m.tx[0] - 3}}, Threads: m.threads(1, 3)}
	default:
		panic("unknown op " + op)
	}
	return b
}

// run runs ops on s, recording what was acknowledged; failures are expected (injected).
func (m *crashModel) run(s *Store, ops []crashOp) {
	for _, op := range ops {
		if op == "fold" {
			_ = s.Fold(ctx)
			continue
		}
		b := m.batch(op)
		if s.Commit(ctx, b) == nil {
			m.acked = append(m.acked, b)
		}
	}
}

// check fails unless s, and after it its inner store, read exactly as an SQLite store holding the
// acknowledged batches.
func (m *crashModel) check(t *testing.T, s *Store, phase string) {
	t.Helper()
	want, err := sqlitestore.Open(filepath.Join(t.TempDir(), "model.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	for i, b := range m.acked {
		if err := want.Commit(ctx, b); err != nil {
			t.Fatalf("%s: the model refuses batch %d: %v", phase, i, err)
		}
	}
	w := m.dump(t, want)
	if got := m.dump(t, s); got != w {
		t.Fatalf("%s: the store reads\n%s\nwant\n%s", phase, got, w)
	}
	if got := m.dump(t, s.Store); got != w {
		t.Fatalf("%s: the inner store reads\n%s\nwant\n%s", phase, got, w)
	}
}

// dump reads everything the workload may have stored, in a canonical order.
func (m *crashModel) dump(t *testing.T, s state.Store) string {
	t.Helper()
	var out strings.Builder
	say := func(what string, v any, err error) {
		fmt.Fprintf(&out, "%s: %+v %v\n", what, v, err)
	}
	for _, c := range crashChannels {
		h, err := s.History(ctx, c[0], c[1], 0, 0)
		say("history", h, err)
		l, err := s.Latest(ctx, c[0], c[1])
		say("latest", l, err)
		p, err := s.Proposal(ctx, c[0], c[1])
		say("proposal", p, err)
		r, err := s.Refused(ctx, c[0], c[1])
		slices.SortFunc(r, func(a, b state.Proposal) int {
			return compareSeq(a.State.TxCountGlobal, b.State.TxCountGlobal)
		})
		say("refused", r, err)
	}
	ch, err := s.Channels(ctx)
	say("channels", ch, err)
	cu, err := s.Custodial(ctx)
	say("custodial", cu, err)
	li, err := s.Links(ctx)
	say("links", li, err)
	th, err := s.Threads(ctx)
	slices.SortFunc(th, func(a, b state.ThreadRecord) int { return bytes.Compare(a.Initial.Sig, b.Initial.Sig) })
	say("threads", th, err)
	for _, n := range m.names {
		v, err := s.Meta(ctx, n)
		say("meta "+n, string(v), err)
	}
	for _, h := range m.hashes {
		p, err := s.Preimage(ctx, h)
		say("preimage", p, err)
	}
	return out.String()
}

// shadowSync is a sync hook that keeps each file's content as of its last successful sync, and fails
// sync number failAt, leaving the file as tear says.
type shadowSync struct {
	calls, failAt, tear int
	shadow              map[string][]byte
}

func (h *shadowSync) sync(f *os.File) error {
	h.calls++
	now, err := os.ReadFile(f.Name())
	if err != nil {
		return err
	}
	if h.calls != h.failAt {
		h.shadow[f.Name()] = now
		return nil
	}
	old := h.shadow[f.Name()]
	if old == nil {
		old = make([]byte, len(now)) // as prepared: zeros
	}
	disk := now
	switch h.tear {
	case writeLost, writeTorn:
		disk = bytes.Clone(old)
		disk = append(disk, make([]byte, max(0, len(now)-len(disk)))...)
		if h.tear == writeTorn {
			start, end := diffRange(old, now)
			n := end - start
			copy(disk[start:start+n/2], now[start:])
			copy(disk[end-n/4:end], now[end-n/4:])
		}
	}
	if err := os.WriteFile(f.Name(), disk, 0o600); err != nil {
		return err
	}
	return errInjected
}

// diffRange returns where a and b first and last differ (end exclusive).
func diffRange(a, b []byte) (start, end int) {
	a = append(bytes.Clone(a), make([]byte, max(0, len(b)-len(a)))...)
	for start < len(b) && a[start] == b[start] {
		start++
	}
	end = len(b)
	for end > start && a[end-1] == b[end-1] {
		end--
	}
	return start, end
}

// openCrash opens the journal at p in front of the inner store, with the sync hook h.
func openCrash(t *testing.T, p place, failAt int, stored bool, h *shadowSync) (*Store, *flaky, error) {
	t.Helper()
	inner, err := sqlitestore.Open(p.db())
	if err != nil {
		t.Fatal(err)
	}
	f := &flaky{Store: inner, failAt: failAt, stored: stored}
	s, err := Open(ctx, f, p.journal())
	if err != nil {
		_ = inner.Close()
		return nil, f, err
	}
	s.sync = h.sync
	return s, f, nil
}

// crashScenario runs the workload interrupted as c says, crashes, reopens, checks, runs a second
// generation, crashes again and checks again; it returns how many syncs and inner Commits the first
// generation made.
func crashScenario(t *testing.T, c crashCase) (syncs, commits int) {
	t.Helper()
	p := place(t.TempDir())
	h := &shadowSync{failAt: c.syncFail, tear: c.tear, shadow: map[string][]byte{}}
	s, inner, err := openCrash(t, p, c.innerFail, c.stored, h)
	if err != nil {
		t.Fatal(err)
	}
	m := &crashModel{}
	ops := crashWorkload()
	if c.stopAfter >= 0 {
		ops = ops[:c.stopAfter]
	}
	m.run(s, ops)
	syncs, commits = h.calls, inner.calls
	s.crash()

	if c.replayFail {
		if s, _, err := openCrash(t, p, 1, false, &shadowSync{shadow: map[string][]byte{}}); err == nil {
			s.crash() // nothing to replay: the fold did not run
		}
	}
	h = &shadowSync{shadow: map[string][]byte{}}
	s, _, err = openCrash(t, p, 0, false, h)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	m.check(t, s, "after the crash")
	m.run(s, strings.Fields("all threads fold state proposal"))
	s.crash()
	s, _, err = openCrash(t, p, 0, false, h)
	if err != nil {
		t.Fatalf("second reopen: %v", err)
	}
	defer s.Close()
	m.check(t, s, "after the second crash")
	return syncs, commits
}

func TestKillAtAnyPoint(t *testing.T) {
	syncs, commits := crashScenario(t, crashCase{stopAfter: -1})
	if syncs < 19 || commits < 3 {
		t.Fatalf("the workload made %d syncs and %d inner commits", syncs, commits)
	}
	for n := range len(crashWorkload()) {
		t.Run(fmt.Sprintf("crash-after-%d", n), func(t *testing.T) {
			crashScenario(t, crashCase{stopAfter: n, replayFail: n%4 == 3})
		})
	}
	for k := 1; k <= syncs; k++ {
		for tear, name := range []string{"intact", "lost", "torn"} {
			t.Run(fmt.Sprintf("sync-%d-fails-%s", k, name), func(t *testing.T) {
				crashScenario(t, crashCase{stopAfter: -1, syncFail: k, tear: tear})
			})
		}
	}
	for k := 1; k <= commits; k++ {
		for _, stored := range []bool{false, true} {
			t.Run(fmt.Sprintf("inner-commit-%d-fails-stored-%v", k, stored), func(t *testing.T) {
				crashScenario(t, crashCase{stopAfter: -1, innerFail: k, stored: stored})
			})
		}
	}
}
