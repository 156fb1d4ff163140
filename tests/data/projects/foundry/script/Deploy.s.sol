// SPDX-License-Identifier: MIT
pragma solidity ^0.8.13;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TokenVault} from "../src/TokenVault.sol";

/// A deployment script: skipped by default, audited when named.
contract Deploy {
    event Deployed(address vault);

    function run(IERC20 token) external returns (TokenVault vault) {
        vault = new TokenVault(token);
        emit Deployed(address(vault));
    }
}
