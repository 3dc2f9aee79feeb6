package node

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// maxRateBytes bounds each term of a quoted rate: at most 32 bytes, a uint256.
const maxRateBytes = 32

// Quote returns the hub's current exchange rate. A user asks its hub over QuoteProtocol; a hub returns
// its own (from Config.Rates). The rate may change before an exchange at it reaches the hub, which then
// refuses the exchange (ErrBadRate) if the new rate is worse for the hub. Either way the rate is a fresh
// copy the caller may keep. It fails with ErrBadQuote if the rate is unavailable or malformed.
func (e *Engine) Quote(ctx context.Context) (Rate, error) {
	if e.cfg.Role == Hub {
		return e.ownRate()
	}
	resp, err := e.cfg.Host.Request(ctx, e.cfg.HubPeer, QuoteProtocol, nil)
	if err != nil {
		return Rate{}, fmt.Errorf("%w: asking the hub: %w", ErrBadQuote, err)
	}
	return unmarshalRate(resp)
}

// ownRate is a hub's current rate from its provider, checked and copied.
func (e *Engine) ownRate() (Rate, error) {
	r, err := e.cfg.Rates.Rate()
	if err != nil {
		return Rate{}, fmt.Errorf("%w: rate provider: %w", ErrBadQuote, err)
	}
	if err := checkQuote(r); err != nil {
		return Rate{}, err
	}
	return Rate{Num: new(big.Int).Set(r.Num), Den: new(big.Int).Set(r.Den)}, nil
}

// handleQuote serves QuoteProtocol on a hub: the request must be empty, the answer is the hub's current
// rate (marshalRate). It runs on the network's goroutine, not in the loop, which is why RateProvider
// implementations must be safe for concurrent use. A provider's error is logged, not sent: the peer only
// learns that no quote is available.
func (e *Engine) handleQuote(_ context.Context, from common.Address, req []byte) ([]byte, error) {
	if len(req) != 0 {
		e.log.Warn("node: malformed quote request", "peer", from, "bytes", len(req))
		return nil, fmt.Errorf("%w: a quote request is empty, got %d bytes", ErrMalformed, len(req))
	}
	r, err := e.ownRate()
	if err != nil {
		e.log.Error("node: cannot quote", "peer", from, "err", err)
		return nil, fmt.Errorf("%w: no rate available", ErrBadQuote)
	}
	return marshalRate(r)
}

// checkQuote refuses a rate that cannot be quoted: a term missing, not positive or above 32 bytes.
func checkQuote(r Rate) error {
	for _, n := range []*big.Int{r.Num, r.Den} {
		switch {
		case n == nil:
			return fmt.Errorf("%w: missing term", ErrBadQuote)
		case n.Sign() <= 0:
			return fmt.Errorf("%w: term %s not positive", ErrBadQuote, n)
		case len(n.Bytes()) > maxRateBytes:
			return fmt.Errorf("%w: term of %d bytes, at most %d", ErrBadQuote, len(n.Bytes()), maxRateBytes)
		}
	}
	return nil
}

// marshalRate encodes r as Num then Den, each a one-byte length (1 to 32) followed by that many bytes of
// the minimal big-endian unsigned integer (no leading zero byte, so not zero). It fails like checkQuote.
func marshalRate(r Rate) ([]byte, error) {
	if err := checkQuote(r); err != nil {
		return nil, err
	}
	num, den := r.Num.Bytes(), r.Den.Bytes()
	b := make([]byte, 0, 2+len(num)+len(den))
	b = append(append(b, byte(len(num))), num...)
	return append(append(b, byte(len(den))), den...), nil
}

// unmarshalRate decodes marshalRate's encoding and refuses anything else with ErrBadQuote: a length out
// of range, a leading zero byte, a missing or extra byte.
func unmarshalRate(b []byte) (Rate, error) {
	num, rest, err := readRateTerm(b)
	if err != nil {
		return Rate{}, fmt.Errorf("numerator: %w", err)
	}
	den, rest, err := readRateTerm(rest)
	if err != nil {
		return Rate{}, fmt.Errorf("denominator: %w", err)
	}
	if len(rest) != 0 {
		return Rate{}, fmt.Errorf("%w: %d trailing bytes", ErrBadQuote, len(rest))
	}
	return Rate{Num: num, Den: den}, nil
}

// readRateTerm reads one length-prefixed term from b and returns it with the bytes after it.
func readRateTerm(b []byte) (*big.Int, []byte, error) {
	if len(b) == 0 {
		return nil, nil, fmt.Errorf("%w: missing length", ErrBadQuote)
	}
	n := int(b[0])
	switch {
	case n == 0 || n > maxRateBytes:
		return nil, nil, fmt.Errorf("%w: length %d, want 1 to %d", ErrBadQuote, n, maxRateBytes)
	case len(b)-1 < n:
		return nil, nil, fmt.Errorf("%w: length %d, %d bytes left", ErrBadQuote, n, len(b)-1)
	case b[1] == 0:
		return nil, nil, fmt.Errorf("%w: leading zero byte", ErrBadQuote)
	}
	return new(big.Int).SetBytes(b[1 : 1+n]), b[1+n:], nil
}
