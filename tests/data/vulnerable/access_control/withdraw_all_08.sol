// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

contract Fundraiser {
    address public owner;
    uint256 public raised;

    constructor() {
        owner = msg.sender;
    }

    function contribute() external payable {
        raised += msg.value;
    }

    function withdrawAll() external {
        payable(msg.sender).transfer(address(this).balance); // @vuln category=access_control
    }
}
