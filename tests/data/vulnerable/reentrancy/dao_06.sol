// SPDX-License-Identifier: MIT
pragma solidity 0.6.12;

contract MiniDAO {
    mapping(address => uint256) public credit;

    function donate(address to) public payable {
        credit[to] += msg.value;
    }

    function withdraw(uint256 amount) public {
        if (credit[msg.sender] >= amount) {
            (bool ok, ) = msg.sender.call{value: amount}(""); // @vuln category=reentrancy
            require(ok);
            credit[msg.sender] -= amount;
        }
    }
}
