// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

contract LastCaller {
    address payable public last;
    uint256 public deadline;

    function call_() external payable {
        require(msg.value == 1 ether);
        last = msg.sender;
        deadline = block.timestamp + 1 hours;
    }

    function claim() external {
        if (block.timestamp > deadline) { // @vuln category=time_manipulation
            last.transfer(address(this).balance);
        }
    }
}
