// SPDX-License-Identifier: MIT
pragma solidity ^0.8.4;

contract Points {
    mapping(address => uint256) public points;

    function grant(address to, uint256 amount) external {
        points[to] = amount;
    }

    function spend(uint256 amount) external {
        unchecked {
            points[msg.sender] -= amount; // @vuln category=arithmetic
        }
    }
}
