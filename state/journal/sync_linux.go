package journal

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// datasync flushes f's data (and what metadata reading it back needs) to the disk.
func datasync(f *os.File) error { return unix.Fdatasync(int(f.Fd())) }

// syncDir flushes the directory dir, and so the names of the files created in it, to the disk. A file
// system that cannot flush a directory (EINVAL) keeps its names by other means.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, unix.EINVAL) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// maxAlign is the largest alignment of direct writes the journal accepts.
const maxAlign = 1 << 16

// openDirect opens path for direct writes (O_DIRECT|O_DSYNC: past the page cache, returning once the
// data is on the disk) and returns the alignment of offset, length and memory they need, at least
// 4096; nil when the file system does not take direct I/O on path (statx reports no alignment, as
// tmpfs does) or asks for an alignment above maxAlign.
func openDirect(path string) (*os.File, int) {
	var st unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, path, 0, unix.STATX_DIOALIGN, &st); err != nil ||
		st.Mask&unix.STATX_DIOALIGN == 0 || st.Dio_mem_align == 0 || st.Dio_offset_align == 0 {
		return nil, 0
	}
	align := max(4096, int(st.Dio_mem_align), int(st.Dio_offset_align))
	if align > maxAlign || align&(align-1) != 0 {
		return nil, 0
	}
	f, err := os.OpenFile(path, os.O_WRONLY|unix.O_DIRECT|unix.O_DSYNC, 0)
	if err != nil {
		return nil, 0
	}
	return f, align
}

// refused reports whether err is a direct write's refusal, after which nothing was written: EINVAL (an
// alignment the file system wants and statx did not report) or EOPNOTSUPP (a file system, an overlay
// among them, that opens files for direct I/O and then does not do it).
func refused(err error) bool { return errors.Is(err, unix.EINVAL) || errors.Is(err, unix.EOPNOTSUPP) }
