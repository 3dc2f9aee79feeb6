// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ChannelTypes} from "./ChannelTypes.sol";
import {ChannelBase} from "./ChannelBase.sol";

/// @title ChannelSettlement
/// @notice Settles what an emptied channel still holds: the threads under its final thread root and the
/// hashlocked transfers under its final lock root.
abstract contract ChannelSettlement is ChannelBase {
    using SafeCast for uint256;

    constructor(IERC20 token_, uint256 challengePeriod_) ChannelBase(token_, challengePeriod_) {}

    // ---------------------------------------------------------------- threads

    /// @notice Joins the settling (hub, user) channel to the dispute record of a thread whose initial state,
    /// signed by its sender, is under the channel's final thread root; starts the record if no channel has.
    /// The record is shared by the thread's two channels (the sender's and the receiver's), so the thread
    /// settles once, with one state, in both. A channel joining after the record's period ended settles
    /// with the state it ended with.
    function startExitThread(
        address hub,
        address user,
        ChannelTypes.ThreadState calldata initial,
        bytes32[] calldata proof,
        bytes calldata sigInitial
    ) external nonReentrant {
        ThreadDispute storage t = _joinThreadDispute(hub, user, initial, proof, sigInitial);
        emit ThreadExitStarted(
            hub, user, ChannelTypes.threadKey(initial.sender, initial.receiver, initial.threadId), t.txCount, t.closingTime
        );
    }

    /// @notice startExitThread putting forward a later state of the thread its sender signed: it applies as
    /// a challenge (challengeThread) when the record starts here, or when its period is still open and the
    /// update pays the receiver more than the record holds; else the channel joins the record as it stands.
    function startExitThreadWithUpdate(
        address hub,
        address user,
        ChannelTypes.ThreadState calldata initial,
        bytes32[] calldata proof,
        bytes calldata sigInitial,
        ChannelTypes.ThreadState calldata update,
        bytes calldata sigUpdate
    ) external nonReentrant {
        _sameThread(initial, update);
        bool fresh = _threads[threadRecordKey(initial)].closingTime == 0;
        ThreadDispute storage t = _joinThreadDispute(hub, user, initial, proof, sigInitial);
        if (fresh || (block.timestamp < t.closingTime && _paysMore(t, update))) _acceptThreadUpdate(t, update, sigUpdate);
        emit ThreadExitStarted(
            hub, user, ChannelTypes.threadKey(update.sender, update.receiver, update.threadId), t.txCount, t.closingTime
        );
    }

    /// @notice Replaces the state of the dispute record of the thread whose initial state is `initial` with a
    /// later one its sender signed, within the record's challenge period. Anyone holding the signature may
    /// call it; it needs no channel: the record is the thread's.
    function challengeThread(
        ChannelTypes.ThreadState calldata initial,
        ChannelTypes.ThreadState calldata update,
        bytes calldata sig
    ) external nonReentrant {
        _sameThread(initial, update);
        ThreadDispute storage t = _threads[threadRecordKey(initial)];
        if (t.closingTime == 0) revert ThreadNotInDispute();
        if (block.timestamp >= t.closingTime) revert ChallengePeriodOver(t.closingTime);
        _acceptThreadUpdate(t, update, sig);
        emit ThreadChallenged(
            update.hub, ChannelTypes.threadKey(update.sender, update.receiver, update.threadId), update.txCount
        );
    }

    /// @notice After the challenge period of the thread's record, pays the user of the settling (hub, user)
    /// channel, which joined the record, its side of the thread by the record; the other side returns to the
    /// hub's reserve (the hub settles it in the thread's other channel, by the same record).
    function emptyThread(address hub, address user, ChannelTypes.ThreadState calldata initial) external nonReentrant {
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        bytes32 rk = threadRecordKey(initial);
        bytes32 mk = _threadMarkKey(c, hub, user, rk);
        ThreadMark mark = _threadMarks[mk];
        if (mark == ThreadMark.None) revert ThreadNotInDispute();
        if (mark == ThreadMark.Emptied) revert ThreadAlreadyEmptied();
        ThreadDispute storage t = _threads[rk];
        if (block.timestamp < t.closingTime) revert ChallengePeriodNotOver(t.closingTime);
        uint256 weiAll = uint256(t.weiSender) + t.weiReceiver;
        uint256 tokenAll = uint256(t.tokenSender) + t.tokenReceiver;
        if (weiAll + c.lockedWei > c.weiTotal || tokenAll + c.lockedToken > c.tokenTotal) {
            revert InsufficientChannelFunds();
        }
        if (c.threadCount == 0) revert NoThreadLeft(); // the final state under-counted its threads
        (uint256 wu, uint256 tu) =
            user == initial.sender ? (t.weiSender, t.tokenSender) : (t.weiReceiver, t.tokenReceiver);
        _threadMarks[mk] = ThreadMark.Emptied;
        c.weiTotal -= weiAll.toUint128();
        c.tokenTotal -= tokenAll.toUint128();
        c.threadCount -= 1;
        reserveWei[hub] += weiAll - wu;
        reserveToken[hub] += tokenAll - tu;
        emit ThreadEmptied(hub, user, ChannelTypes.threadKey(initial.sender, initial.receiver, initial.threadId), wu, tu);
        _reopenIfSettled(c, hub, user);
        _pay(user, wu, tu);
    }

    /// @notice Escape hatch: once NUKE_DELAY_PERIODS challenge periods have passed since the channel emptied,
    /// pays every thread fund still held to the user and forgets the remaining threads.
    function nukeThreads(address hub, address user) external nonReentrant {
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        uint256 earliest = uint256(c.closingTime) + challengePeriod * NUKE_DELAY_PERIODS;
        if (block.timestamp < earliest) revert NukeTooEarly(earliest);
        uint256 w = c.weiTotal - c.lockedWei;
        uint256 tk = c.tokenTotal - c.lockedToken;
        c.weiTotal = c.lockedWei;
        c.tokenTotal = c.lockedToken;
        c.threadCount = 0;
        emit ThreadsNuked(hub, user, w, tk);
        _reopenIfSettled(c, hub, user);
        _pay(user, w, tk);
    }

    /// @notice The key of a thread's dispute record: the hub, the thread's key and its initial state's struct
    /// hash (a thread id used again with another initial state is another record).
    function threadRecordKey(ChannelTypes.ThreadState calldata initial) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                initial.hub,
                ChannelTypes.threadKey(initial.sender, initial.receiver, initial.threadId),
                ChannelTypes.hash(initial)
            )
        );
    }

    /// @dev Checks the channel's claim to the thread and joins the channel's running dispute to the thread's
    /// record, starting the record if it has not started.
    function _joinThreadDispute(
        address hub,
        address user,
        ChannelTypes.ThreadState calldata initial,
        bytes32[] calldata proof,
        bytes calldata sig
    ) private returns (ThreadDispute storage t) {
        _onlyParty(hub, user);
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        if (
            initial.hub != hub || (user != initial.sender && user != initial.receiver) || initial.txCount != 0
                || initial.weiReceiver != 0 || initial.tokenReceiver != 0
        ) revert InvalidThreadState();
        if (!MerkleProof.verifyCalldata(proof, c.threadRoot, ChannelTypes.hash(initial))) revert InvalidProof();
        _checkThreadSig(initial, sig);
        bytes32 rk = threadRecordKey(initial);
        bytes32 mk = _threadMarkKey(c, hub, user, rk);
        ThreadMark mark = _threadMarks[mk];
        if (mark == ThreadMark.Emptied) revert ThreadAlreadyEmptied();
        if (mark == ThreadMark.Joined) revert ThreadAlreadyInDispute();
        _threadMarks[mk] = ThreadMark.Joined;
        t = _threads[rk];
        if (t.closingTime != 0) return t; // started by the thread's other channel: join it
        t.weiSender = initial.weiSender.toUint128();
        t.tokenSender = initial.tokenSender.toUint128();
        t.closingTime = (block.timestamp + challengePeriod).toUint64();
    }

    /// @dev Reverts unless `update` is a state of the thread `initial` starts (same hub, sender, receiver, id).
    function _sameThread(ChannelTypes.ThreadState calldata initial, ChannelTypes.ThreadState calldata update)
        private
        pure
    {
        if (
            update.hub != initial.hub || update.sender != initial.sender || update.receiver != initial.receiver
                || update.threadId != initial.threadId
        ) revert InvalidThreadState();
    }

    /// @dev Whether u pays the receiver more than the record holds: at least as much of each asset and more
    /// of one.
    function _paysMore(ThreadDispute storage t, ChannelTypes.ThreadState calldata u) private view returns (bool) {
        return u.weiReceiver >= t.weiReceiver && u.tokenReceiver >= t.tokenReceiver
            && (u.weiReceiver != t.weiReceiver || u.tokenReceiver != t.tokenReceiver);
    }

    /// @dev A later thread state keeps the thread's totals and pays the receiver more (_paysMore). States are
    /// ordered by what they pay the receiver, not by their count: a sender who signed a state with the
    /// largest count could otherwise put it first and shut out every state paying the receiver more. The
    /// count is kept for the record. The caller checked that u is a state of the record's thread.
    function _acceptThreadUpdate(ThreadDispute storage t, ChannelTypes.ThreadState calldata u, bytes calldata sig)
        private
    {
        if (
            u.weiSender + u.weiReceiver != uint256(t.weiSender) + t.weiReceiver
                || u.tokenSender + u.tokenReceiver != uint256(t.tokenSender) + t.tokenReceiver || !_paysMore(t, u)
        ) revert InvalidThreadState();
        _checkThreadSig(u, sig);
        t.weiSender = u.weiSender.toUint128();
        t.weiReceiver = u.weiReceiver.toUint128();
        t.tokenSender = u.tokenSender.toUint128();
        t.tokenReceiver = u.tokenReceiver.toUint128();
        t.txCount = u.txCount.toUint64();
    }

    function _checkThreadSig(ChannelTypes.ThreadState calldata s, bytes calldata sig) private view {
        if (msg.sender == s.sender) return;
        if (ECDSA.recoverCalldata(_hashTypedDataV4(ChannelTypes.hash(s)), sig) != s.sender) {
            revert InvalidSignature(s.sender);
        }
    }

    /// @dev The key of a channel dispute's mark for a thread record: marks are keyed by the channel's dispute
    /// (its closing time, unique per dispute), so a mark left by an earlier dispute never counts in a later.
    function _threadMarkKey(Channel storage c, address hub, address user, bytes32 recordKey)
        internal
        view
        returns (bytes32)
    {
        return keccak256(abi.encode(channelKey(hub, user), c.closingTime, recordKey));
    }

    // ---------------------------------------------------------------- hashlocked transfers

    /// @notice Records that the preimage of keccak256(preimage) is public as of this block.
    function revealPreimage(bytes32 preimage) external {
        bytes32 hashlock = keccak256(abi.encode(preimage));
        if (revealedAt[hashlock] != 0) return;
        revealedAt[hashlock] = block.timestamp;
        emit PreimageRevealed(hashlock, preimage);
    }

    /// @notice Settles one lock of an emptied channel, proven against its final lock root: to the receiver
    /// if the preimage was revealed on-chain at or before the lock's expiry, else, once expired, to the
    /// sender. Anyone may call it.
    function resolveLock(address hub, address user, ChannelTypes.Lock calldata lock, bytes32[] calldata proof)
        external
        nonReentrant
    {
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        bytes32 leaf = ChannelTypes.hash(lock);
        if (!MerkleProof.verifyCalldata(proof, c.lockRoot, leaf)) revert InvalidProof();
        bytes32 resolvedKey = keccak256(abi.encode(channelKey(hub, user), c.closingTime, leaf));
        if (lockResolved[resolvedKey]) revert LockAlreadyResolved();
        uint256 revealed = revealedAt[lock.hashlock];
        bool paid = revealed != 0 && revealed <= lock.expiry;
        if (!paid && block.timestamp <= lock.expiry) revert LockNotYetResolvable(lock.expiry);
        if (lock.amountWei > c.lockedWei || lock.amountToken > c.lockedToken) revert InsufficientChannelFunds();
        lockResolved[resolvedKey] = true;
        c.lockedWei -= lock.amountWei.toUint128();
        c.lockedToken -= lock.amountToken.toUint128();
        c.weiTotal -= lock.amountWei.toUint128();
        c.tokenTotal -= lock.amountToken.toUint128();
        bool toUser = lock.toUser == paid; // paid: the receiver; refunded: the sender
        address paidTo = toUser ? user : hub;
        emit LockResolved(hub, user, leaf, paidTo);
        _reopenIfSettled(c, hub, user);
        if (toUser) {
            _pay(user, lock.amountWei, lock.amountToken);
        } else {
            reserveWei[hub] += lock.amountWei;
            reserveToken[hub] += lock.amountToken;
        }
    }
}
