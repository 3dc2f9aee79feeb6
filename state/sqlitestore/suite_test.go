package sqlitestore_test

import (
	"testing"

	"spoke/state/storetest"
)

// TestConformance runs the state.Store conformance suite on SQLite files.
func TestConformance(t *testing.T) { storetest.Run(t, backend) }
