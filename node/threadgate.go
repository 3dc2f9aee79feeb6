package node

import (
	"context"
	"fmt"
	"sync"
)

// Thread work runs outside the engine's loop: a sender's sendThread goroutine, the ThreadProtocol
// handler, OpenThread and CloseThread in their callers' goroutines. Each stores thread records itself.
// The caller of Run closes the store once Run has returned, so Run must not return while any of them may
// still store: threadGate is the gate they pass. When the engine stops, the gate shuts (new thread work is
// refused with ErrStopped, and sends under way are cancelled), and Run waits for the work that passed it
// before returning.

// threadGate counts the thread work under way and refuses new work once the engine stops.
type threadGate struct {
	mu     sync.Mutex
	shut   bool
	wg     sync.WaitGroup
	ctx    context.Context // cancelled when the gate shuts: sends and waits under way give up
	cancel context.CancelFunc
}

func newThreadGate() *threadGate {
	ctx, cancel := context.WithCancel(context.Background())
	return &threadGate{ctx: ctx, cancel: cancel}
}

// enter admits one piece of thread work, which must call leave when done, or refuses it with an error
// wrapping ErrStopped once the engine stops.
func (w *threadGate) enter() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.shut {
		return fmt.Errorf("%w: it takes no more thread work", ErrStopped)
	}
	w.wg.Add(1)
	return nil
}

func (w *threadGate) leave() { w.wg.Done() }

// stop refuses new thread work and cancels the sends and waits under way.
func (w *threadGate) stop() {
	w.mu.Lock()
	w.shut = true
	w.mu.Unlock()
	w.cancel()
}

// wait returns once every piece of thread work admitted before stop has left.
func (w *threadGate) wait() { w.wg.Wait() }

// stopping reports whether the engine stops.
func (w *threadGate) stopping() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.shut
}

// bounded returns ctx, cancelled also when the engine stops.
func (w *threadGate) bounded(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(w.ctx, cancel)
	return ctx, func() {
		stop()
		cancel()
	}
}
