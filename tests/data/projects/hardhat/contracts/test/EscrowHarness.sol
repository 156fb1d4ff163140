// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

import "../escrow/Escrow.sol";

/// A Solidity-side test helper: skipped by the audit by default.
contract EscrowHarness is Escrow {
    constructor() Escrow(msg.sender, msg.sender) {}

    function drain() external {
        msg.sender.transfer(address(this).balance);
    }
}
