//go:build !unix

package node

// LockFile is the file in a node's data directory that the running node holds an exclusive lock on.
const LockFile = "LOCK"

// LockDataDir does not lock on platforms without flock; run one node per data directory there.
func LockDataDir(string) (func() error, error) { return func() error { return nil }, nil }
