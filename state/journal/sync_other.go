//go:build !linux

package journal

import "os"

// datasync flushes f to the disk.
func datasync(f *os.File) error { return f.Sync() }

// syncDir: directories are not flushed here (not every system can open one to flush it).
func syncDir(string) error { return nil }

// openDirect: direct writes are used on Linux only.
func openDirect(string) (*os.File, int) { return nil, 0 }

// refused: no direct writes here.
func refused(error) bool { return false }
