// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

/// A bounty whose owner can change the reward while a claim waits in the mempool.
contract Bounty {
    address public owner;
    uint256 public reward;
    bool public claimed;

    constructor() payable {
        owner = msg.sender;
        reward = msg.value;
    }

    function setReward(uint256 newReward) external {
        require(msg.sender == owner, "owner");
        require(!claimed, "claimed");
        reward = newReward;
    }

    function claim(uint256 solution) external {
        require(!claimed, "claimed");
        require(solution * solution == 1369, "wrong");
        claimed = true;
        (bool ok, ) = payable(msg.sender).call{value: reward}(""); // @vuln category=front_running
        require(ok, "send");
    }
}
