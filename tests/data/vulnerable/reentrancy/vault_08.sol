// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Vault {
    mapping(address => uint256) public shares;

    function deposit() external payable {
        shares[msg.sender] += msg.value;
    }

    function redeem(uint256 amount) external {
        require(shares[msg.sender] >= amount, "not enough");
        (bool ok, ) = msg.sender.call{value: amount}(""); // @vuln category=reentrancy
        require(ok, "send failed");
        shares[msg.sender] -= amount;
    }
}
