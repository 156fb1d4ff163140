// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Time-locked savings wallet: anyone can deposit ether for the beneficiary, who can withdraw only after the
/// unlock time. Keywords: time lock, savings, piggy bank, locked until a date, hodl, trust fund, deposit and
/// withdraw later, release after a period.
contract TimeLockedWallet {
    uint256 public constant LOCK_PERIOD = 365 days;

    address public immutable beneficiary;
    uint256 public immutable unlockTime;

    event Deposited(address indexed from, uint256 amount);
    event Withdrawn(uint256 amount);

    constructor() {
        beneficiary = msg.sender;
        unlockTime = block.timestamp + LOCK_PERIOD;
    }

    receive() external payable {
        emit Deposited(msg.sender, msg.value);
    }

    function deposit() external payable {
        require(msg.value > 0, "nothing deposited");
        emit Deposited(msg.sender, msg.value);
    }

    function withdraw() external {
        require(msg.sender == beneficiary, "only beneficiary");
        require(block.timestamp >= unlockTime, "still locked");
        uint256 amount = address(this).balance;
        emit Withdrawn(amount);
        (bool ok, ) = payable(beneficiary).call{value: amount}("");
        require(ok, "transfer failed");
    }
}
