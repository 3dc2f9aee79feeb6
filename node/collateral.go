package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"spoke/collateral"
	"spoke/protocol"
	"spoke/state"
)

// collateralBook is a hub's autocollateral state: the recent volume paid to each user (to size top-ups),
// the channels with a background chain operation under way and those whose last one failed, and the
// budget of automatic top-ups per hour.
type collateralBook struct {
	volume  map[common.Address]*collateral.Volume
	running map[common.Address]string    // the operation under way, by user
	failed  map[common.Address]time.Time // when the last operation failed, by user
	topUps  *collateral.Budget
	// empty is, per asset, when a top-up last found the hub's reserve empty of it: top-ups leave that
	// asset out for collateralCooldown, and the channel's other asset is still topped up.
	empty [2]time.Time
}

func newCollateralBook(maxPerHour int) collateralBook {
	return collateralBook{volume: map[common.Address]*collateral.Volume{}, running: map[common.Address]string{},
		failed: map[common.Address]time.Time{}, topUps: &collateral.Budget{Max: maxPerHour}}
}

// CollateralPolicy is how a hub keeps its side of each user's channel funded from its reserve, per asset
// (index 0 wei, 1 token). After a payment to a user, or when one is refused for lack of hub balance, the
// hub tops the channel up to a target: one and a half times what it forwarded to that user in the last
// Window, at least Floor (and at least what the refused payment needed), at most Ceiling. When its
// balance in a channel is above Ceiling, it takes the excess back to its reserve. Both need a chain.
type CollateralPolicy struct {
	Floor, Ceiling [2]uint256.Int
	// MinTopUp is the smallest top-up the hub makes on its own (each costs a transaction): a channel a
	// little below its target waits until it is MinTopUp below, or until a refused payment needs more.
	// DefaultCollateralPolicy sets it to a tenth of the floor.
	MinTopUp [2]uint256.Int
	// Window is how far back payment volume counts; default 10 minutes.
	Window time.Duration
	// Disabled turns autocollateral off: the hub collateralizes only when told (Collateralize).
	Disabled bool
	// MaxTopUpsPerHour caps the automatic top-ups the hub makes in any hour, over all channels (each
	// costs it a transaction and moves reserve into a channel); default 120. Beyond it, refused payments
	// wait for the next hour's budget.
	MaxTopUpsPerHour int
	// IdleAfter, if set, takes idle collateral back (reclaim.go): a channel unchanged for IdleAfter, with
	// no lock, pending state, update in flight or refused proposal binding the hub, gives back what the hub has in it above its target (the
	// floor for a channel its user funded, else nothing), when that is at least MinReclaim.
	// DefaultCollateralPolicy sets an hour; zero turns it off. A reclaim the user refuses binds the hub
	// only until the channel's next update, which takes a higher nonce (ADR 18). The hub's policy (Config.Collateral)
	// decides how often channels are looked at (a quarter of its IdleAfter, at most every 30 s): with
	// it off, no channel's is looked at. Idleness counts from the hub's start.
	IdleAfter time.Duration
	// MinReclaim is the least amount, per asset, worth an idle reclaim's transaction; an amount of
	// either asset at least its MinReclaim starts one (which takes the excess of both).
	// DefaultCollateralPolicy (SetMinTopUp) sets it to a tenth of the floor, as MinTopUp.
	MinReclaim [2]uint256.Int
}

// DefaultCollateralPolicy follows the seed: floor 10 and ceiling 170 token units (18 decimals), and a
// hundredth of that in wei (0.1 and 1.7 ether).
func DefaultCollateralPolicy() CollateralPolicy {
	e16 := uint256.NewInt(1e16)
	e18 := uint256.NewInt(1e18)
	var p CollateralPolicy
	p.Floor[0].Mul(uint256.NewInt(10), e16)
	p.Ceiling[0].Mul(uint256.NewInt(170), e16)
	p.Floor[1].Mul(uint256.NewInt(10), e18)
	p.Ceiling[1].Mul(uint256.NewInt(170), e18)
	p.SetMinTopUp()
	p.Window = 10 * time.Minute
	p.IdleAfter = time.Hour
	return p
}

