// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// Tip jar / donation box: anyone sends ether with a short message; the owner withdraws the collected tips.
/// Keywords: tips, donations, donate, buy me a coffee, support, gratuity, collect ether, thank-you message.
contract TipJar is Ownable {
    uint256 public constant MIN_TIP = 0.001 ether;

    uint256 public totalTips;
    mapping(address => uint256) public tippedBy;

    event Tipped(address indexed from, uint256 amount, string message);
    event Withdrawn(address indexed to, uint256 amount);

    constructor() Ownable(msg.sender) {}

    function tip(string calldata message) external payable {
        require(msg.value >= MIN_TIP, "tip too small");
        require(bytes(message).length <= 140, "message too long");
        totalTips += msg.value;
        tippedBy[msg.sender] += msg.value;
        emit Tipped(msg.sender, msg.value, message);
    }

    function withdraw() external onlyOwner {
        uint256 amount = address(this).balance;
        require(amount > 0, "nothing to withdraw");
        emit Withdrawn(owner(), amount);
        (bool ok, ) = payable(owner()).call{value: amount}("");
        require(ok, "transfer failed");
    }
}
