// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

contract Target {
    uint256 public constant GOAL = 7 ether;
    address public winner;

    function play() external payable {
        require(msg.value == 1 ether, "1 ether");
        require(address(this).balance <= GOAL, "over");
        if (address(this).balance == GOAL) { // @vuln category=other
            winner = msg.sender;
        }
    }
}
