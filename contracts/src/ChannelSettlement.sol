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

    /// @notice Starts a thread dispute with the thread's initial state, proven against the thread root.
    function startExitThread(
        address hub,
        address user,
        ChannelTypes.ThreadState calldata initial,
        bytes32[] calldata proof,
        bytes calldata sigInitial
    ) external nonReentrant {
        _openThreadDispute(hub, user, initial, proof, sigInitial);
        emit ThreadExitStarted(hub, user, ChannelTypes.threadKey(initial.sender, initial.receiver, initial.threadId), 0);
    }

    /// @notice Starts a thread dispute and moves it straight to a later state the sender signed.
    function startExitThreadWithUpdate(
        address hub,
        address user,
        ChannelTypes.ThreadState calldata initial,
        bytes32[] calldata proof,
        bytes calldata sigInitial,
        ChannelTypes.ThreadState calldata update,
        bytes calldata sigUpdate
    ) external nonReentrant {
        if (update.sender != initial.sender || update.receiver != initial.receiver || update.threadId != initial.threadId)
        {
            revert InvalidThreadState();
        }
        ThreadDispute storage t = _openThreadDispute(hub, user, initial, proof, sigInitial);
        _acceptThreadUpdate(t, hub, update, sigUpdate);
        emit ThreadExitStarted(
            hub, user, ChannelTypes.threadKey(update.sender, update.receiver, update.threadId), update.txCount
        );
    }

    /// @notice Replaces a disputed thread's state with a later one the sender signed, within the thread's
    /// challenge period. Anyone holding the signature may call it.
    function challengeThread(address hub, address user, ChannelTypes.ThreadState calldata update, bytes calldata sig)
        external
        nonReentrant
    {
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        ThreadDispute storage t = _threads[_threadSlot(c, hub, user, update.sender, update.receiver, update.threadId)];
        if (t.closingTime == 0) revert ThreadNotInDispute();
        if (block.timestamp >= t.closingTime) revert ChallengePeriodOver(t.closingTime);
        _acceptThreadUpdate(t, hub, update, sig);
        emit ThreadChallenged(
            hub, user, ChannelTypes.threadKey(update.sender, update.receiver, update.threadId), update.txCount
        );
    }

    /// @notice After a thread's challenge period, pays the channel's user its side of the thread; the other
    /// side returns to the hub's reserve (the hub settles it in the other user's channel).
    function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId)
        external
        nonReentrant
    {
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Settling) revert ChannelNotSettling(c.status);
        ThreadDispute storage t = _threads[_threadSlot(c, hub, user, sender, receiver, threadId)];
        if (t.closingTime == 0) revert ThreadNotInDispute();
        if (t.emptied) revert ThreadAlreadyEmptied();
        if (block.timestamp < t.closingTime) revert ChallengePeriodNotOver(t.closingTime);
        uint256 weiAll = uint256(t.weiSender) + t.weiReceiver;
        uint256 tokenAll = uint256(t.tokenSender) + t.tokenReceiver;
        if (weiAll + c.lockedWei > c.weiTotal || tokenAll + c.lockedToken > c.tokenTotal) {
            revert InsufficientChannelFunds();
        }
        if (c.threadCount == 0) revert NoThreadLeft(); // the final state under-counted its threads
        (uint256 wu, uint256 tu) = user == sender ? (t.weiSender, t.tokenSender) : (t.weiReceiver, t.tokenReceiver);
        t.emptied = true;
        c.weiTotal -= weiAll.toUint128();
        c.tokenTotal -= tokenAll.toUint128();
        c.threadCount -= 1;
        reserveWei[hub] += weiAll - wu;
        reserveToken[hub] += tokenAll - tu;
        emit ThreadEmptied(hub, user, ChannelTypes.threadKey(sender, receiver, threadId), wu, tu);
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

    function _openThreadDispute(
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
        t = _threads[_threadSlot(c, hub, user, initial.sender, initial.receiver, initial.threadId)];
        if (t.emptied) revert ThreadAlreadyEmptied();
        if (t.closingTime != 0) revert ThreadAlreadyInDispute();
        t.weiSender = initial.weiSender.toUint128();
        t.tokenSender = initial.tokenSender.toUint128();
        t.closingTime = (block.timestamp + challengePeriod).toUint64();
    }

    /// @dev A later thread state keeps the thread's totals and pays the receiver more: at least as much of
    /// each asset and more of one. States are ordered by what they pay the receiver, not by their count: a
    /// sender who signed a state with the largest count could otherwise put it first and shut out every
    /// state paying the receiver more. The count is kept for the record.
    function _acceptThreadUpdate(
        ThreadDispute storage t,
        address hub,
        ChannelTypes.ThreadState calldata u,
        bytes calldata sig
    ) private {
        if (t.emptied) revert ThreadAlreadyEmptied();
        if (
            u.hub != hub || u.weiSender + u.weiReceiver != uint256(t.weiSender) + t.weiReceiver
                || u.tokenSender + u.tokenReceiver != uint256(t.tokenSender) + t.tokenReceiver
                || u.weiReceiver < t.weiReceiver || u.tokenReceiver < t.tokenReceiver
                || (u.weiReceiver == t.weiReceiver && u.tokenReceiver == t.tokenReceiver)
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

    /// @dev Thread records are keyed by the channel's dispute (its closing time, unique per dispute), so a
    /// record left by an earlier dispute can never be used in a later one.
    function _threadSlot(
        Channel storage c,
        address hub,
        address user,
        address sender,
        address receiver,
        uint256 threadId
    ) internal view returns (bytes32) {
        return keccak256(
            abi.encode(channelKey(hub, user), c.closingTime, ChannelTypes.threadKey(sender, receiver, threadId))
        );
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
