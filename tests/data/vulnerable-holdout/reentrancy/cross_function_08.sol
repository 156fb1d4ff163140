// SPDX-License-Identifier: MIT
pragma solidity ^0.8.19;

// Cross-function reentrancy: while withdrawAll's call is running, the caller's balance is still
// booked, so the receiver can move it elsewhere with transfer() and withdraw it twice.
contract SharedPool {
    mapping(address => uint256) private balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function transfer(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount, "balance");
        balances[to] += amount;
        balances[msg.sender] -= amount;
    }

    function withdrawAll() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = payable(msg.sender).call{value: amount}(""); // @vuln category=reentrancy
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
}
