package sqlitestore

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestPragmas checks the settings durability depends on, on the connections the store really uses.
func TestPragmas(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "states.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		db     *sql.DB
		pragma string
		want   string
	}{
		{s.writer, "journal_mode", "wal"},
		{s.writer, "synchronous", "2"}, // FULL
		{s.writer, "busy_timeout", "5000"},
		{s.reader, "busy_timeout", "5000"},
		{s.reader, "query_only", "1"},
	} {
		var got string
		if err := c.db.QueryRowContext(context.Background(), "PRAGMA "+c.pragma).Scan(&got); err != nil || got != c.want {
			t.Errorf("%s = %q (%v), want %q", c.pragma, got, err, c.want)
		}
	}
}
