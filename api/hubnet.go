package api

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/node"
	"spoke/routing"
)

// The hub network's methods: spoke_hubs, spoke_route, spoke_hubConnect, spoke_hubFees.

// HubJSON is one hub of the network as its announcement says.
type HubJSON struct {
	Hub         common.Address   `json:"hub"`
	PeerID      string           `json:"peerId"`
	Addrs       []string         `json:"addrs"`
	FeeBase     string           `json:"feeBase"`
	FeePPM      uint32           `json:"feePpm"`
	ExpiryDelta uint32           `json:"expiryDelta"`
	Channels    []HubChannelJSON `json:"channels"`
	AgeSeconds  int64            `json:"ageSeconds"`
}

// HubChannelJSON is one hub-to-hub channel with what its hub can send through it.
type HubChannelJSON struct {
	Peer        common.Address `json:"peer"`
	CapacityWei string         `json:"capacityWei"`
}

// Hubs lists the hub network as this node knows it (spoke_hubs).
func (s *Service) Hubs(ctx context.Context) ([]HubJSON, error) {
	if s.n.Network == nil {
		return nil, errors.New("api: this node runs no hub network")
	}
	out := []HubJSON{}
	for _, h := range s.n.Network.Hubs() {
		j := HubJSON{Hub: h.Hub, PeerID: h.PeerID.String(), Addrs: h.Addrs, FeeBase: h.Policy.FeeBase.Dec(),
			FeePPM: h.Policy.FeePPM, ExpiryDelta: h.Policy.ExpiryDelta, AgeSeconds: int64(h.Age.Seconds()),
			Channels: []HubChannelJSON{}}
		for _, c := range h.Channels {
			j.Channels = append(j.Channels, HubChannelJSON{Peer: c.Peer, CapacityWei: c.CapacityWei.Dec()})
		}
		out = append(out, j)
	}
	return out, nil
}

// RouteJSON is a route: the hubs in order with what each forwards and charges.
type RouteJSON struct {
	To          common.Address `json:"to"`
	Amount      string         `json:"amount"`
	Total       string         `json:"total"`
	Fee         string         `json:"fee"`
	ExpirySecs  uint64         `json:"expiryDelta"`
	Hops        []HopJSON      `json:"hops"`
	Description string         `json:"description"`
}

// HopJSON is one forwarding hub of a route.
type HopJSON struct {
	Hub         common.Address `json:"hub"`
	Next        common.Address `json:"next"`
	Forwards    string         `json:"forwards"`
	Fee         string         `json:"fee"`
	ExpiryDelta uint64         `json:"expiryDelta"`
}

// Route shows the route a payment of wei to to would take (spoke_route): to is an address or peer id, via
// the hubs it is reachable through (empty: a user of this node's hub).
func (s *Service) Route(ctx context.Context, to, wei string, via []string) (RouteJSON, error) {
	addr, err := parsePeer(to)
	if err != nil {
		return RouteJSON{}, err
	}
	w, err := amountRequired(wei)
	if err != nil {
		return RouteJSON{}, err
	}
	hubs, err := parseVia(via)
	if err != nil {
		return RouteJSON{}, err
	}
	if len(hubs) == 0 { // where is the recipient? Its record says; without one, a user of this node's hub
		if info, err := s.n.Payee(ctx, addr); err == nil && !slices.Contains(info.Hubs, s.n.Hub()) {
			hubs = info.Hubs
		}
	}
	r, err := s.n.RouteTo(addr, w, hubs)
	if err != nil {
		return RouteJSON{}, err
	}
	return routeJSON(r), nil
}

