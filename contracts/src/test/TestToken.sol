// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken
/// @notice An ERC20 for dev chains and tests: anyone may mint.
contract TestToken is ERC20 {
    constructor() ERC20("Spoke Test Token", "STT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
