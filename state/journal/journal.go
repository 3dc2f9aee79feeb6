// Package journal puts a write-ahead journal in front of a state.Store: every Commit is one record
// appended to a file and flushed with one fdatasync (on Linux, where the file system takes it, one direct
// write with O_DSYNC instead: direct.go), and the records are folded into the inner store later, many in
// one of its transactions.
//
// A node stores every state before it signs or acknowledges it (ARCHITECTURE: step, persist, back up,
// send), so a payment forwarded through a hub waits for a durable write at each node it crosses, several
// in a row. As a transaction of the SQLite store such a write costs 150-500 µs on the disks spoke runs on
// and more under load; as a record appended to a preallocated file and flushed with one fdatasync it
// costs about 100 µs. The journal keeps the rule "durable before it leaves" and makes it cheaper:
//
//   - Commit checks the batch as the inner store would (ErrStale against the channels' latest states,
//     lock and thread sets, signatures, messages), encodes all of it as one record and returns once a
//     flush wrote it. Commits that arrive while a flush is under way go together in the next one (group
//     commit).
//   - The journal is folded into the inner store once it holds FoldRecords records or FoldBytes bytes, on
//     Close, and before a read that needs it (a Commit finding MaxPending records, or MaxPendingBytes, unfolded waits for the
//     fold: the records it holds in memory stay bounded when folds fall behind): the records in order, each with the meta value MetaFolded
//     (the highest sequence number folded) set in the same batch, in one transaction when the inner store
//     has CommitAll, else in sequential Commits.
//   - Open replays what the journal holds above the folded mark into the inner store: a crash loses
//     nothing that a Commit returned for, and a record folded before is never applied twice. A record is
//     a frame with a length, a CRC-32C and a sequence number; replay stops at the first frame that is
//     torn, fails its checksum or does not follow the previous one, which is where the last flush that
//     returned ended or a file's reused tail begins. A frame that passes its checksum and does not decode
//     fails Open.
//   - The journal is two files used in turn (Path+".a", Path+".b", each preallocated with zeros so that a
//     flush writes data into allocated blocks and need not change the file's size): a fold switches the
//     appends to the other file, which the previous fold emptied, and then folds what the first holds.
//
// Reads are exact. Preimage and Meta look at the records not yet folded first, then at the inner store
// (what they return never goes away, so a record folded in between is found in the inner store); every
// other read folds the journal first.
package journal

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

// MetaFolded is the name of the inner store's meta value holding the highest sequence number folded into
// it (8 bytes, big endian).
const MetaFolded = "journal.folded"

// Thresholds of a fold: the journal is folded into the inner store once it holds this many records not
// yet folded, or once its active file holds this many bytes.
const (
	FoldRecords = 1024
	FoldBytes   = 1 << 20
)

// MaxPending and MaxPendingBytes bound the flushed records not yet folded that the journal holds in
// memory (decoded, they take a few times their frames' bytes): a Commit that finds this many records, or
// frames of this many bytes, waits for the fold under way (backpressure), so that a store folding slower
// than records arrive (a slow disk, a starved core) holds up its writers instead of growing without bound.
const (
	MaxPending      = 4 * FoldRecords
	MaxPendingBytes = 4 * FoldBytes
)

// preallocate is how many bytes of zeros each journal file starts with.
const preallocate = 2 * FoldBytes

// Frame layout: length (4 bytes) of the payload, CRC-32C (4) of sequence number and payload, sequence
// number (8), payload (batch.go).
const headerSize = 16

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Errors of the journal.
var (
	ErrClosed = errors.New("journal: closed")
	ErrFailed = errors.New("journal: a write failed; the journal takes no more records until reopened")
)

// BatchCommitter is implemented by inner stores that apply several batches in one transaction, with the
// result of Commits of each in turn (sqlitestore.Store). A fold is then one transaction.
type BatchCommitter interface {
	CommitAll(ctx context.Context, batches []state.Batch) error
}

