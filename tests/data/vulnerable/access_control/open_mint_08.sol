// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract RewardPoints {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;
    address public immutable owner = msg.sender;

    function mint(address to, uint256 amount) external {
        totalSupply += amount; // @vuln category=access_control
        balanceOf[to] += amount;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}
