package metrics

import (
	"context"
	"errors"
	"strings"

	"spoke/node"
	"spoke/routing"
)

// Reasons a payment or a forward failed for, as the value of the "reason" label: a fixed set, so that the
// label's cardinality is bounded whatever peers say.
const (
	ReasonNeedsCollateral  = "needs_collateral"
	ReasonUnknownRecipient = "unknown_recipient"
	ReasonUnreachable      = "unreachable"
	ReasonNoRoute          = "no_route"
	ReasonExpiry           = "expiry"
	ReasonCannotForward    = "cannot_forward"
	ReasonLacksBalance     = "lacks_balance"
	ReasonLoop             = "loop"
	ReasonBadPayment       = "bad_payment"
	ReasonBusy             = "busy"
	ReasonExiting          = "exiting"
	ReasonSend             = "send_failed"
	ReasonRejected         = "rejected"
	ReasonExpired          = "expired"
	ReasonCancelled        = "cancelled"
	ReasonTimeout          = "timeout"
	ReasonStopped          = "stopped"
	ReasonOther            = "other"
)

// byText maps the errors whose text a failure carries, the most specific first, to their reasons. A
// failure that a peer reports arrives as text (a Reject's reason, a given-back lock's note), so the
// sentinel's message is looked for in the text as well as in the error chain.
var byText = []struct {
	err    error
	reason string
}{
	{node.ErrNeedsCollateral, ReasonNeedsCollateral},
	{node.ErrUnknownRecipient, ReasonUnknownRecipient},
	{routing.ErrUnknownPayee, ReasonUnknownRecipient},
	{node.ErrUnreachable, ReasonUnreachable},
	{routing.ErrNoRoute, ReasonNoRoute},
	{node.ErrExpiryTooSoon, ReasonExpiry},
	{node.ErrHashlockInFlight, ReasonLoop},
	{node.ErrHubLacksBalance, ReasonLacksBalance},
	{node.ErrCannotForward, ReasonCannotForward},
	{node.ErrBadPayment, ReasonBadPayment},
	{node.ErrBusy, ReasonBusy},
	{node.ErrExiting, ReasonExiting},
	{node.ErrSend, ReasonSend},
	{node.ErrStopped, ReasonStopped},
}

// Reason classifies a payment's error into one of the Reason constants.
func Reason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonTimeout
	case errors.Is(err, context.Canceled):
		return ReasonCancelled
	}
	for _, r := range byText {
		if errors.Is(err, r.err) {
			return r.reason
		}
	}
	reason := ReasonText(err.Error())
	if reason == ReasonOther && errors.Is(err, node.ErrRejected) {
		return ReasonRejected
	}
	return reason
}

// ReasonText classifies a failure given as text (an event's Err) into one of the Reason constants.
func ReasonText(text string) string {
	for _, r := range byText {
		if strings.Contains(text, r.err.Error()) {
			return r.reason
		}
	}
	switch {
	case strings.Contains(text, "lock expired"):
		return ReasonExpired
	case strings.Contains(text, "lock cancelled"):
		return ReasonCancelled
	case strings.Contains(text, node.ErrRejected.Error()):
		return ReasonRejected
	}
	return ReasonOther
}