// channelKey identifies a channel: (hub, user).
type channelKey = [2]common.Address

// entry is a record (a batch, as decoded from its frame) with its sequence number.
type entry struct {
	b    state.Batch
	seq  uint64
	size int // its frame's bytes
}

// file is one of the journal's two files.
type file struct {
	f      *os.File
	d      *direct // its direct-write handle (direct.go), nil where the file system has none
	off    int64   // where the next frame goes
	maxSeq uint64  // the highest sequence number written since the file was last reused
}

// overlay holds what Preimage and Meta return for records not yet folded, with the sequence number of the
// record that set it last.
type overlay struct {
	preimages map[common.Hash]seqOf[[32]byte]
	meta      map[string]seqOf[[]byte]
}

type seqOf[T any] struct {
	v   T
	seq uint64
}

// Store is a state.Store whose Commits are journaled. It is safe for concurrent use.
type Store struct {
	state.Store // the inner store

	folding sync.Mutex // one fold at a time

	mu           sync.Mutex
	cond         *sync.Cond // signalled when a flush ends
	files        [2]file
	active       int     // the file appends go to
	buf          []byte  // frames waiting for the next flush
	bufRecs      []entry // their records, in order
	seq          uint64  // the last sequence number handed out
	flushing     bool    // a flush is writing outside mu
	filling      uint64  // the generation buf belongs to
	durable      uint64  // generations up to this one are flushed
	pending      []entry // flushed records not yet folded, in order
	pendingBytes int     // their frames' bytes
	over         overlay
	// marks holds the latest txCountGlobal of every channel a record accepted since Open holds a state
	// of; the inner store's is the mark of the others.
	marks  map[channelKey]uint64
	marked uint64 // the inner store's folded mark
	err    error  // sticky: a flush failed
	closed bool
	queued atomic.Bool // a fold is queued
	// maxPending is MaxPending (tests lower it); foldErr is the last fold's error, nil once one succeeds:
	// Commits do not wait for folds that fail.
	maxPending int
	foldErr    error
	// sync, if set (tests), replaces the flush's datasync, and direct writes are not used.
	sync  func(*os.File) error
	syncs int // flushes so far, for tests
}

// syncNames flushes a directory in which Open created journal files (tests count the calls).
var syncNames = syncDir

// Open opens the journal at path (the files path+".a" and path+".b", created 0600 when missing) in front
// of inner and replays into inner what a crash left in it. The caller closes the Store, which closes
// inner.
func Open(ctx context.Context, inner state.Store, path string) (*Store, error) {
	s := &Store{Store: inner, filling: 1, marks: map[channelKey]uint64{}, maxPending: MaxPending}
	s.over = overlay{preimages: map[common.Hash]seqOf[[32]byte]{}, meta: map[string]seqOf[[]byte]{}}
	s.cond = sync.NewCond(&s.mu)
	created := false
	for i, suffix := range []string{".a", ".b"} {
		f, err := os.OpenFile(path+suffix, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			created = true
		} else if errors.Is(err, fs.ErrExist) {
			f, err = os.OpenFile(path+suffix, os.O_RDWR, 0)
		}
		if err != nil {
			s.closeFiles()
			return nil, fmt.Errorf("journal: %w", err)
		}
		s.files[i].f = f
		if df, align := openDirect(path + suffix); df != nil {
			s.files[i].d = &direct{f: df, align: align}
		}
	}
	// a file just created is named in its directory once the directory is on the disk too: without
	// this, a power loss could take the files, and the records flushed into them, away with the entries
	if created {
		if err := syncNames(filepath.Dir(path)); err != nil {
			s.closeFiles()
			return nil, fmt.Errorf("journal: %w", err)
		}
	}
	if err := s.replay(ctx); err != nil {
		s.closeFiles()
		return nil, err
	}
	return s, nil
}

