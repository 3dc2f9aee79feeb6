// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ChannelTypes} from "./ChannelTypes.sol";
import {ChannelSettlement} from "./ChannelSettlement.sol";

/// @title ChannelManager
/// @notice Payment channels between hubs and users, holding wei and one ERC20 token. Each channel is keyed by
/// (hub, user). Hubs keep a reserve here from which they collateralize their channels. Parties update
/// channels off-chain with states both sign (EIP-712); a state carrying pending deposits or withdrawals is
/// applied on-chain by hubAuthorizedUpdate or userAuthorizedUpdate. Either party can exit unilaterally; the
/// state with the highest txCountGlobal submitted within the challenge period wins.
contract ChannelManager is ChannelSettlement {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using ChannelTypes for ChannelTypes.ChannelState;

    constructor(IERC20 token_, uint256 challengePeriod_) ChannelSettlement(token_, challengePeriod_) {}

    // ---------------------------------------------------------------- hub reserve

    /// @notice Adds msg.value wei and `tokenAmount` tokens (pulled from the hub) to the caller's reserve.
    function hubDeposit(uint256 tokenAmount) external payable nonReentrant {
        reserveWei[msg.sender] += msg.value;
        reserveToken[msg.sender] += tokenAmount;
        emit HubReserveDeposited(msg.sender, msg.value, tokenAmount);
        if (tokenAmount != 0) token.safeTransferFrom(msg.sender, address(this), tokenAmount);
    }

    /// @notice Pays the caller's reserve out to the caller.
    function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) external nonReentrant {
        if (reserveWei[msg.sender] < weiAmount || reserveToken[msg.sender] < tokenAmount) {
            revert InsufficientReserve(msg.sender);
        }
        reserveWei[msg.sender] -= weiAmount;
        reserveToken[msg.sender] -= tokenAmount;
        emit HubReserveWithdrawn(msg.sender, weiAmount, tokenAmount);
        if (tokenAmount != 0) token.safeTransfer(msg.sender, tokenAmount);
        if (weiAmount != 0) {
            (bool ok,) = msg.sender.call{value: weiAmount}("");
            if (!ok) revert WeiTransferFailed(msg.sender);
        }
    }

    /// @notice Pays out wei and tokens a dispute payout could not push to the caller.
    function claim() external nonReentrant {
        uint256 w = unclaimedWei[msg.sender];
        uint256 t = unclaimedToken[msg.sender];
        if (w == 0 && t == 0) revert NothingToClaim();
        unclaimedWei[msg.sender] = 0;
        unclaimedToken[msg.sender] = 0;
        emit Claimed(msg.sender, w, t);
        if (t != 0) token.safeTransfer(msg.sender, t);
        if (w != 0) {
            (bool ok,) = msg.sender.call{value: w}("");
            if (!ok) revert WeiTransferFailed(msg.sender);
        }
    }

    // ---------------------------------------------------------------- direct deposits

    /// @notice Deposits msg.value wei and `tokenAmount` tokens (pulled from the caller) into the user's side
    /// of the (hub, user) channel, without any signature. The funds count for the user as soon as a state
    /// both parties sign credits them (creditedDepositWei / creditedDepositToken); until then an exit pays
    /// them back to the user.
    /// @dev Not nonReentrant: its only external call comes after its one storage write, so a re-entering
    /// token finds the books already settled; the functions it could re-enter are guarded, except deposit
    /// itself and revealPreimage, which keep no books a re-entry could corrupt.
    function deposit(address hub, address user, uint256 tokenAmount) external payable {
        _checkParties(hub, user);
        bytes32 key = channelKey(hub, user);
        DirectDeposits storage d = _direct[key];
        if (msg.value != 0) d.weiAmount += msg.value.toUint128();
        if (tokenAmount != 0) d.tokenAmount += tokenAmount.toUint128();
        emit Deposited(hub, user, msg.value, tokenAmount);
        if (tokenAmount != 0) token.safeTransferFrom(msg.sender, address(this), tokenAmount);
    }

    // ---------------------------------------------------------------- authorized updates

    /// @notice The hub applies a state the user signed. Every pending deposit, the user's included, is drawn
    /// from the hub's reserve; the hub's withdrawals return to its reserve; the user's go to `recipient`.
    function hubAuthorizedUpdate(ChannelTypes.ChannelState calldata s, bytes calldata sigUser)
        external
        nonReentrant
    {
        if (msg.sender != s.hub) revert NotAParty(msg.sender);
        bytes32 key = channelKey(s.hub, s.user);
        Channel storage c = _checkUpdate(s, key);
        uint256 depWei = s.pendingDepositWeiHub + s.pendingDepositWeiUser;
        uint256 depToken = s.pendingDepositTokenHub + s.pendingDepositTokenUser;
        _drawReserve(s.hub, depWei, depToken);
        _applyUpdate(key, c, s, true, sigUser);
    }

    /// @notice The user applies a state the hub signed. The user's wei deposit is msg.value and its token
    /// deposit is pulled from the user; the hub's deposits are drawn from the hub's reserve.
    function userAuthorizedUpdate(ChannelTypes.ChannelState calldata s, bytes calldata sigHub)
        external
        payable
        nonReentrant
    {
        if (msg.sender != s.user) revert NotAParty(msg.sender);
        if (msg.value != s.pendingDepositWeiUser) revert WrongDepositValue(s.pendingDepositWeiUser, msg.value);
        bytes32 key = channelKey(s.hub, s.user);
        Channel storage c = _checkUpdate(s, key);
        _drawReserve(s.hub, s.pendingDepositWeiHub, s.pendingDepositTokenHub);
        _applyUpdate(key, c, s, false, sigHub);
        if (s.pendingDepositTokenUser != 0) {
            token.safeTransferFrom(s.user, address(this), s.pendingDepositTokenUser);
        }
    }

    function _checkUpdate(ChannelTypes.ChannelState calldata s, bytes32 key) private view returns (Channel storage c) {
        _checkParties(s.hub, s.user);
        c = _channels[key];
        if (c.status != Status.Open) revert ChannelNotOpen(c.status);
        if (!s.hasPending()) revert NothingPending();
        if (s.timeout == 0) revert TimeoutRequired();
        if (block.timestamp > s.timeout) revert UpdateExpired(s.timeout);
        if (s.txCountGlobal <= c.txCountGlobal) revert StaleNonce(c.txCountGlobal, s.txCountGlobal);
        if (s.txCountChain != uint256(c.txCountChain) + 1) revert InvalidChainCount(c.txCountChain, s.txCountChain);
    }

    function _drawReserve(address hub, uint256 weiAmount, uint256 tokenAmount) private {
        if (weiAmount != 0) {
            if (reserveWei[hub] < weiAmount) revert InsufficientReserve(hub);
            reserveWei[hub] -= weiAmount;
        }
        if (tokenAmount != 0) {
            if (reserveToken[hub] < tokenAmount) revert InsufficientReserve(hub);
            reserveToken[hub] -= tokenAmount;
        }
    }

    /// @dev Checks signatures and funds, stores the state, pays out withdrawals.
    function _applyUpdate(
        bytes32 key,
        Channel storage c,
        ChannelTypes.ChannelState calldata s,
        bool byHub,
        bytes calldata sig
    ) private {
        (uint256 weiTotal, uint256 tokenTotal) = _creditedTotals(c, s, key);
        weiTotal += s.pendingDepositWeiHub + s.pendingDepositWeiUser;
        tokenTotal += s.pendingDepositTokenHub + s.pendingDepositTokenUser;
        uint256 outWei = s.pendingWithdrawalWeiHub + s.pendingWithdrawalWeiUser;
        uint256 outToken = s.pendingWithdrawalTokenHub + s.pendingWithdrawalTokenUser;
        if (weiTotal < outWei || tokenTotal < outToken) revert InsufficientChannelFunds();
        weiTotal -= outWei;
        tokenTotal -= outToken;
        if (s.weiHub + s.weiUser + s.lockedWei > weiTotal || s.tokenHub + s.tokenUser + s.lockedToken > tokenTotal) {
            revert InsufficientChannelFunds();
        }
        address signer = byHub ? s.user : s.hub;
        if (ECDSA.recoverCalldata(_hashTypedDataV4(s.hash()), sig) != signer) revert InvalidSignature(signer);
        _channels[key] = _record(
            s,
            [s.weiHub, s.weiUser, s.tokenHub, s.tokenUser],
            weiTotal,
            tokenTotal,
            s.txCountChain,
            Status.Open,
            c.closingTime
        );
        if (s.pendingWithdrawalWeiHub != 0) reserveWei[s.hub] += s.pendingWithdrawalWeiHub;
        if (s.pendingWithdrawalTokenHub != 0) reserveToken[s.hub] += s.pendingWithdrawalTokenHub;
        emit ChannelUpdated(s.hub, s.user, byHub, s.txCountGlobal, s.txCountChain);
        address to = s.recipient == address(0) ? s.user : s.recipient;
        if (s.pendingWithdrawalTokenUser != 0) token.safeTransfer(to, s.pendingWithdrawalTokenUser);
        if (s.pendingWithdrawalWeiUser != 0) {
            (bool ok,) = to.call{value: s.pendingWithdrawalWeiUser}("");
            if (!ok) revert WeiTransferFailed(to);
        }
    }

    // ---------------------------------------------------------------- unilateral exit

    /// @notice Starts an exit with the balances last applied on-chain.
    function startExit(address hub, address user) external nonReentrant {
        _checkParties(hub, user);
        _onlyParty(hub, user);
        Channel storage c = _channels[channelKey(hub, user)];
        if (c.status != Status.Open) revert ChannelNotOpen(c.status);
        _beginDispute(c);
        emit ExitStarted(hub, user, msg.sender, c.txCountGlobal);
    }

    /// @notice Starts an exit with a double-signed state newer than the one on-chain.
    function startExitWithUpdate(ChannelTypes.ChannelState calldata s, bytes calldata sigHub, bytes calldata sigUser)
        external
        nonReentrant
    {
        _checkParties(s.hub, s.user);
        _onlyParty(s.hub, s.user);
        bytes32 key = channelKey(s.hub, s.user);
        Channel storage c = _channels[key];
        if (c.status != Status.Open) revert ChannelNotOpen(c.status);
        _acceptDisputeState(key, c, s, sigHub, sigUser, block.timestamp + challengePeriod);
        emit ExitStarted(s.hub, s.user, msg.sender, s.txCountGlobal);
    }

    /// @notice Replaces the exiting state with a newer double-signed one before the challenge period ends.
    /// Anyone holding both signatures may call it (a watchtower, for instance).
    function challenge(ChannelTypes.ChannelState calldata s, bytes calldata sigHub, bytes calldata sigUser)
        external
        nonReentrant
    {
        _checkParties(s.hub, s.user);
        bytes32 key = channelKey(s.hub, s.user);
        Channel storage c = _channels[key];
        if (c.status != Status.ChannelDispute) revert ChannelNotInDispute(c.status);
        if (block.timestamp >= c.closingTime) revert ChallengePeriodOver(c.closingTime);
        _acceptDisputeState(key, c, s, sigHub, sigUser, c.closingTime);
        emit ExitChallenged(s.hub, s.user, msg.sender, s.txCountGlobal);
    }

    /// @notice After the challenge period, pays each party its balance (the hub's to its reserve). Funds of
    /// open threads and locks stay until they are settled; the channel reopens when nothing is left.
    function emptyChannel(address hub, address user) external nonReentrant {
        bytes32 key = channelKey(hub, user);
        Channel storage c = _channels[key];
        if (c.status != Status.ChannelDispute) revert ChannelNotInDispute(c.status);
        if (block.timestamp < c.closingTime) revert ChallengePeriodNotOver(c.closingTime);
        (uint256 wu, uint256 tu, uint256 wh, uint256 th) = (c.weiUser, c.tokenUser, c.weiHub, c.tokenHub);
        c.weiTotal -= uint128(wu + wh);
        c.tokenTotal -= uint128(tu + th);
        (c.weiUser, c.tokenUser, c.weiHub, c.tokenHub) = (0, 0, 0, 0);
        // Direct deposits no state credited are the user's: pay them too and mark them settled.
        DirectDeposits storage d = _direct[key];
        (wu, tu) = (wu + d.weiAmount - c.creditedWei, tu + d.tokenAmount - c.creditedToken);
        (c.creditedWei, c.creditedToken) = (d.weiAmount, d.tokenAmount);
        reserveWei[hub] += wh;
        reserveToken[hub] += th;
        c.status = Status.Settling;
        emit ChannelEmptied(hub, user, wu, tu, wh, th);
        _reopenIfSettled(c, hub, user);
        _pay(user, wu, tu);
    }

    function _beginDispute(Channel storage c) private {
        c.status = Status.ChannelDispute;
        c.closingTime = (block.timestamp + challengePeriod).toUint64();
    }

    /// @dev Validates a dispute state against the channel and stores it, in dispute until closingTime. A
    /// state whose pending operations were applied on-chain counts as it is; one whose operations were not
    /// applied counts with them undone, before and after its timeout alike (after it, they can never be
    /// applied: see ADR 11). The stored txCountChain stays what the chain applied, whatever the state claims.
    function _acceptDisputeState(
        bytes32 key,
        Channel storage c,
        ChannelTypes.ChannelState calldata s,
        bytes calldata sigHub,
        bytes calldata sigUser,
        uint256 closingTime
    ) private {
        if (s.txCountGlobal <= c.txCountGlobal) revert StaleNonce(c.txCountGlobal, s.txCountGlobal);
        bool pending = s.hasPending();
        bool unapplied = s.txCountChain == uint256(c.txCountChain) + 1;
        if (
            s.txCountChain < c.txCountChain || (s.txCountChain != c.txCountChain && !(unapplied && pending))
                || (pending && s.txCountChain == 0)
        ) {
            revert InvalidChainCount(c.txCountChain, s.txCountChain);
        }
        _verifyChannelSigs(s, sigHub, sigUser);
        uint256[4] memory bal = [s.weiHub, s.weiUser, s.tokenHub, s.tokenUser];
        if (unapplied) {
            bal = _undoPending(s);
        }
        (uint256 weiTotal, uint256 tokenTotal) = _creditedTotals(c, s, key);
        if (bal[0] + bal[1] + s.lockedWei > weiTotal || bal[2] + bal[3] + s.lockedToken > tokenTotal) {
            revert InsufficientChannelFunds();
        }
        _channels[key] = _record(s, bal, weiTotal, tokenTotal, c.txCountChain, Status.ChannelDispute, closingTime);
    }

    /// @dev Balances as they stand when a state's pending operations never reached the chain.
    function _undoPending(ChannelTypes.ChannelState calldata s) private pure returns (uint256[4] memory bal) {
        bal[0] = _undo(s.weiHub, s.pendingDepositWeiHub, s.pendingWithdrawalWeiHub);
        bal[1] = _undo(s.weiUser, s.pendingDepositWeiUser, s.pendingWithdrawalWeiUser);
        bal[2] = _undo(s.tokenHub, s.pendingDepositTokenHub, s.pendingWithdrawalTokenHub);
        bal[3] = _undo(s.tokenUser, s.pendingDepositTokenUser, s.pendingWithdrawalTokenUser);
    }

    function _undo(uint256 balance, uint256 deposited, uint256 withdrawal) private pure returns (uint256) {
        uint256 before = balance + withdrawal;
        if (before < deposited) revert InsufficientChannelFunds();
        return before - deposited;
    }

    // ---------------------------------------------------------------- views

    /// @notice The EIP-712 digest both parties sign for a channel state.
    function channelStateDigest(ChannelTypes.ChannelState calldata s) external view returns (bytes32) {
        return _hashTypedDataV4(s.hash());
    }

    /// @notice The EIP-712 digest a thread's sender signs.
    function threadStateDigest(ChannelTypes.ThreadState calldata t) external view returns (bytes32) {
        return _hashTypedDataV4(ChannelTypes.hash(t));
    }

    /// @notice The merkle leaf of a lock.
    function lockLeaf(ChannelTypes.Lock calldata l) external pure returns (bytes32) {
        return ChannelTypes.hash(l);
    }

    /// @notice Cumulative direct deposits into a channel.
    function getDirectDeposits(address hub, address user) external view returns (DirectDeposits memory) {
        return _direct[channelKey(hub, user)];
    }

    /// @notice The on-chain record of a channel.
    function getChannel(address hub, address user) external view returns (Channel memory) {
        return _channels[channelKey(hub, user)];
    }

    /// @notice The dispute record of the thread whose initial state is `initial`, shared by its two channels.
    function getThread(ChannelTypes.ThreadState calldata initial) external view returns (ThreadDispute memory) {
        return _threads[threadRecordKey(initial)];
    }

    /// @notice Where the running (or last) dispute of the (hub, user) channel stands with the record of the
    /// thread whose initial state is `initial`.
    function getThreadMark(address hub, address user, ChannelTypes.ThreadState calldata initial)
        external
        view
        returns (ThreadMark)
    {
        Channel storage c = _channels[channelKey(hub, user)];
        return _threadMarks[_threadMarkKey(c, hub, user, threadRecordKey(initial))];
    }
}
