// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// Subscription / membership: users pay a fee in ether for each period (a month); paying again extends their
/// access from where it ends; anyone can check whether an address is active; the owner withdraws the fees.
/// Keywords: subscription, membership, monthly fee, recurring payment, renew, expiry, premium access, pass.
contract Subscription is Ownable {
    uint256 public constant FEE = 0.05 ether;
    uint256 public constant PERIOD = 30 days;

    mapping(address => uint256) public expiresAt;

    event Subscribed(address indexed user, uint256 periods, uint256 expiresAt);

    constructor() Ownable(msg.sender) {}

    function subscribe(uint256 periods) external payable {
        require(periods > 0 && msg.value == periods * FEE, "wrong payment");
        uint256 start = expiresAt[msg.sender] > block.timestamp ? expiresAt[msg.sender] : block.timestamp;
        expiresAt[msg.sender] = start + periods * PERIOD;
        emit Subscribed(msg.sender, periods, expiresAt[msg.sender]);
    }

    function isActive(address user) external view returns (bool) {
        return expiresAt[user] > block.timestamp;
    }

    function withdraw() external onlyOwner {
        (bool ok, ) = payable(owner()).call{value: address(this).balance}("");
        require(ok, "transfer failed");
    }
}