// frame is a frame read back: its sequence number and payload.
type frame struct {
	seq     uint64
	payload []byte
}

// replay folds the records both files hold above the inner store's folded mark into it, in order, and
// readies the files for appends from their start.
func (s *Store) replay(ctx context.Context) error {
	folded, err := s.folded(ctx)
	if err != nil {
		return err
	}
	var found []frame
	for i := range s.files {
		frs, err := readFrames(s.files[i].f)
		if err != nil {
			return err
		}
		found = append(found, frs...)
	}
	slices.SortFunc(found, func(a, b frame) int { return compareSeq(a.seq, b.seq) })
	s.seq = folded
	var todo []entry
	for _, fr := range found {
		s.seq = max(s.seq, fr.seq)
		if fr.seq <= folded {
			continue
		}
		b, err := decodeBatch(fr.payload)
		if err != nil {
			return fmt.Errorf("journal: record of sequence number %d: %w", fr.seq, err)
		}
		todo = append(todo, entry{b: b, seq: fr.seq})
	}
	if len(todo) > 0 {
		if err := s.foldInto(ctx, todo, s.seq); err != nil {
			return err
		}
	}
	s.marked = s.seq
	for i := range s.files {
		if err := prepare(s.files[i].f); err != nil {
			return err
		}
	}
	return nil
}

