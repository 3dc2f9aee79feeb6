package journal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/state"
)

// The payload of a frame of version 2 is a whole state.Batch: the version byte, then each of the batch's
// fields in the order of state.Batch, each a count (4 bytes, big endian) and its items:
//
//   - States: records (below).
//   - Proposals, and later Refused: a record, its message (length-prefixed), a byte 0 or 1 (Refused).
//   - Preimages: 32 bytes each; Links: 32 bytes each.
//   - Custodial: address (20), wei (32), token (32), sorted by address.
//   - Meta: name and value, each length-prefixed, sorted by name.
//   - Superseded: hub (20), user (20), Below (8).
//   - Threads: status (1), initial and latest signed thread states (state.SignedThreadSize each).
//
// A record is three length-prefixed parts: its SignedState's binary encoding, state.EncodeLocks of its
// locks and state.EncodeThreads of its threads. Lengths are 4 bytes, big endian. Version 1 frames hold
// one thread record each (the thread journal of ADR 0016) and are still read.
const (
	versionThread = 1
	versionBatch  = 2
)

// maxPayload bounds a frame's payload: a batch above it is refused, and a length above it ends a replay
// as a torn frame does.
const maxPayload = 1 << 28

// errDecode reports a frame that passed its checksum but does not hold a batch this binary wrote.
var errDecode = errors.New("journal: undecodable record")

// encodeBatch appends b's encoding to out, refusing what the inner store could not store (what it would
// refuse itself): lock and thread sets out of order or too large, signatures of the wrong length,
// proposals without a message, thread records of two threads or of an unknown status.
func encodeBatch(out []byte, b *state.Batch) ([]byte, error) {
	out = append(out, versionBatch)
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.States)))
	var err error
	for i := range b.States {
		if out, err = appendRecord(out, &b.States[i]); err != nil {
			return nil, fmt.Errorf("journal: record %d of the batch: %w", i, err)
		}
	}
	if out, err = appendProposals(out, b.Proposals, "proposal"); err != nil {
		return nil, err
	}
	out = appendHashes(out, b.Preimages)
	out = appendCustodial(out, b.Custodial)
	out = appendHashes(out, b.Links)
	out = appendMeta(out, b.Meta)
	if out, err = appendProposals(out, b.Refused, "refused proposal"); err != nil {
		return nil, err
	}
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.Superseded)))
	for _, d := range b.Superseded {
		out = append(append(out, d.Hub[:]...), d.User[:]...)
		out = binary.BigEndian.AppendUint64(out, d.Below)
	}
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.Threads)))
	for i := range b.Threads {
		if out, err = appendThreadRecord(out, &b.Threads[i]); err != nil {
			return nil, fmt.Errorf("journal: thread record %d of the batch: %w", i, err)
		}
	}
	if len(out) > maxPayload {
		return nil, fmt.Errorf("journal: a batch of %d bytes, at most %d", len(out), maxPayload)
	}
	return out, nil
}

func appendPart(out, part []byte) []byte {
	return append(binary.BigEndian.AppendUint32(out, uint32(len(part))), part...)
}

func appendRecord(out []byte, r *state.Record) ([]byte, error) {
	enc, err := r.MarshalBinary()
	if err != nil {
		return nil, err
	}
	locks, err := state.EncodeLocks(r.Locks)
	if err != nil {
		return nil, err
	}
	threads, err := state.EncodeThreads(r.Threads)
	if err != nil {
		return nil, err
	}
	return appendPart(appendPart(appendPart(out, enc), locks), threads), nil
}

func appendProposals(out []byte, props []state.Proposal, what string) ([]byte, error) {
	out = binary.BigEndian.AppendUint32(out, uint32(len(props)))
	for i := range props {
		p := &props[i]
		if len(p.Message) == 0 {
			return nil, fmt.Errorf("journal: %s %d of the batch has no message", what, i)
		}
		var err error
		if out, err = appendRecord(out, &p.Record); err != nil {
			return nil, fmt.Errorf("journal: %s %d of the batch: %w", what, i, err)
		}
		out = appendPart(out, p.Message)
		out = append(out, flag(p.Refused))
	}
	return out, nil
}

func flag(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func appendHashes[H ~[32]byte](out []byte, hs []H) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(hs)))
	for _, h := range hs {
		out = append(out, h[:]...)
	}
	return out
}

func appendCustodial(out []byte, c map[common.Address][2]uint256.Int) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(c)))
	for _, user := range slices.SortedFunc(maps.Keys(c), func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }) {
		v := c[user]
		wei, token := v[0].Bytes32(), v[1].Bytes32()
		out = append(append(append(out, user[:]...), wei[:]...), token[:]...)
	}
	return out
}

func appendMeta(out []byte, m map[string][]byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(m)))
	for _, name := range slices.Sorted(maps.Keys(m)) {
		out = appendPart(appendPart(out, []byte(name)), m[name])
	}
	return out
}

