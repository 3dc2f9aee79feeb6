package node

import (
	"testing"

	"spoke/internal/pgtest"
)

// TestMain stops the PostgreSQL server the tests of hubs on PostgreSQL started, if any did.
func TestMain(m *testing.M) { pgtest.Main(m) }
