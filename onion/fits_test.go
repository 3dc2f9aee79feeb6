package onion_test

import (
	"testing"

	"spoke/onion"
	"spoke/protocol"
)

// TestOnionFitsNote checks that the largest onion fits in one note's payload. protocol does not import
// onion (it stays minimal), so the bound is checked here.
func TestOnionFitsNote(t *testing.T) {
	if onion.MaxSize > protocol.MaxNotePayload {
		t.Fatalf("onion.MaxSize %d exceeds protocol.MaxNotePayload %d", onion.MaxSize, protocol.MaxNotePayload)
	}
}
