// Package journal puts a write-ahead journal of thread records in front of a state.Store.
//
// A thread payment is one state that its sender stores before sending and its receiver stores before
// acknowledging (docs/threads.md), so a serial thread payment waits for two durable writes in a row. As a
// transaction of the SQLite store such a write costs 150-500 µs on the disks spoke runs on; as a record
// appended to a preallocated file and flushed with one fdatasync it costs about 100 µs. The journal keeps
// the rule "durable before it leaves" and makes it cheaper:
//
//   - A Commit that holds thread records and nothing else is appended to the journal and flushed before
//     Commit returns. Commits that arrive while a flush is under way go together in the next one (group
//     commit), so many threads at once share the flushes.
//   - The journal is folded into the inner store, in one of its own Commits, once it holds FoldRecords
//     records or FoldBytes bytes, on Close, and before any Commit that mixes thread records with other
//     data (so the inner store never sees an older record of a thread after a newer one). That Commit also
//     records the highest sequence number it folded (the meta value MetaFolded), atomically with the
//     records.
//   - Open replays what the journal holds above that number into the inner store: a crash loses nothing
//     that a Commit returned for. A record is a frame with a length, a CRC-32C and a sequence number;
//     replay stops at the first frame that is torn, fails its checksum or does not follow the previous
//     one, which is where the last flush that returned ended or a file's reused tail begins.
//   - The journal is two files used in turn (Path+".a", Path+".b", each preallocated with zeros so that a
//     flush writes data into allocated blocks and need not change the file's size): a fold switches the
//     appends to the other file, which the previous fold emptied, and then folds what the first holds.
//
// Threads lists the inner store's records with the journal's newer ones over them. Every other method is
// the inner store's.
package journal

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
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

// preallocate is how many bytes of zeros each journal file starts with.
const preallocate = 2 * FoldBytes

