// SPDX-License-Identifier: MIT
pragma solidity ^0.6.0;

contract Piggy {
    address public owner;

    constructor() public {
        owner = msg.sender;
    }

    receive() external payable {}

    function close() public {
        selfdestruct(msg.sender); // @vuln category=access_control mythril
    }
}
