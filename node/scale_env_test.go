package node

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"
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
// those threads used.
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
