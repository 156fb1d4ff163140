// SPDX-License-Identifier: MIT
pragma solidity ^0.8.13;

/// A test double: must not be audited by default. Its owner check is missing on purpose.
contract MockToken {
    mapping(address => uint256) public balanceOf;
    address public owner;

    function setOwner(address next) external {
        owner = next;
    }

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function drain() external {
        payable(msg.sender).transfer(address(this).balance);
    }
}
