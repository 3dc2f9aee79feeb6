package announce

import (
	"bytes"
	"fmt"
	"time"

	"spoke/p2p"
	"spoke/state"
)

// Time rules of PayeeValidator.
const (
	// PayeeMaxSkew is how far a record's timestamp may be ahead of the validator's clock. A record from
	// further in the future would win every Select until that time and shut out the user's next records.
	PayeeMaxSkew = DefaultMaxSkew
	// PayeeMaxAge is how far a record's timestamp may be behind the validator's clock: a user re-publishes
	// well within it (DHT servers also drop records 48 hours after they received them), and a replay of an
	// old record naming hubs the user has left stops working after it.
	PayeeMaxAge = 7 * 24 * time.Hour
)

// PayeeValidator is the DHT's door for payee records (p2p.DiscoveryConfig.Payees): every node, client or
// server, runs it on each record it stores, sends or receives. It is safe for concurrent use.
type PayeeValidator struct {
	domain *state.Domain
	now    func() time.Time
}

var _ p2p.RecordValidator = (*PayeeValidator)(nil)

// NewPayeeValidator returns the validator of payee records for domain d, reading time from now.
func NewPayeeValidator(d *state.Domain, now func() time.Time) *PayeeValidator {
	return &PayeeValidator{domain: d, now: now}
}

// Validate accepts value under key if it decodes strictly (ErrPayeeTooLarge, ErrPayeeMalformed), key is
// p2p.PayeeKey of the record's user (ErrPayeeKey), it verifies against the domain (see SignedPayee.Verify)
// and its timestamp is at most PayeeMaxSkew ahead of now (ErrFuture) and at most PayeeMaxAge behind
// (ErrTooOld).
func (v *PayeeValidator) Validate(key string, value []byte) error {
	s, err := DecodePayee(value)
	if err != nil {
		return err
	}
	if key != p2p.PayeeKey(s.User) {
		return fmt.Errorf("%w: key %q, user %s", ErrPayeeKey, key, s.User)
	}
	if err := s.Verify(v.domain); err != nil {
		return err
	}
	now := v.now()
	ts := time.Unix(int64(min(s.Timestamp, 1<<62)), 0)
	switch {
	case ts.After(now.Add(PayeeMaxSkew)):
		return fmt.Errorf("%w: %s, now %s", ErrFuture, ts.UTC(), now.UTC())
	case ts.Before(now.Add(-PayeeMaxAge)):
		return fmt.Errorf("%w: %s, now %s", ErrTooOld, ts.UTC(), now.UTC())
	}
	return nil
}

// Select returns the index of the best of values, records Validate accepted under key: the newest
// Timestamp; of equal timestamps the greatest encoding bytewise, so that every node picks the same
// record. It only decodes: a value that does not decode, or names another user, is skipped, and Select
// fails if no value is left.
func (v *PayeeValidator) Select(key string, values [][]byte) (int, error) {
	best, bestTS := -1, uint64(0)
	for i, value := range values {
		s, err := DecodePayee(value)
		if err != nil || key != p2p.PayeeKey(s.User) {
			continue
		}
		if best < 0 || s.Timestamp > bestTS || s.Timestamp == bestTS && bytes.Compare(value, values[best]) > 0 {
			best, bestTS = i, s.Timestamp
		}
	}
	if best < 0 {
		return 0, fmt.Errorf("%w: none of %d values is a record of %q", ErrPayeeMalformed, len(values), key)
	}
	return best, nil
}
