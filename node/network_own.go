package node

import (
	"bytes"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/announce"
)

// ownAnnouncement builds, signs and encodes this hub's announcement with timestamp ts: its listen
// addresses (at most announce.MaxAddrs), its current policy and its hub-to-hub channels.
func (n *Network) ownAnnouncement(ts uint64) ([]byte, error) {
	p := n.cfg.Policy()
	a := announce.Announcement{
		Addrs: n.listenAddrs(), ChainID: n.cfg.ChainID, Contract: n.cfg.Contract,
		FeeBase: p.FeeBase, FeePPM: p.FeePPM, ExpiryDelta: p.ExpiryDelta, Timestamp: ts,
	}
	if len(a.Addrs) == 0 {
		return nil, errNoListenAddrs
	}
	if n.cfg.Channels != nil {
		a.Channels = announcedChannels(n.cfg.Channels(), n.cfg.Host.Address())
	}
	s, err := a.Sign(n.cfg.Key)
	if err != nil {
		return nil, err
	}
	return s.Encode()
}

// listenAddrs are the host's listen addresses as text, at most announce.MaxAddrs.
func (n *Network) listenAddrs() []string {
	var out []string
	for _, ma := range n.cfg.Host.Addrs() {
		if len(out) == announce.MaxAddrs {
			break
		}
		if len(ma.Bytes()) <= announce.MaxAddrLen {
			out = append(out, ma.String())
		}
	}
	return out
}

// announcedChannels turns the hub's channels into what an announcement may carry: channels with
// itself or the zero address dropped, two with one peer (the hub is the contract's hub in one and its
// user in the other) merged with the sum of their capacities (saturating), at most announce.MaxChannels
// of them (the largest capacities kept, ties by address), sorted by peer.
func announcedChannels(chans []announce.Channel, self common.Address) []announce.Channel {
	byPeer := map[common.Address]uint256.Int{}
	for _, c := range chans {
		if c.Peer == self || c.Peer == (common.Address{}) {
			continue
		}
		sum := byPeer[c.Peer]
		if _, over := sum.AddOverflow(&sum, &c.CapacityWei); over {
			sum.SetAllOne()
		}
		byPeer[c.Peer] = sum
	}
	out := make([]announce.Channel, 0, len(byPeer))
	for p, capacity := range byPeer {
		out = append(out, announce.Channel{Peer: p, CapacityWei: capacity})
	}
	if len(out) > announce.MaxChannels {
		slices.SortFunc(out, func(a, b announce.Channel) int {
			if c := b.CapacityWei.Cmp(&a.CapacityWei); c != 0 {
				return c
			}
			return bytes.Compare(a.Peer[:], b.Peer[:])
		})
		out = out[:announce.MaxChannels]
	}
	slices.SortFunc(out, func(a, b announce.Channel) int { return bytes.Compare(a.Peer[:], b.Peer[:]) })
	return out
}
