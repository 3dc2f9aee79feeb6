package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/contracts/chain"
	"spoke/state"
)

// chainMetaName names the store's record of the engine's chain view and its watcher's position, so that
// a restarted node watches on from there instead of rescanning the chain from its first block.
const chainMetaName = "chain-view"

// savedView is the chain view as stored, for one chain and manager.
type savedView struct {
	ChainID  string             `json:"chainId"`
	Manager  common.Address     `json:"manager"`
	Block    uint64             `json:"block"` // the position of the last event folded
	Index    uint               `json:"index"`
	Channels []savedChannel     `json:"channels"`
	Exiting  []chain.ChannelKey `json:"exiting,omitempty"`
	Exited   []chain.ChannelKey `json:"exited,omitempty"`
	Emptied  []savedExit        `json:"emptied,omitempty"`
}

type savedChannel struct {
	Hub     common.Address `json:"hub"`
	User    common.Address `json:"user"`
	Wei     string         `json:"depositedWei"`
	Token   string         `json:"depositedToken"`
	TxCount uint64         `json:"txCountChain"`
}

// saveChainView puts the chain view and position in the turn's Commit when an event changed them.
func (e *Engine) saveChainView(t *turn) {
	if !e.watch.dirty {
		return
	}
	e.watch.dirty = false
	v := savedView{ChainID: e.cfg.Domain.ChainID.String(), Manager: e.cfg.Domain.Contract,
		Block: e.watch.pos.Block, Index: e.watch.pos.Index}
	keys := map[chain.ChannelKey]bool{}
	for k := range e.watch.view.deposited {
		keys[k] = true
	}
	for k := range e.watch.view.count {
		keys[k] = true
	}
	for k := range keys {
		d := e.watch.view.deposited[k]
		v.Channels = append(v.Channels, savedChannel{Hub: k.Hub, User: k.User, Wei: d[0].Dec(), Token: d[1].Dec(), TxCount: e.watch.view.count[k]})
	}
	for k := range e.watch.view.exiting {
		v.Exiting = append(v.Exiting, k)
	}
	for k := range e.watch.view.exited {
		v.Exited = append(v.Exited, k)
	}
	for k, ev := range e.watch.view.emptied {
		v.Emptied = append(v.Emptied, saveExit(k, ev))
	}
	b, err := json.Marshal(v)
	if err != nil {
		e.log.Error("node: encode chain view", "err", err)
		return
	}
	if t.batch.Meta == nil {
		t.batch.Meta = map[string][]byte{}
	}
	t.batch.Meta[chainMetaName] = b
}

// loadChainView restores the stored chain view and position, if any was stored for this chain and
// manager.
func (e *Engine) loadChainView(ctx context.Context) error {
	b, err := e.cfg.Store.Meta(ctx, chainMetaName)
	if errors.Is(err, state.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	var v savedView
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("node: stored chain view: %w", err)
	}
	if v.ChainID != e.cfg.Domain.ChainID.String() || v.Manager != e.cfg.Domain.Contract {
		e.log.Warn("node: the stored chain view is of another chain or manager; rescanning", "manager", v.Manager)
		return nil
	}
	for _, c := range v.Channels {
		var d [2]uint256.Int
		if err := d[0].SetFromDecimal(c.Wei); err != nil {
			return fmt.Errorf("node: stored chain view: %w", err)
		}
		if err := d[1].SetFromDecimal(c.Token); err != nil {
			return fmt.Errorf("node: stored chain view: %w", err)
		}
		k := chain.ChannelKey{Hub: c.Hub, User: c.User}
		e.watch.view.deposited[k], e.watch.view.count[k] = d, c.TxCount
	}
	for _, k := range v.Exiting {
		e.watch.view.exiting[k] = true
	}
	for _, k := range v.Exited { // a channel that exited takes no more updates, after a restart too
		e.watch.view.exited[k] = true
		if peer, mine := e.counterparty(k.Hub, k.User); mine && e.channels[peer] != nil {
			e.channels[peer].exiting = true
		}
	}
	for _, s := range v.Emptied {
		ev, err := s.load()
		if err != nil {
			return err
		}
		e.watch.view.emptied[ev.ChannelKey] = ev
	}
	e.watch.seen, e.watch.pos = true, chain.Position{Block: v.Block, Index: v.Index}
	return nil
}
