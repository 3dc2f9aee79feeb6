package journal

import (
	"os"

	"golang.org/x/sys/unix"
)

// datasync flushes f's data (and what metadata reading it back needs) to the disk.
func datasync(f *os.File) error { return unix.Fdatasync(int(f.Fd())) }
