package main

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/libp2p/go-libp2p/core/peer"

	"spoke/node"
)

// network is the demo's last step: a second hub joins the network, the first opens a channel with it,
// and Alice pays Carol, a user of the second hub, by her address alone, across both hubs.
func (d *demo) network(dir string) error {
	d.title("A second hub joins the network through the first (it charges 0.1% to forward), and the first opens\n" +
		"   a channel with it, depositing 0.5 ETH. Carol is a user of the second hub. Alice pays Carol 0.05 ETH\n" +
		"   knowing only her address: her node finds Carol's hub in the network's DHT and the route over the\n" +
		"   hubs' signed announcements; each hub forwards a hashlocked lock for its fee")
	start := func(name string, role node.Role, hub peer.AddrInfo, edit func(*node.Config)) (*node.Node, error) {
		opts := node.Options{Role: role, DataDir: filepath.Join(dir, name), Hub: hub, Client: d.env.Client,
			Manager: d.env.Dep.Manager, Confirmations: 2, PollInterval: 20 * time.Millisecond, Engine: edit}
		switch name {
		case "hub2":
			opts.Key, opts.Bootstrap = d.env.Hub2.Key, []peer.AddrInfo{d.hub.Host.AddrInfo()}
		default:
			opts.Key = d.env.Carol.Key
		}
		n, err := node.Start(d.ctx, opts)
		if err != nil {
			return nil, fmt.Errorf("start %s: %w", name, err)
		}
		fmt.Fprintf(d.out, "   %-5s %s  peer %s\n", name, n.Address(), n.Host.ID())
		return n, nil
	}
	var err error
	if d.hub2, err = start("hub2", node.Hub, peer.AddrInfo{}, func(c *node.Config) { c.Fees = node.Fees{PPM: 1000} }); err != nil {
		return err
	}
	if d.carol, err = start("carol", node.User, d.hub2.Host.AddrInfo(), nil); err != nil {
		return err
	}
	half, tenth, hundredth, one := hundredths(50), hundredths(10), hundredths(1), units(1)
	for _, step := range []func() error{
		func() error { _, err := d.hub2.Chain.HubDeposit(d.ctx, one.ToBig(), new(big.Int)); return err },
		func() error { _, err := d.carol.Deposit(d.ctx, hundredth, uint256.Int{}); return err },
		func() error { _, err := d.hub.ConnectHub(d.ctx, d.hub2.Host.AddrInfo()); return err },
		func() error { _, err := d.hub.DepositTo(d.ctx, d.hub2.Address(), half, uint256.Int{}); return err },
		func() error { return d.hub.Network.AnnounceNow(d.ctx) },
		func() error {
			_, err := d.hub2.Collateralize(d.ctx, d.carol.Address(), tenth, uint256.Int{})
			return err
		},
	} {
		if err := step(); err != nil {
			return fmt.Errorf("hub network: %w", err)
		}
	}
	payee, err := d.waitForCarol()
	if err != nil {
		return err
	}
	amount := hundredths(5)
	route, err := d.alice.RouteTo(d.carol.Address(), amount, payee.Hubs)
	if err != nil {
		return fmt.Errorf("route: %w", err)
	}
	path := []string{"Alice"}
	for _, h := range route.Hops {
		path = append(path, d.hubName(h.Node))
	}
	fmt.Fprintf(d.out, "   route: %s -> Carol; fees %s ETH in all\n", strings.Join(path, " -> "), show(&route.TotalFee))
	receipts, err := d.alice.Pay(d.ctx, node.Payment{To: payee.Key, Wei: amount, Memo: "across two hubs", Via: payee.Hubs})
	if err != nil {
		return fmt.Errorf("routed payment: %w", err)
	}
	fmt.Fprintf(d.out, "   paid: Carol got %s ETH; Alice paid %s ETH in fees (hub2's 0.1%%)\n", show(&amount), show(&receipts[0].Fee))
	return d.networkBalances()
}

// waitForCarol waits until Alice's node knows the second hub's channel and finds Carol's record.
func (d *demo) waitForCarol() (node.PayeeInfo, error) {
	deadline := time.Now().Add(60 * time.Second)
	for {
		known := 0
		for _, h := range d.alice.Network.Hubs() {
			if len(h.Channels) > 0 || h.Hub == d.hub2.Address() {
				known++
			}
		}
		ctx, cancel := context.WithTimeout(d.ctx, 2*time.Second)
		info, err := d.alice.Payee(ctx, d.carol.Address())
		cancel()
		if err == nil && known >= 2 {
			return info, nil
		}
		if time.Now().After(deadline) {
			return node.PayeeInfo{}, fmt.Errorf("alice's node did not learn the network in time (%d hubs, record: %v)", known, err)
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-d.ctx.Done():
			return node.PayeeInfo{}, d.ctx.Err()
		}
	}
}

// hubName names a demo hub.
func (d *demo) hubName(a common.Address) string {
	if a == d.hub.Address() {
		return "hub"
	}
	return "hub2"
}

// networkBalances prints the channels a routed payment moved.
func (d *demo) networkBalances() error {
	for _, c := range []struct {
		name string
		n    *node.Node
		peer common.Address
	}{{"alice", d.alice, d.hub.Address()}, {"hub", d.hub, d.hub2.Address()}, {"carol", d.carol, d.hub2.Address()}} {
		deadline := time.Now().Add(10 * time.Second)
		for {
			rec, err := c.n.Latest(d.ctx, c.peer)
			if err != nil {
				return err
			}
			if len(rec.Locks) == 0 || time.Now().After(deadline) {
				s := &rec.State
				fmt.Fprintf(d.out, "   %-5s channel with %-4s (state %d): %-5s %s ETH | %s %s ETH\n", c.name, d.hubName(c.peer),
					s.TxCountGlobal, c.name, show(&s.WeiUser), d.hubName(c.peer), show(&s.WeiHub))
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	return nil
}
