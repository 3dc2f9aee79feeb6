package node

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"spoke/internal/pgtest"
)

// What the many-channel benchmark measures besides time: the CPU of the process and of the users'
// threads, and memory.

// threadCPU is the CPU time (user + system) the calling OS thread has used.
func threadCPU() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD (Linux)
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU is the CPU time (user + system) of the whole process.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// userPool runs the users' work on goroutines locked to their own OS threads, and tells the CPU time
// those threads used. A pool of no threads runs the work on the caller's goroutine and tells nothing:
// the users' CPU is then in the process's, but no hand-off to a locked thread (two OS thread switches,
// and at GOMAXPROCS=1 the P moving with them) is paid.
type userPool struct {
	work chan func()
	ctl  []chan chan time.Duration
	wg   sync.WaitGroup
}

func newUserPool(workers int) *userPool {
	p := &userPool{work: make(chan func())}
	for range workers {
		ctl := make(chan chan time.Duration)
		p.ctl = append(p.ctl, ctl)
		p.wg.Go(func() {
			runtime.LockOSThread() // never unlocked: the thread exits with the goroutine
			for {
				select {
				case f, ok := <-p.work:
					if !ok {
						return
					}
					f()
				case reply := <-ctl:
					reply <- threadCPU()
				}
			}
		})
	}
	return p
}

// do runs f on one of the pool's threads and waits for it.
func (p *userPool) do(f func()) {
	if len(p.ctl) == 0 {
		f()
		return
	}
	done := make(chan struct{})
	p.work <- func() { f(); close(done) }
	<-done
}

// cpu is the CPU time the pool's threads used so far.
func (p *userPool) cpu() time.Duration {
	var total time.Duration
	for _, ctl := range p.ctl {
		reply := make(chan time.Duration)
		ctl <- reply
		total += <-reply
	}
	return total
}

func (p *userPool) close() { close(p.work); p.wg.Wait() }

// rssBytes is the process's resident set size (VmRSS), or 0 where /proc is missing.
func rssBytes() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, rss uint64
	if _, err := fmt.Sscan(string(b), &size, &rss); err != nil {
		return 0
	}
	return rss * uint64(syscall.Getpagesize())
}

// heapInUse is the Go heap in use after a full collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// postmasterOf is the pid of the PostgreSQL server serving dsn: the parent of a backend that tells its
// pid.
func postmasterOf(tb testing.TB, dsn string) int {
	tb.Helper()
	st, err := procStat(pgtest.QueryInt(tb, dsn, "SELECT pg_backend_pid()"))
	if err != nil {
		tb.Fatal(err)
	}
	return st.ppid
}

// pgServerCPU is the CPU time (user + system) of the PostgreSQL server whose postmaster is pid: the
// postmaster with the children it reaped, and its children running now (backends, WAL writer,
// checkpointer). The kernel counts in clock ticks (10 ms); a child that exited and was not reaped yet
// is missed.
func pgServerCPU(tb testing.TB, postmaster int) time.Duration {
	tb.Helper()
	pm, err := procStat(postmaster)
	if err != nil {
		tb.Fatal(err)
	}
	ticks := pm.utime + pm.stime + pm.cutime + pm.cstime
	dirs, err := os.ReadDir("/proc")
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		if st, err := procStat(pid); err == nil && st.ppid == postmaster {
			ticks += st.utime + st.stime
		}
	}
	return time.Duration(ticks) * time.Second / clockTicks
}

// clockTicks is the kernel's USER_HZ, the unit of /proc/<pid>/stat's times (100 on Linux's common
// architectures).
const clockTicks = 100

// procTimes is what procStat reads of /proc/<pid>/stat.
type procTimes struct {
	ppid                         int
	utime, stime, cutime, cstime int64
}

// procStat reads process pid's parent and CPU times from /proc/<pid>/stat.
func procStat(pid int) (procTimes, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return procTimes{}, err
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')') // the command name, in parentheses, may hold spaces
	if i < 0 {
		return procTimes{}, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(s[i+1:]) // f[0] is field 3 (state)
	if len(f) < 15 {
		return procTimes{}, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	var t procTimes
	t.ppid, _ = strconv.Atoi(f[1])
	for j, p := range []*int64{&t.utime, &t.stime, &t.cutime, &t.cstime} {
		*p, _ = strconv.ParseInt(f[11+j], 10, 64) // fields 14-17
	}
	return t, nil
}