// SetMinTopUp sets MinTopUp and MinReclaim to a tenth of Floor.
func (p *CollateralPolicy) SetMinTopUp() {
	ten := uint256.NewInt(10)
	for i := range p.Floor {
		p.MinTopUp[i].Div(&p.Floor[i], ten)
		p.MinReclaim[i] = p.MinTopUp[i]
	}
}

// limits are the policy's bounds, as package collateral takes them.
func (p *CollateralPolicy) limits() collateral.Limits {
	return collateral.Limits{Floor: p.Floor, Ceiling: p.Ceiling, MinTopUp: p.MinTopUp, MinReclaim: p.MinReclaim}
}

// recordVolume notes a payment forwarded to user.
func (e *Engine) recordVolume(user common.Address, l *state.Lock) {
	v := e.coll.volume[user]
	if v == nil {
		v = &collateral.Volume{}
		e.coll.volume[user] = v
	}
	v.Add(time.Now(), collateral.Amounts{l.AmountWei, l.AmountToken}, e.collateralPolicy(user).Window)
}

// collateralTarget is the hub balance to keep in user's channel, per asset, given a refused payment's
// needs (zero when none) and whether its user put money in (collateral.Target).
func (e *Engine) collateralTarget(user common.Address, need [2]uint256.Int, funded bool) [2]uint256.Int {
	return collateral.Target(e.recentVolume(user), need, e.collateralPolicy(user).limits(), funded)
}

// recentVolume is what the hub forwarded to user over its policy's Window, per asset.
func (e *Engine) recentVolume(user common.Address) collateral.Amounts {
	var volume collateral.Amounts
	if v := e.coll.volume[user]; v != nil {
		volume = v.Sum(time.Now(), e.collateralPolicy(user).Window)
	}
	return volume
}

// collateralPolicy is the autocollateral policy of the channel with user: its own (Config.ChannelCollateral),
// else the hub's.
func (e *Engine) collateralPolicy(user common.Address) *CollateralPolicy {
	if p, ok := e.cfg.ChannelCollateral[user]; ok {
		return p
	}
	return e.cfg.Collateral
}

// autoCollateral tops up the hub's side of ch to its target (need: what a refused payment needed), or
// takes back what is above the ceiling, in the background, one operation per channel at a time. It
// reports whether a top-up is under way.
func (e *Engine) autoCollateral(ch *channel, need [2]uint256.Int) bool {
	p := e.collateralPolicy(ch.peer)
	if e.cfg.Role != Hub || !ch.hubSide || e.cfg.Chain == nil || p.Disabled || e.Draining() {
		return false
	}
	if running, ok := e.coll.running[ch.peer]; ok {
		return running == opCollateral
	}
	if time.Since(e.coll.failed[ch.peer]) < collateralCooldown {
		return false // the last attempt failed (an empty reserve, say): do not retry on every payment
	}
	s := &ch.ch.Latest.State
	if !s.Pending.IsZero() {
		return false
	}
	bal := [2]uint256.Int{s.WeiHub, s.TokenHub}
	funded := !s.CreditedDepositWei.IsZero() || !s.CreditedDepositToken.IsZero()
	target := e.collateralTarget(ch.peer, need, funded)
	add, excess := collateral.TopUp(bal, target, need, p.limits()), collateral.Excess(bal, p.limits())
	for i := range add {
		if time.Since(e.coll.empty[i]) < collateralCooldown {
			add[i].Clear() // the reserve had none of it a moment ago: no transaction bound to fail
		}
	}
	switch {
	case !collateral.IsZero(&add) && e.coll.topUps.Take(time.Now()):
		e.background(ch.peer, opCollateral, func(ctx context.Context) error {
			return e.topUp(ctx, ch.peer, add)
		})
		return true
	case !collateral.IsZero(&excess):
		e.background(ch.peer, opReclaim, func(ctx context.Context) error {
			_, err := e.reclaim(ctx, ch.peer, excess[0], excess[1])
			return err
		})
	}
	return false
}

