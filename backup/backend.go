package backup

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// Backend stores sealed snapshots by content and keeps each node's latest pointer. A backend is given a
// node's Identity, never its key.
type Backend interface {
	// Put stores blob and returns its reference (a content hash).
	Put(ctx context.Context, blob []byte) (string, error)
	// Get returns the blob of a reference Put returned, checking that it is that content.
	Get(ctx context.Context, ref string) ([]byte, error)
	// Publish makes pointer, which the node signed, the latest of the node id names.
	Publish(ctx context.Context, id Identity, pointer []byte) error
	// Latest returns the latest pointer published for the node id names, or ErrNoBackup.
	Latest(ctx context.Context, id Identity) ([]byte, error)
	// String names the backend for people.
	String() string
}

// ErrNoBackup says a backend has no backup of a node.
var ErrNoBackup = errors.New("backup: no backup of this node")

// Dir is a Backend in a local directory: blobs/<sha256> and latest/<address>, each written to a temporary
// file, synced and renamed. It is the embedded default; a directory on another disk or a mounted share
// keeps backups off the node's own disk.
type Dir struct{ path string }

// NewDir opens (creating, mode 0700) a directory backend.
func NewDir(path string) (*Dir, error) {
	for _, sub := range []string{"blobs", "latest"} {
		if err := os.MkdirAll(filepath.Join(path, sub), 0o700); err != nil {
			return nil, fmt.Errorf("backup: %w", err)
		}
	}
	return &Dir{path: path}, nil
}

func (d *Dir) String() string { return "directory " + d.path }

// Put stores blob under its SHA-256.
func (d *Dir) Put(_ context.Context, blob []byte) (string, error) {
	sum := sha256.Sum256(blob)
	ref := hex.EncodeToString(sum[:])
	path := filepath.Join(d.path, "blobs", ref)
	if _, err := os.Stat(path); err == nil {
		return ref, nil
	}
	return ref, writeFile(path, blob)
}

// Get reads the blob ref and checks its hash.
func (d *Dir) Get(_ context.Context, ref string) ([]byte, error) {
	if _, err := hex.DecodeString(ref); err != nil || len(ref) != 64 {
		return nil, fmt.Errorf("backup: bad reference %q", ref)
	}
	f, err := os.Open(filepath.Join(d.path, "blobs", ref))
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	defer f.Close()
	blob, err := io.ReadAll(io.LimitReader(f, MaxBlob+1))
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(blob); hex.EncodeToString(sum[:]) != ref {
		return nil, fmt.Errorf("backup: blob %s does not match its hash", ref)
	}
	return blob, nil
}

// Publish writes the node's latest pointer.
func (d *Dir) Publish(_ context.Context, id Identity, pointer []byte) error {
	return writeFile(d.latestPath(id.Node), pointer)
}

// Latest reads the node's latest pointer.
func (d *Dir) Latest(_ context.Context, id Identity) ([]byte, error) {
	b, err := os.ReadFile(d.latestPath(id.Node))
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoBackup
	}
	return b, err
}

func (d *Dir) latestPath(node common.Address) string {
	return filepath.Join(d.path, "latest", node.Hex())
}

// writeFile writes b to path durably: a synced temporary file renamed over it, mode 0600.
func writeFile(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("backup: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("backup: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return os.Rename(tmp.Name(), path)
}

var (
	_ Backend = (*Dir)(nil)
	_ Backend = (*Kubo)(nil)
)
