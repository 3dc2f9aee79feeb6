package node

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"spoke/state"
)

// The loop decides what to sign; the signing itself runs off it, on every core, before the turn's Commit
// (docs/adr/0015-all-cores.md). A state this node signs gets a 65-byte signature slot at once, shared by
// every copy of the state made in the turn (the channel's view, the record queued for the Commit, the
// countersignature queued for the reply); signTurn fills the slots, then the Commit stores them, and only
// then does anything carrying them leave the node. Nothing reads a slot before signTurn: the states of a
// turn are read again only by what runs after its Commit.

// signJob is one signature of this node's that the turn needs.
type signJob struct {
	st  state.ChannelState // what is signed: a copy, so the loop may move the channel on meanwhile
	sig []byte             // the slot, filled in place
	// encode, if set, runs on the worker right after the signature is made (it may read the slot).
	encode func() error
	// then, if set, runs in the loop once every signature of the turn is made, in the order of the jobs.
	then func()
}

// signLater gives s this node's signature slot, made by signTurn before the turn's Commit, and returns
// it. encode and then are signJob's.
func (e *Engine) signLater(t *turn, s *state.SignedState, encode func() error, then func()) []byte {
	sig := make([]byte, state.SignatureLength)
	if s.State.Hub == e.me {
		s.SigHub = sig
	} else {
		s.SigUser = sig
	}
	t.signs = append(t.signs, signJob{st: s.State, sig: sig, encode: encode, then: then})
	return sig
}

// signTurn makes the turn's signatures: on the loop for one, else on min(jobs, GOMAXPROCS) workers that
// take the jobs in order. It then runs the jobs' then functions in order. An error (a key that cannot
// sign, an encoding that failed although the loop checked it) is fatal for the engine, as a failed
// Commit is: nothing of the turn has left the node.
func (e *Engine) signTurn(t *turn) error {
	jobs := t.signs
	t.signs = nil
	errs := make([]error, len(jobs))
	workers := min(len(jobs), runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range jobs {
			errs[i] = e.signJob(&jobs[i])
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := int(next.Add(1) - 1); i < len(jobs); i = int(next.Add(1) - 1) {
					errs[i] = e.signJob(&jobs[i])
				}
			})
		}
		wg.Wait()
	}
	for i := range jobs {
		if errs[i] != nil {
			return fmt.Errorf("node: cannot sign state %d of %s/%s: %w", jobs[i].st.TxCountGlobal, jobs[i].st.Hub,
				jobs[i].st.User, errs[i])
		}
	}
	for i := range jobs {
		if jobs[i].then != nil {
			jobs[i].then()
		}
		if e.cfg.signed != nil {
			t.signed = append(t.signed, jobs[i].st)
		}
	}
	return nil
}

// signJob signs one job's state into its slot and encodes what carries it.
func (e *Engine) signJob(j *signJob) error {
	sig, err := state.Sign(e.cfg.Domain.ChannelDigest(&j.st), e.cfg.Key)
	if err != nil {
		return err
	}
	copy(j.sig, sig[:])
	if j.encode != nil {
		return j.encode()
	}
	return nil
}
