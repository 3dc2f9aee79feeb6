// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ChannelTypes} from "./ChannelTypes.sol";

/// @title ChannelBase
/// @notice Storage, errors, events and shared helpers of the spoke ChannelManager.
abstract contract ChannelBase is EIP712, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using ChannelTypes for ChannelTypes.ChannelState;

    /// @notice Open: updates allowed. ChannelDispute: an exit is running. Settling: balances were paid out
    /// and threads or locks of the final state are still being settled.
    enum Status {
        Open,
        ChannelDispute,
        Settling
    }

    /// @notice On-chain record of one (hub, user) channel, packed into eight slots.
    struct Channel {
        uint128 weiHub;
        uint128 weiUser;
        uint128 tokenHub;
        uint128 tokenUser;
        uint128 weiTotal; // all wei the contract holds for this channel (balances, locks, threads)
        uint128 tokenTotal;
        uint64 txCountGlobal;
        uint64 txCountChain;
        uint64 closingTime; // end of the challenge period of the running or last exit
        uint32 threadCount;
        Status status;
        uint128 lockedWei; // wei of unresolved locks under lockRoot
        uint128 lockedToken;
        bytes32 threadRoot;
        bytes32 lockRoot;
        uint128 creditedWei; // direct deposits the stored state has credited (counted in weiTotal)
        uint128 creditedToken;
    }

    /// @notice Cumulative direct deposits into a channel (deposit()), credited to the user by signed states.
    struct DirectDeposits {
        uint128 weiAmount;
        uint128 tokenAmount;
    }

    /// @notice The dispute record of a thread, shared by the two channels whose thread roots hold its initial
    /// state (the sender's and the receiver's): a thread settles once, with one state, in both.
    struct ThreadDispute {
        uint128 weiSender;
        uint128 weiReceiver;
        uint128 tokenSender;
        uint128 tokenReceiver;
        uint64 txCount;
        uint64 closingTime; // 0 until the thread's dispute starts
    }

    /// @notice Where one dispute of a channel stands with a thread's record: not joined, joined (its
    /// user's side is paid by the record once the record's period is over), emptied (paid).
    enum ThreadMark {
        None,
        Joined,
        Emptied
    }

    /// @notice The ERC20 token every channel of this deployment holds beside wei.
    IERC20 public immutable token;
    /// @notice Seconds between the start of an exit and the moment its funds can be paid out.
    uint256 public immutable challengePeriod;
    /// @notice Threads not settled this many challenge periods after the channel emptied can be nuked.
    uint256 public constant NUKE_DELAY_PERIODS = 10;

    mapping(bytes32 channelKey => Channel) internal _channels;
    mapping(bytes32 recordKey => ThreadDispute) internal _threads;
    mapping(bytes32 markKey => ThreadMark) internal _threadMarks;
    mapping(bytes32 channelKey => DirectDeposits) internal _direct;
    mapping(bytes32 lockKey => bool) public lockResolved;
    /// @notice Block timestamp at which a preimage of each hashlock was first revealed on-chain.
    mapping(bytes32 hashlock => uint256) public revealedAt;
    mapping(address hub => uint256) public reserveWei;
    mapping(address hub => uint256) public reserveToken;
    /// @notice Wei that could not be pushed to an address (its code refused it); claimable with claim().
    mapping(address account => uint256) public unclaimedWei;
    mapping(address account => uint256) public unclaimedToken;

    error InvalidParties();
    error NotAParty(address caller);
    error InvalidSignature(address expectedSigner);
    error ChannelNotOpen(Status status);
    error ChannelNotInDispute(Status status);
    error ChannelNotSettling(Status status);
    error ChallengePeriodOver(uint256 closingTime);
    error ChallengePeriodNotOver(uint256 closingTime);
    error StaleNonce(uint256 stored, uint256 given);
    error InvalidChainCount(uint256 stored, uint256 given);
    error UpdateExpired(uint256 timeout);
    error TimeoutRequired();
    error NothingPending();
    error InvalidChallengePeriod();
    error NoThreadLeft();
    error CreditExceedsDeposits();
    error CreditDecreased();
    error InsufficientChannelFunds();
    error InsufficientReserve(address hub);
    error WrongDepositValue(uint256 expected, uint256 sent);
    error InvalidProof();
    error InvalidThreadState();
    error ThreadAlreadyInDispute();
    error ThreadNotInDispute();
    error ThreadAlreadyEmptied();
    error NukeTooEarly(uint256 earliest);
    error LockAlreadyResolved();
    error LockNotYetResolvable(uint256 expiry);
    error NothingToClaim();
    error WeiTransferFailed(address to);

    event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount);
    event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount);
    event Deposited(address indexed hub, address indexed user, uint256 weiAmount, uint256 tokenAmount);
    event ChannelUpdated(
        address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain
    );
    event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal);
    event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal);
    event ChannelEmptied(
        address indexed hub,
        address indexed user,
        uint256 weiToUser,
        uint256 tokenToUser,
        uint256 weiToHub,
        uint256 tokenToHub
    );
    event ChannelReopened(address indexed hub, address indexed user);
    /// @notice Channel (hub, user) joined the dispute record of a thread (starting it if it had not started);
    /// the record holds the state of count txCount and closes at closingTime.
    event ThreadExitStarted(
        address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount, uint256 closingTime
    );
    /// @notice A thread's dispute record moved to the state of count txCount. The record is the thread's, not
    /// one channel's: both channels holding the thread settle by it.
    event ThreadChallenged(address indexed hub, bytes32 indexed threadKey, uint256 txCount);
    event ThreadEmptied(
        address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser
    );
    event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser);
    event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage);
    event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo);
    event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount);
    event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount);

    constructor(IERC20 token_, uint256 challengePeriod_) EIP712("spoke", "1") {
        // Dispute records are keyed by closing time, which is unique per dispute only with a period.
        if (challengePeriod_ == 0) revert InvalidChallengePeriod();
        token = token_;
        challengePeriod = challengePeriod_;
    }

    /// @notice The key of the (hub, user) channel in this contract.
    function channelKey(address hub, address user) public pure returns (bytes32) {
        return keccak256(abi.encode(hub, user));
    }

    /// @dev Checks both signatures over the state's EIP-712 digest. The caller's own signature is implied by
    /// its transaction, so a party may pass an empty signature for itself.
    function _verifyChannelSigs(ChannelTypes.ChannelState calldata s, bytes calldata sigHub, bytes calldata sigUser)
        internal
        view
    {
        bytes32 digest = _hashTypedDataV4(s.hash());
        if (msg.sender != s.hub && ECDSA.recoverCalldata(digest, sigHub) != s.hub) revert InvalidSignature(s.hub);
        if (msg.sender != s.user && ECDSA.recoverCalldata(digest, sigUser) != s.user) {
            revert InvalidSignature(s.user);
        }
    }

    function _checkParties(address hub, address user) internal view {
        if (hub == user || hub == address(0) || user == address(0) || user == address(this)) revert InvalidParties();
    }

    function _onlyParty(address hub, address user) internal view {
        if (msg.sender != hub && msg.sender != user) revert NotAParty(msg.sender);
    }

    /// @dev The channel record of a validated state: balances `bal` (hub wei, user wei, hub tokens, user
    /// tokens), the channel's totals, and the given chain count, status and closing time. Callers assign it
    /// to storage in one statement, so every slot is written once.
    function _record(
        ChannelTypes.ChannelState calldata s,
        uint256[4] memory bal,
        uint256 weiTotal,
        uint256 tokenTotal,
        uint256 chainCount,
        Status status,
        uint256 closingTime
    ) internal pure returns (Channel memory) {
        return Channel({
            weiHub: bal[0].toUint128(),
            weiUser: bal[1].toUint128(),
            tokenHub: bal[2].toUint128(),
            tokenUser: bal[3].toUint128(),
            weiTotal: weiTotal.toUint128(),
            tokenTotal: tokenTotal.toUint128(),
            txCountGlobal: s.txCountGlobal.toUint64(),
            txCountChain: chainCount.toUint64(),
            closingTime: closingTime.toUint64(),
            threadCount: s.threadCount.toUint32(),
            status: status,
            lockedWei: s.lockedWei.toUint128(),
            lockedToken: s.lockedToken.toUint128(),
            threadRoot: s.threadRoot,
            lockRoot: s.lockRoot,
            creditedWei: s.creditedDepositWei.toUint128(),
            creditedToken: s.creditedDepositToken.toUint128()
        });
    }

    /// @dev The channel's totals once the state's credited direct deposits replace the stored ones: newly
    /// credited deposits join the channel. Credit never decreases (a deposit once credited, or paid out by
    /// emptyChannel, cannot become uncredited again) and never exceeds what was deposited.
    function _creditedTotals(Channel storage c, ChannelTypes.ChannelState calldata s, bytes32 key)
        internal
        view
        returns (uint256 weiTotal, uint256 tokenTotal)
    {
        (weiTotal, tokenTotal) = (c.weiTotal, c.tokenTotal);
        if ((s.creditedDepositWei | s.creditedDepositToken | c.creditedWei | c.creditedToken) == 0) {
            return (weiTotal, tokenTotal);
        }
        if (s.creditedDepositWei < c.creditedWei || s.creditedDepositToken < c.creditedToken) revert CreditDecreased();
        DirectDeposits storage d = _direct[key];
        if (s.creditedDepositWei > d.weiAmount || s.creditedDepositToken > d.tokenAmount) {
            revert CreditExceedsDeposits();
        }
        weiTotal = weiTotal + s.creditedDepositWei - c.creditedWei;
        tokenTotal = tokenTotal + s.creditedDepositToken - c.creditedToken;
    }

    /// @notice Gas a dispute payout forwards with wei; a recipient needing more is paid through claim().
    uint256 public constant PAYOUT_GAS = 100_000;

    /// @dev Pays an account; wei or tokens it refuses are kept for it in unclaimedWei / unclaimedToken. The
    /// wei push forwards at most PAYOUT_GAS and copies no return data, so a recipient cannot make the
    /// payout (and with it an exit anyone may finish) run out of gas.
    function _pay(address to, uint256 weiAmount, uint256 tokenAmount) internal {
        uint256 deferredWei;
        uint256 deferredToken;
        if (tokenAmount != 0 && !token.trySafeTransfer(to, tokenAmount)) deferredToken = tokenAmount;
        if (weiAmount != 0) {
            bool ok;
            assembly ("memory-safe") {
                ok := call(PAYOUT_GAS, to, weiAmount, 0, 0, 0, 0)
            }
            if (!ok) deferredWei = weiAmount;
        }
        if (deferredWei != 0 || deferredToken != 0) {
            unclaimedWei[to] += deferredWei;
            unclaimedToken[to] += deferredToken;
            emit PayoutDeferred(to, deferredWei, deferredToken);
        }
    }

    /// @dev Reopens a settling channel once every thread and lock of its final state is settled.
    function _reopenIfSettled(Channel storage c, address hub, address user) internal {
        if (c.threadCount != 0 || c.lockedWei != 0 || c.lockedToken != 0) return;
        c.status = Status.Open;
        c.threadRoot = bytes32(0);
        c.lockRoot = bytes32(0);
        emit ChannelReopened(hub, user);
    }
}
