package state

import "encoding/json"

// uint256.Int's JSON methods have pointer receivers, so a struct value would marshal its amounts as arrays
// of 64-bit words. These value-receiver methods marshal through a pointer to a copy, so values and pointers
// both give amounts as decimal strings.

// MarshalJSON renders the state with amounts as decimal strings.
func (s ChannelState) MarshalJSON() ([]byte, error) {
	type plain ChannelState
	return json.Marshal((*plain)(&s))
}

// MarshalJSON renders the pending operations with amounts as decimal strings.
func (p Pending) MarshalJSON() ([]byte, error) {
	type plain Pending
	return json.Marshal((*plain)(&p))
}

// MarshalJSON renders the thread state with amounts as decimal strings.
func (t ThreadState) MarshalJSON() ([]byte, error) {
	type plain ThreadState
	return json.Marshal((*plain)(&t))
}

// MarshalJSON renders the lock with amounts as decimal strings.
func (l Lock) MarshalJSON() ([]byte, error) {
	type plain Lock
	return json.Marshal((*plain)(&l))
}
