package api

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/node"
)

// A hub's operating methods: spoke_hubBooks, spoke_hubDrain, spoke_hubResume.

// BooksJSON is a hub's books (spoke_hubBooks).
type BooksJSON struct {
	Reserve      Amounts           `json:"reserve"`
	Wallet       Amounts           `json:"wallet"`
	Collateral   Amounts           `json:"collateral"`
	LockedOut    Amounts           `json:"lockedOut"`
	LockedIn     Amounts           `json:"lockedIn"`
	Threads      Amounts           `json:"threads"`
	Custody      Amounts           `json:"custody"`
	FeesWei      string            `json:"feesWei"`
	Forwards     uint64            `json:"forwards"`
	Locks        int               `json:"locks"`
	Forwarding   int               `json:"forwarding"`
	Channels     []ChannelBookJSON `json:"channels"`
	Upstream     []UpstreamJSON    `json:"upstream"`
	Pending      []PendingJSON     `json:"pending"`
	CustodyUsers []UserAmounts     `json:"custodyUsers"`
	Draining     bool              `json:"draining"`
}

// ChannelBookJSON is the hub's side of one user's channel.
type ChannelBookJSON struct {
	User        common.Address `json:"user"`
	Hub         Amounts        `json:"hub"`
	LockedOut   Amounts        `json:"lockedOut"`
	LockedIn    Amounts        `json:"lockedIn"`
	Locks       int            `json:"locks"`
	Threads     Amounts        `json:"threads"`
	ThreadCount int            `json:"threadCount"`
	Custody     Amounts        `json:"custody"`
	TxCount     uint64         `json:"txCount"`
	Pending     bool           `json:"pending"`
	IdleSeconds int64          `json:"idleSeconds"`
}

// UpstreamJSON is the hub's side of a channel it holds as a user of another hub.
type UpstreamJSON struct {
	Hub       common.Address `json:"hub"`
	Mine      Amounts        `json:"mine"`
	Locks     int            `json:"locks"`
	LockedOut int            `json:"lockedOut"`
	Pending   bool           `json:"pending"`
}

// PendingJSON is an on-chain operation the hub waits for.
type PendingJSON struct {
	Peer    common.Address `json:"peer"`
	Op      string         `json:"op"`
	Timeout uint64         `json:"timeout,omitempty"`
}

// UserAmounts is an amount of one user's.
type UserAmounts struct {
	User common.Address `json:"user"`
	Amounts
	Why string `json:"why,omitempty"`
}

func pair(v [2]uint256.Int) Amounts { return Amounts{v[0].Dec(), v[1].Dec()} }

// HubBooks reports the hub's books (spoke_hubBooks; hubs).
func (s *Service) HubBooks(ctx context.Context) (BooksJSON, error) {
	b, err := s.n.Books(ctx)
	if err != nil {
		return BooksJSON{}, err
	}
	j := BooksJSON{Reserve: pair(b.Reserve), Wallet: pair(b.Wallet), Collateral: pair(b.Collateral), LockedOut: pair(b.LockedOut),
		LockedIn: pair(b.LockedIn), Threads: pair(b.Threads), Custody: pair(b.Custody), FeesWei: b.Fees.Dec(), Forwards: b.Forwards,
		Locks: b.Locks, Forwarding: b.Forwarding, Draining: b.Draining, Channels: []ChannelBookJSON{}, Upstream: []UpstreamJSON{},
		Pending: []PendingJSON{}, CustodyUsers: []UserAmounts{}}
	for _, c := range b.Channels {
		j.Channels = append(j.Channels, ChannelBookJSON{User: c.User, Hub: pair(c.Hub), LockedOut: pair(c.LockedOut),
			LockedIn: pair(c.LockedIn), Locks: c.Locks, Threads: pair(c.Threads), ThreadCount: c.ThreadCount,
			Custody: pair(c.Custody), TxCount: c.TxCount, Pending: c.Pending, IdleSeconds: int64(c.Idle.Seconds())})
	}
	for _, u := range b.Upstream {
		j.Upstream = append(j.Upstream, UpstreamJSON{Hub: u.Hub, Mine: pair(u.Mine), Locks: u.Locked, LockedOut: u.LockedOut, Pending: u.Pending})
	}
	for _, p := range b.Pending {
		j.Pending = append(j.Pending, PendingJSON{Peer: p.Peer, Op: p.Op, Timeout: p.Timeout})
	}
	for u, v := range b.CustodyUsers {
		j.CustodyUsers = append(j.CustodyUsers, UserAmounts{User: u, Amounts: pair(v)})
	}
	slices.SortFunc(j.CustodyUsers, func(a, b UserAmounts) int { return a.User.Cmp(b.User) })
	return j, nil
}

