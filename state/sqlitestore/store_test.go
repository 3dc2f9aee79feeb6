package sqlitestore_test

import (
	"errors"
	"os"
	"testing"

	"spoke/state/sqlitestore"
)

func TestFileMode(t *testing.T) {
	s, path := openTemp(t)
	mustPut(t, s, record(addr(1), addr(2), 1))
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
}

func TestOpenRejectsPath(t *testing.T) {
	for _, p := range []string{"", t.TempDir() + "/a?b.db"} {
		if _, err := sqlitestore.Open(p); !errors.Is(err, sqlitestore.ErrPath) {
			t.Errorf("%q: %v", p, err)
		}
	}
	if _, err := sqlitestore.Open(t.TempDir() + "/missing/dir/states.db"); err == nil {
		t.Error("opened a file in a missing directory")
	}
}
