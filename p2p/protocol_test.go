package p2p

import (
	"errors"
	"testing"

	"github.com/libp2p/go-libp2p/core/protocol"
)

func TestProtocolID(t *testing.T) {
	if got := ProtocolID("update", "1.0.0"); got != "/spoke/update/1.0.0" {
		t.Fatalf("ProtocolID = %q", got)
	}
	name, version, err := ParseProtocolID("/spoke/hub-announce/2.10.3")
	if err != nil || name != "hub-announce" || version != "2.10.3" {
		t.Fatalf("ParseProtocolID = %q, %q, %v", name, version, err)
	}
}

func TestProtocolIDRejects(t *testing.T) {
	bad := []struct{ name, version string }{
		{"", "1.0.0"}, {"Update", "1.0.0"}, {"up/date", "1.0.0"}, {"1st", "1.0.0"}, {"up date", "1.0.0"},
		{"update", ""}, {"update", "1.0"}, {"update", "v1.0.0"}, {"update", "01.0.0"}, {"update", "1.0.0-rc1"},
	}
	for _, b := range bad {
		if _, err := NewProtocolID(b.name, b.version); !errors.Is(err, ErrBadProtocolID) {
			t.Errorf("NewProtocolID(%q, %q) error %v, want ErrBadProtocolID", b.name, b.version, err)
		}
	}
	for _, id := range []string{"/spoke/update", "/other/update/1.0.0", "/spoke/update/1.0.0/x", "/spoke//1.0.0"} {
		if _, _, err := ParseProtocolID(protocol.ID(id)); !errors.Is(err, ErrBadProtocolID) {
			t.Errorf("ParseProtocolID(%q) error %v, want ErrBadProtocolID", id, err)
		}
	}
}

func TestProtocolIDPanicsOnBadConstant(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("ProtocolID did not panic on a bad name")
		}
	}()
	ProtocolID("Bad Name", "1.0.0")
}
