// SPDX-License-Identifier: MIT
pragma solidity ^0.7.6;

// A piggy bank that anyone can break.
contract PiggyBank {
    address public saver;

    constructor() {
        saver = msg.sender;
    }

    receive() external payable {}

    function breakOpen() external {
        selfdestruct(payable(msg.sender)); // @vuln category=access_control
    }
}
