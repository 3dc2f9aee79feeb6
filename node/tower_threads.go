package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/p2p"
	"spoke/protocol"
	"spoke/state"
)

// TowerThreadProtocol carries the latest state of a thread a client receives to its watchtower: the
// request is the thread's initial state then its latest, each in state.SignedThread binary form; the
// answer is empty. Only the thread's receiver or its hub (the receiving side in the sender's channel)
// may hand one in. The tower challenges a thread dispute that runs with an older state.
var TowerThreadProtocol = p2p.ProtocolID("tower-thread", "1.0.0")

// towerThreadsPerChannel bounds the threads a tower keeps per channel of its quota.
const towerThreadsPerChannel = 16

// Errors of thread hand-ins.
var (
	ErrTowerThread      = errors.New("node: tower: not a valid thread state")
	ErrTowerThreadParty = errors.New("node: tower: only a thread's receiver or its hub hands it in")
)

// handleThread stores a client's thread state if it is valid, handed in by the thread's receiving side,
// within the client's quota, and newer than the one held.
func (t *Tower) handleThread(ctx context.Context, from common.Address, req []byte) ([]byte, error) {
	if !t.clients[from] {
		return nil, ErrTowerClient
	}
	if len(req) != 2*state.SignedThreadSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrTowerThread, len(req))
	}
	var rec state.ThreadRecord
	if err := errors.Join(rec.Initial.UnmarshalBinary(req[:state.SignedThreadSize]),
		rec.Latest.UnmarshalBinary(req[state.SignedThreadSize:])); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTowerThread, err)
	}
	in, l := &rec.Initial.State, &rec.Latest.State
	if from != in.Receiver && from != in.Hub {
		return nil, ErrTowerThreadParty
	}
	err := protocol.CheckThreadInitial(in)
	if err == nil {
		err = rec.Initial.Verify(t.domain)
	}
	if err == nil && *l != *in {
		err = protocol.CheckThreadUpdate(t.domain, in, l, rec.Latest.Sig)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTowerThread, err)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	recs, err := t.store.Threads(ctx)
	if err != nil {
		return nil, err
	}
	mine, held := 0, false
	for _, r := range recs {
		if r.Initial.State == *in {
			if !protocol.ThreadPaysMore(l, &r.Latest.State) {
				return nil, nil // it holds this one or a newer one
			}
			held = true
		}
		if r.Initial.State.Receiver == from || r.Initial.State.Hub == from {
			mine++
		}
	}
	if !held && mine >= t.quota*towerThreadsPerChannel {
		return nil, fmt.Errorf("%w: %d threads", ErrTowerQuota, mine)
	}
	rec.Status = state.ThreadOpen
	return nil, t.store.Commit(ctx, state.Batch{Threads: []state.ThreadRecord{rec}})
}

// onThreadDispute challenges the record of thread key of hub, started or moved in either of the
// thread's channels (the record is shared by both), when it holds a state paying the receiver less than
// the latest the tower holds for that thread (the contract orders states by that, not by count: the
// event's count says nothing about it, so the tower reads the record).
func (t *Tower) onThreadDispute(ctx context.Context, hub common.Address, key common.Hash, count uint64) {
	recs, err := t.store.Threads(ctx)
	if err != nil {
		return
	}
	for _, r := range recs {
		s := &r.Latest.State
		if s.Hub != hub || s.Key() != key || s.TxCount == 0 {
			continue
		}
		initial, latest := r.Initial.State, r.Latest
		go func() {
			d, err := t.chain.Thread(ctx, &initial)
			if err != nil {
				if ctx.Err() == nil {
					t.log.Error("tower: cannot read a thread's record", "hub", hub, "thread", s.ThreadID, "err", err)
				}
				return
			}
			if held := d.Of(initial); !d.Started() || !protocol.ThreadPaysMore(s, &held) {
				return
			}
			t.log.Warn("tower: a thread's record holds an old state; challenging", "hub", hub,
				"thread", s.ThreadID, "state", count, "held", s.TxCount)
			if _, err := t.chain.ChallengeThread(ctx, &initial, &latest); err != nil && ctx.Err() == nil {
				t.log.Error("tower: thread challenge failed", "hub", hub, "thread", s.ThreadID, "err", err)
			}
		}()
	}
}

// handThreadsToTowers hands the latest states of the threads this node receives (or, as a hub, whose
// receiver's side it closed) to the towers whenever they change, until ctx ends.
func (n *Node) handThreadsToTowers(ctx context.Context, towers []peer.AddrInfo, log *slog.Logger) {
	handed := map[threadID]uint64{}
	retry := map[peer.ID]time.Time{}
	tick := time.NewTicker(towerPush)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		for _, info := range n.Engine.Threads() {
			if info.Receiver != n.Address() {
				continue
			}
			id := threadID{info.Hub, info.Key}
			if c, ok := handed[id]; ok && c >= info.TxCount {
				continue
			}
			rec, ok := n.Engine.threadRecord(id)
			if !ok {
				continue
			}
			b, err := rec.Initial.MarshalBinary()
			if err != nil {
				continue
			}
			if b, err = rec.Latest.AppendBinary(b); err != nil {
				continue
			}
			all := true
			for _, tw := range towers {
				if time.Now().Before(retry[tw.ID]) {
					all = false
					continue
				}
				if err := n.handThreadTo(ctx, tw, b); err != nil {
					all = false
					retry[tw.ID] = time.Now().Add(towerRetry)
					log.Debug("node: tower did not take the thread state; retrying", "tower", tw.ID, "err", err)
				}
			}
			if all {
				handed[id] = rec.Latest.State.TxCount
			}
		}
	}
}

// handThreadTo connects to the tower if need be and hands it the encoded thread record b.
func (n *Node) handThreadTo(ctx context.Context, tw peer.AddrInfo, b []byte) error {
	if !n.Host.Connected(tw.ID) {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := n.Host.Connect(cctx, tw)
		cancel()
		if err != nil {
			return err
		}
	}
	_, err := n.Host.Request(ctx, tw.ID, TowerThreadProtocol, b)
	return err
}

// threadRecord is the thread id's initial and latest state as this node holds them.
func (e *Engine) threadRecord(id threadID) (state.ThreadRecord, bool) {
	t := e.thr.get(id)
	if t == nil {
		return state.ThreadRecord{}, false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return state.ThreadRecord{Initial: t.initial, Latest: t.latest}, true
}
