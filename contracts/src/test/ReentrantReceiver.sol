// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title ReentrantReceiver
/// @notice Receives wei and, when armed, calls back into a target, bubbling up any revert.
contract ReentrantReceiver {
    address public target;
    bytes public payload;
    bool public attacking;

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    receive() external payable {
        if (target == address(0) || attacking) return;
        attacking = true;
        (bool ok, bytes memory ret) = target.call(payload);
        attacking = false;
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}
