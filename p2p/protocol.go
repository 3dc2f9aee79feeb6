package p2p

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/libp2p/go-libp2p/core/protocol"
)

// protocolPrefix starts every spoke protocol id.
const protocolPrefix = "/spoke/"

var (
	protocolName    = regexp.MustCompile(`^[a-z][a-z0-9-]{0,63}$`)
	protocolVersion = regexp.MustCompile(`^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$`)
)

// NewProtocolID returns the stream protocol id /spoke/<name>/<version>. name is lowercase letters, digits
// and '-', starting with a letter, at most 64 bytes; version is major.minor.patch without leading zeros.
// It fails with ErrBadProtocolID otherwise.
func NewProtocolID(name, version string) (protocol.ID, error) {
	if !protocolName.MatchString(name) {
		return "", fmt.Errorf("%w: name %q", ErrBadProtocolID, name)
	}
	if !protocolVersion.MatchString(version) {
		return "", fmt.Errorf("%w: version %q (want major.minor.patch)", ErrBadProtocolID, version)
	}
	return protocol.ID(protocolPrefix + name + "/" + version), nil
}

// ProtocolID is NewProtocolID for constant arguments, as in
// `var pingProto = p2p.ProtocolID("ping", "1.0.0")`: it panics if name or version is invalid, which is a
// programming error, never a peer's input.
func ProtocolID(name, version string) protocol.ID {
	id, err := NewProtocolID(name, version)
	if err != nil {
		panic(err)
	}
	return id
}

// ParseProtocolID splits a spoke protocol id into its name and version, failing with ErrBadProtocolID if
// id is not one NewProtocolID would build.
func ParseProtocolID(id protocol.ID) (name, version string, err error) {
	rest, ok := strings.CutPrefix(string(id), protocolPrefix)
	name, version, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		return "", "", fmt.Errorf("%w: %q", ErrBadProtocolID, id)
	}
	if _, err := NewProtocolID(name, version); err != nil {
		return "", "", err
	}
	return name, version, nil
}