func compareSeq(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// folded returns the inner store's folded mark, 0 when it has none.
func (s *Store) folded(ctx context.Context) (uint64, error) {
	v, err := s.Store.Meta(ctx, MetaFolded)
	switch {
	case errors.Is(err, state.ErrNotFound):
		return 0, nil
	case err != nil:
		return 0, fmt.Errorf("journal: %w", err)
	case len(v) != 8:
		return 0, fmt.Errorf("journal: meta value %s has %d bytes, want 8", MetaFolded, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// readFrames returns f's frames from its start up to the first that is torn, fails its checksum or does
// not follow the one before.
func readFrames(f *os.File) ([]frame, error) {
	data, err := io.ReadAll(io.NewSectionReader(f, 0, 1<<62))
	if err != nil {
		return nil, fmt.Errorf("journal: read %s: %w", f.Name(), err)
	}
	var out []frame
	var last uint64
	for off := 0; off+headerSize <= len(data); {
		n := int(binary.BigEndian.Uint32(data[off:]))
		if n == 0 || n > maxPayload || n > len(data)-off-headerSize {
			break
		}
		fr := data[off : off+headerSize+n]
		if crc32.Checksum(fr[8:], castagnoli) != binary.BigEndian.Uint32(fr[4:]) {
			break
		}
		seq := binary.BigEndian.Uint64(fr[8:])
		if seq <= last {
			break // the tail of an earlier use of the file
		}
		out = append(out, frame{seq: seq, payload: fr[headerSize:]})
		last = seq
		off += len(fr)
	}
	return out, nil
}

// prepare empties f and fills it with preallocate bytes of zeros, flushed.
func prepare(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if _, err := f.WriteAt(make([]byte, preallocate), 0); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// seal gives the frame fr its length, sequence number and checksum.
func seal(fr []byte, seq uint64) {
	binary.BigEndian.PutUint32(fr, uint32(len(fr)-headerSize))
	binary.BigEndian.PutUint64(fr[8:], seq)
	binary.BigEndian.PutUint32(fr[4:], crc32.Checksum(fr[8:], castagnoli))
}

// Put implements state.Store: Commit of the records alone.
func (s *Store) Put(ctx context.Context, records ...state.Record) error {
	return s.Commit(ctx, state.Batch{States: records})
}

// Commit implements state.Store: b, checked as the inner store would check it, is journaled and flushed
// before Commit returns; the inner store gets it at the next fold.
func (s *Store) Commit(ctx context.Context, b state.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Empty() {
		return nil
	}
	fr, err := encodeBatch(make([]byte, headerSize, 1024), &b)
	if err != nil {
		return err
	}
	dec, err := decodeBatch(fr[headerSize:]) // what a replay would fold, and what the fold gets
	if err != nil {
		return fmt.Errorf("journal: the batch does not read back: %w", err)
	}
	known, err := s.innerMarks(ctx, dec.States)
	if err != nil {
		return err
	}
	if err := s.backpressure(ctx); err != nil {
		return err // nothing journaled
	}
	if err := s.append(dec, fr, known); err != nil {
		if errors.Is(err, ErrFailed) {
			// The failed flush's frames may be on the disk: fold what was flushed with a mark above them
			// now, so that a replay does not bring back records whose Commit failed. Not under ctx: a
			// deadline that ended during the flush must not skip the mark.
			_ = s.Fold(context.WithoutCancel(ctx))
		}
		return err
	}
	if s.foldDue() {
		s.foldSoon()
	}
	return nil
}

// foldSoon starts a fold on a goroutine of its own unless one is queued. It stays queued until it ends:
// the Commits meanwhile find the fold due (their records go in the next one) and need no second fold
// right after this one. A failed fold leaves the records journaled; a later one retries.
func (s *Store) foldSoon() {
	if !s.queued.CompareAndSwap(false, true) {
		return
	}
	go func() {
		err := s.Fold(context.Background())
		s.mu.Lock()
		s.foldErr = err
		s.queued.Store(false)
		s.cond.Broadcast() // Commits held by backpressure look again
		s.mu.Unlock()
	}()
}

// backpressure holds the caller while the journal holds maxPending records (or MaxPendingBytes of
// frames) not yet folded (or until ctx ends: its error, nothing journaled), until a fold
// brings them under it, the journal closes or fails, or a fold fails (records then stay journaled and
// Commits go on: a failing inner store must not stop the node's writes, which the journal makes durable).
func (s *Store) backpressure(ctx context.Context) error {
	stop := context.AfterFunc(ctx, func() { // a fold that hangs (an inner store cut off) holds no caller past its context
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
	defer stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for (len(s.pending) >= s.maxPending || s.pendingBytes >= MaxPendingBytes) && !s.closed && s.err == nil && s.foldErr == nil {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !s.queued.Load() {
			s.mu.Unlock()
			s.foldSoon()
			s.mu.Lock()
			continue
		}
		s.cond.Wait()
	}
	return nil
}

// innerMarks returns the inner store's latest txCountGlobal of the channels of states whose mark the
// journal does not hold (absent: no state stored). No record of such a channel has been accepted since
// Open, so the inner store's mark is the channel's, folds or not.
func (s *Store) innerMarks(ctx context.Context, states []state.Record) (map[channelKey]uint64, error) {
	var ask []channelKey
	s.mu.Lock()
	for i := range states {
		k := channelKey{states[i].State.Hub, states[i].State.User}
		if _, ok := s.marks[k]; !ok && !slices.Contains(ask, k) {
			ask = append(ask, k)
		}
	}
	s.mu.Unlock()
	known := map[channelKey]uint64{}
	for _, k := range ask {
		r, err := s.Store.Latest(ctx, k[0], k[1])
		switch {
		case errors.Is(err, state.ErrNotFound):
		case err != nil:
			return nil, fmt.Errorf("journal: latest state of %s/%s: %w", k[0], k[1], err)
		default:
			known[k] = r.State.TxCountGlobal
		}
	}
	return known, nil
}

// stale checks that each state of states is above its channel's latest, the journal's marks first, then
// inner, and returns the channels' new marks.
func (s *Store) stale(states []state.Record, inner map[channelKey]uint64) (map[channelKey]uint64, error) {
	next := map[channelKey]uint64{}
	for i := range states {
		st := &states[i].State
		k := channelKey{st.Hub, st.User}
		cur, ok := next[k]
		if !ok {
			cur, ok = s.marks[k]
		}
		if !ok {
			cur, ok = inner[k]
		}
		if ok && st.TxCountGlobal <= cur {
			return nil, fmt.Errorf("%w: channel %s/%s txCountGlobal %d, latest %d", state.ErrStale,
				st.Hub, st.User, st.TxCountGlobal, cur)
		}
		next[k] = st.TxCountGlobal
	}
	return next, nil
}

// append checks b's states against their channels' marks, gives b its sequence number, adds its frame fr
// to the next flush and returns once a flush wrote it.
func (s *Store) append(b state.Batch, fr []byte, inner map[channelKey]uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closed:
		return ErrClosed
	case s.err != nil:
		return s.err
	}
	next, err := s.stale(b.States, inner)
	if err != nil {
		return err
	}
	maps.Copy(s.marks, next)
	s.seq++
	seal(fr, s.seq)
	s.bufRecs = append(s.bufRecs, entry{b: b, seq: s.seq, size: len(fr)})
	s.buf = append(s.buf, fr...)
	gen := s.filling
	for s.durable < gen && s.err == nil {
		if s.flushing {
			s.cond.Wait()
			continue
		}
		s.flush()
	}
	return s.err
}

// flush writes buf to the active file and flushes it, with mu released meanwhile. Called with mu held
// and no flush under way.
func (s *Store) flush() {
	s.flushing = true
	buf, recs, gen := s.buf, s.bufRecs, s.filling
	s.buf, s.bufRecs = nil, nil
	s.filling++
	fl := &s.files[s.active]
	off := fl.off
	s.mu.Unlock()
	err := s.write(fl, buf, off)
	s.mu.Lock()
	s.flushing = false
	s.syncs++
	if err != nil {
		s.err = fmt.Errorf("%w: %w", ErrFailed, err)
	} else {
		fl.off = off + int64(len(buf))
		for _, e := range recs {
			s.over.add(&e)
			fl.maxSeq = max(fl.maxSeq, e.seq)
		}
		s.pending = append(s.pending, recs...)
		for _, e := range recs {
			s.pendingBytes += e.size
		}
		s.durable = gen
	}
	s.cond.Broadcast()
}

// write writes buf at off, fl's end, and returns once it is on the disk: with one direct write where fl
// has a direct-write handle and no test hook replaces the flush, else with a write and a datasync. A
// direct write the file system refuses (nothing written) makes fl use buffered writes from then on. Called
// by the one flush under way.
func (s *Store) write(fl *file, buf []byte, off int64) error {
	if fl.d != nil && s.sync == nil {
		err := fl.d.write(buf, off)
		if err == nil || !refused(err) {
			return err
		}
		_ = fl.d.f.Close()
		fl.d = nil
	}
	if _, err := fl.f.WriteAt(buf, off); err != nil {
		return err
	}
	if s.sync != nil {
		return s.sync(fl.f)
	}
	return datasync(fl.f)
}

// add puts e's preimages and meta values over the inner store's.
func (o *overlay) add(e *entry) {
	for _, p := range e.b.Preimages {
		o.preimages[state.Hashlock(p)] = seqOf[[32]byte]{p, e.seq}
	}
	for name, v := range e.b.Meta {
		o.meta[name] = seqOf[[]byte]{v, e.seq}
	}
}

// drop forgets what records up to through set: the inner store has it.
func (o *overlay) drop(through uint64) {
	maps.DeleteFunc(o.preimages, func(_ common.Hash, v seqOf[[32]byte]) bool { return v.seq <= through })
	maps.DeleteFunc(o.meta, func(_ string, v seqOf[[]byte]) bool { return v.seq <= through })
}

// foldDue reports whether the journal holds enough to fold.
func (s *Store) foldDue() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending) >= FoldRecords || s.files[s.active].off >= FoldBytes
}

// Fold writes the journal's flushed records into the inner store now. Appends meanwhile go to the other
// file if every record it holds is folded (always, unless a fold failed). After a failed flush the
// folded mark it writes covers every sequence number handed out, so the failed flush's frames, which
// may have reached the disk, are never replayed.
func (s *Store) Fold(ctx context.Context) error {
	s.folding.Lock()
	defer s.folding.Unlock()
	s.mu.Lock()
	for s.flushing {
		s.cond.Wait()
	}
	var through uint64
	if s.err != nil {
		through = s.seq // after a failed flush the mark also covers its frames: they are never replayed
	}
	if len(s.pending) == 0 && through <= s.marked {
		s.mu.Unlock()
		return nil
	}
	todo := s.pending[:len(s.pending):len(s.pending)]
	if len(todo) > 0 {
		through = max(through, todo[len(todo)-1].seq)
	}
	if other := &s.files[1-s.active]; other.maxSeq <= s.marked {
		s.active = 1 - s.active
		other.off, other.maxSeq = 0, 0
		if other.d != nil {
			other.d.reset()
		}
	}
	s.mu.Unlock()
	if err := s.foldInto(ctx, todo, through); err != nil {
		return err
	}
	s.mu.Lock()
	s.marked = through
	s.pending = slices.Clone(s.pending[len(todo):])
	for _, e := range todo {
		s.pendingBytes -= e.size
	}
	s.over.drop(through)
	s.cond.Broadcast() // Commits held by backpressure look again
	s.mu.Unlock()
	return nil
}

// foldInto applies the records to the inner store in order, in one transaction with the folded mark at
// through when the inner store is a BatchCommitter, else each in a Commit of its own with the mark at its
// sequence number (and the last at through). Records at or below the inner store's mark are skipped: a
// Commit that reported a failure may have stored them.
func (s *Store) foldInto(ctx context.Context, todo []entry, through uint64) error {
	done, err := s.folded(ctx)
	if err != nil {
		return err
	}
	for len(todo) > 0 && todo[0].seq <= done {
		todo = todo[1:]
	}
	if through <= done {
		return nil
	}
	bc, oneTx := s.Store.(BatchCommitter)
	batches := make([]state.Batch, 0, len(todo)+1)
	for i, e := range todo {
		b := e.b
		if !oneTx || i == len(todo)-1 { // in one transaction the last mark is the only one ever read
			b.Meta = maps.Clone(b.Meta)
			if b.Meta == nil {
				b.Meta = map[string][]byte{}
			}
			b.Meta[MetaFolded] = binary.BigEndian.AppendUint64(nil, e.seq)
		}
		batches = append(batches, b)
	}
	if len(todo) == 0 || todo[len(todo)-1].seq < through {
		batches = append(batches, state.Batch{Meta: map[string][]byte{MetaFolded: binary.BigEndian.AppendUint64(nil, through)}})
	}
	if oneTx {
		if err := bc.CommitAll(ctx, batches); err != nil {
			return fmt.Errorf("journal: fold: %w", err)
		}
		return nil
	}
	for i := range batches {
		if err := s.Store.Commit(ctx, batches[i]); err != nil {
			return fmt.Errorf("journal: fold: %w", err)
		}
	}
	return nil
}

// Close folds the journal into the inner store, closes its files and closes the inner store. Records
// that could not be folded stay in the journal for the next Open.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	s.closed = true    // appends from now on are refused; those under way finish
	s.cond.Broadcast() // and Commits held by backpressure are let go
	for s.flushing || (len(s.buf) > 0 && s.err == nil) {
		if s.flushing {
			s.cond.Wait()
		} else {
			s.flush()
		}
	}
	s.mu.Unlock()
	err := s.Fold(context.Background())
	s.closeFiles()
	return errors.Join(err, s.Store.Close())
}

func (s *Store) closeFiles() {
	for _, fl := range s.files {
		if fl.f != nil {
			_ = fl.f.Close()
		}
		if fl.d != nil {
			_ = fl.d.f.Close()
		}
	}
}
