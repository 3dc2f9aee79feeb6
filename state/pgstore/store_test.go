package pgstore_test

import (
	"encoding/hex"
	"errors"
	"testing"

	"spoke/internal/pgtest"
	"spoke/state"
	"spoke/state/pgstore"
	"spoke/state/storetest"
)

// TestInUse: a schema is one store's while it is open, as a data directory is one node's.
func TestInUse(t *testing.T) {
	dsn := pgtest.DSN(t)
	s, err := pgstore.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pgstore.Open(ctx, dsn); !errors.Is(err, pgstore.ErrInUse) {
		t.Fatalf("a second store on an open schema: %v", err)
	}
	other, err := pgstore.Open(ctx, pgtest.DSN(t)) // another schema of the same database
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(s.Close(), other.Close()); err != nil {
		t.Fatal(err)
	}
	s, err = pgstore.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("reopening a closed store's schema: %v", err)
	}
	_ = s.Close()
}

func TestOpenRejectsDSN(t *testing.T) {
	if _, err := pgstore.Open(ctx, "postgres://[::1"); err == nil {
		t.Fatal("opened a malformed URL")
	}
}

// TestCorruptRows damages rows as a careless operator could (what the CHECK constraints let through):
// reads report ErrCorrupt.
func TestCorruptRows(t *testing.T) {
	other, _ := (&state.SignedState{State: storetest.Record(storetest.Addr(1), storetest.Addr(2), 2).State}).MarshalBinary()
	tests := []struct {
		name, damage string
		read         func(state.Store) error
	}{
		{"truncated state", `UPDATE states SET encoded = substr(encoded, 1, 100)`, latest},
		{"other row's state", `UPDATE states SET encoded = '\x` + hex.EncodeToString(other) + `' WHERE tx_count = 3`, latest},
		{"history of another row's state", `UPDATE states SET encoded = '\x` + hex.EncodeToString(other) + `' WHERE tx_count = 3`, history},
		{"mark without its state", `DELETE FROM states WHERE tx_count = 3`, latest},
		{"partial lock", `UPDATE states SET locks = '\x00'`, latest},
		{"partial thread set", `UPDATE states SET threads = '\x00'`, latest},
		{"wrong preimage", `UPDATE preimages SET preimage = '\x` + hex.EncodeToString(make([]byte, 32)) + `'`, preimage},
		{"thread of another id", `UPDATE threads SET thread_id = 8`, threads},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pl := place(pgtest.DSN(t))
			s := storetest.OpenAt(t, pl)
			storetest.MustCommit(t, s, state.Batch{States: storetest.Records(storetest.Addr(1), storetest.Addr(2), 1, 3),
				Preimages: [][32]byte{{1}}, Threads: []state.ThreadRecord{
					storetest.ThreadRecord(storetest.Addr(1), storetest.Addr(2), storetest.Addr(3), 7, 2, state.ThreadOpen)}})
			pl.Exec(t, tc.damage)
			if err := tc.read(s); !errors.Is(err, pgstore.ErrCorrupt) {
				t.Fatalf("got %v, want ErrCorrupt", err)
			} else {
				t.Log(err)
			}
		})
	}
}

func latest(s state.Store) error {
	_, err := s.Latest(ctx, storetest.Addr(1), storetest.Addr(2))
	return err
}

func history(s state.Store) error {
	_, err := s.History(ctx, storetest.Addr(1), storetest.Addr(2), 0, 0)
	return err
}

func preimage(s state.Store) error {
	_, err := s.Preimage(ctx, state.Hashlock([32]byte{1}))
	return err
}

func threads(s state.Store) error {
	_, err := s.Threads(ctx)
	return err
}
