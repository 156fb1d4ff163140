// SPDX-License-Identifier: MIT
pragma solidity ^0.6.0;

contract Rendezvous {
    uint256 public immutable meetAt;
    address public first;

    constructor(uint256 when) public { meetAt = when; }

    function arrive() external {
        if (block.timestamp == meetAt) { // @vuln category=time_manipulation
            first = msg.sender;
        }
    }
}
