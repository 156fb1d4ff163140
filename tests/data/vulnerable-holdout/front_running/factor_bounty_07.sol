// SPDX-License-Identifier: MIT
pragma solidity ^0.7.0;

// A bounty for factoring a number: the factors are visible in the pending transaction and can be
// resubmitted by anyone first.
contract FactorBounty {
    uint256 public immutable target;
    bool public claimed;

    constructor(uint256 target_) payable {
        target = target_;
    }

    function claim(uint256 a, uint256 b) external {
        require(!claimed, "claimed");
        require(a > 1 && b > 1 && a * b == target, "wrong");
        claimed = true;
        msg.sender.transfer(address(this).balance); // @vuln category=front_running
    }
}