func routeJSON(r routing.Route) RouteJSON {
	j := RouteJSON{To: r.Payee, Amount: r.Amount.Dec(), Total: r.Total.Dec(), Fee: r.TotalFee.Dec(), ExpirySecs: r.TotalExpiry}
	path := []string{"you"}
	for _, h := range r.Hops {
		j.Hops = append(j.Hops, HopJSON{Hub: h.Node, Next: h.Next, Forwards: h.Forwards.Dec(), Fee: h.Fee.Dec(), ExpiryDelta: h.ExpiryDelta})
		path = append(path, h.Node.Hex())
	}
	path = append(path, r.Payee.Hex())
	j.Description = strings.Join(path, " -> ")
	return j
}

// parseVia parses hub addresses.
func parseVia(via []string) ([]common.Address, error) {
	var out []common.Address
	for _, v := range via {
		a, err := parsePeer(v)
		if err != nil {
			return nil, fmt.Errorf("via: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

// HubConnectResult is the channel a hub opened with another hub.
type HubConnectResult struct {
	Hub     common.Address `json:"hub"`
	Nonce   uint64         `json:"nonce"`
	WeiMine string         `json:"weiMine"`
	WeiHub  string         `json:"weiHub"`
}

// HubConnect makes the hub at the p2p address addr one of this node's hubs and, if wei is not zero,
// deposits that much into the channel with it and credits it (spoke_hubConnect).
func (s *Service) HubConnect(ctx context.Context, addr, wei string) (HubConnectResult, error) {
	info, err := peer.AddrInfoFromString(addr)
	if err != nil {
		return HubConnectResult{}, fmt.Errorf("api: %q is not a p2p address ending in /p2p/<peer id>: %w", addr, err)
	}
	w, err := amount(wei)
	if err != nil {
		return HubConnectResult{}, err
	}
	hub, err := s.n.ConnectHub(ctx, *info)
	if err != nil {
		return HubConnectResult{}, err
	}
	if !w.IsZero() {
		if _, err := s.n.DepositTo(ctx, hub, w, uint256.Int{}); err != nil {
			return HubConnectResult{Hub: hub}, fmt.Errorf("connected to %s; the deposit failed: %w", hub, err)
		}
	}
	r, err := s.n.Latest(ctx, hub)
	if err != nil {
		return HubConnectResult{Hub: hub}, err
	}
	if s.n.Network != nil {
		_ = s.n.Network.AnnounceNow(ctx) // the new channel is news for the network
	}
	return HubConnectResult{Hub: hub, Nonce: r.State.TxCountGlobal, WeiMine: r.State.WeiUser.Dec(), WeiHub: r.State.WeiHub.Dec()}, nil
}

// FeesJSON is a hub's forwarding policy.
type FeesJSON struct {
	FeeBase     string `json:"feeBase"`
	FeePPM      uint32 `json:"feePpm"`
	ExpiryDelta uint32 `json:"expiryDelta"`
}

// HubFees sets this hub's forwarding fees if base or ppm is given (nil leaves it) and announces them; it
// returns the policy in force (spoke_hubFees).
func (s *Service) HubFees(ctx context.Context, base *string, ppm *uint32) (FeesJSON, error) {
	if s.n.Role() != node.Hub {
		return FeesJSON{}, errors.New("api: only a hub forwards, and charges for it")
	}
	f := s.n.HubPolicy()
	if base != nil || ppm != nil {
		fees := node.Fees{Base: f.FeeBase, PPM: f.FeePPM}
		if base != nil {
			b, err := amount(*base)
			if err != nil {
				return FeesJSON{}, err
			}
			fees.Base = b
		}
		if ppm != nil {
			fees.PPM = *ppm
		}
		s.n.SetFees(fees)
		if s.n.Network != nil {
			if err := s.n.Network.AnnounceNow(ctx); err != nil {
				return FeesJSON{}, fmt.Errorf("fees set; announcing them failed (the next round carries them): %w", err)
			}
		}
		f = s.n.HubPolicy()
	}
	return FeesJSON{FeeBase: f.FeeBase.Dec(), FeePPM: f.FeePPM, ExpiryDelta: f.ExpiryDelta}, nil
}
