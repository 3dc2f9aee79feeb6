package gasreport

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"spoke/contracts"
	"spoke/state"
)

// settlement holds what Alice's final state commits to: two threads (Bob to Alice, Alice to Bob) and two
// locks (the hub to Alice, Alice to the hub), and the thread state Bob last signed.
type settlement struct {
	threads  []state.ThreadState
	latest   state.ThreadState // thread 0 after Bob paid Alice 0.3 ETH in three updates
	locks    []state.Lock
	preimage [32]byte // of locks[0]
}

func preimage(i int) (p [32]byte) {
	copy(p[:], crypto.Keccak256([]byte(fmt.Sprintf("spoke gas report preimage %d", i))))
	return p
}

// aliceOpensThreadsAndLocks opens two threads and two locks in Alice's channel, off-chain.
func (r *run) aliceOpensThreadsAndLocks() error {
	a, e := r.alice, r.e
	st := &r.settle
	st.threads = []state.ThreadState{
		{Hub: e.Hub.Addr, Sender: e.Bob.Addr, Receiver: e.Alice.Addr, ThreadID: 1, WeiSender: milliEther(1000)},
		{Hub: e.Hub.Addr, Sender: e.Alice.Addr, Receiver: e.Bob.Addr, ThreadID: 2, WeiSender: milliEther(500)},
	}
	st.latest = st.threads[0]
	st.latest.WeiSender, st.latest.WeiReceiver, st.latest.TxCount = milliEther(700), milliEther(300), 3
	st.preimage = preimage(1)
	st.locks = []state.Lock{
		{ID: 1, ToUser: true, AmountWei: milliEther(500), Hashlock: state.Hashlock(st.preimage), Expiry: farFuture},
		{ID: 2, ToUser: false, AmountWei: milliEther(200), Hashlock: state.Hashlock(preimage(2)), Expiry: farFuture},
	}
	// In Alice's channel the hub backs the thread Bob pays her through; her own thread comes from her side.
	if err := a.openThreads(func(s *state.ChannelState) {
		s.ThreadRoot, s.ThreadCount = state.ThreadRoot(st.threads), uint64(len(st.threads))
		s.WeiHub, s.WeiUser = milliEther(1000), milliEther(4500)
	}); err != nil {
		return err
	}
	return a.pay(func(s *state.ChannelState) {
		s.LockRoot, s.LockedWei = state.LockRoot(st.locks), milliEther(700)
		s.WeiHub, s.WeiUser = milliEther(500), milliEther(4300)
	})
}

// aliceExits has Alice exit with her latest state, which the chain has not seen.
func (r *run) aliceExits() error {
	a := r.alice
	return r.dispute(spec{opStartExitRoots, 0, "Alice starts an exit with her latest state, which also " +
		"carries a thread root (two threads), a lock root (two locks) and 0.7 ETH locked " +
		"(startExitWithUpdate; the hub's signature is checked)."}, a.user, &a.s, a.hub)
}

// emptyAlice pays out Alice's balances; her threads and locks keep the channel settling (setup).
func (r *run) emptyAlice() error {
	m, hub, user := r.e.Manager, r.alice.hub.Addr, r.alice.user.Addr
	return r.send(setup, r.alice.user, nil, func(o txOpts) (txResult, error) { return m.EmptyChannel(o, hub, user) })
}

// threadDispute has the hub dispute Bob's thread to Alice with its initial state, which favours the hub,
// and Alice answer with the latest state Bob signed.
func (r *run) threadDispute() error {
	e, st := r.e, &r.settle
	proof, err := state.NewMerkleTree(threadLeaves(st.threads)).Proof(st.threads[0].StructHash())
	if err != nil {
		return fmt.Errorf("gasreport: thread proof: %w", err)
	}
	initial, sigInitial := contracts.ThreadState(&st.threads[0]), e.SignThread(&st.threads[0], e.Bob)
	m, hub, user := e.Manager, e.Hub.Addr, e.Alice.Addr
	if err := r.send(spec{opThreadStart, 0, fmt.Sprintf("In Alice's settling channel the hub disputes "+
		"Bob's thread to her with its initial state (Bob 1 ETH, Alice 0), which favours the hub "+
		"(startExitThread; merkle proof of %d hash, Bob's signature checked): it starts the thread's dispute "+
		"record, shared with the thread's other channel, and marks Alice's channel joined.", len(proof))}, e.Hub, nil,
		func(o txOpts) (txResult, error) {
			return m.StartExitThread(o, hub, user, initial, contracts.Proof(proof), sigInitial)
		}); err != nil {
		return err
	}
	update, sigUpdate := contracts.ThreadState(&st.latest), e.SignThread(&st.latest, e.Bob)
	return r.send(spec{opThreadChallenge, 0, "Alice answers with the latest thread state Bob signed, " +
		"0.3 ETH to her (challengeThread of the record named by the initial state; Bob's signature checked)."},
		e.Alice, nil,
		func(o txOpts) (txResult, error) { return m.ChallengeThread(o, initial, update, sigUpdate) })
}

// resolveLock reveals the preimage of the hub's lock to Alice and settles the lock.
func (r *run) resolveLock() error {
	e, st := r.e, &r.settle
	m, hub, user, pre := e.Manager, e.Hub.Addr, e.Alice.Addr, st.preimage
	if err := r.send(spec{opRevealPreimage, 0, "Alice publishes the preimage of the hashlock of the hub's " +
		"0.5 ETH lock to her (revealPreimage); a new slot records the time."}, e.Alice, nil,
		func(o txOpts) (txResult, error) { return m.RevealPreimage(o, pre) }); err != nil {
		return err
	}
	proof, err := state.NewMerkleTree(LockLeaves(st.locks)).Proof(st.locks[0].Leaf())
	if err != nil {
		return fmt.Errorf("gasreport: lock proof: %w", err)
	}
	lock := contracts.Lock(&st.locks[0])
	return r.send(spec{opLockResolution, 0, fmt.Sprintf("Alice settles that lock against her channel's "+
		"final lock root (resolveLock; merkle proof of %d hash): revealed before expiry, so the 0.5 ETH are "+
		"paid to her; a new slot marks the lock resolved; a thread and a lock remain.", len(proof))}, e.Alice, nil,
		func(o txOpts) (txResult, error) { return m.ResolveLock(o, hub, user, lock, contracts.Proof(proof)) })
}

// emptyThread pays out the disputed thread after its challenge period.
func (r *run) emptyThread() error {
	e, t := r.e, r.settle.threads[0]
	m, hub, user := e.Manager, e.Hub.Addr, e.Alice.Addr
	initial := contracts.ThreadState(&t)
	return r.send(spec{opThreadEmpty, 0, "After the thread's challenge period Alice empties it in her channel " +
		"(emptyThread, by the shared record): 0.3 ETH paid to her, 0.7 ETH credited to the hub's reserve; a " +
		"thread and a lock remain, so the channel stays settling."}, e.Alice, nil,
		func(o txOpts) (txResult, error) { return m.EmptyThread(o, hub, user, initial) })
}

func threadLeaves(ts []state.ThreadState) []common.Hash {
	out := make([]common.Hash, len(ts))
	for i := range ts {
		out[i] = ts[i].StructHash()
	}
	return out
}

func LockLeaves(ls []state.Lock) []common.Hash {
	out := make([]common.Hash, len(ls))
	for i := range ls {
		out[i] = ls[i].Leaf()
	}
	return out
}