func appendThreadRecord(out []byte, r *state.ThreadRecord) ([]byte, error) {
	if err := state.SameThread(&r.Initial.State, &r.Latest.State); err != nil {
		return nil, err
	}
	if !r.Status.Known() {
		return nil, fmt.Errorf("unknown status %d", r.Status)
	}
	out = append(out, byte(r.Status))
	out, err := r.Initial.AppendBinary(out)
	if err != nil {
		return nil, err
	}
	return r.Latest.AppendBinary(out)
}

// decodeBatch decodes a frame's payload strictly: a known version, every count and length within the
// payload, every part decoding as its store would read it, nothing left over.
func decodeBatch(p []byte) (state.Batch, error) {
	if len(p) == 0 {
		return state.Batch{}, fmt.Errorf("%w: empty", errDecode)
	}
	d := &decoder{b: p[1:]}
	var b state.Batch
	switch p[0] {
	case versionThread:
		b.Threads = []state.ThreadRecord{d.threadRecord()}
	case versionBatch:
		d.batch(&b)
	default:
		return state.Batch{}, fmt.Errorf("%w: version %d, this binary reads %d and %d", errDecode, p[0], versionThread, versionBatch)
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail(fmt.Errorf("%d bytes after the batch", len(d.b)))
	}
	if d.err != nil {
		return state.Batch{}, d.err
	}
	return b, nil
}

// decoder reads a payload; its first error sticks and every later read returns zero values.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %w", errDecode, err)
	}
	d.b = nil
}

func (d *decoder) take(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.fail(fmt.Errorf("%d bytes wanted, %d left", n, len(d.b)))
		return make([]byte, max(n, 0))
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) uint32() int { return int(binary.BigEndian.Uint32(d.take(4))) }

// count reads an item count, refusing one that the bytes left could not hold at size bytes an item.
func (d *decoder) count(size int) int {
	n := d.uint32()
	if n*size > len(d.b) {
		d.fail(fmt.Errorf("%d items of at least %d bytes, %d bytes left", n, size, len(d.b)))
		return 0
	}
	return n
}

func (d *decoder) part() []byte { return d.take(d.uint32()) }

func (d *decoder) batch(b *state.Batch) {
	for range d.count(12) {
		b.States = append(b.States, d.record())
	}
	b.Proposals = d.proposals()
	for range d.count(32) {
		b.Preimages = append(b.Preimages, [32]byte(d.take(32)))
	}
	d.custodial(b)
	for range d.count(32) {
		b.Links = append(b.Links, common.Hash(d.take(32)))
	}
	d.meta(b)
	b.Refused = d.proposals()
	for range d.count(48) {
		b.Superseded = append(b.Superseded, state.Supersession{Hub: common.Address(d.take(20)),
			User: common.Address(d.take(20)), Below: binary.BigEndian.Uint64(d.take(8))})
	}
	for range d.count(1 + 2*state.SignedThreadSize) {
		b.Threads = append(b.Threads, d.threadRecord())
	}
}

func (d *decoder) record() state.Record {
	enc, locks, threads := d.part(), d.part(), d.part()
	if d.err != nil {
		return state.Record{}
	}
	var r state.Record
	var err error
	if err = r.SignedState.UnmarshalBinary(enc); err == nil {
		if r.Locks, err = state.DecodeLocks(locks); err == nil {
			r.Threads, err = state.DecodeThreads(threads)
		}
	}
	if err != nil {
		d.fail(err)
	}
	return r
}

func (d *decoder) proposals() []state.Proposal {
	var out []state.Proposal
	for range d.count(13) {
		p := state.Proposal{Record: d.record(), Message: bytes.Clone(d.part())}
		f := d.take(1)[0]
		switch {
		case f > 1:
			d.fail(fmt.Errorf("refused flag %d", f))
		case len(p.Message) == 0:
			d.fail(errors.New("a proposal without a message"))
		}
		p.Refused = f == 1
		out = append(out, p)
	}
	return out
}

func (d *decoder) custodial(b *state.Batch) {
	for range d.count(84) {
		user := common.Address(d.take(20))
		var v [2]uint256.Int
		v[0].SetBytes(d.take(32))
		v[1].SetBytes(d.take(32))
		if b.Custodial == nil {
			b.Custodial = map[common.Address][2]uint256.Int{}
		}
		b.Custodial[user] = v
	}
}

func (d *decoder) meta(b *state.Batch) {
	for range d.count(8) {
		name, v := string(d.part()), bytes.Clone(d.part())
		if b.Meta == nil {
			b.Meta = map[string][]byte{}
		}
		b.Meta[name] = v
	}
}

func (d *decoder) threadRecord() state.ThreadRecord {
	var r state.ThreadRecord
	r.Status = state.ThreadStatus(d.take(1)[0])
	initial, latest := d.take(state.SignedThreadSize), d.take(state.SignedThreadSize)
	if d.err != nil {
		return r
	}
	if !r.Status.Known() {
		d.fail(fmt.Errorf("unknown thread status %d", r.Status))
		return r
	}
	err := r.Initial.UnmarshalBinary(initial)
	if err == nil {
		err = r.Latest.UnmarshalBinary(latest)
	}
	if err == nil {
		err = state.SameThread(&r.Initial.State, &r.Latest.State)
	}
	if err != nil {
		d.fail(err)
	}
	return r
}
