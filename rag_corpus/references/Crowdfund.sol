// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Crowdfunding campaign (all or nothing): backers pledge ether until the deadline; if the goal is reached the
/// creator claims the funds, otherwise every backer takes a refund. Keywords: crowdfunding, kickstarter,
/// fundraiser, pledge, goal, deadline, refund if the goal is missed, donations for a project.
contract Crowdfund {
    uint256 public constant GOAL = 10 ether;
    uint256 public constant DURATION = 30 days;

    address public immutable creator;
    uint256 public immutable deadline;
    uint256 public totalPledged;
    bool public claimed;
    mapping(address => uint256) public pledged;

    event Pledged(address indexed backer, uint256 amount);
    event Claimed(uint256 amount);
    event Refunded(address indexed backer, uint256 amount);

    constructor() {
        creator = msg.sender;
        deadline = block.timestamp + DURATION;
    }

    function pledge() external payable {
        require(block.timestamp < deadline, "campaign over");
        require(msg.value > 0, "nothing pledged");
        pledged[msg.sender] += msg.value;
        totalPledged += msg.value;
        emit Pledged(msg.sender, msg.value);
    }

    function claim() external {
        require(msg.sender == creator, "only creator");
        require(block.timestamp >= deadline && totalPledged >= GOAL, "goal not reached");
        require(!claimed, "already claimed");
        claimed = true;
        emit Claimed(totalPledged);
        (bool ok, ) = payable(creator).call{value: totalPledged}("");
        require(ok, "transfer failed");
    }

    function refund() external {
        require(block.timestamp >= deadline && totalPledged < GOAL, "no refunds");
        uint256 amount = pledged[msg.sender];
        require(amount > 0, "nothing to refund");
        pledged[msg.sender] = 0;
        emit Refunded(msg.sender, amount);
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
    }
}