// Frame layout: length (4 bytes) of the payload, CRC-32C (4) of sequence number and payload, sequence
// number (8), payload: version (1), status (1), initial and latest signed thread states.
const (
	headerSize  = 16
	payloadSize = 2 + 2*state.SignedThreadSize
	frameSize   = headerSize + payloadSize
	version     = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Errors of the journal.
var (
	ErrClosed = errors.New("journal: closed")
	ErrFailed = errors.New("journal: a write failed; the journal takes no more records until reopened")
)

// key identifies a thread record as the stores do: hub and thread key.
type key struct {
	hub    common.Address
	thread common.Hash
}

func keyOf(r *state.ThreadRecord) key { return key{r.Initial.State.Hub, r.Initial.State.Key()} }

// entry is a durable record not yet folded, with its sequence number.
type entry struct {
	rec state.ThreadRecord
	seq uint64
}

// file is one of the journal's two files.
type file struct {
	f      *os.File
	off    int64  // where the next frame goes
	maxSeq uint64 // the highest sequence number written since the file was last reused
}

// Store is a state.Store with thread records journaled. It is safe for concurrent use.
type Store struct {
	state.Store // the inner store

	folding sync.Mutex // one fold at a time; held by Threads so that no record moves while it reads

	mu       sync.Mutex
	cond     *sync.Cond // signalled when a flush ends
	files    [2]file
	active   int           // the file appends go to
	buf      []byte        // frames waiting for the next flush
	bufRecs  []entry       // their records, in order
	seq      uint64        // the last sequence number handed out
	flushing bool          // a flush is writing outside mu
	filling  uint64        // the generation buf belongs to
	durable  uint64        // generations up to this one are flushed
	pending  map[key]entry // flushed records not yet folded
	marked   uint64        // the inner store's folded mark
	err      error         // sticky: a flush failed
	closed   bool
	queued   atomic.Bool // a fold is queued
	sync     func(*os.File) error
	syncs    int // flushes so far, for tests
}

// Open opens the journal at path (the files path+".a" and path+".b", created 0600 when missing) in front
// of inner and replays into inner what a crash left in it. The caller closes the Store, which closes
// inner.
func Open(ctx context.Context, inner state.Store, path string) (*Store, error) {
	s := &Store{Store: inner, pending: map[key]entry{}, filling: 1, sync: datasync}
	s.cond = sync.NewCond(&s.mu)
	for i, suffix := range []string{".a", ".b"} {
		f, err := os.OpenFile(path+suffix, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			s.closeFiles()
			return nil, fmt.Errorf("journal: %w", err)
		}
		s.files[i].f = f
	}
	if err := s.replay(ctx); err != nil {
		s.closeFiles()
		return nil, err
	}
	return s, nil
}

// replay folds the records both files hold above the inner store's folded mark into it, and readies the
// files for appends from their start.
func (s *Store) replay(ctx context.Context) error {
	folded, err := s.folded(ctx)
	if err != nil {
		return err
	}
	var found []entry
	for i := range s.files {
		recs, err := readFrames(s.files[i].f)
		if err != nil {
			return err
		}
		found = append(found, recs...)
	}
	slices.SortFunc(found, func(a, b entry) int { return compareSeq(a.seq, b.seq) })
	s.seq = folded
	latest := map[key]entry{}
	for _, e := range found {
		s.seq = max(s.seq, e.seq)
		if e.seq > folded {
			latest[keyOf(&e.rec)] = e
		}
	}
	if len(latest) > 0 {
		if err := s.foldInto(ctx, latest, s.seq); err != nil {
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

// readFrames returns the records of f's frames from its start up to the first that is torn, fails its
// checksum or does not follow the one before.
func readFrames(f *os.File) ([]entry, error) {
	data, err := io.ReadAll(io.NewSectionReader(f, 0, 1<<62))
	if err != nil {
		return nil, fmt.Errorf("journal: read %s: %w", f.Name(), err)
	}
	var out []entry
	var last uint64
	for off := 0; off+frameSize <= len(data); off += frameSize {
		fr := data[off : off+frameSize]
		if binary.BigEndian.Uint32(fr) != payloadSize || crc32.Checksum(fr[8:], castagnoli) != binary.BigEndian.Uint32(fr[4:]) {
			break
		}
		seq := binary.BigEndian.Uint64(fr[8:])
		if seq <= last {
			break // the tail of an earlier use of the file
		}
		rec, err := decode(fr[headerSize:])
		if err != nil {
			return nil, fmt.Errorf("journal: %s: frame of sequence number %d: %w", f.Name(), seq, err)
		}
		out = append(out, entry{rec: rec, seq: seq})
		last = seq
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

// encode appends r's frame to b, without its sequence number and checksum (seal).
func encode(b []byte, r *state.ThreadRecord) ([]byte, error) {
	start := len(b)
	b = binary.BigEndian.AppendUint32(b, payloadSize)
	b = append(b, make([]byte, 12)...) // checksum and sequence number: seal
	b = append(b, version, byte(r.Status))
	var err error
	if b, err = r.Initial.AppendBinary(b); err != nil {
		return b[:start], err
	}
	if b, err = r.Latest.AppendBinary(b); err != nil {
		return b[:start], err
	}
	return b, nil
}

// seal gives the frame fr its sequence number and checksum.
func seal(fr []byte, seq uint64) {
	binary.BigEndian.PutUint64(fr[8:], seq)
	binary.BigEndian.PutUint32(fr[4:], crc32.Checksum(fr[8:], castagnoli))
}

// decode reads a frame's payload.
func decode(p []byte) (state.ThreadRecord, error) {
	if p[0] != version {
		return state.ThreadRecord{}, fmt.Errorf("record version %d, this binary reads %d", p[0], version)
	}
	r := state.ThreadRecord{Status: state.ThreadStatus(p[1])}
	if !r.Status.Known() {
		return state.ThreadRecord{}, fmt.Errorf("unknown thread status %d", p[1])
	}
	if err := r.Initial.UnmarshalBinary(p[2 : 2+state.SignedThreadSize]); err != nil {
		return state.ThreadRecord{}, err
	}
	if err := r.Latest.UnmarshalBinary(p[2+state.SignedThreadSize:]); err != nil {
		return state.ThreadRecord{}, err
	}
	return r, nil
}

// threadsOnly reports whether b holds thread records and nothing else.
func threadsOnly(b *state.Batch) bool {
	t := b.Threads
	b.Threads = nil
	empty := b.Empty()
	b.Threads = t
	return empty && len(t) > 0
}

// Commit implements state.Store: a batch of thread records only goes to the journal; any other batch
// goes to the inner store, after a fold if it holds thread records too.
func (s *Store) Commit(ctx context.Context, b state.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !threadsOnly(&b) {
		if len(b.Threads) > 0 {
			if err := s.Fold(ctx); err != nil {
				return err
			}
		}
		return s.Store.Commit(ctx, b)
	}
	frames := make([]byte, 0, len(b.Threads)*frameSize)
	for i := range b.Threads {
		r := &b.Threads[i]
		if err := state.SameThread(&r.Initial.State, &r.Latest.State); err != nil {
			return fmt.Errorf("journal: thread record %d of the batch: %w", i, err)
		}
		if !r.Status.Known() {
			return fmt.Errorf("journal: thread record %d of the batch: unknown status %d", i, r.Status)
		}
		var err error
		if frames, err = encode(frames, r); err != nil {
			return fmt.Errorf("journal: thread record %d of the batch: %w", i, err)
		}
	}
	if err := s.append(b.Threads, frames); err != nil {
		return err
	}
	if s.foldDue() && s.queued.CompareAndSwap(false, true) {
		go func() {
			s.queued.Store(false)
			_ = s.Fold(context.Background()) // a failed fold leaves the records journaled; a later one retries
		}()
	}
	return nil
}

// append gives the records their sequence numbers, adds their frames to the next flush and returns once
// a flush wrote them.
func (s *Store) append(recs []state.ThreadRecord, frames []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closed:
		return ErrClosed
	case s.err != nil:
		return s.err
	}
	for i := range recs {
		s.seq++
		seal(frames[i*frameSize:(i+1)*frameSize], s.seq)
		s.bufRecs = append(s.bufRecs, entry{rec: recs[i], seq: s.seq})
	}
	s.buf = append(s.buf, frames...)
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
	_, err := fl.f.WriteAt(buf, off)
	if err == nil {
		err = s.sync(fl.f)
	}
	s.mu.Lock()
	s.flushing = false
	s.syncs++
	if err != nil {
		s.err = fmt.Errorf("%w: %w", ErrFailed, err)
	} else {
		fl.off = off + int64(len(buf))
		for _, e := range recs {
			s.pending[keyOf(&e.rec)] = e
			fl.maxSeq = max(fl.maxSeq, e.seq)
		}
		s.durable = gen
	}
	s.cond.Broadcast()
}

// foldDue reports whether the journal holds enough to fold.
func (s *Store) foldDue() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending) >= FoldRecords || s.files[s.active].off >= FoldBytes
}

// Fold writes the journal's flushed records into the inner store now. Appends meanwhile go to the other
// file if every record it holds is folded (always, unless a fold failed).
func (s *Store) Fold(ctx context.Context) error {
	s.folding.Lock()
	defer s.folding.Unlock()
	s.mu.Lock()
	for s.flushing {
		s.cond.Wait()
	}
	if len(s.pending) == 0 {
		s.mu.Unlock()
		return nil
	}
	snapshot := make(map[key]entry, len(s.pending))
	var through uint64
	for k, e := range s.pending {
		snapshot[k] = e
		through = max(through, e.seq)
	}
	if other := &s.files[1-s.active]; other.maxSeq <= s.marked {
		s.active = 1 - s.active
		other.off, other.maxSeq = 0, 0
	}
	s.mu.Unlock()
	if err := s.foldInto(ctx, snapshot, through); err != nil {
		return err
	}
	s.mu.Lock()
	s.marked = through
	for k, e := range snapshot {
		if cur, ok := s.pending[k]; ok && cur.seq == e.seq {
			delete(s.pending, k)
		}
	}
	s.mu.Unlock()
	return nil
}

// foldInto commits recs and the folded mark through to the inner store in one Commit.
func (s *Store) foldInto(ctx context.Context, recs map[key]entry, through uint64) error {
	b := state.Batch{Meta: map[string][]byte{MetaFolded: binary.BigEndian.AppendUint64(nil, through)}}
	for _, e := range recs {
		b.Threads = append(b.Threads, e.rec)
	}
	if err := s.Store.Commit(ctx, b); err != nil {
		return fmt.Errorf("journal: fold: %w", err)
	}
	return nil
}

// Threads implements state.Store: the inner store's records with the journal's newer ones over them.
func (s *Store) Threads(ctx context.Context) ([]state.ThreadRecord, error) {
	s.folding.Lock() // no record moves from the journal to the inner store while both are read
	defer s.folding.Unlock()
	inner, err := s.Store.Threads(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	over := make(map[key]state.ThreadRecord, len(s.pending))
	for k, e := range s.pending {
		over[k] = e.rec
	}
	s.mu.Unlock()
	for i := range inner {
		k := keyOf(&inner[i])
		if r, ok := over[k]; ok {
			inner[i] = r
			delete(over, k)
		}
	}
	for _, r := range over {
		inner = append(inner, r)
	}
	return inner, nil
}

// Close folds the journal into the inner store, closes its files and closes the inner store. Records
// that could not be folded stay in the journal for the next Open.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	s.closed = true // appends from now on are refused; those under way finish
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
	}
}
