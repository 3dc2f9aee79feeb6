// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken
/// @notice A malicious ERC20 that calls back into a target on every transfer, to prove the target refuses
/// reentrant calls. It records whether the callback reverted and bubbles the revert up when `strict`.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    bool public attacking;

    constructor() ERC20("Reentrant", "RE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the attack: the next transfer calls `target` with `payload`.
    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (target != address(0) && !attacking) {
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
}
