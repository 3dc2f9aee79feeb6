// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title ChannelTypes
/// @notice The signed structures of spoke and their EIP-712 struct hashes.
/// @dev Every struct holds only 32-byte atomic fields (address, bool, uint256, bytes32) in the order of its
/// type string, so `abi.encode(TYPEHASH, s)` is exactly EIP-712's `encodeData`. The Go package `state`
/// computes the same bytes; a test compares both on random values.
library ChannelTypes {
    /// @notice A channel state that hub and user both sign. Balances are the parties' balances after every
    /// pending operation of this state has been applied on-chain (see docs/protocol.md).
    struct ChannelState {
        address hub;
        address user;
        address recipient; // where the user's pending withdrawals are paid
        uint256 weiHub;
        uint256 weiUser;
        uint256 tokenHub;
        uint256 tokenUser;
        uint256 pendingDepositWeiHub;
        uint256 pendingWithdrawalWeiHub;
        uint256 pendingDepositWeiUser;
        uint256 pendingWithdrawalWeiUser;
        uint256 pendingDepositTokenHub;
        uint256 pendingWithdrawalTokenHub;
        uint256 pendingDepositTokenUser;
        uint256 pendingWithdrawalTokenUser;
        uint256 creditedDepositWei; // direct deposits (deposit()) this state has added to weiUser, cumulative
        uint256 creditedDepositToken;
        uint256 txCountGlobal; // every off-chain update increments it
        uint256 txCountChain; // increments with every state that carries pending operations
        bytes32 threadRoot;
        uint256 threadCount;
        bytes32 lockRoot;
        uint256 lockedWei; // sum of the wei of every lock under lockRoot, both directions
        uint256 lockedToken;
        uint256 timeout; // unix seconds after which pending operations may not be applied; 0 = none
    }

    /// @notice A unidirectional thread between two users of one hub, signed by its sender.
    struct ThreadState {
        address hub;
        address sender;
        address receiver;
        uint256 threadId;
        uint256 weiSender;
        uint256 weiReceiver;
        uint256 tokenSender;
        uint256 tokenReceiver;
        uint256 txCount;
    }

    /// @notice A hashlocked transfer pending in a channel. `toUser` means the hub pays the user.
    struct Lock {
        uint256 id;
        bool toUser;
        uint256 amountWei;
        uint256 amountToken;
        bytes32 hashlock; // keccak256 of the 32-byte preimage
        uint256 expiry; // unix seconds; the preimage must be revealed on-chain at or before it
    }

    bytes32 internal constant CHANNEL_STATE_TYPEHASH = keccak256(
        "ChannelState(address hub,address user,address recipient,uint256 weiHub,uint256 weiUser,"
        "uint256 tokenHub,uint256 tokenUser,uint256 pendingDepositWeiHub,uint256 pendingWithdrawalWeiHub,"
        "uint256 pendingDepositWeiUser,uint256 pendingWithdrawalWeiUser,uint256 pendingDepositTokenHub,"
        "uint256 pendingWithdrawalTokenHub,uint256 pendingDepositTokenUser,uint256 pendingWithdrawalTokenUser,"
        "uint256 creditedDepositWei,uint256 creditedDepositToken,uint256 txCountGlobal,uint256 txCountChain,bytes32 threadRoot,uint256 threadCount,bytes32 lockRoot,"
        "uint256 lockedWei,uint256 lockedToken,uint256 timeout)"
    );

    bytes32 internal constant THREAD_STATE_TYPEHASH = keccak256(
        "ThreadState(address hub,address sender,address receiver,uint256 threadId,uint256 weiSender,"
        "uint256 weiReceiver,uint256 tokenSender,uint256 tokenReceiver,uint256 txCount)"
    );

    bytes32 internal constant LOCK_TYPEHASH =
        keccak256("Lock(uint256 id,bool toUser,uint256 amountWei,uint256 amountToken,bytes32 hashlock,uint256 expiry)");

    function hash(ChannelState calldata s) internal pure returns (bytes32) {
        return keccak256(abi.encode(CHANNEL_STATE_TYPEHASH, s));
    }

    function hash(ThreadState calldata t) internal pure returns (bytes32) {
        return keccak256(abi.encode(THREAD_STATE_TYPEHASH, t));
    }

    /// @notice The merkle leaf of a lock: its EIP-712 struct hash.
    function hash(Lock calldata l) internal pure returns (bytes32) {
        return keccak256(abi.encode(LOCK_TYPEHASH, l));
    }

    /// @notice True when the state asks the contract to move funds in or out.
    function hasPending(ChannelState calldata s) internal pure returns (bool) {
        return (s.pendingDepositWeiHub | s.pendingWithdrawalWeiHub | s.pendingDepositWeiUser
                    | s.pendingWithdrawalWeiUser | s.pendingDepositTokenHub | s.pendingWithdrawalTokenHub
                    | s.pendingDepositTokenUser | s.pendingWithdrawalTokenUser) != 0;
    }

    /// @notice The key of a thread inside one channel.
    function threadKey(address sender, address receiver, uint256 threadId) internal pure returns (bytes32) {
        return keccak256(abi.encode(sender, receiver, threadId));
    }
}
