// SPDX-License-Identifier: MIT
pragma solidity ^0.8.13;

import {Test} from "forge-std/Test.sol";
import {TokenVault} from "../src/TokenVault.sol";
import {MockToken} from "../src/mocks/MockToken.sol";

/// A Foundry test: skipped by the audit (and forge-std is not even installed).
contract TokenVaultTest is Test {
    function test_Deposit() public {
        MockToken token = new MockToken();
        token.mint(address(this), 1);
    }
}