// reserveEmpty reports whether the hub's reserve held none of an asset h forwards at the last automatic
// top-up that needed it, a moment ago (within collateralCooldown).
func (e *Engine) reserveEmpty(h *hop) bool {
	for i, amount := range []*uint256.Int{&h.wei, &h.token} {
		if !amount.IsZero() && !e.coll.empty[i].IsZero() && time.Since(e.coll.empty[i]) < collateralCooldown {
			return true
		}
	}
	return false
}

// collateralCooldown is how long a hub waits after a failed automatic operation on a channel before it
// tries again.
const collateralCooldown = 10 * time.Second

// Background chain operations of a hub.
const (
	opCollateral = "collateral"
	opReclaim    = "reclaim"
)

// background runs one on-chain operation for peer's channel outside the loop.
func (e *Engine) background(peer common.Address, what string, f func(context.Context) error) {
	e.coll.running[peer] = what
	ctx := e.runCtx
	go func() {
		err := f(ctx)
		if err != nil && ctx.Err() == nil {
			e.log.Error("node: automatic "+what+" failed", "user", peer, "err", err)
		} else if err == nil {
			e.log.Info("node: automatic "+what+" done", "user", peer)
		}
		_ = e.query(context.Background(), func() {
			delete(e.coll.running, peer)
			var short *reserveShort
			switch {
			case errors.As(err, &short):
				for i, empty := range short.empty {
					if empty {
						e.coll.empty[i] = time.Now() // the asset, not the channel, waits
					}
				}
			case err != nil:
				e.coll.failed[peer] = time.Now()
			}
			if ch := e.channels[peer]; err == nil && ch != nil {
				e.autoCollateral(ch, [2]uint256.Int{}) // payments meanwhile may call for the next step
			}
		})
	}()
}

// topUp collateralizes user's channel with add, cut to what the hub's reserve holds (a deposit the
// reserve cannot cover would revert on-chain and leave a pending state until its timeout).
func (e *Engine) topUp(ctx context.Context, user common.Address, add [2]uint256.Int) error {
	wei, tokens, err := e.cfg.Chain.Reserve(ctx, e.me)
	if err != nil {
		return err
	}
	short := &reserveShort{}
	for i, r := range []*big.Int{wei, tokens} {
		if have, over := uint256.FromBig(r); !over && have.Lt(&add[i]) {
			add[i] = *have
			short.empty[i] = have.IsZero()
		}
	}
	if add[0].IsZero() && add[1].IsZero() {
		return short
	}
	_, err = e.Collateralize(ctx, user, add[0], add[1])
	return err
}

// reserveShort is a top-up's failure for a reserve holding none of what it needed, by asset.
type reserveShort struct{ empty [2]bool }

func (r *reserveShort) Error() string {
	what := map[[2]bool]string{{true, false}: "wei", {false, true}: "tokens", {true, true}: "wei or tokens"}[r.empty]
	return fmt.Sprintf("%v: the hub's reserve has no %s", ErrNeedsCollateral, what)
}

func (r *reserveShort) Unwrap() error { return ErrNeedsCollateral }

// reclaim moves wei and token of the hub's side of user's channel back to its reserve: a withdrawal the
// user countersigns, applied on-chain by the hub, then confirmed.
func (e *Engine) reclaim(ctx context.Context, user common.Address, wei, token uint256.Int) (state.SignedState, error) {
	w := protocol.Withdraw{HubWei: wei, HubToken: token, Recipient: user, Timeout: e.chainNow() + e.cfg.PendingTimeout}
	s, err := e.Update(ctx, user, w)
	if err != nil {
		return state.SignedState{}, err
	}
	if _, err := e.cfg.Chain.HubAuthorizedUpdate(ctx, &s.State, s.SigUser); err != nil {
		return state.SignedState{}, err
	}
	return e.confirm(ctx, user, &s.State)
}
