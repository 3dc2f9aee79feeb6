package api

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"spoke/node"
)

// Status is what a node is doing now, for scripts waiting on it (spoke wait-ready), for people waiting
// on a verb (what it waits for) and for spoke doctor (spoke_status).
type Status struct {
	Address common.Address `json:"address"`
	Role    string         `json:"role"`
	// Hub is a user's hub; HubConnected whether this node has a connection to it now, and
	// HubUnreachableSince (unix seconds) since when it has had none (0 while connected).
	Hub                 *common.Address `json:"hub,omitempty"`
	HubConnected        bool            `json:"hubConnected"`
	HubUnreachableSince int64           `json:"hubUnreachableSince,omitempty"`
	// ChainID and Manager are the chain and contract the node uses; ChainHead its latest block, or
	// ChainError why it could not be read.
	ChainID    string         `json:"chainId"`
	Manager    common.Address `json:"manager"`
	ChainHead  uint64         `json:"chainHead"`
	ChainError string         `json:"chainError,omitempty"`
	// Backup is where the node backs up ("" when it does not) and BackupAt (unix seconds) when the last
	// backup was taken in this run (0 before the first).
	Backup   string `json:"backup"`
	BackupAt int64  `json:"backupAt,omitempty"`
	// Peers is how many peers the node is connected to.
	Peers int `json:"peers"`
}

// hubWatch follows whether a user node is connected to its hub, and since when it is not.
type hubWatch struct {
	mu    sync.Mutex
	since time.Time // when the hub was last seen unreachable after being reachable, or the watch started
	up    bool
	stop  chan struct{}
	once  sync.Once
}

// hubPoll is how often hubWatch looks at the connection.
const hubPoll = 250 * time.Millisecond

func watchHub(n *node.Node) *hubWatch {
	w := &hubWatch{since: time.Now(), stop: make(chan struct{})}
	if n == nil || n.Role() != node.User { // a page served without a node (tests), or a hub
		return w
	}
	go func() {
		t := time.NewTicker(hubPoll)
		defer t.Stop()
		for {
			w.observe(hubConnected(n))
			select {
			case <-w.stop:
				return
			case <-t.C:
			}
		}
	}()
	return w
}

func (w *hubWatch) observe(up bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.up && !up {
		w.since = time.Now()
	}
	w.up = up
}

// unreachableSince is when the hub became unreachable (zero while it is reachable).
func (w *hubWatch) unreachableSince() time.Time {
	if w == nil {
		return time.Time{}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.up {
		return time.Time{}
	}
	return w.since
}

func (w *hubWatch) close() {
	if w != nil {
		w.once.Do(func() { close(w.stop) })
	}
}

func hubConnected(n *node.Node) bool {
	id, ok := n.Host.PeerOf(n.Hub())
	return ok && n.Host.Connected(id)
}

// Status returns what the node is doing now (spoke_status).
func (s *Service) Status(ctx context.Context) Status {
	st := Status{Address: s.n.Address(), Role: s.n.Role().String(), Peers: s.n.Host.PeerCount()}
	if s.n.Role() == node.User {
		hub := s.n.Hub()
		st.Hub, st.HubConnected = &hub, hubConnected(s.n)
		if s.hubs != nil {
			s.hubs.observe(st.HubConnected) // what the poll has not seen yet
		}
		if since := s.hubs.unreachableSince(); !st.HubConnected && !since.IsZero() {
			st.HubUnreachableSince = since.Unix()
		}
	}
	if s.n.Chain != nil {
		st.ChainID, st.Manager = s.n.Chain.ChainID().String(), s.n.Chain.Manager()
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		head, err := s.n.Chain.Head(cctx)
		if err != nil {
			st.ChainError = err.Error()
		}
		st.ChainHead = head
	}
	if s.n.Backups != nil {
		st.Backup = s.n.Backups.Backend()
		if at := s.n.Backups.LastSaved(); !at.IsZero() {
			st.BackupAt = at.Unix()
		}
	}
	return st
}