// DrainJSON is what a drain did and left (spoke_hubDrain).
type DrainJSON struct {
	Done          bool           `json:"done"`
	Draining      bool           `json:"draining"`
	Reclaimed     []UserAmounts  `json:"reclaimed"`
	LinksReturned int            `json:"linksReturned"`
	Locks         []OpenLockJSON `json:"locks"`
	Forwarding    int            `json:"forwarding"`
	ThreadWork    int            `json:"threadWork"`
	Left          []UserAmounts  `json:"left"`
	Threads       int            `json:"threads"`
	ThreadFunds   Amounts        `json:"threadFunds"`
	Custody       Amounts        `json:"custody"`
}

// OpenLockJSON is a lock in flight in the channel with peer; toPeer is set if the hub sent it.
type OpenLockJSON struct {
	Peer     common.Address `json:"peer"`
	ID       uint64         `json:"id"`
	ToPeer   bool           `json:"toPeer"`
	Wei      string         `json:"wei"`
	Token    string         `json:"token"`
	Expiry   uint64         `json:"expiry"`
	Hashlock common.Hash    `json:"hashlock"`
}

// defaultDrainSeconds is how long spoke_hubDrain waits when not told.
const defaultDrainSeconds = 300

// HubDrain makes the hub drain and waits, at most deadlineSeconds (default 300), until nothing is in
// flight and its collateral is back in its reserve (spoke_hubDrain; hubs). Progress events have op
// "drain". The hub drains until spoke_hubResume.
func (s *Service) HubDrain(ctx context.Context, deadlineSeconds *uint64) (DrainJSON, error) {
	if s.n.Role() != node.Hub {
		return DrainJSON{}, errors.New("api: only a hub drains")
	}
	secs := uint64(defaultDrainSeconds)
	if deadlineSeconds != nil && *deadlineSeconds > 0 {
		secs = min(*deadlineSeconds, 7*24*3600)
	}
	r, err := s.n.Drain(ctx, time.Duration(secs)*time.Second)
	if err != nil {
		return DrainJSON{}, err
	}
	j := DrainJSON{Done: r.Done, Draining: s.n.Draining(), LinksReturned: r.LinksReturned, Threads: r.Threads,
		Forwarding: r.Forwarding, ThreadWork: r.ThreadWork,
		ThreadFunds: pair(r.ThreadFunds), Custody: pair(r.Custody), Reclaimed: []UserAmounts{}, Locks: []OpenLockJSON{}, Left: []UserAmounts{}}
	for _, c := range r.Reclaimed {
		j.Reclaimed = append(j.Reclaimed, UserAmounts{User: c.User, Amounts: pair(c.Amount)})
	}
	for _, c := range r.Left {
		j.Left = append(j.Left, UserAmounts{User: c.User, Amounts: pair(c.Amount), Why: c.Why})
	}
	for _, l := range r.Locks {
		j.Locks = append(j.Locks, OpenLockJSON{Peer: l.Peer, ID: l.ID, ToPeer: l.ToPeer, Wei: l.Wei.Dec(), Token: l.Token.Dec(),
			Expiry: l.Expiry, Hashlock: l.Hashlock})
	}
	return j, nil
}

// HubResume ends a drain: the hub takes payments and threads again and announces its channels
// (spoke_hubResume; hubs). It returns whether the hub was draining.
func (s *Service) HubResume(ctx context.Context) (bool, error) {
	if s.n.Role() != node.Hub {
		return false, errors.New("api: only a hub drains and resumes")
	}
	was := s.n.Draining()
	s.n.Resume(ctx)
	return was, nil
}
