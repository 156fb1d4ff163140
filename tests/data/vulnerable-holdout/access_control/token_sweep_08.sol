// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC20Like {
    function transfer(address to, uint256 amount) external returns (bool);
    function balanceOf(address who) external view returns (uint256);
}

// A rescue function for tokens sent by mistake, left without its access check.
contract Distributor {
    address public owner;
    IERC20Like public immutable rewardToken;

    constructor(IERC20Like token) {
        owner = msg.sender;
        rewardToken = token;
    }

    function rescueTokens(IERC20Like token, address to) external {
        uint256 amount = token.balanceOf(address(this));
        require(token.transfer(to, amount), "transfer failed"); // @vuln category=access_control
    }
}
