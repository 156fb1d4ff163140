// SPDX-License-Identifier: MIT
pragma solidity ^0.6.12;

contract Forwarder {
    address public owner;

    constructor() public {
        owner = msg.sender;
    }

    function forward(address payable to, uint256 amount) external {
        require(msg.sender == owner, "owner only");
        to.call{value: amount}(""); // @vuln category=unchecked_low_level_calls
    }

    receive() external payable {}
}
